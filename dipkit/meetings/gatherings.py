"""The summit a meeting is set at: "agreed to meet at the G20 summit in November", "talks on the margins of
the ASEAN summit in Laos" also report that summit, with the persons of the meeting among those attending."""

from __future__ import annotations

import re

from dipkit.meetings.document import Document
from dipkit.meetings.mentions import MeetingMention
from dipkit.meetings.setting import clause_end, place_dict

_REACH = 70  # characters after the gathering's name that still describe it ("summit in Malaysia later this year")
_SUMMIT = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:summit|summits)(?![\w-])", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+(?:the|this|next|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_STOP = re.compile(r"[,;.:!?()]|\s(?:and|to|where|which|who|when|after|before)\s")


def with_gathering(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    """MENTION and the summit it is set at; a host welcoming a guest "for the G20 summit" reports the summit
    alone."""
    summit = implied_summit(doc, mention)
    if summit and mention.frame == "host" and _FOR.search(doc.text, max(0, summit[0].start - 60), summit[0].start):
        if summit[0].place is None:  # "welcomed X to Rio for the G20 summit": the city the guest is welcomed to
            cities = [m for m in doc.mentions_in(mention.end, summit[0].start) if m.place_like and m.entity.get("type") == "GPE"]
            summit[0].place = place_dict(cities[0]) if cities else mention.place
        return summit
    return [mention, *summit]


def implied_summit(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    """The multilateral gathering MENTION is set at, as a summit mention of its own: a planned meeting at
    any gathering of an organization of states, a held one at a summit (none when no person is named)."""
    org = mention.sidelines_of
    if mention.sidelines_span is None or org is None or not org.multilateral or mention.kind not in ("meeting", "talk"):
        return []
    persons = [p for p in mention.parties if p.type == "PERSON"]
    start = mention.sidelines_span[1]
    summit = _SUMMIT.match(doc.text, start)
    if not persons or mention.status == "held" and not summit:
        return []  # a held talk "on the sidelines of the UN General Assembly" reports the talk, not the session
    start = summit.end() if summit else start
    end = min(clause_end(doc, start, mention.sentence[1]), start + _REACH)
    stop = _STOP.search(doc.text, start, end)
    end = stop.start() if stop else end
    places = [m for m in doc.mentions_in(start, end) if m.place_like and m.entity.get("type") == "GPE"]
    dates = doc.dates_in(start, end)
    place = place_dict(places[0]) if places else None
    date = {"value": str(dates[0]["value"]).split("T")[0], "text": dates[0]["text"]} if dates else None
    return [
        MeetingMention(
            kind="summit",
            frame="attend",
            start=mention.sidelines_span[0],
            end=mention.sidelines_span[1],
            sentence=mention.sentence,
            parties=[org, *persons],
            place=place,
            date=date,
            status=mention.status,
        )
    ]
