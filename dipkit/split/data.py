"""Reading split's word lists and pattern vocabularies from ``dipkit/data/split/``."""

from __future__ import annotations

from functools import cache

from dipkit.resources import data_lines


def _lines(name: str) -> list[str]:
    return data_lines("split", name)


@cache
def words(name: str) -> frozenset[str]:
    """The entries of a one-entry-per-line list."""
    return frozenset(line.strip() for line in _lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated file."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))
