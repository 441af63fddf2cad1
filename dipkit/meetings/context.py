"""The day and place a meeting takes from the story around it when its own clause names none: "The same day, X
met Y" took place on the day of the meeting reported before it, an undated meeting of the lead on the day of the
news, talks on a trip where the trip went, a meeting during a summit where the summit was."""

from __future__ import annotations

import re

from dipkit.meetings.document import Document
from dipkit.meetings.lexicon import capitals
from dipkit.meetings.merging import Meeting, dates_fit
from dipkit.meetings.parties import same_side
from dipkit.meetings.setting import near

_SAME_DAY = re.compile(
    r"\W*(?:(?:on\s+)?the\s+same\s+(?:day|evening|afternoon|morning)|(?:on\s+)?that\s+(?:same\s+)?(?:day|evening|afternoon)"
    r"|(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+day)\b",
    re.IGNORECASE,
)
_SAME_DAY_AFTER = re.compile(r"(?<![\w-])(?:the\s+same\s+day|(?:later|earlier)\s+that\s+day|on\s+that\s+day)(?![\w-])", re.IGNORECASE)
_SAME_DAY_REACH = 80
_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_DAYS_LONG = re.compile(  # "a two-day summit": a gathering of several days
    r"(?<![\w-])(?:two|three|four|five|2|3|4|5)-day\s+(?:[\w'’-]+\s+){0,2}?(?:summit|gathering|conference|forum|session)", re.IGNORECASE
)
_LEAD_SENTENCES = 3  # the lead reports the day's news
_BACKGROUND = re.compile(  # a lead's meeting told as the occasion of another event, or as past
    r"(?<![\w-])(?:after|before|following|since|ahead\s+of|had\s+(?:already\s+)?(?:met|held|spoken|talked|visited|been)"
    r"|last|previously|earlier|once|recalled)(?![\w-])",
    re.IGNORECASE,
)
_BACKGROUND_REACH = 60
_AND_THEN = re.compile(r"[^,;.]{0,60}?\s(?:and|then)\s+(?:also\s+|later\s+)?")  # "visited Abuja in August and held talks"
_NEWS_DAYS = 3  # a day this close to the report's is its news
_WHEN = re.compile(r",\s+when\s")  # "..., when he also met Y"
_WHEN_REACH = 160
_MONTH = len("2024-10")  # a summit dated this finely (or more) has days a meeting can fall within


def when_clause(doc: Document, meetings: list[Meeting]) -> None:
    """"The last round took place in Beijing in April 2024, when the minister was also received by X": a meeting
    told in a "when" clause that names no place or day of its own took place where and when the meeting the
    clause hangs on did (the latest one reported before it in the sentence)."""
    for meeting in meetings:
        if meeting.place is not None or meeting.date is not None or len(meeting.mentions) != 1:
            continue
        mention = meeting.first
        if "when" not in doc.text[max(mention.sentence[0], mention.start - _WHEN_REACH) : mention.start]:
            continue  # (the cheap test first: most clauses are no "when" clause)
        found = None
        for other in meetings:
            if other is meeting or other.place is None and other.date is None:
                continue
            for before in other.mentions:
                if before.sentence == mention.sentence and before.end <= mention.start and (found is None or before.end > found[1].end):
                    found = (other, before)
        if found is None or found[1].end < mention.start - _WHEN_REACH:
            continue
        gap = doc.text[found[1].end : mention.start]
        if len(_WHEN.findall(gap)) == 1 and ";" not in gap:
            meeting.place, meeting.date, meeting.status = found[0].place, found[0].date, found[0].status


def same_day(doc: Document, meetings: list[Meeting]) -> None:
    """A held meeting whose sentence opens "The same day" / "Later that day" with no date of its own: the day of
    the dated meeting reported last before it."""
    for meeting in meetings:
        if meeting.date is not None or meeting.status != "held":
            continue
        first = meeting.first
        opening = _SAME_DAY.match(doc.text, first.sentence[0], first.start)
        if not opening and not doc.find(_SAME_DAY_AFTER, first.end, min(first.sentence[1], first.end + _SAME_DAY_REACH), ("same", "that day")):
            continue  # "The same day, X met Y"; "X met Y later that day"
        before = [(m.start, other.date) for other in meetings if other is not meeting and other.date for m in other.mentions if m.start < first.sentence[0]]
        if before:
            meeting.date = dict(max(before, key=lambda pair: pair[0])[1])


def lead_day(doc: Document, meetings: list[Meeting]) -> None:
    """A held meeting (or a summit whose sentence names no day) the lead reports with no date of its own took
    place on the day of the report: the story's news ("Date: the date expression attached to the event, else the
    reporting context"); not one the lead recalls as another event ("two days after X's meeting with Y", "had met")."""
    if not doc.published or not _FULL_DAY.match(doc.published) or not doc.sentences:
        return
    lead_end = doc.sentences[min(_LEAD_SENTENCES, len(doc.sentences)) - 1][1]
    day = None
    for meeting in meetings:
        first = meeting.first
        if meeting.date is not None or meeting.status != "held" or meeting.kind == "visit" or first.start > lead_end:
            continue
        if meeting.kind == "summit" and doc.dates_in(*first.sentence):
            continue  # "arrived on Sunday to attend the summit": the summit's own day is not told
        if doc.find(_BACKGROUND, max(first.sentence[0], first.start - _BACKGROUND_REACH), first.start):
            continue
        if day is None:  # the day the lead names for its news, else the report's
            named = (d for d in doc.dates_in(0, lead_end) if _FULL_DAY.match(_day(d)) and near(_day(d), doc.published, _NEWS_DAYS))
            found = next(named, None)
            day = {"value": _day(found), "text": found["text"]} if found else {"value": doc.published, "text": None}
        meeting.date = dict(day)


def conjoined_trip(doc: Document, meetings: list[Meeting]) -> None:
    """"X visited Abuja in August and held talks with Y": the talks took place on that trip (its place and day),
    and the trip, whose host is Y (a person of the country visited, or of no known country), is no visit of its own."""
    trips = [m for m in meetings if m.first.frame == "visit" and m.status == "held" and m.place and len(m.mentions) == 1]
    for trip in trips:  # (a visit, or the meeting with the host it names: "visited Tehran and met A as well as B")
        visitors = [p for p in trip.parties if p.type == "PERSON"][:1]
        if not visitors:
            continue
        talks = [
            m for m in meetings
            if m.kind == "meeting" and m.status == "held" and m.first.sentence == trip.first.sentence and m.first.start > trip.first.end
            and any(same_side(p, visitors[0]) for p in m.parties) and dates_fit(m.date, trip.date)
            and _AND_THEN.fullmatch(doc.text, trip.first.end, m.first.start)
        ]
        for meeting in talks:  # ("visited Tehran and met A as well as B": each meeting)
            meeting.place = meeting.place or trip.place
            meeting.date = meeting.date or trip.date
        lands = {p.country for p in trip.parties if p.type == "GPE"}
        hosts = [t for t in talks if all(not p.country or p.country in lands for p in t.parties if p.type == "PERSON" and not same_side(p, visitors[0]))]
        if hosts and trip.kind == "visit":  # (not talks with someone of a third country: the trip stays a visit of its own)
            hosts[0].mentions = sorted([*hosts[0].mentions, *trip.mentions], key=lambda m: m.start)
            meetings.remove(trip)


def trip_place(meetings: list[Meeting]) -> None:
    """An in-person meeting with no place, on the day (or the day before or after) of another meeting of one of its
    persons that has one place, took place there: the person was in that city ("On Wednesday, X co-chaired the
    commission with Y", after X's talks in Moscow on Thursday)."""
    for meeting in meetings:
        if meeting.place or meeting.kind not in ("meeting", "summit") or not meeting.date or not _FULL_DAY.match(meeting.date["value"]):
            continue
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        places = {
            _city(other.place): other.place for other in meetings
            if other is not meeting and other.place and other.kind in ("meeting", "summit", "visit") and other.status == meeting.status
            and other.date and _FULL_DAY.match(other.date["value"]) and near(other.date["value"], meeting.date["value"], 1)
            and any(same_side(p, q) for p in persons for q in other.parties if q.type == "PERSON")
        }
        if len(places) == 1:  # (a venue in the city counts as the city: "at the Kremlin", "in Moscow")
            place = next(iter(places.values()))
            city = place.get("city") if place.get("type") == "venue" else None
            meeting.place = {"name": city, "type": "city", "country": place.get("country")} if city else dict(place)


def sidelines_day(doc: Document, meetings: list[Meeting]) -> None:
    """An undated meeting on the sidelines of a one-day summit dated only from the story's context (after the
    sidelines were read) took place on the summit's day; not during "a two-day summit": any of its days."""
    long_summit = None
    for meeting in meetings:
        if not meeting.sidelines or meeting.date is not None or meeting.kind != "meeting":
            continue
        summits = [m for m in meetings if m.kind == "summit" and m.status == meeting.status and m.date and _FULL_DAY.match(m.date["value"])]
        named = meeting.sidelines_of
        summit = next((s for s in summits if named is not None and any(same_side(named, p) for p in s.parties)), None)
        if summit is None and named is None:
            before = [s for s in summits if s.first.start < meeting.first.start]
            summit = max(before, key=lambda s: max(m.start for m in s.mentions if m.start < meeting.first.start), default=None)  # the nearest
        if summit is None:
            continue
        if long_summit is None:
            long_summit = bool(doc.find(_DAYS_LONG, 0, len(doc.text)))  # (once, and only for such a meeting)
        if long_summit:
            return
        meeting.date = dict(summit.date)


def summit_place(meetings: list[Meeting]) -> None:
    """A meeting with no place, on a day within a summit one of its persons attends (a summit dated to the month or
    finer), took place where the summit did ("will meet Putin on Oct. 24" during next week's summit in Kazan)."""
    summits = [m for m in meetings if m.kind == "summit" and m.place and m.date and len(m.date["value"]) >= _MONTH]
    if not summits:
        return
    for meeting in meetings:
        if meeting.place or meeting.kind != "meeting" or not meeting.date:
            continue
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        places = {
            _city(s.place): s.place for s in summits
            if s.status == meeting.status and dates_fit(s.date, meeting.date) and any(same_side(p, q) for p in persons for q in s.parties)
        }
        if len(places) == 1:
            meeting.place = dict(next(iter(places.values())))


def host_capital(meetings: list[Meeting]) -> None:
    """"Baloch later called on Foreign Adviser Hossain" with no place: a visitor calls on a host at home, in the
    capital of the host's country (when the gazetteer knows it)."""
    for meeting in meetings:
        if meeting.place or meeting.kind != "meeting" or meeting.status != "held":
            continue
        calls = [m for m in meeting.mentions if m.frame == "callon"]
        if not calls:
            continue
        hosts = {o.party.country for o in calls[0].objects if o.party is not None and o.party.type == "PERSON" and o.party.country}
        visitors = {p.country for p in meeting.parties if p.type == "PERSON" and p.country} - hosts
        if len(hosts) == 1 and visitors:
            code = next(iter(hosts))
            city = capitals().get(code)
            if city:
                meeting.place = {"name": city, "type": "city", "country": code}


def _city(place: dict) -> str | None:
    return place.get("city") or place.get("name") if place.get("type") == "venue" else place.get("name")


def _day(found: dict) -> str:
    return str(found["value"]).split("T")[0]
