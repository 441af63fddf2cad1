"""Organizations named by more than a capitalized run: missions with their seat ("Chinese Embassy in
Kathmandu"), bodies of country pairs ("Nepal-India Joint Commission") and of several portfolios, head nouns
standing for a body named in full ("the Commission"), newspapers after "told The", and generic bodies inside
event names (not entities)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from dipkit.entities import context
from dipkit.entities.gazetteer import Entry, Gazetteer, alias_key
from dipkit.entities.mentions import Mention
from dipkit.entities.runs import Run
from dipkit.entities.vocabulary import words
from dipkit.resources import data_rows

_OF_PLACE = re.compile(r" of (?:the )?")
AT_THE = re.compile(  # where a seat of government is a building: "at the", "left the", "return to the"
    r"(?i)(?<!\w)(?:at|in|inside|outside|into|near|left|leaving|entered|entering"
    r"|(?:return|returned|returning|back|came|went|travell?ed|invited)\s+to)\s+(?:the\s+)?$"
)
_TOLD_THE = re.compile(r"(?:(?<!\w)told|interview with|according to|writing in|wrote in|reported by)[ \t]+The[ \t]+$")
_IN_PLACE = re.compile(r" in (?:the )?")


def organization_mention(text: str, start: int, end: int, by_end: dict[int, Mention]) -> Mention:
    """An ORG from a capitalized run; nationalities and pairs of countries right before it are part of the name
    ("Turkish Foreign Ministry", "Nepal-India Joint Commission", "Kenya News Agency")."""
    country, owners = None, 0
    while True:
        before = by_end.get(start - 1)
        if before is None or before.type not in ("NORP", "GPE") or text[start - 1] not in " -":
            break
        if before.type == "GPE" and not _paired(text, before, start, by_end) and text[start:end] not in words("country_named_bodies"):
            break
        start, country, owners = before.start, (before.entry.code if before.entry else None) or country, owners + 1
        before.type = "DROP"
    if owners > 1 and text[start:end].count("-") and not text[start:end].split("-")[0].count(" "):
        country = None  # a joint body of two countries belongs to neither
    name = " ".join(text[start:end].split())
    return Mention(start, end, "ORG", entry=Entry("ORG", "other", name, None, country))


def _paired(text: str, place: Mention, start: int, by_end: dict[int, Mention]) -> bool:
    """PLACE belongs to a pair of countries that opens a joint body: "[Nepal-India] Joint Commission"."""
    if text[start - 1] == "-":
        return True
    other = by_end.get(place.start - 1)
    return text[place.start - 1 : place.start] == "-" and other is not None and other.type in ("GPE", "NORP")


@lru_cache(maxsize=1)
def _office_vocabulary() -> frozenset[str]:
    """Words of offices and bodies: a name made of these only is generic ("Foreign Office")."""
    return words("title_modifiers") | words("titles") | words("org_heads")


def body_in_event(text: str, mentions: list[Mention]) -> None:
    """A government body's generic name ("Foreign Office": words of offices only) that opens an event's name
    is no entity: "[Foreign Office] Consultations" between two countries is not the British ministry."""
    for mention in mentions:
        if mention.type == "ORG" and mention.entry is not None and mention.entry.kind == "government":
            if text[mention.end : mention.end + 1] == " " and context.word_after(text, mention.end) in words("event_heads"):
                if all(word in _office_vocabulary() for word in text[mention.start : mention.end].split()):
                    mention.type = "DROP"  # not "[White House] Summit", a name of its own


def bodies_of_countries(text: str, mentions: list[Mention]) -> None:
    """A listed body with a generic name, then "of (the)" and a country, is that country's body, named in full:
    "[Senate of the Philippines]", "[National Diet of Japan]" (not the US Senate, and no GPE inside)."""
    by_start: dict[int, Mention] | None = None  # built when first needed: most documents have no such body
    for mention in mentions:
        if mention.type != "ORG" or mention.entry is None or not text.startswith(" of ", mention.end):
            continue
        surface = text[mention.start : mention.end]
        if not all(word in _office_vocabulary() or word in words("org_heads") for word in surface.split()):
            continue
        if by_start is None:
            by_start = {m.start: m for m in mentions}
        place = place_after_of(text, mention.end, by_start)
        if place is None or place.type != "GPE" or place.entry is None or place.entry.kind != "country":
            continue
        place.type, mention.end = "DROP", place.end
        name = " ".join(text[mention.start : mention.end].split())
        mention.entry = Entry("ORG", "government", name, None, place.entry.code)


def bodies_of_countries_before(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A listed body with a generic name ("Foreign Office", "Senate") after the name of another country than
    the one it stands for is that country's body: "Pakistan's [Foreign Office]", "Afghanistan [Foreign Office]"
    and "[Pakistani Foreign Office]" (the nationality joins the name) are no British FCDO.
    MENTIONS less the nationalities joined."""
    by_end: dict[int, Mention] | None = None  # built when first needed: most documents have no such body
    joined: set[int] = set()
    vocabulary = _office_vocabulary()
    for mention in mentions:
        entry = mention.entry
        if mention.type != "ORG" or entry is None or entry.kind != "government" or entry.country is None:
            continue
        if text[mention.start - 1 : mention.start] != " ":
            continue
        parts = text[mention.start : mention.end].split()
        if not all(word in vocabulary for word in parts):
            continue
        if by_end is None:
            by_end = {m.end: m for m in mentions}
        possessive = context.possessive_before(text, mention.start)
        owner = by_end.get(mention.start - (3 if possessive else 1))
        if owner is None or owner.entry is None or owner.type not in ("GPE", "NORP") or id(owner) in joined:
            continue
        surface = " ".join(parts)
        code = owner.entry.code
        if not code or (owner.type == "GPE" and owner.entry.kind != "country"):
            continue
        listed = [a.target for a in gazetteer.lookup(alias_key(surface)) if isinstance(a.target, Entry)]
        if not listed or listed[0].country == code:
            continue  # "British Foreign Office": the body the name stands for, whichever the document chose
        mention.entry = _body_of(gazetteer, surface, owner.entry.name, code)
        if owner.type == "NORP" and not possessive:
            mention.start = owner.start  # "Pakistani Foreign Office", as "Turkish Foreign Ministry"
            joined.add(id(owner))
    return [m for m in mentions if id(m) not in joined] if joined else mentions


def _body_of(gazetteer: Gazetteer, surface: str, owner: str, code: str) -> Entry:
    """The entry of country CODE that SURFACE names ("Foreign Office" of Pakistan), or that the owner's name and
    SURFACE name together ("Pakistan Foreign Office"); else a new one so named."""
    for key in (alias_key(surface), alias_key(f"{owner} {surface}")):
        for alias in gazetteer.lookup(key):
            if isinstance(alias.target, Entry) and alias.target.country == code:
                return alias.target
    return Entry("ORG", "government", f"{owner} {surface}", None, code)


def place_after_of(text: str, run_end: int, by_start: dict[int, Mention]) -> Mention | None:
    """The listed place in "University [of Buenos Aires]", "Diplomatic Academy [of Vietnam]"."""
    joiner = _OF_PLACE.match(text, run_end)
    place = by_start.get(joiner.end()) if joiner else None
    return place if place is not None and place.type in ("GPE", "LOC") else None


@lru_cache(maxsize=1)
def _parent_bodies() -> tuple[tuple[str, str, str], ...]:
    """(head, parent, body) rows of parent_bodies.tsv, read once."""
    return tuple((row[0], row[1], row[2]) for row in data_rows("entities", "parent_bodies.tsv"))


def named_heads(mentions: Iterable[Mention], gazetteer: Gazetteer) -> dict[str, Entry]:
    """Head nouns of organizations named in full ("European [Commission]") with the entry, when one
    organization only has that head here; else the body of a named parent (parent_bodies.tsv)."""
    named: dict[str, Entry | None] = {}
    heads = words("short_heads")
    entries = {m.entry for m in mentions if m.type == "ORG" and m.entry is not None}
    parents = {entry.name for entry in entries}
    for entry in entries:
        head = entry.name.rpartition(" ")[2]
        if head in heads and head != entry.name:
            named[head] = entry if head not in named else None
    for head, parent, body in _parent_bodies():
        if parent in parents and head not in named:
            found = [a.target for a in gazetteer.lookup(alias_key(body)) if isinstance(a.target, Entry)]
            if found:
                named[head] = found[0]
    return {head: entry for head, entry in named.items() if entry is not None}


def short_form(text: str, run: Run, named: dict[str, Entry]) -> Mention | None:
    """ "the Commission" with "the European Commission": the capitalized head noun alone, opening a run,
    names the one organization with that head the document names in full."""
    start, end = run.words[0]
    found = named.get(text[start:end])
    if found is None or _OF_PLACE.match(text, end) or text[end : end + 5] == " for ":
        return None  # "Bank of Ghana" is another bank
    if len(run.words) > 1 and text[run.words[1][0] : run.words[1][1]] not in words("titles"):
        return None  # "Council of Europe" is another body; "Commission President" is the body's office
    return Mention(start, end, "ORG", entry=found)


@lru_cache(maxsize=1)
def mission_last_words() -> frozenset[str]:
    """Last words of mission_heads.txt ("Commission" of "High Commission")."""
    return frozenset(head.split()[-1] for head in words("mission_heads"))


def told_outlet(text: str, start: int, end: int, by_end: dict[int, Mention]) -> Mention | None:
    """ "told [The National]", "in an interview with [The Kathmandu Post]": a newspaper, "The" and all;
    a place or nationality inside its name is part of it."""
    place = by_end.get(start - 1)
    begin = place.start if place is not None and place.type in ("GPE", "NORP") and text[start - 1] == " " else start
    if text[begin - 4 : begin] != "The " or not _TOLD_THE.search(text, max(0, begin - 30), begin):
        return None
    if begin != start:
        place.type = "DROP"
    media = " ".join(text[begin - 4 : end].split())
    return Mention(begin - 4, end, "ORG", entry=Entry("ORG", "media", media))


def outlets_named_like_places(text: str, mentions: list[Mention]) -> None:
    """ "told [The Hindu]": a listed place or nationality after "told The" is the newspaper so named."""
    for mention in mentions:
        if mention.type in ("GPE", "NORP") and text[mention.start - 4 : mention.start] == "The ":
            if _TOLD_THE.search(text, max(0, mention.start - 30), mention.start) and not text[mention.end : mention.end + 1].isalnum():
                media = " ".join(text[mention.start - 4 : mention.end].split())
                mention.start, mention.type, mention.entry = mention.start - 4, "ORG", Entry("ORG", "media", media)


def mission_mention(text: str, run: Run, by_end: dict[int, Mention], by_start: dict[int, Mention]) -> Mention | None:
    """A diplomatic mission named with its seat is one ORG: "[Chinese Embassy in Kathmandu]",
    "[Embassy of Brazil in Ottawa]", "[Indian High Commission in Dhaka]"; not as a venue ("at the ...")."""
    start, end = run.words[0][0], run.words[-1][1]
    if text[run.words[-1][0] : end] not in mission_last_words():
        return None  # the common case
    if len(run.words) > 1 and " ".join(text[start:end].split()[-2:]) in words("mission_heads"):
        pass  # "High Commission"
    elif text[run.words[-1][0] : end] not in words("mission_heads"):
        return None
    owner = place_after_of(text, end, by_start)
    seat_at = _IN_PLACE.match(text, owner.end if owner is not None else end)
    seat = by_start.get(seat_at.end()) if seat_at else None
    if seat is None or seat.type != "GPE":
        return None
    owner_before = by_end.get(start - 1)
    begin = owner_before.start if owner_before is not None and text[start - 1] == " " else start
    if AT_THE.search(text, max(0, begin - 14), begin):
        return None  # "talks at the Russian Embassy in Washington": the building, not tagged
    country = by_end.get(start - 1)  # "[US] Embassy in Kyiv"
    if country is not None and country.type == "GPE" and country.entry is not None and country.entry.code and text[start - 1] == " ":
        start = country.start
        owner = owner or country
    for inside in (owner, seat):
        if inside is not None:
            inside.type = "DROP"
    mission = organization_mention(text, start, seat.end, by_end)
    country = (owner.entry.code if owner is not None and owner.entry else None) or mission.entry.country
    name = " ".join(text[mission.start : mission.end].split())
    return Mention(mission.start, mission.end, "ORG", entry=Entry("ORG", "government", name, None, country))


def continued_portfolio(text: str, run: Run, following: list[Run]) -> bool:
    """ "Ministry of Foreign [and Diaspora Affairs]": a body of several portfolios goes on after "and"
    with portfolio words only."""
    if not following or text[run.end : following[0].start] != " and " or len(run.words) < 2:
        return False
    if text[run.words[0][0] : run.words[0][1]] not in words("org_heads") or text[run.words[0][1] : run.words[1][0]] not in (" of ", " for "):
        return False
    portfolio = words("title_modifiers")
    return all(text[a:b] in portfolio for a, b in following[0].words)
