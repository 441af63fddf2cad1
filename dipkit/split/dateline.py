"""The dateline that opens a news story: "BEIJING, Jan. 27 (Xinhua) --", "ISLAMABAD - "."""

from __future__ import annotations

import re
from functools import cache

from dipkit.resources import data_rows
from dipkit.split.data import words
from dipkit.split.datetext import MONTH_PATTERN, ORDINAL, SCRAPER_DATE

_PLACE_WORD = r"[A-Z][A-Za-z.'’/-]*"
_QUALIFIER = r"(?:\[[^\]\n]{1,30}\]|/[A-Z][^/\n]{0,29}/)"  # the land after the city: "Kazan [Russia]", "WONSAN /North Korea/"
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}(?:[ ]?{_QUALIFIER})?)"
_CAPS_PLACE = r"(?P<place>[A-Z][A-Z.'’/-]+(?:[ ][A-Z][A-Z.'’/-]+){0,3})"
_DATE = (
    rf"(?P<date>(?i:{MONTH_PATTERN})\.?[ ]\d\d?{ORDINAL}(?:,?[ ](?:19|20)\d\d)?"
    rf"|\d\d?{ORDINAL}[ ](?i:{MONTH_PATTERN})\.?(?:,?[ ](?:19|20)\d\d)?)"
)
_SOURCE = r"\((?P<source>[^()\n]{1,60})\)"
_LETTER = r"[^\W\d_]"  # a letter of any script: "Türkiye", "Côte"
_COUNTRY = rf"[A-Z](?:{_LETTER}|\.)(?:{_LETTER}|[.'’-])*(?:[ ][A-Z](?:{_LETTER}|[.'’-])*){{0,2}}"  # "Kenya", "Saudi Arabia", "Türkiye"
_DASH = r"(?:--|—|–|-|:)"
_ENDS = r"(?=[ ]|$|(?<=[—–])[A-Z“\"])"  # a space or the end; a long dash may touch the lead: "(ENA)—Prime Minister"
# "Dar es Salaam", "Niamey": title-case words with the particles place names keep in lower case
_TITLE_PLACE = (
    rf"(?P<place>{_PLACE_WORD}(?:[ ](?:(?:es|de|la|el|al|du|da|do|of)[ ])?{_PLACE_WORD}){{0,3}})"
)
_NAMED_COUNTRY = r"(?P<country>[A-Z][A-Za-z.'’-]*(?:[ ](?:of|the|and|[A-Z][A-Za-z.'’-]*)){0,5})"
_NUMERIC_DATE = r"(?P<date>\d\d?[-./]\d\d?[-./](?:19|20)\d\d)"

_COMMA_COUNTRY = re.compile(rf",[ ]({_COUNTRY})")
# ASTANA. KAZINFORM –   (the place, a full stop, a known agency)
_AGENCY_FORM = re.compile(rf"{_CAPS_PLACE}\.[ ](?P<source>[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?)[ ]?{_DASH}(?=[ ])")
# New Delhi: Prime Minister ...
_LABEL_FORM = re.compile(rf"{_PLACE}:(?=[ ]+[A-Z“\"])")
_FORMS = (
    # BEIJING, Jan. 27 (Xinhua) --   |   Kazan [Russia], October 23 :   |   MOSCOW, September 25./TASS/.
    # WONSAN /North Korea/, July 12. /TASS/.
    # Samarkand, 15 September (UzA).   |   Baku, April 28, AZERTAC.   |   Riyadh, November 12, 2023, SPA --
    re.compile(
        rf"{_PLACE}[ ]?,[ ]?{_DATE}"
        rf"(?:\.?[ ]?/(?P<slash>[A-Za-z][A-Za-z ]{{0,20}})/\.?|[ ]?{_SOURCE}\.?|,[ ](?P<named>[A-Z][A-Za-z-]+)(?:\.|(?=[ ]?(?:--|—|–|-)[ ])))?[ ]?{_DASH}?{_ENDS}"
    ),
    # April 22, 2024, The Kremlin, Moscow.   |   September 5, 2024, Vladivostok.   (the day first, a seat, the city)
    re.compile(rf"{_DATE},[ ](?:(?:[Tt]he[ ])?{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}},[ ])?{_PLACE}\.(?=[ ]|$)"),
    # (ANSA) - ROME, JUL 23 -   (the agency first)
    re.compile(rf"{_SOURCE}[ ]?{_DASH}[ ]?{_CAPS_PLACE},[ ]{_DATE}[ ]?{_DASH}(?=[ ])"),
    # XIAMEN, China, Sept 5 (Reuters) -   (a city, its country and the day)
    re.compile(rf"{_CAPS_PLACE},[ ](?P<country>{_COUNTRY}),[ ]{_DATE}(?:[ ]?{_SOURCE})?[ ]?{_DASH}?(?=[ ]|$)"),
    # NAIROBI, Kenya (AP) —   |   ASTANA, Kazakhstan —   |   NAIROBI, Kenya (AP) _
    re.compile(rf"{_CAPS_PLACE},[ ]{_COUNTRY}(?:[ ]?{_SOURCE})?[ ]?(?:--|—|–|-|_)(?=[ ]|$)"),
    # WASHINGTON (Reuters) -   |   ANKARA (Anka News / Sputnik - 4th May, 2022)
    re.compile(rf"{_CAPS_PLACE}[ ]?{_SOURCE}[ ]?{_DASH}?(?=[ ])"),
    # Kabul (Pajhwok) -
    re.compile(rf"{_PLACE}[ ]?{_SOURCE}[ ]?{_DASH}(?=[ ])"),
    _AGENCY_FORM,
    # Oct 28 (Reuters) -
    re.compile(rf"(?P<place>){_DATE}[ ]?{_SOURCE}[ ]?{_DASH}(?=[ ])"),
    # ISLAMABAD -   |   MEXICO CITY —   |   ABU DHABI //
    re.compile(rf"{_CAPS_PLACE}[ ]?(?:--|—|–|-|//)(?=[ ])"),
    # Nairobi, Kenya (AP) —   |   Abu Dhabi //   (in title case only with an agency or the slashes)
    re.compile(rf"{_PLACE},[ ]{_COUNTRY}[ ]?{_SOURCE}[ ]?(?:--|—|–|-|_)(?=[ ]|$)"),
    re.compile(rf"{_PLACE}[ ]?//(?=[ ])"),
    # Niamey, Niger —   |   Dar es Salaam, Tanzania -   (title case without an agency: a known country must follow)
    re.compile(rf"{_TITLE_PLACE},[ ]{_NAMED_COUNTRY}[ ]?(?:--|—|–|-)(?=[ ])"),
    # 14-7-2023 (JAKARTA) -   |   14-7-2023 (JAKARTA) Foreign ministers meet ...
    re.compile(rf"{_NUMERIC_DATE}[ ]?\({_CAPS_PLACE}\)(?:[ ]?{_DASH})?(?=[ ])"),
    _LABEL_FORM,
)
# ANKARA alone on its line, the lead on the next: the place line ends where the line does
_STANDALONE = re.compile(rf"{_CAPS_PLACE}(?:,[ ](?P<country>{_COUNTRY}))?[ \t]*$", re.MULTILINE)  # "ANKARA", "SAMARKAND, Uzbekistan"
# "London, United Kingdom" alone on its line: a city in title case needs its country, and a known one
_TITLE_STANDALONE = re.compile(rf"{_TITLE_PLACE},[ ](?P<country>{_COUNTRY})[ \t]*$", re.MULTILINE)
_LEAD = re.compile(r"\s*[A-Z“\"‘][^\n]*")
_LEAD_WORDS = 8  # the lead under a standalone place is a sentence, not a menu or a byline
_MAX_STANDALONE = 30  # "ANKARA", "RIO DE JANEIRO"; a longer line in capitals is a heading
_SOURCE_DATE = re.compile(rf"[ ]*[-–—,][ ]*{_DATE}[ ]*$")
_LINE = re.compile(r"[^\n]+")
_ENDS_SENTENCE = re.compile(r"[.!?][”\"’]?(?:\s|$)")  # a lead's sentence ends on its line; a headline's does not
_SPACES = re.compile(r"\s*")
_HEAD_LINES = 8
_PARAGRAPH_WORDS = 40  # a line this long that ends a sentence is the story's body, past any dateline


def find_dateline(text: str, start: int = 0) -> dict | None:
    """The dateline at the start of one of the first lines of TEXT (from START), else None.

    Returns ``place``, ``date`` (as written, or None), ``source`` (the agency,
    or None) and the ``start``/``end``/``text`` of the dateline in TEXT.
    """
    stopwords = _stopwords()
    seen = 0
    for m in _LINE.finditer(text, start):
        line_start = m.start()
        prefix = SCRAPER_DATE.match(text, line_start, m.end())
        if prefix:
            line_start = prefix.end()
        line_start = _SPACES.match(text, line_start, m.end()).end()
        if line_start == m.end():
            continue
        found = _match(text, line_start, m.end(), stopwords)
        found = found or _standalone(text, line_start, m.end(), stopwords)
        if found:
            return found
        seen += 1
        if seen == _HEAD_LINES or _is_body_paragraph(text, line_start, m.end()):
            break  # (past the lead's paragraphs, "Vladimir Putin: Mr President," or "BEHIND CLOSED DOORS" is no dateline)
    return None


def _is_body_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the line TEXT[START:END] is a paragraph of the story: two sentences or more, or one long one (a
    caption is one sentence and its credit)."""
    words = text.count(" ", start, end) + 1
    ends = len(_ENDS_SENTENCE.findall(text, start, end))
    return words >= _PARAGRAPH_WORDS and ends >= 1 or words >= _LEAD_WORDS * 2 and ends >= 2


def _match(text: str, start: int, end: int, stopwords: frozenset[str]) -> dict | None:
    for form in _FORMS:
        m = form.match(text, start, end)
        if not m:
            continue
        place = m["place"]
        groups = m.groupdict()
        country = groups.get("country")
        if place and place.split()[0].lower().rstrip(".") in stopwords and not (" " in place and _country_follows(text, m.end("place"), m.end())):
            return None  # (but "THE HAGUE, Netherlands (AP) —": a city and its known country)
        countries = _country_names() if country else frozenset()
        if country and (country not in countries or place in countries or place.endswith("ly")):
            continue  # "Officials, Diplomats —", "Russia, Ukraine —", "Clearly, Iran —": no city and its country
        date = groups.get("date")
        source = groups.get("source") or groups.get("slash") or groups.get("named")
        if groups.get("named") and source.lower() not in _agencies():
            continue  # "Kyiv, March 3, Reporters." is no agency's credit
        if form is _AGENCY_FORM and source.lower() not in _agencies():
            continue  # "ST. PETERSBURG -": a place's own full stop
        if form is _LABEL_FORM and (end - m.end() < 40 or not _ENDS_SENTENCE.search(text, m.end(), end)):
            continue  # "Label: short text", "Araghchi: Muscat talks held in constructive atmosphere" (a headline
            # with no full stop): no dateline
        if form is _LABEL_FORM and place.lower() in _agencies():
            continue  # "AFP: Could you share more ...?": a reporter's question in a transcript, no place
        if form is _LABEL_FORM and f"\n{m.group()}" in text[end:]:
            continue  # "Mao Ning: ..." opening several paragraphs: a speaker in a transcript, no place
        if source and not date:
            inner = _SOURCE_DATE.search(source)
            if inner:
                date, source = inner["date"], source[: inner.start()]
        return {
            "place": _place_name(place) if place else None,
            "date": date,
            "source": source.strip() if source else None,
            "start": m.start(),
            "end": m.end(),
            "text": m.group(),
        }
    return None


@cache
def _stopwords() -> frozenset[str]:
    """First words that never open a dateline's place: the listed ones and the weekdays ("Wednesday, 13 Sep 2017")."""
    return words("dateline_stopwords.txt") | words("weekdays.txt")


@cache
def _agencies() -> frozenset[str]:
    return frozenset(name.lower() for name in words("agencies.txt"))


def _country_follows(text: str, start: int, end: int) -> bool:
    """Whether a known country's name follows START after a comma, within END ("THE HAGUE[, Netherlands] (AP)")."""
    found = _COMMA_COUNTRY.match(text, start, end)
    return found is not None and found.group(1) in _country_names()


@cache
def _country_names() -> frozenset[str]:
    """Every country's name and alias in the bundled gazetteer ("Niger", "Tanzania", "UAE")."""
    names = set()
    for row in data_rows("gazetteer", "countries.tsv"):
        if len(row) > 2 and row[1] == "country":
            names.add(row[2])
            names.update(alias for alias in (row[5] if len(row) > 5 else "").split("|") if alias)
    return frozenset(names)


def _standalone(text: str, start: int, end: int, stopwords: frozenset[str]) -> dict | None:
    """A place in capitals alone on its line, maybe with its country ("ANKARA", "SAMARKAND, Uzbekistan"), or a city
    in title case with its country ("London, United Kingdom"), with the lead under it ("Foreign Minister ...")."""
    m = _STANDALONE.match(text, start, end) or _TITLE_STANDALONE.match(text, start, end)
    if not m or m.end("place") - start > _MAX_STANDALONE or m["place"].split()[0].lower().rstrip(".") in stopwords:
        return None
    if m["country"] and m["country"] not in _country_names():
        return None  # "TOKYO, Officials Say": a heading, not a city and its country
    lead = _LEAD.match(text, end)
    if not lead or len(lead.group().split()) < _LEAD_WORDS:
        return None
    end = m.end("country") if m["country"] else m.end("place")
    return {"place": _place_name(m["place"]), "date": None, "source": None,
            "start": m.start(), "end": end, "text": text[m.start() : end]}


def _place_name(place: str) -> str:
    """"NEW DELHI" -> "New Delhi", "LONDON/BEIJING" -> "London/Beijing"; "Kazan [Russia]" keeps its bracket,
    "WONSAN /North Korea/" its land ("Wonsan /North Korea/")."""
    place = place.strip()
    qualifier = re.search(rf"[ ]?{_QUALIFIER}$", place)
    city = place[: qualifier.start()] if qualifier else place
    if city.isupper():
        city = re.sub(r"[A-Z]+", lambda m: m.group().capitalize(), city)
    return city + (qualifier.group() if qualifier else "")
