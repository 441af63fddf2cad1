"""Expressions whose value depends on the reference date: weekdays, "today",
"last week", "two years ago", seasons and quarters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from re import Match

from dipkit.dates import patterns as P
from dipkit.dates import triggers as T
from dipkit.dates import vocabulary as V
from dipkit.dates.durations import duration_value
from dipkit.dates.mention import Context, Mention, Rule
from dipkit.dates.reference import (
    Reference,
    season_value,
    shift_day,
    shift_month,
    shift_quarter,
    shift_week,
    shift_year,
    week_value,
    weekday_current,
    weekday_date,
    weekday_near,
)

SHIFT = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
_OWNERS = frozenset({"the", "a", "his", "their", "its", "our", "my", "your", "this", "that"})  # "their last evening": the last of a stay ("met her last night": "her" is an object)
ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _part_code(word: str | None) -> str | None:
    return V.day_parts()[word.lower()] if word else None


def weekday(m: Match, ctx: Context) -> Iterator[Mention]:
    before = ctx.word_before(m.start())
    after = ctx.word_after(m.end("wd")).lower()
    if before in V.not_weekdays() or after in V.not_weekdays():
        return
    number = V.weekdays()[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    ref = ctx.ref
    if rel in ("last", "past"):
        value = weekday_date(Reference(*_minus(ref, 1)), number, lambda: False) if ref.date else f"XXXX-WXX-{number}"
    elif rel in ("next", "coming"):
        value = weekday_date(Reference(*_minus(ref, -1)), number, lambda: True) if ref.date else f"XXXX-WXX-{number}"
    elif not ref.date and ctx.text_day:
        value = weekday_near(ctx.text_day, number)
    elif ref.date and number != ref.date.isoweekday() and ctx.tense(m.start(), m.end()) == "present":
        value = weekday_current(ref.date, number)  # "is on a visit from Monday to Wednesday": this week's
    elif ref.date and number != ref.date.isoweekday() and ctx.tense(m.start(), m.end()) == "plan":
        value = weekday_near(ref.date, number)  # "a trip that had been scheduled for Wednesday": the nearest
    else:
        value = weekday_date(ref, number, lambda: ctx.future(m.start(), m.end()))
    anchor = "text" if (not ref.date and ctx.text_day and not rel) else ("published" if ref.date else "none")
    code = _part_code(m["part"])
    if code:
        yield Mention(m.start(), m.end(), "TIME", f"{value}T{code}", anchor)
    else:
        yield Mention(m.start(), m.end("wd"), "DATE", value, anchor)


def _minus(ref: Reference, days: int) -> tuple[int, int, int]:
    d = ref.date - timedelta(days=days)  # type: ignore[operator]
    return d.year, d.month, d.day


def deictic(m: Match, ctx: Context) -> Iterator[Mention]:
    word = m["w"].lower()
    end = m.end("w")
    code = _part_code(m["part"])
    if word == "tonight":
        code = "NI"
    if word == "today" and not code and (
        not ctx.ref.date
        or m.group().endswith(("'s", "’s")) and ctx.word_after(m.end()) not in V.context_words("event_noun")
    ):
        yield Mention(m.start(), end, "DATE", "PRESENT_REF")  # "today's world"; "today's talks" are the day's
        return
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    value = shift_day(ctx.ref, offset)
    anchor = "published" if ctx.ref.date else "none"
    if code:
        yield Mention(m.start(), m.end() if m["part"] else end, "TIME", f"{value}T{code}", anchor)
    else:
        yield Mention(m.start(), end, "DATE", value, anchor)


def this_part(m: Match, ctx: Context) -> Iterator[Mention]:
    rel = m["rel"].lower()
    code = _part_code(m["part"])
    if rel in ("that", "the"):
        if rel == "the" and not m["same"] and ctx.word_before(m.start()) not in ("in", "during"):
            return  # "the night of the vote", "the evening news": no time of its own
        day = ctx.ref.date.isoformat() if ctx.ref.date else "XXXX-XX-XX"
        # "in the evening", "that morning", "the same evening": on the day the text named last, else on the reference day
        anchor = ctx.anchor if ctx.ref.date else "none"
        yield Mention(m.start(), m.end(), "TIME", f"{day}T{code}", anchor, ("day", 0, m.end()))
        return
    offset = -1 if rel == "last" else 0
    if offset == -1 and (m["part"].lower() not in ("night", "evening") or ctx.word_before(m.start()) in _OWNERS):
        return  # "last morning" is not a way news writes a time; "their last evening in Rome" is no yesterday
    value = shift_day(ctx.ref, offset)
    yield Mention(m.start(), m.end(), "TIME", f"{value}T{code}", "published" if ctx.ref.date else "none")


def same_period(m: Match, ctx: Context) -> Iterator[Mention]:
    """ "Earlier in the day", "later today", "earlier in the week": the reference's day, week, month or year."""
    unit = (m["unit"] or "day").lower()
    if unit != "day":
        yield Mention(m.start(), m.end(), "DATE", _unit_value(ctx.ref, unit, 0), ctx.anchor)
    elif ctx.ref.date:
        yield Mention(m.start(), m.end(), "DATE", ctx.ref.date.isoformat(), "published")
    else:
        yield Mention(m.start(), m.end(), "DATE", "PRESENT_REF")


def _unit_value(ref: Reference, unit: str, shift: int) -> str:
    if unit == "week":
        return shift_week(ref, shift)
    if unit == "weekend":
        week = shift_week(ref, shift)
        return f"{week}-WE"
    if unit == "month":
        return shift_month(ref, shift)
    if unit == "quarter":
        return shift_quarter(ref, shift)
    if unit == "decade":
        return f"{ref.year // 10 + shift:03d}" if ref.year else "XXX"
    if unit == "century":
        return f"{ref.year // 100 + shift:02d}" if ref.year else "XX"
    return shift_year(ref, shift)


UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


def neighbour(m: Match, ctx: Context) -> Iterator[Mention]:
    """ "The next day", "the following year", "the day before": one unit from the text's last date."""
    unit = (m["unit"] or m["unit2"]).lower()
    rel = (m["rel"] or m["rel2"]).lower()
    if rel == "next" and unit != "day":
        return  # "the next week" is a stretch of time ahead (a duration)
    step = 1 if rel in ("next", "following", "after", "later") else -1
    yield Mention(m.start(), m.end(), "DATE", UNKNOWN[unit], "none", (unit, step, m.end()))


def same_day(m: Match, ctx: Context) -> Iterator[Mention]:
    """ "The same day", "later that day": the day the text named last, else the day of the report."""
    value = shift_day(ctx.ref, 0) if ctx.ref.date else UNKNOWN["day"]
    yield Mention(m.start(), m.end(), "DATE", value, ctx.anchor if ctx.ref.date else "none", ("day", 0, m.end()))


def same_unit(m: Match, ctx: Context) -> Iterator[Mention]:
    """ "Later that month", "that same year": the week, month or year of the date the text named last, else of the
    report."""
    unit = m["unit"].lower()
    value = _unit_value(ctx.ref, unit, 0) if ctx.ref.date else UNKNOWN[unit]
    yield Mention(m.start(), m.end(), "DATE", value, ctx.anchor if ctx.ref.date else "none", (unit, 0, m.end()))


def relative_unit(m: Match, ctx: Context) -> Iterator[Mention]:
    unit = m["unit"].lower().split()[-1]  # "fiscal year" is a year
    rel = m["rel"].lower()
    if rel == "past" or (rel == "last" and ctx.word_before(m.start()) == "the"):
        return  # "the past week", "the last year": a duration (THE_PAST_UNIT)
    shift = SHIFT[rel]
    yield Mention(m.start(), m.end(), "DATE", _unit_value(ctx.ref, unit, shift), ctx.anchor)


def unit_ago(m: Match, ctx: Context) -> Iterator[Mention]:
    number = V.number_value(m["num"])
    unit = m["unit"].lower()
    direction = m["dir"].lower()
    if number is None or unit in ("second", "minute", "hour", "quarter", "night", "fortnight"):
        return
    if number == "X" or "." in number:
        if direction == "ago":
            yield Mention(m.start(), m.end(), "DATE", "PAST_REF")  # "several years ago"
        return
    n = int(number)
    if direction != "ago":
        if ctx.word_after(m.end()).lower() == "than":
            return  # "a month earlier than usual": a comparison, the duration rule keeps "a month"
        # "a month earlier", "two days later": counted from the date the text named last
        step = -n if direction == "earlier" else n
        # unresolved it stays a duration ("a month"); resolved, the span takes in "earlier"/"later"
        yield Mention(m.start(), m.start("dir") - 1, "DURATION", duration_value(number, unit), "none", (unit, step, m.end()))
        return
    ref = ctx.ref
    if unit == "day":
        value = shift_day(ref, -n)
    elif unit == "week":
        value = shift_week(ref, -n)
    elif unit == "month":
        value = shift_month(ref, -n)
    elif unit == "decade":
        value = shift_year(ref, -10 * n)
    elif unit == "century":
        value = shift_year(ref, -100 * n)
    else:
        value = shift_year(ref, -n)
    # "up from $5 million a year ago": in a report on a quarter, that quarter a year before
    period_back = ("period", -n, 0) if unit == "year" else None
    yield Mention(m.start(), m.end(), "DATE", value, ctx.anchor, period_back)


def the_unit(m: Match, ctx: Context) -> Iterator[Mention]:
    unit = " ".join(m["unit"].lower().split())
    ref = ctx.ref
    if unit == "new year":
        if m["mod"]:
            return
        year = None if not ref.year else (ref.year + 1 if ref.month == 12 else ref.year)
        yield Mention(m.start(), m.end(), "DATE", f"{year:04d}" if year else "XXXX", ctx.anchor)
        return
    if not m["mod"] and unit != "weekend":
        return  # "the year", "the week" alone point back into the text
    if unit == "weekend":
        yield Mention(m.start(), m.end(), "DATE", _weekend(ctx, m), ctx.anchor)
        return
    # "peaked by the end of the year" in a spring report: last year's end
    back = unit == "year" and m["mod"].lower() == "end" and (ref.month or 12) <= 6 and ctx.future(m.start(), m.end()) is False
    yield Mention(m.start(), m.end(), "DATE", _unit_value(ref, unit, -1 if back else 0), ctx.anchor)


def _weekend(ctx: Context, m: Match) -> str:
    """The weekend a report means: the coming one in a future clause, else the latest one."""
    d = ctx.ref.date
    if not d:
        return "XXXX-WXX-WE"
    if ctx.future(m.start(), m.end()) or d.isoweekday() >= 6:
        return f"{week_value(d)}-WE"
    return f"{week_value(d - timedelta(days=7))}-WE"


def season(m: Match, ctx: Context) -> Iterator[Mention]:
    word = m["season"]
    code = V.seasons()[word.lower()]
    rel = (m["rel"] or "").lower()
    cued = bool(rel or m["mod"])
    if not cued:
        before = ctx.word_before(m.start("season"))
        if word.lower() == "fall":
            # "in the fall of 2021" is a season, "the fall of Kabul" (or of 1989), "since the fall of the regime" an event
            cued = ctx.text[max(0, m.start() - 12) : m.start()].lower().endswith(("in the ", "during the ", "by the ", "since the "))
            cued = cued and not (m["y"] is None and ctx.text.startswith(" of ", m.end()))
        elif word[0].isupper() and not ctx.sentence_start(m.start()):
            return  # "Arab Spring", "Winter Olympics"
        else:
            cued = bool(m["y"]) or before in V.context_words("season_cue")
    if not cued:
        return
    if m["y"]:
        yield Mention(m.start(), m.end(), "DATE", f"{m['y']}-{code}")
    else:
        yield Mention(m.start(), m.end(), "DATE", season_value(ctx.ref, code, SHIFT.get(rel, 0)), ctx.anchor)


def quarter(m: Match, ctx: Context) -> Iterator[Mention]:
    what = "Q" if m["what"].lower() == "quarter" else "H"
    word = m["ord"].lower()
    n = ORDINAL.get(word) or (4 if what == "Q" else 2)
    if what == "H" and n > 2:
        return
    start = m.start()
    if not (m["y"] or m["yrel"] or m["pre"]) and not m["the"] and m["sep"] != "-":
        if ctx.word_before(start) not in V.context_words("period_owner"):
            return  # "third quarter" alone may be anything; "the third quarter", "its third quarter" are dates
    if m["y"]:
        year, anchor = int(m["y"]), "none"
    elif (m["yrel"] and m["yrel"].lower() != "the") or m["pre"]:
        year = ctx.ref.year + SHIFT[(m["pre"] or m["yrel"]).lower()] if ctx.ref.year else None
        anchor = ctx.anchor
    else:
        year, anchor = _period_year(ctx, n, 4 if what == "Q" else 2, m), ctx.anchor
    yield Mention(start, m.end(), "DATE", f"{year:04d}-{what}{n}" if year else f"XXXX-{what}{n}", anchor)


def _period_year(ctx: Context, n: int, per_year: int, m: Match) -> int | None:
    """The year of the Nth quarter or half named without one: this year's, unless it has not begun
    by the reference date and the clause is not about the future ("profits fell in the fourth quarter"
    in a January report are last year's)."""
    ref = ctx.ref
    if not ref.year:
        return None
    if ref.month and n > (ref.month - 1) * per_year // 12 + 1 and not ctx.future(m.start(), m.end()):
        return ref.year - 1
    return ref.year


def period(m: Match, ctx: Context) -> Iterator[Mention]:
    """ "The latest quarter", "the year-ago period", "a year-earlier loss": the reporting period the text
    named last (a quarter or half), or that period a year before; dropped when the text names none."""
    which = (m["which"] or m["adj"] or "").lower()
    if m["what"] and not (m["the"] or m["pre"]):
        return  # "the 2024-2028 period" is a range of years
    if m["what"] and m["what"].lower() == "period" and not (which or m["y"] or m["pre"]):
        return  # "the period" alone is too vague
    back = -1 if which.startswith("year-") else SHIFT.get((m["pre"] or m["post"] or "").lower(), 0)
    year = int(m["y"]) if m["y"] else None
    yield Mention(m.start(), m.end(), "DATE", "", "text", ("period", back, year or 0))


def quarter_code(m: Match, ctx: Context) -> Iterator[Mention]:
    n = int(m["n"])
    if m["what"] == "H" and n > 2:
        return
    if m["y"]:
        year: int | None = int(m["y"])
    elif m["y2"]:
        year = 2000 + int(m["y2"])
    else:
        year = ctx.ref.year
    yield Mention(m.start(), m.end(), "DATE", f"{year:04d}-{m['what']}{n}" if year else f"XXXX-{m['what']}{n}")


WEEKDAYS = tuple(V.weekdays())

RULES: list[Rule] = [
    Rule(P.WEEKDAY_EXPR, weekday, T.words(WEEKDAYS), 16, 14),
    Rule(P.DEICTIC, deictic, T.words("today tonight yesterday tomorrow"), 0, 14),
    Rule(P.THIS_PART, this_part, T.words("morning afternoon evening night"), 11, 3),
    Rule(P.SAME_PERIOD, same_period, T.words("earlier later"), 2, 20),
    Rule(P.NEIGHBOUR, neighbour, T.words("day week month year"), 30, 16, P.NEIGHBOUR_CUE),
    Rule(P.SAME_DAY, same_day, T.words("day"), 16, 3, P.SAME_DAY_CUE),
    Rule(P.SAME_UNIT, same_unit, T.words("week month year"), 16, 3, P.SAME_UNIT_CUE),
    Rule(P.RELATIVE_UNIT, relative_unit, T.words(T.CALENDAR_UNITS), 28, 3, P.RELATIVE_UNIT_CUE),
    Rule(P.UNIT_AGO, unit_ago, T.words("ago earlier later"), 45, 3),
    Rule(P.THE_UNIT, the_unit, T.words(T.CALENDAR_UNITS), 28, 3, T.THE),
    Rule(P.SEASON_EXPR, season, T.words(V.seasons()), 28, 10),
    Rule(P.QUARTER, quarter, T.words("quarter half"), 32, 26),
    Rule(P.QUARTER_CODE, quarter_code, T.words(T.QUARTER_CODE), 2, 8),
    Rule(P.PERIOD, period, T.words("quarter period year-ago year-earlier"), 36, 16),
]
