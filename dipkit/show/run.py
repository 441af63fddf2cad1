"""``dipkit show`` from input to screen: read records, render each, page when asked."""

from __future__ import annotations

import sys
from collections.abc import Iterator

from rich.console import Console, Group
from rich.text import Text

from dipkit.pipeline import EXIT_OK, EXIT_RECORD_ERRORS, quiet_broken_pipe
from dipkit.records import Item, read_items
from dipkit.show.document import is_flat_meeting, render_flat_meetings, render_record
from dipkit.show.fields import listed
from dipkit.show.output import make_console, open_pager, pager_stream, should_page, terminal_style
from dipkit.show.styles import ERROR_STYLE


class Shown:
    """The exit status of a show run, raised to 1 by any record that could not be read or rendered."""

    def __init__(self) -> None:
        self.status = EXIT_OK

    def warn(self, message: str) -> None:
        sys.stderr.write(f"dipkit show: {message}\n")

    def failed(self, where: str, message: str) -> None:
        self.status = EXIT_RECORD_ERRORS
        self.warn(where + message)


def _where(item: Item) -> str:
    return f"{item.source}:{item.line}: " if item.line else ""


def units(paths: list[str], only: str | None, on_error: str, shown: Shown) -> Iterator[tuple[str, dict | list[dict]]]:
    """(where, record) for each record to show; consecutive flat meetings come as one list."""
    flat: list[dict] = []
    for item in read_items(paths, shown.warn):
        if item.errors:
            for error in item.errors:
                shown.failed(_where(item), error)
            if on_error == "fail":
                break
            if on_error == "skip" or not item.record:
                continue
            item.record = {**item.record, "errors": [*listed(item.record.get("errors")), *item.errors]}
        if is_flat_meeting(item.record) and only in (None, "meetings"):
            flat.append(item.record)
            continue
        if flat:
            yield "", flat
            flat = []
        yield _where(item), item.record
    if flat:
        yield "", flat


def show_records(paths: list[str], only: str | None, pager: bool | None, width: int | None, on_error: str) -> int:
    """Render the records of PATHS to stdout (or the pager); the exit status."""
    styled, columns = terminal_style(width)
    shown = Shown()
    process = open_pager() if should_page(pager) else None
    if process is None:
        try:
            _print_all(make_console(sys.stdout, styled, columns), paths, only, styled, on_error, shown)
        except BrokenPipeError:
            quiet_broken_pipe()
        return shown.status
    stream = pager_stream(process)
    try:
        _print_all(make_console(stream, styled, columns), paths, only, styled, on_error, shown)
        stream.close()
    except (BrokenPipeError, KeyboardInterrupt):  # the reader quit the pager early
        pass
    finally:
        process.wait()
    return shown.status


def _print_all(console: Console, paths: list[str], only: str | None, styled: bool, on_error: str, shown: Shown) -> None:
    for where, unit in units(paths, only, on_error, shown):
        try:
            parts = render_flat_meetings(unit) if isinstance(unit, list) else render_record(unit, only, styled)
            console.print(Group(*parts), crop=False)
        except BrokenPipeError:
            raise
        except Exception as exc:  # a damaged record costs itself, never the rest
            problem = f"cannot render: {type(exc).__name__}: {exc}"
            shown.failed(where, problem)
            shown_id = unit.get("id") if isinstance(unit, dict) else "meetings"
            console.print(Text(f"{shown_id}: {problem}", style=ERROR_STYLE), crop=False)
    console.file.flush()
