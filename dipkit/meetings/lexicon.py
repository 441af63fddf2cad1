"""The vocabularies of the meetings layer, read once from ``dipkit/data/meetings/`` and compiled.

Keeping triggers, cues, venues and word classes in data files lets a user
see (and extend) what the rules know without reading Python.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from dipkit.lazy_patterns import lazy_pattern
from dipkit.resources import data_rows, trie_pattern


@dataclass(frozen=True)
class TriggerRule:
    """One line of triggers.tsv: where the parties stand and the first guess at the kind."""

    frame: str
    kind: str


@dataclass(frozen=True)
class Venue:
    """A building that stands for a city ("White House" -> Washington)."""

    name: str
    city: str
    country: str


@lru_cache(maxsize=None)
def _lines(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of data file NAME (read once: triggers.tsv serves every head word's alternation)."""
    return tuple(tuple(row) for row in data_rows("meetings", name))


@lru_cache(maxsize=1)
def trigger_rules() -> tuple[re.Pattern[str], list[TriggerRule], frozenset[str]]:
    """One alternation of every trigger (group ``t<i>`` for rule i; earlier lines win), and the words a
    trigger can start with, so that the alternation is tried only where one of them stands."""
    source, rules, heads = trigger_source()
    return re.compile(source, re.IGNORECASE), rules, heads


@lru_cache(maxsize=1)
def trigger_source() -> tuple[str, list[TriggerRule], frozenset[str]]:
    """``trigger_rules`` with the alternation not compiled (case-blind): a run over lowercased texts never
    needs it whole, as ``triggers_from`` gives the rules each word can start."""
    rules, parts, heads = [], [], set()
    for i, (frame, kind, pattern) in enumerate(_lines("triggers.tsv")):
        rules.append(TriggerRule(frame, kind))
        parts.append(f"(?P<t{i}>{pattern})")
        heads |= first_words(pattern)
    return r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", rules, frozenset(heads)


@lru_cache(maxsize=2)
def trigger_heads(lowercased: bool = False) -> re.Pattern[str]:
    """The words a trigger can start with, as one pattern: one pass over a text finds where triggers may stand
    (LOWERCASED: a case-sensitive pattern, quicker, for a text already lowercased)."""
    flags = 0 if lowercased else re.IGNORECASE
    return re.compile(r"(?<![\w'’-])(?:" + trie_pattern(trigger_source()[2]) + r")(?![\w'’-])", flags)


@lru_cache(maxsize=None)
def triggers_from(head: str, lowercased: bool = False) -> RuleChain:
    """The trigger rules that can start with HEAD (a word of ``trigger_heads``), in their order, tried one at a
    time: at a word HEAD the first that matches is what the whole alternation finds there (same span, same group
    name), quicker, as no rule that cannot start there is tried; and each rule is compiled once, not again in the
    alternation of every head word it shares (LOWERCASED: case-sensitive, for a text already lowercased)."""
    return RuleChain(tuple(_rule_pattern(i, lowercased) for i, words in enumerate(_rule_heads()) if head in words))


@lru_cache(maxsize=1)
def _rule_heads() -> list[frozenset[str]]:
    """The words each trigger rule can start with, by rule."""
    return [frozenset(first_words(pattern)) for _, _, pattern in _lines("triggers.tsv")]


@lru_cache(maxsize=None)
def _rule_pattern(index: int, lowercased: bool) -> re.Pattern[str]:
    """Trigger rule INDEX on its own, shaped as its branch of the whole alternation (group ``t<index>``)."""
    pattern = _lines("triggers.tsv")[index][2]
    return re.compile(rf"(?<![\w-])(?:(?P<t{index}>{pattern}))(?![\w-])", 0 if lowercased else re.IGNORECASE)


class RuleChain:
    """Trigger rules tried in order at one position, as the branches of an alternation are."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self._matches = tuple(pattern.match for pattern in patterns)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first rule's match at POS (up to ENDPOS), else None."""
        for match in self._matches:
            found = match(text, pos, endpos)
            if found is not None:
                return found
        return None


_GROUP_START = "(?:"
_WORD = re.compile(r"[\w'’-]+")


def first_words(pattern: str) -> set[str]:
    """The words PATTERN can start with, for the simple shapes triggers.tsv uses: alternatives of words or of
    groups of words, each word possibly ending in an optional "s" ("meetings?")."""
    words = set()
    for branch in _top_level(pattern):
        if branch.startswith(_GROUP_START):
            inner = branch[len(_GROUP_START) : _closing(branch)]
            words |= {w for part in _top_level(inner) for w in _leading_word(part)}
        else:
            words |= _leading_word(branch)
    return words


def _top_level(pattern: str) -> list[str]:
    """PATTERN split at the "|" not inside parentheses."""
    depth, start, out = 0, 0, []
    for i, char in enumerate(pattern):
        if char == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif char == ")" and pattern[i - 1] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def _closing(branch: str) -> int:
    depth = 0
    for i, char in enumerate(branch):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return i
    return len(branch)


def _leading_word(part: str) -> set[str]:
    found = _WORD.match(part)
    if not found:
        return set()
    word = found.group().lower()
    return {word, word[:-1]} if part[found.end() : found.end() + 1] == "?" else {word}  # "meetings?"


class _Compiled(dict):
    """Patterns by name, each compiled the first time it is used (a run needs only some of them, and compiling a
    long alternation costs more than many searches; ``Document.find`` may only ever run its case-blind twin)."""

    def __init__(self, sources: dict[str, str]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, name: str) -> re.Pattern[str]:
        pattern = self[name] = lazy_pattern(self._sources[name], re.IGNORECASE)
        return pattern


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern[str]]:
    """planned / negated cue patterns."""
    return _Compiled({name: pattern for name, pattern in _lines("cues.tsv")})


@lru_cache(maxsize=1)
def word_classes() -> dict[str, re.Pattern[str]]:
    """Each word class of words.tsv as a whole-word, case-insensitive alternation."""
    return _Compiled({name: r"(?<![\w-])(?:" + words + r")(?![\w-])" for name, words in _lines("words.tsv")})


_CAPITAL = re.compile("[A-ZÀ-Þ]")
_PLAIN_NOUNS = re.compile(r"[A-Za-z][A-Za-z ]*(?:\|[A-Za-z][A-Za-z ]*)*")  # "Palace|Guest House"
_PLAIN_WORDS = re.compile(r"[a-z][a-z'’-]*(?:\|[a-z][a-z'’-]*)*")


@lru_cache(maxsize=1)
def class_stems() -> dict[str, tuple[str, ...]]:
    """The words of each word class that is a plain list of lowercase words (no pattern syntax), as stems for
    ``Document.find``: a window holding none of them needs no search. Other classes: () (always searched)."""
    return {name: tuple(words.split("|")) if _PLAIN_WORDS.fullmatch(words) else () for name, words in _lines("words.tsv")}


@lru_cache(maxsize=None)
def class_leads(name: str) -> tuple[str, ...]:
    """The words (lowercase) a match of word class NAME starts with, as read by ``first_words``, less any that
    holds another: stems for ``Document.may_hold`` where the class is no plain list ("business leaders", "CEOs")."""
    words = first_words(next(words for row_name, words in _lines("words.tsv") if row_name == name))
    return tuple(sorted(w for w in words if not any(other != w and other in w for other in words)))


@lru_cache(maxsize=2)
def named_gathering(any_case: bool = False) -> re.Pattern[str]:
    """A gathering's proper name right after a trigger ("hosted the second China–Central Asia Summit",
    "at the Cairo Peace Summit"): up to five capitalized words, then a gathering noun (case kept). ANY_CASE also
    takes the noun in lowercase ("the ninth Brussels conference"), for reading the city the name holds."""
    nouns = next(words for name, words in _lines("words.tsv") if name == "named_gathering")
    return re.compile(
        r"\s+(?:(?:the|a|an|this|its|their)\s+)?(?:[a-z0-9]+(?:st|nd|rd|th)?\s+)?"
        r"(?:[A-Z0-9][\w'’.]*(?:[-–][A-Z][\w'’.]*)*\s+){1,5}(?" + ("i" if any_case else "") + ":" + nouns + r")(?![\w-])"
    )


@lru_cache(maxsize=1)
def named_gathering_noun() -> re.Pattern[str]:
    """The noun ending a gathering's name, in any case ("Summit", "summit"), to test cheaply whether one is named."""
    nouns = next(words for name, words in _lines("words.tsv") if name == "named_gathering")
    return re.compile(r"(?<![\w-])(?i:" + nouns + r")(?![\w-])")


@lru_cache(maxsize=1)
def topic_pattern() -> re.Pattern[str]:
    """A topic noun right before "in <place>" ("the war in Ukraine"): the place is what was discussed.
    Lowercase only: a capitalized building name before "in <city>" is a venue."""
    words = next(words for name, words in _lines("words.tsv") if name == "topic")
    return re.compile(r"(?<![\w-])(?:" + words + r")\s+(?i:in|at)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}$")


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Lowercase words allowed between a modifier and the person it qualifies."""
    words = next(words for name, words in _lines("words.tsv") if name == "title")
    return frozenset(words.split("|"))


@lru_cache(maxsize=1)
def venues() -> tuple[re.Pattern[str], dict[str, Venue]]:
    """A pattern finding any venue name as written in venues.tsv or with every word capitalized ("UN
    Headquarters"), and the venue for each lowercased name, at the start of a word. Names start with a capital.
    Each name opens with its first letter and only then looks back for a word before it: a pattern that opens
    with letters lets a search skip to them, which keeps one pass over a whole document cheap. The names are
    grouped by that letter, the longest first in each group: at a capital only the names it opens are tried."""
    table = {name.lower(): Venue(name, city, country) for name, city, country in _lines("venues.tsv")}
    forms = {form for v in table.values() for form in (v.name, " ".join(w[:1].upper() + w[1:] for w in v.name.split()))}
    by_letter: dict[str, list[str]] = {}
    for name in sorted((n for n in forms if _CAPITAL.match(n)), key=len, reverse=True):
        by_letter.setdefault(name[:1], []).append(re.escape(name[1:]))
    alternatives = [re.escape(letter) + r"(?<!\w.)(?:" + "|".join(rests) + ")" for letter, rests in by_letter.items()] or ["(?!)"]
    return re.compile("(?:" + "|".join(alternatives) + r")(?!\w)"), table


@lru_cache(maxsize=1)
def building_nouns() -> re.Pattern[str]:
    """The noun ending a building's name ("Palace" of "the National Palace"): found first, as it is rare; the
    capitalized words before it are read only where it stands. Plain nouns open with their first letter and
    only then look back (a pattern that opens with letters lets a search skip to them)."""
    nouns = next(words for name, words in _lines("words.tsv") if name == "venue_noun")
    if _PLAIN_NOUNS.fullmatch(nouns):
        return re.compile("(?:" + "|".join(w[:1] + r"(?<=[\w.’'-] .)" + w[1:] for w in nouns.split("|")) + r")(?![\w-])")
    initials = {noun[:1] for noun in nouns.split("|")}
    first = "(?=[" + "".join(sorted(initials)) + "])" if all(c.isalpha() for c in initials) else ""  # quicker than the lookbehind
    return re.compile(first + r"(?<=[\w.’'-] )(?:" + nouns + r")(?![\w-])")


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """The capital by ISO alpha-3 code: the first city the shared gazetteer lists for a country in its
    capitals section ("the Kenyan capital" -> Nairobi), else the one land_capitals.tsv gives ("Singapore")."""
    text = files("dipkit").joinpath("data", "gazetteer", "cities.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    section = False
    for line in text.splitlines():
        if line.startswith("#"):
            section = line.lstrip("# ").lower().startswith("capitals")
            continue
        row = line.split("\t")
        if section and len(row) > 4 and row[4] and row[4] not in out:
            out[row[4]] = row[2]
    for row in _lines("land_capitals.tsv"):
        if len(row) > 1:
            out.setdefault(row[0], row[1])
    return out


@lru_cache(maxsize=1)
def region_capitals() -> dict[str, tuple[str, str]]:
    """The capital city and country code of a province or state, by its name in lower case."""
    return {row[0].lower(): (row[1], row[2]) for row in _lines("region_capitals.tsv") if len(row) > 2}


@lru_cache(maxsize=1)
def blocs() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the adjectives naming a bloc's members ("Arab", "African"), and the bloc each names."""
    rows = [row for row in _lines("blocs.tsv") if len(row) > 1]
    pattern = re.compile("|".join(f"(?P<b{i}>{row[0]})" for i, row in enumerate(rows)))
    return pattern, {f"b{i}": row[1] for i, row in enumerate(rows)}


@lru_cache(maxsize=1)
def codes() -> dict:
    """CAMEO / PLOVER codes by setting (codes.json)."""
    return json.loads(files("dipkit").joinpath("data", "meetings", "codes.json").read_text(encoding="utf-8"))
