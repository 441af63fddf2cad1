"""The publication date of a page: its metadata lines, a leading full date, its URL, or its dateline.

Only what is stated is returned: ``YYYY-MM-DD``, or ``YYYY-MM`` when the page
gives no day; a date without a year ("May 16") never yields a publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from dipkit.split.data import words
from dipkit.split.dateline import find_dateline
from dipkit.split.datetext import (
    DayFirst,
    NumericOrder,
    MONTH_PATTERN,
    MONTHS,
    ORDINAL,
    SCRAPER_DATE,
    WEEKDAY_PATTERN,
    YEAR_PATTERN,
    iso,
    parse_date,
)

_TIME = re.compile(r"(?<!\d)\d\d?[:.]\d\d(?:[:.]\d\d)?(?:[ \t]*(?:[ap]\.?m\.?))?(?![\d])", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(rf"\b{WEEKDAY_PATTERN}\b\.?,?", re.IGNORECASE)
_NO_YEAR_DATE = re.compile(
    rf"\b{MONTH_PATTERN}\.?[ \t]+\d\d?{ORDINAL}\b|(?<!\d)\d\d?{ORDINAL}[ \t]+{MONTH_PATTERN}\b", re.IGNORECASE
)
_MONTH_DAY = re.compile(
    rf"\b(?P<mon>{MONTH_PATTERN})\.?[ \t]+(?P<d>\d\d?){ORDINAL}\b"
    rf"|(?<!\d)(?P<d2>\d\d?){ORDINAL}[ \t]+(?P<mon2>{MONTH_PATTERN})\b",
    re.IGNORECASE,
)
# "© TASS 1999-2025", "Copyright (c) 2025 The Times": the page's year is the last one its copyright names
_COPYRIGHT = re.compile(r"^[ \t]*(?:©|\(c\)|copyright\b)", re.IGNORECASE | re.MULTILINE)
_YEAR = re.compile(rf"(?<!\d){YEAR_PATTERN}(?!\d)")
_URL_YEAR = re.compile(rf"/(?P<y>{YEAR_PATTERN})/")
_MAX_COPYRIGHT_LINE = 200
_META_KEYWORD = re.compile(r"\b(?:published|updated|posted|modified|created)\b", re.IGNORECASE)
# "published", "posted" or "created" as a word in any case, as \b(?:published|posted|created)\b with IGNORECASE
# finds it, but led by a plain class of the first letters (p and c stand for nothing else in either case), so
# that the engine skips fast to each P, p, C or c instead of trying every position
_PUBLISHED_KEYWORD = re.compile(r"[PpCc](?<!\w[PpCc])(?i:(?<=[Pp])(?:ublished|osted)|(?<=[Cc])reated)\b")
_WORD = re.compile(r"[^\s|•·,:;()\[\]/–—-]+")
_BY_HANDLE = re.compile(r"\bby\s+[a-z][\w.-]*")
_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b")  # "chinadaily.com.cn": an outlet's name in lower case

_EDGE, _END = r"(?<![\dA-Za-z])", r"(?![\dA-Za-z])"  # a date in a URL stands between path separators
_SEP = r"[/_.-]"
_MONTH_NUMBER, _DAY_NUMBER = r"(?P<m>0?[1-9]|1[0-2])", r"(?P<d>0?[1-9]|[12]\d|3[01])"
_URL_FORMS = (
    re.compile(rf"{_EDGE}(?P<y>{YEAR_PATTERN}){_SEP}{_MONTH_NUMBER}{_SEP}{_DAY_NUMBER}{_END}"),
    re.compile(rf"{_EDGE}(?P<y>{YEAR_PATTERN}){_SEP}(?P<mon>{MONTH_PATTERN})[a-z]*{_SEP}(?P<d>\d\d?)(?!\d)", re.I),
    re.compile(rf"{_EDGE}(?P<y>{YEAR_PATTERN})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01]){_END}"),
    re.compile(rf"{_EDGE}(?P<y>{YEAR_PATTERN}){_SEP}?(?P<m>0[1-9]|1[0-2])(?=/)"),
    re.compile(rf"{_EDGE}{_DAY_NUMBER}{_SEP}{_MONTH_NUMBER}{_SEP}(?P<y>{YEAR_PATTERN}){_END}"),
    re.compile(r"/(?P<d>0[1-9]|[12]\d|3[01])(?P<m>0[1-9]|1[0-2])(?P<yy>\d\d)/"),
)
_HEAD_LINES = 10
_MAX_OUTLET_WORDS = 6
_DIGIT = re.compile(r"\d")
_LINE = re.compile(r"[^\n]+")


def metadata_line(line: str, day_first: DayFirst = True) -> tuple[bool, str | None]:
    """Whether LINE is a page metadata line ("Updated on 2024-01-31 | 08:15 GMT"), and its date.

    A metadata line is a date with a year, a date or time with a keyword
    ("Published", "Updated", "Posted"), or a date and a time, beside at most six capitalized words
    (an outlet's or agency's name, or its web address); a sentence that mentions a date is not one.
    DAY_FIRST reads "4/7/2023" as 4 July.
    """
    if len(line) > 120 or not _DIGIT.search(line):
        return False, None
    found = parse_date(line, day_first=day_first)
    if found:
        value, start, end = found
    else:
        date = _NO_YEAR_DATE.search(line) or _TIME.search(line)
        if not date or not (_META_KEYWORD.search(line) or _NO_YEAR_DATE.search(line) and _TIME.search(line)):
            return False, None  # a day or a time alone needs a keyword; "February 18, 20:35 UTC+3" does not
        value, start, end = None, date.start(), date.end()
    rest = _WEEKDAY_WORD.sub(" ", _TIME.sub(" ", _NO_YEAR_DATE.sub(" ", line[:start] + " " + line[end:])))
    if "by " in rest:
        rest = _BY_HANDLE.sub(" ", rest)  # "Posted on June 12, 2020 by siteadmin": a blog's author handle
    if "." in rest:
        rest = _DOMAIN.sub(" ", rest)
    filler = words("metadata_words.txt")
    leftover = [w for w in _WORD.findall(rest) if w.lower() not in filler and w.lower().rstrip(".") not in filler]
    lowercase = [w for w in leftover if w[0].isalpha() and not w[0].isupper()]
    section = len(lowercase) == 1 and line.startswith(lowercase[0]) and _META_KEYWORD.search(line)  # "india Updated:
    # Apr 28, 2018 23:10 IST": a site's section label in lower case before the date
    if len(leftover) > _MAX_OUTLET_WORDS or lowercase and not section:
        return False, None
    return True, value


def url_date(url: str) -> str | None:
    """The date a URL carries: /2025/01/28/, /20141112.htm, 2025-01/28, /2024/nov/28/, /202310/, /080119/."""
    for pattern in _URL_FORMS:
        m = pattern.search(url)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("yy"):
            year = int(groups["yy"]) + (2000 if int(groups["yy"]) < 70 else 1900)
        else:
            year = int(groups["y"])
        month = MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
        day = int(groups["d"]) if groups.get("d") else None
        value = iso(year, month, day)
        if value:
            return value
    return None


MetadataReader = Callable[[str], tuple[bool, str | None]]


def find_published(text: str, url: str | None = None, read_metadata: MetadataReader | None = None) -> str | None:
    """ISO date (YYYY-MM-DD or YYYY-MM) the page states or its URL carries, else None.

    In order: a scraper's "date YYYY-MM-DD" before the first line; a metadata
    line near the top (a "Published" line before an "Updated" one); a near-top
    line that opens with a full date; the URL; a dateline that states its year;
    a "Published" metadata line among the page's last lines; last, a day
    without a year (a "February 18, 20:35" metadata line, a "RIYADH,
    February 18. /TASS/." dateline) in the year the page states elsewhere
    (a /2025/ URL segment, else the last year of its copyright line).
    A numeric date is read day first, as the dates layer reads it, unless the
    page's other numeric dates are month first ("12/25/2023"), or the URL's
    date is the same day read the other way ("/20220207-" beside "07/02/2022").
    READ_METADATA stands for ``page_metadata_reader(text)`` (split passes one that remembers the page's lines).
    """
    order = NumericOrder(text)
    if read_metadata is None:
        read_metadata = page_metadata_reader(text, order)
    return _in_url_order(_stated_date(text, url, read_metadata, order), url)


def page_metadata_reader(text: str, order: NumericOrder | None = None) -> MetadataReader:
    """``metadata_line`` reading numeric dates in TEXT's order, remembering the lines it has read."""
    day_first = (order or NumericOrder(text)).day_first

    def read(line: str) -> tuple[bool, str | None]:
        return metadata_line(line, day_first)

    return cache(read)  # (a function, not a partial: wrapping a partial costs more than reading a short page)


def _in_url_order(value: str | None, url: str | None) -> str | None:
    """VALUE, or the URL's date when that is VALUE with day and month swapped (the page's numbers read the other way)."""
    if not (url and value and len(value) == len("YYYY-MM-DD")):
        return value
    swapped = f"{value[:4]}-{value[8:10]}-{value[5:7]}"
    return swapped if swapped != value and url_date(url) == swapped else value


def _stated_date(text: str, url: str | None, read_metadata: MetadataReader, order: NumericOrder) -> str | None:
    """The publication date in the order ``find_published`` tells."""
    head = _head_lines(text)
    if head:
        prefix = SCRAPER_DATE.match(head[0])
        if prefix and iso(int(prefix[1][:4]), int(prefix[1][5:7]), int(prefix[1][8:10])):
            return prefix[1]
    first = None
    for line in head:
        if first and not (_DIGIT.search(line) and _PUBLISHED_KEYWORD.search(line)):
            continue  # after a first date line only a "Published" line can win over it
        _, value = read_metadata(SCRAPER_DATE.sub("", line, count=1) if "date" in line else line)  # a quick test first
        if value and (first or _PUBLISHED_KEYWORD.search(line)):
            return value  # the first "Published" line
        first = first or value
    if first:
        return first  # else the first metadata line
    for line in head:
        found = parse_date(line, at_start=True, day_first=order.day_first)
        if found and len(found[0]) == len("YYYY-MM-DD"):  # "14-7-2023 (LIMA) ...", not "January 2020 saw ..."
            return found[0]
    if url:
        value = url_date(url)
        if value:
            return value
    dateline = find_dateline(text)
    if dateline and dateline.get("date"):
        found = parse_date(dateline["date"], day_first=order.day_first)
        if found:
            return found[0]
    tail = _tail_lines(text)
    if _PUBLISHED_KEYWORD.search("\n".join(tail)):  # one scan of the last lines: most pages name no such line
        for line in tail:
            if _PUBLISHED_KEYWORD.search(line):
                _, value = read_metadata(line)
                if value:
                    return value  # "Published in Dawn, September 18th, 2025" under the story
    return _day_in_page_year(text, url, head, dateline, read_metadata)


def _day_in_page_year(
    text: str, url: str | None, head: list[str], dateline: dict | None, read_metadata: MetadataReader
) -> str | None:
    """A year-less day of the page's header (metadata line or dateline) in the year the page states, else None."""
    day = None
    for line in head:
        is_metadata, _ = read_metadata(line)
        if is_metadata:
            day = _MONTH_DAY.search(line)
            break
    if day is None and dateline and dateline.get("date"):
        day = _MONTH_DAY.search(dateline["date"])
    if day is None:
        return None
    year = page_year(text, url)
    if year is None:
        return None
    month = MONTHS[(day["mon"] or day["mon2"]).lower()]
    return iso(year, month, int(day["d"] or day["d2"]))


def page_year(text: str, url: str | None = None) -> int | None:
    """The year a page states outside its dates: a /2025/ segment of its URL, else its copyright line's last year."""
    if url:
        m = _URL_YEAR.search(url)
        if m:
            return int(m["y"])
    for m in _COPYRIGHT.finditer(text):
        line_end = text.find("\n", m.start())
        line = text[m.start() : len(text) if line_end < 0 else line_end]
        years = _YEAR.findall(line)
        if years and len(line) <= _MAX_COPYRIGHT_LINE:
            return max(int(y) for y in years)
    return None


def _tail_lines(text: str) -> list[str]:
    """The last non-blank lines of TEXT, stripped, the last first."""
    tail = []
    for line in reversed(text.splitlines()):
        line = line.strip()
        if not line:
            continue
        tail.append(line)
        if len(tail) == _HEAD_LINES:
            break
    return tail


def _head_lines(text: str) -> list[str]:
    """The first non-blank lines of TEXT, stripped."""
    head = []
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        head.append(line)
        if len(head) == _HEAD_LINES:
            break
    return head
