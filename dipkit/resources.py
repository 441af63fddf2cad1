"""The package's data files (word lists and tables under ``dipkit/data``) and regexes built from word lists.

Every layer keeps its vocabulary in data files; this is the one place that reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files


def data_lines(*parts: str) -> list[str]:
    """The lines of data file ``dipkit/data/<parts>``, without blank lines and ``#`` comments."""
    text = files("dipkit").joinpath("data", *parts).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def data_rows(*parts: str) -> list[list[str]]:
    """The tab-separated fields of each line of a data file (see :func:`data_lines`)."""
    return [line.split("\t") for line in data_lines(*parts)]


def trie_pattern(words: Iterable[str], flexible_spaces: bool = False) -> str:
    """A regex alternation of WORDS shaped as a prefix tree.

    At each position the engine follows one branch per letter instead of trying
    every word in turn, and a longer word wins over its prefix.  With
    FLEXIBLE_SPACES a space in a word matches any run of blanks.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        kids = [(r"\s+" if flexible_spaces and char == " " else re.escape(char)) + branch(node[char]) for char in sorted(node) if char]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


@lru_cache(maxsize=1)
def gazetteer_country_names() -> dict[str, str]:
    """The bundled gazetteer's name of every country by ISO alpha-3 code ("CHN" -> "China"), as
    ``dipkit.entities.country_names`` gives it, read from the rows of its files alone: the quotes and meetings
    layers want only these names, and building the whole gazetteer for them costs more than their own work."""
    root = files("dipkit").joinpath("data", "gazetteer")
    names: dict[str, str] = {}
    for path in sorted((p for p in root.iterdir() if p.name.endswith(".tsv")), key=lambda p: p.name):
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = [cell.strip() for cell in line.split("\t")] if "country" in line and not line.startswith("#") else []
            if len(cells) > 3 and cells[1] == "country" and cells[3]:  # (type, kind, name, code, ...)
                names.setdefault(cells[3], cells[2])
    return names
