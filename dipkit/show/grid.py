"""A light bordered table for rich: cells wrapped to shared column widths.

rich's own Table lays out every cell as a full renderable, which costs about a
millisecond per row; ``dipkit show`` prints thousands of rows, so this grid
wraps plain strings itself and yields segments directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.segment import Segment
from rich.style import Style

from dipkit.show.flow import text_width


@dataclass
class Column:
    """A column: its header; RATIO shares spare width among wrapping columns (None: never wraps)."""

    header: str
    ratio: int | None = None
    right: bool = False


@dataclass
class Cell:
    text: str
    style: str = ""


@dataclass
class Grid:
    """A titled table of CELLS under COLUMNS, a line between rows."""

    title: str
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)

    def add_row(self, *cells: Cell) -> None:
        self.rows.append(list(cells))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        widths = column_widths(self.columns, self.rows, options.max_width)
        border = console.get_style("dim") if console.is_terminal else Style.null()
        bold = console.get_style("bold")
        yield Segment(self.title, bold)
        yield Segment.line()
        yield Segment(_rule("┌", "┬", "┐", widths), border)
        yield Segment.line()
        yield from self._row([Cell(column.header, "bold") for column in self.columns], widths, border, console)
        for row in self.rows:
            yield Segment(_rule("├", "┼", "┤", widths), border)
            yield Segment.line()
            yield from self._row(row, widths, border, console)
        yield Segment(_rule("└", "┴", "┘", widths), border)
        yield Segment.line()

    def _row(self, cells: list[Cell], widths: list[int], border: Style, console: Console) -> Iterator[Segment]:
        wrapped = [wrap(cell.text, width) for cell, width in zip(cells, widths)]
        plain = Style.null()
        styles = [console.get_style(cell.style) if cell.style and console.is_terminal else plain for cell in cells]
        for index in range(max(len(lines) for lines in wrapped)):
            pieces: list[tuple[str, Style]] = []
            for column, (lines, width, style) in enumerate(zip(wrapped, widths, styles)):
                text = lines[index] if index < len(lines) else ""
                pad = " " * (width - text_width(text))
                pieces.append(("│ " if column == 0 else " │ ", border))
                pieces += [(pad, plain), (text, style)] if self.columns[column].right else [(text, style), (pad, plain)]
            pieces.append((" │", border))
            yield from _joined(pieces)
            yield Segment.line()


def _joined(pieces: list[tuple[str, Style]]) -> Iterator[Segment]:
    """PIECES as segments, neighbours of one style joined (fewer segments render faster)."""
    text, style = pieces[0]
    for next_text, next_style in pieces[1:]:
        if next_style == style:
            text += next_text
        else:
            yield Segment(text, style)
            text, style = next_text, next_style
    yield Segment(text, style)


def _rule(left: str, middle: str, right: str, widths: list[int]) -> str:
    return left + middle.join("─" * (width + 2) for width in widths) + right


def natural_width(text: str) -> int:
    return max((text_width(line) for line in text.split("\n")), default=0)


def column_widths(columns: list[Column], rows: list[list[Cell]], total: int) -> list[int]:
    """Each column's content width: its natural width, wrapping columns shrunk by ratio to fit TOTAL.

    When even the columns that never wrap do not fit, every column wraps, shares by natural width.
    """
    natural = [text_width(column.header) for column in columns]
    for row in rows:
        for index, cell in enumerate(row):
            natural[index] = max(natural[index], natural_width(cell.text))
    room = total - (3 * len(columns) + 1)
    if sum(natural) <= room:
        return natural
    fixed = [width if column.ratio is None else 0 for column, width in zip(columns, natural)]
    if sum(fixed) + len(columns) > room:
        return _shared(natural, [max(width, 1) for width in natural], room)
    return _shared(natural, [column.ratio or 0 for column in columns], room - sum(fixed), fixed)


def _shared(natural: list[int], ratios: list[int], spare: int, start: list[int] | None = None) -> list[int]:
    """START widths grown by SPARE cells, shared by RATIOS (0: takes none), none past its natural width."""
    widths = list(start or [0] * len(natural))
    wanting = [index for index, ratio in enumerate(ratios) if ratio]
    while wanting and spare > 0:
        shares = sum(ratios[index] for index in wanting)
        given = 0
        for index in wanting:
            grant = min(max(1, spare * ratios[index] // shares), natural[index] - widths[index], spare - given)
            widths[index] += grant
            given += grant
        spare -= given
        wanting = [index for index in wanting if widths[index] < natural[index]]
        if given == 0:
            break
    return [max(width, 1) for width in widths]


def wrap(text: str, width: int) -> list[str]:
    """TEXT's lines wrapped at word boundaries to WIDTH cells; words longer than a line are folded."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for word in paragraph.split():
            size = text_width(word)
            if size > width:
                if line:
                    lines.append(line)
                pieces = _fold(word, width)
                lines += pieces[:-1]
                line, used = pieces[-1], text_width(pieces[-1])
            elif not line:
                line, used = word, size
            elif used + 1 + size <= width:
                line, used = f"{line} {word}", used + 1 + size
            else:
                lines.append(line)
                line, used = word, size
        lines.append(line)
    return lines


def _fold(word: str, width: int) -> list[str]:
    """WORD cut into pieces of at most WIDTH cells (at least one character each), in linear time."""
    pieces: list[str] = []
    start = used = 0
    for index, char in enumerate(word):
        size = cell_len(char)
        if used + size > width and index > start:
            pieces.append(word[start:index])
            start, used = index, 0
        used += size
    pieces.append(word[start:])
    return pieces
