"""The day and place a meeting takes from the story around it when its own clause names none: "The same day, X
met Y" took place on the day of the meeting reported before it, an undated meeting of the lead on the day of the
news, talks on a trip where the trip went, a meeting during a summit where the summit was."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dipkit.meetings import sides
from dipkit.meetings.document import Document, Mention, case_twin
from dipkit.meetings.lexicon import capitals, word_classes
from dipkit.meetings.merging import Meeting, dates_fit, leads, places_fit, short_name
from dipkit.meetings.mentions import MeetingMention
from dipkit.meetings.parties import Party, covers, same_side, union
from dipkit.lazy_patterns import lazy_pattern
from dipkit.meetings.setting import FULL_DAY, SAME_DAY_TEXT, SAME_DAY_WORDS, compare, dateline_place, day_of, later_day, near, place_dict, without_accents
from dipkit.resources import data_lines

_IN_THE_DAY = lazy_pattern(r"\b(?:later|earlier)\s+in\s+the\s+day\b", re.IGNORECASE)
_SAME_DAY = lazy_pattern(rf"\W*{SAME_DAY_WORDS}\b", re.IGNORECASE)  # opening a sentence
# "Before the talks, X and Y attended a lunch hosted by Z": the day of the talks (for a meeting of the main clause)
_AROUND_TALKS = lazy_pattern(
    r"\W*(?:just\s+)?(?:before|after|ahead\s+of|following)\s+(?:the|their)\s+(?:talks|meeting|negotiations)\s*,[^,;]*$", re.IGNORECASE
)
_SAME_DAY_AFTER = lazy_pattern(
    r"(?<![\w-])(?:the\s+same\s+day|(?:later|earlier)\s+(?:that|in\s+the)\s+day|on\s+that\s+day)(?![\w-])", re.IGNORECASE
)
_SAME_DAY_REACH = 80
# "X had spoken to Y ahead of the call", "met Z after the talks": the day of that event (not "days after the talks")
_AROUND_TALKS_AFTER = lazy_pattern(
    r"(?<!day)(?<!days)(?<!week)(?<!weeks)(?<!hours)(?<!month)(?<!months)(?<!year)(?<!years)\s(?:just\s+)?(?:before|after|ahead\s+of|following)\s+(?:the|their)\s+"
    r"(?:talks|meeting|negotiations|call|summit)(?![\w-])",
    re.IGNORECASE,
)
# "On arrival, he called on X", "Upon landing, she met Y": the day of the arrival told before
_ON_ARRIVAL = lazy_pattern(  # (or "Hours after landing,", "Shortly after his arrival,")
    r"\W*(?:(?:hours|minutes|shortly|soon|moments|right|just)\s+)?(?:on|upon|after)\s+(?:(?:his|her|their)\s+)?(?:arrival|arriving|landing)\s*,",
    re.IGNORECASE,
)
_MET_ON_ARRIVAL = lazy_pattern(r"\w+\s+(?:on|at|upon)\s+.*\b(?:tarmac|airport|airfield|arrival|steps)", re.IGNORECASE)  # (a trigger)
_ARRIVED_WORD = lazy_pattern(r"\b(?:arrived|landed)\b", re.IGNORECASE)
# "Zelensky, who arrived in Ankara on Thursday, held talks with X": the subject's arrival, told right before the trigger
_WHO_ARRIVED = lazy_pattern(r",\s+who\s+(?:had\s+)?(?:arrived|landed)\b[^,;]{0,60},\s*$", re.IGNORECASE)
_ARRIVAL_DAY_REACH = 25  # "arrived here on Tuesday", "arrived in the capital late on Sunday"
_ARRIVED = lazy_pattern(r"(?:arriv|land)", re.IGNORECASE)  # (a trigger "arrived in", "landed in")
_WEEKDAY = lazy_pattern(r"^XXXX-WXX-\d$")  # a weekday with no report day to set it in the calendar
_ORDINALS = ("first", "second", "third", "fourth", "fifth")
_DAY_OF_TOUR = lazy_pattern(  # "on the second day of the tour", "the third day of his state visit"
    r"\b(?:[Oo]n\s+)?the\s+(?P<n>first|second|third|fourth|fifth)\s+(?:full\s+)?day\s+of\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|visit)\b"
)
_TOUR_STARTED = lazy_pattern(  # "began his tour on Tuesday", "a three-nation tour that started Sunday"
    r"\b(?:began|started|opened|kicked\s+off)\s+(?:(?:his|her|their|the|a)\s+)?(?:[\w-]+\s+){0,3}?(?:tour|trip|visit)\b"
    r"|\b(?:tour|trip|visit)\s+(?:that|which)\s+(?:began|started|opened)\b",
    re.IGNORECASE,
)
_TOUR_DAY_REACH = 30
_BEFORE_THE_EVENT = lazy_pattern(  # "Before the opening session,", "Ahead of the talks,", "On the eve of the audience,"
    r"\W*(?:before|ahead\s+of|prior\s+to|(?P<eve>on\s+the\s+eve\s+of)"
    r"|(?:on\s+)?(?P<n>the|a|one|two|three)\s+days?\s+(?P<dir>before|after))"  # "The day before his talks with Xi, ..."
    r"\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>summit|session|talks|meeting|conference|gathering|forum|audience|consultations)"
    r"(?:\s*,|(?(dir)(?:\s+with\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+\s*,|\s+(?=(?:he|she|they)\s))))",  # (", " or "he met")
    re.IGNORECASE,
)
_DAYS_LONG = lazy_pattern(  # "a two-day summit": a gathering of several days
    r"(?<![\w-])(?:two|three|four|five|2|3|4|5)-day\s+(?:[\w'’-]+\s+){0,2}?(?:summit|gathering|conference|forum|session)", re.IGNORECASE
)
_LEAD_SENTENCES = 3  # the lead reports the day's news
_INTERVAL = lazy_pattern(  # "The visit came ten days after", "Her trip comes barely a day after", "hours after"
    r"(?:(?<=\w),|(?<![\w-])(?:came|comes|come|follows|followed|took\s+place|was\s+held|were\s+held"  # (", a week after")
    r"|(?:arrived|arrives|landed|lands)\s+(?:in|at)\s+(?:[\w'’-]+\s+){1,4}?))\s*"  # "arrived in the Thai capital two days after"
    r"(?:(?:just|only|barely|nearly|almost|some|about|exactly)\s+)?"
    r"(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the)\s+)?(?P<unit>days?|weeks?|hours)\s+"
    r"(?P<dir>after|before)\s",
    re.IGNORECASE,
)
_AND_INTERVAL = lazy_pattern(  # "came a day after X and three days after Y": a second interval from the same day
    r"\s+and\s+(?:(?:just|only|barely|nearly|almost|some|about|exactly)\s+)?"
    r"(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)(?P<unit>days?|weeks?|hours)\s+(?P<dir>after|before)\s",
    re.IGNORECASE,
)
_INTERVAL_UNITS = (" day after", " days after", " day before", " days before", " week after", " weeks after", " week before",
                   " weeks before", " hours after", " hours before")
_ANY_UNIT = lazy_pattern(" (?:days?|weeks?|hours) (?:after|before)")  # any of _INTERVAL_UNITS
_INTERVAL_REACH = 60  # room for "came barely a" before the unit
_TRIP_SUBJECT = lazy_pattern(  # "The premier's trip ", "Her visit ", "The talks " (the story's news, before "came ... after")
    r"\W*(?:the|this|her|his|their|[A-Z][\w'’.-]*['’]s)\s+(?:[\w'’.-]+['’]s\s+)?(?:[\w-]+\s+)?(?:trip|visit|talks|tour|meeting)\s+",
    re.IGNORECASE,
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_BACKGROUND = lazy_pattern(  # a lead's meeting told as the occasion of another event, or as past, or as what another prepares
    r"(?<![\w-])(?:after|before|following|since|ahead\s+of|had\s+(?:already\s+)?(?:met|held|spoken|talked|visited|been)"
    r"|last|previously|earlier|once|recalled|to\s+(?:prepare|arrange)(?:\s+for)?|(?:preparations?|arrangements)\s+for)(?![\w-])",
    re.IGNORECASE,
)
_BACKGROUND_REACH = 60
# "said at a press conference after talks with X": the talks of the news, just before (no "two days after")
_RIGHT_AFTER = lazy_pattern(r"(?:after|following)\s+(?:(?:the|their|his|her|an?|holding|having\s+held)\s+)?", re.IGNORECASE)
_INTERVAL_UNIT = lazy_pattern(r"(?<![\w-])(?:hours?|days?|weeks?|months?|years?)(?![\w-])", re.IGNORECASE)
_AND_THEN = lazy_pattern(r"[^,;.]{0,60}?\s(?:and|then)\s+(?:also\s+|later\s+)?")  # "visited Abuja in August and held talks"
_NEWS_DAYS = 3  # a day this close to the report's is its news
_TRIP_DAYS = 6  # a state visit lasts up to this many days: a meeting with hosts this close to talks there is on it
_STEP = lazy_pattern(  # a step of the story ("began the day with a breakfast meeting with X", "following the talks")
    r"(?<![\w-])(?:later|earlier|afterwards?|subsequently|then|also|(?:began|begins|started|starts|ended|ends)\s+(?:the|his|her|their)\s+day"
    r"|(?:following|after|before|ahead\s+of)\s+(?:the|their|that|this)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|talks|session|call|breakfast|lunch|luncheon|dinner))(?![\w-])",
    re.IGNORECASE,
)
_RECALLED = lazy_pattern(  # a meeting recalled, not a step of the day: "had previously met", "has met him twice"
    r"(?<![\w-])(?:previously|before|once|several\s+times|many\s+times|twice|repeatedly|often|since|last|first|years|months)(?![\w-])"
    r"|(?<![\w-])(?:has|have)\s+(?:also\s+)?(?:met|held|spoken|talked)(?![\w-])",
    re.IGNORECASE,
)
_STEP_REACH = 60
_ROSTER = lazy_pattern(  # "held the following meetings", "held a series of bilateral meetings": a readout's list after it
    r"(?<![\w-])(?:held|had|holds|has\s+held|conducted)\s+(?:a\s+(?:series|number|round)\s+of|several|the\s+following|a\s+few|numerous|multiple)\s+"
    r"(?:bilateral\s+|separate\s+|other\s+)?(?:meetings|talks|consultations|calls)(?!\s+with)(?![\w-])",
    re.IGNORECASE,
)
_ROSTER_STEMS = ("series", "several", "following", "number", "round", "few", "numerous", "multiple")
_THEIR_SINCE = lazy_pattern(  # "their first meeting since", "the two leaders' first talks since"
    r"\b(?:their|leaders['’]|two['’]|sides['’])\s+(?:first|last)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|encounter|summit|contact)\s+since\s+", re.IGNORECASE
)
_SINCE_REACH = 120
_OPENING_INTERVAL = lazy_pattern(  # "Two days before, ...", "A day later, ..."
    r"\W*(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|earlier|after|later)\s*,",
    re.IGNORECASE,
)
_CITY_OWNS = lazy_pattern(r"^((?:[A-Z][\w-]*\s)*[A-Z][\w-]*)['’]s\s+[A-Z]")  # "New Delhi's Hyderabad House"
_STOPS_REACH = 80
_STOP_GAP = lazy_pattern(r"(?:\s*,\s*|\s+and\s+|\s+)(?:on\s+)?", re.IGNORECASE)  # "Bamako and Ouagadougou on"
_WHEN = lazy_pattern(r",\s+(?:when|during\s+which|in\s+the\s+course\s+of\s+which)\s")  # "..., when he also met Y", ", during which"
_PRESENT = lazy_pattern(r" (?:is|are) (?:currently )?in ")  # "Both ministers are in the Russian capital"
_PRESENT_AHEAD = 2  # how many sentences after "X is in Y" still tell the news of X's stay there
_WHERE = lazy_pattern(r",\s+where\s")  # "... in Gandhinagar, where he held talks with Y"
# "arrived on Sunday from New Delhi, where he had attended the summit": the stop before, on a day of its own
_EARLIER_STOP = lazy_pattern(r"\sfrom\s|,\s+where\s+(?:(?:he|she|they|it)\s+)?had\s")
_HELD = lazy_pattern(  # (or a trip's stage: "The tour began in Honiara last Thursday, when X met Y")
    r"(?<![\w-])(?:(?:was|were)\s+(?:last\s+)?held|took\s+place|convened|(?:tour|trip|visit|journey)\s+(?:began|started|ended))(?![\w-])", re.IGNORECASE
)  # an event reported
_AND_ALSO = lazy_pattern(r"[^,;.:]{0,80}?\s(?:and|then)\s+(?:also\s+|later\s+)?")  # "when he met X and held talks with Y": both
_WHEN_REACH = 160
_MOVING_ON = lazy_pattern(  # "before travelling to Sydney": the visitor moves on (not "before leaving for home")
    r"(?<![\w-])before\s+(?:travell?ing|flying|heading|leaving|departing|going|moving\s+on)(?![\w-])(?!\s+(?:(?:back|for)\s+)?home\b)",
    re.IGNORECASE,
)  # (not "before flying home": the last stop)
_MONTH = len("2024-10")  # a summit dated this finely (or more) has days a meeting can fall within


def presence(doc: Document, meetings: list[Meeting]) -> None:
    """"Both ministers are in the Russian capital for the SCO conclave": the news-day meetings with no place of those
    the sentence says are (now) in a city took place there (a named person's, or the story's for "both ministers"),
    and those the sentence plans after the stay ("during which he is to meet Y") will take place there."""
    if not doc.may_hold(0, len(doc.text), (" is in ", " are in ", " currently in ")):
        return  # (the cheap test first: few stories say where someone is)
    for found in _PRESENT.finditer(doc.text):
        _present(doc, meetings, found.start(), found.end())


def _present(doc: Document, meetings: list[Meeting], start: int, end: int) -> None:
    """The place named at END ("in Moscow", "in the Russian capital") for the subject of "is in" at START."""
    if doc.text.startswith("the ", end) or doc.text.startswith("The ", end):
        end += len("the ")
    sentence = next((s for s in doc.sentences if s[0] <= start < s[1]), None)
    here = doc.mentions_in(end, min(end + 40, sentence[1])) if sentence else []
    if sentence is None or not here or here[0].start != end:
        return
    m = here[0]
    if m.entity.get("type") == "GPE" and (not m.entity.get("code") or m.entity.get("kind") == "country"):
        place = place_dict(m)  # a city, or a land as named ("is in Uganda on an official visit")
    elif m.entity.get("type") == "NORP" and doc.text.startswith(" capital", m.end):
        city = capitals().get(m.entity.get("code") or "")
        place = {"name": city, "type": "city", "country": m.entity.get("code")} if city else None
    else:
        return
    subject = [x.party for x in doc.mentions_in(sentence[0], start) if x.party is not None and x.party.type == "PERSON"]
    if not place or not subject and not word_classes()["group"].search(doc.text, sentence[0], start):
        return
    index = doc.sentences.index(sentence)
    reach = doc.sentences[min(len(doc.sentences) - 1, index + _PRESENT_AHEAD)][1]  # (and the news told right after it:
    for meeting in meetings:  # "X is in Uganda on an official visit. X called on Y today")
        during = meeting.first.sentence == sentence and meeting.first.start > end  # ("..., during which he is to meet Y")
        if meeting.place or meeting.status != "held" and not during or meeting.kind not in ("meeting", "summit"):
            continue
        if meeting.first.start > reach:
            continue
        if meeting.date and not near(meeting.date["value"], doc.published, _NEWS_DAYS):
            continue
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        if subject and not any(same_side(p, q) for p in persons for q in subject) or not subject and len(persons) < 2:
            continue
        meeting.place = dict(place)


def when_clause(doc: Document, meetings: list[Meeting]) -> None:
    """"The last round took place in Beijing in April 2024, when the minister was also received by X": a meeting
    told in a "when" (or "during which") clause that names no place or day of its own took place where and when the
    meeting the clause hangs on did (the latest one reported before it in the sentence), and so did one joined to
    it by "and" ("during which he met X and held talks with Y"); told with the same sides, it is that meeting."""
    repeated: list[Meeting] = []
    clauses: list[Meeting] = []  # the meetings a clause placed, in order
    for meeting in sorted(meetings, key=lambda m: m.first.start):  # (in text order: "and" joins the deed told before)
        if len(meeting.mentions) != 1:
            continue
        mention = meeting.first
        placed = meeting.place is not None or meeting.date is not None  # (then only the same contact with a companion)
        if not doc.may_hold(max(mention.sentence[0], mention.start - _WHEN_REACH), mention.start, ("when", "which")):
            continue  # (the cheap test first: most clauses are no "when" clause)
        if placed and not _companion_of(doc, mention):
            _held_then(doc, meeting)
            continue
        found = None
        for other in meetings:
            if other is meeting or other.place is None and other.date is None:
                continue
            for before in other.mentions:
                if before.sentence == mention.sentence and before.end <= mention.start and (found is None or before.end > found[1].end):
                    found = (other, before)
        if found is None or found[1].end < mention.start - _WHEN_REACH:
            _held_then(doc, meeting)
            continue
        gap = doc.text[found[1].end : mention.start]
        clause = any(found[0] is c for c in clauses) or _WHEN.search(doc.text, max(mention.sentence[0], found[1].start - _WHEN_REACH), found[1].start)
        joined = clause and _AND_ALSO.fullmatch(gap)  # the second deed of the clause
        if not joined and (len(_WHEN.findall(gap)) != 1 or ";" in gap):
            if placed:
                _held_then(doc, meeting)
            continue
        if meeting.status == "planned" and found[0].status == "held":
            continue  # "is in Britain on a visit, during which he is due to meet X": a plan of the trip, not its day's deed
        if covers(meeting.parties, found[0].parties) and (covers(found[0].parties, meeting.parties) or _companion_of(doc, mention)):
            found[0].mentions.append(mention)  # "spoke by phone on March 18, when they discussed ...": that contact
            found[0].parties = union(found[0].parties, meeting.parties)  # ("last met in July, when X hosted him together
            found[0].place, found[0].date = found[0].place or meeting.place, found[0].date or meeting.date  # with Y": Y too)
            repeated.append(meeting)
        elif not placed and _named_in_clause(found[0], meeting) and " also " not in gap:
            found[0].mentions.append(mention)  # "the last meeting between the two defence chiefs took place in
            found[0].parties = list(meeting.parties)  # Cambodia in 2022, when Austin met Wei Fenghe": those two
            repeated.append(meeting)
        elif placed:
            _held_then(doc, meeting)
        else:
            meeting.place, meeting.date, meeting.status = found[0].place, found[0].date, found[0].status
            clauses.append(meeting)
    meetings[:] = [m for m in meetings if not any(m is r for r in repeated)]


def _named_in_clause(told: Meeting, meeting: Meeting) -> bool:
    """Whether MEETING, told in a "when" clause, names the sides of TOLD, a contact reported only by description
    ("the two defence chiefs") whose sides were read from the story before: as many, of the same kind of contact."""
    return (
        len(told.mentions) == 1 and told.first.anaphoric and told.kind == meeting.kind and told.status == meeting.status
        and len(told.parties) == len(meeting.parties) and all(p.type == "PERSON" for p in meeting.parties)
    )


def _companion_of(doc: Document, mention: MeetingMention) -> bool:
    """Whether MENTION's sentence names someone "together with" (or "along with") a side after the mention starts."""
    return doc.may_hold(mention.start, mention.sentence[1], ("together with", "along with"))


def _held_then(doc: Document, meeting: Meeting) -> None:
    """"The last session was held in Kathmandu in August 2019, when X and Y co-chaired it": a meeting told in the
    "when" clause of an event reported with no sides of its own (held, took place) took place where and when that
    event did (the place named "in" it and its last date), where its own clause names none. Any clause that opens
    right after a date ("his visit to Rome in May 2022, during which he met X") gives its meetings that date."""
    mention = meeting.first
    start = max(mention.sentence[0], mention.start - _WHEN_REACH)
    clauses = list(_WHEN.finditer(doc.text, start, mention.start))
    if len(clauses) != 1 or ";" in doc.text[clauses[0].start() : mention.start]:
        return
    main = (mention.sentence[0], clauses[0].start())
    dates = doc.dates_in(*main)
    if not doc.find(_HELD, *main, ("held", "took place", "convened", "began", "started", "ended")):
        moving_on = doc.find(_MOVING_ON, clauses[0].end(), mention.start, ("before",))  # "..., before travelling to France"
        if dates and meeting.date is None and not doc.text[dates[-1]["end"] : main[1]].strip() and not moving_on:
            meeting.date = {"value": _day(dates[-1]), "text": dates[-1]["text"]}  # "in May 2022, during which": that time
        return
    places = [m for m in doc.mentions_in(*main) if m.venue_like and m.entity.get("type") == "GPE"]
    if dates and meeting.date is None:
        meeting.date = {"value": _day(dates[-1]), "text": dates[-1]["text"]}
    if places and meeting.place is None:
        meeting.place = place_dict(places[-1])


def where_day(doc: Document, meetings: list[Meeting]) -> None:
    """"to attend the World Governments Summit in Dubai, where he will meet X": a meeting told in a "where" clause with
    no day of its own took place on the day of the event the clause hangs on (the one told last before it in the
    sentence, when that one is dated)."""
    for meeting in meetings:
        if meeting.date is not None or len(meeting.mentions) != 1:
            continue
        mention = meeting.first
        if not doc.may_hold(max(mention.sentence[0], mention.start - _WHEN_REACH), mention.start, ("where",)):
            continue  # (the cheap test first: most clauses are no "where" clause)
        found = max(
            ((other, x) for other in meetings if other is not meeting for x in other.mentions
             if x.sentence == mention.sentence and mention.start - _WHEN_REACH <= x.end <= mention.start),
            key=lambda pair: pair[1].end,
            default=None,
        )
        if found is None or found[0].date is None:
            continue
        gap = doc.text[found[1].end : mention.start]
        if len(_WHERE.findall(gap)) == 1 and ";" not in gap and not _EARLIER_STOP.search(gap) and " then " not in gap:  # (not "will
            # meet X on Thursday, and then go on to Kazan, where": a later stop)
            meeting.date = dict(found[0].date)


def interval_after(doc: Document, meetings: list[Meeting]) -> None:
    """"The visit came ten days after X traveled to Damascus": the undated meeting told after (or before) the
    interval took place that many days from the day of the meeting reported just before (a day-dated one); weeks give
    the month, hours the same day."""
    for found in _intervals(doc):
        if found.group().startswith(",") and found.group("unit").lower() == "hours":
            continue  # ", hours after he arrived": the arrival, no contact of its own to date
        stop = _clause_stop(doc, found.end())
        second = _AND_INTERVAL.search(doc.text, found.end(), stop) if " and " in doc.text[found.end() : stop] else None
        pieces = [(found, found.end(), second.start() if second else stop)] + ([(second, second.end(), stop)] if second else [])
        told = [[m for m in meetings if m.date is None and any(start <= x.start < end for x in m.mentions)] for _, start, end in pieces]
        if not any(told):
            continue
        anchors = [
            (x.start, other.date) for other in meetings
            if other.date and FULL_DAY.match(other.date["value"]) and all(other is not m for later in told for m in later)
            for x in other.mentions if x.start < found.start()
        ]
        sentence = next((span for span in doc.sentences if span[0] <= found.start() < span[1]), None) if not anchors else None
        if sentence is not None and found.group().startswith(","):  # "left Beijing on Saturday, a day after his talks with
            said = [d for d in doc.dates_in(sentence[0], found.start()) if FULL_DAY.match(str(d["value"]))]  # X": the main
            anchors = [(d["start"], {"value": str(d["value"]).split("T")[0]}) for d in said[-1:]]  # clause's day
        if not anchors:
            continue
        anchor = max(anchors, key=lambda pair: pair[0])[1]["value"]
        anchor = _news_day(doc, meetings, found.start()) or anchor
        for (interval, _, _), later in zip(pieces, told):
            day = _shifted(anchor, interval)
            if day is not None:
                for meeting in later:
                    meeting.date = {"value": day, "text": None}


def _news_day(doc: Document, meetings: list[Meeting], at: int) -> str | None:
    """"The premier's trip came a day after ...", "The visit comes ...": the interval counts from the day of the
    story's news (its first meeting dated to a day near the report), when the sentence's subject names the trip."""
    sentence = next((s for s in doc.sentences if s[0] <= at < s[1]), None)
    if sentence is None or not _TRIP_SUBJECT.fullmatch(doc.text, sentence[0], at) or not doc.published:
        return None
    dated = [m for m in meetings if m.date and FULL_DAY.match(m.date["value"]) and near(m.date["value"], doc.published, _NEWS_DAYS)]
    first = min(dated, key=lambda m: m.first.start, default=None)
    return first.date["value"] if first is not None else None


def _intervals(doc: Document) -> list[re.Match[str]]:
    """Each "came ten days after" / "comes a week before" of DOC (the pattern tried only where the unit and
    "after"/"before" stand: a plain substring search over the text is much quicker)."""
    if "intervals" in doc.cache:  # (asked twice per document)
        return doc.cache["intervals"]
    lower = doc.lower
    if lower is None:  # (a text whose lowercase shifts offsets: the pattern over all of it)
        doc.cache["intervals"] = list(_INTERVAL.finditer(doc.text))
        return doc.cache["intervals"]
    found: list[re.Match[str]] = []
    if not _ANY_UNIT.search(lower):  # (one scan for all the units: most texts hold none)
        doc.cache["intervals"] = found
        return found
    for unit in _INTERVAL_UNITS:
        at = lower.find(unit)
        while at >= 0:
            match = _INTERVAL.search(doc.text, max(0, at - _INTERVAL_REACH), at + len(unit) + 1)
            if match is not None and all(match.start() != f.start() for f in found):
                found.append(match)
            at = lower.find(unit, at + 1)
    doc.cache["intervals"] = sorted(found, key=lambda m: m.start())
    return doc.cache["intervals"]


def _clause_stop(doc: Document, start: int) -> int:
    """Where the clause after an interval ends: the sentence's end or a semicolon."""
    end = next((e for s, e in doc.sentences if s <= start < e), len(doc.text))
    stop = doc.text.find(";", start, end)
    return stop if stop >= 0 else end


def _shifted(value: str, found: re.Match[str], back: bool | None = None) -> str | None:
    """VALUE (a day) moved by the interval FOUND names, as a day (days, hours, "a week": seven days) or a month
    (weeks: "two weeks after" is a rough count); BACK: whether to move back (else as "came N days after" says)."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    unit = found["unit"].lower()
    number = (found["n"] or "").lower()
    count = 0 if unit.startswith("hour") else int(number) if number.isdigit() else _NUMBERS.get(number)
    if count is None:
        return None  # "came days after": no one day
    days = count * (7 if unit.startswith("week") else 1)
    back = found["dir"].lower() == "after" if back is None else back
    moved = day - dt.timedelta(days=days) if back else day + dt.timedelta(days=days)
    return moved.isoformat()[:7] if unit == "weeks" else moved.isoformat()


def same_day(doc: Document, meetings: list[Meeting]) -> None:
    """A held meeting whose sentence opens "The same day" / "Later that day" with no date of its own (or dated only
    by such words, read against the report's day: "earlier in the day"): the day of the meeting reported last before
    it that is dated to the day (else dated at all); for a planned one ("The same day, he will hold talks with Y"),
    the day of the plan told last before it, not of a contact recalled in between."""
    for meeting in meetings:
        if meeting.date is not None and not SAME_DAY_TEXT.fullmatch(meeting.date.get("text") or ""):
            continue
        if meeting.status != "held" and meeting.date is None:
            continue  # (a planned one only when its own words, "the same day", date it)
        first = meeting.first
        if meeting.date is not None and day_told_before(doc, first.sentence, meeting.date):
            continue  # "arrived late on Monday after talks in London earlier that day": the day its sentence names
        opening = _SAME_DAY.match(doc.text, first.sentence[0], first.start)
        opening = opening or meeting.kind != "summit" and _AROUND_TALKS.match(doc.text, first.sentence[0], first.start)
        reach = min(first.sentence[1], first.end + _SAME_DAY_REACH)
        if not opening and not doc.find(_SAME_DAY_AFTER, first.end, reach, ("same", "that day", "the day")):
            if meeting.date is not None or not doc.find(_AROUND_TALKS_AFTER, first.end, reach, (" before ", " after ", " ahead ", " following ")):
                continue  # "The same day, X met Y"; "X met Y later that day"; "X spoke to Y ahead of the call"
        before = [
            (m.start, other.date) for other in meetings
            if other is not meeting and other.date and not SAME_DAY_TEXT.fullmatch(other.date.get("text") or "")
            and (meeting.status == "held" or other.status == "planned")
            for m in other.mentions if m.start < first.sentence[0]
        ]
        days = [pair for pair in before if FULL_DAY.match(pair[1]["value"])]  # (not "since X went there in April")
        if doc.find(_IN_THE_DAY, first.sentence[0], reach, (" the day",)):  # "earlier in the day": the news's day, not a
            days = [p for p in days if doc.published and near(p[1]["value"], doc.published, _NEWS_DAYS)] or days  # call
            # recalled in between ("since they spoke on June 9"; "the same day" is the day told last)
            before = [p for p in before if not doc.published or compare(p[1]["value"], doc.published) != -1]  # (nor a
            # round recalled by its month: "was last held in Seoul in May last year")
        if days or before:
            meeting.date = dict(max(days or before, key=lambda pair: pair[0])[1])


def day_told_before(doc: Document, sentence: tuple[int, int], date: dict) -> bool:
    """Whether SENTENCE names a day before the words "that day" (DATE) that point to it, the day they were read by."""
    told = doc.dates_in(*sentence)
    at = next((i for i, d in enumerate(told) if d["text"] == date.get("text")), 0)
    return any(FULL_DAY.match(d["value"]) and not SAME_DAY_TEXT.fullmatch(d["text"]) for d in told[:at])


def on_arrival(doc: Document, meetings: list[Meeting]) -> None:
    """"X arrived in Riyadh on Sunday. On arrival, he called on Y": an undated held meeting whose sentence opens with
    the arrival, or that was a welcome at the airport ("was received at the airport by Y"), took place on the day of
    the arrival reported last before it."""
    for meeting in meetings:
        first = meeting.first
        if meeting.date is not None or meeting.status != "held":
            continue
        opening = doc.text[first.sentence[0] : first.sentence[0] + 25].lower()
        on_arrival = ("arriv" in opening or "landing" in opening) and _ON_ARRIVAL.match(doc.text, first.sentence[0], first.start)
        lead_in = doc.text[first.sentence[0] : first.start]
        who_arrived = ("who arrived" in lead_in or "who landed" in lead_in) and _WHO_ARRIVED.search(lead_in)
        arrival_day = _arrival_day(doc, (first.sentence[0] + who_arrived.start(), first.start)) if who_arrived else None
        if arrival_day is not None:
            meeting.date = arrival_day
            continue
        if not on_arrival and not _MET_ON_ARRIVAL.fullmatch(doc.text, first.start, first.end):
            continue  # (the cheap test first: few sentences open with the arrival)
        arrivals = [
            x for other in meetings for x in other.mentions
            if x.date and x.start < first.sentence[0] and _ARRIVED.match(doc.text, x.start, x.end)
        ]
        if arrivals:
            meeting.date = dict(max(arrivals, key=lambda x: x.start).date)
        else:  # "X, who arrived here on Monday, was received at the airport by Y", or the sentence before tells it
            meeting.date = _arrival_day(doc, (first.sentence[0], first.start)) or _arrival_day_before(doc, first.sentence)


def _arrival_day_before(doc: Document, sentence: tuple[int, int]) -> dict | None:
    """The day of "X arrived here on Tuesday" in the sentence right before SENTENCE, which no trigger reads
    (no place is named): the day of the welcome told next."""
    index = doc.sentences.index(sentence) if sentence in doc.sentences else 0
    return _arrival_day(doc, doc.sentences[index - 1]) if index > 0 else None


def _arrival_day(doc: Document, span: tuple[int, int]) -> dict | None:
    """The day "arrived here on Tuesday" names in SPAN of the text, if it does ("on Monday afternoon": the day)."""
    arrived = _ARRIVED_WORD.search(doc.text, *span)
    days = doc.dates_in(arrived.end(), min(span[1], arrived.end() + _ARRIVAL_DAY_REACH)) if arrived else []
    return day_of(days[0]) if days else None


# "X opened the summit on Friday", "the summit, which opened on Friday", "the summit that opened Friday": its first day
_SUMMIT_OPENED = lazy_pattern(
    r"(?<![\w-])(?:opened\s+the\s+(?:[\w-]+\s+){0,2}?summit|summit(?:\s*,\s*which|\s+(?:that|which))?\s+opened)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_SUMMIT_OPENED_REACH = 60  # characters before the day that may tell the opening
_SUMMIT_DAYS = 3  # a summit dated by the report this many days (or fewer) after its opening is that one


def summit_opening_day(doc: Document, meetings: list[Meeting]) -> None:
    """A held summit told before "X opened the summit on Friday" (or "the summit, which opened on Friday") and dated a
    day or a few after it (from the dateline: "the summit concludes") took place from that day, the one it is dated by."""
    if not doc.may_hold(0, len(doc.text), ("opened",)):
        return  # (the cheap test first: few stories tell a summit's opening)
    summits = [m for m in meetings if m.kind == "summit" and m.status == "held" and m.date and FULL_DAY.match(m.date["value"])]
    if not summits:
        return
    for d in doc.dates:
        reach = max(0, d["start"] - _SUMMIT_OPENED_REACH)
        if not doc.find(_SUMMIT_OPENED, reach, d["start"], ("opened",)) or not FULL_DAY.match(day_of(d)["value"]):
            continue
        opened = day_of(d)
        first_day = dt.date.fromisoformat(opened["value"])
        for summit in summits:
            if summit.first.start < d["start"] and 0 < (dt.date.fromisoformat(summit.date["value"]) - first_day).days <= _SUMMIT_DAYS:
                summit.date = opened


def story_day(doc: Document, meetings: list[Meeting]) -> None:
    """"He had earlier held talks with X", "Y later met Z", "Then, a summit of X, Y and Z was held": an undated
    meeting (or summit) told as a step of the story (a word of sequence, no date, no recollection) took place on the
    day of the meeting of one of its persons reported last before it, when that one is dated to a day of the news."""
    if not doc.published:
        return
    for meeting in meetings:
        first = meeting.first
        if meeting.date is not None or meeting.status != "held" or meeting.kind not in ("meeting", "call", "summit") or meeting.sidelines:
            continue  # (a meeting on the sidelines takes the gathering's day)
        clause = doc.text[max(first.sentence[0], first.start - _STEP_REACH) : min(first.sentence[1], first.end + _STEP_REACH)]
        opening = doc.text[first.sentence[0] : min(first.start, first.sentence[0] + _STEP_REACH)]  # ("He then attended the
        stepped = _STEP.search(clause) or _STEP.search(opening)  # luncheon at X, hosted by Y": the step opens the sentence)
        if not stepped or _RECALLED.search(_STEP.sub(" ", clause)) or doc.dates_in(*first.sentence):  # (the step's own
            # "before the talks" recalls nothing)
            continue
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        anchors = [
            (x.start, other) for other in meetings
            if other is not meeting and other.status == "held" and other.kind in ("meeting", "call") and other.date
            and FULL_DAY.match(other.date["value"]) and any(same_side(p, q) for p in persons for q in other.parties if q.type == "PERSON")
            for x in other.mentions if x.start < first.sentence[0]
        ]
        if not anchors:
            continue
        anchor = max(anchors, key=lambda pair: pair[0])[1]
        if meeting.kind == "meeting" and not places_fit(meeting.place, anchor.place):
            continue  # "While in India, the President also met X": a stop before, in another land
        if near(anchor.date["value"], doc.published, _NEWS_DAYS) and (meeting.kind == anchor.kind or meeting.kind in ("meeting", "summit")):
            meeting.date = dict(anchor.date)


def lead_day(doc: Document, meetings: list[Meeting]) -> None:
    """A held meeting (or a summit whose sentence names no day) the lead reports with no date of its own took
    place on the day of the report: the story's news ("Date: the date expression attached to the event, else the
    reporting context"); not one the lead recalls as another event ("two days after X's meeting with Y", "had met")."""
    if not doc.published and doc.sentences:
        _lead_weekday(doc, meetings)
    if not doc.published or not FULL_DAY.match(doc.published) or not doc.sentences:
        return
    lead_end = _lead_end(doc)
    day = None
    stops = None
    for meeting in meetings:
        first = meeting.first
        if meeting.date is not None or meeting.status != "held" or meeting.kind == "visit" or first.start > lead_end:
            continue
        if meeting.kind == "summit" and doc.dates_in(*first.sentence):
            continue  # "arrived on Sunday to attend the summit": the summit's own day is not told
        if told_as_background(doc, first) or _elsewhere(doc, meeting, meetings, lead_end):
            continue
        if stops is None:
            stops = dated_stops(doc, lead_end)
        stop = stop_of(meeting.place, stops)
        if stop is not None:  # "after stops in Bamako and Ouagadougou on Saturday": the day the lead gives that city
            meeting.date = dict(stop[1])
            meeting.place = dict(stop[0]) if meeting.place and meeting.place.get("type") == "country" else meeting.place
            continue
        if day is None:
            day = _lead_day_of(doc)
        meeting.date = dict(day)


def _lead_weekday(doc: Document, meetings: list[Meeting]) -> None:
    """With no report day, the one weekday the lead's first sentence names ("X agreed Sunday with Y that ...") is the
    day of the talks or call the lead reports with no day of their own ("During their meeting ...")."""
    named = doc.dates_in(*doc.sentences[0])
    if not named and doc.is_headline(0) and len(doc.sentences) > 1:
        named = doc.dates_in(*doc.sentences[1])  # (after the headline)
    if len(named) != 1 or not _WEEKDAY.match(_day(named[0])):
        return
    lead_end = _lead_end(doc)
    for meeting in meetings:
        first_mention = meeting.first
        if meeting.date is None and meeting.status == "held" and meeting.kind in ("meeting", "call") and first_mention.start <= lead_end:
            if not told_as_background(doc, first_mention):
                meeting.date = {"value": _day(named[0]), "text": named[0]["text"]}


def _elsewhere(doc: Document, meeting: Meeting, meetings: list[Meeting], lead_end: int) -> bool:
    """Whether the lead's news, a meeting it dates to a day of the report, took place in a land other than the one
    MEETING is placed in: "... in Abu Dhabi on Monday. While in India, he also met Modi" (a stop before, its day
    not told; not a city of a day's tour: "began the day in Abu Dhabi, where he saw X")."""
    if not meeting.place or meeting.place.get("type") != "country":
        return False
    dated = (m for m in sorted(meetings, key=lambda m: m.first.start) if m.first.start <= lead_end and m.date and FULL_DAY.match(m.date["value"]))
    news = next((m for m in dated if m.place and m.place.get("country")), None)
    return news is not None and news is not meeting and news.place.get("country") != meeting.place.get("country")


def told_as_background(doc: Document, mention: MeetingMention) -> bool:
    """Whether MENTION is told as the occasion of another event or as past ("two days after X's meeting with Y",
    "had met", "last met")."""
    start = max(mention.sentence[0], mention.start - _BACKGROUND_REACH)
    end = mention.end if doc.text.startswith(("had ", "Had "), mention.start) else mention.start  # (a trigger "had held talks")
    found = doc.find(_BACKGROUND, start, end)
    if found is None:
        return False
    return not (_RIGHT_AFTER.fullmatch(doc.text, found.start(), mention.start) and not doc.find(_INTERVAL_UNIT, start, mention.start))


def dated_stops(doc: Document, end: int) -> dict[str, tuple[dict, dict]]:
    """The cities the text before END dates as a list ("stops in Bamako and Ouagadougou on Saturday"), by lowercase name:
    the place and the day."""
    stops: dict[str, tuple[dict, dict]] = {}
    for d in doc.dates_in(0, end):
        if not FULL_DAY.match(_day(d)):
            continue
        listed = [m for m in doc.mentions_in(max(0, d["start"] - _STOPS_REACH), d["start"]) if m.entity.get("type") == "GPE"]
        edge, chain = d["start"], []
        for m in reversed(listed):  # (back from the day, through "in X, Y and Z on")
            if not _STOP_GAP.fullmatch(doc.text, m.end, edge):
                break
            edge = m.start
            chain.append(m)
        if chain and chain[-1].venue_like:
            for m in chain:
                stops.setdefault(str(m.entity.get("text") or "").lower(), (place_dict(m), {"value": _day(d), "text": d["text"]}))
    return stops


def stop_of(place: dict | None, stops: dict[str, tuple[dict, dict]]) -> tuple[dict, dict] | None:
    """The dated stop that is PLACE, or the capital of PLACE when it is a country."""
    if not place or not stops:
        return None
    found = stops.get(str(place.get("name") or "").lower())
    if found is None and place.get("type") == "country":
        found = stops.get(str(capitals().get(place.get("country") or "") or "").lower())
    return found


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


def trip_place(doc: Document, meetings: list[Meeting]) -> None:
    """An in-person meeting with no place, on the day (or the day before or after) of another meeting of one of its
    persons that has one place, took place there: the person was in that city ("On Wednesday, X co-chaired the
    commission with Y", after X's talks in Moscow on Thursday; "on Monday he is to meet" leaders of the land of
    Sunday's talks, unless "before travelling to" another stop); or, with hosts all of that land, up to a few days
    before or after that held meeting, even before travelling on ("is also scheduled to meet Premier Li on Friday",
    after Tuesday's talks in Beijing)."""
    home = home_land(doc)
    for meeting in meetings:
        if meeting.place or meeting.kind not in ("meeting", "summit") or not meeting.date or not FULL_DAY.match(meeting.date["value"]):
            continue
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        nearby = [o for o in _placed_near(meeting, meetings, persons, 1) if o.kind in ("meeting", "summit", "visit")]
        places = {_city(o.place): o.place for o in nearby if o.date["value"] == meeting.date["value"]}  # that very day, held
        if not places:  # or planned ("met X in Hanoi on Monday and was due to meet Y later on Monday"), else a day apart
            places = {
                _city(o.place): o.place for o in nearby
                if o.status == meeting.status or (_hosts_of(meeting, o, home) or _at_home(persons, o, home)) and not _moving_on(doc, meeting)
            }
        hosting = {_city(o.place): o.place for o in nearby if _hosts_of(meeting, o, home) or _at_home(persons, o, home)}
        if hosting and places.keys() - hosting.keys():  # the hosts' land, not the next stop that day ("will then pay a
            places = {k: p for k, p in places.items() if k in hosting} or hosting  # state visit to Malaysia") nor the
            # stop before ("had held talks with X the day before", after X's forum in Suva and a day in Apia)
        if not places:  # "Interior Minister X met his Moroccan counterpart Y on Tuesday", on the French president's state
            places = _delegation_places(meeting, meetings, persons, home)  # visit to Rabat: the delegation is in Rabat
        if not places:  # "is also scheduled to meet Premier Li on Friday", days after the visitor's talks in Beijing
            places = {  # (or "Hours after landing, she met X", days before them): the hosts' land holds the trip
                _city(o.place): o.place for o in _placed_near(meeting, meetings, persons, _TRIP_DAYS)
                if o.kind in ("meeting", "visit") and o.status == "held" and _hosts_of(meeting, o, home)
            }
        places = _cities_over_lands(places)
        if len(places) == 1:  # (a venue in the city counts as the city: "at the Kremlin", "in Moscow")
            meeting.place = _as_city(next(iter(places.values())))


def _delegation_places(meeting: Meeting, meetings: list[Meeting], persons: list[Party], home: str | None) -> dict[str | None, dict]:
    """The places of the held meetings, within a day of MEETING's, between persons of the same two lands as MEETING's
    persons, held in one of those lands: the leaders' talks of a visit that MEETING's ministers accompany."""
    lands = {_land_of(p, home) for p in persons}
    if len(persons) < 2 or len(lands) != 2 or None in lands:
        return {}
    return {
        _city(o.place): o.place for o in meetings
        if o is not meeting and o.place and o.place.get("country") in lands and o.status == "held" == meeting.status
        and o.date and FULL_DAY.match(o.date["value"]) and near(o.date["value"], meeting.date["value"], 1)
        and {_land_of(p, home) for p in o.parties if p.type == "PERSON"} == lands
    }


def _cities_over_lands(places: dict[str | None, dict]) -> dict[str | None, dict]:
    """PLACES less each country that one of its cities stands for too: talks in Bangkok and talks in Thailand are
    one trip, to Bangkok."""
    lands = {p.get("country") for p in places.values() if p.get("type") != "country"}
    return {k: p for k, p in places.items() if p.get("type") != "country" or p.get("country") not in lands}


def _placed_near(meeting: Meeting, meetings: list[Meeting], persons: list[Party], days: int) -> list[Meeting]:
    """The other meetings of one of PERSONS with a place, dated to a day within DAYS of MEETING's."""
    return [
        other for other in meetings
        if other is not meeting and other.place and other.date and FULL_DAY.match(other.date["value"])
        and near(other.date["value"], meeting.date["value"], days)
        and any(same_side(p, q) for p in persons for q in other.parties if q.type == "PERSON")
    ]


def host_land(doc: Document, meetings: list[Meeting]) -> None:
    """An undated in-person meeting with no place, of a visitor and hosts all of the land where the story has the
    visitor's talks or trip of these days, took place there ("Putin will also meet President Kovind", after the
    programme of his talks in New Delhi): the visitor meets the host's leaders on that trip."""
    home = home_land(doc)
    for meeting in meetings:
        if meeting.place or meeting.kind != "meeting" or meeting.date or any(m.earlier_round for m in meeting.mentions):
            continue  # (a meeting of a known day: ``trip_place``; "last met in April": another trip)
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        places = {
            _city(other.place): other.place for other in meetings
            if other is not meeting and other.place and other.kind in ("meeting", "visit") and other.place.get("country")
            and not (other.date and doc.published and not near(other.date["value"], doc.published, _NEWS_DAYS))
            and any(same_side(p, q) for p in persons for q in other.parties if q.type == "PERSON") and _hosts_of(meeting, other, home)
        }
        if len(places) == 1:
            meeting.place = _as_city(next(iter(places.values())))


def _as_city(place: dict) -> dict:
    """PLACE, or the city of a building in a known city (a venue in the city counts as the city: "at the Kremlin")."""
    city = place.get("city") if place.get("type") == "venue" else None
    return {"name": city, "type": "city", "country": place.get("country")} if city else dict(place)


def home_land(doc: Document) -> str | None:
    """The country of the dateline's place: a datelined report calls its own land's officials by bare title
    ("SEOUL -- ... acting President Choi Sang-mok")."""
    return (dateline_place(doc) or {}).get("country")


def _land_of(person: Party, home: str | None) -> str | None:
    """PERSON's country, or for an official of no country named, the land of the report (HOME)."""
    return person.country or (home if person.role else None)


def _hosts_of(meeting: Meeting, other: Meeting, home: str | None = None) -> bool:
    """Whether MEETING's persons that OTHER lacks are all of the land where OTHER took place ("held talks with X in
    Hanoi on Sunday; on Monday he is scheduled to meet Y and Z", leaders of that land): the visitor is still there."""
    land = other.place.get("country") if other.place else None
    hosts = [p for p in meeting.parties if p.type == "PERSON" and not any(same_side(p, q) for q in other.parties)]
    return bool(land and hosts) and all(_land_of(p, home) == land for p in hosts)


def _at_home(persons: list[Party], other: Meeting, home: str | None = None) -> bool:
    """Whether one of PERSONS took part in OTHER in their own land ("held talks with Sunak here on Saturday; is
    scheduled to hold talks with Macron on Sunday"): a host at home receives the next guest there too."""
    land = other.place.get("country") if other.place else None
    return bool(land) and any(_land_of(p, home) == land and any(same_side(p, q) for q in other.parties) for p in persons)


def _moving_on(doc: Document, meeting: Meeting) -> bool:
    """Whether MEETING's sentence goes on to the visitor's next stop ("on Thursday before travelling to Sydney")."""
    first = meeting.first
    return bool(doc.find(_MOVING_ON, first.end, first.sentence[1], ("before ",)))


def roster_day(doc: Document, meetings: list[Meeting]) -> None:
    """"X held the following meetings today", "On the margins of the summit, the Prime Minister held a series of
    bilateral meetings": a readout's list of the day's meetings after it, each undated and held, of X, took place
    on the day the roster sentence names, else (a sentence of no other day) on the lead's news day."""
    if not doc.published or not FULL_DAY.match(doc.published) or not doc.may_hold(0, len(doc.text), _ROSTER_STEMS):
        return
    twin = case_twin(_ROSTER) if doc.lower is not None else None  # the same spans, quicker
    for roster in _ROSTER.finditer(doc.text) if twin is None else twin.finditer(doc.lower):
        sentence = doc.sentence_at(roster.start())
        dates = doc.dates_in(*sentence)
        if dates and not (FULL_DAY.match(_day(dates[0])) and near(_day(dates[0]), doc.published, _NEWS_DAYS)):
            continue  # ("held a series of meetings in 2019": no roster of the news)
        day = {"value": _day(dates[0]), "text": dates[0]["text"]} if dates else _lead_day_of(doc)
        named = [m for m in doc.mentions_in(sentence[0], roster.start()) if m.party is not None and m.party.type == "PERSON"]
        listed = [m.party for m in named or sides.title_antecedent(doc, sentence, roster.start()) if m.party is not None]
        for meeting in meetings:
            if meeting.first.start <= sentence[1] or meeting.date is not None or meeting.status != "held" or meeting.kind not in ("meeting", "call"):
                continue
            if any(same_side(p, q) for p in listed for q in meeting.parties) and not told_as_background(doc, meeting.first):
                meeting.date = dict(day)


def _lead_end(doc: Document) -> int:
    """Where the lead ends: its first three sentences after a headline line (a headline line is none of them)."""
    headline = "\n" in doc.text[doc.sentences[0][1] : doc.sentences[0][1] + 2]
    return doc.sentences[min(_LEAD_SENTENCES + headline, len(doc.sentences)) - 1][1]


def _lead_day_of(doc: Document) -> dict:
    """The day the lead names for its news, else the report's (the published day)."""
    lead_end = _lead_end(doc)
    named = (d for d in doc.dates_in(0, lead_end) if FULL_DAY.match(_day(d)) and near(_day(d), doc.published, _NEWS_DAYS))
    found = next(named, None)
    return {"value": _day(found), "text": found["text"]} if found else {"value": doc.published, "text": None}


def sidelines_day(doc: Document, meetings: list[Meeting]) -> None:
    """An undated meeting on the sidelines of a one-day summit dated only from the story's context (after the
    sidelines were read) took place on the summit's day (not during "a two-day summit": any of its days), and where
    the summit was when it names no place."""
    long_summit = None
    for meeting in meetings:
        if not meeting.sidelines or meeting.date is not None and meeting.place is not None or meeting.kind != "meeting":
            continue
        summits = [m for m in meetings if m.kind == "summit" and m.status == meeting.status and m.date and FULL_DAY.match(m.date["value"])]
        named = meeting.sidelines_of
        summit = next((s for s in summits if named is not None and any(same_side(named, p) for p in s.parties)), None)
        if summit is None and named is None:
            before = [s for s in summits if s.first.start < meeting.first.start]
            summit = max(before, key=lambda s: max(m.start for m in s.mentions if m.start < meeting.first.start), default=None)  # the nearest
        if summit is None:
            continue
        meeting.place = meeting.place or summit.place  # (where the summit was, however long it ran)
        if meeting.date is not None:
            continue
        if long_summit is None:
            long_summit = bool(doc.find(_DAYS_LONG, 0, len(doc.text)))  # (once, and only for such a meeting)
        if not long_summit:
            meeting.date = dict(summit.date)


def before_the_event(doc: Document, meetings: list[Meeting]) -> None:
    """"Before the opening session, Lula held a bilateral meeting with X", "Ahead of the talks, A and B paid a courtesy
    call on C": an undated meeting told in a sentence opening so took place on the day of that event (the gathering,
    or the talks told last before it), and where it was when it names no place; "on the eve of" it, the day before;
    "the day before" or "two days after" it, that many days off."""
    for meeting in meetings:
        if meeting.kind == "summit" or any(x.date for x in meeting.mentions):
            continue  # (a day from the story's context only gives way: "On the eve of the talks" is the day before)
        mention = meeting.first
        found = _BEFORE_THE_EVENT.match(doc.text, mention.sentence[0], mention.start)
        if found is None:
            continue
        gathering = found.group("noun").lower() not in ("talks", "meeting", "audience", "consultations")
        told = [
            (max(x.start for x in m.mentions if x.start < mention.sentence[0]), m) for m in meetings
            if m is not meeting and (m.kind == "summit") == gathering and m.status == meeting.status and m.date
            and FULL_DAY.match(m.date["value"]) and any(x.start < mention.sentence[0] for x in m.mentions)
        ]
        if not told:
            continue
        event = max(told, key=lambda pair: pair[0])[1]
        shift = -1 if found.group("eve") else 0
        if found.group("dir"):
            shift = _NUMBERS[found.group("n").lower()] * (-1 if found.group("dir").lower() == "before" else 1)
        day = dt.date.fromisoformat(event.date["value"]) + dt.timedelta(days=shift)
        meeting.date = {"value": day.isoformat(), "text": event.date.get("text", "")}
        meeting.place = meeting.place or event.place


def summit_of_the_talks_day(meetings: list[Meeting]) -> None:
    """A held summit with no day, told in the sentence of its persons' dated talks ("last met in New York in September,
    when both attended the UN General Assembly"; "met in August on the fringes of a summit with X"), was held then,
    and there when it names no place."""
    for summit in meetings:
        if summit.kind != "summit" or summit.date is not None or summit.status != "held":
            continue  # (the cheap tests first: most summits have a day)
        sentences = {m.sentence for m in summit.mentions}
        talks = [
            talk for talk in meetings
            if talk.kind != "summit" and talk.status == "held" and talk.date is not None and any(m.sentence in sentences for m in talk.mentions)
            and not (talk.sidelines and len(talk.date["value"]) > _MONTH)  # (talks on a summit's sidelines: one of its days)
            and all(any(same_side(p, q) for q in summit.parties) for p in talk.parties if p.type == "PERSON")
        ]
        if len({talk.date["value"] for talk in talks}) == 1:
            summit.date = dict(talks[0].date)
            summit.place = summit.place or talks[0].place


def summit_place(meetings: list[Meeting]) -> None:
    """A meeting with no place, on a day within a summit one of its persons attends (both dated to the month or
    finer: "would like to meet Kim this year" names no time within the autumn's summit), took place where the summit
    did ("will meet Putin on Oct. 24" during next week's summit in Kazan)."""
    summits = [m for m in meetings if m.kind == "summit" and m.place and m.date and len(m.date["value"]) >= _MONTH]
    if not summits:
        return
    for meeting in meetings:
        if meeting.place or meeting.kind != "meeting" or not meeting.date or len(meeting.date["value"]) < _MONTH:
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
        if len(hosts) == 1 and visitors and _abroad(meeting, calls[0], meetings):
            continue  # "X called on Dahal at his hotel", Dahal on a visit to New Delhi: not at home
        if len(hosts) == 1 and visitors:
            code = next(iter(hosts))
            city = capitals().get(code)
            if city:
                meeting.place = {"name": city, "type": "city", "country": code}


def _abroad(meeting: Meeting, call: MeetingMention, meetings: list[Meeting]) -> bool:
    """Whether the persons called on in CALL are, around MEETING's day, at talks the story places in another land
    than their own: visitors there, not hosts at home."""
    hosts = [o.party for o in call.objects if o.party is not None and o.party.type == "PERSON"]
    return any(
        other is not meeting and other.place and other.place.get("country") and other.kind in ("meeting", "summit")
        and (not meeting.date or not other.date or near(other.date["value"], meeting.date["value"], _NEWS_DAYS))
        and any(same_side(h, p) and other.place["country"] != h.country for h in hosts for p in other.parties)
        for other in meetings
    )


def _city(place: dict) -> str | None:
    return place.get("city") or place.get("name") if place.get("type") == "venue" else place.get("name")


def _day(found: dict) -> str:
    return str(found["value"]).split("T")[0]


def venue_city(doc: Document, meetings: list[Meeting]) -> None:
    """"Talks at the Great Hall of the People": the place is the city the building stands in (a place is a city or
    a country as named), unless reports name the venue itself as the place ("at the White House", where the text
    names no Washington), or it stands
    in no city of its own ("Camp David")."""
    seats: dict[str, dict] = {}  # the city each leader's seat was found in, for the story's other meetings there
    for meeting in meetings:
        place = meeting.place
        owner = _CITY_OWNS.match(place.get("name") or "") if place is not None and place.get("type") == "venue" else None
        if owner is not None:  # "at New Delhi's Hyderabad House", "in Tehran's Saadabad Palace": the city that owns it
            meeting.place = {"name": owner.group(1), "type": "city", "country": place.get("country")}
            continue
        if place is not None and place.get("type") == "venue" and not place.get("city"):
            seat = word_classes()["seat"].fullmatch(place.get("name") or "")  # "met President X at the National
            meeting.place = (_host_capital(doc, meeting) or seats.get(place.get("name") or "") if seat else None) or place  # Palace": X's capital
            if meeting.place is not place:
                seats[place.get("name") or ""] = meeting.place
            continue
        if place is None or place.get("type") != "venue" or not place.get("city") or place["city"] == place.get("name"):
            continue
        if place.get("name", "").casefold() in _shared_venues():  # "at the Chancellery" in Warsaw's story: Warsaw's
            shared = _host_capital(doc, meeting) or _capital_dateline(doc)
            if shared is not None:
                meeting.place = shared
                continue
        if place.get("name", "").casefold() not in _place_venues() or _names_as_place(doc, place["city"]):
            meeting.place = {"name": _as_dateline(doc, place["city"]), "type": "city", "country": place.get("country")}


def _names_as_place(doc: Document, city: str) -> bool:
    """Whether the text names CITY as a place ("at the White House in Washington", "flew to Washington, where he
    met Biden at the White House"): reports that name the city give it as the place, not the building."""
    return city in doc.text and any(m.place_like and m.entity.get("name") == city for m in doc.mentions)


def _host_capital(doc: Document, meeting: Meeting) -> dict | None:
    """The capital of the one land whose leader takes part in MEETING (a leader's seat of no known city, "at the
    National Palace", is that leader's); of two lands' leaders, the host's ("X hosted Y at the Presidential Villa")
    or the land the sentence places the visitor in ("Y, who is in Mongolia on a visit, held talks with X at the
    Government Palace"); else None (whose seat is unknown)."""
    lands = {p.country for p in meeting.parties if p.type == "PERSON" and p.country and leads(p)}
    if len(lands) == 2:
        lands &= _hosting_lands(doc, meeting)
    if len(lands) != 1:
        return None
    land = lands.pop()
    city = capitals().get(land)
    return {"name": city, "type": "city", "country": land} if city else None


def _hosting_lands(doc: Document, meeting: Meeting) -> set[str | None]:
    """The lands that host MEETING: its hosting subject's ("X hosted Y"), else the lands the sentences telling it
    name as places ("in Mongolia on an official visit")."""
    hosts = {next((p.country for p in m.parties if p.type == "PERSON"), None) for m in meeting.mentions if m.frame == "host" and m.parties}
    if hosts:
        return hosts
    sentences = dict.fromkeys(m.sentence for m in meeting.mentions)
    return {m.party.country for s in sentences for m in doc.mentions_in(*s) if m.place_like and m.party is not None and m.entity.get("code")}


def _as_dateline(doc: Document, city: str) -> str:
    """CITY as the dateline spells it when the dateline names it ("Washington DC" for "Washington")."""
    told = ((doc.dateline or {}).get("place") or "").split(" [")[0]  # (not "Paris [France]")
    return told if told and (told.casefold() == without_accents(city).casefold() or short_name(city, told)) else city  # ("Brasilia")


@lru_cache(maxsize=1)
def _place_venues() -> frozenset[str]:
    return frozenset(line.strip().casefold() for line in data_lines("meetings", "place_venues.txt"))


@lru_cache(maxsize=1)
def _shared_venues() -> frozenset[str]:
    return frozenset(line.strip().casefold() for line in data_lines("meetings", "shared_venues.txt"))


def _capital_dateline(doc: Document) -> dict | None:
    """The dateline's place when it is a land's capital ("WARSAW, March 11 -"), else None."""
    place = dateline_place(doc)
    return place if place is not None and place.get("type") == "city" and capitals().get(place.get("country") or "") == place.get("name") else None


def tour_day(doc: Document, meetings: list[Meeting]) -> None:
    """"On the second day of the tour, X was received by Y": an undated meeting told as the Nth day of a trip that
    "began on Tuesday" (or "a tour that started Sunday") took place N - 1 days after that day."""
    if " day of " not in doc.text:
        return
    undated = [meeting for meeting in meetings if meeting.date is None and meeting.status == "held"]
    told = [(meeting, _DAY_OF_TOUR.search(doc.text, *meeting.first.sentence)) for meeting in undated]
    told = [(meeting, found) for meeting, found in told if found is not None]
    start = _tour_start(doc) if told else None
    if start is None:
        return
    for meeting, found in told:
        day = start + dt.timedelta(days=_ORDINALS.index(found.group("n").lower()))
        meeting.date = {"value": day.isoformat(), "text": found.group().strip()}


def _tour_start(doc: Document) -> dt.date | None:
    """The day a trip "began on Tuesday" (or "a tour that started Sunday") the text tells, if it names one."""
    for found in _TOUR_STARTED.finditer(doc.text):
        days = [d for d in doc.dates_in(found.end(), min(len(doc.text), found.end() + _TOUR_DAY_REACH)) if FULL_DAY.match(str(d["value"]))]
        if days:
            return dt.date.fromisoformat(str(days[0]["value"]))
    return None


def day_in_sentence(doc: Document, meetings: list[Meeting]) -> None:
    """A meeting still undated takes the day its first own report names later in the sentence, past a gathering's
    name or a place ("last held talks in Phnom Penh in November on the sidelines of ..."), when nothing else claims
    that day."""
    starts = sorted(mention.start for meeting in meetings for mention in meeting.mentions)
    for meeting in meetings:
        first = next((mention for mention in meeting.mentions if not mention.anaphoric), None)
        if meeting.date is None and first is not None:
            meeting.date = later_day(doc, first.sentence, (first.start, first.end), starts)


def city_in_sentence(doc: Document, meetings: list[Meeting]) -> None:
    """A meeting placed in a country whose own report names one city of that country as a place ("to attend the G7
    summit in Biarritz", "in Lima, Peru") took place in that city."""
    for meeting in meetings:
        place = meeting.place
        if place is None or place.get("type") != "country" or not place.get("country"):
            continue
        city = city_told(doc, meeting, place["country"])
        if city is not None:
            meeting.place = place_dict(city)


def city_told(doc: Document, meeting: Meeting, country: str) -> Mention | None:
    """The one city of COUNTRY that a sentence of MEETING's own reports names as a place, if any."""
    for mention in meeting.mentions:
        if mention.anaphoric:
            continue
        cities = {
            m.entity.get("name") or m.entity.get("text"): m for m in doc.mentions_in(*mention.sentence)
            if m.venue_like and m.party is not None and m.entity.get("type") == "GPE" and not m.entity.get("code")
            and m.entity.get("country") == country
        }
        if len(cities) == 1:
            return next(iter(cities.values()))
    return None


def visit_met_since(doc: Document, meetings: list[Meeting]) -> None:
    """"It was their first meeting since Macron's state visit to China": a trip the pair's own meeting is counted
    from was a meeting of the two, the visitor with the host of the land visited."""
    for meeting in meetings:
        if meeting.kind != "visit" or meeting.status != "held":
            continue
        first = meeting.first
        if not _THEIR_SINCE.search(doc.text, max(first.sentence[0], first.start - _SINCE_REACH), first.start):
            continue
        visitors = [p for p in meeting.parties if p.type == "PERSON"]
        lands = [p for p in meeting.parties if p.type == "GPE"]
        if len(visitors) != 1 or len(lands) != 1:
            continue
        hosts = {
            q.name: q for other in meetings if other is not meeting and any(same_side(visitors[0], p) for p in other.parties)
            for q in other.parties if q.type == "PERSON" and q.country == lands[0].country
        }
        if len(hosts) == 1:
            meeting.parties = [visitors[0], next(iter(hosts.values()))]
            meeting.kind = "meeting"


def interval_opening(doc: Document, meetings: list[Meeting]) -> None:
    """"Two days before, X had held talks in Accra", "A day later, Y held talks there": an undated meeting of a sentence
    that opens with an interval took place that many days from the day of the meeting reported just before."""
    if doc.lower is not None and " day" not in doc.lower and " week" not in doc.lower:
        return  # (the cheap test first: most stories have no such opening)
    for sentence in doc.sentences:
        found = _OPENING_INTERVAL.match(doc.text, sentence[0], sentence[1])
        if found is None:
            continue
        told = [m for m in meetings if m.date is None and sentence[0] <= m.first.start < sentence[1]]
        anchors = [
            (x.start, other.date["value"]) for other in meetings
            if other.date and FULL_DAY.match(other.date["value"]) for x in other.mentions if x.start < sentence[0]
        ]
        day = _shifted(max(anchors)[1], found, back=found["dir"].lower() in ("before", "earlier")) if told and anchors else None
        for meeting in told if day is not None else []:
            meeting.date = {"value": day, "text": None}


def ahead_is_planned(doc: Document, meetings: list[Meeting]) -> None:
    """A meeting dated wholly after the report ("on the margins of next month's BRICS summit", a day it took from
    the gathering) cannot have been held yet: it is planned."""
    if not doc.published:
        return
    for meeting in meetings:
        if meeting.status == "held" and meeting.date and compare(meeting.date["value"], doc.published) == 1:
            meeting.status = "planned"


def states_told_by_persons(meetings: list[Meeting]) -> list[Meeting]:
    """MEETINGS without one with states that the sentence's own meetings tell by their leaders: "received the leaders
    of Egypt and Jordan, holding separate talks with President X and King Y" is the two talks, not a third meeting."""
    dropped = []
    for meeting in meetings:
        lands = [p for p in meeting.parties if p.type == "GPE"]
        hosts = [p for p in meeting.parties if p.type == "PERSON"]
        if not lands or len(hosts) != 1 or meeting.kind == "visit":  # (a trip to a land is no meeting of its state)
            continue
        sentence = meeting.first.sentence
        others = [
            m for m in meetings
            if m is not meeting and m not in dropped and m.first.sentence == sentence and any(same_side(p, hosts[0]) for p in m.parties)
        ]
        told = {p.country for m in others for p in m.parties if p.type == "PERSON" and not same_side(p, hosts[0])}
        if others and all(land.country in told for land in lands):
            others[0].mentions = sorted([*others[0].mentions, *meeting.mentions], key=lambda x: x.start)
            dropped.append(meeting)
    return [m for m in meetings if m not in dropped]
