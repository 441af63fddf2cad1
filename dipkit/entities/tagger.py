"""``find_entities``: tag and link the named mentions of one document."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from dipkit.entities import context
from dipkit.entities.gazetteer import Entry, Gazetteer, alias_key, load_gazetteer
from dipkit.entities.bodies import (
    AT_THE,
    bodies_of_countries,
    bodies_of_countries_before,
    body_in_event,
    continued_portfolio,
    mission_last_words,
    mission_mention,
    named_heads,
    organization_mention,
    outlets_named_like_places,
    place_after_of,
    short_form,
    told_outlet,
)
from dipkit.entities.linker import NICKNAME, cluster, describe
from dipkit.entities.matcher import gazetteer_mentions
from dipkit.entities.mentions import Mention
from dipkit.entities.places import dateline_places, dateline_sources, feature_cue, place_cue
from dipkit.entities.persons import Candidate, event_heads, natural_place, organization, person_cue, person_shaped, strip_run
from dipkit.entities.repeats import (
    addressed_by_surname,
    family_names_before_places,
    given_names_named_like_places,
    repeated_people,
    surnames_named_like_places,
)
from dipkit.entities.surnames import choose_holder, supported
from dipkit.entities.runs import Run, capitalized_runs
from dipkit.entities.vocabulary import words
from dipkit.resources import data_rows

_SESSION_BEFORE = re.compile(  # "the 19th ", "the 26th session of the ", "the next meeting of "
    r"(?<![\w-])(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|latest|inaugural)"
    r"(?:[ \t]+(?:session|meeting|round|sitting|edition)[ \t]+of(?:[ \t]+the)?)?[ \t]+$",
    re.IGNORECASE,
)
_NAME_SUFFIX = re.compile(r" ([JS]r\b\.?|I{2,3}\b|IV\b)")
_SUFFIX_OPENINGS = (" J", " S", " I")  # what _NAME_SUFFIX starts with: a cheap test first
_GENERATIONS = ("Jr", "Sr")  # a name ending in one of these may take the full stop after it
_GAP = (" ", "\t")  # what ``context.last_word`` needs right before a position to find a word
_ISO = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_HEADLINE_CHARS = 200  # a longer line is a paragraph, whatever its capitals
_ALPHA_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DEFINED = re.compile(r" \(([A-Z][A-Z0-9&]{1,9})\)")  # "... Organization (MIT)"
_COMMA_COUNTRY = re.compile(r",[ \t]+")
_DAY_NAMED_AFTER = ("'s Day", "’s Day")  # a run before it names a holiday
_BUILDING_PART = re.compile(r"[ \t]+(?:wall|walls|grounds|gates?|lawn|compound|premises|corridors|steps|courtyard|building)\b")


def _date(published: str | None) -> str | None:
    match = _ISO.match(published or "")
    return match.group() if match else None


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
    spans = dateline_places(text)
    if not spans:
        return []
    by_start = {m.start: m for m in mentions}
    found = [
        Mention(start, end, "ORG", entry=Entry("ORG", "media", text[start:end]))
        for start, end in dateline_sources(text)
        if start not in by_start
    ]
    for start, end in spans:
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if text[start:end].capitalize() in words("nonnames") or text[start:end] in words("titles"):
            continue
        found.append(_place(text, start, end, by_start))
    return found


_PATRONYMIC = ("bin ", "bint ", "ibn ")


def _particles_before(text: str, start: int) -> int:
    """START moved back over name particles written in lowercase: "[von der ]Leyen", "[al-]Hayya"."""
    for _ in range(2):
        found = context.last_word(text, start)
        if text[start - 1 : start] == "-":
            before = text[max(0, start - 4) : start - 1]
            word = before.split()[-1] if before.split() else ""
            if word.lower() in words("particles") and text[start - 1 - len(word) - 1 : start - 1 - len(word)] in (" ", "", "\n"):
                start -= len(word) + 1
                continue
        if found is None or found[1] not in words("particles"):
            break
        start = found[0]
    if text.startswith(_PATRONYMIC, start):
        given = context.last_word(text, start)
        if given is not None and given[1][:1].isupper():
            start = given[0]  # "Sultan bin Ahmed Al Jaber": no name opens with "bin", the word before is the given name
    return start


def _drop_group_before(text: str, start: int, by_end: dict[int, Mention]) -> None:
    """A bloc adjective that begins an event's name is not an entity: "Eastern [Economic Forum]"."""
    before = by_end.get(start - 1)
    if before is not None and before.type == "NORP" and before.entry is not None and before.entry.kind == "group":
        if text[start - 1] == " ":
            before.type = "DROP"


def _venue(text: str, mention: Mention) -> bool:
    """A government seat named as a place ("at the White House", "at State House", "near the Kremlin
    wall"), which is not tagged; "the Kremlin said" is the government and stays."""
    if mention.type != "ORG" or mention.entry is None:
        return False
    seats = words("seats")
    if mention.entry.name not in seats and text[mention.start : mention.end] not in seats:
        return False
    return bool(AT_THE.search(text, max(0, mention.start - 20), mention.start) or _BUILDING_PART.match(text, mention.end))


def _party_in_title(text: str, mention: Mention) -> bool:
    """A party's one-word name that is part of an office: "Serbian [Labour] Minister"."""
    if mention.type != "ORG" or mention.entry is None or not mention.entry.name.endswith("Party"):
        return False
    return " " not in text[mention.start : mention.end] and context.word_after(text, mention.end) in words("titles")


_HYPHENED_PARTICLE = re.compile(r"(?<![\w-])([A-Z][a-z]{1,2})-\Z")  # "El-", "Al-" written before a surname
_SURNAME_WORD = re.compile(r"[A-Z][a-z]+")  # one title-case word: an alias that could be a surname


_SURNAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")  # (NICKNAME is followed by a capital)
_TITLE_NAMES = frozenset({"Amir", "Emir"})  # given names that are also the ruler's title


def _title_alone(text: str, mention: Mention) -> bool:
    """"HH the Amir welcomed": the ruler's title after "the", not a man named Amir."""
    return mention.type == "PERSON" and text[mention.start : mention.end] in _TITLE_NAMES and text.endswith(("the ", "The "), 0, mention.start)


def _join_name_parts(text: str, mentions: list[Mention]) -> None:
    """Words written as part of a person's name join it: an honorific ("[Sayyid] Badr Albusaidi"), a given name
    tagged alone before a listed name ("[Mohammad] Ishaq Dar"), a suffix ("Joseph R. Biden [Jr.]")."""
    prefixes, given, suffixes, particles = words("name_prefixes"), words("given_names"), words("name_suffixes"), words("particles")
    by_span: dict[tuple[int, int], Mention] = {}  # built when first needed: most names have no such part
    by_start: dict[int, Mention] = {}  # (the same, by where a mention starts)
    last_word = context.last_word
    for mention in [m for m in mentions if m.type == "PERSON"]:
        if mention.type != "PERSON":
            continue  # dropped as the part of a name before it
        if text[mention.start : mention.end] in suffixes:
            mention.type = "DROP"  # "Jr" alone names nobody
            continue
        if text[mention.start - 1 : mention.start] == "-":
            particle = _HYPHENED_PARTICLE.search(text, max(0, mention.start - 4), mention.start)
            if particle is not None and particle.group(1).lower() in particles:
                by_span = by_span or {(m.start, m.end): m for m in mentions}
                alone = by_span.get((particle.start(1), particle.end(1)))
                if alone is not None and alone is not mention:
                    alone.type = "DROP"  # "El" of "El-Sisi" tagged alone
                mention.start = particle.start(1)  # "[El-]Sisi", "[Al-]Sharaa": the particle is part of the name
        found = last_word(text, mention.start) if text[mention.start - 1 : mention.start] in _GAP else None
        if found is not None and (found[1] in prefixes or (found[1] in given and mention.holder is not None)):
            by_span = by_span or {(m.start, m.end): m for m in mentions}
            alone = by_span.get((found[0], found[0] + len(found[1])))
            person_alone = alone is not None and alone.type == "PERSON" and alone.holder is None
            if found[1] in prefixes or (person_alone and found[1] in given and mention.holder is not None):
                if alone is not None:
                    alone.type = "DROP"
                mention.start = found[0]
        elif found is not None and found[1].lower() in particles and found[1][:1].isupper():
            by_span = by_span or {(m.start, m.end): m for m in mentions}
            alone = by_span.get((found[0], found[0] + len(found[1])))
            if alone is not None and alone.type == "PERSON":  # "[Al] Hussein bin Abdullah": the particle tagged alone
                alone.type = "DROP"
                mention.start = found[0]
        if text[mention.end : mention.end + 1] == "-" and text[: mention.end].rsplit(None, 1)[-1].rsplit("-", 1)[-1].lower() in particles:
            by_start = by_start or {m.start: m for m in mentions}  # "Meshal Al-Ahmad Al-Jaber Al-[Sabah]": a place
            tail = by_start.get(mention.end + 1)
            if tail is not None and tail.type in ("GPE", "LOC", "NORP", "ORG"):  # word after a name's last particle
                tail.type = "DROP"
                mention.end = tail.end
        if mention.holder is None and text[mention.end : mention.end + 1] == " ":
            by_start = by_start or {m.start: m for m in mentions}
            tail = by_start.get(mention.end + 1)
            if tail is not None and tail.type == "ORG" and _SURNAME_WORD.fullmatch(text, tail.start, tail.end):
                tail.type = "DROP"  # "Therese Kayikwamba [Wagner]": one word of an organization's alias ends a name
                mention.end = tail.end
        suffix = _NAME_SUFFIX.match(text, mention.end) if text.startswith(_SUFFIX_OPENINGS, mention.end) else None
        if suffix is not None and suffix.group(1).rstrip(".") in suffixes:
            by_span = by_span or {(m.start, m.end): m for m in mentions}
            after = by_span.get((suffix.start(1), suffix.start(1) + len(suffix.group(1).rstrip("."))))
            if after is not None:
                after.type = "DROP"
            mention.end = suffix.end()
            generation = suffix.group(1).rstrip(".")
            if mention.holder is not None and generation in ("Jr", "Sr") and generation not in mention.holder.replace(".", "").split():
                mention.holder, mention.weak = None, False  # "Donald Trump Jr." is not the listed Donald Trump
        elif text[mention.end : mention.end + 1] == "." and text.endswith(_GENERATIONS, mention.start, mention.end) and text[mention.start : mention.end].rsplit(None, 1)[-1] in ("Jr", "Sr"):
            by_span = by_span or {(m.start, m.end): m for m in mentions}  # the spans as found, before any change
            mention.end += 1  # "Gilberto Teodoro Jr[.]"


_OPENING_MARK = re.compile(r"[“\"]")  # where a quoted nickname (NICKNAME, after its blanks) can open


def _nicknames(text: str) -> Iterator[re.Match]:
    """NICKNAME's matches in TEXT, as ``finditer`` gives them, tried only at the blanks before an opening mark:
    a pattern that opens with blanks is otherwise tried at every space of the text."""
    done = 0
    for mark in _OPENING_MARK.finditer(text):
        start = mark.start()
        while start > done and text[start - 1] in _GAP:
            start -= 1  # the first of the blanks, where finditer's match begins
        if start < mark.start() and (nickname := NICKNAME.match(text, start)) is not None:
            done = nickname.end()
            yield nickname


def _join_nicknames(text: str, mentions: list[Mention], unresolved: list[Candidate]) -> list[Candidate]:
    """'President Ferdinand “Bongbong” Marcos Jr.': the parts of a name around a quoted nickname are one person
    (the nickname stays in the span, not in the name); UNRESOLVED without the surnames so joined."""
    if "“" not in text and '"' not in text:
        return unresolved  # (the cheap test first)
    joined: list[tuple[int, int]] = []
    by_end = {m.end: m for m in mentions if m.type == "PERSON"}
    by_start = {m.start: m for m in mentions}
    for nickname in _nicknames(text):
        head, tail = by_end.get(nickname.start()), by_start.get(nickname.end())
        if head is None or head.type != "PERSON" or tail is not None and tail.type != "PERSON":
            continue
        if tail is None:  # 'Senator Juan “Johnny” Velasco': a surname no cue tagged
            surname = _SURNAME_RUN.match(text, nickname.end())
            if not any(nickname.end() <= m.start < surname.end() for m in mentions):
                head.end = surname.end()
                joined.append(surname.span())
            continue
        tail.type = "DROP"
        head.end = tail.end
        if head.holder is None:
            head.holder, head.weak = tail.holder, tail.weak
    return [c for c in unresolved if not any(start <= c.start < end for start, end in joined)] if joined else unresolved


def _office_not_body(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """ "US Treasury Secretary": a body whose name is a country and a title word, before another title word,
    is part of an office; only the country stays ("US")."""
    for mention in mentions:
        if mention.type != "ORG" or mention.entry is None:
            continue
        surface = text[mention.start : mention.end].split()
        if len(surface) < 2 or surface[-1] not in words("titles") or context.word_after(text, mention.end) not in words("titles"):
            continue
        first = [a.target for a in gazetteer.lookup(alias_key(surface[0])) if isinstance(a.target, Entry)]
        if first and first[0].type in ("GPE", "NORP"):
            mention.end, mention.type, mention.entry = mention.start + len(surface[0]), first[0].type, first[0]


def _by_document_country(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """Entries of several countries named alike ("Congress": USA or India) resolved by the country the
    document names most; the listed first when it names neither."""
    ambiguous = [m for m in mentions if m.entry is not None and m.type == "ORG" and m.entry.name in gazetteer.shared]
    if not ambiguous:
        return
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.entry is not None and mention.type in ("GPE", "NORP"):
            country = mention.entry.code or mention.entry.country
            if country:
                counts[country] = counts.get(country, 0) + 1
    for mention in ambiguous:
        choices = [a.target for a in gazetteer.lookup(alias_key(text[mention.start : mention.end])) if isinstance(a.target, Entry)]
        if text[mention.start - 1 : mention.start] == "(" and text[mention.end : mention.end + 1] == ")":
            choices = [entry for entry in choices if entry.kind == "media"] or choices  # "NEW DELHI (PTI) -"
            counts[choices[0].country or ""] = len(text)
        best = max(choices, key=lambda entry: counts.get(entry.country or "", 0), default=None)
        if best is not None and counts.get(best.country or "", 0) > counts.get(mention.entry.country or "", 0):
            mention.entry = best


def find_entities(text: str, published: str | None = None, gazetteers: tuple[str, ...] = ()) -> list[dict]:
    """Named mentions of TEXT, typed PERSON/GPE/NORP/LOC/ORG and linked (see ANNOTATION.md).

    PUBLISHED (ISO date) picks office holders' roles; GAZETTEERS are extra entry files.
    """
    gazetteer = load_gazetteer(tuple(gazetteers))
    context.forget_previous_text()
    date = _date(published)
    mentions, free = gazetteer_mentions(gazetteer, text)
    body_in_event(text, mentions)
    outlets_named_like_places(text, mentions)
    named = named_heads(mentions, gazetteer)
    headlines: dict[int, bool] = {}  # per line start: whether it is a title-case headline
    found, unresolved = _from_runs(text, free, {m.end: m for m in mentions}, {m.start: m for m in mentions}, named, headlines)
    mentions += found
    mentions += _dateline_places(text, mentions)
    _join_name_parts(text, mentions)
    unresolved = _join_nicknames(text, mentions, unresolved)
    bodies_of_countries(text, mentions)
    _office_not_body(text, mentions, gazetteer)
    mentions = [m for m in mentions if m.type != "DROP" and (m.type != "ORG" or not (_venue(text, m) or _party_in_title(text, m)))]
    _by_document_country(text, mentions, gazetteer)
    mentions = bodies_of_countries_before(text, mentions, gazetteer)
    weak = [m for m in mentions if m.weak]
    if weak:
        strong = {m.holder for m in mentions if m.holder and not m.weak}
        for mention in weak:
            choose_holder(text, mention, strong, gazetteer, date)
        mentions = [m for m in mentions if not m.weak or supported(text, m, strong, gazetteer, date)]
    unresolved = family_names_before_places(text, mentions, unresolved)
    persons = [m for m in mentions if m.type == "PERSON"]
    mentions += repeated_people(text, unresolved, persons, lambda position: _in_headline(text, position, headlines))
    mentions += addressed_by_surname(text, mentions)
    mentions += _defined_acronyms(text, mentions, unresolved)
    mentions += _country_short_forms(text, mentions, gazetteer)
    surnames_named_like_places(text, mentions)
    given_names_named_like_places(text, mentions)
    mentions = [m for m in mentions if m.type != "PERSON" or not _title_alone(text, m)]  # (the type first: no call)
    mentions.sort(key=lambda m: m.start)
    return _records(text, mentions, gazetteer, date)


def _from_runs(
    text: str,
    free: list[re.Match],
    by_end: dict[int, Mention],
    by_start: dict[int, Mention],
    named: dict[str, Entry],
    headlines: dict[int, bool],
) -> tuple[list[Mention], list[Candidate]]:
    """Mentions found in the capitalized runs the gazetteer left, and the runs still undecided.
    HEADLINES caches, per line start, whether the line is a title-case headline."""
    mentions: list[Mention] = []
    candidates: list[Candidate] = []
    org_heads, not_entities, not_entity_openings = words("org_heads"), words("not_entities"), _first_words("not_entities")
    mission_lasts, event_lasts = mission_last_words(), event_heads()
    runs = capitalized_runs(text, free)
    joined = -1  # a run already taken into the organization before it
    for index, run in enumerate(runs):
        if index == joined:
            continue
        spans = run.words
        size = len(spans)
        start, end = spans[0][0], spans[-1][1]
        short = short_form(text, run, named) if text[start : spans[0][1]] in named else None  # its first check
        if short is not None:
            mentions.append(short)
            if size == 1:
                continue
        last = text[spans[-1][0] : end]  # the checks below that look at the last word only are made here first
        several = size > 1
        place = place_after_of(text, end, by_start) if last in org_heads else None
        found_mission = mission_mention(text, run, by_end, by_start) if last in mission_lasts else None
        if found_mission is not None:
            mentions.append(found_mission)
        elif (
            (text[start - 4 : start] == "The " or start - 1 in by_end)  # what told_outlet needs before the run
            and (media := told_outlet(text, start, end, by_end)) is not None
            and size <= 3
        ):
            mentions.append(media)
        elif last in event_lasts:  # an event or facility
            _drop_group_before(text, start, by_end)
        elif text.startswith(not_entity_openings, start) and " ".join(text[start:end].split()) in not_entities:
            continue
        elif text.startswith(_DAY_NAMED_AFTER, end):
            continue  # "St. Patrick's Day", "Valentine's Day": a day, not the saint
        elif place is not None:
            place.type = "DROP"  # the place is part of the organization's name
            mentions.append(organization_mention(text, start, place.end, by_end))
        elif (several or last in org_heads) and organization(text, run, by_end):  # one word: an organization word
            if _numbered_session(text, start, by_end):
                continue  # "the 19th India-Australia Joint Commission" is a meeting; the countries in it stay
            if continued_portfolio(text, run, runs[index + 1 : index + 2]):
                joined, end = index + 1, runs[index + 1].end
            mentions.append(organization_mention(text, start, end, by_end))
        elif several and natural_place(text, run):
            name = " ".join(text[start:end].split())
            mentions.append(Mention(start, end, "LOC", entry=Entry("LOC", "loc", name)))
        else:
            candidate = strip_run(text, run)
            body_end = _body_before_title(text, run, candidate) if size > 2 else None  # its first check
            if body_end is not None:
                mentions.append(organization_mention(text, start, body_end, by_end))
            if candidate is not None and (len(candidate.words) > 1 or text[candidate.start : candidate.end] in org_heads) and organization(text, candidate, by_end):
                mentions.append(organization_mention(text, candidate.start, candidate.end, by_end))  # "Director of the [Institute for X]"
            elif candidate is not None:
                candidates.append(candidate)
    short_names, seats = _short_names(text, mentions, candidates, by_end), words("seats")
    unresolved: list[Candidate] = []
    for candidate in candidates:
        word = text[candidate.start : candidate.end]
        if _in_headline(text, candidate.start, headlines):
            unresolved.append(candidate)  # In A Headline Every Word Is Capitalized: no cue can be trusted
        elif word in short_names:
            mentions.append(Mention(candidate.start, candidate.end, "ORG", entry=short_names[word]))
        elif word in seats and _seat_speaks(text, candidate):  # "the Istana said": a seat of government for it
            mentions.append(Mention(candidate.start, candidate.end, "ORG", entry=Entry("ORG", "government", word)))
        elif not person_shaped(text, candidate):
            unresolved.append(candidate)  # no cue below applies to words that cannot be a name
        elif context.organization_cue(text, candidate.start, candidate.end):
            name = " ".join(word.split())
            mentions.append(Mention(candidate.start, candidate.end, "ORG", entry=Entry("ORG", "other", name)))
        elif person_cue(text, candidate, by_end):
            mentions.append(Mention(_particles_before(text, candidate.start), candidate.end, "PERSON"))
        elif feature_cue(text, candidate, by_start):
            name = " ".join(word.split())
            mentions.append(Mention(candidate.start, candidate.end, "LOC", entry=Entry("LOC", "loc", name)))
        elif place_cue(text, candidate):
            mentions.append(_place(text, candidate.start, candidate.end, by_end))
        else:
            unresolved.append(candidate)
    return mentions, unresolved


@lru_cache(maxsize=None)
def _first_words(name: str) -> tuple[str, ...]:
    """The first words of the phrases of list NAME: a run opening with none of them is none of the phrases."""
    return tuple(sorted({phrase.split()[0] for phrase in words(name)}))


def _body_before_title(text: str, run: Run, candidate: Candidate | None) -> int | None:
    """Where a body that opens an office ends: "[Foreign Ministry] Spokesperson Ana Ruiz", "[Security Council]
    Secretary"; None when the run opens with no such body."""
    if len(run.words) < 3:
        return None  # the common case: no body, title and name in it
    names = [text[a:b] for a, b in run.words]
    stop = len(names) if candidate is None else next(i for i, span in enumerate(run.words) if span[0] == candidate.start)
    org_heads, titles, modifiers, ranks = words("org_heads"), words("titles"), words("title_modifiers"), words("rank_words")
    for index in range(1, stop - 1):
        if names[index] in org_heads and names[index + 1] in titles and names[index + 1] not in org_heads:
            if any(name in ranks or (name in titles and name not in modifiers) for name in names[:index]):
                return None  # an office came first: "Deputy Parliament Speaker"
            return run.words[index][1]
    return None


def _numbered_session(text: str, start: int, by_end: dict[int, Mention]) -> bool:
    """A joint body's name after an ordinal names one of its sessions, an event: "the 19th [India-Australia]
    Joint Ministerial Commission", "the next session of the [Peru-Chile] Joint Council"; not "the 14th
    National Assembly" (a body of one country) nor "a meeting of the Peru-Chile Joint Commission" (the body)."""
    joint = text.startswith("Joint ", start)
    before = by_end.get(start - 1)
    while before is not None and before.type in ("GPE", "NORP") and text[start - 1] in " -":
        start, joint = before.start, True
        before = by_end.get(start - 1)
    return joint and _SESSION_BEFORE.search(text, max(0, start - 40), start) is not None


def _seat_speaks(text: str, candidate: Candidate) -> bool:
    """A seat of government named as the government: "the Istana said", "a statement from Malacañang",
    "Kantei's statement"; not "the streets around the Chancellery"."""
    if context.word_after(text, candidate.end) in words("speech_verbs") or text[candidate.end : candidate.end + 2] in ("'s", "’s"):
        return True
    return context.word_before(text, candidate.start) in ("by", "from")


def _short_names(text: str, organizations: list[Mention], candidates: list[Candidate], by_end: dict[int, Mention]) -> dict[str, Entry]:
    """ "Peabody" after "Peabody Energy": first words of organizations named in full, unless they are
    part of a person's name here too ("Clinton" of "Clinton Foundation" and "Bill Clinton") or a title ("King" of
    "King Abdulaziz Conference Center" and "the King of Bahrain")."""
    titles = words("titles")
    firsts = {text[m.start : m.end].split()[0]: m.entry for m in organizations if m.entry and " " in text[m.start : m.end]}
    firsts = {first: entry for first, entry in firsts.items() if first not in titles}
    if not firsts:
        return {}
    people = [m for m in by_end.values() if m.type == "PERSON"] + [c for c in candidates if len(c.words) > 1]
    for person in people:
        for part in text[person.start : person.end].split():
            firsts.pop(part, None)
    return firsts


def _defined_acronyms(text: str, mentions: list[Mention], unresolved: list[Candidate]) -> list[Mention]:
    """An acronym the text defines after a name ("National Intelligence Organization (MIT)") names it everywhere."""
    if "(" not in text:
        return []
    by_end: dict[int, Mention] | None = None  # built when first needed: most texts define no acronym
    defined: dict[str, Mention] = {}
    for match in _DEFINED.finditer(text):
        if by_end is None:
            by_end = {m.end: m for m in mentions if m.entry is not None}
        named = by_end.get(match.start())
        name = text[named.start : named.end] if named is not None else ""
        # "Communist Party of China (CPC)"; not the source in "ANKARA (AA)" or "MEXICO CITY (AP)"
        if " " in name and name[0].upper() == match.group(1)[0]:
            defined.setdefault(match.group(1), named)
    if not defined:
        return []
    taken = {m.start for m in mentions}
    return [
        Mention(c.start, c.end, defined[word].type, entry=defined[word].entry)
        for c in unresolved
        if c.start not in taken and (word := text[c.start : c.end]) in defined
    ]


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[str, ...]]:
    """Short form -> the countries it may stand for, in the order of the data file."""
    forms: dict[str, tuple[str, ...]] = {}
    for form, name in data_rows("entities", "country_short_forms.tsv"):
        forms[form] = (*forms.get(form, ()), name)
    return forms


@lru_cache(maxsize=None)
def _short_form_pattern(form: str) -> re.Pattern:
    """FORM written as a word of its own: not inside "USA" or "S.A.", nor before an apostrophe but a possessive's.
    The form comes first and what may not precede it is looked at behind it: the engine skips to the form."""
    form = re.escape(form)
    return re.compile(form + r"(?<![\w.&-]" + form + r")(?![\w.&-]|'[^s]|’[^s])")


def _country_short_forms(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "SA" for South Africa where the text names South Africa (or South Africans) otherwise; not after a
    capitalized word ("Airbus SA", and so not after a capital opening a sentence either) nor inside another mention."""
    named: Counter[str | None] | None = None  # built when a short form is written: rarely
    found: list[Mention] = []
    for form, names in _short_forms().items():
        if form not in text:
            continue
        written = list(_short_form_pattern(form).finditer(text))
        if not written:
            continue  # "SA" only inside "USA" or "NASA"
        if named is None:
            named = Counter(m.entry.code or m.entry.country for m in mentions if m.entry is not None and m.type in ("GPE", "NORP"))
        countries = [c for name in names for c in gazetteer.lookup(alias_key(name)) if isinstance(c.target, Entry)]
        countries = [c.target for c in countries if named[c.target.code]]
        if not countries:
            continue
        country = max(countries, key=lambda c: named[c.code])  # "the Kingdom": the kingdom the text names most
        for match in written:
            before = context.last_word(text, match.start())
            if before is not None and before[1][:1].isupper():
                continue  # "Airbus SA"
            if not any(m.start < match.end() and match.start() < m.end for m in mentions):
                found.append(Mention(match.start(), match.end(), "GPE", entry=country))
    return found


def _in_headline(text: str, position: int, seen: dict[int, bool]) -> bool:
    """POSITION is on a Line Written In Title Case (four words or more, nearly all capitalized, no full stop)."""
    start = text.rfind("\n", 0, position) + 1
    if start not in seen:
        end = text.find("\n", position)
        end = end if end >= 0 else len(text)
        line = text[start:end].rstrip()
        found = _ALPHA_WORD.findall(line) if len(line) <= _HEADLINE_CHARS and not line.endswith(".") else []
        seen[start] = len(found) >= 4 and sum(word[0].isupper() for word in found) >= 0.8 * len(found)
    return seen[start]


def _records(text: str, mentions: list[Mention], gazetteer: Gazetteer, date: str | None) -> list[dict]:
    by_end = {m.end: m for m in mentions}
    persons = [m for m in mentions if m.type == "PERSON"]
    person_fields: dict[int, dict] = {}
    for person in cluster(text, persons, gazetteer):
        role, country = describe(text, person, mentions, by_end, gazetteer, date)
        fields = {"name": person.surface, "role": role, "country": country}
        for mention in person.mentions:
            person_fields[id(mention)] = fields
    records = []
    append = records.append
    for mention in mentions:
        start, end, type_, entry = mention.start, mention.end, mention.type, mention.entry
        if type_ == "PERSON":
            append({"start": start, "end": end, "text": text[start:end], "type": type_, **person_fields[id(mention)]})
        elif entry is not None:
            record = {"start": start, "end": end, "text": text[start:end], "type": type_, "name": entry.name, "kind": entry.kind}
            if entry.code:
                record["code"] = entry.code
            if entry.country:
                record["country"] = entry.country
            append(record)
        else:
            append({"start": start, "end": end, "text": text[start:end], "type": type_})
    return records
