"""Find every temporal expression of a text: run the recognizers, keep the
longest of overlapping candidates, join a clock time to the day it names."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from dipkit.dates import absolute, durations, relative
from dipkit.dates import vocabulary as V
from dipkit.dates.mention import Context, Mention, Rule
from dipkit.dates.reference import NO_REFERENCE, Reference, parse_reference, week_value
from dipkit.dates.triggers import SLASHED, anchor_spans, find_anchors, lowered, windows

_DAY = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)|(?:\d{4}|XXXX)-W(?:\d\d|XX)-[1-7]")
_CLOCK = re.compile(r"T(\d\d:\d\d(?::\d\d)?)$")
_JOINER = re.compile(r",?\s?")
_ON = re.compile(r"\s(?:on|of)\s")
_AT = re.compile(r",?\s(?:at|from|around|by)\s(?:about\s|around\s)?")
_GRAINS = [
    (re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|[\dX]{4}-W[\dX]{2}-\d"), "day"),
    (re.compile(r"[\dX]{4}-W[\dX]{2}(?:-WE)?"), "week"),
    (re.compile(r"[\dX]{4}-[\dX]{2}"), "month"),
    (re.compile(r"[\dX]{4}-Q[\dX]"), "quarter"),
    (re.compile(r"[\dX]{4}-H[\dX]"), "half"),
    (re.compile(r"[\dX]{4}-(?:SP|SU|FA|WI)"), "season"),
    (re.compile(r"[\dX]{4}"), "year"),
    (re.compile(r"[\dX]{3}"), "decade"),
    (re.compile(r"[\dX]{2}"), "century"),
]
SECOND_PASS: list[Rule] = relative.RULES + durations.RULES
INTERESTING = frozenset(key for rule in absolute.RULES + SECOND_PASS for key in rule.anchors if not key.startswith("#"))


def _sets_of(rules: list[Rule]) -> dict[str, list[frozenset[str]]]:
    """The anchor sets of RULES that each anchor key belongs to: a text's few anchors say which sets it has."""
    sets: dict[str, list[frozenset[str]]] = {}
    for keys in {rule.anchors for rule in rules}:
        for key in keys:
            sets.setdefault(key, []).append(keys)
    return sets


_SETS_OF = _sets_of(absolute.RULES + SECOND_PASS)


def find_dates(text: str, reference: str | None = None, day_first: bool | None = None) -> list[dict]:
    """The TIMEX3 expressions of TEXT, resolved against REFERENCE (ISO date) when given.

    DAY_FIRST decides ambiguous numeric dates (4/7/2023); None reads them as
    the text's unambiguous numeric dates do, and day-first when they do not say.
    """
    ref = parse_reference(reference) or NO_REFERENCE
    lower = lowered(text)
    anchors = find_anchors(text, INTERESTING, lower)
    if day_first is None:
        evidence = absolute.day_first_evidence(text) if SLASHED in anchors else None
        day_first = True if evidence is None else evidence
    ctx = Context(text, ref, day_first)
    present: dict[frozenset[str], list[str]] = {}
    for key in anchors:
        for keys in _SETS_OF.get(key, ()):
            if keys in present:
                present[keys].append(key)
            else:
                present[keys] = [key]
    spans: dict[object, list[tuple[int, int]]] = {keys: anchor_spans(anchors, words) for keys, words in present.items()}
    found = _run(absolute.RULES, ctx, spans, lower, 0)
    if ref.year and ref.month and not ref.day:
        ctx.text_day = _day_in_month(found, ref)
    found += _run(SECOND_PASS, ctx, spans, lower, len(absolute.RULES))
    chosen = _anchor_in_text(_weekday_ranges(_join_durations(_join_times(_longest(found, len(text)), text), text), text), ctx)
    return [_as_dict(text, m) for m in chosen]


def _run(
    rules: list[Rule],
    ctx: Context,
    spans: dict[object, list[tuple[int, int]]],
    lower: str,
    rank: int,
) -> list[tuple[int, Mention]]:
    """What RULES find in the windows around their anchors, each with its rule's rank.
    SPANS holds the anchor spans of each set of anchor words the text has, and caches the windows
    of each reach; LOWER is the lowercased text."""
    found: list[tuple[int, Mention]] = []
    add = found.append
    text = ctx.text
    size = len(text)
    for offset, rule in enumerate(rules, rank):
        key = rule.reach
        where = spans.get(key)
        if where is None:
            where = spans.get(rule.anchors)
            if where is None:
                continue  # none of its anchors in the text
            where = spans[key] = windows(where, rule.back, rule.ahead, size)
        requires = rule.requires
        finditer = rule.pattern.finditer
        handler = rule.handler
        for low, high in where:
            if requires is not None and requires.search(lower, low, high) is None:
                continue
            for m in finditer(text, low, high):
                if m.end() == high < size:
                    continue  # cut short by the window: the anchor that makes it whole has its own window
                for mention in handler(m, ctx):
                    if mention.end > mention.start:
                        add((offset, mention))
    return found


def _day_in_month(found: list[tuple[int, Mention]], ref: Reference) -> date | None:
    """The first day the text names in the reference month (a page dated only by month)."""
    prefix = f"{ref.year:04d}-{ref.month:02d}-"
    days = sorted((m.start, m.value) for _, m in found if m.type == "DATE" and m.value.startswith(prefix) and len(m.value) == 10)
    return date.fromisoformat(days[0][1]) if days else None


def _longest(found: list[tuple[int, Mention]], size: int) -> list[Mention]:
    """Non-overlapping mentions, longest first, earlier rules winning ties."""
    taken = bytearray(size)
    chosen = []
    for _, mention in sorted(found, key=lambda f: (f[1].start - f[1].end, f[0], f[1].start)):
        if taken.find(1, mention.start, mention.end) >= 0:
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


def _join_times(mentions: list[Mention], text: str) -> list[Mention]:
    """Join "09:38, January 28, 2025" or "15:00 GMT Saturday" into one TIME on that day, and
    put "Monday at 9:30" and "9:30 on Monday" on that Monday."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous and previous.type == "TIME" and mention.type == "DATE" and _DAY.fullmatch(mention.value):
            clock = _CLOCK.search(previous.value)
            if clock:
                between = text[previous.end : mention.start]
                if _JOINER.fullmatch(between):
                    out[-1] = Mention(previous.start, mention.end, "TIME", f"{mention.value}T{clock.group(1)}", mention.anchor)
                    continue
                if _ON.fullmatch(between):
                    out[-1] = Mention(previous.start, previous.end, "TIME", f"{mention.value}T{clock.group(1)}", mention.anchor)
        elif previous and mention.type == "TIME" and previous.type == "DATE" and _DAY.fullmatch(previous.value):
            clock = _CLOCK.search(mention.value)
            between = text[previous.end : mention.start]
            if clock and _JOINER.fullmatch(between) and between:
                out[-1] = Mention(previous.start, mention.end, "TIME", f"{previous.value}T{clock.group(1)}", previous.anchor)
                continue
            if clock and _AT.fullmatch(between):
                mention = Mention(mention.start, mention.end, "TIME", f"{previous.value}T{clock.group(1)}", previous.anchor)
        out.append(mention)
    return out


_SIMPLE_DURATION = re.compile(r"P(T?)(\d+)([YMWDHS])")
_DURATION_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")  # larger units first: "two hours and 20 minutes"


def _join_durations(mentions: list[Mention], text: str) -> list[Mention]:
    """Join "two hours and 20 minutes" (PT2H, PT20M) into one DURATION, PT2H20M: a larger unit, "and", a smaller."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.type == mention.type == "DURATION"
            and text[previous.end : mention.start] == " and "
            and (first := _SIMPLE_DURATION.fullmatch(previous.value))
            and (second := _SIMPLE_DURATION.fullmatch(mention.value))
            and _DURATION_ORDER.index(first[1] + first[3]) < _DURATION_ORDER.index(second[1] + second[3])
        ):
            time = "T" if second[1] and not first[1] else ""
            out[-1] = Mention(previous.start, mention.end, "DURATION", f"{previous.value}{time}{second[2]}{second[3]}")
            continue
        out.append(mention)
    return out


_RANGE_JOINER = re.compile(r"\s(?:to|until|till|through)\s|\s?[-–]\s?")
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _weekday_ranges(mentions: list[Mention], text: str) -> list[Mention]:
    """ "From Thursday to Saturday", "from today until Sunday": a weekday that ends a range is not before its start."""
    names = V.weekdays()
    for i in range(1, len(mentions)):
        first, second = mentions[i - 1], mentions[i]
        if (
            first.type == second.type == "DATE"
            and text[second.start : second.end].lower() in names
            and _ISO_DAY.fullmatch(first.value)
            and _ISO_DAY.fullmatch(second.value)
            and second.value < first.value
            and _RANGE_JOINER.fullmatch(text, first.end, second.start)
        ):
            start = date.fromisoformat(first.value)
            gap = (names[text[second.start : second.end].lower()] - start.isoweekday()) % 7
            mentions[i] = Mention(second.start, second.end, "DATE", (start + timedelta(days=gap)).isoformat(), second.anchor)
    return mentions


_TEXT_DATE = re.compile(r"(?P<y>\d{4}|XXXX)(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?")


_PERIOD = re.compile(r"(?P<y>\d{4})-(?P<p>[QH][1-4])")


def _anchor_in_text(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Resolve "a month earlier", "two days later" against the date the text named last, and
    "the latest quarter", "a year ago" in a report on a quarter against the quarter it named first."""
    out: list[Mention] = []
    last: re.Match | None = None
    last_day: re.Match | None = None  # the last full day named: what "in the evening" is part of
    period: re.Match | None = None  # the first quarter or half the text named
    for mention in mentions:
        if mention.shift and period and (mention.shift[0] == "period" or mention.shift[:2] == ("year", -1)):
            _, back, year = mention.shift if mention.shift[0] == "period" else ("period", -1, 0)
            value = f"{(year or int(period['y']) + back):04d}-{period['p']}"
            mention = Mention(mention.start, max(mention.end, mention.shift[2] if mention.shift[0] != "period" else 0), "DATE", value, "text")
        elif mention.shift and mention.shift[0] == "period":
            if not mention.value:
                continue  # "the quarter" with no quarter named before it
            mention = Mention(mention.start, mention.end, mention.type, mention.value, mention.anchor)
        elif mention.shift and mention.type == "TIME":
            ahead = last_day and last_day.group() > mention.value[:10] and ctx.tense(mention.start, mention.end) == "past"
            if last_day and not ahead:  # "in the evening": that part of the last day named (not a day still ahead,
                # told of a plan, for "later in the evening, X hosted a dinner": the evening of the report)
                value = last_day.group() + mention.value[mention.value.index("T") :]
                mention = Mention(mention.start, mention.end, "TIME", value, "text")
        elif mention.shift and last:
            unit, count, end = mention.shift
            source = last_day if unit in ("day", "week") and count and not last["d"] and last_day else last  # "the previous day", after
            value = _shifted(source, unit, count)  # "earlier this year": the day before the last day named
            if value:
                mention = Mention(mention.start, end, "DATE", value, "text")
        elif mention.type in ("DATE", "TIME"):  # ("on Thursday night, where earlier that day": that Thursday)
            found = _TEXT_DATE.fullmatch(mention.value.split("T")[0])
            last = found if found and (found["m"] or found["y"] != "XXXX") else last
            last_day = found if found and found["d"] and found["y"] != "XXXX" else last_day
            period = period or _PERIOD.fullmatch(mention.value)  # a report leads with the quarter it is about
        out.append(mention)
    return out


def _shifted(last: re.Match, unit: str, count: int) -> str | None:
    """The date COUNT UNITs from LAST, at the grain of UNIT; None if LAST is too coarse."""
    year = None if last["y"] == "XXXX" else int(last["y"])
    month = int(last["m"]) if last["m"] else None
    day = int(last["d"]) if last["d"] else None
    if unit == "year_of":  # "September of that year": COUNT is the month and day as MMDD
        named_month, named_day = divmod(count, 100)
        return f"{year:04d}-{named_month:02d}" + (f"-{named_day:02d}" if named_day else "") if year else None
    if unit in ("year", "decade", "century"):
        years = count * {"year": 1, "decade": 10, "century": 100}[unit]
        return f"{year + years:04d}" if year else None
    if unit == "month" and month:
        index = month - 1 + count
        if year is None:
            return f"XXXX-{index % 12 + 1:02d}" if 0 <= index < 12 else None
        return f"{year + index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "day" and count == 0 and year and month and not day:
        return f"{year:04d}-{month:02d}-XX"  # "that same day" after "last October": a day of that month
    if unit in ("day", "week") and year and month and day:
        target = date(year, month, day) + timedelta(days=count * (7 if unit == "week" else 1))
        return target.isoformat() if unit == "day" else week_value(target)
    return None


@lru_cache(maxsize=4096)
def grain(value: str) -> str | None:
    """How fine a DATE value is: day, week, month, quarter, half, season, year, decade or century."""
    for pattern, name in _GRAINS:
        if pattern.fullmatch(value):
            return name
    return None


def _as_dict(text: str, m: Mention) -> dict:
    item = {"start": m.start, "end": m.end, "text": text[m.start : m.end], "type": m.type, "value": m.value, "anchor": m.anchor}
    if m.type == "DATE":
        item["grain"] = grain(m.value)
    return item
