"""Who a stretch of text names as speaker: a person, a pronoun, a title, an institution or a source.

``Resolver.phrase(lo, hi)`` reads the subject of a reporting verb (or the
object of "according to") and turns it into a :class:`Speaker` carrying the
linked name.  Pronouns and titles are resolved against what came before: the
speakers met so far and the people named with their offices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dipkit.quotes.mentions import Mention, MentionIndex
from dipkit.quotes.vocab import (
    given_names,
    honorifics,
    institutions,
    not_names,
    pronouns,
    role_aliases,
    roles,
    source_nouns,
)
from dipkit.resources import gazetteer_country_names, trie_pattern

STYLE = r"[Hh](?:is|er)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)"  # a style that stands for "he"/"she"
PRONOUN = r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]ho|" + STYLE + r")\b"  # a pattern only SOURCE_OR_PRONOUN reads
STYLE_END = re.compile(r"(?:Highness|Majesty|Excellency)$")
STYLED = re.compile(r"\s+(?:(?:[A-Z][\w.-]*|the)\s+)?")  # between a style and its name: "Sheikh", "the"
# "On Sunday night, ", "Earlier in the day, ", "In a statement, ": a short phrase and its comma before a subject
OPENING_ADVERBIAL = re.compile(
    r"(?:On|In|At|Earlier|Later|Meanwhile|Separately|Last|This|After|Before|During|Speaking)\b[^,\n“”\"]{0,40},\s+"
)
PREPOSITION = re.compile(
    r"(?:in|on|at|during|after|before|with|from|for|to|by|amid|about|over|under|following|ahead|since|while|when|as"
    r"|speaking|addressing|according)\b",
    re.IGNORECASE,
)
CONJUNCTION = re.compile(r"(?:\s|and\b|but\b|while\b|whereas\b|so\b|yet\b|then\b|also\b)*", re.IGNORECASE)
CONJUNCTION_FIRSTS = frozenset("aAbBsStTwWyYſ")  # what CONJUNCTION can start with but blanks ("ſ" is a case-blind s)
PART = re.compile(r"[^,;:()\[\]—–“”\"«»]+")
BETWEEN_MODIFIER = re.compile(r"(?:['’]s)?(?:\s+\(?[\w.’'-]+\)?){0,4}\s*")
PREPOSITIONS = frozenset(
    "in on at of with from to for about against into between during after near toward towards across over under "
    "amid via by".split()
)
COORDINATION = re.compile(r"\b(?:and|or|with|to|from|in|on|at|by)\b|[,;]")
HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof)\.?\s+)"
BARE_NAME = re.compile(  # a later word may be a bare initial: "Julia M Reyes"
    r"\s*" + HONORIFIC + r"?([A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]*|de|da|von|van|der|bin|al-\w+)){0,3})\s*"
)
TOKEN = re.compile(r"[\w’'.-]+")
TITLE_WORDS = frozenset(
    "foreign prime deputy vice former acting chief senior state external affairs defence defense".split()
)  # words of an office before a name: "Foreign Minister Lee" is Lee
RELATIVE_GAP = re.compile(r"[\s,(]*")  # what may stand between a name and the "who" that refers to it
SAYS_PRONOUN = re.compile(r"\s+(?:that\s+)?([Hh]e|[Ss]he)\b")
COORDINATED = re.compile(r"\s(?:and|&)\s+$")
LIST_COMMA = re.compile(r",\s*")  # between two names listed as one subject
# HONORIFIC?[A-Z]... with its first capital taken first, so that the engine skips fast to each capital instead
# of trying every position: each of HONORIFIC's titles (keep the two in step) goes on from the capital it starts with
_AFTER_FIRST_CAPITAL = (
    r"(?:(?<=M)r|(?<=M)rs|(?<=M)s|(?<=D)r|(?<=S)en|(?<=R)ep|(?<=G)ov|(?<=P)rof)\.?\s+[A-Z][\w’'.-]+|[\w’'.-]+"
)
ADJACENT_RUN = re.compile(
    r"([A-Z](?<![\w’'.-].)(?:" + _AFTER_FIRST_CAPITAL + r")(?:\s+[A-Z][\w’'.-]+){0,3})"
    r"(?:\s+(?:has|had|have|also|then|later|further|again|once\s+again|\w+ly))*\s*$"
)
INSTITUTION_NOUNS = frozenset("ministry office embassy government".split())
GENERIC_ROLES = frozenset(
    "official officials diplomat source spokesperson spokesman spokeswoman adviser advisor envoy".split()
)  # a title that names no one in particular: "the official said"
WINDOW = 2000  # how far back a pronoun looks for its person
MAX_CANDIDATES = 4  # speakers tried in one phrase: a subject names its speaker early
ROLE_WINDOW = 20_000  # how far a title looks for the person holding it
SUBJECT_WINDOW = 200  # how far back from its verb a subject is read
SUBJECT_REACH = 60  # how far into its sentence a person can stand and still open it
LOWERCASE_WORD = re.compile(r"\b(?!of\b|the\b|and\b|de\b|von\b|der\b|s\b)[a-z]")  # ("s" of "Uruguay's President X")
POSSESSIVE = re.compile(r"['’]s\b")
ADJACENT_REACH = 100  # how far back from its verb a name run (with its adverbs) is looked for
RUN_ADVERBS = frozenset("has had have also then later further again".split())  # the words ADJACENT_RUN ends with
ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


ROLE = re.compile(
    r"\b(?:[Tt]he|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s)\s+(?P<mods>(?:[\w’'.-]+\s+){0,3}?)"
    r"(?P<role>" + trie_pattern(roles()) + r")s?\b",
    re.IGNORECASE,
)  # "the Russian president", "Norway's top diplomat"
INSTITUTION = re.compile(
    r"((?:[A-Z][\w.’'-]*\s+){0,3})(?i:" + trie_pattern(institutions()) + r")\b"
)
INSTITUTION_LOWER = re.compile(trie_pattern({name.lower() for name in institutions()}))  # names in lowercased text
ROLE_LOWER = re.compile(r"\s(?:" + trie_pattern({role.lower() for role in roles()}) + ")")  # a role word, lowercased
# what ROLE needs before its role word, "[Tt]he\s" or "['’]s\s": a cheap test first (a class first, so that
# the engine skips fast to each T, t or apostrophe instead of trying every position)
ROLE_HINT = re.compile(r"[Tt'’](?:(?<=[Tt])he|(?<=['’])s)\s")
SOURCE = re.compile(r"\b(" + trie_pattern(source_nouns()) + r")\b")
SOURCE_OR_PRONOUN = re.compile(SOURCE.pattern + "|" + PRONOUN)  # group 1 holds a source noun
INSERT_END = re.compile(r",\s*")  # what stands between an inserted clause and its verb
INSERT_START = re.compile(r"\s*(?:an?|the|who|whose|which|one|both|now|long|then|himself|herself)\s", re.IGNORECASE)
SHORT_FORM = re.compile(r"\b([A-Z][a-z]{2,})\s+$")  # a capitalized word right before a source noun
COMPASS_SIDE = re.compile(r"\b[Tt]he\s+(North|South)\b(?!\s+[A-Z])")  # "the North", not "the North Korean"
LEADING_THE = re.compile(r"(?:[Tt]he|An?)\s+")  # "The Indian Embassy", "An Algerian foreign ministry statement"
SOURCE_OF = re.compile(r"\s+(?:in|at|from|of|for|within|close\s+to)\s+(?:the\s+)?", re.IGNORECASE)


def _faithful_lower(text: str, lo: int, hi: int) -> str | None:
    """[LO, HI) of TEXT lowercased, for case-sensitive searches that stand in for case-blind ones; None where
    lowercasing is not faithful to a case-blind regex ("İ" grows, "ı" and "ſ" stay themselves while such a
    regex reads them as i and s)."""
    part = text[lo:hi]
    low = part.lower()
    if len(low) != len(part) or "ı" in low or "ſ" in low:
        return None
    return low


@lru_cache(maxsize=1)
def _institution_hint() -> re.Pattern:
    """The last word of some institution, case-blind: a test before INSTITUTION, which tries every position.
    Compiled on first use, as only a text whose lowercasing is not faithful needs it."""
    return re.compile("(?i:" + trie_pattern({name.split()[-1] for name in institutions()}) + ")")


def _may_name_institution(text: str, lo: int, hi: int, low: str | None) -> bool:
    """Could INSTITUTION match in [LO, HI)? Only if LOW (the range lowercased) holds one of its names, which a
    case-sensitive search tells faster than the case-blind _institution_hint(), used when LOW is None."""
    if low is None:
        return _institution_hint().search(text, lo, hi) is not None
    return INSTITUTION_LOWER.search(low) is not None


def _may_name_role(text: str, lo: int, hi: int, low: str | None) -> bool:
    """Could ROLE match in [LO, HI)? It needs "the" or a possessive (ROLE_HINT) and, in LOW (the range
    lowercased, when not None), a role word after white space."""
    return ROLE_HINT.search(text, lo, hi) is not None and (low is None or ROLE_LOWER.search(low) is not None)


@lru_cache(maxsize=256)
def _role_words(role: str) -> re.Pattern:
    """ROLE or a role word that names the same kind of office, as a whole word ("envoy" or "ambassador")."""
    words = (role, *role_aliases().get(role, ()))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def _by_start_longer_first(candidate: tuple[int, int, str, object]) -> tuple[int, int]:
    return candidate[0], -candidate[1]  # by start, the longer first


def _may_end_name_run(text: str, lo: int, hi: int) -> bool:
    """Could ADJACENT_RUN match in [LO, HI)? Its last word (before white space only) is a capitalized name word,
    one of RUN_ADVERBS or a word in -ly: a test on the last word, before the regex tries every position.
    A last word with other than letters is left to the regex."""
    words = text[lo:hi].rsplit(None, 1)
    if not words:
        return False
    last = words[-1]
    if not last.isalpha():
        return True
    return (last[0] in ASCII_CAPITALS and len(last) > 1) or last in RUN_ADVERBS or last.endswith("ly")


def _has_name(institution: re.Match) -> bool:
    """Is INSTITUTION a name: capitalized ("Prime Minister's Office") or after capitalized words other than "The"
    ("Indian Embassy", not "The government")? A bare noun is read as a source: "the government in Niamey" is Niger's."""
    words = institution.group(1).split()
    return institution.string[institution.end(1)].isupper() or bool(words) and (len(words) > 1 or words[0] != "The")


def _object_of(text: str, lo: int, hi: int) -> bool:
    """Does a preposition (and maybe "the") end [LO, HI)? Then what follows is no subject: "talks in Syria"."""
    if lo >= hi or not text[hi - 1].isspace():
        return False
    words = text[lo:hi].lower().split()
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and words[-1] in PREPOSITIONS


@dataclass
class Speaker:
    """A resolved speaker; start/end is the naming mention when the text names it right there."""

    name: str
    type: str
    start: int | None = None
    end: int | None = None

    def as_dict(self, text: str) -> dict:
        known = self.start is not None and self.end is not None
        return {
            "name": self.name,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end] if known else None,
        }


def _named(mention: Mention, index: MentionIndex) -> Speaker:
    """The speaker MENTION names: a nationality ("a Congolese official") speaks for its country, by the country's
    name as the document's entities give it, else as the gazetteer does."""
    if mention.type == "NORP" and mention.country:
        country = index.country_name(mention.country) or _country_name(mention.country)
        if country:
            return Speaker(country, "GPE", mention.start, mention.end)
    return Speaker(mention.name, mention.type, mention.start, mention.end)


def _country_name(code: str) -> str | None:
    """The gazetteer's name of the country CODE (None for an unknown code), wanted only for a country the
    document names by its nationality alone."""
    return gazetteer_country_names().get(code)


class Resolver:
    """Resolves speaker phrases of one document, remembering who spoke so far."""

    def __init__(self, text: str, index: MentionIndex, published: str | None = None) -> None:
        self.text = text
        self.index = index
        self.published = published
        self.sentence_start = 0  # where the sentence being read begins: its subject is what "he" means first
        self.history: list[tuple[int, Speaker]] = []
        self.remembered: dict[str, Speaker] = {}  # "source", "statement" ... -> who it was last
        self.genders: dict[str, str] = {}  # a person's name -> m or f, where the text shows it
        self._seen: dict[tuple[int, int], list[tuple[int, int, str, object]]] = {}
        shown = honorifics()
        for mention in index.mentions:
            if mention.type == "PERSON":
                before = text[max(0, mention.start - 8) : mention.start].split()
                if before and before[-1] in shown:
                    self.genders.setdefault(mention.name, shown[before[-1]])

    def spoke(self, pos: int, speaker: Speaker) -> None:
        """Record that SPEAKER spoke at POS (pronouns later refer to them)."""
        self.history.append((pos, speaker))

    # ---------------------------------------------------------------- phrases

    def subject(self, lo: int, hi: int, people_only: bool = False) -> Speaker | None:
        """The speaker named by the subject words [LO, HI) before a reporting verb (only people if PEOPLE_ONLY)."""
        lo = max(lo, hi - SUBJECT_WINDOW)
        adjacent = self.adjacent_person(lo, hi)
        if adjacent:
            return adjacent
        text = self.text
        spans = [m.span() for m in PART.finditer(text, lo, hi) if not m.group().isspace()]
        parts = []  # the last three parts that do not open with a preposition, the last first
        for a, b in reversed(spans):
            if not PREPOSITION.match(text, self._skip_conjunctions(a, b), b):
                parts.append((a, b))
                if len(parts) == 3:
                    break
        if len(parts) > 1 and self._inserted(parts[0], hi):
            parts.append(parts.pop(0))  # "Mr Halvorsen, a close aide of President Strand, said": the head first
        for only in (True, False)[: 1 if people_only else 2]:
            for a, b in parts:
                speaker = self.phrase(a, b, only)
                if speaker:
                    return speaker
        return None

    def _inserted(self, part: tuple[int, int], hi: int) -> bool:
        """Is PART an appositive or relative clause set off by commas before the verb at HI: only a comma stands
        between it and the verb, and it opens with a determiner or relative word ("a former army officer", "who
        flew in") or follows a person's name ("Halvorsen, Strand's aide, said")."""
        a, b = part
        if not INSERT_END.fullmatch(self.text, b, hi) or a == 0 or self.text[a - 1] != ",":
            return False
        if INSERT_START.match(self.text, a, b):
            return True
        named = self.index.within(max(0, a - 1 - SUBJECT_REACH), a - 1)  # "Halvorsen, Strand's aide, said"
        return bool(named) and named[-1].end == a - 1 and named[-1].type == "PERSON"

    def adjacent_person(self, lo: int, hi: int) -> Speaker | None:
        """A person named right before the verb at HI ("In an interview Trump declared", "has Podesta saying")."""
        start = max(lo, hi - ADJACENT_REACH)
        if not _may_end_name_run(self.text, start, hi):
            return None
        run = ADJACENT_RUN.search(self.text, start, hi)
        if not run or COORDINATED.search(self.text, max(lo, run.start() - 6), run.start()):
            return None  # "Obama and Merkel noted": the first of them, as the whole subject gives
        people = [m for m in self.index.within(run.start(1), run.end(1)) if m.type == "PERSON"]
        if people:
            return self._listed_first(lo, run.start(1)) or _named(people[-1], self.index)
        if self.index.within(run.start(1), run.end(1)) or self.index.covering(run.start(1)):
            return None  # a place, or the end of a longer name: "the Indian Embassy in Oslo said"
        return self.bare_name(run.start(1), run.end(1))

    def _listed_first(self, lo: int, pos: int) -> Speaker | None:
        """The person who opens a list of names ending at POS, the sentence's whole subject: "Erdoğan, Herzog hail
        ..." (a headline's "X and Y"), by the first of them as "X and Y said" is."""
        start = max(lo, self.sentence_start)
        comma = LIST_COMMA.search(self.text, start, pos)
        if comma is None or comma.end() != pos:
            return None
        first = self.index.within(start, comma.start())
        if len(first) != 1 or first[0].type != "PERSON" or first[0].end != comma.start():
            return None
        return None if self.text[start : first[0].start].strip() else _named(first[0], self.index)

    def phrase(self, lo: int, hi: int, people_only: bool = False) -> Speaker | None:
        """The first speaker named in [LO, HI): a person, pronoun, title, institution, source or place."""
        candidates = self._candidates(lo, hi)[:MAX_CANDIDATES]
        for k, (start, end, kind, payload) in enumerate(candidates):
            if people_only and kind not in ("PERSON", "pronoun", "role"):
                continue
            if k + 1 < len(candidates) and self._modifies(end, candidates[k + 1], kind):
                if not self._issues(candidates, k):
                    continue
            speaker = self._resolve(start, end, kind, payload, lo)
            if speaker:
                self._remember(lo, hi, speaker)
                return speaker
        if not candidates:
            return self.bare_name(lo, hi) or self.compass_side(lo, hi)
        return None

    def compass_side(self, lo: int, hi: int) -> Speaker | None:
        """"the North" in [LO, HI) where the document names a country called North something ("North Korea")."""
        side = COMPASS_SIDE.search(self.text, lo, hi)
        if side is None:
            return None
        for mention in self.index.mentions:
            if mention.type == "GPE" and mention.is_country and mention.name.startswith(side.group(1) + " "):
                return Speaker(mention.name, "GPE", side.start(1), side.end(1))
        return None

    def bare_name(self, lo: int, hi: int) -> Speaker | None:
        """[LO, HI) is nothing but a capitalized name the entities layer missed ("Mr. Schriefer said")."""
        match = BARE_NAME.fullmatch(self.text, lo, hi)
        if not match or match.group(1).split()[0] in not_names():
            return None
        start, end = match.span(1)
        if self.text[lo:start].strip():  # after Mr./Ms.: a name whatever the word ("Mr. King")
            return Speaker(self.index.fullest(match.group(1), start), "PERSON", start, end)
        for word in TOKEN.finditer(self.text, start, end):  # "Foreign Minister Lee": the name after the title
            if word.group().lower() not in roles() and word.group().lower() not in TITLE_WORDS:
                start = word.start()
                break
        else:
            return None
        if any(w.lower() in source_nouns() for w in self.text[start:end].split()):
            return None
        return Speaker(self.index.fullest(self.text[start:end], start), "PERSON", start, end)

    def _skip_conjunctions(self, a: int, b: int) -> int:
        if a >= b or not (self.text[a] in CONJUNCTION_FIRSTS or self.text[a].isspace()):
            return a  # nothing to skip: the usual case, told without the regex engine
        return CONJUNCTION.match(self.text, a, b).end()

    def _candidates(self, lo: int, hi: int) -> list[tuple[int, int, str, object]]:
        """What [LO, HI) could name a speaker by, in order; kept per range, as subjects are read more than once."""
        key = (lo, hi)
        if key not in self._seen:
            self._seen[key] = self._find_candidates(lo, hi)
        return self._seen[key]

    def _find_candidates(self, lo: int, hi: int) -> list[tuple[int, int, str, object]]:
        text = self.text
        found: list[tuple[int, int, str, object]] = []
        for mention in self.index.within(lo, hi):
            found.append((mention.start, mention.end, mention.type, mention))
        for match in SOURCE_OR_PRONOUN.finditer(text, lo, hi):  # the two scans in one: words never both
            if match.group(1):
                found.append((match.start(), match.end(), "source", match))
            else:
                found.append((match.start(), match.end(), "pronoun", match.group().lower()))
        low = _faithful_lower(text, lo, hi)
        if _may_name_role(text, lo, hi, low):
            for match in ROLE.finditer(text, lo, hi):
                found.append((match.start(), match.end(), "role", match))
        if _may_name_institution(text, lo, hi, low):
            for match in INSTITUTION.finditer(text, lo, hi):
                if _has_name(match):  # a bare "the government" is a source noun: whose, the words around it say
                    found.append((match.start(), match.end(), "institution", match))
        if len(found) > 1:
            found.sort(key=_by_start_longer_first)
        kept: list[tuple[int, int, str, object]] = []
        for candidate in found:
            if _object_of(text, max(lo, candidate[0] - 16), candidate[0]):
                continue  # "talks in Syria", "met with the president": not who speaks
            if kept and candidate[0] < kept[-1][1]:
                if candidate[2] == "institution" and kept[-1][2] not in ("PERSON", "ORG"):
                    kept[-1] = candidate  # "Chinese foreign ministry" over "Chinese"
                elif candidate[2] == "ORG" and kept[-1][2] == "institution" and self._covers(candidate, kept[-1]):
                    kept[-1] = candidate  # the document's name, "Indian Embassy in Oslo", over "The Indian Embassy"
                continue
            kept.append(candidate)
        return kept

    def _issues(self, candidates: list[tuple[int, int, str, object]], k: int) -> bool:
        """Is candidate K a named institution whose own statement or official the next candidate is ("An Algerian
        foreign ministry statement said", "a Kremlin official said"), not one who names a person ("Foreign Ministry
        spokesperson Lin Jian said")? The institution speaks."""
        if candidates[k][2] != "institution" or candidates[k + 1][2] != "source":
            return False
        if k + 2 < len(candidates) and self._modifies(candidates[k + 1][1], candidates[k + 2], "source"):
            return False
        return not self.text[candidates[k][1] : candidates[k + 1][0]].strip()

    def _covers(self, mention: tuple[int, int, str, object], institution: tuple[int, int, str, object]) -> bool:
        """Does MENTION hold all of INSTITUTION but a leading "The" (not just "Foreign Ministry" of "Brazil's ...")?"""
        the = LEADING_THE.match(self.text, institution[0], institution[1])
        return mention[0] <= (the.end() if the else institution[0]) and mention[1] >= institution[1]

    def _modifies(self, end: int, following: tuple[int, int, str, object], kind: str) -> bool:
        """A candidate right before another that only describes it: "Russian diplomatic sources", "spokesman Lin Jian"."""
        between = self.text[end : following[0]]
        if kind == "source":
            return following[2] == "PERSON" and not between.strip()
        if kind == "pronoun":  # "His Highness Sheikh Tamim", "His Majesty the King": the name or title says who
            styled = STYLE_END.search(self.text, max(0, end - 10), end) is not None
            return styled and STYLED.fullmatch(between) is not None
        if kind == "role":
            return False
        if kind == "PERSON" and not between.startswith(("'s", "’s")):
            return False
        return len(between) < 60 and BETWEEN_MODIFIER.fullmatch(between) is not None and not COORDINATION.search(between)

    def _resolve(self, start: int, end: int, kind: str, payload: object, lo: int) -> Speaker | None:
        if kind in ("PERSON", "ORG", "GPE", "NORP"):
            return _named(payload, self.index)  # type: ignore[arg-type]
        if kind == "pronoun":
            return self.pronoun(str(payload), start)
        if kind == "role":
            return self.role(payload, start)  # type: ignore[arg-type]
        if kind == "institution":
            match: re.Match = payload  # type: ignore[assignment]
            the = LEADING_THE.match(self.text, start, match.end(1))
            if the:  # "The Indian Embassy" is named "Indian Embassy"
                start = the.end()
            name = self.text[start:end]
            if not self.text[start : match.end(1)].strip():
                return self.remembered.get("institution:" + name.lower(), Speaker(name, "ORG", start, end))
            return Speaker(name, "ORG", start, end)
        if kind == "source":
            return self.source(payload, lo)  # type: ignore[arg-type]
        return None

    def _remember(self, lo: int, hi: int, speaker: Speaker) -> None:
        for match in SOURCE.finditer(self.text, lo, hi):
            self.remembered[match.group(1).rstrip("s")] = speaker
        if speaker.type != "ORG" or not _may_name_institution(self.text, lo, hi, _faithful_lower(self.text, lo, hi)):
            return
        for match in INSTITUTION.finditer(self.text, lo, hi):
            if match.group(1).strip():
                head = self.text[match.end(1) : match.end()].lower()
                self.remembered["institution:" + head] = speaker

    # ---------------------------------------------------------------- references

    def pronoun(self, word: str, pos: int) -> Speaker | None:
        """He/she: the last speaker nearby, else the nearest person; who: the person just named."""
        if word == "who":  # the person named right before it: "Ortega, who ...", not "an official who ..."
            people = self.index.before(pos, "PERSON", 80)
            if people and RELATIVE_GAP.fullmatch(self.text, people[0].end, pos):
                return Speaker(people[0].name, "PERSON")
            return None
        if word.startswith(("his ", "her ")):  # a style: "His Highness" is "he"
            word = "he" if word.startswith("his") else "she"
        pronoun = pronouns().get(word)
        if pronoun is None:
            return None
        if pronoun.kind == "person":  # "Ortega, who flew in, said ... what he called": its own subject
            subject = self.opening_person(self.sentence_start, pos)
            if subject and self._fits(subject, pronoun.gender):
                return subject
        for spoken_at, speaker in reversed(self.history[-12:]):
            if spoken_at < pos - WINDOW:
                break
            if spoken_at < pos and (pronoun.kind != "person" or self._fits(speaker, pronoun.gender)):
                return Speaker(speaker.name, speaker.type)
        if pronoun.kind == "person":
            for person in self.index.before(pos, "PERSON", WINDOW):
                if self.gender_of(person.name) in (pronoun.gender, ""):
                    return Speaker(person.name, "PERSON")
        return None

    def _described(self, noun: str, start: int, end: int, lo: int) -> Speaker | None:
        """Who the words around the source noun at [START, END) name: "an official at the Dutch Foreign Ministry",
        "Chilean government sources"; "the government in Niamey" is the government of that city's country."""
        tail = SOURCE_OF.match(self.text, end)
        if tail:
            attached = self._candidates(tail.end(), min(len(self.text), tail.end() + 80))
            if attached and attached[0][0] == tail.end() and attached[0][2] not in ("pronoun", "source"):
                mention = attached[0][3]
                if noun.lower() == "government" and isinstance(mention, Mention) and mention.type == "GPE":
                    code = "" if mention.is_country else mention.country
                    country = code and (self.index.country_name(code) or _country_name(code))
                    if country:
                        return Speaker(country, "GPE")
                speaker = self._resolve(*attached[0], lo=tail.end())
                if speaker:
                    return speaker
        for mention in reversed(self.index.within(max(lo, start - 40), start)):
            if mention.type in ("GPE", "NORP", "ORG") and BETWEEN_MODIFIER.fullmatch(self.text[mention.end : start]):
                return _named(mention, self.index)
        return self._short_form(start, lo)

    def _short_form(self, start: int, lo: int) -> Speaker | None:
        """A capitalized word right before the source noun at START that is a word of an organization named
        earlier: "A Treasury statement" after "the U.S. Treasury Department" is that department's."""
        word = SHORT_FORM.search(self.text, max(lo, start - 30), start)
        if word is None or word.group(1) in not_names():
            return None
        for mention in self.index.before(word.start(1), "ORG", ROLE_WINDOW):
            if word.group(1) in self.text[mention.start : mention.end].split():
                return Speaker(mention.name, "ORG")
        return None

    def _described_before(self, noun: str, pos: int) -> Speaker | None:
        """"the same source", "the source" with no speaker remembered: the last earlier mention of that noun that
        says whose it is ("a Turkish diplomatic source")."""
        word = noun.lower().rstrip("s")
        i = pos
        for _ in range(MAX_CANDIDATES):
            i = self.text.rfind(word, max(0, pos - ROLE_WINDOW), i)
            if i < 0:
                return None
            found = SOURCE.match(self.text, i)
            if found and (i == 0 or not self.text[i - 1].isalnum()):
                speaker = self._described(noun, i, found.end(), max(0, i - 40))
                if speaker:
                    return speaker
        return None

    def opening_person(self, lo: int, hi: int) -> Speaker | None:
        """A person who opens the sentence at LO (title words only before them, not "Vance's aide"), before HI;
        a short opening adverbial is passed over ("On Sunday night, X was among the first ...")."""
        adverbial = OPENING_ADVERBIAL.match(self.text, lo, hi)
        if adverbial:
            lo = adverbial.end()
        for mention in self.index.within(lo, min(hi, lo + SUBJECT_REACH)):
            if mention.type == "PERSON" and not LOWERCASE_WORD.search(self.text, lo, mention.start):
                if POSSESSIVE.match(self.text, mention.end):
                    return None
                return Speaker(mention.name, "PERSON")
        return None

    def office_holder(self, country: str, office: str) -> str | None:
        """Who held OFFICE for COUNTRY when the text was published (unknown without a date or the entities layer)."""
        if not self.published:
            return None
        try:
            from dipkit.entities import office_holder
        except ImportError:
            return None
        return office_holder(country, office, self.published)

    def context_country(self, pos: int) -> str | None:
        """The country the text is about at POS: the last speaker's, else the nearest person's with one."""
        for _, speaker in reversed(self.history[-12:]):
            countries = self.index.countries.get(speaker.name, set())
            if speaker.type == "PERSON" and len(countries) == 1:
                return next(iter(countries))
        for person in self.index.before(pos, "PERSON", WINDOW):
            if person.country:
                return person.country
        return None

    def _fits(self, speaker: Speaker, gender: str) -> bool:
        """Can "he"/"she" (GENDER) be SPEAKER: a person whose gender the text does not contradict."""
        return speaker.type == "PERSON" and self.gender_of(speaker.name) in (gender, "")

    def _has_office(self, name: str) -> bool:
        """Does the text give NAME an office (a role word among their title words)?"""
        return any(word in roles() for word in self.index.titles.get(name, "").split())

    def gender_of(self, name: str) -> str:
        """m or f as the text shows it (an honorific, "she said"), else as the given name shows it, else empty."""
        shown = self.genders.get(name)
        if shown:
            return shown
        words = name.split()
        for word in words[:-1] if len(words) > 1 else words:
            gender = given_names().get(word)
            if gender:
                return gender
        return ""

    def learn_gender(self, speaker: Speaker, pos: int) -> None:
        """"Rao said she ...": the pronoun right after SPEAKER's verb (ending at POS) shows their gender."""
        match = SAYS_PRONOUN.match(self.text, pos) if speaker.type == "PERSON" else None
        if match:
            gender = pronouns()[match.group(1).lower()].gender
            self.genders.setdefault(speaker.name, gender)

    def role(self, match: re.Match, pos: int) -> Speaker | None:
        """"the Russian president": the last speaker, else the nearest person, whose office words fit (or words of
        the same kind of office: "the envoy" is the ambassador) and whose country does; else whoever held that
        office, else the one person of that country named with no office, else like "he" (not of another country)."""
        role = match.group("role").lower()
        if match.group().lower().endswith(role + "s") and self.index.counts:
            top = max(self.index.counts, key=self.index.counts.__getitem__)  # "the two leaders": the one the story is about
            return Speaker(top, "PERSON")
        modifiers = [w for w in match.group("mods").lower().split() if w[:1].isalpha() and w not in ("the", "two")]
        places = [m for m in self.index.within(match.start(), match.end()) if m.type in ("GPE", "NORP") and m.country]
        codes = {m.country for m in places}
        pattern = _role_words(role)

        def fits(name: str) -> bool:
            titles, countries = self.index.titles.get(name, ""), self.index.countries.get(name, set())
            if not pattern.search(titles):
                return False
            if codes:
                return not countries or bool(codes & countries)
            return all(w in titles for w in modifiers)

        for spoken_at, speaker in reversed(self.history[-12:]):
            if spoken_at < pos - ROLE_WINDOW:
                break
            if spoken_at < pos and speaker.type == "PERSON" and fits(speaker.name):
                return Speaker(speaker.name, "PERSON")
        people = self.index.before(pos, "PERSON", ROLE_WINDOW) + [
            m for m in self.index.within(pos, min(len(self.text), pos + ROLE_WINDOW)) if m.type == "PERSON"
        ]
        for person in people:
            if fits(person.name):
                return Speaker(person.name, "PERSON")
        for person in people if codes else ():  # "his Iranian counterpart X" ... "the Iranian top diplomat": X
            countries = self.index.countries.get(person.name, set())
            if codes & countries and "counterpart" in self.index.titles.get(person.name, ""):
                return Speaker(person.name, "PERSON")
        if len(codes) == 1:  # "Norway's top diplomat": whoever held that office for that country then
            place_words = {w.lower() for m in places for w in self.text[m.start : m.end].split()}
            office = " ".join([w for w in modifiers if w not in place_words] + [role])
            country = next(iter(codes))
            holder = self.office_holder(country, office) or self.office_holder(country, role)
            if holder:
                return Speaker(self.index.fullest(holder, pos), "PERSON")
            compatriots = [name for name, countries in self.index.countries.items() if countries == codes]
            if len(compatriots) == 1 and not self._has_office(compatriots[0]):
                return Speaker(compatriots[0], "PERSON")  # "the Uzbek leader": the one Uzbek named, office unknown
        if role in GENERIC_ROLES:
            return self.remembered.get(role)
        guess = self.pronoun("he", pos)
        if guess and codes and self.index.countries.get(guess.name, codes).isdisjoint(codes):
            return None  # "the Uzbek leader" is no Kazakh, whoever spoke last
        return guess

    def source(self, match: re.Match, lo: int) -> Speaker | None:
        """"an official at the Dutch Foreign Ministry", "Chilean government sources", "the statement"."""
        noun = match.group(1)
        described = self._described(noun, match.start(), match.end(), lo)
        if described:
            return described
        remembered = self.remembered.get(noun.rstrip("s")) or self._described_before(noun, match.start())
        if remembered:
            return remembered
        if noun.lower().startswith("communiq"):  # "the final communiqué": the body whose meeting issued it
            bodies = self.index.before(match.start(), "ORG", ROLE_WINDOW)
            return Speaker(bodies[0].name, "ORG") if bodies else None
        if noun.lower() not in INSTITUTION_NOUNS:
            return None
        for mention in self.index.before(match.start(), "ORG", ROLE_WINDOW):  # "the ministry": the ministry named last
            if noun.lower() in mention.name.lower():
                return Speaker(mention.name, "ORG")
        if noun.lower() == "ministry":  # none named: in diplomatic news, the foreign ministry of the country in context
            country = self.context_country(match.start())
            if country:
                return Speaker(f"{self.index.place_name(country)} foreign ministry", "ORG")
        return None
