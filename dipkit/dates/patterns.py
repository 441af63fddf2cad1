"""Regex building blocks for temporal expressions, compiled once from the vocabulary files.

Every pattern is a sequence of literal alternations and bounded classes, with
no nested quantifiers, so that matching stays linear on any input.
"""

from __future__ import annotations

import re
from dipkit.dates import vocabulary as V
from dipkit.lazy_patterns import lazy_pattern


def compiled(pattern: str) -> re.Pattern:
    """PATTERN compiled with ASCII classes: \\b, \\w and \\d test a byte instead of the Unicode
    tables, which is measurably faster; dates are written with ASCII letters and digits."""
    return re.compile(pattern, re.ASCII)


def compiled_when_used(pattern: str) -> re.Pattern:
    """PATTERN as ``compiled`` makes it, compiled the first time it is searched: a rule whose anchor
    words a document lacks is never run, so a small input need not pay for its long alternations."""
    return lazy_pattern(pattern, re.ASCII)


def titled(words) -> str:
    """An alternation of WORDS as they appear in text: Title case or all capitals."""
    words = list(words)  # (a generator would be spent by the first form)
    forms = {w.title() for w in words} | {w.upper() for w in words}
    return V.alternation(forms)


def anycase(words) -> str:
    return "(?i:" + V.alternation(words) + ")"


def lead(*groups) -> str:
    """A lookahead for the first letters, either case, of the words of GROUPS.  Put after the \\b a
    pattern starts with, it fails at once at the many word starts where none of the pattern's
    branches can begin, instead of trying each of them there."""
    firsts = {word[0] for group in groups for word in group}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts | {c.upper() for c in firsts})) + "])"


MONTH_NAMES = [m for m in V.months() if len(m) > 4 or m in ("may", "june", "july")]
MONTH = rf"(?:(?:{titled(MONTH_NAMES)})\b|(?:{titled(m for m in V.months() if m not in MONTH_NAMES)})\b\.?)"
MONTH_FULL = rf"(?:{titled(MONTH_NAMES)})\b"
WEEKDAY = rf"(?:{titled(V.weekdays())})\b"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR = r"(?:1[5-9]\d\d|20\d\d)\b"
DASH = r"\s?[-–—]\s?"
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s1/2)?|(?i:one\s+and\s+a\s+half)|"
    + anycase(w for w in V.numbers())
    + rf"(?:-{anycase(w for w, v in V.numbers().items() if v.isdigit() and int(v) < 10 and len(w) > 2)})?"
    + r"(?:\s(?i:hundred|thousand)\b)?(?:\s(?i:and\sa\shalf))?)"
)
UNIT = anycase(V.units())
DAY_PART = anycase(V.day_parts())
SEASON = anycase(V.seasons())
MODIFIER = r"(?:(?i:early|late|mid|earlier|later|the\s(?:end|beginning|start|middle|turn)\sof))"
MODIFIER_STARTS = ("early", "late", "mid", "the")  # what a MODIFIER starts with
ZONE = rf"(?:{V.alternation(V.context_words('time_zone'))})\b"
AMPM = r"(?i:[ap]\.\s?m\.|[ap]m\b)"
LEFT = r"(?<![\w$€£#.,:/-])"  # not inside a word, a number, an amount or a code
DURATION_MODIFIER = anycase(V.context_words("duration_modifier"))
DURATION_ADJECTIVE = anycase(V.context_words("duration_adjective"))
# a cheap first test for patterns that start with a number or a modifier: the letters such words start with
_STARTS = {w[0] for w in list(V.numbers()) + list(V.context_words("duration_modifier")) + ["one"]}
NUMBER_START = "(?=[\\d" + "".join(sorted(_STARTS | {c.upper() for c in _STARTS})) + "])"


ISO_DATE = compiled(LEFT + r"(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d\d)(?P=sep)(?P<d>\d\d)(?:[T ](?P<h>[01]\d|2[0-3]):(?P<min>[0-5]\d))?(?![\w/-]|\.\d)")
# LEFT is tested after the first digit (a digit with nothing of LEFT's before it): a pattern that starts
# with a digit class lets the engine skip to the next digit, and this one also scans whole texts
NUMERIC_DATE = compiled(r"(?P<a>\d(?<![\w$€£#.,:/-]\d)\d?)(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/-]|\.\d)")
_OF_RELATIVE_YEAR = r"\s(?:of\s)?(?P<yrel>(?i:last|next|this))\syear\b"  # "Feb. 23 of this year", "5 March last year"
# the year of the date the text named last: "September of that year", "5 March the same year"
_OF_NAMED_YEAR = r"\s(?:of\s)?(?P<ysame>(?i:that|the\ssame|that\ssame))\syear\b"
MONTH_DAY = compiled(
    rf"\b{lead(V.weekdays(), V.months())}(?:(?P<wd>{WEEKDAY}),?\s)?(?P<mon>{MONTH})\s?(?P<d>{DAY})(?!:\d|[.,]\d)"
    rf"(?:(?:{DASH}|\s(?:and|to)\s)(?P<d2>{DAY})(?![.,:]\d|-))?(?:,?\s(?P<y>{YEAR})|{_OF_RELATIVE_YEAR}|{_OF_NAMED_YEAR})?"
)
DAY_MONTH = compiled(
    rf"(?<![\w$€£#.,:/-])(?:(?P<wd>{WEEKDAY}),?\s(?:the\s)?)?(?P<d>{DAY})(?:(?:{DASH}|\s(?:and|to)\s)(?P<d2>{DAY}))?"
    rf"\s(?:of\s)?(?P<mon>{MONTH})(?:,?\s(?P<y>{YEAR})|{_OF_RELATIVE_YEAR}|{_OF_NAMED_YEAR})?"
)
MONTH_YEAR = compiled(
    rf"\b{lead(MODIFIER_STARTS, V.months())}(?:(?P<mod>{MODIFIER})[\s-])?\b(?P<mon>{MONTH})(?:,?\s|\sof\s)(?P<y>{YEAR})"
)
MONTH_ALONE = compiled(
    rf"\b{lead(MODIFIER_STARTS, ('last', 'next', 'this', 'past'), MONTH_NAMES)}"
    rf"(?:(?P<mod>{MODIFIER})[\s-])?(?:(?P<rel>(?i:last|next|this|past))\s)?\b(?P<mon>{MONTH_FULL})"
    rf"(?:{_OF_RELATIVE_YEAR}|{_OF_NAMED_YEAR})?(?!\s?\d|-\d)"
)
YEAR_RANGE = compiled(LEFT + rf"(?P<y1>{YEAR})(?P<dash>{DASH})(?P<y2>\d\d|{YEAR})(?![\w%-]|[.,]\d)")
YEAR_ALONE = compiled(
    rf"\b(?:(?P<mod>{MODIFIER})[\s-]"
    rf"|(?P<lead>(?i:the\syear|fiscal\syear|fiscal))\s|(?P<pre>(?<=\b[Pp]re-)|(?<=\b[Pp]ost-))|{LEFT})"
    rf"(?P<y>{YEAR})(?![%-]|[.,:]\d)"
)  # "pre-1971 assets": the year alone
DECADE = compiled(
    rf"(?:(?P<the>(?i:the))\s)?(?:(?P<mod>{MODIFIER})[\s-])?"
    r"(?:(?P<full>1[5-9]\d0|20\d0)|['’](?P<short>\d0)|(?<=the\s|and\s)(?P<bare>[2-9]0))['’]?s\b"
)
CENTURY = compiled_when_used(
    rf"\b(?:(?P<mod>{MODIFIER})[\s-])?(?:(?P<n>[12]?\d)(?:st|nd|rd|th)|(?P<word>{anycase(V.ordinals())}))[\s-](?i:century)\b"
)
CLOCK = compiled(
    r"(?<![\w:.,])(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\w:]|[.,]\d)"
    rf"(?:\s?(?P<ampm>{AMPM}))?(?:\s(?P<hrs>(?i:hrs|hours)\b))?(?:\s(?P<zone>{ZONE}))?"
)
MILITARY = compiled(rf"(?<![\w:.,$£€])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s(?P<zone>{ZONE}|(?i:hrs|hours)\b)")
HOUR = compiled(rf"(?<![\w:.,$£€])(?P<h>1[0-2]|0?[1-9])\s?(?P<ampm>{AMPM})(?:\s(?P<zone>{ZONE}))?")
HOLIDAY = compiled(r"\b(?P<name>" + V.alternation(V.holidays()).replace("'", "['’]") + r")\b")
NOON = compiled(r"\b(?P<w>(?i:noon|midday|midnight))\b")
WEEKDAY_EXPR = compiled(
    rf"\b{lead(('early', 'late', 'last', 'next', 'this', 'past', 'coming'), V.weekdays())}"
    rf"(?:(?P<mod>(?i:early|late))\s)?(?:(?P<rel>(?i:last|next|this|past|coming))\s)?(?P<wd>{WEEKDAY})"
    rf"(?:\s(?P<part>{DAY_PART})\b)?"
)
DEICTIC = compiled(
    r"\b(?P<w>(?i:today|tonight|yesterday|tomorrow))\b(?:['’]s)?"
    rf"(?:\s(?P<part>{DAY_PART})\b)?"
)
THIS_PART = compiled(
    rf"\b(?P<rel>(?i:this|last|that|the))\s(?:(?<=(?i:the|hat)\s)(?P<same>(?i:same))\s)?(?P<part>(?i:morning|afternoon|evening|night))\b(?!\sof\b)"
)  # ("the same evening": the day the text named last)
SAME_PERIOD = compiled(r"\b(?i:(?:earlier|later)\s(?:in\sthe\s(?P<unit>(?i:day|week|month|year))|today))\b")
NEIGHBOUR = compiled(
    r"\b(?i:the)\s(?:(?P<rel>(?i:next|following|previous|preceding))\s(?P<unit>(?i:day|week|month|year))"
    r"|(?P<unit2>(?i:day|week|month|year))\s(?P<rel2>(?i:before|after|earlier|later))(?=\s?[,.;:)]))"
)
# the day of the event just named: "the same day", "that same day", "later that day", "on that day"
SAME_DAY = compiled(r"\b(?:(?i:the|that)\s(?i:same)|(?i:(?:later|earlier)\sthat)|(?<=\b(?i:on)\s)(?i:that))\s(?i:day)\b")
# the week, month or year of the date just named: "later that month", "that same year"
SAME_UNIT = compiled(r"\b(?:(?i:the|that)\s(?i:same)|(?i:(?:later|earlier)\sthat))\s(?P<unit>(?i:week|month|year))\b")
RELATIVE_UNIT = compiled(
    rf"\b{lead(MODIFIER_STARTS, ('this', 'last', 'next', 'current', 'previous', 'coming', 'past'))}"
    rf"(?:(?P<mod>{MODIFIER})[\s-])?\b(?P<rel>(?i:this|last|next|current|previous|coming|past))\s"
    r"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|fiscal\syear|financial\syear))\b"
)
RELATIVE_UNIT_CUE = compiled(r"(?:this|last|next|current|previous|coming|past)\s")  # in lowercased text
UNIT_AGO = compiled_when_used(
    r"\b" + NUMBER_START + rf"(?:(?P<mod>{DURATION_MODIFIER})\s)?(?P<num>{NUMBER})\s(?P<unit>{UNIT})s?\s(?P<dir>(?i:ago|earlier|later))\b"
)
RANGE_HEAD = compiled(LEFT + rf"(?P<num>{NUMBER})(?:\s(?i:and|or|to)\s|{DASH})$")  # "12 to " before "18 months"
THE_UNIT = compiled(
    rf"\b(?P<the>(?i:the))\s(?:(?P<mod>(?i:end|beginning|start|middle|turn))\sof\s(?:(?i:the)\s)?)?"
    r"(?P<unit>(?i:week|weekend|month|year|new\syear))\b"
)
SEASON_EXPR = compiled(
    rf"\b{lead(MODIFIER_STARTS, ('this', 'last', 'next', 'past', 'coming'), V.seasons())}"
    rf"(?:(?P<mod>{MODIFIER})[\s-])?(?:(?P<rel>(?i:this|last|next|past|coming))\s)?\b(?P<season>{SEASON})\b"
    rf"(?:\s(?:of\s)?(?P<y>{YEAR}))?"
)
QUARTER = compiled(
    r"\b(?:(?P<pre>(?i:this|last|next))\syear['’]s\s|(?P<the>(?i:the))\s)?"
    r"(?P<ord>(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th))(?P<sep>[\s-])(?P<what>(?i:quarter|half))\b"
    rf"(?:\sof\s(?:(?P<y>{YEAR})|(?:(?i:the|this)\s)?(?P<yrel>(?i:last|next|this|the))\s(?i:year)\b))?"
)
# a company's reporting period, named after a quarter: "the latest quarter", "the year-ago period", "the 1988 period"
PERIOD = compiled(
    rf"\b(?:(?P<pre>(?i:this|last|next))\syear['’]s\s|(?P<the>(?i:the))\s)?"
    rf"(?:(?P<which>(?i:latest|same|current|comparable|corresponding|year-ago|year-earlier))\s|(?P<y>{YEAR})\s)?"
    r"(?P<what>(?i:quarter|period))\b(?!-)(?:\s(?P<post>(?i:last|this|next))\syear\b)?"
    r"|\b(?P<adj>(?i:year-ago|year-earlier))\b"
)
QUARTER_CODE = compiled(rf"\b(?P<what>[QH])(?P<n>[1-4])(?:\s(?P<y>{YEAR})|(?P<y2>\d\d)\b)?\b")
DURATION = compiled(
    r"\b" + NUMBER_START + rf"(?:(?P<mod>{DURATION_MODIFIER})\s)?"
    + r"(?<![\w$€£#.,:/])(?<![^\d]-)"  # after a hyphen only in "10-15 years"
    + rf"(?P<num>{NUMBER})(?P<sep>\s|-)(?:(?P<adj>{DURATION_ADJECTIVE})\s)?"
    rf"(?P<unit>{UNIT})(?P<plural>s)?\b(?P<old>[\s-](?i:old)\b)?(?(plural)|(?P<half>\s(?i:and\sa\shalf)\b)?)"
)
# cheap tests run on the lowercased window before the patterns they stand for (a literal start makes them fast)
_MONTH_LOWER = rf"(?:{V.alternation(V.months())})"
DAY_MONTH_CUE = compiled(r"\d(?:st|nd|rd|th)?\s(?:of\s)?" + _MONTH_LOWER)  # "5 march", "5th of march"
MONTH_YEAR_CUE = compiled(_MONTH_LOWER + r"\.?(?:,?\s|\sof\s)(?:1[5-9]|20)\d\d")  # "march 2024", "march of 2024"
FRACTION_CUE = compiled(r"half|quarter|third")
THE_PAST_UNIT_CUE = compiled(r"the\s(?:past|last|next|coming|previous|following|preceding|ensuing)\s")
# a month name not followed by a day or year number: every MONTH_ALONE match holds one
MONTH_ALONE_CUE = compiled(rf"(?:{V.alternation(MONTH_NAMES)})\b(?!\s?\d|-\d)")
SAME_DAY_CUE = compiled(r"(?:same|that)\sday\b")
SAME_UNIT_CUE = compiled(r"(?:same|that)\s(?:week|month|year)\b")
NEIGHBOUR_CUE = compiled(r"the\s(?:next|following|previous|preceding|day|week|month|year)\b")
# "a quarter of a century", "half an hour", "the past half century"
FRACTION = compiled_when_used(
    r"\b" + lead(("the", "a", "one", "three", "two", "half", "quarter"))
    + r"(?:(?P<the>(?i:the))\s(?:(?P<rel>(?i:past|last|next|coming|previous|following|preceding))\s)?)?"
    r"(?P<part>(?i:(?:a|one)\s(?:quarter|third)\sof|(?:three|two)\s(?:quarters|thirds)\sof|a\shalf|half|a\squarter|quarter))"
    rf"[\s-](?:(?i:an?)\s)?(?P<unit>{UNIT})\b(?!-old|\sold\b)"
)
THE_PAST_UNIT = compiled_when_used(
    r"\b(?i:the)\s(?P<rel>(?i:past|last|next|coming|previous|following|preceding|ensuing))\s"
    rf"(?:(?P<num>{NUMBER})\s)?(?P<unit>{UNIT})(?P<plural>s)?\b"
)
RECENT_UNITS = compiled(r"\b(?i:recent)\s(?P<unit>(?i:days|weeks|months|years|decades))\b")
BARE_UNITS = compiled(r"(?<![\w-])(?P<unit>[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades|[Hh]ours|[Mm]inutes|[Cc]enturies)\b(?!-)")
UNIT_LONG = compiled_when_used(rf"\b(?P<unit>{UNIT})(?P<plural>s)?-long\b")
EVERY = compiled_when_used(
    rf"\b(?P<q>(?i:every|each))\s(?:(?P<num>(?i:other)|{NUMBER})\s)?"
    rf"(?:(?P<unit>{UNIT}|{anycase(V.weekdays())}|{DAY_PART}|(?i:weekend))s?\b|(?P<month>{MONTH_FULL})(?!\s?\d))"
)
SET_WORD = compiled(rf"\b(?P<w>{V.alternation(V.sets())}|{V.alternation(w.title() for w in V.sets())})\b")
TIMES_PER = compiled_when_used(rf"\b(?P<freq>(?i:once|twice|thrice)|{NUMBER}\s(?i:times))\s(?i:a|an|per|every|each)\s(?P<unit>{UNIT})\b")
REFERENCE = compiled(rf"\b{lead(V.references())}(?P<w>{anycase(V.references())})\b")
