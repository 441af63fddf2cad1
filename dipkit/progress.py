"""A progress line on stderr for long runs: records and MB done, and the rate.

Shown only when a person is watching (stderr is a terminal, stdout is not),
the input is big enough to wait for (files of a few MB; never a pipe) and
``--quiet`` is not given.  rich is imported only when the line is actually shown.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from types import TracebackType

MIN_BYTES = 4_000_000  # smaller inputs finish before a progress line is worth reading
_REFRESH_SECONDS = 0.1
_GZIP_MAGIC = b"\x1f\x8b"


def _regular_file_size(path: str) -> int | None:
    """Size of PATH (``-`` is stdin) when it is a regular file, else None (a pipe, a terminal)."""
    try:
        info = os.fstat(sys.stdin.fileno()) if path == "-" else os.stat(path)
    except (OSError, ValueError, AttributeError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _is_gzip(path: str) -> bool:
    if path == "-":
        return False
    try:
        with open(path, "rb") as stream:
            return stream.read(2) == _GZIP_MAGIC
    except OSError:
        return False


def input_size(paths: list[str]) -> tuple[int, bool] | None:
    """Bytes on disk of all PATHS and whether that is the size of the text read (no gzip); None for a pipe."""
    total, exact = 0, True
    for path in paths or ["-"]:
        size = _regular_file_size(path)
        if size is None:
            return None
        total += size
        exact = exact and not _is_gzip(path)
    return total, exact


def wanted(paths: list[str], quiet: bool) -> tuple[int, bool] | None:
    """The input size when a progress line should be shown, else None.

    Not when stdout is the terminal too: the records themselves would scroll through the line.
    """
    if quiet or not _stderr_is_terminal() or _stdout_is_terminal():
        return None
    size = input_size(paths)
    if size is None or size[0] < MIN_BYTES:
        return None
    return size


def _stderr_is_terminal() -> bool:
    return _is_terminal(sys.stderr)


def _stdout_is_terminal() -> bool:
    return _is_terminal(sys.stdout)


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


class Progress:
    """Counts records and bytes; draws a rich progress line when started with a size."""

    def __init__(self, command: str, size: tuple[int, bool] | None) -> None:
        self.command = command
        self.size = size
        self.records = 0
        self.nbytes = 0
        self._bar = None
        self._task = None
        self._next_refresh = 0.0

    def __enter__(self) -> Progress:
        if self.size is not None:
            self._start()
        return self

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, TextColumn, TimeRemainingColumn, TransferSpeedColumn
        from rich.progress import Progress as RichProgress

        total, exact = self.size  # type: ignore[misc]
        self._bar = RichProgress(
            TextColumn(f"dipkit {self.command}"),
            BarColumn(),
            TextColumn("{task.fields[records]} records"),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
            redirect_stdout=False,  # records go to stdout.buffer, never through the console
        )
        self._task = self._bar.add_task("", total=total if exact else None, records=0)
        self._bar.start()

    def advance(self, nbytes: int) -> None:
        """One more record of NBYTES read."""
        self.records += 1
        self.nbytes += nbytes
        if self._bar is None:
            return
        now = time.monotonic()
        if now >= self._next_refresh:
            self._next_refresh = now + _REFRESH_SECONDS
            self._bar.update(self._task, completed=self.nbytes, records=self.records)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
