"""Paragraph and sentence boundaries as code-point spans.

A paragraph is one non-blank line (scraped pages put each paragraph on its own
line); a sentence never crosses a line.  Within a line a sentence ends at
``.``, ``?``, ``!`` or an ellipsis, unless the period belongs to an
abbreviation ("Sept.", "Mr."), an initial ("S. Jaishankar"), a dotted acronym
followed by a name ("U.S. Government"), a number, or the next word is
lowercase ("Yahoo! in", "“Why now?” he asked").  Lines that are lists
("1) … 2) …", "a. … b. …", "• … • …") split before each item.
"""

from __future__ import annotations

import re

from dipkit.split.data import table, words

# A run of sentence punctuation, spaced ellipsis dots (". . .") and closing quotes or brackets.
_TERMINATOR = re.compile(r"[.!?…]+(?: \.+)*[”\"’'»)\]]*")
_LINE = re.compile(r"[^\n]+")
_NEXT_WORD = re.compile(r"[ \t\f\v\r]*(\S{1,40})")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LIST_MARKER_PATTERN = r"(?:(?P<bullet>[•⁃▪◦])[ \t]*)?(?P<label>\d{1,3}|[a-z])(?P<sep>\.\)|\)|\.)[ \t]"
_LIST_START = re.compile(_LIST_MARKER_PATTERN)
_LIST_MARKER = re.compile(r"(?<=\s)" + _LIST_MARKER_PATTERN)
_OPENERS = "“\"‘'«([¿¡"
_CLOSERS = "”\"’'»)]"
_LOOKBACK = 100


_ABBREVIATIONS = {word: kind for word, kind in table("abbreviations.tsv")}
_STARTERS = words("sentence_starters.txt")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """One span per non-blank line, without its surrounding whitespace."""
    spans = []
    for m in _LINE.finditer(text):
        start, end = _strip(text, m.start(), m.end())
        if start < end:
            spans.append((start, end))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of TEXT in order, each without surrounding whitespace."""
    spans = []
    for m in _LINE.finditer(text):
        line_start, line_end = m.start(), m.end()
        cuts = _line_cuts(text, line_start, line_end)
        previous = line_start
        for cut in [*cuts, line_end]:
            start, end = _strip(text, previous, cut)
            if start < end:
                spans.append((start, end))
            previous = cut
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """START and END moved inwards past whitespace."""
    segment = text[start:end]
    left = segment.lstrip()
    start += len(segment) - len(left)
    return start, start + len(left.rstrip())


def _line_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets inside one line where a sentence ends."""
    item_cuts, marker_spans = _list_items(text, start, end)
    cuts = set(item_cuts)
    for m in _TERMINATOR.finditer(text, start, end):
        if m.end() >= end or not text[m.end()].isspace():
            continue  # inside a token ("U.S.A", "$100.00", "Jr.'s") or at the line's end
        if marker_spans and any(s <= m.start() < e for s, e in marker_spans):  # (most lines are no list)
            continue
        cut = _sentence_end(text, m, start, end)
        if cut is not None:
            cuts.add(cut)
    return sorted(cuts)


def _list_items(text: str, start: int, end: int) -> tuple[list[int], list[tuple[int, int]]]:
    """Where the items of a list line start, and the spans of their markers ("2.)", "• 10.").

    A line that opens with a marker is a list when later markers of the same
    kind follow: the same bullet, or the next number or letter with the same
    punctuation ("1) ... 2) ...", "a. ... b. ...").
    """
    first = _LIST_START.match(text, _strip(text, start, end)[0], end)
    if not first:
        return [], []
    markers = [(first.start(), first.end())]
    cuts = []
    expected = first["label"]
    for m in _LIST_MARKER.finditer(text, first.end(), end):
        if first["bullet"]:
            if m["bullet"] != first["bullet"]:
                continue
        else:
            following = str(int(expected) + 1) if expected.isdigit() else chr(ord(expected) + 1)
            if m["bullet"] or m["label"] != following or m["sep"] != first["sep"]:
                continue
            expected = following
        cuts.append(m.start())
        markers.append((m.start(), m.end()))
    return cuts, markers


def _sentence_end(text: str, m: re.Match, line_start: int, line_end: int) -> int | None:
    """The offset where the sentence ends at terminator M, or None when it goes on."""
    punct = m.group().rstrip(_CLOSERS)
    following = _NEXT_WORD.match(text, m.end(), line_end)
    if not following:
        return None
    nxt = following.group(1)
    bare_next = nxt.lstrip(_OPENERS)
    first = bare_next[:1]
    if not first or first.islower():
        return None
    if "?" in punct or "!" in punct:
        return m.end()
    if first.isdigit():
        return None
    before = text[max(line_start, m.start() - _LOOKBACK) : m.start()]
    tokens = before.rsplit(None, 2)  # the last two words are all it looks at: no need to split the whole lookback
    word = tokens[-1].lstrip(_OPENERS) if before and not before[-1].isspace() else ""
    dots = punct.count(".") + 3 * punct.count("…")
    if dots > 1:
        if dots < 4:
            return None  # an ellipsis inside the sentence ("the thing is . . . I didn't")
        if word and punct[:2] == ". ":
            return m.start() + 1  # "compounds. . . . The": the ellipsis opens the next sentence
        return m.end()
    if not word:
        return m.end()
    kind = _ABBREVIATIONS.get(word)
    if kind == "title":
        return None
    if len(word) == 1 and word.isupper():
        previous = tokens[-2] if len(tokens) > 1 else ""
        if word == "I" and previous[:1].islower():
            return m.end()  # "you and I. Did you"
        if not previous[:1].islower():
            return None  # an initial: "Jonas E. Smith", "S. Jaishankar"
        return m.end() if bare_next in _STARTERS else None
    if kind == "final" or _DOTTED_ACRONYM.fullmatch(word):
        return m.end() if bare_next.rstrip(",;:") in _STARTERS else None
    return m.end()
