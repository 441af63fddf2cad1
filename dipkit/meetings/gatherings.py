"""The summit a meeting is set at: "will meet during the APEC summit in Lima", "talks on the margins of
the EU summit in Brussels" also report that summit, with the persons of the meeting among those attending."""

from __future__ import annotations

import re
from bisect import bisect_right

from dipkit.meetings import sides
from dipkit.meetings.document import Document, Mention
from dipkit.meetings.lexicon import blocs, class_stems
from dipkit.meetings.merging import Meeting, dates_fit, places_fit
from dipkit.meetings.mentions import ATTENDED_AFTER, HOSTED_AFTER, MeetingMention
from dipkit.meetings.parties import Party, dedupe, same_side, states_of, union
from dipkit.lazy_patterns import lazy_pattern
from dipkit.meetings.setting import clause_end, compare, day_of, named_place, near, place_dict

_SUMMIT_OF_REACH = 80  # room for "sidelines of the two summits related to the"
_REACH = 70  # characters after the gathering's name that still describe it ("summit in Laos next month")
_SUMMIT = lazy_pattern(r"\s*(?:[\w'’()-]+\s+){0,3}?(?:summit|summits)(?![\w-])", re.IGNORECASE)  # " (APEC) summit"
# a bloc's own gathering by another name: "the APEC meeting", "the SCO foreign ministers' meeting", "the SCO gathering"
_BLOC_GATHERING = lazy_pattern(r"\s*(?:[\w'’()-]+\s+){0,3}?(?:meeting|gathering|forum)(?![\w-])", re.IGNORECASE)
# after "defence ministers": the gathering they hold ("' meeting", " council")
_MINISTERS_GATHERING = lazy_pattern(r"['’]?\s+(?:meeting|council|conference|gathering|forum)(?![\w-])", re.IGNORECASE)
_FIRST_OR_LAST = lazy_pattern(r"\b(?:first|last)\s+(?:met|held|had|spoke|talked)\b", re.IGNORECASE)  # "the pair first met"
_RECALLING = lazy_pattern(r"(?<![\w-])recall(?:s|ed|ing)?(?![\w-])", re.IGNORECASE)
_SUMMIT_OF = lazy_pattern(  # "on the sidelines of summits related to the ASEAN": the gathering, named before its bloc
    r"\b(?:sidelines|margins|fringes?)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?summits?\s+(?:of|related\s+to)\s+(?:the\s+)?$", re.IGNORECASE
)
# "on the sidelines of their participation in the", "during his visit to the": the sides attended the session
_ATTENDING_BEFORE = lazy_pattern(
    r"\b(?:(?:their|his|her)\s+(?:participation|attendance)\s+in|(?:his|her|their)\s+(?:visit|trip)\s+to)\s+(?:the\s+)?$", re.IGNORECASE
)
_ATTENDING_STEMS = ("participation", "attendance", "visit", "trip")
_FOR = lazy_pattern(r"\bfor\s+(?:the|this|next|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
# the members a bloc's gathering brings together: "foreign ministers", "Economic Ministers", "sherpas", "leaders"
_MEMBERS = (
    r"(?:(?:foreign|defen[cs]e|finance|trade|economic|economy|energy|interior|health|agriculture|[A-Z][\w-]*)\s+){0,3}"
    r"(?i:ministers|leaders|sherpas|envoys|heads\s+of\s+(?:state|government))(?![\w-])"
)
# "of G20 sherpas", "of Arab foreign ministers" after the meeting noun; "a meeting of ..." after an attending verb
_MEMBERS_AFTER = lazy_pattern(rf"\s+of\s+(?:the\s+)?(?P<bloc>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}?)\s+{_MEMBERS}")
_MEMBERS_ATTENDED = lazy_pattern(
    rf"\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:meeting|session|conference|gathering)\s+of\s+"
    rf"(?:the\s+)?(?P<bloc>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}?)\s+{_MEMBERS}"
)
# "the ASEAN-India Economic Ministers' consultations": the bloc, maybe a partner, its ministers, then the noun
_MEMBERS_BEFORE = lazy_pattern(rf"(?<![\w-])[A-Z][\w]*(?:-[A-Z][\w]*)?\s+(?P<members>{_MEMBERS})['’]\s+$")
_OF_TWO_BLOCS = lazy_pattern(r"\s+of\s+the\s+two\s+(?:blocs|organi[sz]ations|groupings|communities|regional\s+blocs)(?![\w-])", re.IGNORECASE)
_BLOC_POSSESSIVE = lazy_pattern(
    r"(?<![\w-])the\s+(?:bloc|organi[sz]ation|grouping|union|alliance|community|group)['’]s\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_HOSTS_THE_BLOCS = lazy_pattern(  # "will host the bloc's next summit"
    r"\s+the\s+(?:bloc|organi[sz]ation|grouping|union|alliance|community|group)['’]s\s+(?:[\w-]+\s+){0,3}?summit\b", re.IGNORECASE
)
# another edition of a bloc's gathering than the one the story reports: "the previous summit", "its next session",
# "next year's summit" (before the noun), "will host the next meeting of presidents" (after a hosting verb)
_EDITION_BEFORE = lazy_pattern(
    r"(?<![\w-])(?:(?:the|its|their)\s+(?P<word>previous|last|next|upcoming|coming|following|forthcoming)|(?P<year>next|last)\s+year['’]s)"
    r"\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_EDITION_HOSTED = lazy_pattern(
    r"\s+(?:the|its|their)\s+(?P<word>previous|last|next|upcoming|coming|following|forthcoming)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:summit|session|meeting|conference|gathering)s?(?![\w-])",
    re.IGNORECASE,
)
_EDITION_NOUNS = ("summit", "session", "meeting", "conference", "gathering")
_EDITION_TO_COME = ("next", "upcoming", "coming", "following", "forthcoming")
_MEETING_OF_MEMBERS = lazy_pattern(rf"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?(?:{_MEMBERS}|presidents|premiers|prime\s+ministers)(?![\w-])")
_HOST_OF_EDITION = lazy_pattern(
    r",?\s+(?:(?P<by>(?:hosted|chaired|convened)\s+by)|(?:(?:was|is|will\s+be|would\s+be)\s+)?(?:held|convened|hosted)\s+in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_CHAIRED_BY = lazy_pattern(r"(?<![\w-])(?:chaired|hosted|presided\s+over|convened)\s+by\s+", re.IGNORECASE)
_PRONOUN = lazy_pattern(r"(?:he|she)\s+", re.IGNORECASE)
_POSSESSIVE_BEFORE = lazy_pattern(r"['’]s\s+")
# the state a bloc's summit is held in or hosted by: "summit that X will host", "summit will be held in X"
_HOST_AFTER = lazy_pattern(r"\s+(?:that|which)\s+(?=[A-Z])")
_HOSTS = lazy_pattern(r"\s+(?:(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+)?(?:host|hosts|hosted)(?![\w-])", re.IGNORECASE)
_HELD_IN = lazy_pattern(
    r"\s+(?:(?:is|was|will|would)\s+(?:(?:be|scheduled|due|set|expected)\s+(?:to\s+be\s+)?)?)?held\s+in\s+", re.IGNORECASE
)
# a list of those who attended a summit reported before: "Among the leaders present were A, B and C"
_PRESENT_WERE = lazy_pattern(
    r"(?<![\w-])[Aa]mong\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:leaders|heads\s+of\s+state|participants|guests|attendees|dignitaries|those)"
    r"\s+(?:present|attending|in\s+attendance|who\s+attended)\s+(?:were|was|are|included)\s"
)
_WITH_ATTENDING = lazy_pattern(
    r"(?:,\s+with\s+(?P<who>[^;.]{3,160}?)\s+(?:(?:also\s+)?(?:joining|attending|participating|presiding|taking\s+part|present|in\s+attendance)"
    r"|among\s+(?:those|the\s+(?:leaders|participants|guests|attendees))\s+(?:taking\s+part|attending|present|participating))(?![\w-])"
    r"|,\s+among\s+them\s+(?P<listed>[^;.]{3,160}?)(?=[.;]|$))"  # "before leaders from across Africa, among them A and B"
)
_STOP = lazy_pattern(r"[,;.:!?()]|\s(?:and|to|where|which|who|when|after|before)\s")


def hosted_gathering(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    """MENTION, or the summit it stands for: a host welcoming a guest "for the G20 summit" reports the summit,
    "will attend a meeting of Arab foreign ministers" a gathering of the Arab League, "at the bloc's summit in
    Abuja, chaired by X" a summit of the bloc named before."""
    summit_noun = mention.frame == "noun" and doc.text.startswith(("summit", "Summit"), mention.start)
    if _another_edition(doc, mention):
        return [mention]
    if not mention.parties and summit_noun:
        _the_blocs(doc, mention)
    if mention.frame == "host" and mention.kind == "summit" and _HOSTS_THE_BLOCS.match(doc.text, mention.end, mention.sentence[1]):
        _the_blocs_host(doc, mention)
    if sum(p.multilateral for p in mention.parties) == 1:
        _second_bloc(doc, mention)
    if summit_noun and len(mention.parties) == 1 and mention.parties[0].multilateral:
        _host_state(doc, mention)
    host = _HOSTED_THAT.match(doc.text, mention.end, mention.sentence[1]) if summit_noun and mention.anaphoric else None
    if host is not None:  # "the summit on Ukraine that the Prime Minister hosted in London on Sunday": the host attended
        named = [m for m in doc.mentions_in(*host.span("host")) if m.party is not None and m.party.type == "PERSON"]
        hosts = named or sides.title_object(doc, host.start("host") - 1, host.end("host"))
        mention.parties = union([m.party for m in hosts], mention.parties)
    attended = ATTENDED_AFTER.match(doc.text, mention.end, mention.sentence[1]) if summit_noun else None
    if attended is not None:
        _attended_after(doc, mention, attended)
    if any(p.multilateral for p in mention.parties):
        _with_attending(doc, mention)
    persons = [p for p in mention.parties if p.type == "PERSON"]
    multilateral = any(p.multilateral for p in mention.parties)
    bloc = _bloc_of(doc, mention) if persons and not multilateral else None
    if bloc is not None and mention.status == "held" and not mention.travelled and _recalled(doc, mention, None):
        bloc = None  # "first met in July, on the margins of a meeting of G20 ministers": no word on who attended
    if bloc is None and mention.frame == "attend" and mention.anaphoric and persons and not multilateral and _summit_named_before(doc, mention):
        return [mention]
    both = _two_blocs(doc, mention) if bloc is None and mention.frame == "noun" and not multilateral else []
    if bloc is not None or both:  # "a joint summit of the two blocs": the two organizations named before
        mention.kind, mention.parties = "summit", [*([bloc] if bloc else both), *persons]
        return [mention]
    hosted = HOSTED_AFTER.match(doc.text, mention.end, mention.sentence[1]) if mention.frame == "noun" and mention.kind != "call" else None
    if hosted is not None:  # "the GMS Summit, which Li hosted on Thursday with the participation of A, B and C"
        _hosted_after(doc, mention, hosted)
        return [mention]
    summit = _summit(doc, mention, persons, mention.status) if mention.frame == "host" else None
    if summit is None or not _FOR.search(doc.text, max(0, summit.start - 60), summit.start):
        return [mention]
    if summit.place is None:  # "welcomed X to Rio for the G20 summit": the city the guest is welcomed to
        summit.place = named_place(doc, mention.end, summit.start) or mention.place
    return [summit]


_THE_SUMMIT = lazy_pattern(r"\s+(?:the|that|this)\s+summit(?![\w-])", re.IGNORECASE)  # "attended [that summit]"
_HOSTED_THAT = lazy_pattern(r"\s+(?:on\s+(?:[\w'’-]+\s+){1,3}?)?(?:that|which)\s+(?P<host>(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?)hosted(?![\w-])")


def _second_bloc(doc: Document, mention: MeetingMention) -> None:
    """"the joint summit of the Arab League and the OIC": the bloc named after "and" attends too, not the first alone
    (plain string tests, no pattern: this runs for every mention of one bloc)."""
    named = doc.mentions_in(mention.end, min(mention.sentence[1], mention.end + 80))
    for first, second in zip(named, named[1:]):
        if first.party is None or not first.party.multilateral or first.party not in mention.parties:
            continue
        if not doc.text.endswith((" of ", " of the "), mention.end, first.start) or doc.text[first.end : second.start] not in (" and ", " and the "):
            return
        if second.party is not None and second.party.multilateral and second.party not in mention.parties:
            at = mention.parties.index(first.party) + 1
            mention.parties = [*mention.parties[:at], second.party, *mention.parties[at:]]
        return


def _with_attending(doc: Document, mention: MeetingMention) -> None:
    """"chaired the virtual summit of the SCO, with A, B and C joining by video link", "with X among those taking
    part", "with X presiding": the persons of the "with" phrase attend the bloc's gathering too."""
    if ", with " not in doc.text[mention.end : mention.sentence[1]] and ", among them " not in doc.text[mention.end : mention.sentence[1]]:
        return  # (the cheap test first)
    found = _WITH_ATTENDING.search(doc.text, mention.end, mention.sentence[1])
    if found is None:
        return
    span = found.span("who") if found.group("who") else found.span("listed")
    persons = [m.party for m in doc.mentions_in(*span) if m.party is not None and m.party.type == "PERSON" and not m.modifier]
    mention.parties = union(mention.parties, persons, finer=False)


def _the_blocs(doc: Document, mention: MeetingMention) -> None:
    """"The decision was taken at the bloc's 66th summit in Abuja, chaired by X": a summit of the organization the
    story named last before it, with its chair."""
    if not _BLOC_POSSESSIVE.search(doc.text, max(mention.sentence[0], mention.start - 50), mention.start):
        return
    bloc = next((m.party for m in reversed(doc.mentions_in(0, mention.start)) if m.party is not None and m.party.multilateral), None)
    if bloc is None:
        return
    chair = _CHAIRED_BY.search(doc.text, mention.end, min(mention.sentence[1], mention.end + _REACH))
    chairs = [m.party for m in doc.mentions_in(chair.end(), mention.sentence[1])[:1] if m.party is not None and m.party.type == "PERSON"] if chair else []
    mention.kind, mention.parties = "summit", [bloc, *chairs]


def _the_blocs_host(doc: Document, mention: MeetingMention) -> None:
    """"Milei will host the bloc's next summit in Buenos Aires": a summit of the organization named last in its
    sentence or the one before, else of the one the story named most before it (the latest of those), with its host
    (not the Group of 20 named once in an aside)."""
    if any(p.multilateral for p in mention.parties):
        return
    bloc = _bloc_told(doc, mention)
    if bloc is not None:  # (a gathering of its own, not one told before)
        mention.parties, mention.anaphoric, mention.joins = [bloc, *mention.parties], False, False


def _bloc_told(doc: Document, mention: MeetingMention) -> Party | None:
    """The organization a gathering MENTION leaves unnamed is of: the one named last in its sentence or the one
    before, else the one the story named most before it (the latest of those)."""
    near = [m.party for m in doc.mentions_in(_sentence_before(doc, mention), mention.start) if m.party is not None and m.party.multilateral]
    if near:
        return near[-1]
    named = [m.party for m in doc.mentions_in(0, mention.start) if m.party is not None and m.party.multilateral]
    counts = {p.name: sum(q.name == p.name for q in named) for p in named}
    return max(reversed(named), key=lambda p: counts[p.name], default=None)


def _sentence_before(doc: Document, mention: MeetingMention) -> int:
    """Where the sentence before MENTION's starts (MENTION's own, in the first sentence)."""
    return doc.sentence_at(max(0, mention.sentence[0] - 1))[0]


def _another_edition(doc: Document, mention: MeetingMention) -> bool:
    """"The previous summit, hosted by X in Asuncion in July", "Y will host the next meeting of presidents in Z",
    "next year's session will be held in Doha": another edition of the gathering of the bloc the story tells of, a
    summit of its own with the bloc and its host (a person, else the host's land), held or to come as the word says,
    not the gathering reported before. Whether it is such a mention (it is then marked ``edition``)."""
    if mention.frame == "noun" and doc.text[mention.start : mention.end].lower().rstrip("s") in _EDITION_NOUNS:
        edition = doc.find(_EDITION_BEFORE, max(mention.sentence[0], mention.start - 45), mention.start)
        noun_end = mention.end
    elif mention.frame == "host":
        edition = _EDITION_HOSTED.match(doc.text, mention.end, mention.sentence[1])
        noun_end = edition.end() if edition else mention.end
    else:
        return False
    if edition is None or any(p.multilateral for p in mention.parties) and mention.frame == "host":
        return False
    if mention.frame == "noun" and any(m.party is not None and m.party.type == "GPE" for m in doc.mentions_in(edition.start(), mention.start)):
        return False  # "the next India-Japan annual summit": the two lands' own, no bloc's
    if mention.frame == "noun" and sides.lands_body_after(doc, mention.end, mention.sentence[1]):
        return False  # "the next session of the Kuwaiti-Iraqi Joint Ministerial Committee": theirs too
    meeting = doc.text.endswith(("meeting", "meetings", "Meeting", "Meetings"), 0, noun_end)
    if meeting and not _MEETING_OF_MEMBERS.match(doc.text, noun_end) and mention.kind != "summit":
        return False  # "their next meeting": a pair's, not a bloc's (but "the next meeting of presidents")
    bloc = next((p for p in mention.parties if p.multilateral), None) or _summit_owner(doc, mention) or _bloc_told(doc, mention)
    if bloc is None:
        return False
    word = (edition.group("word") or edition.group("year") or "").lower()
    to_come = word in _EDITION_TO_COME
    hosts = [p for p in mention.parties if not p.multilateral] if mention.frame == "host" else _edition_host(doc, mention, noun_end)
    end = clause_end(doc, noun_end, mention.sentence[1])
    days = doc.dates_in(noun_end, end)
    mention.kind, mention.parties, mention.edition = "summit", dedupe([bloc, *hosts]), True
    mention.anaphoric = mention.joins = mention.group = False
    mention.status = "planned" if to_come else "held"
    mention.place = named_place(doc, noun_end, end) or mention.place
    if days:
        mention.date = day_of(days[0])
    return True


def _summit_named_before(doc: Document, mention: MeetingMention) -> bool:
    """"X attended that summit as a guest", after a sentence that named "the G20 summit in New Delhi in September"
    only as the setting of something else: a summit of that bloc with X, where and when the naming says (still
    joining the summit itself where the story told it). Whether MENTION was such an attendance."""
    if not _THE_SUMMIT.match(doc.text, mention.end, mention.sentence[1]):
        return False
    named = [(m, found) for m in doc.mentions_in(_sentence_before(doc, mention), mention.start) if m.party is not None and m.party.multilateral and (found := _SUMMIT.match(doc.text, m.end))]
    if not named:
        return False
    bloc, noun = named[-1]
    end = clause_end(doc, noun.end(), doc.sentence_at(noun.end())[1])
    days = doc.dates_in(noun.end(), end)
    mention.parties = dedupe([bloc.party, *mention.parties])
    mention.place = named_place(doc, noun.end(), end) or mention.place
    if days:
        mention.date = day_of(days[0])
    return True


def _summit_owner(doc: Document, mention: MeetingMention) -> Party | None:
    """The organization the story last named right before "summit" ("the Mercosur summit"), before MENTION: the
    bloc whose gatherings the story tells of, over a partner named nearer ("a deal with the European Union")."""
    owners = [m.party for m in doc.mentions_in(0, mention.start) if m.party is not None and m.party.multilateral and _SUMMIT.match(doc.text, m.end)]
    return owners[-1] if owners else None


def _edition_host(doc: Document, mention: MeetingMention, noun_end: int) -> list[Party]:
    """Who hosts the edition the noun ending at NOUN_END names: "hosted by X" (a person or a land), "held in Doha"
    (the city's land)."""
    found = _HOST_OF_EDITION.match(doc.text, noun_end, mention.sentence[1])
    if found is None:
        return []
    named = doc.mentions_in(found.end(), mention.sentence[1])[:1]
    if not named or named[0].start != found.end() or named[0].party is None:
        return []
    party = named[0].party
    if found.group("by") and party.type == "PERSON" or party.type == "GPE" and named[0].entity.get("code"):
        return [party]
    return states_of([party]) if party.country else []


def _host_state(doc: Document, mention: MeetingMention) -> None:
    """"The next SADC summit will be held in Madagascar", "the BRICS summit that South Africa will host": with no
    person named, the state that holds a bloc's summit is its other participant."""
    end = min(mention.sentence[1], mention.end + _REACH)
    relative = _HOST_AFTER.match(doc.text, mention.end, end)  # "the summit that Kenya will host"
    after = relative or _HELD_IN.match(doc.text, mention.end, end)
    if after is None:
        return
    found = doc.mentions_in(after.end(), end)[:1]
    if not found or found[0].start != after.end() or found[0].party is None or not found[0].entity.get("code"):
        return
    host = found[0]
    hosts = _HOSTS.match(doc.text, host.end, end) if relative else None
    if relative and hosts is None:
        return
    mention.parties = [*mention.parties, host.party]
    if hosts is None:
        mention.place = mention.place or place_dict(host)
    elif hosts.group().strip().lower() not in ("host", "hosts", "hosted"):
        mention.status = "planned"  # "that South Africa will host"


def _attended_after(doc: Document, mention: MeetingMention, attended: re.Match[str]) -> None:
    """MENTION as the summit its relative clause says a person attends ("which Mr X is expected to attend"): the
    organization and that person, planned when the clause is."""
    guests = [m.party for m in doc.mentions_in(*attended.span("guest")) if m.party is not None and m.party.type == "PERSON"]
    if not guests and _PRONOUN.fullmatch(doc.text, *attended.span("guest")):  # "which he is expected to attend"
        index = bisect_right(doc.sentences, (mention.start, len(doc.text))) - 1
        found = sides.pronoun_antecedent(doc, index, attended.end("guest"))
        guests = [m.party for m in found if m.party is not None and m.party.type == "PERSON"]
    orgs = [p for p in mention.parties if p.multilateral]
    hosts = [p for p in mention.parties if p.type == "PERSON"]
    if not guests or not orgs and not hosts:
        return
    mention.kind, mention.parties = "summit", dedupe([*orgs, *hosts, *guests] if not orgs else [*orgs, *guests])  # (or the host:
    # "the summit that the Prime Minister hosted on Sunday, which Y attended")
    if attended.group("plan"):
        mention.status = "planned"


def _hosted_after(doc: Document, mention: MeetingMention, hosted: re.Match[str]) -> None:
    """MENTION as the summit its relative clause says someone hosted: the host and the persons named after, on the
    clause's day."""
    clause = (hosted.end(), mention.sentence[1])
    day = doc.dates_in(hosted.end(), min(mention.sentence[1], hosted.end() + 25))[:1]
    cities = [m for m in doc.mentions_in(*hosted.span("host")) if m.party is not None and m.party.type == "GPE" and m.entity.get("kind") == "city"]
    if hosted.group("plan"):  # "the first UK-EU summit, which London will host later this year": planned, there, then
        mention.status = "planned"
        mention.place = mention.place or (place_dict(cities[0]) if cities else None)
        mention.date = mention.date or (day_of(day[0]) if day else None)
    hosts = [m.party for m in doc.mentions_in(*hosted.span("host")) if m.party is not None and m.party.type == "PERSON"]
    guests = [m.party for m in doc.mentions_in(*clause) if m.party is not None and m.party.type == "PERSON" and not m.modifier]
    if not hosts or not guests:
        return
    mention.kind, mention.parties = "summit", dedupe([*mention.parties, *hosts, *guests])
    mention.date = mention.date or (day_of(day[0]) if day else None)


def _bloc_of(doc: Document, mention: MeetingMention) -> Party | None:
    """The bloc whose members' ministers or leaders hold the gathering MENTION names: "the ASEAN Economic Ministers'
    consultations", "a meeting of G20 sherpas", "a preparatory meeting of Arab foreign ministers"."""
    if mention.frame not in ("noun", "attend") or mention.kind not in ("meeting", "talk", "summit"):
        return None
    end = min(mention.sentence[1], mention.end + _REACH)
    noun = mention.frame == "noun"
    members = (_MEMBERS_AFTER if noun else _MEMBERS_ATTENDED).match(doc.text, mention.end, end)
    if members:
        start, stop = members.span("bloc")
    else:
        before = max(mention.sentence[0], mention.start - _REACH)
        possessive = noun and doc.text[max(0, mention.start - 2)] in "'’"  # (the cheap test first: "Ministers' talks")
        members = _MEMBERS_BEFORE.search(doc.text, before, mention.start) if possessive else None
        if members is None:
            return None
        start, stop = members.start(), members.start("members")
    orgs = [m.party for m in doc.mentions_in(start, stop) if m.party is not None and m.party.multilateral]
    if orgs:
        return orgs[0]
    pattern, names = blocs()
    adjective = pattern.fullmatch(doc.text, start, stop)
    return Party(names[adjective.lastgroup], "ORG") if adjective else None


def _country_after(doc: Document, start: int, end: int) -> Mention | None:
    """The country named right after START and followed by a comma (", China," after a city), or None."""
    found = doc.mentions_in(start, end)[:1]
    if found and found[0].entity.get("code") and not doc.text[start : found[0].start].strip() and doc.text.startswith(",", found[0].end):
        return found[0]
    return None


def _two_blocs(doc: Document, mention: MeetingMention) -> list[Party]:
    """The two organizations a gathering "of the two blocs" is of: the last two the document named before it."""
    if not _OF_TWO_BLOCS.match(doc.text, mention.end, min(mention.sentence[1], mention.end + 40)):
        return []
    named: list[Party] = []
    for m in reversed(doc.mentions_in(0, mention.start)):
        if m.party is not None and m.party.multilateral and not any(same_side(m.party, n) for n in named):
            named.append(m.party)
            if len(named) == 2:
                return named[::-1]
    return []


def add_summits(doc: Document, meetings: list[Meeting], mentions: list[MeetingMention]) -> list[Meeting]:
    """MEETINGS (merged from MENTIONS), with the persons of a meeting set at a summit among that summit's attendants
    (the summit itself added when the story reports it no other way)."""
    _present(doc, meetings)
    out = list(meetings)
    for meeting in meetings:
        if meeting.kind == "summit":
            continue
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        for mention in meeting.mentions:
            if mention.status == "planned" and meeting.status == "held":
                continue  # "discussed their planned meeting at the G7 summit" on a call: the summit is what they spoke of
            summit = _summit(doc, mention, persons, meeting.status, meeting)
            if summit is None:
                continue
            if meeting.status == "held":  # the summit was on when a meeting on its sidelines was held
                summit.date, summit.place = summit.date or meeting.date, summit.place or meeting.place
            org = summit.parties[0]
            known = next((s for s in out if _same_gathering(doc, s, summit, org)), None)
            if known is None:
                out.append(Meeting("summit", summit.parties, summit.place, summit.date, summit.status, [summit]))
            else:
                known.parties = union(known.parties, persons, finer=False)
                known.place = known.place or summit.place
                known.date = known.date or summit.date
            break
    for summit in _lone_attendees(doc, meetings, mentions):
        fitting = [s for s in out if _same_gathering(doc, s, summit, summit.parties[0])]
        known = min(fitting, key=lambda s: min(abs(m.start - summit.start) for m in s.mentions), default=None)
        if known is None:
            out.append(Meeting("summit", summit.parties, summit.place, summit.date, summit.status, [summit]))
        else:  # (the nearest of the bloc's gatherings it fits: "the defence ministers' meeting in June" is another)
            known.parties = union(known.parties, summit.parties[1:], finer=False)
    return out


def _lone_attendees(doc: Document, meetings: list[Meeting], mentions: list[MeetingMention]) -> list[MeetingMention]:
    """The summits that talks on their sidelines naming one person and no one else report, talks no meeting took in:
    "X held talks with African leaders on the margins of the AU summit" (X attended it)."""
    lone = [m for m in mentions if m.sidelines_span is not None and len(m.parties) == 1 and m.parties[0].type == "PERSON"]
    kept = {id(m) for meeting in meetings for m in meeting.mentions} if lone else set()  # (most stories have none)
    summits = []
    for mention in lone:
        if id(mention) in kept:
            continue
        summit = _summit(doc, mention, mention.parties, mention.status) if mention.kind in ("meeting", "talk") and not mention.anaphoric else None
        if summit is not None and mention.status == "held":  # the summit was on when talks on its sidelines were held
            summit.date, summit.place = summit.date or mention.date, summit.place or mention.place
        summits += [summit] if summit is not None else []
    return summits


def _present(doc: Document, meetings: list[Meeting]) -> None:
    """"Among the leaders present were A, B and C": the persons listed attend the summit reported last before."""
    at = doc.text.find("mong ")  # (plain finds, the pattern tried only where they hit: most stories list no one present)
    while at >= 0:
        found = _PRESENT_WERE.match(doc.text, at - 1)
        at = doc.text.find("mong ", at + 5)
        if found is None:
            continue
        before = [m for m in meetings if m.kind == "summit" and m.first.start < found.start()]
        if not before:
            continue
        end = next((e for s, e in doc.sentences if s <= found.start() < e), found.end())
        persons = [m.party for m in doc.mentions_in(found.end(), end) if m.party is not None and m.party.type == "PERSON" and not m.modifier]
        summit = max(before, key=lambda m: max(x.start for x in m.mentions))
        summit.parties = union(summit.parties, persons, finer=False)


def _same_gathering(doc: Document, known: Meeting, summit: MeetingMention, org: Party) -> bool:
    return (
        known.kind == "summit"
        and known.status == summit.status
        and any(same_side(org, p) for p in known.parties)
        and dates_fit(known.date, summit.date)
        and places_fit(known.place, summit.place)
        and not other_fields(doc, ministers_fields(doc, [summit]), known.mentions)
    )


def ministers_fields(doc: Document, mentions: list[MeetingMention]) -> set[str]:
    """The fields of the ministers' gatherings the sentences of MENTIONS name ("the SCO defence ministers' meeting",
    "the Council of Foreign Ministers": defence, foreign)."""
    fields: set[str] = set()
    for start, end in {m.sentence for m in mentions}:
        at = doc.text.find("inisters", start, end)  # (plain finds: most sentences name no ministers)
        while at >= 0:
            words = doc.text[max(start, at - 30) : at - 1].casefold().split()
            if words and words[-1] in class_stems()["ministerial_sector"] and (words[-3:-1] == ["council", "of"] or _MINISTERS_GATHERING.match(doc.text, at + 8)):
                fields.add(words[-1])
            at = doc.text.find("inisters", at + 8, end)
    return fields


def other_fields(doc: Document, fields: set[str], known: list[MeetingMention]) -> bool:
    """Whether FIELDS (of a ministers' gathering) and those the reports KNOWN name tell two gatherings of a bloc
    apart: "talks on the sidelines of the SCO defence ministers' meeting" are not at "the SCO foreign ministers'
    meeting" told too."""
    if not fields:
        return False
    known_fields = ministers_fields(doc, known)
    return bool(known_fields) and not fields & known_fields


def _summit(
    doc: Document, mention: MeetingMention, persons: list[Party], status: str, meeting: Meeting | None = None
) -> MeetingMention | None:
    """The multilateral gathering MENTION is set at, as a summit mention: a planned meeting at any gathering
    of an organization of states (or of a host state: "the Korea-Africa Summit"), a held one at a summit (none
    when no person is named). A recalled talk's MEETING with no date of its own takes the gathering's."""
    org = mention.sidelines_of
    if mention.sidelines_span is None or org is None or mention.kind not in ("meeting", "talk") or not persons:
        return None
    if not (org.multilateral or org.type == "GPE"):
        return None
    start = mention.sidelines_span[1]
    summit = _SUMMIT.match(doc.text, start) or (_BLOC_GATHERING.match(doc.text, start) if org.multilateral else None)
    named_after = not summit and doc.find(_SUMMIT_OF, max(mention.sentence[0], mention.sidelines_span[0] - _SUMMIT_OF_REACH), mention.sidelines_span[0], ("summit",))
    attending = not (summit or named_after) and doc.find(
        _ATTENDING_BEFORE, max(mention.sentence[0], mention.sidelines_span[0] - _SUMMIT_OF_REACH), mention.sidelines_span[0], _ATTENDING_STEMS
    )
    if status == "held" and not (summit or named_after or attending):
        return None  # a held talk "on the sidelines of the UN General Assembly" reports the talk, not the session (but
        # "on the sidelines of their participation in the UN General Assembly" says they attended it)
    start = summit.end() if summit else start
    end = min(clause_end(doc, start, mention.sentence[1]), start + _REACH)
    stop = _STOP.search(doc.text, start, end)
    country = _country_after(doc, stop.end(), end) if stop and stop.group() == "," else None
    stop = _STOP.search(doc.text, country.end + 1, end) if country else stop  # "in Tianjin, China, later this month"
    end = stop.start() if stop else end
    dates = doc.dates_in(start, end) or [  # "on the sidelines of next week's BRICS summit"
        d for d in doc.gathering_dates_in(max(mention.sentence[0], mention.sidelines_span[0] - 25), mention.sidelines_span[0])
        if _POSSESSIVE_BEFORE.fullmatch(doc.text, d["end"], mention.sidelines_span[0])
    ]
    gathering_date = day_of(dates[0]) if dates else None
    if status == "held" and _recalled(doc, mention, gathering_date):
        if meeting is not None and meeting.date is None and not doc.dates_in(mention.sentence[0], mention.start):
            meeting.date = gathering_date  # "recalled their meeting on the margins of last year's G20 summit": then
        return None  # "have met before, on the sidelines of the G20 summit in Hamburg": a past talk, not who attended
    return MeetingMention(
        kind="summit",
        frame="attend",
        start=mention.sidelines_span[0],
        end=mention.sidelines_span[1],
        sentence=mention.sentence,
        parties=[org, *persons],
        place=named_place(doc, start, end),
        date=gathering_date,
        status=status,
    )


def _recalled(doc: Document, mention: MeetingMention, gathering_date: dict | None) -> bool:
    """Whether MENTION recalls a talk a month or more before the story ("first met", "recalled their meeting"),
    dated by itself, a date before it, or else its gathering's (GATHERING_DATE: "last year's BRICS summit"): who
    met there then says nothing of who attended the gathering. (A past talk told as a fact, "X, who held talks
    with Y in Vientiane in October on the sidelines of the ASEAN summits", reports the gathering too.)"""
    if mention.earlier_round or mention.other_round:
        return True
    recalling = doc.find(_RECALLING, mention.sentence[0], mention.start, ("recall",))
    if not recalling and not doc.find(_FIRST_OR_LAST, mention.sentence[0], mention.end, ("first", "last")):
        return False
    before = doc.dates_in(mention.sentence[0], mention.start)[-1:]  # "recalled their talks in Bali in July, on the margins of a meeting"
    date = mention.date or (before[0] if before else gathering_date)
    if not date or not doc.published or compare(date["value"], doc.published) != -1:
        return False
    return not near(date["value"], doc.published, 31)
