"""Pairing quotation marks into quoted spans, paragraph by paragraph, in linear time.

News text mixes curly and straight marks, uses ' and ’ for apostrophes as well as
quotes, and loses closing marks.  Marks are classified by what stands on either
side; the two families (double and single) nest inside each other, so only the
outermost quotation is kept.  A quotation whose closing mark is missing runs to
the end of its paragraph (ANNOTATION.md); a stray mark never reaches past its
paragraph, so one bad mark cannot derail the rest of the document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from dipkit.quotes.vocab import marks

MARKS = marks()
PARAGRAPH = re.compile(r"[^\n]+")
WORDY = re.compile(r"[^\W\d_]")  # a letter: ids and numbers in marks ("785842") are not quotations
PLURAL_POSSESSIVE = re.compile(r"s['’] [a-z]")
ELISION = re.compile(r"(?:s|\d\ds|em|til|tis|n)\b", re.IGNORECASE)  # 's 'em '90s: apostrophes, not quotes
OPENS_BEFORE = frozenset("([{—–-/:;,")  # a mark after these (or space) starts a quotation


@dataclass
class Quoted:
    """A quotation's content span [start, end) and its marks: open is the opening mark, close ends the closing one."""

    open: int
    start: int
    end: int
    close: int
    family: str
    closed: bool
    continues: bool = False  # opens a paragraph right after an unclosed quotation: the same speaker goes on


def _roles(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(opens, closes) for the mark at I, or (False, False) for an apostrophe.

    A mark can open when it is left-flanking (a word follows it, space or an opening sign stands before it)
    and can close when it is right-flanking; its usual role and family decide between the two.
    """
    mark = MARKS[text[i]]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    can_open = not after.isspace() and (before.isspace() or before in OPENS_BEFORE or before in MARKS)
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    if mark.family == "single":
        if before.isalnum() and after.isalnum():
            return False, False  # it's, Mexico’s, Russia‘s
        if can_open and ELISION.match(text, i + 1, hi):
            return False, False  # Blinken 's, '90s
    if mark.role == "open":
        return (can_open or not can_close), (can_close and not can_open)
    if mark.role == "close":
        if mark.family == "single":
            return False, can_close
        return (can_open and not can_close), (can_close or not can_open)
    if can_open and can_close:  # between two words: a"b
        return mark.family == "double", mark.family == "double"
    if not can_open and not can_close:  # between spaces
        return mark.family == "double", mark.family == "double"
    return can_open, can_close


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """START, END with surrounding white space left out; empty when no letter is quoted."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not WORDY.search(text, start, end):
        return start, start
    return start, end


def _mark_positions(text: str) -> list[int]:
    """Where TEXT has a quotation mark, in order.  A str.find per mark character (a fast scan, and none at all
    for a character wider than the text's) costs a fraction of a character class tried at every position."""
    found: list[int] = []
    for char in MARKS:
        i = text.find(char)
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1)
    found.sort()
    return found


def _single_after(text: str, i: int, hi: int) -> bool:
    """Does a straight or curly apostrophe stand after I (before HI), one that could close the quotation instead?
    Looked for only at a possible plural possessive, not for every paragraph."""
    return text.find("’", i + 1, hi) >= 0 or text.find("'", i + 1, hi) >= 0


def _paragraph(text: str, lo: int, hi: int, continues: bool, marks: list[int]) -> tuple[list[Quoted], bool]:
    """Quotations of the paragraph [LO, HI) (MARKS: where its marks are) and whether its last one is left open."""
    found: list[Quoted] = []
    opened: tuple[int, str] | None = None
    for i in marks:
        family = MARKS[text[i]].family
        if opened is not None and family != opened[1]:
            continue  # a quotation inside the open one
        opens, closes = _roles(text, i, lo, hi)
        if closes and family == "single" and PLURAL_POSSESSIVE.match(text, i - 1, hi) and _single_after(text, i, hi):
            continue  # 'the ministers' decision is final,' : a possessive while a later mark can close
        if opened is None:
            if opens:
                opened = (i, family)
            continue
        if closes:
            start, end = _content(text, opened[0] + 1, i)
            if start < end:
                found.append(Quoted(opened[0], start, end, i + 1, family, True))
            opened = None
        elif opens:
            if family == "double":  # the earlier quotation lost its closing mark
                start, end = _content(text, opened[0] + 1, i)
                if start < end:
                    found.append(Quoted(opened[0], start, end, i, family, False))
            opened = (i, family)
    left_open = False
    if opened is not None:
        start, end = _content(text, opened[0] + 1, hi)
        if start < end:
            found.append(Quoted(opened[0], start, end, hi, opened[1], False))
            left_open = True
    if continues and found and found[0].open == _content(text, lo, hi)[0]:
        found[0].continues = True
    return found, left_open


def quoted_spans(text: str) -> list[Quoted]:
    """Every outermost quotation of TEXT, in order.  Only paragraphs that hold a mark are read (found from the
    marks, not by a scan over every paragraph): one without marks quotes nothing."""
    spans: list[Quoted] = []
    left_open = False
    marks = _mark_positions(text)
    count = len(marks)
    k = 0  # the first mark not in a paragraph read so far
    read_to = 0  # where the last paragraph read ends
    while k < count:
        lo = text.rfind("\n", 0, marks[k]) + 1
        hi = text.find("\n", marks[k])
        if hi < 0:
            hi = len(text)
        if left_open and not text[read_to:lo].isspace():
            left_open = False  # a paragraph without marks in between leaves nothing open (blank lines do not count)
        j = bisect.bisect_left(marks, hi, k + 1)
        found, left_open = _paragraph(text, lo, hi, left_open, marks[k:j])
        k = j
        read_to = hi
        spans.extend(found)
    return spans
