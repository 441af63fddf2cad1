"""Meetings a sentence reports twice in one breath: "met in Bali in 2022 and then in Johannesburg (2023)",
"in March and again in October ... both meetings"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dipkit.meetings.document import Document
from dipkit.meetings.mentions import MeetingMention
from dipkit.lazy_patterns import lazy_pattern
from dipkit.meetings.setting import FULL_DAY, day_of, place_dict

_AND_DATE = lazy_pattern(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:again\s+|also\s+|later\s+)?(?:in\s+|on\s+)?", re.IGNORECASE)
_AND_PLACE = lazy_pattern(  # "and then in X"; "and briefly at an Asia-Pacific summit in X": the gathering's place
    r"\b(?:and|as\s+well\s+as)\s+(?:then\s+|later\s+|again\s+|also\s+|[a-z]+ly\s+)?"
    r"(?:(?:at|during)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|conference|forum|gathering)\s+)?in\s+(?:the\s+)?",
    re.IGNORECASE,
)
_FIRST_BEFORE = lazy_pattern(r"(?<![\w-])first\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)  # "their first in-person talks"
_AGAIN = lazy_pattern(r"\b(?:again|also|later)\b", re.IGNORECASE)
_DAY_VALUE = lazy_pattern(r"^\d{4}-\d{2}(?:-\d{2})?$")  # a month or a day ("since 2016" tells years without contact, no round)
_WHEN_THEN = lazy_pattern(r",\s+when\s")
_FIRST_TIME_SINCE = lazy_pattern(r"\bfor\s+the\s+first\s+time\s+(?:in\s+[\w\s]{1,20}?\s+)?since\s", re.IGNORECASE)
_SINCE = lazy_pattern(r"(?<![\w-])since\s+", re.IGNORECASE)
_SINCE_REACH = 90  # room for "between the two leaders" or "with Russian President X" before "since"
_REACH = 60
_LINK_REACH = 110  # room for the gathering named before the second place


def repeats(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    """The further meetings coordinated with MENTION's date or place, with the same sides."""
    if len(mention.parties) < 2 and not mention.anaphoric:
        return []
    return _by_date(doc, mention) or _by_place(doc, mention) or _since_last(doc, mention)


def _since_last(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    """"his first telephone conversation with Putin since December 2022": the round before, of the same kind and sides,
    held on the day "since" names (a day, not an event: "since the war began" dates no contact)."""
    if mention.kind not in ("meeting", "call") or mention.status != "held" or not all(p.type == "PERSON" for p in mention.parties):
        return []
    end = min(mention.sentence[1], mention.end + _SINCE_REACH)
    if "since" not in doc.text[mention.end : end]:
        return []
    first_time = _FIRST_TIME_SINCE.search(doc.text, mention.end, end)  # "spoke with Putin on Friday for the first time since"
    if first_time is None and not _FIRST_BEFORE.search(doc.text, max(mention.sentence[0], mention.start - 40), mention.start):
        return []
    since = _SINCE.search(doc.text, first_time.start() if first_time else mention.end, end)
    day = next((d for d in doc.dates_in(since.end(), mention.sentence[1]) if d["start"] == since.end()), None) if since else None
    if day is None or not _DAY_VALUE.match(str(day["value"])):
        return []
    value = str(day["value"]).split("T")[0]
    if mention.date and value >= mention.date["value"]:
        return []
    when = _WHEN_THEN.match(doc.text, day["end"], mention.sentence[1])  # "since May 2021, when they signed a pact in Baku"
    there = next((m for m in doc.mentions_in(when.end(), min(mention.sentence[1], when.end() + _REACH)) if m.venue_like), None) if when else None
    place = place_dict(there) if there is not None else None
    recalled = {"value": value, "text": day["text"]}  # ("their first meeting since": of the pair just told, its persons)
    return [replace(mention, date=recalled, place=place, earlier_round=True, group=mention.group or mention.anaphoric)]


def _by_date(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    if not mention.date:
        return []
    first = next((d for d in doc.dates_in(*mention.sentence) if d["text"] == mention.date["text"]), None)
    link = _AND_DATE.match(doc.text, first["end"]) if first else None
    if not link:
        return []
    second = next((d for d in doc.dates_in(link.end(), mention.sentence[1]) if d["start"] == link.end()), None)
    if second is None or second["text"].isdigit() or first["text"].isdigit():
        return []  # ("on October 11 and 12", "on 20 and 21 March": the days of one meeting)
    value = str(second["value"]).split("T")[0]
    if _next_day(str(first["value"]).split("T")[0], value) and not _AGAIN.search(link.group()):
        return []  # ("meetings on Thursday and Friday": one gathering over two days; not "on Monday and again on Tuesday")
    return [replace(mention, date={"value": value, "text": second["text"]})]


def _next_day(first: str, second: str) -> bool:
    """Whether SECOND is the day after FIRST, both calendar days ("2025-07-10", "2025-07-11")."""
    if not (FULL_DAY.match(first) and FULL_DAY.match(second)):
        return False
    return date.fromisoformat(second) - date.fromisoformat(first) == timedelta(days=1)


def _by_place(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    if not mention.place or mention.kind == "call":
        return []
    places = [m for m in doc.mentions_in(*mention.sentence) if m.venue_like and (m.entity.get("name") or m.entity.get("text")) == mention.place["name"]]
    if not places:
        return []
    end = min(mention.sentence[1], places[0].end + _LINK_REACH)
    link = _AND_PLACE.search(doc.text, places[0].end, end)
    if not link or link.start() > places[0].end + _REACH or any(stop in doc.text[places[0].end : link.start()] for stop in ".;"):
        return []  # (not "in Luanda he was received by X; and in Asmara he met Y": a clause of its own)
    second = next((m for m in doc.mentions_in(link.end(), mention.sentence[1]) if m.venue_like and m.start == link.end()), None)
    if second is None:
        return []
    when = next((d for d in doc.dates_in(second.end, min(mention.sentence[1], second.end + 40))), None)
    date = day_of(when) if when else None
    return [replace(mention, place=place_dict(second), date=date)]
