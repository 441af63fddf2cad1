"""Who met whom, where and when: one event per diplomatic contact in a document.

``find_meetings`` reads triggers ("met", "held talks with", "a phone call",
"visited", "attended the summit"), finds the sides around each, merges every
mention of the same contact into one meeting, and codes it (CAMEO, PLOVER).
It reuses the record's ``dates`` and ``entities`` and computes them only when
they are missing.
"""

from __future__ import annotations

import re

from dipkit.meetings.codes import event_codes
from dipkit.meetings.document import Document, build, dateline_span
from dipkit.meetings.lexicon import word_classes
from dipkit.meetings.merging import Meeting, merge, settle_plans
from dipkit.meetings.mentions import MeetingMention, find_mentions
from dipkit.meetings.repeats import repeats
from dipkit.meetings.parties import Party, dedupe, same_side
from dipkit.meetings.setting import near, place_dict

__all__ = ["find_meetings"]

# the lead of a datelined story: its first sentences report what happened on the dateline's day
_LEAD_SENTENCES = 3
_ERA_YEARS = 5  # a visit this many years from the host's meetings in the story is history, not this trip
_WEEKDAY_ONLY = re.compile(r"^XXXX-WXX-\d$")
_DAY = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d|W\d\d-\d)")


def find_meetings(
    text: str,
    published: str | None = None,
    dates: list[dict] | None = None,
    entities: list[dict] | None = None,
    dateline: dict | None = None,
) -> list[dict]:
    """The meetings TEXT reports, each once, in order of first mention."""
    if entities is None:
        from dipkit.entities import find_entities

        entities = find_entities(text, published=published)
    if dates is None:
        from dipkit.dates import find_dates

        dates = find_dates(text, reference=published)
    if dateline is None:
        dateline = _dateline(text)
    from dipkit.split.sentences import sentence_spans

    doc = build(text, published, entities, dates, sentence_spans(text), dateline)
    mentions = [repeated for mention in find_mentions(doc) for repeated in (mention, *repeats(doc, mention))]
    _name_counterparts(doc, mentions)
    meetings = merge(mentions)
    _name_hosts(meetings)
    _inherit_from_gathering(meetings)
    _from_dateline(doc, meetings)
    meetings = settle_plans(meetings)
    kept = [m for m in meetings if _worth_emitting(m)]
    kept.sort(key=lambda m: _position(doc, m))
    return [_as_dict(doc, m) for m in kept]


def _position(doc: Document, meeting: Meeting) -> int:
    """Where the body first reports a meeting: a headline only announces what the body tells."""
    headline_end = doc.sentences[0][1] if doc.sentences and "\n" in doc.text[doc.sentences[0][1] : doc.sentences[0][1] + 2] else 0
    body = [m.start for m in meeting.mentions if m.start >= headline_end]
    return min(body) if body else meeting.first.start


def _dateline(text: str) -> dict | None:
    try:
        from dipkit.split.dateline import find_dateline
    except ImportError:  # the dateline finder ships with the split layer
        return None
    return find_dateline(text)


def _name_counterparts(doc: Document, mentions: list[MeetingMention]) -> None:
    """"his Indian counterpart" -> the one Indian person the document names, when there is exactly one."""
    persons: dict[str, set[str]] = {}
    named: dict[str, Party] = {}
    for m in doc.mentions:
        if m.party is not None and m.party.type == "PERSON" and m.party.country:
            persons.setdefault(m.party.country, set()).add(m.party.name)
            named[m.party.name] = m.party
    taking_part = {p.name for mention in mentions for p in mention.parties if p.type == "PERSON"}
    for mention in mentions:
        upgraded = []
        for party in mention.parties:
            names = persons.get(party.country or "", set()) if party.via_adjective else set()
            if len(names) > 1:  # "the Russian leader" among several Russians: the one who meets people here
                names &= taking_part
            upgraded.append(named[next(iter(names))] if len(names) == 1 else party)
        mention.parties = dedupe(upgraded)


def _name_hosts(meetings: list[Meeting]) -> None:
    """"Putin's visit to New Delhi" in a story where Putin meets Modi: the host of the visit is Modi."""
    for visit in meetings:
        if visit.kind != "visit":
            continue
        visitors = [p for p in visit.parties if p.type == "PERSON"]
        hosts = [p for p in visit.parties if p.type == "GPE"]
        if len(visitors) != 1 or len(hosts) != 1:
            continue
        if visitors[0].country == hosts[0].country:
            continue
        met = {
            p.name: p
            for other in meetings
            if other is not visit and other.kind in ("meeting", "summit") and not _years_apart(visit.date, other.date)
            for mention in other.mentions
            if any(same_side(visitors[0], q) for q in mention.parties)
            for p in mention.parties
            if p.type == "PERSON" and p.country == hosts[0].country and not same_side(p, visitors[0])
        }
        if len(met) == 1:
            visit.parties = [visitors[0], *met.values()]
            visit.kind = "meeting"


def _years_apart(a: dict | None, b: dict | None) -> bool:
    years = [int(d["value"][:4]) for d in (a, b) if d and d["value"][:4].isdigit()]
    return len(years) == 2 and abs(years[0] - years[1]) >= _ERA_YEARS


def _inherit_from_gathering(meetings: list[Meeting]) -> None:
    """A meeting "on the sidelines" of a summit took place where and when the summit did (and a summit
    named in the phrase took place where and when the meeting on its sidelines did)."""
    summits = [m for m in meetings if _is_summit(m)]
    for meeting in meetings:
        if _is_summit(meeting) or not meeting.sidelines or not summits:
            continue
        named = meeting.sidelines_of
        summit = next((s for s in summits if named and any(same_side(named, p) for p in s.parties)), None)
        if summit is not None:
            summit.place = summit.place or meeting.place
            summit.date = summit.date or meeting.date
        else:  # the summit reported nearest to it
            summit = min(summits, key=lambda s: min(abs(m.start - meeting.first.start) for m in s.mentions))
        if summit is not None:
            meeting.place = meeting.place or summit.place
            meeting.date = meeting.date or summit.date


def _from_dateline(doc: Document, meetings: list[Meeting]) -> None:
    """A datelined report's meetings: those of its lead took place on the dateline's day, and those held
    around that day (or undated) in the dateline's city."""
    line = doc.dateline or {}
    spanned = dateline_span(doc.text, line) is not None
    day = doc.dateline_dates[0] if doc.dateline_dates else None
    place = _dateline_place(doc, line, spanned)
    lead_end = doc.sentences[min(_LEAD_SENTENCES, len(doc.sentences)) - 1][1] if doc.sentences else 0
    reference = day["value"] if day else doc.published
    for meeting in meetings:
        if meeting.status != "held":
            continue
        in_lead = meeting.first.start <= lead_end
        if day is not None and in_lead and meeting.date and _WEEKDAY_ONLY.match(meeting.date["value"]):
            meeting.date = _date(day)  # "MOSCOW, Sept. 25 - ... on Monday"
        if meeting.date is None and in_lead and meeting.kind != "visit":  # the lead reports the day's news
            after_line = dateline_span(doc.text, line)[1] if spanned else 0  # not the scraper's date stamp before it
            lead_day = next((d for d in doc.dates_in(after_line, meeting.first.sentence[1]) if _DAY.match(str(d["value"]))), day)
            meeting.date = _date(lead_day) if lead_day else None
        if meeting.kind != "call" and place and not meeting.place and (meeting.date is None or near(meeting.date["value"], reference)):
            meeting.place = place


def _date(found: dict) -> dict:
    return {"value": str(found["value"]).split("T")[0], "text": found["text"]}


def _dateline_place(doc: Document, line: dict, spanned: bool) -> dict | None:
    if not line.get("place"):
        return None
    if spanned:
        for m in doc.mentions_in(line["start"], line["end"]):
            if m.entity.get("type") == "GPE":
                return place_dict(m)
    return {"name": line["place"], "type": "city", "country": None}


def _worth_emitting(meeting: Meeting) -> bool:
    if len(meeting.parties) < 2:
        return False
    if meeting.kind == "visit":  # a person's (or a state's) trip abroad; troops arriving are no visit
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        hosts = {p.country for p in meeting.parties if p.type == "GPE"}
        if persons:
            return not all(v.country in hosts for v in persons)
        return len(hosts) >= 2 and not any(p.type == "ORG" for p in meeting.parties)
    return True


def _is_summit(meeting: Meeting) -> bool:
    """A multilateral gathering: an organization of states takes part, or three or more sides attend one."""
    if meeting.kind in ("call", "visit", "talk"):
        return False
    if any(p.multilateral for p in meeting.parties):
        return True
    return meeting.kind == "summit" and len(meeting.parties) > 2 or any(m.frame == "attend" for m in meeting.mentions)


def _kind(doc: Document, meeting: Meeting) -> str:
    if meeting.kind == "talk":  # "spoke with": a call unless the report says they were together
        in_person = word_classes()["in_person"]
        return "meeting" if any(in_person.search(doc.text, *m.sentence) for m in meeting.mentions) else "call"
    if meeting.kind in ("call", "visit"):
        return meeting.kind
    return "summit" if _is_summit(meeting) else "meeting"


def _as_dict(doc: Document, meeting: Meeting) -> dict:
    kind = _kind(doc, meeting)
    cameo, plover = event_codes(kind, meeting.status, meeting.hosted, meeting.place, meeting.parties, meeting.sidelines)
    full = next((m for m in meeting.mentions if len(m.parties) >= 2), meeting.first)
    start, end = full.sentence
    spans = sorted({m.sentence for m in meeting.mentions})
    return {
        "participants": [p.as_dict() for p in meeting.parties],
        "place": meeting.place,
        "date": meeting.date,
        "kind": kind,
        "status": meeting.status,
        "evidence": {"start": start, "end": end, "text": doc.text[start:end]},
        "mentions": [{"start": s, "end": e} for s, e in spans],
        "cameo": cameo,
        "plover": plover,
    }
