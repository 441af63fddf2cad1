"""Word lists that cue person names: titles, honorifics, particles, verbs (``dipkit/data/entities/*.txt``)."""

from __future__ import annotations

from functools import lru_cache

from dipkit.resources import data_lines


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The words of list NAME, one a line, ``#`` lines are comments."""
    return frozenset(line.strip() for line in data_lines("entities", f"{name}.txt"))


@lru_cache(maxsize=None)
def ordinary_words() -> frozenset[str]:
    """Capitalized words never part of a name: the non-names that are neither title nor organization words."""
    return words("nonnames") - words("titles") - words("org_heads")


@lru_cache(maxsize=None)
def heads() -> frozenset[str]:
    """Last words of names that are not people's: organizations, events, facilities, natural places."""
    return words("org_heads") | words("event_heads") | words("facility_heads") | words("place_heads")


@lru_cache(maxsize=None)
def name_openers() -> frozenset[str]:
    """Words that may open a name after a title though they are ordinary words: given names ("Minister [January]
    Makamba") and family names written first ("Vice Foreign Minister [Sun] Weidong")."""
    return words("given_names") | words("family_names_first")
