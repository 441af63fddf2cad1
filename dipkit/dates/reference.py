"""The reference date relative expressions are resolved against, and the calendar arithmetic.

A reference may know only its year and month (a page dated ``2024-03``); every
resolver then fills in what it can and leaves the rest as TIMEX3 ``X``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?")


@dataclass(frozen=True)
class Reference:
    """What is known of the reference date: year, month, day (any may be None)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @cached_property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None

    @property
    def known(self) -> bool:
        return self.year is not None


NO_REFERENCE = Reference()

# the tense of the clause, asked only when it matters: True future, False past, None unknown
Tense = Callable[[], "bool | None"]


def parse_reference(value: str | None) -> Reference | None:
    """A Reference from ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``; None if it is not one."""
    if not value or not isinstance(value, str):
        return None
    m = _ISO.fullmatch(value.strip())
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups()[:3])
    try:
        if day:
            date(year, month, day)  # type: ignore[arg-type]
        elif month and not 1 <= month <= 12:
            return None
    except ValueError:
        return None
    return Reference(year, month, day)


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int | None, month: int) -> str:
    return f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"


def year_value(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


@lru_cache(maxsize=1024)
def shift_day(ref: Reference, days: int) -> str:
    """The day DAYS from the reference day; unknown parts stay X."""
    if ref.date:
        return day_value(ref.date + timedelta(days=days))
    return "XXXX-XX-XX"


@lru_cache(maxsize=1024)
def shift_week(ref: Reference, weeks: int) -> str:
    if ref.date:
        return week_value(ref.date + timedelta(weeks=weeks))
    return "XXXX-WXX"


@lru_cache(maxsize=1024)
def shift_month(ref: Reference, months: int) -> str:
    if ref.year and ref.month:
        from dateutil.relativedelta import relativedelta  # only for the texts that need it: a quick start

        d = date(ref.year, ref.month, 1) + relativedelta(months=months)
        return month_value(d.year, d.month)
    return "XXXX-XX"


@lru_cache(maxsize=1024)
def shift_year(ref: Reference, years: int) -> str:
    return year_value(ref.year + years if ref.year else None)


@lru_cache(maxsize=1024)
def shift_quarter(ref: Reference, quarters: int) -> str:
    if ref.year and ref.month:
        index = ref.year * 4 + (ref.month - 1) // 3 + quarters
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    return "XXXX-QX"


def weekday_date(ref: Reference, weekday: int, future: Tense) -> str:
    """WEEKDAY (ISO 1-7) nearest the reference day: on or before it, or on or after it in a FUTURE clause."""
    if not ref.date:
        return f"XXXX-WXX-{weekday}"
    offset = weekday - ref.date.isoweekday()
    if offset > 0 and not future():
        offset -= 7
    elif offset < 0 and future():
        offset += 7
    return day_value(ref.date + timedelta(days=offset))


def weekday_current(ref: date, weekday: int) -> str:
    """WEEKDAY in a present clause ("is on a visit from Monday to Wednesday"): up to two days
    after REF, else the latest one on or before it."""
    offset = weekday - ref.isoweekday()
    if offset > 2:
        offset -= 7
    return day_value(ref + timedelta(days=offset))


def weekday_near(anchor: date, weekday: int) -> str:
    """WEEKDAY within three days either side of ANCHOR (a day the text gives)."""
    offset = weekday - anchor.isoweekday()
    if offset > 3:
        offset -= 7
    elif offset < -3:
        offset += 7
    return day_value(anchor + timedelta(days=offset))


def month_year(ref: Reference, month: int, future: Tense, nearest: Callable[[], bool] | None = None) -> int | None:
    """The year of a month named without one: the latest on or before the reference month,
    or the next on or after it when FUTURE (news reports look back unless told otherwise).
    When FUTURE is unknown and NEAREST says so, the one nearer the reference month (the
    earlier on a tie): "November's election" in a September report is two months ahead."""
    if not ref.year:
        return None
    if not ref.month or month == ref.month:
        return ref.year
    ahead = future()
    if ahead is None and nearest is not None and nearest():
        ahead = (month - ref.month) % 12 < (ref.month - month) % 12
    if ahead:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def day_month_year(ref: Reference, month: int, day: int, future: Tense) -> int | None:
    """The year of a day named without one: the one nearest the reference, unless that puts
    a past event more than a month after it (or a future one more than a month before it)."""
    if not ref.year:
        return None
    if not ref.month:
        return ref.year

    def on(year: int) -> date | None:
        try:
            return date(year, month, day)
        except ValueError:
            return None

    found = nearest_year(ref, on, future)
    return found.year if found else ref.year


def nearest_year(ref: Reference, on: Callable[[int], date | None], future: Tense) -> date | None:
    """The date ON(year) for the year that puts it nearest the reference, moved a year back for a
    past event that would fall more than a month after the reference (forward for a future one)."""
    if not ref.year:
        return None
    anchor = ref.date or date(ref.year, ref.month or 7, 15 if ref.month else 1)
    dates = [d for d in (on(ref.year - 1), on(ref.year), on(ref.year + 1)) if d]
    if not dates:
        return None
    best = min(dates, key=lambda d: abs((d - anchor).days))
    distance = (best - anchor).days
    if distance > _SLACK_DAYS and future() is False:
        return on(best.year - 1)
    if distance < -_SLACK_DAYS and future() is True:
        return on(best.year + 1)
    return best


_SLACK_DAYS = 31  # a month: "named Nov. 10 as the cut-off" on Nov. 2 is still this year's


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_value(ref: Reference, season: str, shift: int) -> str:
    """This (0), last (-1) or next (+1) SEASON relative to the reference."""
    if not ref.year:
        return f"XXXX-{season}"
    if not ref.month or shift == 0:
        return f"{ref.year:04d}-{season}"
    start = SEASON_START[season]
    months_since = (ref.month - start) % 12
    # the latest start of this season on or before the reference month
    year = ref.year if ref.month >= start else ref.year - 1
    if shift < 0:
        year = year if months_since >= 3 else year - 1
    else:
        year = year + 1
    return f"{year:04d}-{season}"
