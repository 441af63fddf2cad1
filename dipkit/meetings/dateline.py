"""A dateline the split layer's finder does not read ("ASTANA, Kazakhstan (AP) —", "ABU DHABI //"): the
meetings rules need its city for meetings reported from there, so they look once more at the lead's start."""

from __future__ import annotations

import re

# the opening of the lead: a place in capitals or title case, maybe its country, maybe an agency, then a dash
_OPENING = re.compile(
    r"(?P<place>[A-Z][A-Za-z'’.-]*(?:[ ][A-Z][A-Za-z'’.-]*){0,3})(?:,[ ][A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})?"
    r"(?:[ ]\([A-Za-z .&-]{1,30}\))?[ ]?(?:—|–|--|//|:)[ ]"
)
_NEW_PARAGRAPH = re.compile(r"\n\s*")
_REACH = 400  # the dateline opens the first or second paragraph


def lead_dateline(text: str, entities: list[dict]) -> dict | None:
    """The dateline opening the headline's next paragraph (or the text), when a city or country the entity
    layer tagged starts it; the same shape as ``find_dateline``'s answer."""
    starts = [0] + [m.end() for m in _NEW_PARAGRAPH.finditer(text, 0, _REACH)][:2]
    for start in starts:
        found = _OPENING.match(text, start)
        place = next((e for e in entities if _is_place_at(e, start)), None) if found else None
        if place is not None and place.get("end", 0) <= found.end("place"):
            return {"place": place.get("name") or found["place"], "date": None, "source": None,
                    "start": found.start(), "end": found.end(), "text": found.group()}
    return None


def _is_place_at(entity: object, start: int) -> bool:
    return isinstance(entity, dict) and entity.get("start") == start and entity.get("type") == "GPE"
