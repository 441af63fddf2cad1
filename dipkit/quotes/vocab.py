"""The word lists behind quote finding, read once from ``dipkit/data/quotes``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from dipkit.resources import data_lines, trie_pattern


class Mark(NamedTuple):
    """A quotation mark: its family (marks nest only inside the other family) and its usual role."""

    family: str
    role: str  # open, close or both


def _lines(name: str) -> list[str]:
    return data_lines("quotes", name)


def _table(name: str) -> list[list[str]]:
    """Rows of a TSV data file, header left out."""
    return [line.split("\t") for line in _lines(name)[1:]]


@lru_cache(maxsize=1)
def marks() -> dict[str, Mark]:
    return {row[0]: Mark(row[1], row[2]) for row in _table("marks.tsv")}


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Every form of every reporting verb -> its base form."""
    forms = {}
    for line in _lines("verbs.txt"):
        base, _, words = line.partition(":")
        for word in words.split():
            forms[word] = base.strip()
    return forms


@lru_cache(maxsize=1)
def verb_pattern() -> re.Pattern:
    """Any reporting verb form as a whole lowercase word (not inside "re-stated", "unsaid" or "Says")."""
    return re.compile(r"(?<![a-z])(?<![a-z][’'-])" + trie_pattern(verb_forms()) + r"(?![a-z])(?![’'-][a-z])")


@lru_cache(maxsize=1)
def longest_verb() -> int:
    """The length of the longest reporting verb form."""
    return max(map(len, verb_forms()))


@lru_cache(maxsize=1)
def verb_after_boundary() -> re.Pattern | None:
    """verb_pattern() with the character before the verb consumed (group 1 is the verb): the engine then skips
    lowercase letters in a fast loop instead of trying a match at each.  It finds what verb_pattern() finds
    after the start of the text as long as every verb form ends in a lowercase letter (a match then never
    starts where the last one ended); None when one does not."""
    forms = verb_forms()
    if not all(form[-1:].isascii() and form[-1:].islower() for form in forms):
        return None
    return re.compile(r"[^a-z](?<![a-z][’'-])(" + trie_pattern(forms) + r")(?![a-z])(?![’'-][a-z])")


class Pronoun(NamedTuple):
    kind: str  # person or group
    gender: str  # m, f or empty


@lru_cache(maxsize=1)
def pronouns() -> dict[str, Pronoun]:
    """Subject pronoun -> what it can refer to."""
    return {row[0]: Pronoun(row[1], row[2] if len(row) > 2 else "") for row in _table("pronouns.tsv")}


@lru_cache(maxsize=1)
def honorifics() -> dict[str, str]:
    """Honorific -> the gender it shows."""
    return {row[0]: row[1] for row in _table("honorifics.tsv")}


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name -> the gender it shows (m or f)."""
    return {row[0]: row[1] for row in _table("given_names.tsv")}


@lru_cache(maxsize=1)
def role_aliases() -> dict[str, tuple[str, ...]]:
    """Role word -> the other role words that can name the same kind of office."""
    return {row[0]: tuple(row[1:]) for row in _table("role_aliases.tsv")}


@lru_cache(maxsize=1)
def roles() -> frozenset[str]:
    return frozenset(_lines("roles.txt"))


@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    return frozenset(_lines("sources.txt"))


@lru_cache(maxsize=1)
def institutions() -> tuple[str, ...]:
    """Institution heads, longest first so that the fullest one matches."""
    return tuple(sorted(_lines("institutions.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def reported_verbs() -> frozenset[str]:
    """Base forms of the verbs that introduce reported speech."""
    return frozenset(_lines("reported.txt"))


@lru_cache(maxsize=1)
def rebuttals() -> tuple[frozenset[str], frozenset[str]]:
    """The head nouns ("charge", "claim") and the verbs ("reject", "deny") of a phrase that answers a quotation."""
    rows = _table("rebuttals.tsv")
    return frozenset(w for w, kind in rows if kind == "noun"), frozenset(w for w, kind in rows if kind == "verb")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Capitalized words that are never a speaker's name alone."""
    return frozenset(_lines("not_names.txt"))
