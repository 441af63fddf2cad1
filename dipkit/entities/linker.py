"""Linking person mentions within a document: "Qin", "Mr. Qin" and "Qin Gang" are one man.

Each mention joins the person whose fullest name contains its words; when two
people share a surname, a bare surname goes to the nearest one mentioned before it (unless that one was named
only once and another more often).
Role and country come from the document first, then from the office-holder list.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from dipkit.entities import context
from dipkit.entities.gazetteer import Gazetteer, alias_key
from dipkit.entities.mentions import Mention
from dipkit.entities.offices import country_of, term_at
from dipkit.entities.vocabulary import words


@dataclass(slots=True)
class Person:
    """One identity in a document and its mentions."""

    tokens: tuple[str, ...]
    holder: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    surface: str = ""


_GENERATIONS = frozenset({"Jr", "Sr"})  # suffixes that tell a son from his father
_PATRONYMIC = frozenset({"bin", "bint", "ibn"})  # "Khaled bin Mohamed": the father's name follows
NICKNAME = re.compile(r"[ \t]+[“\"][A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?[”\"][ \t]+(?=[A-Z])")  # ' “Bongbong” ' before a surname


@lru_cache(maxsize=4096)
def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name without dots, commas and a quoted nickname ("S. Jaishankar" is S, Jaishankar;
    'Ferdinand “Bongbong” Marcos' is Ferdinand, Marcos); cached, names repeat."""
    if "“" in name or '"' in name:
        name = NICKNAME.sub(" ", name)
    return tuple(t.strip(".,") for t in name.split() if t.strip(".,"))


@lru_cache(maxsize=8192)
def _key(token: str) -> str:
    return token.casefold().replace("-", "")


@lru_cache(maxsize=4096)
def _keys(tokens: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_key(t) for t in tokens)


def compatible(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of SHORT is in LONG; an initial ("S") stands for a word with that first letter."""
    if len(short) == 1:
        return len(short[0]) > 1 and _key(short[0]) in _keys(long)
    if long[-1] in _GENERATIONS and short[-1] not in _GENERATIONS:
        return False  # "Donald Trump" is not "Donald Trump Jr."
    if _ancestor_within(short, long):
        return False  # "Mohamed bin Zayed" is not "Khaled bin Mohamed bin Zayed", his son
    longs = _keys(long)
    full = [t for t in short if len(t) > 1]
    if not full:
        return False
    if any(_key(t) not in longs for t in full):
        return False
    initials = [t for t in short if len(t) == 1]
    return all(any(w[:1].casefold() == i.casefold() for w in long) for i in initials)


def _ancestor_within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether SHORT, a name of several words, opens where LONG names a father after "bin", "bint" or "ibn" and
    nowhere else: the father's (or grandfather's) own name inside the son's."""
    if not _keys(long) & _PATRONYMIC:
        return False  # (the common case, from the cached words: no particle in the longer name)
    first = _key(short[0])
    places = [i for i, word in enumerate(long) if _key(word) == first]
    return bool(places) and all(i > 0 and long[i - 1].casefold() in _PATRONYMIC for i in places)


def _matches(tokens: tuple[str, ...], person: Person) -> bool:
    if len(tokens) <= len(person.tokens):
        return compatible(tokens, person.tokens)
    return compatible(person.tokens, tokens)


_GAP = (" ", "\t")  # what ``context.office_before_comma`` needs right before a name
_POSSESSIVE = ("'s ", "’s ")
_RELATIONAL = ("counterpart", "counterparts")  # words that name a person by the office of another, not an office
_PORTFOLIO_LANDS = re.compile(r"(?:the )?(?:[A-Z][\w'’-]*,? (?:and (?:the )?)?)*")  # "the Middle East, Africa and "
_DESCRIBED = 8  # mentions of a person searched for the role and country the text gives
_BUCKET = 50  # people sharing one name word that a mention is compared with: the latest ones


class _People:
    """The identities found so far, indexed by name word so that lookups stay cheap in long texts."""

    def __init__(self) -> None:
        self.all: list[Person] = []
        self.by_holder: dict[str, Person] = {}
        self.by_word: dict[str, list[Person]] = {}
        self.starts: dict[int, list[int]] = {}  # id(person) -> sorted mention starts
        self.indexed: set[tuple[int, str]] = set()

    def new(self, tokens: tuple[str, ...], holder: str | None) -> Person:
        person = Person(tokens, holder)
        self.all.append(person)
        self.starts[id(person)] = []
        self._index(person, tokens)
        return person

    def _index(self, person: Person, tokens: tuple[str, ...]) -> None:
        indexed, by_word, identity = self.indexed, self.by_word, id(person)
        for token in tokens:
            key = _key(token)
            if (identity, key) not in indexed:
                indexed.add((identity, key))
                found = by_word.get(key)
                if found is None:
                    by_word[key] = [person]
                else:
                    found.append(person)

    def matching(self, tokens: tuple[str, ...]) -> list[Person]:
        seen: list[Person] = []
        by_word = self.by_word
        for token in tokens:
            found = by_word.get(_key(token))
            if found is None:
                continue
            for person in found if len(found) <= _BUCKET else found[-_BUCKET:]:
                if person not in seen and _matches(tokens, person):
                    seen.append(person)
        return seen

    def add(self, person: Person, mention: Mention, tokens: tuple[str, ...]) -> None:
        if len(tokens) > len(person.tokens):
            person.tokens = tokens
            self._index(person, tokens)
        if mention.holder:
            person.holder = person.holder or mention.holder
            self.by_holder.setdefault(mention.holder, person)
        person.mentions.append(mention)
        starts = self.starts[id(person)]
        if not starts or starts[-1] <= mention.start:
            starts.append(mention.start)  # the usual case: mentions come in text order
        else:
            bisect.insort(starts, mention.start)

    def nearest(self, people: list[Person], start: int) -> Person | None:
        """The person mentioned last before START, else the first mentioned after it."""
        best, best_start = None, -1
        for person in people:
            starts = self.starts[id(person)]
            index = bisect.bisect_left(starts, start)
            if index and starts[index - 1] > best_start:
                best, best_start = person, starts[index - 1]
        if best is not None or not people:
            return best
        return min(people, key=lambda p: self.starts[id(p)][0] if self.starts[id(p)] else 0)


def cluster(text: str, persons: list[Mention], gazetteer: Gazetteer) -> list[Person]:
    """Group PERSON mentions into identities: full names first, then bare names to the nearest match."""
    people = _People()
    singles: list[tuple[Mention, tuple[str, ...]]] = []
    for mention in persons:
        tokens = name_tokens(text[mention.start : mention.end])
        if len(tokens) < 2 and not (mention.holder and not mention.weak):
            singles.append((mention, tokens))
            continue
        person = people.by_holder.get(mention.holder) if mention.holder else None
        if person is None:
            for match in people.matching(tokens):
                if not match.holder or not mention.holder:
                    person = match
                    break
        if person is None:
            person = people.new(tokens, mention.holder)
        people.add(person, mention, tokens)
    for mention, tokens in singles:
        matching = people.matching(tokens)
        known = people.by_holder.get(mention.holder) if mention.holder else None
        if known is not None and known in matching:
            matching = [known]
        person = _salient(people, matching, mention.start) or known
        if person is None:
            person = people.new(tokens, mention.holder)
        people.add(person, mention, tokens)
    for person in people.all:
        person.holder = person.holder or _listed(person, gazetteer)
        _settle_name(text, person, gazetteer)
    return people.all


def _salient(people: _People, matching: list[Person], start: int) -> Person | None:
    """Whom a bare name at START means among MATCHING: the nearest named before it, unless that one was named only
    once, in passing, and another has been named more often ("Li" after "Li Qiang ... Li Qiang ... an April call with
    Li Keqiang": Li Qiang)."""
    nearest = people.nearest(matching, start)
    if nearest is None or len(matching) < 2:
        return nearest
    before = {id(p): bisect.bisect_left(people.starts[id(p)], start) for p in matching}
    frequent = max(matching, key=lambda p: before[id(p)])
    return frequent if before[id(nearest)] == 1 and before[id(frequent)] >= 2 else nearest


def _listed(person: Person, gazetteer: Gazetteer) -> str | None:
    """The office holder a name found from cues belongs to: "Vladimir V. Putin" is the listed Vladimir Putin."""
    if len(person.tokens) < 2:
        return None
    key = alias_key(" ".join(t for t in person.tokens if len(t) > 1))
    holders = {a.target for a in gazetteer.lookup(key) if isinstance(a.target, str)}
    return holders.pop() if len(holders) == 1 else None


def _settle_name(text: str, person: Person, gazetteer: Gazetteer) -> None:
    """The fullest form: the longest in the document, or the list's name when that is fuller."""
    forms = [text[m.start : m.end] for m in person.mentions]
    # each form once, in the order written: the first of the fullest wins, as among all forms
    best = forms[0] if len(forms) == 1 else max(dict.fromkeys(forms), key=lambda f: (len(name_tokens(f)), len(f)))
    listed = name_tokens(person.holder) if person.holder else ()
    if len(listed) > len(name_tokens(best)) and compatible(name_tokens(best), listed):
        best = person.holder  # "Kishida" is Fumio Kishida; "Zelensky" stays as the text spells it
    person.surface = " ".join(NICKNAME.sub(" ", best).split())  # (the name without its nickname)


def describe(
    text: str, person: Person, ordered: list[Mention], by_end: dict[int, Mention], gazetteer: Gazetteer, date: str | None
) -> tuple[str | None, str | None]:
    """(role, country) of PERSON: what the document says, else what the list says for DATE.

    ORDERED is every mention of the text by start; BY_END the same by end.
    """
    role = country = None
    title_before, possessive_before, describing = context.title_before, context.possessive_before, context.describing_apposition
    for mention in person.mentions[:_DESCRIBED]:
        if role and country:
            break
        start = mention.start
        found = title_before(text, start) if text[start - 1 : start] in _GAP else None  # its first check, inline
        if found:
            begin, title = found
            role = role or title
            owner = by_end.get(begin - 3 if possessive_before(text, begin) else begin - 1)  # "Pakistan's Army Chief"
            if owner is not None and owner.entry is not None and owner.type in ("GPE", "NORP"):
                country = country or owner.entry.code or owner.entry.country
        if start >= 3 and text[start - 3 : start] in _POSSESSIVE:  # context.possessive_before, inline: asked often
            owner = by_end.get(start - 3)
            if owner is not None and owner.entry is not None and owner.type == "GPE":
                country = country or owner.entry.code or owner.entry.country
        after = text[mention.end : mention.end + 2]
        appositive = describing(text, mention.end) if after[:1] == "," or after[1:].isupper() else None  # (", " or " MP,")
        styled = context.before_styles(text, start) if appositive is None and text[start - 1 : start] in _GAP else start
        if appositive is None and text[styled - 1 : styled] in _GAP and text[styled - 2 : styled - 1] == ",":
            appositive = context.office_before_comma(text, styled)  # a comma and a space before (and maybe "H.E. Dr."): an office
        if appositive and _person_within(ordered, mention, *appositive[1:]):
            appositive = None  # "A, President of Kazakhstan B, ...": B's title in a list, not A's office
        if appositive:
            phrase, begin, end = appositive
            role = phrase if role is None or role in words("birth_titles") else role  # ("Prince X, Crown Prince, ...")
            place = _first_place(ordered, begin, end)
            if place is not None and _in_portfolio(text, begin, place.start):
                place = None  # "Under-Secretary of State for the Middle East and Pakistan": the office's lands
            if place is None and text[begin - 3 : begin] in _POSSESSIVE:
                place = by_end.get(begin - 3)  # "the UK's Under-Secretary of State for South Asia, Y"
            if place is not None and place.entry is not None and place.type in ("GPE", "NORP"):
                country = country or place.entry.code or place.entry.country
    holder = gazetteer.holders.get(person.holder) if person.holder else None
    if holder is not None:
        if role is None or role.split()[-1].lower() in _RELATIONAL:  # "his Australian counterpart X": X's own office
            term = term_at(holder, date, text)
            if term is not None:
                role = term.role
        country = country or country_of(holder, date)
    return role, country


def _in_portfolio(text: str, begin: int, place: int) -> bool:
    """Whether the place at PLACE is a land of the portfolio "for ..." of the office that begins at BEGIN, not the
    holder's own: "Minister of State for Africa and the Commonwealth", but "High Commissioner for Pakistan"."""
    joiner = text.rfind(" for ", begin, place)
    if joiner < 0:
        return False
    office = text[begin:joiner].split()
    if not office or office[-1] in words("envoy_titles"):
        return False
    return _PORTFOLIO_LANDS.fullmatch(text, joiner + 5, place) is not None


def _person_within(ordered: list[Mention], person: Mention, begin: int, end: int) -> bool:
    """Whether a person other than PERSON is named inside [BEGIN, END) of the text."""
    index = bisect.bisect_left(ordered, begin, key=lambda m: m.start)
    for mention in ordered[index:]:
        if mention.start >= end:
            return False
        if mention.type == "PERSON" and mention is not person:
            return True
    return False


def _first_place(ordered: list[Mention], begin: int, end: int) -> Mention | None:
    """The first GPE or NORP mention inside [BEGIN, END) of the text."""
    index = bisect.bisect_left(ordered, begin, key=lambda m: m.start)
    for mention in ordered[index:]:
        if mention.start >= end:
            break
        if mention.type in ("GPE", "NORP") and mention.end <= end:
            return mention
    return None
