"""From mentions to meetings: one event per real contact, however often the document mentions it.

Mentions merge when their sides agree (one list covers the other, a person
standing for their country), their kinds can be one event, their status is the
same, and their dates and places do not conflict.  A mention without sides
("the talks") joins the meeting before it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dipkit.meetings.mentions import MeetingMention
from dipkit.meetings.parties import Party, covers, dedupe, same_side, states_of, stops_met, union
from dipkit.lazy_patterns import lazy_pattern
from dipkit.meetings.setting import SAME_DAY_TEXT, compare, near

_GAP = 3  # spaces between one sentence and the next
_BILATERAL_PLUS_ONE = 3  # more persons than a trilateral: a gathering ("summit")
_MINISTER_ROLE = lazy_pattern(r"\b(?:minister|secretary)\b", re.IGNORECASE)
_LEADER_ROLE = lazy_pattern(r"\b(?:president|prime\s+minister|premier|chancellor|king|emir|amir|crown\s+prince|sultan|leader)\b", re.IGNORECASE)
_PAST_TRIP = lazy_pattern(r"(?:travelled|traveled|flew|went|came|journeyed|headed)\b")  # a trip told as done
_OF_A_BODY = lazy_pattern(  # "President of the Chamber of Deputies": the head of a body, no leader of a state
    r"\bof\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:chamber|senate|house|assembly|parliament|congress|council|commission|court|bank|committee|party)\b",
    re.IGNORECASE,
)
_TRIP_AND_SUMMIT = (("visit", "summit"), ("summit", "visit"))  # a trip and the summit it may be for, either way round
_AGAIN = lazy_pattern(r"\b(?:again|another|second|next)\b", re.IGNORECASE)  # "will meet again": a new round, not the one told
_TRIP_DAYS = 10  # a visit and a meeting this many days apart can still be one trip
_DAY = lazy_pattern(r"^(\d{4})-(\d{2})-(\d{2})$")
_THEIRS = lazy_pattern(  # "their informal summit", "following the summit": the two sides' own, or one told beside the news
    r"(?:\btheir|\b(?:following|after|since|before|than|at|during)\s+(?:the|a|an))\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
_NEXT_SENTENCE = 3  # characters between a sentence and the next one (a space, a line break)
_WEEK = lazy_pattern(r"^(\d{4})-W(\d{2})$")
_MECHANISM = lazy_pattern(r"\b(?:dialogue|consultations?)\b", re.IGNORECASE)  # two states' standing rounds of talks
_NEXT_ONE = lazy_pattern(r"\b(?:next|another)\s+(?:[\w+'’-]+\s+){0,3}?(?:round|session|meeting|talks|dialogue|consultations?)\b", re.IGNORECASE)
_THEIR_ORDINAL = lazy_pattern(r"\btheir\s+(?:first|second|third|fourth|fifth)\s+$", re.IGNORECASE)  # "their first summit"
_THEIR_OWN = lazy_pattern(r"\btheir\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)  # "their talks", "their earlier meeting"
_THEIR_LAST = lazy_pattern(r"\btheir\s+(?:last|previous|prior)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)  # "their previous meeting": the pair's own
_AND_THEN = lazy_pattern(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:was\s+|were\s+)?$")  # "..., and (then) met X",
# "arrived in Islamabad and was received by X": the subject before


@dataclass
class Meeting:
    """One contact with everything the document says about it."""

    kind: str
    parties: list[Party]
    place: dict | None
    date: dict | None
    status: str
    mentions: list[MeetingMention] = field(default_factory=list)
    hosted: bool = False
    sidelines: bool = False
    sidelines_of: Party | None = None
    occasion: Meeting | None = None  # the meeting whose occasion a "separate meeting" shares

    @property
    def first(self) -> MeetingMention:
        return self.mentions[0]


def merge(mentions: list[MeetingMention], published: str | None = None, text: str = "") -> list[Meeting]:
    """The meetings MENTIONS (in text order) report: each mention joins the meeting it fits, else opens one (PUBLISHED:
    the report's day, against which a contact dated long before it is another one; TEXT: the document's)."""
    meetings: list[Meeting] = []
    touched: list[Meeting] = []  # meetings in the order they were last mentioned
    for mention in mentions:
        if mention.edition:  # "the previous summit, hosted by X": a gathering of its own, never the one told before
            series = _series_of_lands(touched, mention)
            if series is not None:  # "The 14th Annual Summit was held in New Delhi", after the 15th's talks: the two lands' meeting
                mention.kind, mention.parties = "meeting", states_of(series.parties)
            meetings.append(_opened(mention))
            touched.append(meetings[-1])
            continue
        fitting = [m for m in touched if _kinds_fit(m.kind, mention.kind) or m.kind == "summit"]
        joined = next((m for m in reversed(fitting) if m.status == mention.status), fitting[-1] if fitting else None)  # "also took
        # part in the talks": the talks held, not the meeting planned for tomorrow
        if joined is None and mention.bare and touched and touched[-1].mentions[-1].sentence == mention.sentence:
            joined, mention.kind = touched[-1], touched[-1].kind  # "will attend the luncheon, which Y is also expected to
            # attend": that sentence's meal
        if mention.joins and joined is not None and not _other_pair_named(joined, mention) and not _another_bloc(joined, mention):  # "the talks were later widened to
            # include X, Y and Z" (not "the pair first spoke in a call that also included Z", after a sentence naming two others)
            joined = _the_news(meetings, joined, mention, published)  # ("The meeting was attended by X", after a recalled one)
            joined = _the_meal(fitting, mention, text) or joined
            joined.mentions.append(mention)
            states_only = not any(p.type == "PERSON" for p in joined.parties)  # ("Mali, Niger and Chad held a summit ... X hosted
            # A and B for it"; "talks between the two countries ... X and his counterpart Y led their delegations to the
            # talks": persons who stand for every land)
            stand_ins = states_only and all(any(q.type == "PERSON" and same_side(p, q) for q in mention.parties) for p in joined.parties)
            joined.parties = union(joined.parties, mention.parties, finer=mention.frame == "host" and states_only or stand_ins)
            if mention.hosts_summit:
                joined.kind = "summit"  # "hosted A and B for the trilateral summit": the meeting of their lands told before
            if mention.frame != "attend" and sum(p.type == "PERSON" for p in joined.parties) > _BILATERAL_PLUS_ONE:  # (not "X also
                # attended the meeting": a meeting with more aides is no summit)
                joined.kind = "summit"
            continue
        if len(mention.parties) == 1 and touched and not mention.anaphoric:
            _share_subject(touched[-1], mention, text)
            _met_again(touched[-1], mention, text)
        aided = _aided(touched, mention)
        if aided is not None:  # "X and Y joined Milei for the 40-minute meeting": his talks, with two more aides
            mention.kind = aided.kind  # ("Y also attended" the talks: no gathering)
            aided.mentions.append(mention)
            aided.parties = union(aided.parties, mention.parties, finer=False)
            continue
        if mention.group and mention.anaphoric and len(mention.parties) >= 2:
            mention.parties = union(_group_named(touched, mention), mention.parties)  # "The two leaders had accepted the
            # text at a meeting with A and B in Brussels": the pair of the news, with A and B
        if _new_gathering(touched, mention):
            mention.parties = union(mention.parties, mention.fallback)  # "They last crossed paths at the G20 summit"
        elif mention.anaphoric and len(mention.parties) < 2 and (resumed := _resumed(touched, mention)) is not None:
            mention.parties = union(resumed.parties, mention.parties)  # "Both ministers agreed to continue their talks next
            if mention.kind == "talk" and mention.place:  # week in Brussels": the pair's next contact, in person where
                mention.kind = "meeting"  # it has a place
            meetings.append(_opened(mention))
            touched.append(meetings[-1])
            continue
        elif mention.anaphoric and len(mention.parties) < 2:
            own = mention.next_round or bool(_THEIR_ORDINAL.search(text, max(mention.sentence[0], mention.start - 20), mention.start))
            recast = own and bool(touched) and touched[-1].kind == "meeting" or _bilateral_summit(touched, mention) and bool(
                _THEIRS.search(text, max(mention.sentence[0], mention.start - 40), mention.start)
            )
            recast = recast or _summit_at_a_gathering(touched, mention)
            if recast:  # "following their informal summit in Wuhan", after talks and no gathering: a meeting of the two (not
                # "the summit in Woodside last year": someone else's); "their first summit", after talks, whatever came before
                mention.kind = "meeting"
            described = mention.leaders or mention.ministers or mention.group_size  # "both leaders", "the three sides": the last such meeting
            such = [
                m for m in reversed(touched)
                if described and (m.kind == mention.kind or m.kind == "summit" and mention.group_size >= 3) and _as_described(m, mention) and _of_lands(m, mention)
            ]  # ("the three leaders are expected to meet again": the three of the summit told before)
            trio = _trio_told(touched, mention) if not such and _long_ago(mention.date, published) else None
            if trio is not None:  # "met A and B in separate meetings ... The three last came together in X in January": all three
                mention.parties = union(trio, mention.parties)
                meetings.append(_opened(mention))
                touched.append(meetings[-1])
                continue
            dated_pair = mention.leaders and mention.group_size == 2 and mention.date is not None  # "the two presidents discussed
            # X in a phone call last month", after their talks and a call of three: the pair's own call
            if not such and (mention.ministers or mention.leaders and mention.earlier_round or dated_pair) and mention.kind != "summit":  # "the two ministers had also
                such = [m for m in reversed(touched) if m.kind != "summit" and _as_described(m, mention)]  # spoken by telephone",
                # after their talks; "the two presidents last met in Sochi", after their call
            just_before = next((m for m in touched[-1:] if _kinds_fit(m.kind, mention.kind) and _told_just_before(m, mention, text)), None)
            if just_before is not None and _earlier_leg(just_before, text):
                just_before = None  # "arrived in Manila from Hanoi, where he held talks with X. The two leaders last met
                # in Vientiane": the pair of the news, not of the leg before it
            if mention.earlier_round and described and just_before is not None and _as_described(just_before, mention):
                such = [just_before]  # "where he met Lula on Friday. The two leaders, who last held talks in Hiroshima": the pair
                # of the sentence before ("Xi will travel to Brasilia for a state visit. The two leaders last met in Beijing")
            elif (mention.earlier_round or _long_ago(mention.date, published)) and len(such) > 1 and len(mention.fallback) < 2:
                such.sort(key=lambda m: (m is not meetings[0], -len(m.mentions), m.first.start))  # "the two leaders last met",
                # with no pair named just before: the pair of the news (told first, else most), not an aside
            last = next(iter(such), None)
            named = last is None and mention.leaders and sum(p.type == "PERSON" for p in mention.fallback) >= 2  # "the two
            # leaders met", right after a sentence naming them: not the talks of their states reported before
            named = named or _pair_not_yet_met(touched, mention, text)
            paired = False
            if not named:
                persons = mention.group and not mention.of_countries and any(_two_persons(m) for m in touched)  # "They looked forward
                # to seeing one another", after a summit of their lands: the persons of the story, not the lands
                kept = [m for m in touched if not persons or _two_persons(m)]
                last = last or _of_the_last_named(touched, mention) or next((m for m in reversed(kept) if m.kind == mention.kind), None)
                last = last or next((m for m in reversed(kept) if _kinds_fit(m.kind, mention.kind)), None)
                if last is None and mention.kind == "call" and mention.date:  # "since their phone call in February", after
                    last = next((m for m in reversed(touched) if m.kind != "summit" and len(m.parties) >= 2), None)  # their talks
                if last is None and mention.kind == "meeting" and mention.status == "held" and _long_ago(mention.date, published):
                    last = next((m for m in reversed(touched) if m.kind == "call" and len(m.parties) == 2), None)  # "the agreements
                    # reached at the meeting held in Tashkent last year", after their call: the pair's earlier meeting
                paired = last is not None and _other_pair_named(last, mention)
                last = None if paired else last  # "... between A and B since May. The pair first spoke in ...": A and B, not the aside
            if mention.frame == "sym" and last is None and not paired:  # "the two leaders discussed ...": on the call just reported
                last = next((m for m in reversed(touched) if m.kind == "call"), None)
            if mention.frame == "sym" and last is not None and not (mention.date or mention.place) and _long_ago(last.date, published):
                last = next(  # "They discussed X", after "since the visit to Warsaw in January": on the contact of the news
                    (m for m in meetings if m.status == "held" and m.kind != "summit" and m.date and near(m.date["value"], published, _TRIP_DAYS)), last
                )
            news = _the_news(meetings, last, mention, published) if last is not None else None
            last, news = news or last, news is not None and news is not last
            if last is not None and mention.frame != "sym" and not _kinds_fit(last.kind, mention.kind):
                mention.parties = union(_leaders_for(last, mention) or last.parties, mention.parties)  # "the two ministers had
                meetings.append(_opened(mention))  # also spoken by telephone", after their talks: a contact of their own,
                # of the same persons (or of their leaders: "a call between the two heads of state")
                touched.append(meetings[-1])
                continue
            if last is not None and _earlier_round(last, mention, published):  # "the last such meeting was held in Manila in 2024":
                same = mention.group and not mention.of_sides or bool(_THEIR_LAST.search(text, max(mention.sentence[0], mention.start - 30), mention.start))
                sides = (_leaders_for(last, mention) or last.parties) if same else states_of(last.parties)  # between the same
                mention.parties = union(sides, mention.parties)  # states (or "the two envoys", "their previous meeting": the same persons)
                meetings.append(_opened(mention))
                touched.append(meetings[-1])
                continue
            if last is not None and mention.other_round and not recast and not (last.date and dates_fit(last.date, mention.date)):
                continue  # "the second X summit opened ... since the first summit in Xi'an in May 2023": the earlier one
            if recast and last is not None and not (dates_fit(last.date, mention.date) and places_fit(last.place, mention.place)):
                mention.parties = union(last.parties, mention.parties)  # (with a day or place of its own: an earlier one)
                meetings.append(_opened(mention))
                touched.append(meetings[-1])
                continue
            their_own = last is not None and mention.date is not None and mention.kind != "summit" and bool(
                _THEIR_OWN.search(text, max(mention.sentence[0], mention.start - 30), mention.start)
            )
            if their_own and not dates_fit(last.date, mention.date):
                mention.parties = union(last.parties, mention.parties)  # "X recalled their talks in Cairo in February",
                meetings.append(_opened(mention))  # after this week's: the pair's earlier meeting
                touched.append(meetings[-1])
                continue
            if last is not None and not mention.group and not dates_fit(last.date, mention.date) and _round_of_lands(last, mention, text):
                mention.parties = union(states_of(last.parties), mention.parties)  # "the strategic dialogue held in Cairo last
                meetings.append(_opened(mention))  # week", after this week's talks: an earlier round of the two states'
                touched.append(meetings[-1])
                continue
            if last is not None and not mention.group and not dates_fit(last.date, mention.date):
                continue  # "the summit in Woodside last year", after this week's talks: some other event
            if last is not None:
                sides = states_of(last.parties) if mention.of_countries else _leaders_for(last, mention) or last.parties
            elif len(mention.fallback) >= 2 and (mention.group or named or not touched):  # ("The talks, held in Z", the first
                sides = mention.fallback  # contact told: the pair the sentence before named)
                if not text.startswith(("had ", "Had "), mention.start):  # (not "the two leaders had held talks": before it)
                    mention.date = mention.date or mention.fallback_date  # "Xi and Putin met on Thursday. They ..."
            elif mention.group and not mention.of_countries and any(m.kind != "summit" for m in touched):
                earlier = [m for m in reversed(touched) if m.kind != "summit"]  # "X phoned Y ... The two leaders agreed
                # to meet": the callers, at a meeting of its own ("both leaders": the last meeting of heads of state)
                such = [m for m in earlier if described and _as_described(m, mention)]
                before = (such or earlier)[0]
                sides = _leaders_for(before, mention) or before.parties
            else:
                continue
            if last is not None and _host_of_the_group(last, mention):
                mention.parties = union(sides, mention.parties)  # "the two ministers were received by X": a meeting
                meetings.append(_opened(mention))  # of their own with X, who took no part in their talks
                touched.append(meetings[-1])
                continue
            mention.parties = union(sides, mention.parties)  # "the talks", "the two leaders met"
            if last is not None and not mention.date and (news or _best_match(meetings, mention, published) is None) and not _next_one(last, mention, text):
                last.mentions.append(mention)  # an undated "the meeting" refers back, it is no new meeting
                continue
        target = _best_match(meetings, mention, published)
        if target is not None:
            _absorb(target, mention, fill=True)
        elif len(mention.parties) >= 2 or mention.kind == "summit" and (mention.named_gathering or any(p.multilateral for p in mention.parties)):
            target = _opened(mention)  # (a summit opens with its organization or one attendee: the others join it later)
            if mention.sequel:  # "in a separate meeting": the occasion of the last meeting of its kind of news
                target.occasion = _occasion_of(touched, mention)
            meetings.append(target)
        else:
            continue
        touched.append(target)
    return meetings


def _series_of_lands(touched: list[Meeting], mention: MeetingMention) -> Meeting | None:
    """The talks told last, of persons of two or more lands and no bloc, of which MENTION, an earlier edition naming no bloc and
    no land ("The 14th Annual Summit was held in New Delhi in March 2022"), is a round: a bilateral summit, a meeting."""
    if mention.parties or not touched or touched[-1].kind == "call" or any(p.multilateral for p in touched[-1].parties):
        return None  # (the talks of the 15th, a summit of two leaders, or a meeting; not a bloc's gathering)
    return touched[-1] if len(states_of(touched[-1].parties)) >= 2 else None


def _another_bloc(meeting: Meeting, mention: MeetingMention) -> bool:
    """Whether MENTION names a bloc MEETING, a gathering of other blocs, does not: "X attended the summit as a guest",
    of the G7 summit the sentence before named, joins no BRICS summit told earlier."""
    its = [p for p in mention.parties if p.multilateral]
    theirs = [p for p in meeting.parties if p.multilateral] if its else []
    return bool(theirs) and not (_covers_orgs(theirs, its) or _covers_orgs(its, theirs))


def _group_named(touched: list[Meeting], mention: MeetingMention) -> list[Party]:
    """The two persons "the two leaders" (or "both men") stands for beside the guests MENTION names: the pair the
    sentence before named, else the two persons of the last meeting told with neither guest, else none."""
    if len(mention.fallback) == 2:
        return mention.fallback
    for meeting in reversed(touched):
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        if len(persons) == 2 and not any(same_side(p, q) for p in persons for q in mention.parties):
            return persons
    return []


def _new_gathering(touched: list[Meeting], mention: MeetingMention) -> bool:
    """Whether MENTION is a summit of an organization that no meeting told so far has as a side, after a summit of
    another ("at the Group of 20 summit in Rio", after an EU-Mercosur summit): "the" names that gathering, it does
    not point back."""
    if mention.kind != "summit" or not mention.anaphoric:
        return False
    orgs = [p for p in mention.parties if p.multilateral]
    summit = next((m for m in reversed(touched) if m.kind == "summit"), None)
    return (
        bool(orgs) and summit is not None and any(q.multilateral for q in summit.parties)
        and not any(same_side(p, q) for m in touched for q in m.parties for p in orgs)
    )


def _host_of_the_group(last: Meeting, mention: MeetingMention) -> bool:
    """Whether MENTION has a person not among LAST's sides receive a group ("the two ministers") told before, or
    the group call that person ("the two prime ministers joined a video call with X")."""
    hosts = [p for p in mention.parties if p.type == "PERSON"]
    return mention.frame in ("host", "call") and mention.group and len(hosts) == 1 and not any(same_side(hosts[0], q) for q in last.parties)


def _pair_not_yet_met(touched: list[Meeting], mention: MeetingMention, text: str) -> bool:
    """"... the commissions led by A and B. At their previous meeting, on April 19, ...": "their" is the pair the
    sentence before named together, when no contact of either was reported before (not the story's news)."""
    persons = [p for p in mention.fallback if p.type == "PERSON"]
    if len(persons) < 2 or not _THEIR_LAST.search(text, max(mention.sentence[0], mention.start - 30), mention.start):
        return False
    return not any(same_side(p, q) for m in touched for q in m.parties for p in persons)


def _occasion_of(touched: list[Meeting], mention: MeetingMention) -> Meeting | None:
    """The meeting whose occasion a "separate meeting" MENTION shares: the last one of its kind and status on its day
    (not a trip months before: "Also on May 26" follows that day's talks; nor a round recalled as "they had last held
    talks"), the last with one of its persons first
    ("On the same day, X separately received Y": X's talks, not a guest's earlier stop told in between)."""
    fitting = [
        m for m in reversed(touched)
        if m.status == mention.status and (m.kind == "call") == (mention.kind == "call")
        and (mention.earlier_round or not m.first.earlier_round)
        and (dates_fit(m.date, mention.date) or bool(mention.date and SAME_DAY_TEXT.fullmatch(mention.date.get("text") or "")))
    ]
    persons = [p for p in mention.parties if p.type == "PERSON"]
    shared = [m for m in fitting if any(same_side(p, q) for p in persons for q in m.parties)]
    return (shared or [m for m in fitting if dates_fit(m.date, mention.date)] or [None])[0]


def _share_subject(trip: Meeting, mention: MeetingMention, text: str) -> None:
    """"X travelled to Turkey in February ... and met Erdogan in Ankara": a trigger with one side, joined by "and" to
    the trip of the same sentence told just before it, has the traveller for its subject ("the EAM met A and held
    talks with B": after a meeting, its subject)."""
    last = trip.mentions[-1]
    if last.sentence != mention.sentence or not _AND_THEN.search(text, max(last.end, mention.start - 12), mention.start):
        return
    travellers = [p for p in last.parties if p.type == "PERSON"] if trip.kind == "visit" else [p for p in last.parties[:1] if p.type == "PERSON"]
    if len(travellers) == 1 and not same_side(travellers[0], mention.parties[0]):
        mention.parties = [travellers[0], *mention.parties]


def _met_again(met: Meeting, mention: MeetingMention, text: str) -> None:
    """"X met Y in Muscat on Sunday and agreed to meet again in Rome" (or "to hold the next round of talks"): a planned
    trigger with X alone, joined by "and" to X's meeting held in the same sentence, is the pair's next round."""
    last = met.mentions[-1]
    if mention.status != "planned" or met.status != "held" or last.sentence != mention.sentence or len(met.parties) < 2:
        return
    if not same_side(met.parties[0], mention.parties[0]) or " and " not in text[last.end : mention.start]:
        return
    end = min(mention.end + 7, mention.sentence[1])  # ("meet again": the word after the trigger)
    if ("again" in text[mention.end : end] or "round" in text[mention.start : end]) and _AGAIN.search(text, mention.start, end):
        mention.parties = union(mention.parties, met.parties)


def _the_meal(fitting: list[Meeting], mention: MeetingMention, text: str) -> Meeting | None:
    """The meeting last told with the meal MENTION joins ("Y and Z, who toured three cities this week, also attended the
    lunch": the luncheon, not their tour)."""
    if not mention.meal:
        return None
    told = (m for m in reversed(fitting) if any(x.sentence != mention.sentence and mention.meal in text[slice(*x.sentence)] for x in m.mentions))
    return next(told, None)


def _aided(touched: list[Meeting], mention: MeetingMention) -> Meeting | None:
    """The meeting reported last that MENTION, a meeting attended ("joined X for the meeting"), adds aides to: one of
    its persons, with the same status and a day that fits; or, in the very next sentence of a story with no gathering,
    the persons who "also attended"."""
    if mention.frame != "attend" or not touched:
        return None
    last = touched[-1]
    if last.kind != "meeting" or last.status != mention.status or not dates_fit(last.date, mention.date):
        return None
    if mention.kind == "meeting":
        shared = any(same_side(p, q) for p in mention.parties if p.type == "PERSON" for q in last.parties if q.type == "PERSON")
        return last if shared else None
    next_sentence = 0 <= mention.sentence[0] - last.mentions[-1].sentence[1] <= _GAP
    if mention.anaphoric and next_sentence and mention.parties and all(p.type == "PERSON" for p in mention.parties):
        return None if any(m.kind == "summit" for m in touched) else last
    return None


def _the_news(meetings: list[Meeting], last: Meeting, mention: MeetingMention, published: str | None) -> Meeting:
    """The meeting "the talks" (told with nothing of its own) refers to: LAST, the one told last of its kind, unless that
    one was recalled from long before the report; then the story's own of that kind, held around the report's day
    ("The talks then continued in an expanded format", after "the two last met in May"); told with a place, the
    latest one held there."""
    if mention.group or mention.earlier_round:
        return last
    if mention.place and not places_fit(last.place, mention.place):  # "at the start of their talks in the Kremlin", after
        return next(  # "three days after visiting Kyiv, where he urged X": the talks held where it says
            (m for m in reversed(meetings) if m.kind == last.kind and m.status == mention.status and m.place and places_fit(m.place, mention.place)
             and dates_fit(m.date, mention.date)),
            last,
        )
    if mention.date or mention.place or not published or not _long_ago(last.date, published):
        return last
    return next(
        (m for m in meetings if m.kind == last.kind and m.status == mention.status and m.date and near(m.date["value"], published, _TRIP_DAYS)),
        last,
    )


def _bilateral_summit(touched: list[Meeting], mention: MeetingMention) -> bool:
    """Whether MENTION, "(their) summit in Wuhan in April" (a noun of no organization, with a place or day of its own),
    may name a bilateral summit (a meeting): the story reported talks before it and no gathering."""
    if mention.kind != "summit" or mention.frame != "noun" or not (mention.place or mention.date) or mention.sequel or not touched:
        return False  # (not "the second summit, in Hanoi": of a series, whose first may be some other meeting)
    if any(p.multilateral for p in mention.parties):
        return False
    return all(m.kind != "summit" for m in touched) and touched[-1].kind == "meeting"


def _summit_at_a_gathering(touched: list[Meeting], mention: MeetingMention) -> bool:
    """Whether MENTION, "the summit, held on the sidelines of the APEC forum", after talks, is those talks: a summit
    held at a bloc's gathering is a meeting there, not the gathering."""
    if mention.kind != "summit" or mention.parties or mention.sidelines_of is None or not mention.sidelines_of.multilateral:
        return False
    return bool(touched) and touched[-1].kind == "meeting"


def _of_the_last_named(touched: list[Meeting], mention: MeetingMention) -> Meeting | None:
    """The latest meeting of MENTION's kind with the person the text named last of all such meetings' persons:
    "The pair first met in March", after Joly's words that followed an aside on Trudeau and Xi, is Joly's pair."""
    fitting = [m for m in reversed(touched) if m.kind == mention.kind]
    told_last = max((x.start for x in fitting[0].mentions), default=0) if fitting else 0
    for name, named_at in mention.named_last:
        if named_at < told_last:  # (named before the latest such meeting was told: that meeting is the one meant)
            return None
        held = next((m for m in fitting if any(p.name == name for p in m.parties)), None)
        if held is not None:
            return held
    return None


def _trio_told(touched: list[Meeting], mention: MeetingMention) -> list[Party] | None:
    """The persons of the meetings told in the sentence of the last one, when they are as many as MENTION's group of
    three or more ("the three ministers") or its trigger ("a trilateral meeting") counts."""
    size = mention.group_size or (3 if mention.three_way else 0)
    if size < 3 or not touched:
        return None
    sentence = touched[-1].mentions[-1].sentence
    told = [m for m in touched if any(x.sentence == sentence for x in m.mentions)]
    persons = dedupe([p for m in told for p in m.parties if p.type == "PERSON"])
    return persons if len(persons) == size and len(told) > 1 else None


def _two_persons(meeting: Meeting) -> bool:
    return sum(p.type == "PERSON" for p in meeting.parties) >= 2


def _resumed(touched: list[Meeting], mention: MeetingMention) -> Meeting | None:
    """The contact MENTION, a planned "continue their talks next week in Brussels" with a day or place of its own,
    takes up again: the last one of two or more parties (no summit), whose next round it is."""
    if not mention.resumed or mention.status != "planned" or not (mention.date or mention.place):
        return None
    last = next((m for m in reversed(touched) if m.kind != "summit" and len(m.parties) >= 2), None)
    return None if last is None or last.date and dates_fit(last.date, mention.date) and places_fit(last.place, mention.place) else last


def _other_pair_named(meeting: Meeting, mention: MeetingMention) -> bool:
    """Whether MENTION, "the pair first spoke" recalled as an earlier round, follows a sentence naming two persons of
    whom MEETING (the last one told) has not both: that sentence's pair is the one meant."""
    if not (mention.group and mention.earlier_round):
        return False
    named = {p.name for p in mention.fallback if p.type == "PERSON" and (not mention.leaders or leads(p))}  # ("the two
    # presidents" are no pair of a chamber's and a senate's presidents named just before)
    return len(named) >= 2 and not named <= {p.name for p in meeting.parties}


def _as_described(meeting: Meeting, mention: MeetingMention) -> bool:
    """Whether MEETING's sides are those the group of MENTION describes ("both leaders", "the three sides")."""
    if mention.leaders and not _of_leaders(meeting):
        return False
    if mention.ministers and not _of_ministers(meeting):
        return False
    return not mention.group_size or len(meeting.parties) == mention.group_size


def _leaders_for(meeting: Meeting, mention: MeetingMention) -> list[Party]:
    """"The visit follows a call between the two heads of state", told after talks of two ministers: each land's
    leader the story names, else the land; [] unless MENTION's group names leaders and MEETING is of ministers alone.
    "Both Presidents are expected to attend", after a session of two lands: each land's one leader, else []."""
    if mention.leaders and len(meeting.parties) >= 2 and all(p.type == "GPE" for p in meeting.parties):
        heads = [mention.heads.get(p.country) for p in meeting.parties]
        return heads if all(heads) else []
    if not mention.leaders or not all(p.type == "PERSON" and p.country and not leads(p) for p in meeting.parties) or not _of_ministers(meeting):
        return []
    lands = states_of(meeting.parties)
    return [mention.heads.get(land.country, land) for land in lands] if len(lands) >= 2 else []


def _of_leaders(meeting: Meeting) -> bool:
    """Whether two or more of MEETING's persons lead a state or government (by their role)."""
    persons = [p for p in meeting.parties if p.type == "PERSON"]
    leaders = sum(leads(p) for p in persons)
    return leaders >= 2 or leaders == 1 and any("counterpart" in (p.role or "").lower() for p in persons)  # "met his counterpart"


def leads(person: Party) -> bool:
    """Whether PERSON's role leads a state or government (not "president of the Senate")."""
    role = person.role or ""
    return bool(_LEADER_ROLE.search(role)) and not _OF_A_BODY.search(role)


def _of_lands(meeting: Meeting, mention: MeetingMention) -> bool:
    """Whether MEETING's sides are of the lands MENTION's sentence names for its group ("Relations between Ankara and
    Cairo began to thaw when the two presidents first met": Turkey's and Egypt's), or it names none."""
    return not mention.lands or mention.lands <= {p.country for p in meeting.parties if p.country}


_FROM_WHERE = lazy_pattern(r"\bfrom\s+(?:[A-Z][\w'’.-]*,?\s+){1,4}where\s+(?:[\w'’-]+\s+){0,4}$")  # "from Hanoi, where he held "
_FROM_WHERE_REACH = 80
_SEPARATE = lazy_pattern(r"\bseparate(?:ly\b|\s+(?:talks|meetings?|consultations|calls?)\b)")  # "held separate talks with X": an aside


def _earlier_leg(meeting: Meeting, text: str) -> bool:
    """Whether MEETING is told only in a "where" clause on the place a traveller came from ("arrived on Tuesday from
    Hanoi, where he held talks with X"): a leg of the trip before the news, told in passing."""
    return all(_FROM_WHERE.search(text, max(m.sentence[0], m.start - _FROM_WHERE_REACH), m.start) for m in meeting.mentions)


def _told_just_before(meeting: Meeting, mention: MeetingMention, text: str) -> bool:
    """Whether MEETING was last told in the sentence right before MENTION's, in the same paragraph, or in the
    paragraph before when it was no aside ("held separate talks with X"): a wire's paragraphs are one sentence."""
    end = meeting.mentions[-1].sentence[1]
    if end > mention.sentence[0] or mention.sentence[0] - end > 6 or text[end : mention.sentence[0]].strip():
        return False
    return "\n" not in text[end : mention.sentence[0]] or not any(_SEPARATE.search(text, *m.sentence) for m in meeting.mentions)


def _of_ministers(meeting: Meeting) -> bool:
    """Whether two of MEETING's persons hold a minister's or secretary's office (by their role), or one and a counterpart."""
    roles = [(p.role or "").lower() for p in meeting.parties if p.type == "PERSON"]
    ministers = sum(bool(_MINISTER_ROLE.search(role)) and not _LEADER_ROLE.search(role) for role in roles)
    return ministers >= 2 or ministers == 1 and any("counterpart" in role for role in roles)


def _earlier_round(last: Meeting, mention: MeetingMention, published: str | None = None) -> bool:
    """"The last such meeting", "the two envoys last met": a round before the one reported (held while that one is
    planned, or on another day, or somewhere else; or, the one reported not yet dated, long before the report)."""
    if not mention.earlier_round or not _kinds_fit(last.kind, mention.kind) or "summit" in (last.kind, mention.kind):
        return False
    if last.status != mention.status or not dates_fit(last.date, mention.date) or not places_fit(last.place, mention.place):
        return True
    return last.date is None and _long_ago(mention.date, published)


def _round_of_lands(last: Meeting, mention: MeetingMention, text: str) -> bool:
    """Whether MENTION is a dialogue or consultations of LAST's two or more lands held somewhere else on another day
    ("the strategic dialogue held in Cairo last week"): the states' standing mechanism, not someone else's event."""
    lands = {p.country for p in last.parties if p.country}
    return (
        len(lands) >= 2 and mention.place is not None and not places_fit(last.place, mention.place)
        and bool(_MECHANISM.search(text, mention.start, mention.end))
    )


def _next_one(last: Meeting, mention: MeetingMention, text: str) -> bool:
    """Whether MENTION, planned after LAST was held, is the next one ("the two countries would hold their next
    strategic dialogue in Tokyo"), not a word more on LAST."""
    return mention.status == "planned" and last.status == "held" and bool(_NEXT_ONE.search(text, max(mention.sentence[0], mention.start - 30), mention.end))


def _long_ago(date: dict | None, published: str | None) -> bool:
    """Whether DATE lies before the report of PUBLISHED, further back than a trip ("in Bali in November 2022")."""
    if date and not published:  # (a report of no known year: a round it dates to a year of its own is an earlier one)
        return date["value"][:4].isdigit()
    return bool(date and published) and compare(date["value"], published) == -1 and not near(date["value"], published, _TRIP_DAYS)


def _opened(mention: MeetingMention) -> Meeting:
    return Meeting(
        mention.kind, list(mention.parties), mention.place, mention.date, mention.status, [mention], mention.hosted, mention.sidelines, mention.sidelines_of
    )


def _best_match(meetings: list[Meeting], mention: MeetingMention, published: str | None = None) -> Meeting | None:
    """The meeting MENTION belongs to: same date first, else the latest compatible one. (Read from the latest back,
    testing only what can still win: the fit of every meeting is dear to tell.)"""
    latest = None  # the latest that fits, kept while an earlier one of the same date may still be found
    for m in reversed(meetings):
        same_day = bool(mention.date and m.date and m.date["value"] == mention.date["value"])
        if latest is not None and not same_day:
            continue
        if _compatible(m, mention) and not _long_before(m, mention, published) and not _recalled(m, mention, published):
            if same_day or not mention.date:
                return m
            latest = m
    return latest


def _recalled(meeting: Meeting, mention: MeetingMention, published: str | None) -> bool:
    """"Xi and Biden previously met in Bali": a later sentence that recalls an earlier round, with a place or day of
    its own, tells no more of the news the story reported first (a meeting of the report's days, or undated)."""
    if not mention.earlier_round or mention.anaphoric or not (mention.place or mention.date) or "summit" in (meeting.kind, mention.kind):
        return False
    if any(m.earlier_round or m.sentence == mention.sentence for m in meeting.mentions):
        return False
    return meeting.date is None or bool(published) and near(meeting.date["value"], published, _TRIP_DAYS)


def _long_before(meeting: Meeting, mention: MeetingMention, published: str | None) -> bool:
    """"Marcos received the two ministers ... This followed his official visit to Tokyo in February 2023": a contact
    told later with a day of its own long before the report (not "the talks", not in the same sentence) is no part
    of an undated one the story reported first (its news)."""
    if not published or not mention.date or meeting.date or mention.anaphoric and not mention.group or "summit" in (meeting.kind, mention.kind):
        return False  # (not "the talks"; "they met in Bali last year" is another contact)
    if any(m.sentence == mention.sentence and not m.anaphoric for m in meeting.mentions) or _host_of_its_sentence(meeting, mention):
        return False  # (but "It was their first meeting since they met in Bali last year" names two)
    return compare(mention.date["value"], published) == -1 and not near(mention.date["value"], published, _TRIP_DAYS)


def _kinds_fit(a: str, b: str) -> bool:
    """Kinds one contact can have: a visit is met on it, "spoke with" is a meeting or a call."""
    return a == b or {a, b} <= {"meeting", "visit"} or "talk" in (a, b) and {a, b} <= {"talk", "meeting", "call"}


def _compatible(meeting: Meeting, mention: MeetingMention) -> bool:
    if (meeting.kind, mention.kind) in _TRIP_AND_SUMMIT:  # "will visit Delhi to attend the BRICS meeting", "flies to
        undated_trip = not (meeting.date if meeting.kind == "visit" else mention.date)  # Rio for the summit, which opens on Monday"
        same_trip = places_fit(meeting.place, mention.place) and not mention.onward  # (not "take Xi to Rwanda and to South
        # Africa, where he will attend the summit in Johannesburg", "attend the forum before leaving for Japan": elsewhere)
        if same_trip and mention.sentence not in {m.sentence for m in meeting.mentions}:  # "Albanese arrives in Apia for
            trip, summit = (meeting, mention) if meeting.kind == "visit" else (mention, meeting)  # the forum", then "landed in
            told = trip.mentions if trip is meeting else [trip]  # Apia on Tuesday" right after it: the lead retells the
            reported = summit.mentions if summit is meeting else [summit]  # headline's trip to the summit
            return (
                bool(trip.place and summit.place) and meeting.status == mention.status and dates_fit(meeting.date, mention.date)
                and covers(summit.parties, [p for p in trip.parties if p.type == "PERSON"])
                and any(0 <= t.sentence[0] - r.sentence[1] <= _NEXT_SENTENCE for t in told for r in reported)
            )
        return same_trip and (meeting.status == mention.status or undated_trip or _attend_purpose(meeting, mention))
    if meeting.status != mention.status and not (_trip_then_talks(meeting, mention) or _summit_of_no_day(meeting, mention) or _planned_trip_retold(meeting, mention)):
        return False
    if not _kinds_fit(meeting.kind, mention.kind):
        return False
    if mention.lands_ahead and meeting.kind == "visit":
        return False  # "ahead of the A-B Leaders' Retreat": the two lands' gathering, no part of a trip told before it
    if mention.onward and any(m.sentence == mention.sentence for m in meeting.mentions) and not _next_stop(meeting, mention):
        return False  # "will meet X on Thursday, and then travel to Kazan": the next leg, no part of that meeting
    if meeting.kind == mention.kind == "summit":
        return _one_gathering(meeting, mention)  # "leaders met at a summit"; "the host welcomed A, B, C and D"
    if mention.three_way and len(meeting.parties) < 3 and not any(m.three_way for m in meeting.mentions):
        return False  # "the two ministers agreed to hold a trilateral meeting with Seoul": no part of their own talks
    # (every test below must hold: the cheap ones first)
    if len(mention.parties) < 2 and not mention.anaphoric and mention.frame not in ("noun", "visit", "attend") and not _host_of_its_sentence(meeting, mention):
        return False
    visit = "visit" in (meeting.kind, mention.kind) or mention.frame == "visit"  # a trip spans days: a day of it does not conflict
    if not dates_fit(meeting.date, mention.date) and not (visit and near(meeting.date["value"], mention.date["value"], _TRIP_DAYS)):
        return False
    if not places_fit(meeting.place, mention.place) and not _next_stop(meeting, mention):
        return False
    if not (covers(meeting.parties, mention.parties) or covers(mention.parties, meeting.parties)):
        return False
    core = _named_sides(meeting)  # (not the aides "the talks were attended by": "X hosted a banquet for Y" after them)
    persons = [p for p in core if p.type == "PERSON"], [p for p in mention.parties if p.type == "PERSON"]
    if mention.sequel and not mention.anaphoric and not persons[0] and len(persons[1]) >= 2:
        return False  # "Bangladesh and Pakistan held talks ... Baloch later called on Hossain": another meeting
    if mention.sequel and not mention.anaphoric and len(persons[0]) >= 2 and len(persons[1]) >= 2 and {p.name for p in persons[1]} - {p.name for p in persons[0]}:
        return False  # "The two last met in Beijing in April, when Blinken also met Xi": Xi's own meeting
    if (mention.hosts_talks or meeting.first.hosts_talks) and not (covers(meeting.parties, mention.parties) and covers(mention.parties, meeting.parties)):
        return False  # "India could host talks between Russia and Ukraine" is no part of a Russian leader's trip to India
    kinds = {meeting.kind, mention.kind}
    if not mention.anaphoric and not kinds & {"summit", "visit"} and min(len(core), len(mention.parties)) >= 2:
        states = not persons[0] and all(p.type == "GPE" for p in core) or not persons[1] and all(p.type == "GPE" for p in mention.parties)
        if len(core) != len(mention.parties) and not states:  # (not "PH, Japan eye talks" and their ministers' talks)
            return False  # a bilateral on the sidelines of a trilateral is another meeting
        lands = [{p.country for p in side} for side in (meeting.parties, mention.parties)]
        if states and len(meeting.parties) != len(mention.parties) and None not in lands[0] | lands[1] and lands[0] != lands[1]:
            if not _pair_and_host(meeting, mention, lands):
                return False  # a trilateral of Japan, China and South Korea is no part of its Japanese and Chinese ministers' talks
    if not (mention.anaphoric or "visit" in kinds) and min(map(len, persons)) >= 2 and not (covers(*persons) and covers(persons[1], persons[0])):
        return False  # Yun and Kishida's talks, and their trilateral meeting with Kerry, are two meetings
    return True


def _pair_and_host(meeting: Meeting, mention: MeetingMention, lands: list[set]) -> bool:
    """Whether one side is the other's lands and the host who received them: "the ministers of A and B held talks in
    Doha" and "Qatar's minister hosted A's and B's ministers" are one meeting."""
    if len(mention.parties) > len(meeting.parties):
        hosted, parties, other = mention.hosted, mention.parties, lands[0]
    else:
        hosted, parties, other = meeting.hosted, meeting.parties, lands[1]
    return hosted and {p.country for p in parties[1:]} == other and parties[0].country not in other


def _next_stop(meeting: Meeting, mention: MeetingMention) -> bool:
    """"visited Abuja, where he held talks with X, before heading to Lagos": an undated trip on to another city of
    the same country, told in the sentence of the trip or talks, is the same trip (its first stop keeps the place)."""
    if mention.kind != "visit" or mention.date is not None or not meeting.place or not mention.place:
        return False
    land = meeting.place.get("country")
    return (
        bool(land) and land == mention.place.get("country")
        and any(m.sentence == mention.sentence and m.kind in ("visit", "meeting") for m in meeting.mentions)
        and covers(meeting.parties, [p for p in mention.parties if p.type == "PERSON"])
    )


def _trip_then_talks(meeting: Meeting, mention: MeetingMention) -> bool:
    """"Modi travels to Vienna ... and will hold talks with Chancellor X": an undated trip told in the present and
    the talks its sentence plans next are one contact, as planned as the talks."""
    if meeting.kind != "visit" or mention.kind != "meeting" or mention.status != "planned" or meeting.date is not None:
        return False
    travellers = [p for p in meeting.parties if p.type == "PERSON"]
    return all(m.sentence == mention.sentence for m in meeting.mentions) and bool(travellers) and covers(mention.parties, travellers)


def _planned_trip_retold(meeting: Meeting, mention: MeetingMention) -> bool:
    """Whether MENTION, a trip named with no tense and no day ("The President's visit to Luanda underscores ..."),
    retells the planned visit MEETING (not "his previous visit": an earlier one)."""
    return (
        meeting.status == "planned" and meeting.kind == mention.kind == "visit" and mention.frame == "visit" and mention.date is None
        and not mention.earlier_round and _visitor_and_land(meeting.parties) and _visitor_and_land(mention.parties)
        and covers(meeting.parties, mention.parties)
    )


def _visitor_and_land(parties: list[Party]) -> bool:
    """Whether PARTIES are a trip's: one person and the land visited, no host."""
    return len(parties) == 2 and sorted(p.type for p in parties) == ["GPE", "PERSON"]


def _summit_of_no_day(meeting: Meeting, mention: MeetingMention) -> bool:
    """"Modi, who is in Tianjin for the SCO Summit 2025" and "Xi will preside over the SCO summit on Monday": a
    gathering someone is said to be in town for, with no day (or its year alone), is the one of the same bloc the
    story dates, whatever the mood."""
    if meeting.kind != "summit" or mention.kind != "summit" or not any(p.multilateral for p in mention.parties):
        return False
    undated = [m for m in (*meeting.mentions, mention) if m.date is None or len(m.date["value"]) == 4]
    return any(m.travelled for m in undated) and _one_gathering(meeting, mention)  # (not "attended a G20 conference")


def _attend_purpose(meeting: Meeting, mention: MeetingMention) -> bool:
    """Whether a trip made (held) and a summit still ahead (planned) of one sentence are the trip to that summit
    ("arrived in Lima on Thursday to attend the APEC meeting, which opens on Friday")."""
    trip, summit = (meeting, mention) if meeting.kind == "visit" else (mention, meeting)
    return trip.status == "held" and summit.status == "planned"


def _named_sides(meeting: Meeting) -> list[Party]:
    """The sides MEETING's own reports of both sides name (not those "the talks" / "were attended by" added), else
    all its sides."""
    named = {  # each name once: a side is the same for every mention naming it (its name, type and country decide)
        (p.name, p.type, p.country): p for m in meeting.mentions if not m.anaphoric and len(m.parties) >= 2 for p in m.parties
    }.values()
    core = [p for p in meeting.parties if any(same_side(p, q) for q in named)]
    return core if len(core) >= 2 else meeting.parties


def _one_gathering(meeting: Meeting, mention: MeetingMention) -> bool:
    """Two reports of a summit that can be one: the organizations of one among the other's ("a joint summit of the
    EAC and SADC", "the EAC summit"), dates and places that fit."""
    numbers = {m.edition_number for m in meeting.mentions} - {None}
    if mention.edition_number and numbers and mention.edition_number not in numbers:
        return False  # "the 44th GCC summit was held in Doha", after the 45th: another edition
    if mention.other_round and not meeting.date:
        return False  # "the first GCC-ASEAN summit, hosted by Riyadh in October 2023", after the undated news of the second
    theirs, its = [p for p in meeting.parties if p.multilateral], [p for p in mention.parties if p.multilateral]
    orgs = [*theirs, *its]
    if not (_covers_orgs(theirs, its) or _covers_orgs(its, theirs)):
        return False
    if its and not theirs and _leaders_of_two_lands(meeting.parties) and meeting.first.anaphoric and covers(meeting.first.fallback, meeting.parties):
        return False  # "The Summit takes place in Canberra", of the two prime ministers the sentence before named, then "to
        # attend the ASEAN Summit": another (not "A and B arrived for the summit", the bloc's summit they attend)
    own = mention.frame == "attend" and not mention.anaphoric and len(mention.parties) >= 3  # "joined A and B for a trilateral
    if orgs and own and not any(p.multilateral for p in mention.parties):  # summit" at the APEC summit: a gathering of their own
        return False
    return dates_fit(meeting.date, mention.date) and places_fit(meeting.place, mention.place)


def _leaders_of_two_lands(parties: list[Party]) -> bool:
    """Whether PARTIES are two persons of two known lands, and no more: a bilateral summit, no organization's."""
    return len(parties) == 2 and all(p.type == "PERSON" and p.country for p in parties) and parties[0].country != parties[1].country


def _covers_orgs(larger: list[Party], smaller: list[Party]) -> bool:
    """Whether every organization of SMALLER is one of LARGER's."""
    return all(any(same_side(a, b) for a in larger) for b in smaller)


def dates_fit(a: dict | None, b: dict | None) -> bool:
    """Two dates that can be the same day: one missing, one a prefix of the other, or a day within a week."""
    if not a or not b:
        return True
    va, vb = a["value"], b["value"]
    if va.startswith(vb) or vb.startswith(va):
        return True
    return _in_week(va, vb) or _in_week(vb, va)


def _in_week(day: str, week: str) -> bool:
    d, w = _DAY.match(day), _WEEK.match(week)
    if not d or not w:
        return False
    try:
        year, number, _ = dt.date(int(d[1]), int(d[2]), int(d[3])).isocalendar()
    except ValueError:
        return False
    return (year, number) == (int(w[1]), int(w[2]))


def places_fit(a: dict | None, b: dict | None) -> bool:
    """Two places that can be one: one missing, the same name, or a city within the other's country."""
    if not a or not b:
        return True
    if (a.get("name") or "").casefold() == (b.get("name") or "").casefold():
        return True
    if a.get("type") == "country" or b.get("type") == "country":  # a city of unknown country ("here") may lie in it
        return not a.get("country") or not b.get("country") or a.get("country") == b.get("country")
    if short_name(a.get("name") or "", b.get("name") or "") and (not a.get("country") or not b.get("country") or a.get("country") == b.get("country")):
        return True  # "Rio" for "Rio de Janeiro", "Washington" for "Washington, D.C."
    if a.get("type") == b.get("type") == "venue":  # "in the Oval Office" and "at the White House": one city's buildings
        return bool(a.get("city")) and a.get("city") == b.get("city")
    return a.get("type") == "venue" and a.get("city") == b.get("name") or b.get("type") == "venue" and b.get("city") == a.get("name")


def short_name(a: str, b: str) -> bool:
    """Whether one name is the other's first words ("Rio", "Rio de Janeiro")."""
    short, full = sorted((a.casefold(), b.casefold()), key=len)
    return bool(short) and full.startswith(short) and not full[len(short)].isalnum()


def _absorb(meeting: Meeting, mention: MeetingMention, fill: bool) -> None:
    meeting.mentions.append(mention)
    if meeting.status != mention.status and meeting.kind == mention.kind == "summit" and mention.date and len(mention.date["value"]) > 4:
        meeting.status = mention.status  # the mood of the report that dates the gathering (``_summit_of_no_day``)
    if fill and "summit" in (meeting.kind, mention.kind) and "visit" in (meeting.kind, mention.kind):
        _trip_to_summit(meeting, mention)  # (the summit's organization alone too: "flies to Rio for the G20 summit")
        return
    moved = mention.kind == "visit" and meeting.kind == "meeting" and _moved_on(meeting.date, mention.date)  # (not "due to meet Y
    # later on Monday ... On Tuesday X heads to Z": the trip's place is not the meeting's)
    if fill and mention.kind == "visit" and meeting.kind == "meeting" and meeting.status == mention.status:
        if not moved:
            meeting.place = _finer_place(meeting.place, mention.place)  # "Mr X was in Dar es Salaam for a two-day visit": where the talks
        meeting.date = meeting.date or mention.date  # on it were held; "invited X to Ankara ... the visit could take place next month"
    if fill and _host_of_its_sentence(meeting, mention):
        meeting.date = meeting.date or mention.date  # "The Consultative Meeting, hosted by X in Dushanbe in September,
        meeting.place = meeting.place or mention.place  # was attended by A and B": the host's clause dates and places it
    if not fill or len(mention.parties) < 2 and not mention.anaphoric:
        return  # "a two-day visit, his first since last June": one side alone tells nothing of this meeting
    trip = "visit" in (meeting.kind, mention.kind)  # the host met on a trip stands for the country visited
    mixed = any(p.type == "PERSON" for p in meeting.parties)  # "Wang hosts Afghanistan-Pakistan meeting": the persons named later
    parties = mention.parties
    if meeting.kind == "visit" and mention.kind == "meeting":  # the talks on one stop of a tour: not the other stops
        meeting.parties = stops_met(meeting.parties, parties)
    elif meeting.kind == "meeting" and mention.kind == "visit":
        parties = stops_met(parties, meeting.parties)
    finer = len(meeting.parties) <= 2 or trip or mixed or all(  # (or "A, B, C foreign ministers meet", then the three
        any(q.type == "PERSON" and same_side(p, q) for q in parties) for p in meeting.parties  # ministers by name: each
    )  # land's minister)
    meeting.parties = union(meeting.parties, parties, finer=finer)
    if meeting.kind == "visit" and mention.kind == "meeting":  # the meeting held on a trip: its own day and place
        meeting.status = mention.status  # (and mood: "travels to Vienna and will hold talks")
        meeting.date = mention.date or meeting.date
        meeting.place = _finer_place(mention.place, meeting.place)
    if meeting.kind in ("visit", "talk") and mention.kind in ("meeting", "call") and not (meeting.kind == "talk" and mention.frame == "sym"):
        meeting.kind = mention.kind  # (not "X spoke to Y. They discussed trade": what was said on the call, no kind of its own)
    meeting.place = meeting.place if moved else _finer_place(meeting.place, mention.place)
    if meeting.date is None or (mention.date and len(mention.date["value"]) > len(meeting.date["value"]) and dates_fit(meeting.date, mention.date)):
        meeting.date = mention.date or meeting.date
    meeting.hosted = meeting.hosted or mention.hosted
    meeting.sidelines = meeting.sidelines or mention.sidelines
    meeting.sidelines_of = meeting.sidelines_of or mention.sidelines_of


def _host_of_its_sentence(meeting: Meeting, mention: MeetingMention) -> bool:
    """Whether MENTION names the host of MEETING as told in the same sentence (a host the meeting already counts)."""
    if mention.frame != "host" or len(mention.parties) != 1:
        return False
    told = any(m.sentence == mention.sentence for m in meeting.mentions if m is not mention)
    return told and any(same_side(mention.parties[0], p) for p in meeting.parties)


def _moved_on(day: dict | None, trip_day: dict | None) -> bool:
    """Whether a trip dated TRIP_DAY set off after the meeting of DAY (both days): it went elsewhere than the meeting."""
    return bool(day and trip_day and _DAY.match(day["value"]) and _DAY.match(trip_day["value"]) and trip_day["value"] > day["value"])


def _trip_to_summit(meeting: Meeting, mention: MeetingMention) -> None:
    """A trip made to attend a summit is the summit: the trip gives its place, not its host as a party."""
    visitors = [p for p in mention.parties if p.type != "GPE"] if mention.kind == "visit" else mention.parties
    if meeting.kind == "visit":
        meeting.parties = [p for p in meeting.parties if p.type != "GPE"]
        meeting.kind = "summit"
        coarse = meeting.date if meeting.date and not _DAY.match(meeting.date["value"]) else None
        meeting.date = mention.date or coarse  # the summit's own day, not the arrival's ("arrived on Thursday to attend the
        # meeting, which opens on Friday"; "arrived on Monday to attend": no day of its own), a month of the trip's
    if "planned" in (meeting.status, mention.status):  # "flies to Rio for the summit, which opens on Monday",
        meeting.status = "planned"  # "is expected to travel to Vientiane for the ministers' consultations"
    meeting.parties = union(meeting.parties, visitors, finer=False)
    summit_place = mention.place if mention.kind == "summit" else None  # ("visited India to attend the summit in Gandhinagar";
    meeting.place = _finer_place(meeting.place, summit_place) or mention.place  # not "... and a visit to Hiroshima")
    meeting.date = meeting.date or mention.date


def _finer_place(kept: dict | None, new: dict | None) -> dict | None:
    """A city over its country, a city over a venue in it, a city's full name over its short one."""
    if kept is None:
        return new
    if new is None:
        return kept
    if kept.get("type") == "country" and new.get("type") != "country":
        return new
    if kept.get("type") == new.get("type") == "city" and len(new.get("name") or "") > len(kept.get("name") or "") and short_name(kept["name"], new["name"]):
        return new  # "Rio" in the headline, "Rio de Janeiro" in the body
    return kept


def join_retold(meetings: list[Meeting]) -> None:
    """"held talks with X on Thursday" and "welcomed X earlier in the day": two reports that only their days,
    known once the context is read, show to be one contact (the same persons, kind, status and day, places
    that fit) make one meeting, the first told."""
    kept: list[Meeting] = []
    for meeting in meetings:
        same = next((k for k in kept if _retold(k, meeting)), None)
        if same is None:
            kept.append(meeting)
            continue
        same.mentions.extend(meeting.mentions)
        same.place = _finer_place(same.place, meeting.place)
    meetings[:] = kept


def _retold(first: Meeting, later: Meeting) -> bool:
    return (
        first.status == later.status and first.kind == later.kind != "summit"
        and bool(first.date and later.date and _DAY.match(first.date["value"])) and first.date["value"] == later.date["value"]
        and places_fit(first.place, later.place)
        and {p.name for p in first.parties} == {p.name for p in later.parties}
    )


def settle_plans(meetings: list[Meeting], text: str = "") -> list[Meeting]:
    """A plan reported beside its outcome ("he planned to call Putin on Monday"; "they spoke on Monday")
    is that meeting: a planned meeting with the same kind, sides and day as a held one joins it (and "the two will
    meet again at the summit" joins that summit; TEXT: the document's)."""
    kept = []
    for meeting in meetings:
        done = None
        if meeting.status == "planned" and meeting.date:
            done = next(
                (
                    m
                    for m in meetings
                    if m.status == "held"
                    and (m.kind == meeting.kind or "talk" in (m.kind, meeting.kind) and _kinds_fit(m.kind, meeting.kind))
                    and m.date
                    and m.date["value"] == meeting.date["value"]
                    and covers(m.parties, meeting.parties)
                    and covers(meeting.parties, m.parties)
                ),
                None,
            )
        if done is None:
            done = _met_as_attendees(meetings, meeting, text) or _met_on_the_trip(meetings, meeting, text)
        named = _named_later(meetings, meeting) if done is None else None
        if named is not None:
            named.mentions = sorted([*named.mentions, *meeting.mentions], key=lambda m: m.start)
            named.date = named.date or meeting.date
        elif done is None:
            kept.append(meeting)
        else:
            if done.status == "held" and _only_told(done, text):
                done.status = "planned"  # "X in Kyiv for talks with Y" and "was set to meet Y later in the day": still ahead
            done.mentions.extend(meeting.mentions)
    return kept


def _met_on_the_trip(meetings: list[Meeting], meeting: Meeting, text: str) -> Meeting | None:
    """"X met Y in London on Monday", then "X is in the United Kingdom on a visit, during which he is scheduled to meet
    Y, ...": a planned meeting of no day, in the land of the visit, whose pair the story has already met in a city of
    that land, is that meeting told again in the itinerary (not "will meet again")."""
    if meeting.status != "planned" or meeting.date or not meeting.place or meeting.place.get("type") != "country":
        return None
    if any(_AGAIN.search(text, m.start, m.sentence[1]) for m in meeting.mentions):
        return None
    return next(
        (
            m
            for m in meetings
            if m.status == "held"
            and m.kind == meeting.kind
            and m.place
            and m.place.get("type") != "country"
            and m.place.get("country") == meeting.place.get("country")
            and m.first.start < meeting.first.start
            and covers(m.parties, meeting.parties)
            and covers(meeting.parties, m.parties)
        ),
        None,
    )


def _only_told(meeting: Meeting, text: str) -> bool:
    """Whether MEETING's mentions only name the talks or the trip (a noun, an arrival), none reports them held by a verb
    (nor by a trip told in the past: "travelled to X on Jan. 24 for talks with Y")."""
    return all(m.frame == "noun" or m.frame == "visit" and not _PAST_TRIP.match(text, m.start) for m in meeting.mentions)


def _named_later(meetings: list[Meeting], meeting: Meeting) -> Meeting | None:
    """"The teams of the two sides had held talks in Geneva", then "In Geneva, X held talks with Y": a meeting whose
    sides only a group word gave (those met last) is the one the story names in the same city, between persons of
    the same lands."""
    if meeting.kind != "meeting" or not meeting.place or meeting.place.get("type") != "city":
        return None
    if not all(m.anaphoric and m.group for m in meeting.mentions):
        return None
    lands = {p.country for p in meeting.parties if p.type == "PERSON"}
    sentences = {m.sentence for m in meeting.mentions}
    return next(
        (
            m for m in meetings
            if m is not meeting and m.kind == "meeting" and m.status == meeting.status and m.place and m.first.start > meeting.first.start
            and m.place.get("name") == meeting.place.get("name") and dates_fit(m.date, meeting.date)
            and any(not x.anaphoric for x in m.mentions) and {p.country for p in m.parties if p.type == "PERSON"} == lands
            and not covers(m.parties, meeting.parties)
            and not all(x.sequel and x.sentence in sentences for x in m.mentions)  # (not "The two last met in Beijing, when
        ),  # Blinken also met Xi": a contact of its own beside theirs)
        None,
    )


def _met_as_attendees(meetings: list[Meeting], meeting: Meeting, text: str) -> Meeting | None:
    """"The two leaders are expected to meet again at the SCO summit", "X invited Y to Lima for the next APEC summit":
    a planned meeting of "the two" (or an invitation) told only as meeting at a gathering (not "on the sidelines" of it)
    is their attending that summit, no talks of their own."""
    if meeting.status != "planned" or meeting.kind != "meeting" or any(m.sentence != meeting.first.sentence for m in meeting.mentions):
        return None  # (told in one sentence: "..., calling the trip long overdue")
    mention = meeting.first
    invited = text.startswith(("invit", "Invit"), mention.start)  # "X invited Y to Lima for the next APEC summit": to attend it
    if not (mention.group or invited) or mention.sidelines_span is None:
        return None
    between = text[mention.start : mention.sidelines_span[0]]
    if "sidelines" in between or "margins" in between or "fringe" in between:
        return None
    return next(
        (m for m in meetings if m.kind == "summit" and m.status == "planned" and any(x.start == mention.sidelines_span[0] for x in m.mentions)),
        None,
    )
