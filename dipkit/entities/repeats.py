"""Names a document repeats: "Misri" after "Vikram Misri", "Biden" in the headline "Xi Meets Biden",
"Merkel" in "Obama and Merkel" once Obama is known."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from dipkit.entities import context
from dipkit.entities.linker import name_tokens
from dipkit.entities.mentions import Mention
from dipkit.entities.persons import Candidate, person_shaped
from dipkit.entities.vocabulary import ordinary_words, words

_ADVERBS = frozenset({"also", "later", "further", "then", "again", "earlier", "separately", "previously"})

_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")  # "[Huang] Kunming": the capitalized word right before
_NEXT_NAME = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])")  # "Aden [Duale]": the capitalized word right after


def _coordinated(text: str, candidate: Candidate, starts: set[int], ends: set[int]) -> bool:
    """A name joined by "and" to a person: "Obama and Merkel noted"."""
    return (text[candidate.end : candidate.end + 5] == " and " and candidate.end + 5 in starts) or (
        text[candidate.start - 5 : candidate.start] == " and " and candidate.start - 5 in ends
    )


@lru_cache(maxsize=1)
def _not_alone() -> frozenset[str]:
    """Parts of names that alone name nobody: particles, suffixes ("Jr") and prefixes ("Sayyid")."""
    return words("particles") | words("name_suffixes") | words("name_prefixes")


def _propagate(
    text: str, unresolved: list[Candidate], persons: list[Mention], in_headline: Callable[[int], bool]
) -> dict[int, list[Mention]]:
    """Runs that repeat a name found elsewhere in the document ("Misri" after "Vikram Misri"), by where they start."""
    parts: set[str] = set()
    fulls: set[str] = set()
    particles = _not_alone()
    for surface in {text[mention.start : mention.end] for mention in persons}:  # each name written once
        tokens = name_tokens(surface)
        fulls.add(" ".join(tokens))
        if len(tokens) > 1:
            parts.update(t for t in tokens if len(t) > 1 and t not in particles and t.lower() not in particles)  # ("El")
    found: dict[int, list[Mention]] = {}
    names = parts | fulls
    for candidate in unresolved:
        tokens = name_tokens(text[candidate.start : candidate.end])
        joined = " ".join(tokens)
        if joined in fulls or (len(tokens) == 1 and tokens[0] in parts):
            found[candidate.start] = [Mention(candidate.start, candidate.end, "PERSON")]
        elif len(tokens) > 1 and any(text[start:end] in names for start, end in candidate.words):  # else nothing inside
            inside = _names_among_words(text, candidate, names) or (
                _name_at_edge(text, candidate, names) if in_headline(candidate.start) else []
            )
            if inside:
                found[candidate.start] = inside
    return found


def _names_among_words(text: str, candidate: Candidate, names: set[str]) -> list[Mention]:
    """Known names in a run of other capitalized words: "Biden" in the headline "Xi Meets Biden"."""
    spans = candidate.words
    known = [span for span in spans if text[span[0] : span[1]] in names]
    if not known:
        return []
    others = [text[s:e] for s, e in spans if (s, e) not in known]
    if all(_ordinary(text, word) for word in others):
        return [Mention(s, e, "PERSON") for s, e in known]
    return []


def _name_at_edge(text: str, candidate: Candidate, names: set[str]) -> list[Mention]:
    """A known name that ends or opens a run of a title-case headline, whose verbs are capitalized too:
    "Lines Up [Xi]", "Denies [Putin]"; the other words must be no part of a known name."""
    spans = candidate.words
    words_ = [text[s:e] for s, e in spans]
    if any(word in names for word in words_[1:-1]):
        return []
    if words_[-1] in names and words_[0] not in names:
        return [Mention(*spans[-1], "PERSON")]
    if words_[0] in names and words_[-1] not in names:
        return [Mention(*spans[0], "PERSON")]
    return []


def _ordinary(text: str, word: str) -> bool:
    """A capitalized word that is no name: a verb of speech or meeting, a title, a word the text writes in lowercase."""
    lower = word.lower()
    return (
        lower in words("speech_verbs")
        or lower in words("meeting_verbs")
        or word in words("nonnames")
        or word in words("titles")
        or lower in context.lowercase_words(text)
    )


def repeated_people(
    text: str, unresolved: list[Candidate], persons: list[Mention], in_headline: Callable[[int], bool] = lambda _: False
) -> list[Mention]:
    """Undecided runs that are people after all: a name said again, or joined by "and" to a person.
    IN_HEADLINE tells whether a position is on a title-case headline."""
    repeated = _propagate(text, unresolved, persons, in_headline)
    found = [mention for mentions in repeated.values() for mention in mentions]
    starts = {m.start for m in persons + found}
    ends = {m.end for m in persons + found}
    for candidate in unresolved:
        if candidate.start not in repeated and _coordinated(text, candidate, starts, ends) and person_shaped(text, candidate):
            found.append(Mention(candidate.start, candidate.end, "PERSON"))
    return found


def addressed_by_surname(text: str, mentions: list[Mention]) -> list[Mention]:
    """A family name after a form of address, "Mrs May" after "Theresa May": the person, though the name is
    also a common word or a month that the run reader passes over (not a name's own part: "Sheikh [Mohamud]")."""
    ordinary = ordinary_words()  # (other family names the run reader finds itself: "Mr Wang")
    surnames = {
        tokens[-1]
        for m in mentions
        if m.type == "PERSON" and len(tokens := name_tokens(text[m.start : m.end])) > 1 and tokens[-1] in ordinary
    }
    if not surnames:
        return []
    spans = sorted((m.start, m.end) for m in mentions)
    return [
        Mention(found.start(1), found.end(1), "PERSON")
        for found in _addressed_names().finditer(text)
        if found.group(1) in surnames and not _inside(spans, found.start(1))
    ]


@lru_cache(maxsize=1)
def _addressed_names() -> re.Pattern:
    """A form of address ("Mrs", "Mr.") and the capitalized word after it."""
    forms = "|".join(sorted((re.escape(w) for w in words("honorifics")), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{forms})\.?[ ]([A-Z][\w'’-]*)\b")


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether POSITION lies in one of SPANS (sorted by start)."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def surnames_named_like_places(text: str, mentions: list[Mention]) -> None:
    """A place or group word that repeats the surname of a person named in full, with a person's cue:
    "Baloch also said" after "Mumtaz Zahra Baloch" is the spokeswoman (turned into a PERSON in place); a group's
    short name needs no cue once the person is named before it ("Wagner was received" after "Therese Kayikwamba
    Wagner": the minister, not the Wagner Group)."""
    surnames: dict[str, int] = {}  # each surname, and where a person first bears it
    for m in mentions:
        if m.type == "PERSON" and len(tokens := name_tokens(text[m.start : m.end])) > 1:
            surnames[tokens[-1]] = min(surnames.get(tokens[-1], m.start), m.start)
    if not surnames:
        return
    for mention in mentions:
        if (
            mention.type in ("GPE", "NORP", "ORG")
            and (surface := text[mention.start : mention.end]) in surnames
            and (mention.entry is None or mention.entry.kind != "country")
            and " " not in surface
            and not surface.isupper()
            and (mention.type == "ORG" and surnames[surface] < mention.start or _person_cue_around(text, mention.start, mention.end))
        ):
            mention.type, mention.entry = "PERSON", None


def _person_cue_around(text: str, start: int, end: int) -> bool:
    """A verb of speech after the word (maybe past "also"), or a title or honorific before it."""
    after = context.word_after(text, end)
    if after in _ADVERBS:
        after = context.word_after(text, end + 1 + len(after))
    return after in words("speech_verbs") or context.title_before(text, start) is not None


def given_names_named_like_places(text: str, mentions: list[Mention]) -> None:
    """A one-word city right after a title and right before a capitalized word nothing else names is a given
    name: "Defence Cabinet Secretary Aden Duale" (turned into a PERSON spanning both words)."""
    starts = {m.start for m in mentions}
    for mention in mentions:
        if mention.type != "GPE" or mention.entry is None or mention.entry.kind != "city" or " " in text[mention.start : mention.end]:
            continue
        surname = _NEXT_NAME.match(text, mention.end)
        if surname is None or surname.start(1) in starts or context.title_before(text, mention.start) is None:
            continue
        mention.type, mention.entry, mention.end = "PERSON", None, surname.end(1)


def family_names_before_places(text: str, mentions: list[Mention], unresolved: list[Candidate]) -> list[Candidate]:
    """A one-word city right after a family name written first is a given name: "Huang Kunming" (turned into
    a PERSON spanning both words), when nothing else names the family name. Returns the UNRESOLVED runs left
    (the family name is no longer one)."""
    ends = {m.end for m in mentions}
    family_names = words("family_names_first")
    taken: set[int] = set()
    for mention in mentions:
        if mention.type != "GPE" or mention.entry is None or mention.entry.kind != "city" or " " in text[mention.start : mention.end]:
            continue
        family = _NAME_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        if family is None or family.group(1) not in family_names or family.end(1) in ends:
            continue
        mention.type, mention.entry, mention.start = "PERSON", None, family.start(1)
        taken.add(mention.start)
    return [c for c in unresolved if c.start not in taken] if taken else unresolved
