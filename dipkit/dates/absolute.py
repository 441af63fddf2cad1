"""Calendar dates, years, decades and clock times as the text writes them.

A part the text leaves out (the year of "Jan. 27", the month of "Friday") is
taken from the reference date; see ``reference.py`` for how.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from re import Match

from dipkit.dates import patterns as P
from dipkit.dates import triggers as T
from dipkit.dates import vocabulary as V
from dipkit.dates.mention import Context, Mention, Rule
from dipkit.dates.reference import day_month_year, month_value, month_year, nearest_year
from dipkit.dates.tense import clause_tense

_MONTH_NAME = re.compile(P.MONTH_FULL)
_POSSESSIVE = ("'s ", "’s ")


def _month(word: str) -> int:
    return V.months()[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(word.rstrip("stndrdth"))


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: Feb 29 stays valid without a year
    except ValueError:
        return False
    return True


def _full_date(
    ctx: Context, year_text: str | None, month: int, day: int, span: tuple[int, int], year_shift: str | None = None
) -> tuple[str, str] | None:
    """The value and anchor of a day given by month and day, and maybe year (or a YEAR_SHIFT: "last" year)."""
    if year_shift:
        year = ctx.ref.year + {"last": -1, "next": 1, "this": 0}[year_shift.lower()] if ctx.ref.year else None
        anchor = ctx.anchor
    elif year_text:
        year, anchor = int(year_text), "none"
    else:
        before = ctx.word_before(span[0])  # "postponed to April 20": the day a plan moves to lies ahead, whatever the tense
        moved_to = before in _MOVE_PREPOSITIONS and _behind(ctx, span[0], before, "reschedule_word")
        year = day_month_year(ctx.ref, month, day, lambda: True if moved_to else ctx.future(*span))
        anchor = ctx.anchor
    if not _valid(year, month, day):
        return None
    prefix = f"{year:04d}" if year else "XXXX"
    return f"{prefix}-{month:02d}-{day:02d}", anchor


def iso_date(m: Match, ctx: Context) -> Iterator[Mention]:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not _valid(year, month, day):
        return
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if m["h"]:
        yield Mention(m.start(), m.end(), "TIME", f"{value}T{m['h']}:{m['min']}")
    else:
        yield Mention(m.start(), m.end(), "DATE", value)


def numeric_date(m: Match, ctx: Context) -> Iterator[Mention]:
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 or (b <= 12 and ctx.day_first):
        day, month = a, b
    else:
        day, month = b, a
    if 1 <= month <= 12 and _valid(year, month, day) and 1500 <= year <= 2099:
        yield Mention(m.start(), m.end(), "DATE", f"{year:04d}-{month:02d}-{day:02d}")


def day_first_evidence(text: str) -> bool | None:
    """True or False when the text's numeric dates can only be read day-first or month-first."""
    day_first = month_first = False
    for m in P.NUMERIC_DATE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    if day_first != month_first:
        return day_first
    return None


def _day_range(m: Match, ctx: Context, first_end: int, second_start: int) -> Iterator[Mention]:
    """Both ends of "March 6-8" or "6-8 March": two expressions, as ANNOTATION.md settles."""
    month = _month(m["mon"])
    first = _full_date(ctx, m["y"], month, _day(m["d"]), m.span(), m["yrel"])
    second = _full_date(ctx, m["y"], month, _day(m["d2"]), m.span(), m["yrel"])
    if first and second:
        yield Mention(m.start(), first_end, "DATE", *first)
        yield Mention(second_start, m.end(), "DATE", *second)


def _in_named_year(m: Match, month: int, day: int = 0) -> Mention:
    """ "September of that year": a month or day in the year of the date the text named last, which
    extract resolves; the shift's count is the month and day as MMDD (DD is 00 for a month)."""
    value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    return Mention(m.start(), m.end(), "DATE", value, "none", ("year_of", month * 100 + day, m.end()))


def month_day(m: Match, ctx: Context) -> Iterator[Mention]:
    if m["d2"]:
        yield from _day_range(m, ctx, m.end("d"), m.start("d2"))
        return
    if m["ysame"]:
        yield _in_named_year(m, _month(m["mon"]), _day(m["d"]))
        return
    resolved = _full_date(ctx, m["y"], _month(m["mon"]), _day(m["d"]), m.span(), m["yrel"])
    if resolved:
        yield Mention(m.start(), m.end(), "DATE", *resolved)


def day_month(m: Match, ctx: Context) -> Iterator[Mention]:
    if m["d2"]:
        yield from _day_range(m, ctx, m.end("d"), m.start("d2"))
        return
    if (
        m["mon"].lower() == "may"
        and not m["d"][-1].isalpha()
        and ctx.word_after(m.end()).islower()
        and ctx.word_before(m.start()) not in V.context_words("day_cue")
    ):
        return  # "5 May rise" is a count before the verb, rarely a date ("on 10 May following talks" is one)
    if m["ysame"]:
        yield _in_named_year(m, _month(m["mon"]), _day(m["d"]))
        return
    resolved = _full_date(ctx, m["y"], _month(m["mon"]), _day(m["d"]), m.span(), m["yrel"])
    if resolved:
        yield Mention(m.start(), m.end(), "DATE", *resolved)


def month_year_rule(m: Match, ctx: Context) -> Iterator[Mention]:
    yield Mention(m.start(), m.end(), "DATE", month_value(int(m["y"]), _month(m["mon"])))


_MOVE_PREPOSITIONS = ("to", "until", "till", "for")  # after a move: "postponed to April", "put off until May"


def month_alone(m: Match, ctx: Context) -> Iterator[Mention]:
    month = _month(m["mon"])
    if m["ysame"]:
        yield _in_named_year(m, month)
        return
    rel = (m["rel"] or "").lower()
    yrel = (m["yrel"] or "").lower()
    possessive = ctx.text.startswith(_POSSESSIVE, m.end())
    moved_to = False
    if not (m["mod"] or rel or yrel):
        before = ctx.word_before(m.start("mon"))
        moved_to = before in _MOVE_PREPOSITIONS and _behind(ctx, m.start("mon"), before, "reschedule_word")
        if (
            before not in V.context_words("month_cue")
            and not (before == "for" and _behind(ctx, m.start("mon"), "for", "schedule_word"))
            and not (possessive and m["mon"].lower() != "may")
            and not (before in V.context_words("event_owner") and ctx.word_after(m.end()) in V.context_words("event_noun"))
        ):
            return  # a month needs a cue before it, unless it owns what follows: "December's summit" (not "May's"),
            # "the February killing", "their March talks"
        if before in ("and", "or", "to") and not (possessive or moved_to) and not _month_nearby(ctx.text, m.start("mon")):
            return
        if m["mon"].lower() == "may" and ctx.word_after(m.end()).islower() and before in ("and", "or", "to"):
            return
    ref = ctx.ref
    if yrel:
        shift = {"last": -1, "next": 1, "this": 0}[yrel]
        year = ref.year + shift if ref.year else None
    elif rel == "next":
        year = None if not ref.year else (ref.year if ref.month and month > ref.month else ref.year + 1)
    elif rel == "last":
        year = _last_month_year(ref.year, ref.month, month)
    elif rel == "past":
        year = None if not ref.year else (ref.year if ref.month and month < ref.month else ref.year - 1)
    elif rel == "this":
        year = ref.year
    elif moved_to:  # the month a plan moves to lies ahead, whatever the tense of the move ("was postponed to April")
        year = month_year(ref, month, lambda: True)
    elif possessive:
        year = month_year(ref, month, lambda: _own_clause_future(ctx, m.start(), m.end()), lambda: True)
    else:
        year = month_year(
            ref, month, lambda: ctx.future(m.start(), m.end()), lambda: ctx.tense(m.start(), m.end()) == "plan"
        )
    yield Mention(m.start(), m.end(), "DATE", month_value(year, month), ctx.anchor if year else "none")


def _behind(ctx: Context, month_start: int, preposition: str, kind: str) -> bool:
    """Whether the PREPOSITION just before a month follows a word of KIND: "for" after a schedule word
    ("scheduled for March", not "a win for May"), "to" after a move ("postponed to April", "pushed back to May",
    not "handed back to May"): a word of KIND, or two."""
    low = max(0, month_start - len(preposition) - 4)
    at = ctx.text[low:month_start].lower().rfind(preposition)
    if at < 0:
        return False
    words = V.context_words(kind)
    last = ctx.word_before(low + at)
    if last in words:
        return True
    first = max(0, low + at - 40)  # (a window, not the whole text: this may run for every lone month)
    found = ctx.text[first : low + at].lower().rfind(last) if last else -1
    return found >= 0 and f"{ctx.word_before(first + found)} {last}" in words


def _own_clause_future(ctx: Context, start: int, end: int) -> bool | None:
    """The tense of the clause of a possessive month ("November's election") alone: the verb of the
    sentence around it ("met Harris, the candidate in November's election") tells of another event."""
    tense = clause_tense(ctx.text, start, end, ctx.reversed_text, clause_only=True)
    return True if tense == "future" else False if tense == "past" else None


def _last_month_year(year: int | None, ref_month: int | None, month: int) -> int | None:
    """The year of "last MONTH": the latest such month before the reference month, except the
    month just before it in the same year, which news calls "last month" or "this February";
    "last February" in a March report is the February of the year before (as TimeBank reads it)."""
    if not year:
        return None
    return year if ref_month and month < ref_month - 1 else year - 1


def _month_nearby(text: str, start: int) -> bool:
    """Whether a month name ends shortly before START ("in May and October")."""
    window = text[max(0, start - 30) : start]
    return _MONTH_NAME.search(window) is not None


def _year_ok(m: Match, ctx: Context, group: str = "y") -> bool:
    """A four-digit number that reads as a year, not a count, a code or part of a phone number."""
    start = m.start(group)
    groups = m.groupdict()
    if groups.get("mod") or groups.get("lead") or groups.get("pre") is not None:
        return True
    before = ctx.word_before(start)
    after = ctx.word_after(m.end(group))
    if before.isdigit() or after.isdigit() or before in V.not_years() or before in V.context_words("count_word"):
        return False
    if before in V.context_words("year_cue") or before.endswith(("'s", "’s")):
        return True
    if int(m[group]) < 1900 or after.lower() in V.context_words("count_noun"):
        return False
    # "1990 talks" reads as a count of things; "2020 was" and "2020 has" as a year
    return not (after.islower() and after.endswith("s") and after not in ("was", "has", "is", "its", "as", "this", "plus"))


def year_range(m: Match, ctx: Context) -> Iterator[Mention]:
    first = int(m["y1"])
    second_text = m["y2"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if not first < second <= first + 100 or not _year_ok(m, ctx, "y1"):
        return
    yield Mention(m.start("y1"), m.end("y1"), "DATE", f"{first:04d}")
    yield Mention(m.start("y2"), m.end("y2"), "DATE", f"{second:04d}")


def year_alone(m: Match, ctx: Context) -> Iterator[Mention]:
    if not _year_ok(m, ctx):
        return
    yield Mention(m.start(), m.end(), "DATE", m["y"])


def decade(m: Match, ctx: Context) -> Iterator[Mention]:
    if m["full"]:
        value = m["full"][:3]
    else:
        digit = (m["short"] or m["bare"])[0]
        century = "20" if ctx.ref.year and int(f"20{digit}0") <= ctx.ref.year else "19"
        value = century + digit
    yield Mention(m.start(), m.end(), "DATE", value)


def century(m: Match, ctx: Context) -> Iterator[Mention]:
    n = int(m["n"]) if m["n"] else V.ordinals().get(m["word"].lower(), 0)
    if 1 <= n <= 22:
        yield Mention(m.start(), m.end(), "DATE", f"{n - 1:02d}")


def _time_value(ctx: Context, hour: int, minute: int, second: str | None = None) -> tuple[str, str]:
    clock = f"{hour:02d}:{minute:02d}" + (f":{second}" if second else "")
    if ctx.ref.date:
        return f"{ctx.ref.date.isoformat()}T{clock}", "published"
    return f"XXXX-XX-XXT{clock}", "none"


def _hour24(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm.lower().startswith("p")
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def clock(m: Match, ctx: Context) -> Iterator[Mention]:
    if m["sep"] == "." and not m["ampm"]:
        return  # "3.45" is a number unless "a.m." or "p.m." follows
    hour = int(m["h"])
    if m["ampm"] and not 1 <= hour <= 12:
        return
    yield Mention(m.start(), m.end(), "TIME", *_time_value(ctx, _hour24(hour, m["ampm"]), int(m["m"]), m["s"]))


def hour(m: Match, ctx: Context) -> Iterator[Mention]:
    yield Mention(m.start(), m.end(), "TIME", *_time_value(ctx, _hour24(int(m["h"]), m["ampm"]), 0))


def holiday(m: Match, ctx: Context) -> Iterator[Mention]:
    """Christmas, New Year's Day, Easter...: a day of the year nearest the reference, by tense."""
    rule = V.holidays()[" ".join(m["name"].replace("’", "'").split())]
    if rule == "easter":
        from dateutil.easter import easter as on  # only for the texts that name Easter
    elif rule == "thanksgiving":
        on = _thanksgiving
    else:
        month, day = (int(part) for part in rule.split("-"))

        def on(year: int) -> date:
            return date(year, month, day)

    if not ctx.ref.year:
        value = f"XXXX-{rule}" if rule[0].isdigit() else "XXXX-XX-XX"
        yield Mention(m.start(), m.end(), "DATE", value)
        return
    found = nearest_year(ctx.ref, on, lambda: ctx.future(m.start(), m.end()))
    if found:
        yield Mention(m.start(), m.end(), "DATE", found.isoformat(), ctx.anchor)


def _thanksgiving(year: int) -> date:
    from dateutil.relativedelta import TH, relativedelta  # only for the texts that name Thanksgiving

    return date(year, 11, 1) + relativedelta(weekday=TH(4))


def military(m: Match, ctx: Context) -> Iterator[Mention]:
    yield Mention(m.start(), m.end(), "TIME", *_time_value(ctx, int(m["h"]), int(m["m"])))


def noon(m: Match, ctx: Context) -> Iterator[Mention]:
    clock_text = "24:00" if m["w"].lower() == "midnight" else "12:00"
    day = ctx.ref.date.isoformat() if ctx.ref.date else "XXXX-XX-XX"
    yield Mention(m.start(), m.end(), "TIME", f"{day}T{clock_text}", ctx.anchor if ctx.ref.date else "none")


MONTHS = tuple(V.months())

RULES: list[Rule] = [
    Rule(P.ISO_DATE, iso_date, T.words(T.SLASHED), 0, 20),
    Rule(P.NUMERIC_DATE, numeric_date, T.words(T.SLASHED), 0, 15),
    Rule(P.MONTH_DAY, month_day, T.words(MONTHS), 14, 22, T.DIGIT),
    Rule(P.DAY_MONTH, day_month, T.words(MONTHS), 32, 12, P.DAY_MONTH_CUE),
    Rule(P.MONTH_YEAR, month_year_rule, T.words(MONTHS), 20, 14, P.MONTH_YEAR_CUE),
    Rule(P.MONTH_ALONE, month_alone, T.words(MONTHS), 28, 20, P.MONTH_ALONE_CUE),
    Rule(P.YEAR_RANGE, year_range, T.words(T.YEAR, T.SLASHED), 0, 14),
    Rule(P.YEAR_ALONE, year_alone, T.words(T.YEAR), 22, 6),
    Rule(P.DECADE, decade, T.words(T.DECADE), 14, 6),
    Rule(P.CENTURY, century, T.words("century centuries"), 32, 4),
    Rule(P.CLOCK, clock, T.words(T.CLOCK), 0, 30),
    Rule(P.HOUR, hour, T.words(T.HOUR), 0, 22),
    Rule(P.MILITARY, military, T.words(T.MILITARY), 0, 16),
    Rule(P.HOLIDAY, holiday, T.words(V.holiday_words()), 28, 12),
    Rule(P.NOON, noon, T.words("noon midday midnight"), 0, 3),
]
