"""A mention found in a text, before it is written out as an entity record."""

from __future__ import annotations

from dataclasses import dataclass

from dipkit.entities.gazetteer import Entry


@dataclass(slots=True)
class Mention:
    """One span and what it names: an ``entry`` (GPE/NORP/LOC/ORG), or a person (maybe a known ``holder``)."""

    start: int
    end: int
    type: str
    entry: Entry | None = None
    holder: str | None = None  # name of a known office holder
    weak: bool = False  # a bare surname from the office-holder list, kept only with support
