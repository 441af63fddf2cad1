"""Deciding which capitalized runs are people, organizations, or nothing, from the words around them."""

from __future__ import annotations

import re
from functools import lru_cache

from dipkit.entities import context
from dipkit.entities.mentions import Mention
from dipkit.entities.runs import Run
from dipkit.entities.vocabulary import heads, name_openers, words


_OF = (" of ", " of the ", " for ")
_GAP = (" ", "\t")
_PREPOSITIONS = frozenset({"of", "at", "for", "from", "with", "by", "in", "to"})
_LIST_GOES_ON = re.compile(r",? and [A-Z]|, [A-Z]")


class Candidate:
    """A run stripped of leading titles and sentence starters: the words that may be a name."""

    __slots__ = ("words", "title", "start", "end", "shaped")

    def __init__(self, words: list[tuple[int, int]], title: bool) -> None:
        self.words = words
        self.title = title  # titles were stripped from its front
        self.start: int = words[0][0]
        self.end: int = words[-1][1]
        self.shaped: bool | None = None  # person_shaped, once computed


def _word(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


@lru_cache(maxsize=None)
def _title_like() -> frozenset[str]:
    """Titles and honorifics: the words a name is stripped of."""
    return words("titles") | words("honorifics")


@lru_cache(maxsize=None)
def _no_name_alone() -> frozenset[str]:
    """Words that alone are no name: ordinary words and honorifics."""
    return words("nonnames") | words("honorifics")


@lru_cache(maxsize=8192)  # a pure test of one word against fixed lists, asked for every word of a run
def _is_title_word(word: str) -> bool:
    """A title ("Minister", "Vice-President") or an honorific ("Mr")."""
    return word in _title_like() or ("-" in word and word.split("-", 1)[0] in words("titles"))


def _after_particle(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Word I follows a name particle, so it belongs to a father's name: "Mohamad bin [Haji] Hasan"."""
    if i == 0:
        return False
    gap = text[spans[i - 1][1] : spans[i][0]].split()
    return bool(gap) and gap[-1] in words("particles")


def strip_run(text: str, run: Run) -> Candidate | None:
    """RUN less its sentence starters and titles: what follows the last block of titles.

    "Kremlin Foreign Policy Adviser Yuri Ushakov" leaves "Yuri Ushakov"; None when nothing is left.
    """
    spans = run.words
    if len(spans) == 1:  # half the runs: no title to strip from one word, only an ordinary word to drop
        return None if text[spans[0][0] : spans[0][1]] in _no_name_alone() else Candidate(spans[:], False)
    ordinary, honorifics = words("nonnames"), words("honorifics")
    names = [text[start:end] for start, end in spans]
    first, last = _past_initialled_honorific(text, spans, names), len(spans)
    if all(name in honorifics for name in names[first:]):
        return None  # "the Rt. Hon." before the name: styles alone
    while first < last and names[first] in ordinary and text[spans[first][1] : spans[first][1] + 1] != ".":
        first += 1  # "A" opening a sentence, not the initial in "A. B. Rao"
    title = False
    opening = names[first] if first < last else ""
    if last - first > 2 and opening.lower() in words("role_words") and not _is_title_word(opening) and text[spans[first][1] : spans[first + 1][0]] == " ":
        first, title = first + 1, True  # a role opening a sentence: "Analyst Ana Ruiz said"
    titled = [i for i in range(first, last) if _is_title_word(names[i]) and not _after_particle(text, spans, i)]
    if titled and titled[-1] + 1 < last:
        block = [titled[-1]]
        while block[-1] - 1 in titled or (block[-1] > first and names[block[-1] - 1] in words("title_modifiers")):
            block.append(block[-1] - 1)  # "Minister for [Political] Affairs": modifiers inside the office too
        if any(names[i] not in words("title_modifiers") for i in block):
            first, title = titled[-1] + 1, True
    while first < last and names[first] in ordinary and text[spans[first][1] : spans[first][1] + 1] != ".":
        if title and first + 1 < last and names[first] in name_openers():
            break  # "Minister [January] Makamba", "Minister [Sun] Weidong": a name's first word that is also a common word
        first += 1
    if not title and last - first > 2:
        first, title = _office_tail(text, spans, names, first, last)
    elif title and first and any(text[a[1] : b[0]] in _OF for a, b in zip(spans[: first], spans[1 : first + 1])):
        while last - first > 2 and (names[first] in words("title_modifiers") or _portfolio_before_given(names, first)):
            first += 1  # "Minister for [Regional Integration] Ana Lopes", "for International [Partnerships] Ana Lopes"
    if title and last - first > 2 and text[spans[first - 1][1] : spans[first][0]] in _OF:
        if names[first] in words("org_heads") and text[spans[first][1] : spans[first + 1][0]] == " ":
            first += 1  # "Speaker of the [House] Mike Johnson": the body the office is of
    while last - first > 1 and names[first] in words("post_nominals"):
        first += 1  # "Labour [MP] Jane Smith"
    while first < last and (names[last - 1] in ordinary or names[last - 1] in words("post_nominals")):
        last -= 1  # "... Dutton [MP]"
    if last - first > 2 and text[spans[last - 2][0] : spans[last - 1][1]] in words("post_nominals"):
        last -= 2  # "Enda Kenny [T.D.]": letters with stops, read as two initials
    if title and first and text[spans[first - 1][1] : spans[first][0]] in _OF and _LIST_GOES_ON.match(text, spans[-1][1]):
        return None  # "Secretary for [Investments], Trade and Industry": a portfolio, the name comes later
    if 0 < first < last:  # "Amir H.H. [Sheikh] Tamim": styles in initials after a title
        first += _past_initialled_honorific(text, spans[first:], names[first:])
    body = max((i for i in range(first, last - 2) if names[i] in _BODY_WORDS), default=None) if last - first > 2 else None
    if body is not None:  # "Secretary of the Guangdong [Provincial Party Committee] Huang Kunming": the name after the body
        first, title = body + 1, True
    return Candidate(spans[first:last], title) if first < last else None


# the last words of bodies and lands an office is of, which no name holds ("Provincial Party Committee Huang Kunming")
_BODY_WORDS = frozenset(
    {"Committee", "Commission", "Council", "Party", "Province", "Ministry", "Department", "Assembly", "Bureau", "Secretariat",
     "Parliament", "Government", "Office"}
)


def _past_initialled_honorific(text: str, spans: list[tuple[int, int]], names: list[str]) -> int:
    """How many opening words of a run spell an honorific in initials: "H.E. Ahmed Fiqi", "H.H. Sheikh ..."."""
    count = 0
    while count < len(names) and len(names[count]) == 1 and names[count].isupper() and text[spans[count][1] : spans[count][1] + 1] in (".", " "):
        # ("H.E. Ahmed Fiqi", and in a house style of no stops "H E Ahmed Fiqi")
        count += 1
    return count if count >= 2 and ".".join(names[:count]) in words("honorifics") else 0


def _office_tail(text: str, spans: list[tuple[int, int]], names: list[str], first: int, last: int) -> tuple[int, bool]:
    """FIRST moved past the end of an office that began before the run, and whether it moved: "Minister for
    European [Affairs] Marie Bjerre", "Ambassador to the [Kingdom] Chang Hua", "Envoy for the X [Dialogue] Ana Ruiz",
    "Minister of Foreign Affairs and [International Cooperation] Ana Ruiz".
    Two words at least are left."""
    start, portfolio = first, True  # whether the office ends in a portfolio, which a given name may follow
    if names[first] in words("portfolio_ends"):
        pass  # "for East Asian and Pacific [Affairs] Dana Holt": no name opens with these
    elif text[max(0, spans[first][0] - 4) : spans[first][0]] in ("the ", "the\t"):
        if context.office_before_place(text, spans[first + 1][0]) is None:
            return start, False
        first, portfolio = first + 1, False  # the place the office is to: "Kingdom", "Republic"
    elif (office := context.title_before(text, spans[first][0])) is not None:
        portfolio = any(joiner in text[office[0] : spans[first][0]] for joiner in _OF)  # not "minister [Jam] Kamal Khan"
    else:
        before = spans[first][0] - 4  # "Minister of Foreign Affairs and [International Cooperation] Ana Ruiz"
        if text[before : spans[first][0]] != "and " or (
            context.title_before(text, before) is None and not context.portfolio_list_before(text, spans[first][0])
        ):
            return start, False
        first += 1  # the last portfolio, right after "and": "for Culture and [Sport] Helen Marsh"
    office_words = _office_words()
    while last - first > 2 and (names[first] in office_words or (portfolio and _portfolio_before_given(names, first))):
        first += 1
    return first, first > start


@lru_cache(maxsize=None)
def _office_words() -> frozenset[str]:
    """Words an office and the body it belongs to are made of: titles, honorifics, modifiers and head nouns."""
    return _title_like() | words("title_modifiers") | heads()


def _portfolio_before_given(names: list[str], index: int) -> bool:
    """NAMES[INDEX] ends a portfolio when a given name follows it: "for Investments [Rebecca] Kamau"."""
    given = words("given_names")
    return names[index + 1] in given and names[index] not in given


@lru_cache(maxsize=None)
def event_heads() -> frozenset[str]:
    """Last words of events and facilities: a run ending in one names an event, agreement, programme or
    facility ("Eastern Economic Forum", "Wall Street"), not an entity."""
    return words("event_heads") | words("facility_heads")


def natural_place(text: str, run: Run) -> bool:
    """A run naming a lake, valley, sea or the like ("Pangong Tso Lake", "Lake Chad"): a LOC."""
    spans = run.words
    if len(spans) < 2:
        return False
    place = words("place_heads")
    return text[spans[-1][0] : spans[-1][1]] in place or text[spans[0][0] : spans[0][1]] in place


def organization(text: str, run: Run | Candidate, mentions_before: dict[int, Mention]) -> bool:
    """A run ending or opening with an organization word: "National Intelligence Organization",
    "Ministry of Commerce", "[European] Council"; not an office of one ("Speaker of the House")."""
    spans = run.words
    org_heads = words("org_heads")
    if len(spans) > 1 and text[spans[0][1] : spans[1][0]] in _OF:
        first = text[spans[0][0] : spans[0][1]]
        if first in org_heads:
            return True
        if _is_title_word(first):
            return False
    if text[spans[-1][0] : spans[-1][1]] not in org_heads:
        return False
    if len(spans) > 1:
        return True
    start = spans[0][0]
    before = mentions_before.get(start - 1)
    if before is None or text[start - 1] != " ":
        return False
    return before.type == "NORP" or before.type == "GPE" and text[start : spans[0][1]] in words("country_named_bodies")


def _common_word(text: str, word: str) -> bool:
    """WORD is an ordinary word here: listed, or written in lowercase elsewhere in the text."""
    if word in words("nonnames") or len(word) < 2 or word.isupper() or word.lower() in words("role_words"):
        return True  # (a role word alone: "..., Member of the Political Bureau")
    return word.lower() in context.lowercase_words(text)


@lru_cache(maxsize=None)
def _no_one_word_name() -> frozenset[str]:
    """Head nouns (organizations' among them) and portfolios' last words: no word of these alone is a name."""
    return heads() | words("portfolio_ends")


def _name_shaped(text: str, candidate: Candidate) -> bool:
    """No title or sentence starter among the words, no "of" between them, and no organization or place word
    last ("Park Geun-hye" is fine; "Institute for East Sea Studies" is not)."""
    spans = candidate.words
    if len(spans) == 1:  # most candidates: the checks below for one word
        start, end = spans[0]
        word = text[start:end]
        if word in _no_one_word_name():
            return False  # ("Minister of Foreign Affairs, [Cooperation] and ...": a portfolio)
        return (end - start == 1 and text[end : end + 1] == ".") or not (word in words("nonnames") or _is_title_word(word))
    if text[spans[-1][0] : spans[-1][1]] in heads() or text[spans[0][0] : spans[0][1]] in words("org_heads"):
        return False
    modifiers = words("title_modifiers")
    if all(text[a:b] in modifiers for a, b in spans):
        return False  # "Regional Integration": a portfolio ("Minister of Foreign Affairs, Regional Integration and ...")
    if any(text[a[1] : b[0]] in _OF for a, b in zip(spans, spans[1:])):
        return False
    nonnames = words("nonnames")
    for index, (start, end) in enumerate(spans):
        if end - start > 1 or text[end : end + 1] != ".":  # not an initial ("A" of "A. B. Rao")
            word = text[start:end]
            if index == 0 and len(spans) > 1 and candidate.title and word in name_openers():
                continue  # "[January] Makamba", "[Sun] Weidong" after a title
            if word in nonnames or (_is_title_word(word) and not _after_particle(text, spans, index)):
                return False
    return True


def person_shaped(text: str, candidate: Candidate) -> bool:
    """Words that can be a name: no title or organization word, and not one ordinary word."""
    if candidate.shaped is None:
        candidate.shaped = _name_shaped(text, candidate) and (
            len(candidate.words) > 1 or not _common_word(text, _word(text, candidate.words[0]))
        )
    return candidate.shaped


_LED_BY = ("led by ", "headed by ")
_DELEGATION_BEFORE = re.compile(r"\b(?:delegations?|team|mission)\s+(?:led|headed)\s+by\s+$")


def person_cue(text: str, candidate: Candidate, mentions_before: dict[int, Mention]) -> bool:
    """Whether the words around CANDIDATE say it is a person."""
    start, end = candidate.start, candidate.end
    if not person_shaped(text, candidate):
        return False
    several = len(candidate.words) > 1
    if candidate.title or context.title_before(text, start):
        return True
    if context.apposition_role(text, end):
        return True
    if text[start - 1 : start] in _GAP and (context.role_before_comma(text, start) or context.office_before_comma(text, start)):
        return True  # both need ", " before START
    after = context.word_after(text, end)
    if after in words("speech_verbs"):
        return True
    before = context.word_before(text, start)
    if before in words("meeting_verbs"):
        # '"...," said Misri.' and "met Lavrov on Friday" name a person; "met Pfizer executives" does not
        return several or text[end : end + 1] in (",", ".", ";", ":", ")", "\n", "") or context.word_after(text, end) in words("name_followers")
    if text[max(0, start - 13) : start] == "according to ":
        return True
    if several and text.endswith(_LED_BY, max(0, start - 12), start) and _DELEGATION_BEFORE.search(text, max(0, start - 60), start):
        return True  # "a Ukrainian delegation led by Andriy Yermak": who leads a delegation is a person
    if several and context.possessive_before(text, start):
        owner = mentions_before.get(start - 3)
        return owner is not None and owner.type in ("GPE", "NORP", "ORG")
    return several and (_described(text, start, mentions_before) or _given_name_first(text, candidate))


def _given_name_first(text: str, candidate: Candidate) -> bool:
    """Two or three words opening with a common given name: "Gough Whitlam" is someone; "at the Marina da
    Glória" is a place."""
    if len(candidate.words) > 3 or _word(text, candidate.words[0]) not in words("given_names"):
        return False
    return context.word_before(text, candidate.start) not in ("the", "The")


def _described(text: str, start: int, mentions_before: dict[int, Mention]) -> bool:
    """A full name after a nationality and a word or two: "Russian billionaire Oleg Deripaska"."""
    position = start
    for _ in range(2):
        found = context.last_word(text, position)
        if found is None or not found[1].islower() or not found[1].isalpha() or found[1] in _PREPOSITIONS:
            return False  # "a Japanese employee of [Kiyomi Chemical]" names an employer
        position = found[0]
        owner = mentions_before.get(position - 1)
        if owner is not None and owner.type == "NORP" and text[position - 1] == " ":
            return True
    return False
