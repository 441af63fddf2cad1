"""Named entities of diplomatic news: tagged from gazetteers and cues, linked within a document."""

from __future__ import annotations

from dipkit.entities.tagger import find_entities

__all__ = ["find_entities"]
