"""What a recognizer finds, and what it knows while finding it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from re import Match, Pattern

from dipkit.dates.reference import Reference
from dipkit.dates.tense import clause_tense


# blanks, then a word: the word after a position, and in the reversed text the word before it
_NEXT_WORD = re.compile(r"[ \t]*((?:[^\W_]|['’-])*)")


@dataclass(slots=True)
class Mention:
    """One temporal expression: its span, TIMEX3 type and value, and what the value was resolved against."""

    start: int
    end: int
    type: str
    value: str
    anchor: str = "none"
    shift: tuple[str, int, int] | None = None  # (unit, count, end) from the date the text named last, if any


@dataclass
class Context:
    """The document a recognizer works on: its text, reference date and numeric-date order."""

    text: str
    ref: Reference
    day_first: bool = True
    text_day: date | None = None  # a day the text names, for a reference that lacks its day
    _tense: dict[tuple[int, int], str | None] = field(default_factory=dict)
    _reversed: str | None = field(default=None, init=False, repr=False)

    @property
    def reversed_text(self) -> str:
        """The text backwards (made once per document): what lies before a position is read forwards in it."""
        if self._reversed is None:
            self._reversed = self.text[::-1]
        return self._reversed

    def tense(self, start: int, end: int) -> str | None:
        """ "past", "present", "future" or "plan" (either side: the nearest): the tense of the clause around
        START..END, None if unknown."""
        key = (start, end)
        if key not in self._tense:
            self._tense[key] = clause_tense(self.text, start, end, self.reversed_text)
        return self._tense[key]

    def future(self, start: int, end: int) -> bool | None:
        """True in a future clause, False in a past one, None in a present one, a plan or when unknown."""
        tense = self.tense(start, end)
        return True if tense == "future" else False if tense == "past" else None

    @property
    def anchor(self) -> str:
        """The anchor of a value computed from the reference date."""
        return "published" if self.ref.known else "none"

    def word_before(self, start: int, limit: int = 40) -> str:
        """The word just before START (lowercase), or '' at the start of a line or sentence."""
        size = len(self.text)
        low = start - limit if start > limit else 0
        first, last = _NEXT_WORD.match(self.reversed_text, size - start, size - low).span(1)  # type: ignore[union-attr]
        return self.text[size - last : size - first].lower()

    def word_after(self, end: int, limit: int = 40) -> str:
        """The word just after END (as written), or ''."""
        return _NEXT_WORD.match(self.text, end, end + limit).group(1)  # type: ignore[union-attr]

    def sentence_start(self, start: int) -> bool:
        """Whether START begins a line or a sentence."""
        before = self.text[max(0, start - 3) : start].rstrip(" \t\"'“‘(")
        return not before or before[-1] in ".!?\n:;"


Handler = Callable[[Match, Context], Iterable[Mention]]


@dataclass(frozen=True)
class Rule:
    """A pattern, what to make of its matches, and the anchor words around which it can match:
    it is run only from BACK characters before to AHEAD characters after each anchor, and only
    where REQUIRES (a cheap pattern every match contains) finds something in the lowercased text."""

    pattern: Pattern
    handler: Handler
    anchors: frozenset[str]
    back: int
    ahead: int
    requires: Pattern | None = None
    reach: tuple[frozenset[str], int, int] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "reach", (self.anchors, self.back, self.ahead))  # rules of one reach share their windows
