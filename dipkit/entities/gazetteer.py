"""The gazetteer: named places, peoples, organizations and office holders, keyed by token tuples.

Entries come from ``dipkit/data/gazetteer/*.tsv`` (plus user files) and
``dipkit/data/officeholders.tsv``. Matching looks up token tuples in a dict,
longest first, so a lookup costs a few hash probes whatever the list size.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

TOKEN = re.compile(r"\w+|[^\w\s]")
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
ENTRY_HEADER = ("type", "kind", "name", "code", "country", "aliases")
HOLDER_HEADER = ("name", "aliases", "country", "role", "start", "end")
ENTRY_TYPES = ("GPE", "NORP", "LOC", "ORG")
# which entry keeps an alias that two entries share: the lower rank wins
_APOSTROPHE_FORMS = ("'", "’", "ʻ")  # the straight and typographic apostrophes, and the ʻokina (a letter: no token break)
KIND_RANK = {"country": 0, "demonym": 1, "igo": 2, "government": 3, "city": 4, "region": 5, "loc": 6, "media": 7, "group": 8}


def alias_key(surface: str) -> tuple[str, ...]:
    """The lookup key of a surface form: its tokens, hyphens read as spaces ("Al-Thani" is "Al Thani")."""
    if surface.replace(" ", "").isalnum():
        return tuple(surface.split())  # most forms: words and spaces only, which ``TOKEN`` would split the same
    tokens = TOKEN.findall(surface)
    return tuple([token for token in tokens if token != "-"] if "-" in tokens else tokens)


@lru_cache(maxsize=1024)
def without_accents(name: str) -> str:
    """NAME with its letters' accents and macrons dropped ("Brasília" -> "Brasilia", "Sāmoa" -> "Samoa")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


class GazetteerError(ValueError):
    """A gazetteer file that does not follow the format."""


# Entry, Term and Alias are values that nothing assigns to after they are made, hashable by their fields
# (``unsafe_hash``), but not ``frozen``: a frozen dataclass's __init__ sets each field through
# object.__setattr__, a call per field: thousands of them in the gazetteer build every process pays for, and
# more for the entries the tagger makes per document.


@dataclass(unsafe_hash=True, slots=True)
class Entry:
    """One named thing that is not a person."""

    type: str
    kind: str
    name: str
    code: str | None = None
    country: str | None = None


@dataclass(unsafe_hash=True, slots=True)
class Term:
    """One term of one person in one office; dates are ISO strings, ``end`` None while in office."""

    country: str | None
    role: str
    start: str
    end: str | None


@dataclass
class Holder:
    """A person of the office-holder list and every term they served."""

    name: str
    terms: list[Term] = field(default_factory=list)


@dataclass(unsafe_hash=True, slots=True)
class Alias:
    """What one surface form points to; ``needs_the`` for forms written "the West"."""

    target: Entry | str  # an Entry, or the name of a Holder
    needs_the: bool = False


@dataclass
class Gazetteer:
    """All entries and office holders, indexed for token-tuple lookup."""

    aliases: dict[tuple[str, ...], list[Alias]] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first token -> key lengths, longest first
    holders: dict[str, Holder] = field(default_factory=dict)
    upper: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "NATO" for "Nato": title-case acronyms
    seconds: dict[str, set[str]] = field(default_factory=dict)  # first token -> second tokens of longer keys
    prefixes: set[tuple[str, ...]] = field(default_factory=set)  # beginnings (two tokens or more) of longer keys

    def add(self, surface: str, target: Entry | str) -> None:
        """SURFACE names TARGET (see ``add_forms``)."""
        self.add_forms((surface,), target)

    def add_forms(self, surfaces: Iterable[str], target: Entry | str) -> None:
        """Each of SURFACES names TARGET, written with a straight or a typographic apostrophe ("People’s Republic
        of China") or, in Polynesian names, the ʻokina ("Nukuʻalofa", "Hawaiʻi")."""
        plain = Alias(target)  # one Alias shared by all forms of TARGET, not one made per form
        for surface in surfaces:
            self._add(surface, plain)
            mark = "'" if "'" in surface else "’" if "’" in surface else None
            if mark is not None:
                for other in _APOSTROPHE_FORMS:
                    if other != mark:
                        self._add(surface.replace(mark, other), plain)

    def _add(self, surface: str, plain: Alias) -> None:
        """SURFACE names the target of PLAIN; a form written "the West" gets an Alias of its own, ``needs_the``."""
        surface = surface.strip()
        alias = plain
        if surface[:4] in ("the ", "The ") and len(surface) > 4:
            surface, alias = surface[4:].strip(), Alias(plain.target, True)
        key = alias_key(surface)
        if not key:
            return
        found = self.aliases.get(key)
        if found is not None:  # a known key: only its aliases may grow, its index entries below are made
            if alias not in found:
                found.append(alias)
                found.sort(key=_alias_rank)
            return
        self.aliases[key] = [alias]
        size, first = len(key), key[0]
        if size > 1:
            seconds = self.seconds.get(first)
            if seconds is None:
                self.seconds[first] = {key[1]}  # a set made only for a new first word, not for every key
            else:
                seconds.add(key[1])
            if size > 2:
                self.prefixes.update([key[:n] for n in range(2, size)])
        lengths = self.lengths.get(first)
        if lengths is None:
            self.lengths[first] = (size,)
        elif size not in lengths:
            self.lengths[first] = tuple(sorted((*lengths, size), reverse=True))
        if size == 1 and len(first) >= 4 and first.isupper():
            self.upper[first.capitalize()] = key

    def lookup(self, key: tuple[str, ...]) -> list[Alias]:
        return self.aliases.get(key, [])

    @cached_property
    def starts(self) -> dict[str, tuple[set[str] | frozenset[str] | None, Alias | None, bool, bool]]:
        """Per word an alias may start with (or a title-case acronym), what the matcher asks of it, worked out
        once: the second words of its longer keys (None when no longer key starts with it), the alias it is
        alone, whether only longer keys start with it (no key of one word, and no acronym written in capitals
        for it), and whether it is written in capitals; one probe per capitalized word. The alias a word is
        alone is the first of its key of one word, unless that needs "the": a whole alias whatever precedes
        it, the quick path when no longer alias continues with the next word."""
        aliases, seconds, upper, empty = self.aliases, self.seconds, self.upper, frozenset()
        found = {}
        for word, known in self.lengths.items():
            capitals = word.isupper()
            longer = seconds.get(word, empty) if known[0] > 1 else None
            only_longer = known[-1] > 1 and not capitals and word not in upper
            single = None if known[-1] > 1 else aliases[(word,)][0]  # lengths longest first: 1 last, if there
            found[word] = (longer, None if single is None or single.needs_the else single, only_longer, capitals)
        for word in upper.keys() - found.keys():  # acronyms no key starts with: their own loop, no probes of lengths
            found[word] = (None, None, False, word.isupper())  # no key of one word either
        return found

    @cached_property
    def shared(self) -> frozenset[str]:
        """Names of entries that share a surface form with an entry of another country ("Congress", "PTI")."""
        names: set[str] = set()
        for found in self.aliases.values():
            if len(found) < 2:
                continue  # one target: one country at most
            entries = [a.target for a in found if isinstance(a.target, Entry) and a.target.country]
            if len({entry.country for entry in entries}) > 1:
                names.update(entry.name for entry in entries)
        return frozenset(names)

    @cached_property
    def _lowercase_starts(self) -> list[str]:
        """The few lowercase words aliases start with ("al", "von", "mainland")."""
        return sorted(word for word in self.lengths if not word[:1].isupper() and word[:1].isalpha())

    @cached_property
    def candidates(self) -> re.Pattern:
        """Where an alias may start: a capitalized word, or the few lowercase first words aliases have."""
        extra = "".join(f"|{re.escape(word)}(?!\\w)" for word in self._lowercase_starts)
        # any word not starting with a Latin lowercase letter; callers keep the truly capitalized ones
        return re.compile(rf"(?<!\w)(?:[^\W\d_a-z\u00df-\u00ff]\w*{extra})")

    @cached_property
    def _lowercase_cues(self) -> tuple[list[tuple[str, tuple[str, ...] | None]], dict[str, tuple[str, ...]]]:
        """What tells that an alias opening with a lowercase word may match in a text: (that word, its second
        words that are no capitalized word, None when the word is an alias alone) to look for as strings;
        and per capitalized second word ("al Qaeda", "mainland China"), a candidate of ``CAPITALIZED``
        itself, the lowercase words it follows."""
        plain: list[tuple[str, tuple[str, ...] | None]] = []
        before: dict[str, list[str]] = {}
        for word in self._lowercase_starts:
            seconds = sorted(self.seconds.get(word, ()))
            for second in seconds:
                if CAPITALIZED.fullmatch(second):
                    before.setdefault(second, []).append(word)
            others = tuple(second for second in seconds if not CAPITALIZED.fullmatch(second))
            if 1 in self.lengths[word]:
                plain.append((word, None))
            elif others:
                plain.append((word, others))
        return plain, {second: tuple(firsts) for second, firsts in before.items()}  # tuples: one endswith

    def lowercase_named(self, text: str) -> bool:
        """Whether an alias opening with a lowercase word and going on in lowercase may match in TEXT (written
        there as strings, maybe inside other words). Those going on with a capitalized word are told by
        ``lowercase_before`` at that word, met while matching."""
        for word, seconds in self._lowercase_cues[0]:
            if word in text and (seconds is None or any(second in text for second in seconds)):
                return True
        return False

    @cached_property
    def capitalized_seconds(self) -> dict[str, tuple[str, ...]]:
        """Capitalized words that go on an alias opening with a lowercase word, and those lowercase words."""
        return self._lowercase_cues[1]

    def lowercase_before(self, text: str, start: int, word: str) -> bool:
        """WORD at START (one of ``capitalized_seconds``) follows the lowercase word of an alias: "al[-]Qaeda"."""
        at = start
        while at and text[at - 1] in _SEPARATORS:
            at -= 1
        return text.endswith(self.capitalized_seconds[word], 0, at)


# a word starting with a character that is no digit, underscore or Latin lowercase letter: the same words as
# the first branch of ``candidates``, written so that the engine skips quickly to A-Z or a non-ASCII character
# and checks the rest there (the class, then no word character before it); that first class, A-Z or any
# character past ASCII, is written as what it leaves out: a class with a range above U+00FF in it is
# slow to compile, and the pattern is compiled by every process that imports this module
CAPITALIZED = re.compile(r"[^\x00-\x40\x5b-\x7f](?<=[^\W\d_a-z\u00df-\u00ff])(?<!\w\w)\w*")
_SEPARATORS = " \t\u00a0-"  # what may come between the words of an alias (see ``matcher._SPACED_TOKEN``)


def _alias_rank(alias: Alias) -> tuple[int, int]:
    target = alias.target
    if isinstance(target, str):
        return (1, 0)  # a person's name
    return (0, KIND_RANK.get(target.kind, 9))


def _rows(text: str, header: tuple[str, ...], source: str) -> list[list[str]]:
    """The data rows of a TSV text whose first non-comment line is HEADER."""
    rows: list[list[str]] = []
    seen_header = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not seen_header:
            if tuple(cells[: len(header)]) != header:
                raise GazetteerError(f"{source}:{number}: header must be {' TAB '.join(header)}")
            seen_header = True
            continue
        if len(cells) < 3:
            raise GazetteerError(f"{source}:{number}: expected {len(header)} tab-separated fields, got {len(cells)}")
        rows.append(cells + [""] * (len(header) - len(cells)))
    return rows


def add_entries(gazetteer: Gazetteer, text: str, source: str) -> None:
    """Add the entries of one entries-format TSV text."""
    for cells in _rows(text, ENTRY_HEADER, source):
        type_, kind, name, code, country, aliases = cells[:6]
        if type_ not in ENTRY_TYPES:
            raise GazetteerError(f"{source}: unknown type {type_!r} for {name!r} (one of {', '.join(ENTRY_TYPES)})")
        entry = Entry(type_, kind, name, code or None, country or None)
        gazetteer.add_forms([surface for surface in [name, *aliases.split("|")] if surface.strip()], entry)


_ARTICLE = re.compile(r"(?<![\w-])(al|el)-(?=[A-Z])")  # the Arabic article of a name, in lowercase


def add_holders(gazetteer: Gazetteer, text: str, source: str) -> None:
    """Add the terms of an office-holder TSV text."""
    named: set[tuple[str, str]] = set()  # (name, aliases) whose forms are added: a person's later terms add none
    for cells in _rows(text, HOLDER_HEADER, source):
        name, aliases, country, role, start, end = cells[:6]
        if not _ISO_DATE.fullmatch(start) or (end and not _ISO_DATE.fullmatch(end)):
            raise GazetteerError(f"{source}: {name}: start and end must be ISO dates (YYYY-MM-DD, YYYY-MM or YYYY)")
        holder = gazetteer.holders.get(name)
        if holder is None:  # (no Holder made and dropped for each later term)
            holder = gazetteer.holders[name] = Holder(name)
        holder.terms.append(Term(country or None, role, start, end or None))
        if (name, aliases) in named:
            continue
        named.add((name, aliases))
        forms = []
        for surface in [name, *aliases.split("|")]:
            if surface.strip():
                forms.append(surface)
                # (an "al-" or "el-" is looked for as a string first: most names have none)
                capitalized = _ARTICLE.sub(lambda m: m.group(1).capitalize() + "-", surface) if "l-" in surface else surface
                if capitalized != surface:  # "Mohammed Shia al-Sudani" is written "Al-Sudani" too
                    forms.append(capitalized)
        gazetteer.add_forms(forms, name)


def _data_texts(folder: str) -> list[tuple[str, str]]:
    """(name, text) of the bundled TSV files in FOLDER, in name order."""
    root = resources.files("dipkit") / "data" / folder
    if not root.is_dir():
        return []
    files = sorted((p for p in root.iterdir() if p.name.endswith(".tsv")), key=lambda p: p.name)
    return [(p.name, p.read_text(encoding="utf-8")) for p in files]


def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The bundled gazetteer plus the user files EXTRA, built once per process.

    A user file is in the entries format, or in the office-holder format when its header says so.
    """
    return _built(tuple(extra))  # one cache key for load_gazetteer() and load_gazetteer(()): one build, not two


@lru_cache(maxsize=8)
def _built(extra: tuple[str, ...]) -> Gazetteer:
    """The gazetteer, built with the cyclic garbage collector paused: its many small objects would otherwise set
    it off again and again during the build (the collector is left as the caller had it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        gazetteer = _build(extra)
    finally:
        if enabled:
            gc.enable()
    return gazetteer


def _build(extra: tuple[str, ...]) -> Gazetteer:
    gazetteer = Gazetteer()
    for name, text in _data_texts("gazetteer"):
        add_entries(gazetteer, text, name)
    holders = resources.files("dipkit") / "data" / "officeholders.tsv"
    if holders.is_file():
        add_holders(gazetteer, holders.read_text(encoding="utf-8"), "officeholders.tsv")
    for path in extra:
        text = Path(path).read_text(encoding="utf-8")
        if _header(text) == HOLDER_HEADER:
            add_holders(gazetteer, text, path)
        else:
            add_entries(gazetteer, text, path)
    return gazetteer


def _header(text: str) -> tuple[str, ...]:
    """The column names of a TSV text: its first line that is neither blank nor a comment."""
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            return tuple(cell.strip() for cell in line.split("\t"))
    return ()
