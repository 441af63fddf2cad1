"""A document prepared for the meeting rules: sentences, entity mentions and dates, indexed by offset."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter

from dipkit.meetings.lexicon import title_words, topic_pattern, word_classes
from dipkit.meetings.parties import Party, party_of
from dipkit.lazy_patterns import lazy_pattern

# what may stand between a modifier ("Russian", "India's") and the person it qualifies
_GAP_WORD = lazy_pattern(r"[\w.@-]+")
# a time of day with no day ("shortly after noon", "at 3 p.m."): read against the report's day, it names no day
_CLOCK_ONLY = lazy_pattern(  # (a zone is capitals: "3 p.m. EST")
    r"(?i:noon|midday|midnight|\d{1,2}(?:[:.]\d\d)?(?:\s*(?:[ap]\.?m\.?|o['’]clock|hours?))?)(?:\s+(?:[A-Z]{2,4}|(?i:local\s+time)))?"
)
_SENTENCE_STOP = lazy_pattern(r"\b\w{2,}\.(?:\s|$)|\n")  # "envoy. ", "Japan. " end a sentence; "U.S. " does not
_NOT_IN_TITLE = lazy_pattern(r"[;:!?()\"“”]")
_POSSESSIVE = lazy_pattern(r"^\s?['’]s?\b")
# What stands before a place: "in", "at", "to" ..., "the", up to four capitalized or place words ("in the Russian
# capital ", "to central "). The patterns read the text before a mention REVERSED, anchored at the mention: one
# match attempt instead of a search from every position of the window (they answer only whether it ends so).
_PLACE_PREPOSITIONS = ("in", "at", "from", "to", "into", "near", "across", "around", "toward", "towards", "via", "inside", "outside")
_VENUE_PREPOSITIONS = ("in", "at", "near")  # ("met near San Francisco": there)
_PLACE_WORDS = (
    "city", "capital", "port", "town", "resort", "central", "northern", "southern", "eastern", "western", "of",
    "coastal", "ancient", "historic", "holy", "seaside", "island", "oasis", "desert", "village",
    "lakeside", "riverside", "mountain", "border", "spa", "northeastern", "northwestern", "southeastern", "southwestern",
)  # "in the coastal city of Qingdao", "in the Red Sea port of Jeddah", "to the desert oasis of Siwa", "in the
# North Macedonian lakeside town of Ohrid"


def _reversed_lead(prepositions: tuple[str, ...], comma: bool) -> re.Pattern[str]:
    """Reversed, "PREPOSITION (the) (WORD(,) ){0,4}" ending where the text ends (COMMA: a comma may follow a word;
    no word that ends a sentence: "in Rome. Chile and Peru agreed" puts no place before Chile)."""
    word = r"(?:(?!\.[a-z]{2,}[A-Z](?![\w.-]))[\w.-]*[A-Z]|" + "|".join(w[::-1] for w in _PLACE_WORDS) + ")"
    preposition = "(?i:" + "|".join(p[::-1] for p in prepositions) + ")"
    return re.compile(r"(?:\s+" + (",?" if comma else "") + word + r"){0,5}(?:\s+(?i:eht|a|na))?\s+" + preposition + r"\b")  # ("at a New York hotel")


_PLACE_BEFORE_REVERSED = _reversed_lead(_PLACE_PREPOSITIONS, comma=False)
_NAMES_A_FORMAT = lazy_pattern(  # a format or accord named after a city, not held there ("the Weimar Triangle", "the Minsk Group")
    r" (?:Triangle|Format|format|Group|Nine|Process|process|Accords?|Agreements?|Protocol|Declaration|Initiative|Quartet)\b"
)
_BUILDING_COMMA = lazy_pattern(r"\b(?:House|Palace|Hall|Office|Residence|Building|Centre|Center|Complex|Castle|Diwan|Kremlin|Mansion),\s+$")
_VENUE_BEFORE_REVERSED = _reversed_lead(_VENUE_PREPOSITIONS, comma=True)
_GATHERING_NAME = lazy_pattern(r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:Summit|summit|Forum|Games|Assembly|Olympics|Congress|Conference)\b")
_ACRONYM = lazy_pattern(r"^\)|\s\([A-Z][A-Za-z]{1,7}\)(?=\s)")  # a body's short name in brackets after it, or its end
_SPACE = lazy_pattern(r"\s+")
_HONORIFIC = lazy_pattern(r"\b(Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Maj|Col|Capt|Brig|Adm|Cdr|Cmdr|Sen|Amb|Gov|Rep|Sheikh|St|Rt|Hon)\.")
_TOPICS = tuple(f" {word} {the}" for word in ("on", "about", "over", "regarding", "concerning") for the in ("", "the "))  # "a summit on Ukraine"
_THE = (" the ", " The ", "\nthe ", "\nThe ")
_HEAD_AFTER = lazy_pattern(r"\s+(?:chief|head|boss|president|chair|chairman|chairwoman|chairperson|secretary-general)(?![\w-])", re.IGNORECASE)
_DATE_VALUE = lazy_pattern(r"^(?:\d{4}|XXXX)")
_FOLD_TRAPS = "İıſ"  # letters a case-blind pattern matches as "i" or "s" but ``lower`` keeps apart
_ESCAPE = lazy_pattern(r"\\.|\(\?P<\w+>")  # escapes (\s, \W, \b) and group names: the same whatever the case of the text
_INLINE_FLAGS = lazy_pattern(r"\(\?[aiLmsux-]+[:)]")
# by id: hashing a compiled pattern hashes its whole code, every time; the pattern is kept to check the id
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
_START = attrgetter("start")  # a mention's start, as a sort key (no Python call per mention)


@dataclass(slots=True)
class Mention:
    """An entity mention with the party it stands for and its part in the sentence."""

    start: int
    end: int
    entity: dict
    party: Party | None
    possessive: bool = False  # "Trump's envoy": the mention names someone else's side
    modifier: bool = False  # "Russian" in "Russian President Vladimir Putin"
    place_like: bool = False  # "Beijing" in "in Beijing", "China" in "ambassador to China": no side of a meeting
    venue_like: bool = False  # "Beijing" in "met in Beijing", not "China" in "the war in China"
    topic: bool = False  # "Ukraine" in "a summit on Ukraine": what is talked about, no one who talks
    counterpart_from: bool = False  # "Chile" in "his counterparts from Peru and Chile": the land's counterpart


@dataclass
class Document:
    """Text, sentences, mentions and dates of one record."""

    text: str
    published: str | None
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    dates: list[dict]
    dateline: dict | None = None
    dateline_dates: list[dict] = field(default_factory=list)
    gathering_dates: list[dict] = field(default_factory=list)  # "next week's BRICS summit": the day of a gathering it names
    cache: dict = field(default_factory=dict)  # answers the rules ask for more than once (clause ends)
    lower: str | None = None  # the text lowercased for plain substring tests, None where ``lower`` is no case-blind match
    with_contacts: set[int] = field(default_factory=set)  # the sentences read so far whose triggers tell a contact, by index
    _starts: list[int] = field(default_factory=list)
    _date_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions.sort(key=_START)
        self._starts = [m.start for m in self.mentions]
        self._date_starts = [d["start"] for d in self.dates]
        if not any(letter in self.text for letter in _FOLD_TRAPS):  # (plain tests: quicker than a search of the text)
            lowered = self.text.lower()
            self.lower = lowered if len(lowered) == len(self.text) else None

    def may_hold(self, start: int, end: int, stems: tuple[str, ...]) -> bool:
        """Whether TEXT[START:END] may hold one of STEMS (lowercase), whatever its case: False only when sure."""
        if self.lower is None:
            return True
        window = self.lower[start:end]
        for stem in stems:  # (a loop, not ``any``: this runs several times per trigger)
            if stem in window:
                return True
        return False

    def search(self, pattern: re.Pattern[str], start: int, end: int, stems: tuple[str, ...]) -> re.Match[str] | None:
        """PATTERN's first match in TEXT[START:END], tried only when one of STEMS (lowercase strings every match
        of PATTERN holds) stands there: a plain substring test is cheaper than a search that finds nothing."""
        return pattern.search(self.text, start, end) if self.may_hold(start, end, stems) else None

    def find(self, pattern: re.Pattern[str], start: int, end: int, stems: tuple[str, ...] = ()) -> re.Match[str] | None:
        """Where PATTERN first matches in TEXT[START:END] (tried only where one of STEMS stands, as ``search`` does).
        A case-blind pattern runs case-sensitive on the lowercased text, where it matches at the same places,
        quicker: the match's spans are TEXT's, its text may be lowercase."""
        lower = self.lower
        if lower is None:
            return pattern.search(self.text, start, end) if self.may_hold(start, end, stems) else None
        if stems:  # (``may_hold`` inline: this runs several times per trigger)
            window = lower[start:end]
            for stem in stems:
                if stem in window:
                    break
            else:
                return None
        known = _TWINS.get(id(pattern))
        twin = known[1] if known is not None and known[0] is pattern else case_twin(pattern)
        return pattern.search(self.text, start, end) if twin is None else twin.search(lower, start, end)

    def window_find(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """PATTERN's first match in TEXT[START:END] read as a string of its own (its ends are the string's), run
        case-sensitive on the lowercased text where ``find`` would: the match's text may be lowercase."""
        lower = self.lower
        if lower is not None:
            known = _TWINS.get(id(pattern))
            twin = known[1] if known is not None and known[0] is pattern else case_twin(pattern)
            if twin is not None:
                return twin.search(lower[start:end])
        return pattern.search(self.text[start:end])

    def match(self, pattern: re.Pattern[str], start: int, end: int | None = None) -> re.Match[str] | None:
        """Whether and where PATTERN matches at START (up to END), as ``find`` runs it."""
        end = len(self.text) if end is None else end
        known = _TWINS.get(id(pattern)) if self.lower is not None else None
        twin = known[1] if known is not None and known[0] is pattern else case_twin(pattern) if self.lower is not None else None
        return pattern.match(self.text, start, end) if twin is None else twin.match(self.lower, start, end)

    def is_headline(self, index: int) -> bool:
        """Whether sentence INDEX is the headline: the first, not closed by a full stop or a quotation mark."""
        if index != 0 or not self.sentences:
            return False
        s0, s1 = self.sentences[0]
        return not self.text[s0:s1].rstrip().endswith((".", "”", '"'))

    def sentence_at(self, position: int) -> tuple[int, int]:
        """The sentence POSITION falls in (the one before, should it fall between two)."""
        if "sentence_starts" not in self.cache:
            self.cache["sentence_starts"] = [start for start, _ in self.sentences]
        return self.sentences[max(bisect_right(self.cache["sentence_starts"], position) - 1, 0)]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        starts = self._starts
        found = self.mentions[bisect_left(starts, start) : bisect_left(starts, end)]
        return [m for m in found if m.end <= end] if found else found  # (a new list either way; most windows hold none)

    def gathering_dates_in(self, start: int, end: int) -> list[dict]:
        return [d for d in self.gathering_dates if start <= d["start"] and d["end"] <= end]  # (a short list)

    def quote_around(self, position: int) -> tuple[int, int] | None:
        """The span of the quotation that POSITION falls inside ("“We would be happy to see Modi,” Putin said"), if any."""
        if "quotes" not in self.cache:
            self.cache["quotes"] = [m.span() for m in _QUOTATION.finditer(self.text)]
        return next((span for span in self.cache["quotes"] if span[0] < position < span[1]), None)

    def inside_date(self, position: int) -> bool:
        """Whether POSITION falls inside a date's words past its first ("earlier [that] day"): no clause opens there."""
        index = bisect_left(self._date_starts, position) - 1
        return index >= 0 and self.dates[index]["end"] > position

    def dates_in(self, start: int, end: int) -> list[dict]:
        starts = self._date_starts
        found = self.dates[bisect_left(starts, start) : bisect_left(starts, end)]
        return [d for d in found if d["end"] <= end] if found else found  # (a new list either way; most windows hold none)


def case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """PATTERN without IGNORECASE, when it is case-blind and its letters are all lowercase Latin (no inline flag):
    on a lowercased text the twin finds what PATTERN finds on the text, at the same offsets. None otherwise."""
    known = _TWINS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if has_twin(pattern.pattern, pattern.flags) else None
    _TWINS[id(pattern)] = (pattern, twin)
    return twin


def has_twin(source: str, flags: int) -> bool:
    """Whether a pattern of SOURCE and FLAGS has a ``case_twin`` (told without compiling it)."""
    source = _ESCAPE.sub("", source)
    return (
        flags & (re.IGNORECASE | re.ASCII) == re.IGNORECASE
        and not _INLINE_FLAGS.search(source)
        and all("a" <= c <= "z" or "à" <= c <= "þ" for c in source if c.isalpha())  # not "[A-Z]", nor "σ" (also "ς")
    )


@lru_cache(maxsize=8192)
def gap_is_title(gap: str) -> bool:
    """Whether GAP holds only titles, names and function words ("'s Foreign Minister", " president ").
    (Cached: the same short gaps, " ", ", ", " and ", come back all the time.)"""
    gap = _HONORIFIC.sub(r"\1", gap) if "." in gap else gap  # "of Singapore Dr. Vivian Balakrishnan": no full stop
    gap = _ABBREVIATION.sub(" ", gap) if "(" in gap else gap  # "Atomic Energy Agency (IAEA) chief"
    too_long = len(gap) > 80 and (len(gap) > 130 or not (_NAME_CUE_ENDS.search(gap) or " for " in gap))  # (the pattern only where
    # it decides; a portfolio of several lands is long: "for the Middle East, North Africa and Yemen, ")
    if too_long or _NOT_IN_TITLE.search(gap) or ("." in gap or "\n" in gap) and _SENTENCE_STOP.search(gap):
        return False
    allowed = title_words()
    gap = _PORTFOLIO.sub(" ", gap) if "for " in gap else gap  # "Minister of State for South Asia", "for the Middle East"
    gap = gap.replace("'s", " ").replace("’s", " ").replace(",", " ")
    return all(
        w[0].isupper() or w.casefold() in allowed or all(p[:1].isupper() or p.casefold() in allowed for p in w.split("-"))
        for w in _GAP_WORD.findall(gap)
    )  # "then-Prime Minister" is judged by its parts


def is_date_value(value: object) -> bool:
    """A calendar value ("2024-10-23", "XXXX-WXX-4"), not a duration, set or vague reference."""
    return isinstance(value, str) and bool(_DATE_VALUE.match(value))


_PORTFOLIO = re.compile(r"\bfor\s+(?:the\s+)?(?=[A-Z])")  # an office's portfolio: the capitalized words after it are judged
_NAME_CUE_ENDS = re.compile(r",\s+(?:Mr|Mrs|Ms|Madam|Dr)\s+$")  # (honorific stripped) "... of the Republic of Tunisia, Mr. "
_ABBREVIATION = re.compile(r"\s\([A-Z][A-Za-z]{1,9}\)\s")
_TITLE_OF_LAND = re.compile(r"\b[Tt]he\s+(?:President|Prime\s+Minister|Premier|Chancellor|Emir|Amir|King|Foreign\s+Minister)\s+of\s+$")
_COUNTERPARTS_FROM = re.compile(  # "his counterparts from Peru, [Chile]": a listed land stands for its counterpart
    r"\bcounterparts?\s+from\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+(?:and\s+)?(?:the\s+)?)*$"
)
_COUNTERPARTS_REACH = 120
_QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")  # a quotation, curly or straight, within a paragraph
_HALL_HEADS = ("Centre", "Center")  # the last word of a conference hall's name, which the tagger reads as a body's


def build(text: str, published: str | None, entities: list[dict], dates: list[dict], sentences, dateline) -> Document:
    """A Document whose mentions know whether they are modifiers, possessives or places."""
    mentions = [
        Mention(e["start"], e["end"], e, party_of(e))
        for e in entities
        if isinstance(e, dict) and isinstance(e.get("start"), int) and isinstance(e.get("end"), int)
    ]
    mentions.sort(key=_START)
    _agree_countries(mentions)
    topic_before = topic_pattern()
    heads: dict[str, Party] = {}  # the person each body's office was named for ("European Commission President X")
    for i, m in enumerate(mentions):
        after = text[m.end : m.end + 3]
        m.possessive = ("'" in after or "’" in after) and bool(_POSSESSIVE.match(after))
        kind = m.entity.get("type")
        m.topic = kind != "PERSON" and text.endswith(_TOPICS, max(0, m.start - 15), m.start)  # (plain tests: one per name)
        if kind == "GPE" and m.party is not None and text.endswith(" of ", max(0, m.start - 4), m.start) and _TITLE_OF_LAND.search(text, max(0, m.start - 40), m.start):
            m.party.via_adjective = True  # "the President of Ukraine held a call": the land stands for its president
        elif kind == "GPE" and m.party is not None and text.find("counterpart", max(0, m.start - _COUNTERPARTS_REACH), m.start) >= 0:
            m.counterpart_from = bool(_COUNTERPARTS_FROM.search(text, max(0, m.start - _COUNTERPARTS_REACH), m.start))
            m.party.via_adjective = m.party.via_adjective or m.counterpart_from
        if kind == "ORG" and text.endswith(_HALL_HEADS, m.start, m.end) and text.endswith(("at the ", "At the "), max(0, m.start - 7), m.start):
            m.place_like = True  # "at the National Convention Centre": where it was held, no side
        if kind in ("GPE", "LOC"):
            before = text[max(0, m.start - 60) : m.start]
            backwards = before[::-1]
            # (not "in India-China relations": that names no place)
            m.place_like = bool(
                _PLACE_BEFORE_REVERSED.match(backwards)
                or before.rstrip().endswith(",") and _BUILDING_COMMA.search(before) and _VENUE_BEFORE_REVERSED.match(backwards)
            )  # (the comma tested first: the building's pattern ends with one)
            m.place_like = m.place_like and not text.startswith(("-", "–"), m.end)  # ("at State House, Nairobi": the city)
            m.place_like = m.place_like and not _NAMES_A_FORMAT.match(text, m.end)  # ("in the Weimar Triangle": no place)
            m.venue_like = m.place_like and bool(_VENUE_BEFORE_REVERSED.match(backwards)) and not topic_before.search(before)
        if kind != "PERSON":
            qualified = _qualifies_next_person(text, mentions, i) or _qualifies_previous_person(text, mentions, i)
            m.modifier = qualified is not None
            if qualified is not None and qualified.party is not None and m.party is not None and m.party.type == "GPE":
                qualified.party.country = qualified.party.country or m.party.country  # "Andrey Denisov of Russia"
            if kind == "GPE" and m.party is not None and not m.modifier and not m.possessive and text.endswith(_THE, max(0, m.start - 5), m.start):
                space = _SPACE.match(text, m.end)  # "the UAE President hosted": the country's president, as "the Emirati president"
                title = word_classes()["title_anaphor"].match(text, space.end()) if space else None
                m.party.via_adjective = m.counterpart_from or title is not None and _holder_named(mentions, m.party.country, title.group())
            if kind == "ORG" and m.party is not None:
                if qualified is not None and qualified.party is not None and qualified.start > m.start:
                    heads[m.party.name] = qualified.party
                elif qualified is None and m.party.name in heads and text.endswith(_THE, max(0, m.start - 5), m.start) and _HEAD_AFTER.match(text, m.end):
                    m.party = heads[m.party.name]  # "the Commission chief landed": the person who heads it
    _places_to_owned_cities(text, mentions)
    line = dateline_span(text, dateline)
    day_dates = [
        d
        for d in dates
        if isinstance(d, dict)
        and isinstance(d.get("start"), int)
        and isinstance(d.get("end"), int)
        and isinstance(d.get("text"), str)
        and is_date_value(d.get("value"))
        and not (line and line[0] <= d["start"] < line[1])  # the dateline's day is when the report was filed
        and not (d.get("type") == "TIME" and _CLOCK_ONLY.fullmatch(d["text"]))
    ]
    named = [d for d in day_dates if _names_gathering(text, d["end"])]  # the gathering's day, not a meeting's
    day_dates = sorted((d for d in day_dates if d not in named), key=itemgetter("start"))
    return Document(text, published, sentences, mentions, day_dates, dateline, line_dates(dates, line), gathering_dates=named)


def _places_to_owned_cities(text: str, mentions: list[Mention]) -> None:
    """"In China's Qingdao", "in Russia's Kazan": the place is the city, not the land whose possessive names it."""
    for land, city in zip(mentions, mentions[1:]):
        if land.possessive and land.place_like and city.start <= land.end + 3 and city.entity.get("type") == "GPE" and not city.entity.get("code"):
            city.place_like, city.venue_like = True, land.venue_like
            land.place_like = land.venue_like = False


def _holder_named(mentions: list[Mention], country: str | None, title: str) -> bool:
    """Whether the document names a person of COUNTRY whose role holds TITLE ("the UAE President": its president)."""
    word = _SPACE.sub(" ", title).casefold()
    return any(
        m.party is not None and m.party.type == "PERSON" and m.party.country == country and word in (m.party.role or "").casefold()
        for m in mentions
    )


def _agree_countries(mentions: list[Mention]) -> None:
    """One country per person in a document: the one most of the person's mentions give (the first on a tie),
    so that one stray link ("X and his Japanese counterpart" read as X's own country) does not split a side."""
    votes: dict[str, dict[str, int]] = {}
    for m in mentions:
        if m.party is not None and m.party.type == "PERSON" and m.party.country:
            tally = votes.setdefault(m.party.name, {})
            tally[m.party.country] = tally.get(m.party.country, 0) + 1
    for m in mentions:
        tally = votes.get(m.party.name) if m.party is not None and m.party.type == "PERSON" else None
        if tally and len(tally) > 1:
            m.party.country = max(tally, key=tally.__getitem__)


def dateline_span(text: str, dateline: dict | None) -> tuple[int, int] | None:
    """Where the dateline stands in TEXT, when its offsets point at its text."""
    if not dateline or not isinstance(dateline.get("start"), int) or not isinstance(dateline.get("end"), int):
        return None
    start, end = dateline["start"], dateline["end"]
    return (start, end) if text[start:end] == dateline.get("text") else None


def line_dates(dates: list[dict], line: tuple[int, int] | None) -> list[dict]:
    """The date expressions inside the dateline ("BEIJING, Jan. 27")."""
    if not line:
        return []
    return [
        d
        for d in dates
        if isinstance(d, dict) and isinstance(d.get("start"), int) and isinstance(d.get("text"), str)
        and line[0] <= d["start"] < line[1] and is_date_value(d.get("value"))
    ]


def _names_gathering(text: str, end: int) -> bool:
    """"the BRICS 2024 Summit", "this year's G7 Summit": a date inside a gathering's name is not when a meeting was."""
    return bool(_GATHERING_NAME.match(text, end))


def _qualifies_next_person(text: str, mentions: list[Mention], i: int) -> Mention | None:
    """The person of "Russian President Vladimir Putin", "India's Foreign Secretary Vikram Misri"."""
    last = mentions[i]  # (the name read last: each of a portfolio's lands is near the one before)
    for nxt in mentions[i + 1 : i + 6]:  # ("Member of the Political Bureau of the CPC Central Committee and
        # Foreign Minister Wang Yi": a title naming four bodies)
        if nxt.entity.get("type") == "PERSON":
            gap = text[mentions[i].end : nxt.start]
            if gap.lstrip().startswith(","):
                return None  # "in Paris, Indian Prime Minister Modi": a comma right after the place ends the phrase
            bracketed = "(" in gap or ")" in gap  # "the Agency (NIA) head X", "(NIA) head X"
            return nxt if gap_is_title(_ACRONYM.sub(" ", gap) if bracketed else gap) else None
        if nxt.start - last.end > 60:
            return None
        last = nxt
    return None


def _qualifies_previous_person(text: str, mentions: list[Mention], i: int) -> Mention | None:
    """The person of "Andrey Denisov of Russia", "President Ramaphosa of South Africa"."""
    if i == 0 or mentions[i - 1].entity.get("type") != "PERSON":
        return None
    return mentions[i - 1] if text[mentions[i - 1].end : mentions[i].start].strip() in ("of", "of the") else None
