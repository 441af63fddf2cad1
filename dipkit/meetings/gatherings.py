"""The summit a meeting is set at: "will meet during the APEC summit in Lima", "talks on the margins of
the EU summit in Brussels" also report that summit, with the persons of the meeting among those attending."""

from __future__ import annotations

import re

from dipkit.meetings.document import Document
from dipkit.meetings.merging import Meeting, dates_fit, places_fit
from dipkit.meetings.mentions import MeetingMention
from dipkit.meetings.parties import Party, same_side, union
from dipkit.meetings.setting import clause_end, place_dict

_REACH = 70  # characters after the gathering's name that still describe it ("summit in Laos next month")
_SUMMIT = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:summit|summits)(?![\w-])", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+(?:the|this|next|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_STOP = re.compile(r"[,;.:!?()]|\s(?:and|to|where|which|who|when|after|before)\s")


def hosted_gathering(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    """MENTION, or the summit it stands for: a host welcoming a guest "for the G20 summit" reports the summit."""
    persons = [p for p in mention.parties if p.type == "PERSON"]
    summit = _summit(doc, mention, persons, mention.status) if mention.frame == "host" else None
    if summit is None or not _FOR.search(doc.text, max(0, summit.start - 60), summit.start):
        return [mention]
    if summit.place is None:  # "welcomed X to Rio for the G20 summit": the city the guest is welcomed to
        cities = [m for m in doc.mentions_in(mention.end, summit.start) if m.place_like and m.entity.get("type") == "GPE"]
        summit.place = place_dict(cities[0]) if cities else mention.place
    return [summit]


def add_summits(doc: Document, meetings: list[Meeting]) -> list[Meeting]:
    """MEETINGS, with the persons of a meeting set at a summit among that summit's attendants (the summit
    itself added when the story reports it no other way)."""
    out = list(meetings)
    for meeting in meetings:
        if meeting.kind == "summit":
            continue
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        for mention in meeting.mentions:
            summit = _summit(doc, mention, persons, meeting.status)
            if summit is None:
                continue
            if meeting.status == "held":  # the summit was on when a meeting on its sidelines was held
                summit.date, summit.place = summit.date or meeting.date, summit.place or meeting.place
            org = summit.parties[0]
            known = next((s for s in out if _same_gathering(s, summit, org)), None)
            if known is None:
                out.append(Meeting("summit", summit.parties, summit.place, summit.date, summit.status, [summit]))
            else:
                known.parties = union(known.parties, persons, finer=False)
                known.place = known.place or summit.place
                known.date = known.date or summit.date
            break
    return out


def _same_gathering(known: Meeting, summit: MeetingMention, org: Party) -> bool:
    return (
        known.kind == "summit"
        and known.status == summit.status
        and any(same_side(org, p) for p in known.parties)
        and dates_fit(known.date, summit.date)
        and places_fit(known.place, summit.place)
    )


def _summit(doc: Document, mention: MeetingMention, persons: list[Party], status: str) -> MeetingMention | None:
    """The multilateral gathering MENTION is set at, as a summit mention: a planned meeting at any gathering
    of an organization of states, a held one at a summit (none when no person is named)."""
    org = mention.sidelines_of
    if mention.sidelines_span is None or org is None or not org.multilateral or mention.kind not in ("meeting", "talk") or not persons:
        return None
    start = mention.sidelines_span[1]
    summit = _SUMMIT.match(doc.text, start)
    if status == "held" and not summit:
        return None  # a held talk "on the sidelines of the UN General Assembly" reports the talk, not the session
    start = summit.end() if summit else start
    end = min(clause_end(doc, start, mention.sentence[1]), start + _REACH)
    stop = _STOP.search(doc.text, start, end)
    end = stop.start() if stop else end
    places = [m for m in doc.mentions_in(start, end) if m.place_like and m.entity.get("type") == "GPE"]
    dates = doc.dates_in(start, end)
    return MeetingMention(
        kind="summit",
        frame="attend",
        start=mention.sidelines_span[0],
        end=mention.sidelines_span[1],
        sentence=mention.sentence,
        parties=[org, *persons],
        place=place_dict(places[0]) if places else None,
        date={"value": str(dates[0]["value"]).split("T")[0], "text": dates[0]["text"]} if dates else None,
        status=status,
    )
