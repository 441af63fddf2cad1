"""Is the clause around an expression about the past or the future?

News reports mostly look back, so a weekday or month named without a year is
resolved backwards unless a future marker ("will", "scheduled", "to hold") is
the nearest tense word before it (or, failing one, after it).  Cheap on
purpose: the words of the sentence around the expression, nearest first.
"""

from __future__ import annotations

import re
from functools import cache

from dipkit.dates.vocabulary import tense_exceptions, tense_words

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_SENTENCE_ENDS = (". ", "! ", "? ", "; ", ": ", ".\n", "\n")
_CLAUSE_MARKS = (",", ";", "(", ")", " - ", " — ", " – ")
_WINDOW = 160
_PASSIVE = frozenset({"be", "been", "being"})


@cache
def _tables() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    exceptions = tense_exceptions()
    not_verb = frozenset(w for w, kind in exceptions.items() if kind == "not_verb")
    not_past = frozenset(w for w, kind in exceptions.items() if kind == "not_past")
    return tense_words(), not_verb, not_past


def _classify(word: str, previous: str, following: str) -> str | None:
    """The tense WORD signals, given the words either side of it."""
    table, not_verb, not_past = _tables()
    lower = word.lower()
    if lower == "to":
        if following.islower() and following not in not_verb and not following.endswith(("ing", "ed")):
            return "future"  # "agreed to hold talks in May"
        return None
    if word[0].isupper() and lower == "may":
        return None  # the month, not the modal
    tense = table.get(lower)
    if not tense and lower.endswith("'ll"):
        tense = "future"
    if not tense and lower.endswith("ed") and len(lower) > 4 and lower not in not_past:
        tense = "past"
    if tense == "past" and previous.lower() in _PASSIVE:
        return None  # "to be held", "has been scheduled": the auxiliary before it decides
    return tense


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - _WINDOW)
    begin = max(text.rfind(mark, left, start) for mark in _SENTENCE_ENDS)
    begin = left if begin < 0 else begin + 1
    right = min(len(text), end + _WINDOW)
    finish = min((i for i in (text.find(mark, end, right) for mark in _SENTENCE_ENDS) if i >= 0), default=right)
    return begin, finish


def _clause_bounds(text: str, begin: int, start: int, end: int, finish: int) -> tuple[int, int]:
    """The clause around START..END within the sentence BEGIN..FINISH: between commas, semicolons, dashes."""
    left = max(text.rfind(mark, begin, start) for mark in _CLAUSE_MARKS)
    rights = [i for i in (text.find(mark, end, finish) for mark in _CLAUSE_MARKS) if i >= 0]
    return (begin if left < 0 else left + 1), min(rights, default=finish)


def _nearest(words: list[str], backwards: bool) -> str | None:
    """The tense of the nearest tense word of WORDS, scanning back from the end or on from the start."""
    order = range(len(words) - 1, -1, -1) if backwards else range(len(words))
    for i in order:
        tense = _classify(words[i], words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else "")
        if tense:
            return tense
    return None


def is_future(text: str, start: int, end: int) -> bool | None:
    """True for a future clause, False for a past one, None when no tense word is near.

    The clause is asked first (the nearest tense word before the expression, else after it),
    then the whole sentence the same way."""
    begin, finish = _sentence_bounds(text, start, end)
    clause_begin, clause_finish = _clause_bounds(text, begin, start, end, finish)
    for low, high in ((clause_begin, clause_finish), (begin, finish)):
        tense = _nearest(_WORD.findall(text, low, start), True) or _nearest(_WORD.findall(text, end, high), False)
        if tense:
            return tense == "future"
    return None
