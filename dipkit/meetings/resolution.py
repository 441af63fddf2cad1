"""What a meeting takes from the rest of its document: a named counterpart or host, the place and day of
the summit on whose sidelines it was held or of the occasion it shares, the dateline's city and day."""

from __future__ import annotations

import re

from dipkit.meetings.context import city_told, dated_stops, day_told_before, stop_of, told_as_background
from dipkit.meetings.document import Document, dateline_span
from dipkit.meetings.gatherings import ministers_fields, other_fields
from dipkit.meetings.merging import Meeting, dates_fit, places_fit
from dipkit.meetings.mentions import MeetingMention
from dipkit.meetings.parties import Party, dedupe, same_side, union
from dipkit.lazy_patterns import lazy_pattern
from dipkit.meetings.setting import FULL_DAY, SAME_DAY_TEXT, compare, dateline_city, dateline_place, day_of, near, place_dict
from dipkit.meetings.sides import BODY_NOUN, LANDS_LINK, most_named, pronoun_antecedent

# the lead of a datelined story: its first sentences report what happened on the dateline's day
_LEAD_SENTENCES = 3
_TRIP_DAYS = 31  # a visit dated this far from the host's meetings in the story is another trip
_LEG_DAYS = 3  # a trip within the land this close to talks held there is a leg of that visit
_DURING = lazy_pattern(r"\b(?:during|in\s+the\s+course\s+of|at\s+the\s+time\s+of)\s+(?:[\w'’.-]+\s+){0,4}$", re.IGNORECASE)
_AHEAD_OF = lazy_pattern(r"\b(?:ahead\s+of|in\s+advance\s+of|prior\s+to)\s", re.IGNORECASE)
_FOR_TALKS = lazy_pattern(r"\bfor\s+(?:[\w'’-]+\s+){0,4}?(?:talks|meetings?|consultations|discussions|negotiations|round)\b", re.IGNORECASE)
_WHEN_THEY = lazy_pattern(r"[^,;.:]{0,60}?,\s+when\s+(?:they|the\s+two|both)\s")  # "the visit to Warsaw in January, when they agreed"
_WHEN_THERE = lazy_pattern(r"[^,;.:]{0,80}?\swhen\s+(?:he|she|they|[\w'’-]+\s+)?")  # "meet X when he travels to"
_AND_THEN = lazy_pattern(r"[^,;.]{0,60}?\band\s+(?:[a-z]+\s+)?")  # "visited Abuja in August and (later) held talks with"
_WEEKDAY_ONLY = lazy_pattern(r"^XXXX-WXX-\d$")
_GATHERING_AHEAD_DAYS = 3  # a planned summit this close to the dateline's day is the gathering the desk reports from
_DAY = lazy_pattern(r"^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d|W\d\d-\d)")
_TITLE_AFTER = lazy_pattern(
    r"\s+(leader|president|prime\s+minister|premier|chancellor|foreign\s+minister|secretary\s+of\s+state|foreign\s+secretary|top\s+diplomat"
    r"|head\s+of\s+state|minister|king|emir|ambassador|envoy|delegations?|teams?|negotiators|officials|counterpart|colleague|peer"
    r"|(?:deputy|vice|assistant)[\s-]+(?:[a-z]+\s+){0,2}?(?:ministers?|presidents?|premiers?|secretar(?:y|ies)))\b", re.IGNORECASE
)
_LEADERS_NOUN = lazy_pattern(r"\s+(?:[\w-]+\s+){0,2}?leaders['’]?\s", re.IGNORECASE)  # "the Thai-Lao annual leaders' meeting": theirs
_FOREIGN_OFFICE = ("foreign minister", "foreign secretary", "secretary of state", "foreign affairs", "external affairs")
_OFFICES = {  # the roles a descriptive title stands for
    "leader": ("president", "prime minister", "premier", "chancellor", "king", "emir", "leader", "sultan"),
    "top diplomat": _FOREIGN_OFFICE,
    "foreign minister": _FOREIGN_OFFICE,  # "the Russian foreign minister": "Minister of Foreign Affairs X" too
    "defence chief": ("defence", "defense"),
    "head of state": ("president", "king", "emir", "sultan", "head of state"),
}
_SPACES = lazy_pattern(r"\s+")
_UNDER_OFFICE = lazy_pattern(r"\b(?:vice|deputy)[\s-]+(?:prime\s+)?\w+")  # "vice president", "deputy prime minister"
_SPEAKS = lazy_pattern(r"\s+(?:also\s+)?(?:said|says|told|added|noted|recalled|stressed)\b")  # "Xi said"
_INVITED_VERB = lazy_pattern(r"\binvit(?:ed|es)\s+(?!to\b)", re.IGNORECASE)  # "X invited Y to visit" (a verb, not "an invitation")
_LEADER_TITLE = r"(?:president|prime\s+minister|premier|chancellor|king|emir|sultan|leader)"  # (a host's office, by title)
_TITLED_INVITATION = lazy_pattern(  # "the Sultan's invitation", "an invitation from the Omani president": a leader by title
    rf"\bthe\s+(?:[A-Z][\w-]+\s+)?{_LEADER_TITLE}['’]s\s+invitation\b|\binvitation\s+(?:from|of|by)\s+the\s+(?:[A-Z][\w-]+\s+)?{_LEADER_TITLE}\b",
    re.IGNORECASE,
)
_INVITES_NEXT = lazy_pattern(r"\s+(?:(?:also|has|had)\s+)*invit(?:ed|es)\s+")  # "Dar (also) invited [Y to visit]"
_HE_INVITES = lazy_pattern(r"(?:He|She)\s+(?:(?:also|has|had)\s+)*invit(?:ed|es)\s+")  # "He invited [Y to visit]"
_TO_TRIP = lazy_pattern(r"\s+to\s+(?:(?:pay|make)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})?")  # "[Y] to (pay an official) [visit]"
_HOST_ROLE = lazy_pattern(rf"(?<!vice )(?<!deputy )\b(?:{_LEADER_TITLE}|counterpart)\b", re.IGNORECASE)
_AT_SUMMIT = lazy_pattern(r"(?<![\w-])(?:at|during)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)  # "at the 44th Ordinary Summit"
_AT_REACH = 60
_LAST_HELD = lazy_pattern(  # "The trilateral summit was last held in Seoul": a round recalled, not the news's gathering
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:last|previously)\s+(?:held|hosted|convened)\b", re.IGNORECASE
)


def name_counterparts(doc: Document, mentions: list[MeetingMention]) -> None:
    """"his Indian counterpart" -> the one Indian person the document names, when there is exactly one."""
    persons: dict[str, set[str]] = {}
    named: dict[str, Party] = {}
    for m in doc.mentions:
        if m.party is not None and m.party.type == "PERSON" and m.party.country:
            persons.setdefault(m.party.country, set()).add(m.party.name)
            named[m.party.name] = m.party
    taking_part = {p.name for mention in mentions for p in mention.parties if p.type == "PERSON"}
    titles: dict[int, str] | None = None  # (read only when a nationality stands for one of several persons)
    for mention in mentions:
        upgraded = []
        for party in mention.parties:
            names = persons.get(party.country or "", set()) if party.via_adjective else set()
            if names:
                titles = _titles_after(doc) if titles is None else titles
                names = set() if titles.get(id(party)) == "body" else names  # "the next session of the Kuwaiti-Iraqi Joint
                # Ministerial Committee": a body of the two lands, not the persons named of them
            if len(names) == 1:  # "the Kuwaiti ambassador" is not the one Kuwaiti named, the emir: an office he does not hold
                titles = _titles_after(doc) if titles is None else titles
                title = titles.get(id(party))
                if title and title in _ENVOY_TITLES and not _holds(named[next(iter(names))], title):
                    names = set()
                elif title and title.split()[0] in _DEPUTIES and title.split()[0] not in (named[next(iter(names))].role or "").casefold():
                    names = set()  # "the Kazakh and Korean deputy foreign ministers": not the one Kazakh named, the President
                elif title == "leader" and named[next(iter(names))].role and not _holds(named[next(iter(names))], title):
                    names = set()  # "the Thai-Lao leaders' meeting": not the one Thai named, the foreign minister
                elif title == "counterpart" and _other_rank(named[next(iter(names))], mention.parties, party):
                    names = set()  # "Foreign Minister X spoke with his Japanese counterpart": not the Prime Minister named
            if len(names) > 1:  # "the Russian leader" among several Russians: the one whose office it names
                titles = _titles_after(doc) if titles is None else titles
                title = titles.get(id(party))
                if title == "counterpart":  # "his Mauritanian counterpart": the one of his office
                    names = {n for n in names if _same_office(named[n], mention.parties, party)} or names
                else:
                    names = {n for n in names if title and _holds(named[n], title)} or names
            leader = titles is not None and titles.get(id(party)) == "leader"
            if len(names) > 1:  # else the one who meets people here (of leaders none does: all, for the count below)
                names = names & taking_part or (names if leader else set())
            if len(names) > 1 and titles is not None and titles.get(id(party)) == "counterpart":
                names = _last_met(names, mention, mentions) or names
            if len(names) > 1 and leader:  # "the Chinese leader", a story
                names = {most_named([m for m in doc.mentions if m.party is not None and m.party.name in names])[0].party.name}
                # naming both the President and the Premier: the one it names most (the first named on a tie)
            upgraded.append(named[next(iter(names))] if len(names) == 1 else party)
        mention.parties = dedupe(upgraded)


_DEPUTIES = ("deputy", "vice", "assistant")
_ENVOY_TITLES = frozenset({
    "ambassador", "envoy", "ambassadors", "envoys", "delegation", "delegations", "team", "teams", "negotiators", "officials",
    "diplomat", "diplomats", "charge d'affaires",
})  # ("Russian and Ukrainian delegations met": the two states, not the one Russian and the one Ukrainian named)


def _titles_after(doc: Document) -> dict[int, str]:
    """The title after each nationality that stands for a person ("the Russian leader"), by its party's id."""
    out = {}
    for i, m in enumerate(doc.mentions):
        if m.party is not None and m.party.via_adjective and not m.modifier:
            nxt = doc.mentions[i + 1] if i + 1 < len(doc.mentions) else None
            paired = nxt is not None and nxt.party is not None and (nxt.party.via_adjective or nxt.party.type == "GPE") and LANDS_LINK.fullmatch(
                doc.text, m.end, nxt.start
            )  # ("the Thai-New Zealand leaders' meeting")
            found = _TITLE_AFTER.match(doc.text, nxt.end if paired else m.end)
            if found:
                title = _SPACES.sub(" ", found.group(1)).casefold()
                out[id(m.party)] = "counterpart" if title in ("colleague", "peer") else title  # ("his Azerbaijani colleague")
            elif _LEADERS_NOUN.match(doc.text, nxt.end if paired else m.end):
                out[id(m.party)] = "leader"
            elif BODY_NOUN.match(doc.text, nxt.end if paired else m.end):
                out[id(m.party)] = "body"
            elif m.counterpart_from:
                out[id(m.party)] = "counterpart"  # "his counterparts from Peru and Chile"
    return out


def _same_office(person: Party, parties: list[Party], counterpart: Party) -> bool:
    """Whether PERSON holds the office of the one person of PARTIES (but COUNTERPART) whose counterpart is sought."""
    others = [p for p in parties if p is not counterpart and p.type == "PERSON"]
    return len(others) == 1 and any(_holds(person, title) and _holds(others[0], title) for title in _OFFICES)


def _last_met(names: set[str], mention: MeetingMention, mentions: list[MeetingMention]) -> set[str]:
    """Of NAMES, the one the seeker of "his Serbian counterpart" (MENTION's one other person) met last before it:
    "held talks with X, Minister of Foreign Affairs of Serbia. ... will co-chair with his Serbian counterpart"."""
    seekers = {p.name for p in mention.parties if p.type == "PERSON"}
    if len(seekers) != 1:
        return set()
    for earlier in reversed([m for m in mentions if m.end <= mention.start]):
        met = {p.name for p in earlier.parties} & names
        if len(met) == 1 and seekers <= {p.name for p in earlier.parties}:
            return met
    return set()


def _other_rank(person: Party, parties: list[Party], counterpart: Party) -> bool:
    """Whether PERSON leads a state or government while the one person of PARTIES (but COUNTERPART) whose
    counterpart is sought does not, or the other way round: no counterpart of his."""
    others = [p for p in parties if p is not counterpart and p.type == "PERSON"]
    return len(others) == 1 and bool(others[0].role) and _holds(person, "leader") != _holds(others[0], "leader")


def _holds(person: Party, title: str) -> bool:
    """Whether PERSON's role is the office TITLE names ("leader": a head of state or government)."""
    role = _UNDER_OFFICE.sub(" ", (person.role or "").casefold())  # "the UAE President": not its vice president
    if title == "minister" and "prime minister" in role:
        return False  # "the Russian minister": a minister, not the head of government
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", role) for word in _OFFICES.get(title, (title,)))  # (whole words:
    # a "presidential aide" is no president)


def name_hosts(doc: Document, meetings: list[Meeting]) -> None:
    """"Scholz's trip to Ottawa" in a story where Scholz meets Trudeau: the host of the trip is Trudeau (when
    the trip is dated near those meetings, or the text sets talks "during" it); "since she visited Y in 2022"
    stays a trip of its own."""
    occasions: list[Meeting] = []
    for visit in meetings:
        if visit.kind != "visit" or visit.status != "held" and not any(_FOR_TALKS.search(doc.text, m.end, m.sentence[1]) for m in visit.mentions):
            continue  # a planned trip has a host only when it is "for talks"
        during = any(_DURING.search(doc.text, max(0, m.start - 50), m.start) for m in visit.mentions)  # ("signed during X's visit")
        then = any(_WHEN_THEY.match(doc.text, m.end, m.sentence[1]) for m in visit.mentions)
        # ("since the Prime Minister's visit to Warsaw in January, when they agreed ...": the pair of the story met then)
        visitors = [p for p in visit.parties if p.type == "PERSON"]
        hosts = [p for p in visit.parties if p.type == "GPE"]
        if len(visitors) != 1 or len(hosts) != 1:
            continue
        if visitors[0].country == hosts[0].country:
            continue
        met = {
            p.name: p
            for other in meetings
            if other is not visit and other.kind in ("meeting", "summit", "call", "talk")
            and (then or during and not _held_in_another_land(other, hosts[0]) or visit.status == "planned"
                 or not _apart(visit.date, _told_date(doc, visit, other)) and other.status == "held")  # (a
            # planned trip "for the next round" of talks: with the counterpart of this one; a trip made is no host's
            # meeting when the host is only "due to" receive the visitor)
            and not _recalled_trip(doc, visit, other)
            for mention in other.mentions
            if any(q.type == "PERSON" and same_side(visitors[0], q) for q in mention.parties)
            for p in mention.parties
            if p.type == "PERSON" and p.country == hosts[0].country and not same_side(p, visitors[0])
        }
        if not met and visit.status == "held":  # "Marcos paid an official visit to Tokyo in February, where he and Kishida
            # witnessed ...": the one leader of the land its own sentence names (not "Xi said ... the outcomes of Trong's
            # visit to China"); a leader's state visit: the one leader of the land the story names, wherever it names him
            span = (0, len(doc.text)) if _leader_state_visit(doc, visit, visitors[0]) else visit.first.sentence
            met = _leaders_of_land(doc, span, hosts[0], visitors[0], speakers=False)
            met = {n: p for n, p in met.items() if not _met_another(meetings, visit, p, visitors[0])}  # not one another
            # meets there ("Blinken met Xi in Beijing in June, and Yellen visited Beijing in July")
        if len(met) == 1 and _met_on_it(visit, visitors[0], next(iter(met.values())), meetings):
            occasions.append(visit)  # "arrived in Johannesburg late that night", then talks with Zuma in Pretoria: their occasion
        elif len(met) == 1 and _seen_on_it(visit, visitors[0], next(iter(met.values())), meetings):
            occasions.append(visit)  # "Before the talks, the premier visited Bucha": a stop of the trip of those talks
        elif len(met) == 1 and _received_in_city(visit, visitors[0], next(iter(met.values())), meetings):
            occasions.append(visit)  # "arrived in Hanoi on Tuesday ... was received by X at the Presidential Palace"
        elif len(met) == 1:
            visit.parties = [visitors[0], *met.values()]
            visit.kind = "meeting"
    meetings[:] = [
        m for m in meetings
        if not any(m is o for o in occasions) and not _trip_to_talks(m, meetings) and not _talks_on_trip(doc, m, meetings)
        and not _talks_when_there(doc, m, meetings) and not _talks_during_trip(doc, m, meetings) and not _arrival_for_talks(doc, m, meetings)
        and not _trip_where_talks(doc, m, meetings)
    ]


def _held_in_another_land(meeting: Meeting, land: Party) -> bool:
    """Whether MEETING took place in a country other than LAND ("received by Putin in Moscow" hosts no trip to Pyongyang)."""
    country = meeting.place.get("country") if meeting.place else None
    return bool(country) and country != land.country


def _leader_state_visit(doc: Document, visit: Meeting, visitor: Party) -> bool:
    """Whether VISIT is a head of state's or government's "state visit", which the leader of the land visited hosts."""
    return _holds(visitor, "leader") and any("state visit" in doc.text[max(0, m.start - 6) : m.end].lower() for m in visit.mentions)


def _told_date(doc: Document, visit: Meeting, other: Meeting) -> dict | None:
    """OTHER's date; for an undated meeting told before the trip VISIT, the report's day (the news comes first: a
    lunch "afterward" is no part of "his trip to Ireland last April" told after it)."""
    if other.date or not doc.published or other.first.start > visit.first.start:
        return other.date
    return {"value": doc.published}


def _recalled_trip(doc: Document, visit: Meeting, other: Meeting) -> bool:
    """Whether VISIT, held and dated long before the report ("X last visited Y in 2018"), cannot be the trip of
    OTHER, undated talks still planned (those of the trip the story announces)."""
    if other.date or other.status != "planned" or visit.status != "held" or not visit.date or not doc.published:
        return False
    return _apart(visit.date, {"value": doc.published})


def _elsewhere_or_another_day(visit: Meeting, talks: Meeting) -> bool:
    """Whether TALKS took place in another city of the land VISIT reached, or on another day than the arrival."""
    if talks.place and talks.place.get("type") == "city" and talks.place.get("country") == visit.place.get("country"):
        return not places_fit(talks.place, visit.place)
    days = (visit.date or {}).get("value", ""), (talks.date or {}).get("value", "")
    return all(FULL_DAY.match(d) for d in days) and days[0] != days[1]


def _met_on_it(visit: Meeting, visitor: Party, host: Party, meetings: list[Meeting]) -> bool:
    """Whether the story reports the talks of VISITOR and HOST on the trip VISIT (held, as it was) apart from it, in
    another city of the land the trip reached or on another day (the arrival is no meeting of its own)."""
    if visit.status != "held" or not visit.place or visit.place.get("type") != "city":
        return False
    return any(
        other is not visit and other.kind == "meeting" and other.status == "held" and len(other.parties) == 2
        and _elsewhere_or_another_day(visit, other)
        and any(same_side(p, visitor) for p in other.parties) and any(same_side(p, host) for p in other.parties)
        for other in meetings
    )


def _received_in_city(visit: Meeting, visitor: Party, host: Party, meetings: list[Meeting]) -> bool:
    """Whether VISITOR met HOST, on the day the trip VISIT reached a city (or on no day told), at a venue of no known
    city (a palace, a hall): the talks were held in that city (which they take), the arrival is no meeting of its own."""
    if visit.status != "held" or not visit.place or visit.place.get("type") != "city" or not visit.date:
        return False
    for other in meetings:
        place = other.place
        if other is visit or other.kind != "meeting" or other.status != "held" or not place or place.get("type") != "venue":
            continue
        if place.get("city") or other.date and other.date["value"] != visit.date["value"]:
            continue  # (undated talks told after the arrival take its day later)
        if any(same_side(p, visitor) for p in other.parties) and any(same_side(p, host) for p in other.parties):
            other.place = visit.place
            return True
    return False


def _seen_on_it(visit: Meeting, visitor: Party, host: Party, meetings: list[Meeting]) -> bool:
    """Whether the story reports talks of VISITOR and HOST in the land VISIT went to, of a day that may be the trip's
    (no day of the trip's or one that cannot be compared to theirs): the trip is theirs, no second meeting."""
    land = next((p.country for p in visit.parties if p.type == "GPE"), None)
    if visit.date and FULL_DAY.match(visit.date["value"]):
        return False
    return any(
        other is not visit and other.kind == "meeting" and other.status == visit.status and other.place and other.place.get("country") == land
        and any(same_side(p, visitor) for p in other.parties) and any(same_side(p, host) for p in other.parties)
        and (not visit.date or not other.date or compare(visit.date["value"], other.date["value"]) is None)
        for other in meetings
    )


def invited_host(doc: Document, meetings: list[Meeting]) -> None:
    """"Erdogan has invited Putin to pay a visit to Turkey": a planned trip to a land whose sentence tells of an
    invitation and names one leader of that land (not the visitor: the one who invites, named before the trip or
    after it, "accepted an invitation to visit Turkey, which Erdogan said") is a planned meeting with that leader,
    the host, in that land; none when the story tells their meeting there, held (the invitation made good)."""
    realized: list[Meeting] = []
    for visit in meetings:
        if visit.kind != "visit" or visit.status != "planned" or len(visit.mentions) != 1:
            continue
        visitors = [p for p in visit.parties if p.type == "PERSON"]
        lands = [p for p in visit.parties if p.type == "GPE"]
        if len(visitors) != 1 or len(lands) != 1 or not lands[0].country or visitors[0].country == lands[0].country:
            continue
        sentence = visit.first.sentence
        if not doc.may_hold(sentence[0], sentence[1], ("invit",)) or "invit" not in doc.text[sentence[0] : sentence[1]].lower():
            continue
        hosts = _leaders_of_land(doc, sentence, lands[0], visitors[0])
        if not hosts and (
            doc.find(_INVITED_VERB, sentence[0], visit.first.start, ("invit",)) or doc.find(_TITLED_INVITATION, sentence[0], visit.first.start, ("invit",))
        ):  # "The Sri Lankan President invited PM Modi to visit Sri Lanka", "accepted the Sultan's invitation to visit
            hosts = _leaders_of_land(doc, (0, sentence[1]), lands[0], visitors[0])  # Oman": the one leader of that land
            # the story names (not "accepted an invitation to visit India": from no one named)
        if not hosts:
            hosts = _subject_inviter(doc, visit.first, lands[0], visitors[0])
        if len(hosts) == 1:
            host = next(iter(hosts.values()))
            if any(_held_there(m, host, visitors[0], lands[0]) for m in meetings):
                realized.append(visit)  # "The visit comes after a call during which X invited Y to visit Algeria": this visit
                continue
            visit.parties = [host, visitors[0]]
            visit.kind = "meeting"
            visit.place = visit.place or {"name": lands[0].name, "type": "country", "country": lands[0].country}
    meetings[:] = [m for m in meetings if not any(m is r for r in realized)]


def _subject_inviter(doc: Document, trip: MeetingMention, land: Party, visitor: Party) -> dict[str, Party]:
    """"Foreign Minister Dar invited Lord Cameron to visit Pakistan", "He invited Y to visit": the person of the land
    who opens the sentence and invites the visitor, named right after the verb, hosts the trip, whatever his office
    (not "extended an invitation for the Secretary to visit": no one invited by name)."""
    sentence = trip.sentence
    if "nvit" not in doc.text[sentence[0] : trip.start]:
        return {}
    he = _HE_INVITES.match(doc.text, sentence[0])
    if he is not None:
        inviters, verb_end = pronoun_antecedent(doc, doc.sentences.index(sentence), he.end()), he.end()
    else:
        named = [m for m in doc.mentions_in(sentence[0], trip.start) if m.party is not None and m.party.type == "PERSON"][:1]
        verb = _INVITES_NEXT.match(doc.text, named[0].end) if named and "," not in doc.text[sentence[0] : named[0].start] else None
        inviters, verb_end = (named, verb.end()) if verb is not None else ([], 0)
    guest = next((m for m in doc.mentions_in(verb_end, trip.start) if m.party is not None), None) if len(inviters) == 1 else None
    if guest is None or not same_side(guest.party, visitor) or not _TO_TRIP.fullmatch(doc.text, guest.end, trip.start):
        return {}
    inviter = inviters[0].party
    return {inviter.name: inviter} if inviter.country == land.country and not same_side(inviter, visitor) else {}


def _held_there(meeting: Meeting, host: Party, visitor: Party, land: Party) -> bool:
    """Whether MEETING is a held meeting of HOST and VISITOR in LAND (the invited trip, made)."""
    return (
        meeting.status == "held" and meeting.kind == "meeting" and bool(meeting.place) and meeting.place.get("country") == land.country
        and any(same_side(p, host) for p in meeting.parties) and any(same_side(p, visitor) for p in meeting.parties)
    )


def _met_another(meetings: list[Meeting], visit: Meeting, leader: Party, visitor: Party) -> bool:
    """Whether LEADER takes part in a meeting told before VISIT in its sentence that VISITOR has no part in."""
    return any(
        m.kind == "meeting" and m.first.sentence == visit.first.sentence and m.first.start < visit.first.start
        and any(same_side(p, leader) for p in m.parties) and not any(same_side(p, visitor) for p in m.parties)
        for m in meetings
    )


def _leaders_of_land(doc: Document, span: tuple[int, int], land: Party, visitor: Party, speakers: bool = True) -> dict[str, Party]:
    """The persons SPAN names who lead LAND (by their role), not the VISITOR (nor, SPEAKERS false, one who "said")."""
    return {
        m.party.name: m.party for m in doc.mentions_in(*span)
        if m.party is not None and m.party.type == "PERSON" and m.party.country == land.country
        and not same_side(m.party, visitor) and _HOST_ROLE.search(m.party.role or "")
        and (speakers or not _SPEAKS.match(doc.text, m.end))
    }


def _talks_on_trip(doc: Document, visit: Meeting, meetings: list[Meeting]) -> bool:
    """"Zeine visited Abuja in August and held talks with Vice President Shettima": the talks the sentence of a
    trip reports with a person of the land visited (or of no known country) are held there; the trip is their
    occasion, no visit of its own (the talks take its place and day when they name none)."""
    if visit.kind != "visit" or len(visit.mentions) != 1:
        return False
    visitors = [p for p in visit.parties if p.type == "PERSON"]
    lands = [p for p in visit.parties if p.type == "GPE"]
    if len(visitors) != 1 or len(lands) != 1:
        return False
    sentence = visit.first.sentence
    for other in meetings:
        if other is visit or other.kind != "meeting" or other.status != visit.status or other.first.sentence != sentence:
            continue
        if not _AND_THEN.fullmatch(doc.text, visit.first.end, other.first.start):
            continue  # (not "talks in Rome, their first since he toured Tokyo": another trip)
        hosts = [p for p in other.parties if p.type == "PERSON" and not same_side(p, visitors[0]) and p.country in (None, lands[0].country)]
        if hosts and any(same_side(p, visitors[0]) for p in other.parties):
            other.place = other.place or visit.place
            other.date = other.date or visit.date
            return True
    return False


def _talks_during_trip(doc: Document, visit: Meeting, meetings: list[Meeting]) -> bool:
    """"met A on Monday and B on Tuesday during a two-day visit to Brussels": the trip the sentence's talks of the
    visitor were held during is their occasion, no visit of its own (the talks take its place when they name none)."""
    if visit.kind != "visit" or len(visit.mentions) != 1:
        return False
    first = visit.first
    if not doc.find(_DURING, max(first.sentence[0], first.start - 40), first.start, ("during", "course", "time")):
        return False
    visitors = [p for p in visit.parties if p.type == "PERSON"]
    talks = [
        other for other in meetings
        if other is not visit and other.kind in ("meeting", "summit") and other.status == visit.status
        and other.first.sentence == first.sentence and other.first.start < first.start
        and any(same_side(p, v) for p in other.parties for v in visitors)
    ]
    for other in talks:
        other.place = other.place or visit.place
    return bool(visitors and talks)


def _arrival_for_talks(doc: Document, visit: Meeting, meetings: list[Meeting]) -> bool:
    """"flew into Beijing on Thursday evening ahead of talks with Wang Yi on Friday": the arrival for talks still ahead
    is their occasion, no visit of its own (the talks take its place)."""
    if visit.kind != "visit" or len(visit.mentions) != 1:
        return False
    first = visit.first
    visitors = [p for p in visit.parties if p.type == "PERSON"]
    for other in meetings:
        if other is visit or other.kind != "meeting" or other.status != "planned" or other.first.sentence != first.sentence:
            continue
        if other.first.start > first.end and _AHEAD_OF.search(doc.text, first.end, other.first.start) and any(
            same_side(p, v) for p in other.parties for v in visitors
        ):
            other.place = other.place or visit.place
            return True
    return False


def _talks_when_there(doc: Document, visit: Meeting, meetings: list[Meeting]) -> bool:
    """"Jaishankar is expected to meet Wang Yi when he travels to Moscow next week": talks told just before a trip of
    one of their persons that a "when" clause of their sentence reports take place on it (its place and day when
    they name none); the trip is their occasion, no visit of its own."""
    if visit.kind != "visit" or len(visit.mentions) != 1:
        return False
    visitors = [p for p in visit.parties if p.type == "PERSON"]
    if len(visitors) != 1 or not doc.may_hold(visit.first.sentence[0], visit.first.start, ("when",)):
        return False
    for other in meetings:
        if other is visit or other.kind != "meeting" or other.status not in (visit.status, "planned") or len(other.mentions) != 1:
            continue  # (a trip told in the present after planned talks is as planned as they are)
        talks = other.first
        if talks.sentence != visit.first.sentence or not _WHEN_THERE.fullmatch(doc.text, talks.end, visit.first.start):
            continue
        if any(same_side(p, visitors[0]) for p in other.parties) and dates_fit(other.date, visit.date):
            other.place = other.place or visit.place
            other.date = other.date or visit.date
            return True
    return False


def _trip_to_talks(visit: Meeting, meetings: list[Meeting]) -> bool:
    """"Lavrov arrived in Riyadh on Monday", then held talks with Rubio in Riyadh on Tuesday: the trip is the
    occasion of the talks the story reports in the same city, with a counterpart from elsewhere, no visit of its own."""
    if visit.kind != "visit" or visit.status != "held" or not visit.place:
        return False
    visitors = [p for p in visit.parties if p.type == "PERSON"]
    lands = [p for p in visit.parties if p.type == "GPE"]
    if len(visitors) != 1 or len(lands) != 1:
        return False
    return any(
        other.kind == "meeting" and other.status == "held" and _same_city_or_day(visit, other)
        and not _apart(visit.date, other.date) and any(p.type == "PERSON" and same_side(p, visitors[0]) for p in other.parties)
        for other in meetings
        if other is not visit
    )


def _trip_where_talks(doc: Document, trip: Meeting, meetings: list[Meeting]) -> bool:
    """"Merz will travel to Brussels, where he will hold talks with NATO's X": a trip whose sentence goes on with the
    traveller's talks in the city it goes to ("where") is the way to them, no contact of its own, whatever land X is
    of and whether held or planned."""
    if trip.kind != "visit" or not trip.place:
        return False
    visitors = [p for p in trip.parties if p.type == "PERSON"]
    return len(visitors) == 1 and any(
        other is not trip and other.kind in ("meeting", "summit") and other.status == trip.status and other.place == trip.place
        and any(same_side(p, visitors[0]) for p in other.parties)
        and any(t.sentence == m.sentence and t.end < m.start and ", where " in doc.text[t.end : m.start] for t in trip.mentions for m in other.mentions)
        for other in meetings
    )


def _same_city_or_day(visit: Meeting, other: Meeting) -> bool:
    """Whether OTHER was held in the city of VISIT, or, its place not yet known, on the trip's own day ("Cho and
    Iwaya agreed Monday ... Iwaya arrived in Seoul on Monday"), where it then takes the trip's city."""
    if other.place:
        return other.place.get("name") == visit.place.get("name")
    if other.date and visit.date and _DAY.match(visit.date["value"]) and other.date["value"] == visit.date["value"]:
        other.place = visit.place  # (the talks were held where the trip went that day)
        return True
    return False


def _apart(a: dict | None, b: dict | None) -> bool:
    """Two known dates that cannot fall on one trip ("his state visit last April" and talks this week)."""
    return bool(a and b) and compare(a["value"], b["value"]) not in (0, None) and not near(a["value"], b["value"], _TRIP_DAYS)


def inherit_from_gathering(doc: Document, meetings: list[Meeting]) -> None:
    """A meeting "on the sidelines" of a summit took place where and when the summit did (and a summit
    named in the phrase took place where and when the meeting on its sidelines did). A held summit counts the
    persons meeting on its sidelines, where and when it was, among those who attended (a summit to come, only
    when it is known by its organization alone). Bare "On the sidelines" is not of a summit told only as an
    earlier round ("was last held in Seoul in May last year")."""
    for meeting in meetings:
        if not meeting.sidelines or is_summit(meeting):
            continue  # (the cheap tests first: most meetings are not on any sidelines)
        fields = ministers_fields(doc, meeting.mentions)  # (not "the SCO foreign ministers' meeting" for talks at its defence ministers')
        summits = [m for m in meetings if is_summit(m) and m.status == meeting.status and not other_fields(doc, fields, m.mentions)]
        if not summits:
            continue
        named = meeting.sidelines_of
        summit = next((s for s in summits if named and any(same_side(named, p) for p in s.parties)), None)
        its_own = summit is not None or named is None  # (not the nearest summit of another bloc than the one named)
        if summit is not None:
            summit.place = summit.place or meeting.place
            summit.date = summit.date or meeting.date
        else:  # the summit reported nearest to it ("the summit": one reported before, when there is one)
            before = [s for s in summits if s.first.start < meeting.first.start] or summits
            summit = min(before, key=lambda s: min(abs(m.start - meeting.first.start) for m in s.mentions))
            if _recalled_round(doc.text, summit):
                continue
        meeting.place = meeting.place or summit.place
        meeting.date = meeting.date or summit.date
        there = dates_fit(meeting.date, summit.date) and places_fit(meeting.place, summit.place)  # (not "the SCO defence
        # ministers' meeting in June", another of the bloc's gatherings than the one reported)
        if len(summit.parties) < 2 or summit.status == "held" and there and its_own:
            summit.parties = union(summit.parties, [p for p in meeting.parties if p.type == "PERSON"])


def _recalled_round(text: str, summit: Meeting) -> bool:
    """Whether SUMMIT is told only as an earlier round: "the last such summit", "was last held in Seoul"."""
    return all(
        m.earlier_round or m.other_round or ("last" in text[m.end : m.end + 30] or "previously" in text[m.end : m.end + 30])
        and bool(_LAST_HELD.match(text, m.end))
        for m in summit.mentions
    )


def inherit_from_occasion(doc: Document, meetings: list[Meeting], late: bool = False) -> None:
    """"In a separate meeting with X": the place and day of the meeting reported before (LATE: once the sidelines
    have their days, for those told after them; a meeting on the sidelines keeps what ``sidelines_day`` gave it)."""
    for meeting in meetings:
        occasion = meeting.occasion
        if late and meeting.sidelines:
            continue
        if occasion is not None and meeting.sidelines and occasion.kind != "summit":
            continue  # "on the sidelines of the summit, X also held separate meetings with": the summit is the occasion
        if occasion is not None and occasion.status == meeting.status and (meeting.kind != "call" or occasion.kind == "call"):
            meeting.place = meeting.place or occasion.place
            provisional = (  # ("Earlier in the day": settled later, unless its sentence names the day first)
                occasion.status == "held" and occasion.date and SAME_DAY_TEXT.fullmatch(occasion.date.get("text") or "")
                and not day_told_before(doc, occasion.first.sentence, occasion.date)
            )
            meeting.date = meeting.date or (None if provisional else occasion.date)


def from_dateline(doc: Document, meetings: list[Meeting]) -> None:
    """A datelined report's meetings: those of its lead took place on the dateline's day (a summit too, unless its
    sentence's day is another deed's), and those held around that day (or undated) in the dateline's city, or, for
    the side of a lead meeting held abroad, where that meeting was."""
    line = doc.dateline or {}
    spanned = dateline_span(doc.text, line) is not None
    day = doc.dateline_dates[0] if doc.dateline_dates else None
    place = _dateline_place(doc, line, spanned)
    lead_end = doc.sentences[min(_LEAD_SENTENCES, len(doc.sentences)) - 1][1] if doc.sentences else 0
    reference = day["value"] if day else doc.published
    abroad = _lead_abroad(meetings, place, lead_end) if place else None
    stops = None
    for meeting in meetings:
        if place and not meeting.place and is_summit(meeting):
            meeting.place = _summit_city_elsewhere(doc, meeting, place)  # (the rest of the story places it)
        if meeting.status != "held":
            if place and _gathering_ahead_here(doc, meeting, meetings, place, reference):
                meeting.place = dict(place)
            continue
        background = meeting.date is None and all(told_as_background(doc, m) for m in meeting.mentions)  # ("The summit comes
        # after X had met Y": somewhere else, some other day)
        in_lead = meeting.first.start <= lead_end
        if day is not None and in_lead and meeting.date and _WEEKDAY_ONLY.match(meeting.date["value"]):
            meeting.date = _date(day)  # "MOSCOW, Sept. 25 - ... on Monday"
        if meeting.date is None and in_lead and meeting.kind != "visit" and not (day is None and _summit_undated(doc, meeting)):
            # the day's news
            stops = dated_stops(doc, lead_end) if stops is None else stops
            stop = stop_of(meeting.place, stops)
            if stop is not None:  # "wrapped up the tour on Sunday, after stops in Bamako and Ouagadougou on Saturday"
                meeting.date = dict(stop[1])
                meeting.place = dict(stop[0]) if meeting.place and meeting.place.get("type") == "country" else meeting.place
                continue
            if background:
                continue
            after_line = dateline_span(doc.text, line)[1] if spanned else meeting.first.sentence[0]  # a datelined
            lead_day = next((d for d in doc.dates_in(after_line, meeting.first.sentence[1]) if _DAY.match(str(d["value"]))), day)
            meeting.date = _date(lead_day) if lead_day else None  # lead, else the meeting's own first sentence
        unplaced = not meeting.place or meeting.place.get("type") == "venue" and not meeting.place.get("city")  # ("at the
        # Presidential Palace", a building of no known city: the dateline's city names the place)
        within = bool(place and meeting.place and meeting.place.get("type") == "country" and place.get("type") == "city")
        unplaced = unplaced or within and meeting.place.get("country") == place.get("country") and bool(place.get("country")) and (
            city_told(doc, meeting, place["country"]) is None  # ("on his first trip to Turkiye ... in Ankara": that city)
        )  # ("on the sidelines of the G7 summit in Canada" under "KANANASKIS, Canada": the city the desk files from)
        if meeting.kind != "call" and place and unplaced and not background and (meeting.date is None or near(meeting.date["value"], reference)):
            if _elsewhere_that_day(meeting, meetings, place):
                continue  # "was received in Tehran by X on Thursday, and later met Y", under a Dubai dateline: in Tehran
            shared = abroad is not None and any(same_side(p, q) for p in meeting.parties for q in abroad.parties)
            meeting.place = dict(abroad.place) if shared else place  # (the desk files from home, the talks go on abroad)


def _elsewhere_that_day(meeting: Meeting, meetings: list[Meeting], place: dict) -> bool:
    """Whether one of MEETING's persons met someone else in the same sentence, on its day, in a city other than
    PLACE (not at a summit: "on the sidelines of the G7 summit in Canada" is where the desk files from)."""
    if meeting.date is None:
        return False
    persons = [p for p in meeting.parties if p.type == "PERSON"]
    return any(
        other is not meeting and other.kind != "summit" and other.place and other.place.get("type") == "city"
        and other.place.get("name") != place.get("name") and other.date == meeting.date
        and any(x.sentence == meeting.first.sentence for x in other.mentions)
        and any(same_side(p, q) for p in persons for q in other.parties)
        for other in meetings
    )


def _summit_city_elsewhere(doc: Document, meeting: Meeting, place: dict) -> dict | None:
    """"MANILA - X will hold talks at the ASEAN summit ... X will be in Jakarta from Sept. 5 to 7 for the summit": the
    one city, in another land than the dateline's PLACE, that a sentence telling of a summit and one of MEETING's
    persons, and of no other organization, names as a place, if any: the desk files from home, the summit is held
    there."""
    persons = [p for p in meeting.parties if p.type == "PERSON"]
    cities: dict[str, dict] = {}
    for start, end in doc.sentences if persons else ():
        if not doc.may_hold(start, end, ("summit",)):
            continue
        here = doc.mentions_in(start, end)
        if not any(m.party is not None and m.party.type == "PERSON" and any(same_side(m.party, p) for p in persons) for m in here):
            continue
        if any(m.party is not None and m.party.type == "ORG" and not any(same_side(m.party, p) for p in meeting.parties) for m in here):
            continue  # ("attended the BRICS summit in Johannesburg last month": another bloc's gathering)
        for m in here:
            if m.venue_like and m.entity.get("type") == "GPE" and m.entity.get("kind") == "city" and m.entity.get("country") != place.get("country"):
                cities[m.entity.get("name")] = place_dict(m)
    return next(iter(cities.values())) if len(cities) == 1 else None


def _gathering_ahead_here(doc: Document, meeting: Meeting, meetings: list[Meeting], place: dict, reference: str) -> bool:
    """"VIENTIANE, Oct. 10 -- ... will attend the East Asia Summit on Friday": a planned summit with no place, due
    within days, in a story whose held talks went on in the dateline's city, takes place there too (not "is due in
    Islamabad on Saturday for the talks": a place its sentence names)."""
    if meeting.place or not meeting.date or not _DAY.match(meeting.date["value"]) or not is_summit(meeting):
        return False
    if (compare(meeting.date["value"], reference) or 0) < 0 or not near(meeting.date["value"], reference, _GATHERING_AHEAD_DAYS):
        return False
    named = (x for m in meeting.mentions for x in doc.mentions_in(*m.sentence) if x.entity.get("type") == "GPE" and x.venue_like)
    if any(place_dict(x).get("name") != place.get("name") for x in named):
        return False
    return any(m.status == "held" and m.place and m.place.get("name") == place.get("name") for m in meetings)


def _lead_abroad(meetings: list[Meeting], place: dict, lead_end: int) -> Meeting | None:
    """"ISLAMABAD: The foreign minister on Thursday met X in Goa": the lead's first held meeting, when it took place in
    another country than the dateline's city (the report is filed at home); its side's other talks of the day went on
    there too."""
    home = place.get("country")
    lead = min((m for m in meetings if m.status == "held" and m.first.start <= lead_end), key=lambda m: m.first.start, default=None)
    if lead is None or not home or not lead.place or lead.kind == "call":
        return None
    there = lead.place.get("country")
    return lead if there and there != home else None


def _summit_undated(doc: Document, meeting: Meeting) -> bool:
    """"arrived on Sunday to attend the summit": the day a summit's sentence names is another deed's (not "took over
    the chair yesterday at the summit", the day of a deed done at it; a dateline's day is the news's)."""
    mention = meeting.first
    if not is_summit(meeting) or not doc.dates_in(*mention.sentence):
        return False
    return not doc.find(_AT_SUMMIT, max(mention.sentence[0], mention.start - _AT_REACH), mention.start, ("at ", "during "))


def _date(found: dict) -> dict:
    return day_of(found)


def lead_city(doc: Document, meetings: list[Meeting]) -> None:
    """A report with no dateline whose lead says the news happened in one city ("The presidents announced on Friday
    in Montevideo the conclusion of talks"): the meetings held there around the report's day with no place of
    their own are in that city, when one of their sides is at the scene, named in the headline or the lead or at
    a meeting placed there (not a trip, whose stops the lead does not give, nor another pair's talks in a roundup)."""
    if doc.dateline and doc.dateline.get("place") or len(doc.sentences) < 2:
        return
    first = doc.sentences[0]
    lead = (first[0], doc.sentences[1][1]) if doc.is_headline(0) else first
    cities = {m.entity.get("name"): m for m in doc.mentions_in(*lead) if m.place_like and m.entity.get("type") == "GPE" and m.entity.get("kind") == "city"}
    if len(cities) != 1:
        return
    city = place_dict(next(iter(cities.values())))
    scene = [m.party for m in doc.mentions_in(*lead) if m.party is not None and m.party.type in ("PERSON", "ORG")]
    scene += [p for m in meetings if m.place and places_fit(m.place, city) for p in m.parties]
    for _ in range(2):  # (twice: a side placed there brings those who met it later)
        for meeting in meetings:
            if meeting.status != "held" or meeting.kind in ("call", "visit") or meeting.place:
                continue
            if meeting.date is not None and not near(meeting.date["value"], doc.published):
                continue
            if all(told_as_background(doc, m) for m in meeting.mentions):
                continue
            if any(same_side(p, q) for p in meeting.parties for q in scene):
                meeting.place = dict(city)
                scene += meeting.parties


def _dateline_place(doc: Document, line: dict, spanned: bool) -> dict | None:
    if not line.get("place"):
        return None
    named = dateline_place(doc) if spanned else None
    return named or {"name": dateline_city(doc), "type": "city", "country": None}


def is_summit(meeting: Meeting) -> bool:
    """A multilateral gathering: an organization of states takes part, or three or more sides attend one."""
    if meeting.kind in ("call", "visit", "talk"):
        return False
    if any(p.multilateral for p in meeting.parties):
        return not any(m.paired for m in meeting.mentions)
    return meeting.kind == "summit" and len(meeting.parties) > 2 or any(m.frame == "attend" and m.kind == "summit" for m in meeting.mentions)


def drop_trip_legs(meetings: list[Meeting]) -> None:
    """"Dissanayake will travel to Bodh Gaya on Tuesday" in a story of his talks in New Delhi on Monday: a trip
    within the land where the visitor holds talks with its people days before or after is a leg of that visit,
    no contact of its own."""
    meetings[:] = [m for m in meetings if not _leg_of_visit(m, meetings)]


def _leg_of_visit(trip: Meeting, meetings: list[Meeting]) -> bool:
    if trip.kind != "visit" or not trip.date or not trip.place:
        return False
    visitors = [p for p in trip.parties if p.type == "PERSON"]
    lands = [p for p in trip.parties if p.type == "GPE"]
    if len(visitors) != 1 or len(lands) != 1 or visitors[0].country == lands[0].country:
        return False
    land = lands[0].country
    return any(
        other.kind == "meeting" and other.status == "held" and other.date and other.place and other.place.get("country") == land
        and other.place.get("name") != trip.place.get("name") and near(trip.date["value"], other.date["value"], _LEG_DAYS)
        and any(same_side(p, visitors[0]) for p in other.parties) and any(p.type == "PERSON" and p.country == land for p in other.parties)
        for other in meetings
    )
