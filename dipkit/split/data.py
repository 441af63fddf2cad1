"""Reading split's word lists and pattern vocabularies from ``dipkit/data/split/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "split"


def _lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a data file."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of a one-entry-per-line list."""
    return frozenset(line.strip() for line in _lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated file."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))
