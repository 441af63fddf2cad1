"""Is the clause around an expression about the past, the present or the future?

News reports mostly look back, so a weekday or month named without a year is
resolved backwards unless the nearest tense word before it (or, failing one,
after it) says otherwise: a future marker ("will", "scheduled", "looks forward",
"ahead of", "to hold") or a present one ("is on a visit", "are meeting").  A plan
told in the past perfect or past ("had been due to host", "was due to host") is a "plan": the time nearest the
report, whichever side.
The clause (between commas, dashes, brackets) is asked first, then the part of
the sentence around it up to a coordinator (", but", ", while"), so that the
future of one clause does not leak into a past one.  Cheap on purpose: the
words around the expression, nearest first.
"""

from __future__ import annotations

import re
from functools import cache

from dipkit.dates.vocabulary import abbreviations, numbers, tense_exceptions, tense_words

# a hyphenated compound is one word: the "to" of "face-to-face" or "people-to-people" is no infinitive;
# a class first, not a repeat ("[A-Za-z]+"), lets the engine skip fast to each letter
_WORD = re.compile(r"[A-Za-z][A-Za-z]*(?:'[a-z]+)?(?:-[A-Za-z]+)*")
# where a sentence, a part of it or a clause may end: found by a plain character class (fast), then sorted out
_MARK = re.compile(r"[\n.!?;:,()—–-]")
_COORDINATORS = (" but ", " while ", " whereas ", " although ", " though ", " yet ", " even as ")
_WINDOW = 160
_FAR = 480  # how far back a sentence cut short by _WINDOW is read when nothing nearer told its tense (a long list of names)
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
_AUXILIARY = frozenset({"be", "been", "being", "have"})
_MODAL = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "this", "our"})  # before an attributive participle


@cache
def _tables() -> tuple[
    dict[str, str], frozenset[str], frozenset[str], dict[str, frozenset[str]], frozenset[str], dict[str, frozenset[str]], frozenset[str]
]:
    exceptions = tense_exceptions()
    not_verb = frozenset(w for w, kind in exceptions.items() if kind == "not_verb")
    not_past = frozenset(w for w, kind in exceptions.items() if kind == "not_past")
    # "originally set for Wednesday", "initially scheduled for May": a plan since changed says nothing of tense
    revised = frozenset(w for w, kind in exceptions.items() if kind == "revised_plan")
    # "set" is a future marker only in "set to", "set for"; otherwise it says nothing ("the board has set Nov. 10 as its cut-off")
    needs_next: dict[str, frozenset[str]] = {}
    # "next to the embassy": "next" is a future marker except before a word that makes it a preposition
    not_before: dict[str, frozenset[str]] = {}
    for word, kind in exceptions.items():
        if kind.startswith("future_before:"):
            needs_next[word] = frozenset(kind.split(":", 1)[1].split(","))
        elif kind.startswith("none_before:"):
            not_before[word] = frozenset(kind.split(":", 1)[1].split(","))
    # "discussed ways to boost trade on Thursday": a noun of means before "to" makes no infinitive of a plan
    purpose = frozenset(w for w, kind in exceptions.items() if kind == "purpose_noun")
    return tense_words(), not_verb, not_past, needs_next, revised, not_before, purpose


def _classify(word: str, previous: str, following: str) -> str | None:
    """The tense WORD signals, given the words either side of it."""
    table, not_verb, not_past, needs_next, revised, not_before, purpose = _tables()
    lower = word.lower()
    if lower in not_before and following.lower() in not_before[lower]:
        return None
    if lower == "to":
        if following in numbers():
            return None  # "close to nine hours", "up to two days": a number, not an infinitive
        if following.lower() == previous.lower():
            return None  # "face to face", "day to day": a fixed phrase, not an infinitive
        if previous.lower() in purpose:
            return None  # "discussed ways to boost trade on Thursday": a noun's purpose, no future
        if following.islower() and following not in not_verb and not following.endswith(("ing", "ed")):
            return "future"  # "agreed to hold talks in May", "to resume talks on Thursday"
        return None
    tense = table.get(lower)
    if tense is None:
        if lower in needs_next:
            return "future" if following.lower() in needs_next[lower] and previous.lower() not in revised else None
        if lower.endswith("ed") and len(lower) > 4 and lower not in not_past:
            tense = "past"
        elif lower.endswith("'ll"):
            return "future"
        else:
            return None
    elif word[0] == "M" and lower == "may":
        return None  # the month, not the modal
    prev = previous.lower()
    if tense == "future" and prev in revised:
        return None
    if tense == "past" and prev in ("be", "been", "being", "is", "are"):
        return None  # "to be held", "is scheduled": the auxiliary before it decides
    if lower in _AUXILIARY and (prev in _MODAL or prev == "to"):
        return None  # "could be", "will have", "to have an audience": the modal or the "to" before it decides
    if tense == "present" and (following == "to" or table.get(following.lower()) == "future"):
        return None  # "is scheduled to", "are due", "is to meet": the word after it decides
    return tense


def _kind(text: str, i: int) -> str | None:
    """What the mark at I ends: "s" a sentence, "c" a part before a coordinator (", but"), "k" a clause."""
    char = text[i]
    if char == "\n":
        return "s"
    if char in ".!?;:":
        if char == "." and _abbreviation_before(text, i):
            return None  # "told U.S. President Trump on Tuesday": the period of "U.S." ends no sentence
        return "s" if text.startswith(" ", i + 1) else None
    if char == ",":
        return "c" if text.startswith(_COORDINATORS, i + 1) else "k"
    if char in "()":
        return "k"
    return "k" if text.startswith(" ", i + 1) and text[i - 1 : i] == " " else None  # a dash between spaces


_INITIALS = re.compile(r"(?<![A-Za-z])[A-Z](?:\.[A-Z])*\Z")  # "U.S", "S", "U.K": what stands before the period


def _abbreviation_before(text: str, i: int) -> bool:
    """Whether the period at I closes an initial ("U.S.", "S. Korea") or a title ("Mr.", "Gen.")."""
    word = text[max(0, i - 12) : i].rpartition(" ")[2]
    return bool(word) and (word in abbreviations() or _INITIALS.search(word) is not None)


def _begins(text: str, start: int, backwards: str, window: int = _WINDOW) -> tuple[int, int]:
    """Where the part of the sentence (after a coordinator such as ", but") and the clause
    (after a comma, bracket or dash) that end at START begin, at most WINDOW characters back.  BACKWARDS is the
    text reversed: the marks are read nearest first, and the search stops at the first that ends a part."""
    size = len(text)
    low = start - window if start > window else 0
    clause_begin = -1
    for m in _MARK.finditer(backwards, size - start, size - low):
        i = size - 1 - m.start()
        kind = _kind(text, i)
        if kind == "s" or kind == "c":
            return i + 1, (i + 1 if clause_begin < 0 else clause_begin)
        if kind == "k" and clause_begin < 0:
            clause_begin = i + 1
    return low, (low if clause_begin < 0 else clause_begin)


def _ends(text: str, end: int) -> tuple[int, int]:
    """Where the clause and the part of the sentence that start at END end."""
    clause_finish = part_finish = min(len(text), end + _WINDOW)
    for m in _MARK.finditer(text, end, part_finish):
        kind = _kind(text, m.start())
        if kind:
            clause_finish = min(clause_finish, m.start())
            if kind != "k":
                return clause_finish, m.start()
    return clause_finish, part_finish


@cache
def _before_only() -> frozenset[str]:
    """Prepositions that give their tense only to what follows them ("ahead of Friday", "since May")."""
    return frozenset(w for w, kind in tense_exceptions().items() if kind == "before_only")


@cache
def _attributive() -> frozenset[str]:
    """Participles that after a determiner are adjectives ("a planned trade deal"), no tense of what came before."""
    return frozenset(w for w, kind in tense_exceptions().items() if kind == "attributive")


@cache
def _purpose_verbs() -> frozenset[str]:
    """Verbs whose infinitive after a date tells why a thing was done then ("met on Friday to discuss")."""
    return frozenset(w for w, kind in tense_exceptions().items() if kind == "purpose")


@cache
def _looking_back() -> frozenset[str]:
    """Verbs whose infinitive after a past verb is about what was already done ("called to congratulate him")."""
    return frozenset(w for w, kind in tense_exceptions().items() if kind == "looks_back")


@cache
def _listed() -> frozenset[str]:
    """The words _classify knows by name, as they may be written (lowercase, Title, CAPITALS)."""
    table, _, _, needs_next, _, _, _ = _tables()
    words = set(table) | set(needs_next) | {"to"}
    return frozenset(form for w in words for form in (w, w.title(), w.upper()))


_SUFFIXES = ("ed", "ED", "'ll")
_NAME_IN_ED = re.compile(r"[A-Z][a-z]+ed\Z")  # a capitalized word in -ed inside a sentence is a name ("Mohamed Muizzu")
_RANKED = frozenset({"first", "only", "second", "third", "latest"})


def _ranked_before(words: list[str], i: int) -> bool:
    """Whether "the first", "the only" ... stands within the four words before WORDS[I]."""
    window = [w.lower() for w in words[max(0, i - 5) : i]]
    return any(a == "the" and b in _RANKED for a, b in zip(window, window[1:]))


def _nearest(words: list[str], backwards: bool, purpose: list[bool] | None = None) -> str | None:
    """The tense of the nearest tense word of WORDS, scanning back from the end or on from the start.

    PURPOSE, when given, records whether that word was the "to" of an infinitive ("on Friday to discuss")."""
    listed = _listed()
    skip = frozenset() if backwards else _before_only()
    order = range(len(words) - 1, -1, -1) if backwards else range(len(words))
    fallback = None  # looking back, "telephoned X to congratulate him on Sunday's win": the verb before the "to"
    during = False  # looking back, passed "during": "urged X to act during talks on Monday" dates the talks, not the act
    for i in order:
        word = words[i]
        if backwards and word == "during":
            during = True
            continue
        if word not in listed and (not word.endswith(_SUFFIXES) or _NAME_IN_ED.match(word)):
            continue  # most words say nothing of tense: skip them without a call ("Mohamed", "Zayed": names, no past)
        if skip and word.lower() in skip:
            continue
        if backwards and word.lower() == "ahead" and _gerund_after(words, i):
            continue  # "held talks ahead of departing on Wednesday": the departure follows the talks, their verb tells
        if not backwards and i and words[i - 1].lower() in _DETERMINERS and word.lower() in _attributive():
            continue  # "on Wednesday for talks on a planned trade deal": an adjective, no future
        if word == "to" and _ranked_before(words, i):
            continue  # "the first foreign leader to visit Colombo": an infinitive of rank, no future
        tense = _classify(word, words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else "")
        following = words[i + 1] if word == "to" and i + 1 < len(words) else ""
        if purpose is not None and tense:
            purpose.append(following in _purpose_verbs())
        if backwards and tense == "future" and (following in _looking_back() or during and word == "to"):
            fallback = fallback or tense
            continue
        if tense == "future":
            return _past_perfect(words, i) or tense
        if tense:
            return tense
    return fallback


def _gerund_after(words: list[str], i: int) -> bool:
    """Whether WORDS[I] ("ahead") is followed by "of" and a lowercase gerund ("ahead of departing")."""
    return i + 2 < len(words) and words[i + 1] == "of" and words[i + 2].endswith("ing") and words[i + 2].islower()


def _past_perfect(words: list[str], i: int) -> str | None:
    """The future marker WORDS[I] told in the past perfect: "past" for a duty ("had to leave"), "plan" for a
    plan ("had been due to host", "had planned to visit", "was due to visit"), which may have fallen before the report ("had been
    due to host them in December, but ...") or after it ("a trip that had been scheduled for Wednesday");
    None when it is no past perfect."""
    k = i - 1 if words[i].lower() == "to" else i
    if k < 0:
        return None
    if words[k].lower() == "had":
        return "past"
    # "had originally planned to", "was initially scheduled to": an adverb between says nothing of tense
    before = [w.lower() for w in words[max(0, k - 4) : k] if not (w.islower() and w.endswith("ly"))][-2:]
    if words[k].lower() in _WAS or (before[-1:] and before[-1] in _WAS and words[k].lower() != "expected"):
        return "plan"  # "was to visit", "was scheduled to visit": a plan as it then stood ("was expected to" is told ahead)
    return "plan" if before[-1:] == ["had"] or before == ["had", "been"] else None


_WAS = frozenset({"was", "were"})
_LOOKING_AFTER = frozenset({"after", "following"})  # the event named after them came before the clause's news


def clause_tense(
    text: str, start: int, end: int, backwards: str | None = None, clause_only: bool = False
) -> str | None:
    """"past", "present", "future" or "plan" (a plan told in the past perfect, either side of the report)
    for the clause around START..END; None when no tense word is near.

    The clause is asked first (the nearest tense word before the expression, else after it),
    then (unless CLAUSE_ONLY) the part of the sentence up to a coordinator the same way; bounds are
    found only as needed.  BACKWARDS, the text reversed, is made here when the caller has none at hand."""
    backwards = text[::-1] if backwards is None else backwards
    part_begin, clause_begin = _begins(text, start, backwards)
    before = _WORD.findall(text, clause_begin, start)
    tense = _nearest(before, True)
    if tense:
        return tense
    if any(word in _LOOKING_AFTER for word in before):
        return "past"  # "The visit comes after a telephone conversation in November, during which X invited Y to ...":
        # what came before the news
    clause_finish, part_finish = _ends(text, end)
    purpose: list[bool] = []
    tense = _nearest(_WORD.findall(text, end, clause_finish), False, purpose)
    if clause_only or (part_begin, part_finish) == (clause_begin, clause_finish):
        return tense
    if tense and purpose[0] and part_begin < clause_begin:
        # "met them in Annapolis, Maryland, on Friday to discuss ...": an infinitive after the date tells the
        # purpose of what the sentence did before it, whose tense wins
        return _nearest(_WORD.findall(text, part_begin, clause_begin), True) or tense
    if tense:
        return tense
    tense = _nearest(_WORD.findall(text, part_begin, start), True) or _nearest(_WORD.findall(text, end, part_finish), False)
    if tense or part_begin != start - _WINDOW:
        return tense
    # the window cut the part short: "X will meet A, B, C, ... and F, in London on Tuesday" (a long list)
    far_begin, _ = _begins(text, part_begin, backwards, _FAR - _WINDOW)
    quoted = max(text.rfind(mark, far_begin, start) for mark in _QUOTE_MARKS)
    # (not into a quotation: "said 'we'll see' ... at his meeting with X on Wednesday" is told in the past)
    return _nearest(_WORD.findall(text, max(far_begin, quoted + 1), part_begin), True) if quoted < part_begin else None
