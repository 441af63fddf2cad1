"""Dates as pages write them: month names, "Jan. 27, 2025", "19th March 2021", "2024-01-31", "14-7-2023", "09-Jun-2018"."""

from __future__ import annotations

import re
from collections.abc import Callable

from dipkit.split.data import table, words

MONTHS = {name: int(number) for name, number in table("months.tsv")}
MONTH_PATTERN = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
WEEKDAY_PATTERN = "(?:" + "|".join(sorted(words("weekdays.txt"), key=len, reverse=True)) + ")"
YEAR_PATTERN = r"(?:19|20)\d\d"
_YEAR_END = r"(?:\b|(?=\d\d?:\d\d))"  # "February 18, 202516:05": a scraper glued the time to the year
ORDINAL = r"(?:st|nd|rd|th)?"

# "date 2025-01-28" that a scraper puts before a page's first line
SCRAPER_DATE = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d\d-\d\d)[ \t]*")

_DATE_FORMS = (
    ("ymd", rf"(?<!\d)(?P<y>{YEAR_PATTERN})-(?P<m>\d\d?)-(?P<d>\d\d?)(?!\d)"),
    ("ymd", rf"(?<!\d)(?P<y>{YEAR_PATTERN})/(?P<m>\d\d?)/(?P<d>\d\d?)(?!\d)"),
    # "May 13, 2024", and "May 13,2024" as some sites print it
    (
        "mdy",
        rf"\b(?P<mon>{MONTH_PATTERN})\.?[ \t]+(?P<d>\d\d?){ORDINAL}(?:,[ \t]*|[ \t]+)(?P<y>{YEAR_PATTERN}){_YEAR_END}",
    ),
    (
        "dmy",
        rf"(?<!\d)(?P<d>\d\d?){ORDINAL}(?:[ \t]+(?:of[ \t]+)?|-)(?P<mon>{MONTH_PATTERN})\.?(?:,?[ \t]+|-)(?P<y>{YEAR_PATTERN}){_YEAR_END}",
    ),
    ("num", rf"(?<!\d)(?P<a>\d\d?)(?P<sep>[-./])(?P<b>\d\d?)(?P=sep)(?P<y>{YEAR_PATTERN})(?!\d)"),
    ("my", rf"\b(?P<mon>{MONTH_PATTERN})\.?,?[ \t]+(?P<y>{YEAR_PATTERN})\b"),
)


def _numbered(pattern: str, index: int) -> str:
    """PATTERN with its group names suffixed by INDEX, so forms can share one alternation."""
    return re.sub(r"\(\?P([<=])(\w+)", lambda m: f"(?P{m[1]}{m[2]}{index}", pattern)


# every form in one alternation: form i is group "f<i>", its parts "y<i>", "mon<i>" ...
_ANY_DATE = re.compile(
    "|".join(f"(?P<f{i}>{_numbered(pattern, i)})" for i, (_, pattern) in enumerate(_DATE_FORMS)), re.IGNORECASE
)
_NUMERIC = re.compile(next(pattern for kind, pattern in _DATE_FORMS if kind == "num"))
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# each form's parts as (part, group name in _ANY_DATE): ("y", "y2"), ("mon", "mon2") ...
_FORM_PARTS = tuple(
    tuple((name, f"{name}{i}") for name in re.findall(r"\(\?P<(\w+)>", pattern))
    for i, (_, pattern) in enumerate(_DATE_FORMS)
)


def reads_month_first(text: str) -> bool:
    """Whether TEXT's numeric dates can only be read month first ("12/25/2023") and none only day first."""
    month_first = day_first = False
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        month_first |= b > 12 >= a
        day_first |= a > 12 >= b
    return month_first and not day_first


class NumericOrder:
    """How a page writes numeric dates: day first unless its unambiguous ones are month first. The page is read
    for that only once a date that could be read both ways ("04/07/2023") turns up."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.page_day_first: bool | None = None

    def day_first(self) -> bool:
        """Whether to read a numeric date that could go both ways day first."""
        if self.page_day_first is None:
            self.page_day_first = not reads_month_first(self.text)
        return self.page_day_first


def iso(year: int, month: int, day: int | None = None) -> str | None:
    """ISO text of a date that exists, else None."""
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


DayFirst = bool | Callable[[], bool]


def parse_date(text: str, at_start: bool = False, day_first: DayFirst = True) -> tuple[str, int, int] | None:
    """The first date with a year in TEXT (only at its start with AT_START): (ISO date, start, end).

    "4/7/2023" is 4 July unless DAY_FIRST is false (or, given as a function, answers false when such a date
    turns up); "12/25/2023" can only be 25 December.
    """
    if not _YEAR_DIGITS.search(text, 0, 40 if at_start else len(text)):
        return None
    matches = [_ANY_DATE.match(text)] if at_start else _ANY_DATE.finditer(text)
    for m in matches:
        if m is None:
            break
        form = int((m.lastgroup or "f0")[1:])
        parts = {part: found for part, name in _FORM_PARTS[form] if (found := m[name])}
        value = _value(_DATE_FORMS[form][0], parts, day_first)
        if value:
            return value, m.start(), m.end()
    return None


def _value(kind: str, m: dict[str, str], day_first: DayFirst) -> str | None:
    year = int(m["y"])
    if kind == "ymd":
        return iso(year, int(m["m"]), int(m["d"]))
    if kind == "my":
        return iso(year, MONTHS[m["mon"].lower()])
    if kind == "num":
        a, b = int(m["a"]), int(m["b"])
        if a <= 12 and b <= 12 and callable(day_first):
            day_first = day_first()
        month_first = b > 12 or (not day_first and a <= 12)
        return iso(year, a, b) if month_first else iso(year, b, a)
    return iso(year, MONTHS[m["mon"].lower()], int(m["d"]))
