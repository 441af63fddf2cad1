"""Places nobody listed, from the words around them: datelines, "Idlib province", "the town of Manbij", "in Manbij"."""

from __future__ import annotations

import re

from dipkit.entities import context
from dipkit.entities.mentions import Mention
from dipkit.entities.persons import Candidate
from dipkit.entities.vocabulary import words

# "MANBIJ, Syria (Reuters) -", "KANANASKIS, Alberta —": capitals opening a line, then a comma, a bracket or a dash
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,2})(?=[ ]?[,(\[]|[ ](?:-|--|—|–)[ ])")
# the agency in a dateline: "ANKARA (AA) -", "NEW DELHI, Jan 5 (PTI) —"
_DATELINE_SOURCE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,2}(?:,[^\n(]{1,40})?[ ]?\(([A-Z][A-Za-z]{1,9})\)[ ]?(?=-|—|–|:)")
_OF_BEFORE = re.compile(r"(?<!\w)(city|town|village|province|region|district|port|capital|state)\s+of\s+\Z")
_HEAD_CHARS = 600
_IN_PLACE_AFTER = re.compile(r",? in [A-Z]")


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Spans of the place that opens a dateline near the top of TEXT."""
    return [(m.start(1), m.end(1)) for m in _at_line_starts(_DATELINE, text)]


def dateline_sources(text: str) -> list[tuple[int, int]]:
    """Spans of the news agency named in brackets in a dateline near the top of TEXT ("ANKARA (AA) -")."""
    return [(m.start(1), m.end(1)) for m in _at_line_starts(_DATELINE_SOURCE, text)]


def _at_line_starts(pattern: re.Pattern, text: str) -> list[re.Match]:
    """The matches of PATTERN (which opens with "^" and stays on one line) in the head of TEXT: the same as
    ``finditer`` there, tried at the few line starts only instead of at every character."""
    end = min(len(text), _HEAD_CHARS)
    found = []
    at = 0
    while at < end:
        match = pattern.match(text, at, end)
        if match is not None:
            found.append(match)
        at = text.find("\n", at, end) + 1
        if not at:
            break
    return found


def feature_cue(text: str, candidate: Candidate, by_start: dict[int, Mention]) -> bool:
    """The words around CANDIDATE say it is a natural place: "the Tamara shoal", or another name of a listed
    one in brackets after it: "Bajo de Masinloc (Scarborough Shoal)"."""
    if context.word_after(text, candidate.end) in words("feature_words"):
        return True
    if text[candidate.end : candidate.end + 2] != " (":
        return False
    other = by_start.get(candidate.end + 2)
    return other is not None and other.type == "LOC" and text[other.end : other.end + 1] == ")"


def place_cue(text: str, candidate: Candidate) -> bool:
    """The words around CANDIDATE say it is a place: "Idlib province", "the city of Kazan", "in Manbij,"."""
    start, end = candidate.start, candidate.end
    if context.word_after(text, end) in words("place_words") and not context.possessive_before(text, start):
        return True
    if _OF_BEFORE.search(text, max(0, start - 20), start):
        return True
    if context.word_before(text, start) == "to" and context.word_before(text, start - 3) in words("travel_verbs"):
        return _IN_PLACE_AFTER.match(text, end) is not None  # "travelled to Sandringham in Norfolk"
    if context.word_before(text, start) == "in" and len(candidate.words) <= 2:
        following = text[end : end + 2]
        return following[:1] in (",", ".", ";", ")") or following == " a" or following[:1] == "\n"
    return False
