"""A mention found in a text, before it is written out as an entity record."""

from __future__ import annotations

from dataclasses import dataclass

from dipkit.entities.gazetteer import Entry


@dataclass
class Mention:
    """One span and what it names: an ``entry`` (GPE/NORP/LOC/ORG), or a person (``holder`` and/or ``tokens``)."""

    start: int
    end: int
    type: str
    entry: Entry | None = None
    holder: str | None = None  # name of a known office holder
    role: str | None = None  # the office as the document gives it
    country: str | None = None  # alpha-3 the document gives for a person
    weak: bool = False  # a bare surname from the office-holder list, kept only with support

    def tokens(self, text: str) -> list[str]:
        """The words of the span, for comparing person names."""
        return text[self.start : self.end].replace("-", " ").split()
