"""Where ``dipkit show`` writes: colour, width and the pager.

Colour follows rich's reading of the environment (FORCE_COLOR, NO_COLOR,
TTY_COMPATIBLE, whether stdout is a terminal); NO_COLOR gives plain text with
no escape codes at all.  Long output on a terminal goes through ``$PAGER``
(default ``less`` with ``LESS=FRX``: quits when it fits on one screen, keeps
colours), which reads keys from the terminal, so it works at the end of a pipe.
"""

from __future__ import annotations

import io
import os
import shlex
import shutil
import subprocess
import sys
from typing import TextIO

from rich.console import Console

DEFAULT_PAGER = "less"
DEFAULT_LESS = "FRX"


def terminal_style(width: int | None) -> tuple[bool, int]:
    """Whether to style the output, and its width (WIDTH when given, else the terminal's or COLUMNS or 80)."""
    probe = Console(file=sys.stdout)
    styled = probe.is_terminal and not probe.no_color
    return styled, width or probe.width


def should_page(pager: bool | None) -> bool:
    """--pager / --no-pager, or by default: when stdout is a terminal."""
    if pager is not None:
        return pager
    try:
        return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


class _Console(Console):
    """A console that lets a closed pipe reach the caller (rich's own handler exits with status 1)."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def make_console(file: TextIO, styled: bool, width: int) -> Console:
    return _Console(
        file=file,
        width=width,
        force_terminal=styled,
        no_color=not styled,
        color_system="auto" if styled else None,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )


def open_pager() -> subprocess.Popen | None:
    """The pager process (its stdin is where output goes), or None when there is no usable pager."""
    command = shlex.split(os.environ.get("PAGER") or DEFAULT_PAGER)
    if not command or shutil.which(command[0]) is None:
        return None
    env = dict(os.environ)
    env.setdefault("LESS", DEFAULT_LESS)
    return subprocess.Popen(command, stdin=subprocess.PIPE, env=env)


def pager_stream(process: subprocess.Popen) -> TextIO:
    return io.TextIOWrapper(process.stdin, encoding="utf-8", errors="replace", line_buffering=False)  # type: ignore[arg-type]
