"""Where temporal expressions can be: one pass over the words of a text.

Running some thirty patterns over a whole text is slow.  Every expression has
an anchor: a word ("years", "ago", "Friday", "annually") or a run of digits of
a telling shape (a year, a clock time).  One tokenizing pass records where the
anchors are, and each rule then scans only the windows around its own anchors.
"""

from __future__ import annotations

import re
from functools import cache

from dipkit.dates import vocabulary as V

# digit runs, by shape
YEAR = "#year"  # 1500-2099
DECADE = "#decade"  # 1990s, '90s
CLOCK = "#clock"  # 9:30, 9.30
HOUR = "#hour"  # 9 am, 9pm
MILITARY = "#hhmm"  # 1530 GMT, 0900 hrs
SLASHED = "#slashed"  # 2025-01-27, 14/7/2023
QUARTER_CODE = "#q"  # Q1, H2

UNITS = (
    "day days week weeks weekend weekends fortnight fortnights month months quarter quarters year years "
    "decade decades century centuries hour hours minute minutes second seconds night nights"
).split()
SINGULAR_UNITS = [unit for unit in UNITS if not unit.endswith("s")]
PLURAL_UNITS = [unit for unit in UNITS if unit.endswith("s")]
CALENDAR_UNITS = "week weekend month year quarter decade century".split()  # "this week", "last quarter"


def words(*groups) -> frozenset[str]:
    """Anchor keys for the lowercase words of GROUPS (iterables or space-separated strings)."""
    out: list[str] = []
    for group in groups:
        out.extend(group.split() if isinstance(group, str) else group)
    return frozenset(w.lower() for w in out)


@cache
def _capitalized() -> frozenset[str]:
    """Words that are anchors only when capitalized: month and weekday names ("may", "march")."""
    return frozenset(V.months()) | frozenset(V.weekdays())


def _digit_shapes(text: str, start: int, end: int) -> tuple[str, ...]:
    """What a run of digits may start: a year, a decade, a clock time, an hour, a numeric date."""
    run = text[start:end]
    after = text[end : end + 3]
    if start and text[start - 1] in "QH" and len(run) == 1:
        return (QUARTER_CODE,)
    if after[:1] in (":", ".") and after[1:2].isdigit():
        return (CLOCK,)
    if after[:1] in ("-", "/") and after[1:2].isdigit():
        return (SLASHED,)
    if run.endswith("0") and after[:1] in ("s", "'", "’"):
        return (DECADE, YEAR)
    shapes: tuple[str, ...] = ()
    if len(run) == 4:
        if run[:2] == "20" or "15" <= run[:2] <= "19":
            shapes = (YEAR,)
        if run[:2] <= "23" and after[:1] == " " and (after[1:2].isupper() or after[1:3] in ("hr", "ho", "lo")):
            shapes += (MILITARY,)  # "1530 GMT", "0900 hrs", "1300 local time"
    elif len(run) <= 2 and after.lstrip(" ")[:1] in ("a", "p", "A", "P"):
        shapes = (HOUR,)
    return shapes


def lowered(text: str) -> str:
    """TEXT with its ASCII capitals lowercased: offsets stay those of TEXT (str.lower() turns
    "İ" into two code points), and every anchor word is ASCII.  Beyond ASCII, bytes.lower() on the
    UTF-8 form does it: it changes only the bytes A-Z, and every byte of a longer character is
    above them (str.translate looks up each character, some ten times slower)."""
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")  # (lone surrogates too)


_DIGIT_RUN = re.compile(r"[0-9][0-9]*")  # a class first, not a repeat: the engine then skips fast to each digit


@cache
def _anchor_pattern(interesting: frozenset[str]) -> re.Pattern:
    """One of the INTERESTING words with the character before it, in lowercased text that starts with
    a blank.  Every match starts with a character of a plain class (a bitmap test: not an ASCII letter,
    digit or underscore), which lets the engine skip fast to the places worth trying (a pattern that
    starts with \\b or a lookbehind is tried at every position)."""
    return re.compile(r"[^A-Za-z0-9_](?:" + V.alternation(sorted(interesting)) + r")\b", re.ASCII)


def find_anchors(text: str, interesting: frozenset[str], lower: str | None = None) -> dict[str, list[tuple[int, int]]]:
    """The spans of the anchors in TEXT (LOWER: the text lowercased, if at hand): digit runs by shape
    and every INTERESTING word, each list in text order."""
    found: dict[str, list[tuple[int, int]]] = {}
    capitalized = _capitalized()
    for m in _DIGIT_RUN.finditer(text):  # words hold no digits: the two scans never meet
        start, end = m.span()
        for shape in _digit_shapes(text, start, end):
            found.setdefault(shape, []).append((start, end))
    # offsets in the text with a blank before it are one more than in TEXT; a word match starts with
    # the character before the word, so its start is where the word starts in TEXT
    for m in _anchor_pattern(interesting).finditer(" " + (lowered(text) if lower is None else lower)):
        start, end = m.span()
        end -= 1
        word = m[0][1:]
        if word in capitalized and not text[start].isupper():
            continue
        spans = found.get(word)
        if spans is None:
            found[word] = [(start, end)]
        else:
            spans.append((start, end))
    return found


DIGIT = re.compile(r"\d")
THE = re.compile(r"the\s")  # a cheap test on the lowercased window (may also hit "other ")


def anchor_spans(anchors: dict[str, list[tuple[int, int]]], present: list[str]) -> list[tuple[int, int]]:
    """The sorted spans of the anchors of PRESENT (keys of ANCHORS)."""
    if len(present) == 1:
        return anchors[present[0]]  # already in text order
    spans = [span for key in present for span in anchors[key]]
    spans.sort()
    return spans


def windows(spans: list[tuple[int, int]], back: int, ahead: int, size: int) -> list[tuple[int, int]]:
    """Merged windows reaching BACK characters before and AHEAD after each of the sorted SPANS."""
    merged: list[tuple[int, int]] = []
    last_low = last_high = -1
    for start, end in spans:
        low = start - back if start > back else 0
        high = end + ahead if end + ahead < size else size
        if low <= last_high:
            if high > last_high:
                last_high = high
        else:
            if last_high >= 0:
                merged.append((last_low, last_high))
            last_low, last_high = low, high
    if last_high >= 0:
        merged.append((last_low, last_high))
    return merged
