"""Named entities of diplomatic news: tagged from gazetteers and cues, linked within a document."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dipkit.entities.gazetteer import Entry, load_gazetteer
from dipkit.entities.offices import holder_of

if TYPE_CHECKING:
    from dipkit.entities.tagger import find_entities

__all__ = ["country_names", "find_entities", "office_holder"]


def __getattr__(name: str) -> object:
    """``find_entities`` is imported on first use: a layer that only asks for country names or office holders
    (quotes, meetings given the records' entities) starts without loading the tagger."""
    if name == "find_entities":
        from dipkit.entities.tagger import find_entities

        globals()["find_entities"] = find_entities
        return find_entities
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def office_holder(country: str | None, role: str, date: str | None = None, gazetteers: tuple[str, ...] = ()) -> str | None:
    """The name of who held ROLE for COUNTRY (alpha-3) on DATE (ISO; None: today's holder), or None.

    ``office_holder("CHN", "foreign minister", "2023-05-04")`` is "Qin Gang": what resolves
    "the Chinese foreign minister" in a quote or a meeting. None when nobody or several match.
    """
    return holder_of(load_gazetteer(tuple(gazetteers)), country, role, date)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """The bundled gazetteer's name of every country, by ISO alpha-3 code ("CHN" -> "China")."""
    names: dict[str, str] = {}
    for aliases in load_gazetteer().aliases.values():
        for alias in aliases:
            entry = alias.target
            if isinstance(entry, Entry) and entry.kind == "country" and entry.code:
                names.setdefault(entry.code, entry.name)
    return names
