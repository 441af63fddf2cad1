"""The words dates are made of, loaded once from ``dipkit/data/dates``.

Every list lives in a data file so that vocabulary can grow without touching
code; this module turns the files into lookup tables and regex alternations.
"""

from __future__ import annotations

import re
from functools import cache

from dipkit.resources import data_rows, trie_pattern


def _lines(name: str) -> list[list[str]]:
    return data_rows("dates", name)


def _table(name: str) -> dict[str, str]:
    return {row[0]: row[1] for row in _lines(name)}


def alternation(words) -> str:
    """A regex matching any of WORDS, longest first, spaces matching any run of blanks.

    Shaped as a trie, so that the regex engine tries one branch per letter instead of
    every word in turn: the patterns built from these lists run at each word start."""
    return trie_pattern(words, flexible_spaces=True)


@cache
def months() -> dict[str, int]:
    return {k: int(v) for k, v in _table("months.tsv").items()}


@cache
def weekdays() -> dict[str, int]:
    return {k: int(v) for k, v in _table("weekdays.tsv").items()}


@cache
def numbers() -> dict[str, str]:
    """Number word -> digits, or X for a vague quantity."""
    return _table("numbers.tsv")


@cache
def units() -> dict[str, tuple[str, bool, int]]:
    """Unit word -> (TIMEX3 unit code, is a time-of-day unit, years per unit or 0)."""
    return {row[0]: (row[1], row[2] == "T", int(row[3])) for row in _lines("units.tsv")}


@cache
def ordinals() -> dict[str, int]:
    return {k: int(v) for k, v in _table("ordinals.tsv").items()}


@cache
def seasons() -> dict[str, str]:
    return _table("seasons.tsv")


@cache
def day_parts() -> dict[str, str]:
    return _table("day_parts.tsv")


@cache
def references() -> dict[str, str]:
    return _table("references.tsv")


@cache
def sets() -> dict[str, str]:
    return _table("sets.tsv")


@cache
def tense_words() -> dict[str, str]:
    return _table("tense.tsv")


@cache
def tense_exceptions() -> dict[str, str]:
    return _table("tense_exceptions.tsv")


@cache
def holidays() -> dict[str, str]:
    """Holiday name as written -> MM-DD, or the name of the rule that places it in a year."""
    return _table("holidays.tsv")


@cache
def holiday_words() -> frozenset[str]:
    """The word of each holiday's name that the text is searched for before the holiday patterns run."""
    return frozenset(row[2] for row in _lines("holidays.tsv"))


@cache
def context_words(kind: str) -> frozenset[str]:
    """The words of one KIND of cue in context_words.tsv ("month_cue", "count_noun", ...)."""
    return frozenset(row[0] for row in _lines("context_words.tsv") if row[1] == kind)


@cache
def not_years() -> frozenset[str]:
    return frozenset(row[0] for row in _lines("not_years.txt"))


@cache
def not_weekdays() -> frozenset[str]:
    return frozenset(row[0] for row in _lines("not_weekdays.txt"))


def number_value(word: str) -> str | None:
    """Digits for a number written in digits or words ("48", "twenty-five", "a few"), X if vague."""
    word = " ".join(word.lower().split())
    if word.replace(".", "", 1).isdigit():
        return word.lstrip("0") or "0"
    table = numbers()
    if word in table:
        return table[word]
    tens, _, ones = word.partition("-")
    if ones and tens in table and ones in table and table[tens].isdigit() and table[ones].isdigit():
        return str(int(table[tens]) + int(table[ones]))
    return None


@cache
def abbreviations() -> frozenset[str]:
    """Titles that end in a period without ending a sentence ("Mr", "Gen"), as the sentence splitter lists them."""
    return frozenset(row[0] for row in data_rows("split", "abbreviations.tsv") if row[1] == "title")
