"""``find_entities``: tag and link the named mentions of one document."""

from __future__ import annotations

import re
from functools import lru_cache

from dipkit.entities import context
from dipkit.entities.gazetteer import TOKEN, Entry, Gazetteer, load_gazetteer
from dipkit.entities.linker import cluster, describe, name_tokens
from dipkit.entities.matcher import gazetteer_mentions
from dipkit.entities.mentions import Mention
from dipkit.entities.offices import term_at
from dipkit.entities.places import dateline_places, place_cue
from dipkit.entities.persons import Candidate, event, organization, person_cue, person_shaped, strip_run
from dipkit.entities.runs import capitalized_runs
from dipkit.entities.vocabulary import words

_ISO = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_COMMA_COUNTRY = re.compile(r",[ \t]+")
_AT_THE = re.compile(r"(?i)(?<!\w)(?:at|in|inside|outside|into)\s+the\s+$")


def _date(published: str | None) -> str | None:
    match = _ISO.match(published or "")
    return match.group() if match else None


def _organization(text: str, start: int, end: int, by_end: dict[int, Mention]) -> Mention:
    """An ORG from a capitalized run; nationalities right before it are part of the name ("Turkish Foreign Ministry")."""
    country = None
    while True:
        before = by_end.get(start - 1)
        if before is None or before.type != "NORP" or text[start - 1] not in " -":
            break
        start, country = before.start, (before.entry.code if before.entry else None) or country
        before.type = "DROP"
    name = " ".join(text[start:end].split())
    return Mention(start, end, "ORG", entry=Entry("ORG", "other", name, None, country))


def _place(text: str, start: int, end: int, by_start: dict[int, Mention] | None = None) -> Mention:
    """A GPE nobody listed; its country when the text adds it ("Manbij, Syria")."""
    name = " ".join(text[start:end].split())
    if name.isupper():
        name = name.title()
    country = None
    comma = _COMMA_COUNTRY.match(text, end)
    if comma and by_start:
        following = by_start.get(comma.end())
        if following is not None and following.entry is not None and following.entry.kind == "country":
            country = following.entry.code
    return Mention(start, end, "GPE", entry=Entry("GPE", "city", name, None, country))


def _dateline_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The unknown place that opens a dateline ("MANBIJ, Syria (Reuters) -")."""
    by_start = {m.start: m for m in mentions}
    found = []
    for start, end in dateline_places(text):
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if text[start:end].capitalize() in words("nonnames") or text[start:end] in words("titles"):
            continue
        found.append(_place(text, start, end, by_start))
    return found


def _particles_before(text: str, start: int) -> int:
    """START moved back over name particles written in lowercase: "[von der ]Leyen", "[al-]Hayya"."""
    for _ in range(2):
        found = context.last_word(text, start)
        if text[start - 1 : start] == "-":
            before = text[max(0, start - 4) : start - 1]
            word = before.split()[-1] if before.split() else ""
            if word in words("particles") and text[start - 1 - len(word) - 1 : start - 1 - len(word)] in (" ", ""):
                start -= len(word) + 1
                continue
        if found is None or found[1] not in words("particles"):
            break
        start = found[0]
    return start


def _drop_group_before(text: str, start: int, by_end: dict[int, Mention]) -> None:
    """A bloc adjective that begins an event's name is not an entity: "Eastern [Economic Forum]"."""
    before = by_end.get(start - 1)
    if before is not None and before.type == "NORP" and before.entry is not None and before.entry.kind == "group":
        if text[start - 1] == " ":
            before.type = "DROP"


def _venue(text: str, mention: Mention) -> bool:
    """A government seat named as a place ("at the White House"), which is not tagged."""
    if mention.type != "ORG" or mention.entry is None or mention.entry.kind != "government":
        return False
    return bool(_AT_THE.search(text, max(0, mention.start - 12), mention.start))


def _coordinated(text: str, candidate: Candidate, starts: set[int], ends: set[int]) -> bool:
    """A name joined by "and" to a person: "Obama and Merkel noted"."""
    return (text[candidate.end : candidate.end + 5] == " and " and candidate.end + 5 in starts) or (
        text[candidate.start - 5 : candidate.start] == " and " and candidate.start - 5 in ends
    )


def _supported(text: str, mention: Mention, strong: set[str], gazetteer: Gazetteer, date: str | None) -> bool:
    """A bare surname from the list counts when the text or the date backs it."""
    if mention.holder in strong or context.title_before(text, mention.start):
        return True
    if context.word_after(text, mention.end) in words("speech_verbs"):
        return True
    if context.word_before(text, mention.start) in words("meeting_verbs"):
        return True
    word = text[mention.start : mention.end]
    if word in words("nonnames") or word.lower() in context.lowercase_words(text):
        return False
    holder = gazetteer.holders[mention.holder]
    return date is None or term_at(holder, date) is not None


def _choose_holder(text: str, mention: Mention, strong: set[str], gazetteer: Gazetteer, date: str | None) -> None:
    """Among office holders sharing a surname, the one named in full here, else the one in office."""
    key = tuple(TOKEN.findall(text[mention.start : mention.end]))
    names = [a.target for a in gazetteer.lookup(key) if isinstance(a.target, str)]
    if len(names) < 2:
        return
    for name in names:
        if name in strong:
            mention.holder = name
            return
    serving = [name for name in names if term_at(gazetteer.holders[name], date) is not None]
    if date and serving:
        mention.holder = serving[0]


def _propagate(text: str, unresolved: list[Candidate], persons: list[Mention]) -> list[Mention]:
    """Runs that repeat a name found elsewhere in the document ("Misri" after "Vikram Misri")."""
    parts: set[str] = set()
    fulls: set[str] = set()
    for mention in persons:
        tokens = name_tokens(text[mention.start : mention.end])
        fulls.add(" ".join(tokens))
        if len(tokens) > 1:
            parts.update(t for t in tokens if len(t) > 1 and t not in words("particles"))
    found = []
    for candidate in unresolved:
        tokens = name_tokens(text[candidate.start : candidate.end])
        joined = " ".join(tokens)
        if joined in fulls or (len(tokens) == 1 and tokens[0] in parts):
            found.append(Mention(candidate.start, candidate.end, "PERSON"))
        elif len(tokens) > 1:
            found += _names_among_words(text, candidate, parts | fulls)
    return found


def _names_among_words(text: str, candidate: Candidate, names: set[str]) -> list[Mention]:
    """Known names in a run of other capitalized words: "Biden" in the headline "Xi Meets Biden"."""
    spans = candidate.words
    known = [span for span in spans if text[span[0] : span[1]] in names]
    if not known:
        return []
    others = [text[s:e] for s, e in spans if (s, e) not in known]
    if all(_ordinary(text, word) for word in others):
        return [Mention(s, e, "PERSON") for s, e in known]
    return []


def _ordinary(text: str, word: str) -> bool:
    """A capitalized word that is no name: a verb of speech or meeting, a title, a word the text writes in lowercase."""
    lower = word.lower()
    return (
        lower in words("speech_verbs")
        or lower in words("meeting_verbs")
        or word in words("nonnames")
        or word in words("titles")
        or lower in context.lowercase_words(text)
    )


def find_entities(text: str, published: str | None = None, gazetteers: tuple[str, ...] = ()) -> list[dict]:
    """Named mentions of TEXT, typed PERSON/GPE/NORP/LOC/ORG and linked (see ANNOTATION.md).

    PUBLISHED (ISO date) picks office holders' roles; GAZETTEERS are extra entry files.
    """
    gazetteer = load_gazetteer(tuple(gazetteers))
    date = _date(published)
    mentions, free = gazetteer_mentions(gazetteer, text)
    found, unresolved = _from_runs(text, free, {m.end: m for m in mentions})
    mentions += found
    mentions += _dateline_places(text, mentions)
    mentions = [m for m in mentions if m.type != "DROP" and not _venue(text, m)]
    strong = {m.holder for m in mentions if m.holder and not m.weak}
    for mention in mentions:
        if mention.weak:
            _choose_holder(text, mention, strong, gazetteer, date)
    mentions = [m for m in mentions if not m.weak or _supported(text, m, strong, gazetteer, date)]
    mentions += _repeated_people(text, unresolved, [m for m in mentions if m.type == "PERSON"])
    mentions.sort(key=lambda m: m.start)
    return _records(text, mentions, gazetteer, date)


def _from_runs(text: str, free: list[re.Match], by_end: dict[int, Mention]) -> tuple[list[Mention], list[Candidate]]:
    """Mentions found in the capitalized runs the gazetteer left, and the runs still undecided."""
    mentions: list[Mention] = []
    candidates: list[Candidate] = []
    for run in capitalized_runs(text, free):
        if event(text, run):
            _drop_group_before(text, run.start, by_end)
        elif " ".join(text[run.start : run.end].split()) in words("not_entities"):
            continue
        elif organization(text, run, by_end):
            mentions.append(_organization(text, run.start, run.end, by_end))
        else:
            candidate = strip_run(text, run)
            if candidate is not None:
                candidates.append(candidate)
    # "Peabody said" after "Peabody Energy": the short name of an organization named in full
    short_names = {text[m.start : m.end].split()[0]: m.entry for m in mentions if m.entry and " " in text[m.start : m.end]}
    unresolved: list[Candidate] = []
    for candidate in candidates:
        word = text[candidate.start : candidate.end]
        if word in short_names:
            mentions.append(Mention(candidate.start, candidate.end, "ORG", entry=short_names[word]))
        elif person_shaped(text, candidate) and context.organization_cue(text, candidate.start, candidate.end):
            name = " ".join(word.split())
            mentions.append(Mention(candidate.start, candidate.end, "ORG", entry=Entry("ORG", "other", name)))
        elif person_cue(text, candidate, by_end):
            mentions.append(Mention(_particles_before(text, candidate.start), candidate.end, "PERSON"))
        elif person_shaped(text, candidate) and place_cue(text, candidate):
            mentions.append(_place(text, candidate.start, candidate.end, by_end))
        else:
            unresolved.append(candidate)
    return mentions, unresolved


def _repeated_people(text: str, unresolved: list[Candidate], persons: list[Mention]) -> list[Mention]:
    """Undecided runs that are people after all: a name said again, or joined by "and" to a person."""
    found = _propagate(text, unresolved, persons)
    taken = {m.start for m in found}
    starts = {m.start for m in persons + found}
    ends = {m.end for m in persons + found}
    for candidate in unresolved:
        if candidate.start not in taken and _coordinated(text, candidate, starts, ends) and person_shaped(text, candidate):
            found.append(Mention(candidate.start, candidate.end, "PERSON"))
    return found


def _records(text: str, mentions: list[Mention], gazetteer: Gazetteer, date: str | None) -> list[dict]:
    by_end = {m.end: m for m in mentions}
    persons = [m for m in mentions if m.type == "PERSON"]
    person_fields: dict[int, dict] = {}
    for person in cluster(text, persons, gazetteer):
        role, country = describe(text, person, by_end, gazetteer, date)
        for mention in person.mentions:
            person_fields[id(mention)] = {"name": person.surface, "role": role, "country": country}
    records = []
    for mention in mentions:
        record = {"start": mention.start, "end": mention.end, "text": text[mention.start : mention.end], "type": mention.type}
        if mention.type == "PERSON":
            record.update(person_fields[id(mention)])
        elif mention.entry is not None:
            record.update(_entry_fields(mention.entry))  # a cached dict: update copies it
        records.append(record)
    return records


@lru_cache(maxsize=4096)
def _entry_fields(entry: Entry) -> dict:
    fields: dict = {"name": entry.name, "kind": entry.kind}
    if entry.code:
        fields["code"] = entry.code
    if entry.country:
        fields["country"] = entry.country
    return fields
