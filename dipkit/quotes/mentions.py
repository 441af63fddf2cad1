"""Named mentions a speaker can be: the entities layer's output, read defensively.

Each mention keeps its linked ``name`` (the fullest form in the document, so
that "Qin" is quoted as "Qin Gang") and the title words written around it
("Russian President Vladimir Putin", "Wang Yi, China's foreign minister,")
so that "the Russian president" can find him.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from dipkit.quotes.vocab import not_names, roles, verb_forms

TYPES = frozenset(("PERSON", "ORG", "GPE", "NORP"))
CLAUSE_BREAK = re.compile(r"[,.;:()\[\]“”\"\n]")
TITLE_AFTER = re.compile(r",\s+(?:the\s+|a\s+)?([^,.;:()“”\"]{3,80}?)(?=[,.;:)]|$)")
TOKEN = re.compile(r"[\w’'-]+")
TITLE_WORDS = 6  # office words read before a name
TITLE_GLUE = ("of", "the", "for")  # lowercase words inside an office: "Minister of State for External Affairs"
TITLE_TOKENS = 10  # tokens read before a name for its office: more than TITLE_WORDS where "and" joins two offices


@lru_cache(maxsize=1)
def _name_near_cue() -> re.Pattern:
    """A capitalized name and the word after it (maybe past an adverb); compiled on first use, as only the
    stand-in for an absent entities layer reads it."""
    return re.compile(
        r"\b([A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|bin|al-\w+|von|der|de)){0,3})"
        r"(?=\s+(?:(?:also|further|then|later|\w+ly)\s+)?(\w+))"
    )


@dataclass(slots=True)
class Mention:
    """A named mention: span, type, linked name, country and the office the entities layer gives;
    IS_COUNTRY for a GPE that is a country itself (it carries a code), not a city of one."""

    start: int
    end: int
    type: str
    name: str
    country: str
    role: str = ""
    is_country: bool = False


START = attrgetter("start")


def _title(text: str, start: int, end: int, role: str) -> str:
    """The office words written before and after a person's name, plus the entity's role."""
    words = [role.lower()] if role else []
    before = CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]
    kept: list[str] = []
    tokens = TOKEN.findall(before)[-TITLE_TOKENS:]
    office_words = 0
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        if token == "and" and kept and i and tokens[i - 1].lower() in roles():
            kept.append(token)  # two offices held at once: "Deputy Prime Minister and Foreign Minister Dar"
            continue
        if office_words == TITLE_WORDS or not (token[:1].isupper() or token.lower() in roles() or token in TITLE_GLUE):
            break
        kept.append(token)
        office_words += 1
    words.append(" ".join(reversed(kept)).lower())
    after = TITLE_AFTER.match(text, end, min(len(text), end + 90))
    if after and any(word in roles() for word in TOKEN.findall(after.group(1).lower())):
        words.append(after.group(1).lower())
    return " ".join(w for w in words if w)


def _fuller_names(names: list[str]) -> dict[str, list[str]]:
    """Each person name of NAMES (in text order) -> the longest other names holding all its words, in text
    order: several when equally long ones tie ("Lee" in "Lee Nak-yeon" and "Lee Jun-seok")."""
    words = {name: set(name.split()) for name in names}
    longest_first = sorted(names, key=len, reverse=True)  # stable: equal lengths stay in text order
    fuller: dict[str, list[str]] = {}
    for name in names:
        best: list[str] = []
        for other in longest_first:
            if len(other) <= len(name) or (best and len(other) < len(best[0])):
                break
            if words[name] <= words[other]:
                best.append(other)
        fuller[name] = best
    return fuller


def _link(mentions: list[Mention]) -> None:
    """Give every person mention the longest person name of the document that contains all its words; among
    equally long ones the name mentioned nearest before it, else the first in the text (never hash order)."""
    names = list(dict.fromkeys(m.name for m in mentions if m.type == "PERSON"))
    fuller = _fuller_names(names)
    last_seen: dict[str, int] = {}  # a linked name -> where it was last mentioned
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        options = fuller[mention.name]
        if len(options) == 1:
            mention.name = options[0]
        elif options:
            seen = [name for name in options if name in last_seen]
            mention.name = max(seen, key=last_seen.__getitem__) if seen else options[0]
        last_seen[mention.name] = mention.start


def from_entities(text: str, entities: list) -> list[Mention]:
    """Mentions from an entities list; items without sound offsets or a speaker type are left out."""
    found = []
    size = len(text)
    for entity in entities:
        if not isinstance(entity, dict):
            continue
        get = entity.get
        kind = get("type")
        if kind.__class__ is not str or kind not in TYPES:
            kind = str(kind or "").upper()  # "person" from a hand-made list
            if kind not in TYPES:
                continue
        start, end = get("start"), get("end")
        if start.__class__ is int and end.__class__ is int:  # the usual case, tested first
            if not 0 <= start < end <= size:
                continue
        elif not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size):
            continue
        name = get("name") or text[start:end]
        country = get("country") or get("code") or ""
        role = (get("role") or "") if kind == "PERSON" else ""
        found.append(
            Mention(
                start,
                end,
                kind,
                name if name.__class__ is str else str(name),
                country if country.__class__ is str else str(country),
                role if role.__class__ is str else str(role),
                kind == "GPE" and bool(get("code")),
            )
        )
    found.sort(key=START)
    _link(found)
    return found


def names_near_cues(text: str) -> list[Mention]:
    """A light stand-in for the entities layer: a capitalized name right before a reporting verb is a person."""
    verbs, skip = verb_forms(), not_names()
    found = []
    for match in _name_near_cue().finditer(text):
        if match.group(2) in verbs and match.group(1).split()[0] not in skip:
            found.append(Mention(match.start(1), match.end(1), "PERSON", match.group(1), ""))
    _link(found)
    return found


class MentionIndex:
    """Mentions of one text sorted by start, for range look-ups, with what is known of each person."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.countries: dict[str, set[str]] = {}
        self.counts: dict[str, int] = {}  # a person's name -> how often the document names them
        self._titles: dict[str, str] | None = None
        counts, countries = self.counts, self.countries
        for mention in mentions:
            if mention.type == "PERSON":
                name = mention.name
                counts[name] = counts.get(name, 0) + 1
                if mention.country:
                    countries.setdefault(name, set()).add(mention.country)

    def fullest(self, name: str, pos: int | None = None) -> str:
        """The longest person name of the document that holds every word of NAME, else NAME; among equally long
        ones the name mentioned nearest before POS, else the first in the text."""
        words = set(name.split())
        options: list[str] = []
        for other in self.counts:  # in text order
            if len(other) > len(name) and words <= set(other.split()):
                if not options or len(other) > len(options[0]):
                    options = [other]
                elif len(other) == len(options[0]):
                    options.append(other)
        if len(options) > 1 and pos is not None:
            for mention in reversed(self.mentions[: bisect.bisect_left(self.starts, pos)]):
                if mention.name in options:
                    return mention.name
        return options[0] if options else name

    @property
    def titles(self) -> dict[str, str]:
        """A person's name -> the office words of all their mentions (read when a title needs resolving)."""
        if self._titles is None:
            self._titles = {}
            for m in self.mentions:
                if m.type == "PERSON":
                    self._titles[m.name] = self._titles.get(m.name, "") + " " + _title(self.text, m.start, m.end, m.role)
        return self._titles

    def place_name(self, code: str) -> str:
        """How the text names the country CODE as a modifier: its demonym ("Russian"), else its name, else CODE."""
        places = [m for m in self.mentions if m.country == code and m.type in ("NORP", "GPE")]
        places.sort(key=lambda m: m.type != "NORP")
        return self.text[places[0].start : places[0].end] if places else code

    def country_name(self, code: str) -> str | None:
        """The name the document's entities give the country CODE ("Democratic Republic of the Congo"), if named."""
        for mention in self.mentions:
            if mention.is_country and mention.country == code:
                return mention.name
        return None

    def within(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that lie inside [LO, HI)."""
        mentions = self.mentions
        i = bisect.bisect_left(self.starts, lo)
        found = []
        while i < len(mentions) and mentions[i].start < hi:
            if mentions[i].end <= hi:
                found.append(mentions[i])
            i += 1
        return found

    def covering(self, pos: int) -> Mention | None:
        """A mention that starts before POS and runs past it."""
        i = bisect.bisect_left(self.starts, pos)
        for mention in reversed(self.mentions[max(0, i - 8) : i]):  # mentions seldom nest deeper
            if mention.end > pos:
                return mention
        return None

    def before(self, pos: int, kind: str = "PERSON", limit: int = 3000) -> list[Mention]:
        """Mentions of KIND that end before POS, nearest first, within LIMIT characters."""
        i = bisect.bisect_left(self.starts, pos)
        found = []
        while i > 0:
            i -= 1
            mention = self.mentions[i]
            if mention.start < pos - limit:
                break
            if mention.type == kind and mention.end <= pos:
                found.append(mention)
        return found
