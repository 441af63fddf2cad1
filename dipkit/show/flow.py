"""A document's text as a rich renderable: word-wrapped to the width, styled spans kept.

rich's Text re-wraps and re-divides styled text at a cost that dominates
``dipkit show`` on thousands of documents; this renderable wraps by offsets once
and yields segments, so styling costs nothing when colour is off.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.segment import Segment
from rich.style import Style

_WORD = regex.compile(r"\S+")


def text_width(text: str) -> int:
    """Terminal cells TEXT takes (ASCII quickly)."""
    return len(text) if text.isascii() else cell_len(text)


@dataclass
class Flow:
    """TEXT with SPANS (start, end, style name), later spans winning where styles conflict."""

    text: str
    spans: list[tuple[int, int, str]]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        runs = style_runs(self.spans, len(self.text), console) if console.is_terminal and self.spans else []
        where = 0
        for start, end in line_spans(self.text, options.max_width):
            if not runs:
                yield Segment(self.text[start:end])
            else:
                while runs[where][1] <= start and where < len(runs) - 1:
                    where += 1
                index = where
                while index < len(runs) and runs[index][0] < end:
                    run_start, run_end, style = runs[index]
                    yield Segment(self.text[max(start, run_start) : min(end, run_end)], style)
                    index += 1
            yield Segment.line()


def style_runs(spans: list[tuple[int, int, str]], length: int, console: Console) -> list[tuple[int, int, Style]]:
    """The text cut where any span starts or ends, each piece with the combined style of the spans over it."""
    styles = [console.get_style(name) for _, _, name in spans]
    cuts = sorted({0, length, *(start for start, _, _ in spans), *(end for _, end, _ in spans)})
    starting: dict[int, list[int]] = {}
    for index, (start, _, _) in enumerate(spans):
        starting.setdefault(start, []).append(index)
    active: list[int] = []
    runs: list[tuple[int, int, Style]] = []
    for left, right in zip(cuts, cuts[1:]):
        active = sorted([index for index in active if spans[index][1] > left] + starting.get(left, []))
        style = Style.combine(styles[index] for index in active) if active else Style.null()
        runs.append((left, right, style))
    return runs


def line_spans(text: str, width: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each display line: paragraphs split at newlines, then greedy word wrap to WIDTH cells."""
    width = max(width, 1)
    position = 0
    for paragraph in text.split("\n"):
        yield from _wrap(text, position, position + len(paragraph), width)
        position += len(paragraph) + 1


def _wrap(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    line_start, line_end, used = start, start, 0
    for word in _WORD.finditer(text, start, end):
        word_start, word_end = word.span()
        gap = text_width(text[line_end:word_start])
        size = text_width(word.group())
        if line_end > line_start and used + gap + size > width:
            yield line_start, line_end
            line_start, line_end, used, gap = word_start, word_start, 0, 0
        if size > width:  # fold a word longer than a line
            pieces = list(_fold(text, word_start, word_end, width))
            for _, piece_end in pieces[:-1]:
                yield line_start, piece_end
                line_start = piece_end
            line_end, used = word_end, text_width(text[line_start:word_end])
            continue
        line_end, used = word_end, used + gap + size
    yield line_start, line_end


def _fold(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """Pieces of text[start:end] of at most WIDTH cells, each at least one character."""
    piece_start, used = start, 0
    for index in range(start, end):
        size = cell_len(text[index])
        if used + size > width and index > piece_start:
            yield piece_start, index
            piece_start, used = index, 0
        used += size
    yield piece_start, end
