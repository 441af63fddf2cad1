"""Cues (reporting verbs and phrases) around a quotation, and the speaker they point to.

The order of preference follows how news writes attribution: a cue right after
the closing mark (“…,” he said / “…,” said Lin), the verb that opens the
quotation (…, Trump responded, “…”), then the reporting clause before the
quotation (Qin stated that China will deepen “…”), then the rest of the
sentence, then the quotation before it in the same sentence, and for a
sentence with no cue at all the speaker of the previous paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from dipkit.quotes.speakers import PREPOSITIONS, Resolver, Speaker
from dipkit.quotes.vocab import longest_verb, rebuttals, roles, verb_after_boundary, verb_forms, verb_pattern

NEGATIONS = frozenset({"not", "never"})  # "would not say whether": no cue
DETERMINERS = frozenset(
    "a an the his her its their our my your this that phone video press news first second new".split()
)  # before one of them a cue word is a noun: "a phone call", "in a post"
ACCORDING = re.compile(r"[Aa]ccording\s+to\s+")
QUOTED_AS = re.compile(r"\bquot(?:ed|ing|es?)\s+([^,.;:“”\"]{1,60}?)\s+as\s+(?:saying|telling|stating|writing)\b")
SOURCE_FROM = re.compile(
    r"(?:statement|tweet|post|message|remarks|readout|letter|speech|address|interview|communiqu[eé])s?\b"
    r"[^.;“”\"]{0,40}?\b(?:from|by)\s+"
)
SOURCE_HEADS = ("statement", "tweet", "post", "message", "remarks", "readout", "letter", "speech", "address",
                "interview", "communiqu")  # SOURCE_FROM starts with one of them: str.find them, then match there
QUOTING_LEAD = re.compile(r"[^.;!?“”\"\n]{0,60}?,\s*")  # between a cue and its "quoting X as saying", "citing X"
CITING = re.compile(r"citing\s+([^,.;:!?“”\"()\n]{1,60}?)(?=\s*(?:[,.;:!?()\n]|$))")
OBJECT_PRONOUN = re.compile(r"(him|her)\b(?!\s+[\w’'-])", re.IGNORECASE)  # "according to him," not "to her office"
OBJECT_END = re.compile(r"[,.;:!?“”\"()\n]")
DASH = re.compile(r"[^\S\n]*[―—–][^\S\n]*")
ABBREVIATED = re.compile(
    r"\.(?:(?<=\b(?:Mr|Ms|Dr|St|Lt|Jr|Sr)\.)|(?<=\bMrs\.)|(?<=\b(?:Sen|Rep|Gov|Gen|Col)\.)|(?<=\bProf\.)"
    r"|(?<=\b[A-Z]\.))"
)  # the full stops of "Mr." and "S." do not end a speaker's name (the stop first: the engine skips to each one)
INTRODUCES = re.compile(
    r"(?:\s+[\w’'-]+){0,3}(?:\s*[,:]|\s+as(?:\s+(?:an?|the))?)\s*"
)  # said, / told reporters: / said on Monday, / dismissed as / described the talks as / described as a
LEAD = re.compile(r"[\s,;:.!?—–-]*")
_AND_BEFORE = (", and ", ", and then ")  # a verb joined to the sentence's first one shares its subject
_OWN_OBJECT = re.compile(r"[ \t]+(?:[\w'’-]+[ \t]+){0,3}")  # "conveyed India's “…”": the quotation is the verb's object
_PASSED_ON_REACH = 40  # "said Foreign Minister Wang Yi told": the person's name stands between the two verbs
_REPORTS_THAT = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+that\b")  # "told Jaishankar that", "said that"
NP_STOP = re.compile(
    r"[.;:!?“”\"]|n[’']t\b|\b(?:while|but|and|which|who|as|because|when|after|before|if|so|that|then|whom|where"
    r"|not|never|though|although|even|whereas|since|until|unless|once|however|meanwhile)\b"
)  # words that show the text after a quotation is a new clause, not "NAME said"
INVERTED_NP = re.compile(
    r"\s+([^,.;:!?“”\"()]{2,60}?)"
    r"(?=\s*(?:[,.;:!?()]|$|\s(?:in|on|at|during|after|before|to|of|for|with|from|by|referring|adding|who)\b))"
)  # said Lin Jian, / said the Russian president, referring to ...
SENTENCE_ENDS = re.compile(r"(?:\s+(?!(?:he|she|they|it|we|i|that)\b)[\w’'-]+){0,3}\s*[.,;]", re.IGNORECASE)
SCARE_NEXT = re.compile(r"\s+[a-z][a-z-]+\b")
BE_FORMS = frozenset("is are was were be been being".split())
FUNCTION_WORDS = frozenset(
    "a an the and or but of on in at to for with from by as is are was were be been will would can could should "
    "that this these those it its their his her our which who than then while into onto over under about against "
    "between through during after before since until if so not no".split()
)
CUT_OFF_TAIL = 60  # how much text a page cut off after a quotation's speaker can still hold
CUT_END = re.compile(r"[.!?;:“”\"\n]")  # what shows that the text after a quotation was not cut off mid-clause
AFTER_LIMIT = 160
CUE_WINDOW = 400
MAX_TRIES = 4  # cues of one kind tried per stretch of text: enough for news, and bounded on junk
NP_WORDS = 10


@dataclass
class Cue:
    """A cue span and the speaker it gives."""

    start: int
    end: int
    speaker: Speaker


Trigger = tuple[int, int, str]  # start, end, kind: verb, according (to) or from (a statement from ...)


NOT_CUE_BEFORE = DETERMINERS | NEGATIONS  # the word before a verb that makes it no cue
NOT_CUE_ENDINGS = ("’s", "'s", "n't", "n’t")  # "Russia's call", "didn't say"
CLAUSE_MARKS = re.compile(r"[,.;:!?()“”\"]")
COUNTING = frozenset("two three four five six seven eight nine ten both several many all these those".split())


def triggers(text: str, reach: int | None = None) -> list[Trigger]:
    """Every cue trigger of TEXT (up to REACH) in one pass: reporting verbs not used as nouns ("a phone call"),
    "according to", "a statement from"."""
    reach = len(text) if reach is None else reach
    found: list[Trigger] = []
    append = found.append
    for start, end in _verbs(text, reach):
        before = text[start - 12 if start > 12 else 0 : start].rsplit(None, 1)
        if before:
            last = before[-1].lower()
            if last in NOT_CUE_BEFORE or last.endswith(NOT_CUE_ENDINGS):
                continue
        if text[end - 1] == "s" and _counted(text, start):
            continue
        append((start, end, "verb"))
    if "ccording" in text:
        found += _according_to(text, reach)
    found += _source_from(text, reach)
    found.sort()
    return found


def _counted(text: str, start: int) -> bool:
    """Does a count stand among the words before the form in -s at START? Then it is a plural noun:
    "the three Sahel states", "both remarks"."""
    words = CLAUSE_MARKS.split(text[max(0, start - 30) : start])[-1]  # not across a mark: “… many years,” Lee says
    return not COUNTING.isdisjoint(words.lower().split()[-3:])


def _verbs(text: str, reach: int) -> list[tuple[int, int]]:
    """The spans of verb_pattern's matches in TEXT up to REACH (the same, found faster where possible)."""
    fast = verb_after_boundary()
    if fast is None:
        return [match.span() for match in verb_pattern().finditer(text, 0, reach)]
    spans = []
    pos = 0
    # a verb that opens the text has no character before it: lend it a space (and all it can read after it)
    first = fast.match(" " + text[: min(reach, longest_verb() + 2)])
    if first:
        spans.append((0, first.end(1) - 1))
        pos = first.end(1) - 1
    spans += [match.span(1) for match in fast.finditer(text, pos, reach)]
    return spans


def _according_to(text: str, reach: int) -> list[Trigger]:
    """The matches of ACCORDING in TEXT up to REACH, tried only where "ccording" stands (no two matches overlap)."""
    found: list[Trigger] = []
    i = text.find("ccording", 1, reach)
    while i >= 0:
        match = ACCORDING.match(text, i - 1, reach)
        if match:
            found.append((i - 1, match.end(), "according"))
        i = text.find("ccording", i + 1, reach)
    return found


def _source_from(text: str, reach: int) -> list[Trigger]:
    """The matches of SOURCE_FROM in TEXT up to REACH, as finditer gives them, tried only where a head noun starts
    (a scan with str.find is several times faster than the regex engine trying every position)."""
    starts = []
    for head in SOURCE_HEADS:
        i = text.find(head, 0, reach)
        while i >= 0:
            starts.append(i)
            i = text.find(head, i + 1, reach)
    if not starts:
        return []
    starts.sort()
    found: list[Trigger] = []
    done = 0
    for pos in starts:
        if pos < done:
            continue
        match = SOURCE_FROM.match(text, pos, reach)
        if match:
            found.append((pos, match.end(), "from"))
            done = match.end()
    return found


def _after_who(text: str, lo: int, pos: int) -> bool:
    """Does ", who" stand right before POS (after LO)? "Rubio, who urged the region to “…”": the clause's own verb."""
    return text.endswith("who ", lo, pos) and text[max(lo, pos - 8) : pos - 4].rstrip().endswith(",")


def _without_abbreviation_stops(words: str) -> str:
    """WORDS without the full stops of abbreviations ("Mr.", "S."); ABBREVIATED matches nothing but full stops."""
    return ABBREVIATED.sub("", words) if "." in words else words


class Attributor:
    """Finds the cue and speaker of quotations, sentence by sentence, in document order."""

    def __init__(self, text: str, resolver: Resolver, reach: int | None = None) -> None:
        self.text = text
        self.resolver = resolver
        self.triggers = triggers(text, reach)
        self.starts = [t[0] for t in self.triggers]

    def _triggers(self, lo: int, hi: int) -> list[Trigger]:
        """Cue triggers that lie inside [LO, HI)."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi, i)
        if i == j:
            return []
        return [t for t in self.triggers[i:j] if t[1] <= hi]

    def right_after(self, pos: int, hi: int) -> Cue | None:
        """A cue that starts right after a closing mark: “…,” he said / said Lin / according to X."""
        text = self.text
        hi = min(hi, pos + AFTER_LIMIT)
        dash = DASH.match(text, pos, hi)
        if dash:  # “…” ― Name
            stop = self._name_end(dash.end(), hi)
            speaker = self.resolver.phrase(dash.end(), stop.start() if stop else hi)
            if speaker:
                return Cue(dash.start() + dash.group().index(dash.group().strip()[0]), dash.end(), speaker)
        lead = LEAD.match(text, pos, hi).end()
        found = self._triggers(lead, hi)
        if found and found[0][:1] == (lead,) and found[0][2] == "according":
            return self._according(found[0], hi)
        verbs = [t for t in found if t[2] == "verb"]
        if not verbs:
            return self._cut_off(pos, lead)
        start, end, _ = verbs[0]
        if start == lead:
            np = INVERTED_NP.match(text, end, hi)
            speaker = self.resolver.phrase(np.start(1), np.end(1)) if np else None
            return Cue(start, end, speaker) if speaker else None
        between = _without_abbreviation_stops(text[lead:start])
        if len(between.split()) > NP_WORDS or NP_STOP.search(between):
            return None
        if between.split()[0].lower() in PREPOSITIONS:  # “…” by what he called: no subject, the clause's own cue
            return None
        ended = text[pos - 2 : pos - 1] in ".!?" or any(c in ".!?" for c in text[pos:lead])
        if ended and not SENTENCE_ENDS.match(text, end, hi):
            return None  # “… over.” Wang then spoke to ...: a new sentence, not an attribution
        quoted = QUOTED_AS.match(text, start, hi) if text.startswith("quot", start, hi) else None
        if quoted and not quoted.group(1).startswith("by "):  # “…,” X was quoted by Y as saying: X, read below
            speaker = self.resolver.phrase(quoted.start(1), quoted.end(1))
            return Cue(quoted.start(), quoted.end(), speaker) if speaker else None
        if _answers(between, text[start:end]) or _passive(between):
            return None
        speaker = self.resolver.phrase(lead, start)
        return Cue(start, end, speaker) if speaker else None

    def _cut_off(self, pos: int, lead: int) -> Cue | None:
        """The page ends a few words after a quotation that closes on a comma (“…,” Wang to), its verb cut off: the
        person named right after the closing mark spoke."""
        text = self.text
        if len(text) - lead > CUT_OFF_TAIL or "," not in text[pos - 2 : pos] or CUT_END.search(text, lead):
            return None
        speaker = self.resolver.phrase(lead, len(text), people_only=True)
        if speaker is None or speaker.start != lead:
            return None
        return Cue(lead, len(text.rstrip()), speaker)

    def quoting_after(self, pos: int, hi: int) -> Cue | None:
        """Who a channel's cue ending at POS passes on: “…,” the ministry said, quoting Abdelatty as saying /
        “…,” CCTV reported, citing Xi."""
        hi = min(hi, pos + AFTER_LIMIT)
        comma = QUOTING_LEAD.match(self.text, pos, hi)
        if not comma:
            return None
        i = comma.end()
        passed = QUOTED_AS.match(self.text, i, hi) or CITING.match(self.text, i, hi)
        speaker = self.resolver.phrase(passed.start(1), passed.end(1)) if passed else None
        return Cue(passed.start(), passed.end(), speaker) if speaker else None

    def person_within(self, lo: int, hi: int) -> Cue | None:
        """The reporting verb nearest before HI in [LO, HI), if its speaker is a person: the voice a news agency or
        ministry passes on ("Xi told Ishiba that ... “…”, according to Xinhua"); None if that verb's speaker is not."""
        lo = max(lo, hi - CUE_WINDOW)
        verbs = [t for t in self._triggers(lo, hi) if t[2] == "verb"]
        for trigger in verbs[: -MAX_TRIES - 1 : -1]:
            cue = self._cue(trigger, lo, hi)
            if cue:
                return cue if cue.speaker.type == "PERSON" and not self._plural_subject(trigger[0]) else None
        return None

    def _name_end(self, lo: int, hi: int) -> re.Match | None:
        """Where the name after a dash ends: OBJECT_END, but not at the full stop of an initial ("Julie A. Diaz")."""
        stop = OBJECT_END.search(self.text, lo, hi)
        while stop and stop.group() == "." and ABBREVIATED.match(self.text, stop.start()):
            stop = OBJECT_END.search(self.text, stop.end(), hi)
        return stop

    def within(self, lo: int, hi: int, frame_hi: int | None = None) -> Cue | None:
        """The first cue of [LO, HI) that names a speaker: verbs read their subject, then "according to" its object.
        A plural subject ("the two ministers agreed") gives way to "according to X" up to FRAME_HI (the sentence's
        end) when it names someone.

        Only the last CUE_WINDOW characters and the first MAX_TRIES cues of each kind are read, which keeps the
        work per quotation bounded however long the sentence.
        """
        lo = max(lo, hi - CUE_WINDOW)
        found = self._triggers(lo, hi)
        if not found:
            return None
        verbs = [t for t in found if t[2] == "verb"][:MAX_TRIES]
        others = [t for t in found if t[2] != "verb"][:MAX_TRIES]
        for trigger in verbs + others:
            cue = self._cue(trigger, lo, hi)
            if cue and trigger[2] == "verb" and self._plural_subject(trigger[0]):
                return self._source_cue(lo, frame_hi or hi) or cue
            if cue and trigger[2] == "verb":
                return self._passed_on(cue, [t for t in verbs if t[0] > cue.end], hi) or cue
            if cue:
                return cue
        return None

    def _passed_on(self, cue: Cue, later: list[Trigger], hi: int) -> Cue | None:
        """"The ministry said Wang told Jaishankar that “…”", "spokesman X said Y stressed that “…”", "sources
        said X conveyed India's “…”": a report that opens with another person's own reporting verb passes on that
        person's words (the quotation opening at HI)."""
        start, end, _ = later[0] if later else (0, 0, "")
        if not later or start - cue.end > _PASSED_ON_REACH:
            return None
        own_object = (
            _OWN_OBJECT.fullmatch(self.text, end, hi)
            and not self.text.endswith((" to ", " and "), 0, start)  # "to discuss", "briefed X and said": no new voice
        )
        if not (_REPORTS_THAT.match(self.text, end) or own_object) or self._plural_subject(start):
            return None  # ("saying Biden spoke with the emir to discuss “…”": the channel's own words; "said the two
            # ministers reiterated their “…”": no one person to pass on)
        if "," in self.text[cue.end : start] or self.text.endswith("ing", start, end):
            return None  # "X told the envoy, adding that “…”": the same speaker goes on
        speaker = self.resolver.subject(cue.end, start, people_only=True)
        return Cue(start, end, speaker) if speaker else None

    def _source_cue(self, lo: int, hi: int) -> Cue | None:
        """The first "according to" or "a statement from" of [LO, HI) that names a speaker."""
        for trigger in [t for t in self._triggers(lo, hi) if t[2] != "verb"][:MAX_TRIES]:
            cue = self._cue(trigger, lo, hi)
            if cue:
                return cue
        return None

    def _plural_subject(self, pos: int) -> bool:
        """Is the word before the verb at POS a plural of an office ("the two ministers agreed")? Such a subject
        reports no one's words: "according to" or "a statement from" in its sentence names the source."""
        before = self.text[max(0, pos - 30) : pos].rsplit(None, 1)
        word = before[-1].lower() if before else ""
        return word.endswith("s") and (word[:-1] in roles() or word == "sides")

    def trailing(self, lo: int, hi: int) -> Cue | None:
        """The attribution that ends the sentence [LO, HI): "..., spokesperson Lina Sorensen said at a briefing."
        Its subject is the sentence's speaker, whatever verbs the reported part holds ("is expected to call")."""
        verbs = [t for t in self._triggers(lo, hi) if t[2] == "verb"]
        if not verbs:
            return None
        start, end, _ = verbs[-1]
        comma = self.text.rfind(",", max(lo, start - AFTER_LIMIT), start)
        if comma < 0 or len(verbs) > 1 and verbs[-2][0] > comma:
            return None  # "X, for his part, said Ankara believes ...": a reporting verb after the comma speaks first
        between = _without_abbreviation_stops(self.text[comma + 1 : start])
        if not between.strip() or len(between.split()) > NP_WORDS or NP_STOP.search(between):
            return None
        speaker = self.resolver.subject(comma + 1, start)
        return Cue(start, end, speaker) if speaker else None

    def introducing(self, lo: int, hi: int) -> Cue | None:
        """The verb that opens the quotation at HI: "..., Trump responded, “…”", "Lin Jian said: “…”", "a charge
        Ochieng dismissed as “…”"; or the last verb before it, when a relative clause opens with it ("Rubio, who
        urged the region to “…”")."""
        verbs = [t for t in self._triggers(max(lo, hi - CUE_WINDOW), hi) if t[2] == "verb"]
        if not verbs:
            return None
        if INTRODUCES.fullmatch(self.text, verbs[-1][1], hi) or _after_who(self.text, lo, verbs[-1][0]):
            return self._cue(verbs[-1], max(lo, hi - CUE_WINDOW), hi)
        return None

    def _cue(self, trigger: Trigger, lo: int, hi: int) -> Cue | None:
        start, end, kind = trigger
        if kind == "according":
            return self._according(trigger, hi)
        if kind == "from":
            speaker = self._object(end, hi)
            return Cue(start, end, speaker) if speaker else None
        quoted = QUOTED_AS.match(self.text, start, hi) if self.text.startswith("quot", start, hi) else None
        if quoted and not quoted.group(1).startswith("by "):  # "X was quoted by Y as saying": X speaks
            speaker = self.resolver.phrase(quoted.start(1), quoted.end(1))
            if speaker:
                return Cue(quoted.start(), quoted.end(), speaker)
        speaker = self.resolver.subject(lo, start)
        if self.text.endswith(_AND_BEFORE, 0, start):  # "Lula had received Maduro ..., and told reporters that
            speaker = self.resolver.opening_person(self.resolver.sentence_start, start) or speaker  # “…”": Lula
        if speaker is None:
            return None
        self.resolver.learn_gender(speaker, end)
        return Cue(start, end, speaker)

    def _according(self, trigger: Trigger, hi: int) -> Cue | None:
        start, end, _ = trigger
        him = OBJECT_PRONOUN.match(self.text, end, hi)
        if him:  # "according to him": whom "he" would mean there
            speaker = self.resolver.pronoun("he" if him.group(1).lower() == "him" else "she", start)
            return Cue(start, him.end(1), speaker) if speaker else None
        speaker = self._object(end, hi)
        return Cue(start, end - 1, speaker) if speaker else None

    def _object(self, lo: int, hi: int) -> Speaker | None:
        """The speaker named by the words from LO to the next comma or full stop."""
        stop = OBJECT_END.search(self.text, lo, min(hi, lo + 120))
        return self.resolver.phrase(lo, stop.start() if stop else min(hi, lo + 120))

    def sentence_subject(self, lo: int, hi: int) -> Speaker | None:
        """A person who opens the sentence [LO, HI), after title words only: the one "he" most likely means next."""
        return self.resolver.opening_person(lo, hi)

    def first_person(self, lo: int, hi: int) -> Speaker | None:
        """The first person named in [LO, HI) that is not just describing another: a sentence's likely subject."""
        for mention in self.resolver.index.within(lo, hi):
            if mention.type == "PERSON":
                return Speaker(mention.name, "PERSON")
        return None


def _answers(between: str, verb: str) -> bool:
    """Does the verb after “…”, BETWEEN answer the quotation rather than attribute it: “…”, a charge Delhi has
    rejected (a determiner, then a claim noun among the next two words, and a verb of denial)?"""
    words = between.lower().split()
    nouns, verbs = rebuttals()
    return (
        len(words) > 2
        and words[0] in ("a", "an", "the")
        and not nouns.isdisjoint(words[1:3])
        and verb_forms().get(verb.lower()) in verbs
    )


def _passive(between: str) -> bool:
    """Does a form of "be" end BETWEEN (adverbs aside), so that the verb after it is passive or a state, not the
    subject's report: “…” Guterres is also expected to attend, “…” he was told?"""
    words = [w for w in between.lower().split() if not w.endswith("ly") and w not in ("also", "still")]
    return bool(words) and words[-1] in BE_FORMS


def looks_scare(text: str, start: int, end: int, close: int) -> bool:
    """A short lowercase term followed by the noun it names: the “package” solution, “candid” talks."""
    words = text[start:end].split()
    if not words or len(words) > 4 or not text[start].islower():
        return False
    following = SCARE_NEXT.match(text, close)
    return bool(following) and following.group().strip() not in FUNCTION_WORDS
