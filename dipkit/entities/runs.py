"""Runs of capitalized words that the gazetteer did not claim: where unknown names are."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dipkit.entities.vocabulary import words

_SPACES = re.compile(r"[ \t\u00a0]{1,3}")
_HYPHEN_TAIL = re.compile(r"- ?[^\W\d_]+")  # "Jong-un"; "Geun- hye" as scraped
_APOSTROPHE_TAIL = re.compile(r"['’][a-z]{2,}(?![\w'’-])")
_OF_GAPS = (" of ", " of the ", " for ")
_LONGEST_JOIN = 12  # no longer gap keeps two words in one run (see ``_joins``)


@dataclass
class Run:
    """Capitalized words in a row: (start, end) of each word."""

    words: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.words[0][0]

    @property
    def end(self) -> int:
        return self.words[-1][1]


def _word_end(text: str, end: int) -> int:
    """END moved past lowercase hyphenated parts: "Kim Jong-un", "Kang Kyung-wha"; and past a lowercase part
    after an apostrophe inside the name: "Ma'ruf Amin", "Gideon Sa'ar" (not a possessive "'s")."""
    inner = _APOSTROPHE_TAIL.match(text, end)
    if inner is not None:
        return inner.end()
    if text[end : end + 1] != "-":
        return end
    for _ in range(2):
        tail = _HYPHEN_TAIL.match(text, end)
        if tail is None or not tail.group()[-1].islower() or not tail.group().lstrip("- ")[0].islower():
            break
        end = tail.end()
    return end


def _joins(text: str, gap: str, previous: str) -> bool:
    """Whether GAP between two capitalized words keeps them in one run."""
    if _SPACES.fullmatch(gap) or gap in ("-", "'", "’"):
        return True
    if gap[:1] in "'’" and _SPACES.fullmatch(gap[1:]) and (previous.endswith("s") or previous + gap[0] in words("honorifics")):
        return True  # "Foreign Ministers' Committee", "Dato' Seri"
    if gap[:1] == "." and len(previous) == 1 and previous.isupper():
        gap = gap[1:]  # "M.K. Stalin", "S. Jaishankar", "F.W. de Klerk"
        if not gap or _SPACES.fullmatch(gap):
            return True
    if gap.startswith(".") and _SPACES.fullmatch(gap[1:]):
        return (len(previous) == 1 and previous.isupper()) or previous in words("honorifics") or previous in words("abbreviations")
    if gap in _OF_GAPS:
        return previous in words("titles") or previous in words("org_heads") or previous in words("place_heads")
    if len(gap) <= _LONGEST_JOIN and gap[:1] in " -" and gap[-1:] in " -":
        parts = gap.replace("-", " ").split()
        return bool(parts) and all(part in words("particles") for part in parts)
    return False


def capitalized_runs(text: str, tokens: list[re.Match]) -> list[Run]:
    """Group TOKENS (capitalized words in text order) into runs."""
    runs: list[Run] = []
    current: list[tuple[int, int]] = []
    for token in tokens:
        start, end = token.span()
        if text[end : end + 1] in ("-", "'", "’"):
            end = _word_end(text, end)
        if current:
            previous_start, previous_end = current[-1]
            if start < previous_end:
                continue  # already inside the previous word ("Jong-Un")
            if start - previous_end == 1 and text[previous_end] == " ":  # one space: the usual join, decided here
                current.append((start, end))
                continue
            if start - previous_end <= _LONGEST_JOIN and _joins(text, text[previous_end:start], text[previous_start:previous_end]):
                current.append((start, end))
                continue
            runs.append(Run(current))
        current = [(start, end)]
    if current:
        runs.append(Run(current))
    return runs
