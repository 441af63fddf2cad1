"""Durations ("five years", "two-day", "the past decade"), sets ("every year",
"weekly") and the PRESENT_REF / PAST_REF / FUTURE_REF words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import Match

from dipkit.dates import patterns as P
from dipkit.dates import triggers as T
from dipkit.dates import vocabulary as V
from dipkit.dates.mention import Context, Mention, Rule


_CLAUSE_START = re.compile(r"[.;:!?,\n]")
_AMOUNT = re.compile(r"\d|%|\b(?:million|billion|trillion|percent|cent)\b")


# a fraction under two of these units reads better in the next smaller one: P18M, PT36H, P10D
_SMALLER = {"year": ("M", False, 12), "day": ("H", True, 24), "week": ("D", False, 7)}
# a fraction of a clock unit is written with the next one: PT1H30M, PT1M30S
_CLOCK_PARTS = {"hour": ("H", "M"), "minute": ("M", "S")}


def duration_value(number: str, unit_word: str) -> str:
    """TIMEX3 duration for NUMBER (digits or X) of UNIT_WORD: P5Y, PT2H, P10Y for a decade, PXDE for decades,
    P18M for a year and a half, P25Y for a quarter of a century."""
    unit = unit_word.lower()
    code, is_time, years = V.units()[unit]
    if number == "X":
        if years:
            return "PXDE" if years == 10 else "PXCE"
        return f"P{'T' if is_time else ''}X{code}"
    amount = float(number) * (2 if unit == "fortnight" else 1)
    if years:
        amount, unit, code, is_time = amount * years, "year", "Y", False
    if not amount.is_integer() and unit in _CLOCK_PARTS and (amount * 60).is_integer():
        whole, part = _CLOCK_PARTS[unit]
        return f"PT{int(amount)}{whole}{int(round(amount % 1 * 60))}{part}".replace("PT0" + whole, "PT")
    if not amount.is_integer() and amount < 2 and unit in _SMALLER:
        code, is_time, factor = _SMALLER[unit]
        amount *= factor
    return f"P{'T' if is_time else ''}{amount:g}{code}"


def duration(m: Match, ctx: Context) -> Iterator[Mention]:
    if m["old"] or ctx.word_before(m.start()) in V.context_words("age_word") or ctx.text.startswith(" of age", m.end()):
        return  # "five years old", "a 25-year-old", "children aged 6 months": an age
    unit = m["unit"].lower()
    number = _number(m["num"])
    if number is None or unit == "quarter":
        return
    if unit == "second" and not m["plural"]:
        return  # "a second term"
    if unit == "hour" and number.isdigit() and int(number) <= 24 and not m["mod"] and ctx.word_before(m.start()) == "at":
        clock = f"T{int(number):02d}:00"
        day = ctx.ref.date.isoformat() if ctx.ref.date else "XXXX-XX-XX"
        yield Mention(m.start(), m.end(), "TIME", day + clock, ctx.anchor if ctx.ref.date else "none")
        return  # "at 13 hours": a clock time
    if m["num"].lower() in ("a", "an") and not m["mod"] and not m["plural"] and _is_rate(ctx, m.start()):
        yield Mention(m.start(), m.end(), "SET", duration_value("1", unit))
        return  # "$5bn a year", "30 million tonnes of cargo a year": a frequency
    if not m["mod"]:
        yield from _range_head(m.start(), unit, ctx)
    if m["half"] and number.isdigit():
        number = str(int(number) + 0.5)  # "a year and a half"
    yield Mention(m.start(), m.end(), "DURATION", duration_value(number, unit))


_FRACTIONS = {"quarter": 0.25, "third": 1 / 3, "half": 0.5, "quarters": 0.75, "thirds": 2 / 3}


def fraction(m: Match, ctx: Context) -> Iterator[Mention]:
    """ "A quarter of a century" (P25Y), "half an hour" (PT30M), "the past half century" (P50Y)."""
    unit = m["unit"].lower()
    if unit in ("quarter", "second") or (m["the"] and not m["rel"]):
        return
    share = _FRACTIONS[m["part"].lower().split()[-2 if m["part"].lower().endswith(" of") else -1]]
    value = duration_value(f"{share:.6g}", unit)
    if "." in value:
        return  # "a third of a year": no clean TIMEX3 amount
    yield Mention(m.start(), m.end(), "DURATION", value)


def _is_rate(ctx: Context, start: int) -> bool:
    """Whether "a year" at START follows an amount ("$5bn a year", "30 million tonnes of cargo a
    year", "60 hours a week"), so that it means per year, rather than a verb or a preposition."""
    before = ctx.word_before(start)
    if before in V.context_words("not_rate"):
        return False
    if before and (before[-1].isdigit() or before.endswith(("bn", "mn"))):
        return True
    if before.endswith("s") and len(before) > 3:
        return True
    clause = _CLAUSE_START.split(ctx.text[max(0, start - 40) : start])[-1]
    return _AMOUNT.search(clause) is not None


def _range_head(start: int, unit: str, ctx: Context) -> Iterator[Mention]:
    """ "12 to 18 months", "two or three days": the first number is a duration of the same unit."""
    head = P.RANGE_HEAD.search(ctx.text, max(0, start - 40), start)
    number = _number(head["num"]) if head else None
    if head and number not in (None, "X"):
        yield Mention(head.start("num"), head.end("num"), "DURATION", duration_value(number, unit))


def _number(text: str) -> str | None:
    text = " ".join(text.replace(",", "").split())
    head, _, scale = text.rpartition(" ")
    if scale.lower() in ("hundred", "thousand") and head:
        whole = _number(head)  # "two thousand", "three hundred"
        return None if whole in (None, "X") else f"{float(whole) * (100 if scale.lower() == 'hundred' else 1000):g}"
    if text.lower().endswith(" and a half") and text.lower() != "one and a half":
        whole = _number(text[: -len(" and a half")])
        return None if whole in (None, "X") else f"{float(whole) + 0.5:g}"
    if " 1/2" in text:
        return str(float(text.split()[0]) + 0.5).rstrip("0").rstrip(".")
    if text.lower().replace(" ", "") == "oneandahalf":
        return "1.5"
    return V.number_value(text)


def the_past_unit(m: Match, ctx: Context) -> Iterator[Mention]:
    unit = m["unit"].lower()
    if unit in ("quarter", "second"):
        return
    if unit == "minute" and not (m["num"] or m["plural"]) and ctx.word_before(m.start()) == "at":
        return  # "called off at the last minute": too late, not a minute
    if m["num"]:
        number = _number(m["num"])
    else:
        number = "X" if m["plural"] else "1"
    if number is None:
        return
    yield Mention(m.start(), m.end(), "DURATION", duration_value(number, unit))


def recent_units(m: Match, ctx: Context) -> Iterator[Mention]:
    yield Mention(m.start(), m.end(), "DURATION", duration_value("X", m["unit"].lower()[:-1]))


def bare_units(m: Match, ctx: Context) -> Iterator[Mention]:
    word = m["unit"]
    if word[0].isupper() and not ctx.sentence_start(m.start()):
        return
    before = ctx.word_before(m.start())
    if before in V.context_words("bare_unit_blocker") or before.isdigit() or V.number_value(before) or before in V.ordinals():
        return
    after = ctx.word_after(m.end()).lower()
    if after in ("old", "of-age", "older", "younger"):
        return
    unit = "century" if word.lower() == "centuries" else word.lower()[:-1]
    yield Mention(m.start(), m.end(), "DURATION", duration_value("X", unit))


def unit_long(m: Match, ctx: Context) -> Iterator[Mention]:
    if m["unit"].lower() not in ("quarter", "second"):
        yield Mention(m.start(), m.end(), "DURATION", duration_value("X" if m["plural"] else "1", m["unit"].lower()))


def every(m: Match, ctx: Context) -> Iterator[Mention]:
    if m["month"]:
        if not m["num"]:
            yield Mention(m.start(), m.end(), "SET", f"XXXX-{V.months()[m['month'].lower()]:02d}")  # "each July"
        return
    unit = m["unit"].lower()
    if unit in V.weekdays():
        yield Mention(m.start(), m.end(), "SET", f"XXXX-WXX-{V.weekdays()[unit]}")
        return
    if unit in V.day_parts():
        yield Mention(m.start(), m.end(), "SET", f"XXXX-XX-XXT{V.day_parts()[unit]}")
        return
    if unit == "weekend":
        yield Mention(m.start(), m.end(), "SET", "XXXX-WXX-WE")
        return
    number = "2" if (m["num"] or "").lower() == "other" else (_number(m["num"]) if m["num"] else "1")
    if number in (None, "X") or unit == "second":
        return
    value = duration_value(number, unit) if unit != "quarter" else f"P{int(float(number)) * 3}M"
    yield Mention(m.start(), m.end(), "SET", value)


def set_word(m: Match, ctx: Context) -> Iterator[Mention]:
    word = m["w"]
    if word[0].isupper() and not ctx.sentence_start(m.start()):
        return  # "China Daily", "Daily Mail"
    yield Mention(m.start(), m.end(), "SET", V.sets()[word.lower()])


def times_per(m: Match, ctx: Context) -> Iterator[Mention]:
    unit = m["unit"].lower()
    if unit in ("quarter", "second"):
        return
    yield Mention(m.start(), m.end(), "SET", duration_value("1", unit))


def reference(m: Match, ctx: Context) -> Iterator[Mention]:
    phrase = " ".join(m["w"].lower().split())
    value = V.references()[phrase]
    after = ctx.text[m.end() : m.end() + 4]
    if phrase.startswith("the "):
        if ctx.word_before(m.start()) not in V.context_words("reference_cue") or after.startswith((" of", "-")):
            return
        if phrase in ("the time", "the moment") and ctx.word_before(m.start()) not in ("at", "for"):
            return
    elif phrase == "now" and after.startswith(("-", "’s", "'s")):
        return
    elif ctx.word_before(m.start()) in V.context_words("not_reference"):
        return
    yield Mention(m.start(), m.end(), "DATE", value)


# the last word of each reference phrase ("now", "the past", "these days")
REFERENCE_WORDS = tuple({phrase.split()[-1] for phrase in V.references()})

RULES: list[Rule] = [
    Rule(P.DURATION, duration, T.words(T.UNITS), 42, 14),
    Rule(P.THE_PAST_UNIT, the_past_unit, T.words(T.UNITS), 44, 3, P.THE_PAST_UNIT_CUE),
    Rule(P.FRACTION, fraction, T.words(T.SINGULAR_UNITS), 44, 3, P.FRACTION_CUE),
    Rule(P.RECENT_UNITS, recent_units, T.words("recent"), 0, 12),
    Rule(P.BARE_UNITS, bare_units, T.words(T.PLURAL_UNITS), 1, 3),
    Rule(P.UNIT_LONG, unit_long, T.words("long"), 14, 2),
    Rule(P.EVERY, every, T.words("every each"), 0, 30),
    Rule(P.SET_WORD, set_word, T.words(V.sets()), 1, 3),
    Rule(P.TIMES_PER, times_per, T.words("once twice thrice times"), 30, 30),
    Rule(P.REFERENCE, reference, T.words(REFERENCE_WORDS), 20, 10),
]
