"""Parties of a meeting: who an entity mention stands for, and whether two parties are the same side.

A person is a party by name; a country (or its capital, or its nationality
adjective) by its ISO code; an organization by name.  A person of country C
and the party C are the same side, which lets "China met Russia's envoy" merge
with the sentence that names both officials.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dipkit.lazy_patterns import lazy_pattern
from dipkit.resources import gazetteer_country_names

_TOKEN = lazy_pattern(r"\w+")
_FATHER = lazy_pattern(r"\b(?:bin|bint|ibn)\s+(\w+(?:\s+(?:II|III|IV))?)")
_PERSON_FORMS = lazy_pattern(r"^(?:mr|mrs|ms|dr|sheikh|sir)\.?\s+", re.IGNORECASE)


class _kept:
    """A property worked out on first use and kept in the instance, as ``functools.cached_property`` does but
    without its lock, which costs more than the words it keeps (a document's parties are read by one thread)."""

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self._function = function
        self._name = function.__name__
        self.__doc__ = function.__doc__

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self._name] = self._function(instance)
        return value


@dataclass
class Party:
    """One side of a meeting; ``via_adjective`` marks a country known only from "his Chinese counterpart"."""

    name: str
    type: str  # PERSON, GPE (a country), ORG
    role: str | None = None
    country: str | None = None
    via_adjective: bool = False
    kind: str | None = None  # the gazetteer's kind of an organization: igo, government, media, other

    @property
    def multilateral(self) -> bool:
        """An organization of states (SCO, G20, ASEAN): its presence makes a gathering a summit."""
        return self.type == "ORG" and self.kind in (None, "igo")

    @_kept
    def tokens(self) -> frozenset[str]:
        """The name's words ("Mr Modi" -> {"modi"}): one name within another is the same person."""
        return name_tokens(self.name)

    @_kept
    def fathers(self) -> frozenset[str]:
        """The words of the father's name in "X bin Y II", "X ibn Y": a name made of them alone is the father's."""
        if "bin" not in self.name and "ibn" not in self.name:  # (the cheap test first: most names have no father's)
            return frozenset()
        return frozenset(word.casefold() for father in _FATHER.findall(self.name) for word in father.split())

    def as_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "role": self.role, "country": self.country}


@lru_cache(maxsize=4096)
def name_tokens(name: str) -> frozenset[str]:
    """``Party.tokens`` of NAME (cached: a document makes a party for every mention of the same name)."""
    return frozenset(t.casefold() for t in _TOKEN.findall(_PERSON_FORMS.sub("", name)) if len(t) > 1)


def party_of(entity: dict) -> Party | None:
    """The party an entity mention stands for, or None (regions, blocs without a code)."""
    kind = entity.get("type")
    name = entity.get("name") or entity.get("text") or ""
    if not isinstance(name, str) or not name.strip():
        return None  # a mention without a name or text cannot be a side
    if kind == "PERSON":
        return Party(name, "PERSON", entity.get("role"), entity.get("country"))
    if kind in ("GPE", "NORP"):
        code = entity.get("code") or (entity.get("country") if kind == "GPE" else None)
        if not code:
            return None
        if kind == "GPE" and entity.get("code"):
            return Party(name, "GPE", None, code)
        return Party(gazetteer_country_names().get(code, name), "GPE", None, code, via_adjective=kind == "NORP")
    if kind == "ORG":
        if entity.get("kind") == "media":
            return None  # a news agency reports meetings, it does not attend them
        return Party(name, "ORG", None, entity.get("country"), kind=entity.get("kind"))
    return None


def same_side(a: Party, b: Party) -> bool:
    """Whether A and B can denote the same side: one name within the other, or a person of a country."""
    if a.type == b.type:
        if a.type == "GPE":
            return a.country == b.country
        ta, tb = a.tokens, b.tokens
        if not (ta and tb) or not (ta <= tb or tb <= ta):
            return False
        shorter, longer = (ta, b) if ta <= tb else (tb, a)
        return not shorter <= longer.fathers  # "Abdullah II" is not "Al Hussein bin Abdullah II", his son
    persons_country = {a.type, b.type} == {"PERSON", "GPE"}
    return persons_country and bool(a.country) and a.country == b.country


def more_specific(a: Party, b: Party) -> Party:
    """Of two parties for the same side, the one to keep: a person over a country, the longer name."""
    if a.type != b.type:
        return a if a.type == "PERSON" else b
    if a.type == "GPE":
        return b if a.via_adjective and not b.via_adjective else a
    return a if len(a.name) >= len(b.name) else b


def covers(big: list[Party], small: list[Party]) -> bool:
    """Every party of SMALL is a side of BIG."""
    for s in small:  # (loops, not ``all``/``any`` of generators: merging asks this for every pair of meeting and mention)
        for b in big:
            if same_side(s, b):
                break
        else:
            return False
    return True


def union(first: list[Party], second: list[Party], finer: bool = True) -> list[Party]:
    """Both lists as one, each side once; FINER keeps the more specific party of a side (a person over
    their country), else the first list's party stays ("a summit of China, Japan and South Korea")."""
    out = list(first)
    for party in second:
        for i, kept in enumerate(out):
            if same_side(kept, party):
                if finer or kept.via_adjective:
                    out[i] = more_specific(kept, party)
                break
        else:
            out.append(party)
    return dedupe(out)


def stops_met(trip: list[Party], talks: list[Party]) -> list[Party]:
    """A tour's parties without the stops other than the one its TALKS were held on ("will travel to Tanzania and
    Kenya" and talks with the Tanzanian president are no talks with Kenya, whose president he meets next)."""
    lands = [p for p in trip if p.type == "GPE"]
    if len(lands) < 2 or not any(p.type == "PERSON" and same_side(p, land) for p in talks for land in lands):
        return trip
    return [p for p in trip if p.type != "GPE" or any(same_side(p, q) for q in talks)]


def dedupe(parties: list[Party]) -> list[Party]:
    """Each side once, in order of first mention, a person standing in for their country."""
    out: list[Party] = []
    for party in parties:
        for i, kept in enumerate(out):
            if kept.type == party.type and same_side(kept, party):
                out[i] = more_specific(kept, party)
                break
        else:
            out.append(party)
    persons = [p for p in out if p.type == "PERSON"]
    return [p for p in out if not (p.type == "GPE" and p.via_adjective and any(q.country == p.country for q in persons))]


def states_of(parties: list[Party]) -> list[Party]:
    """The countries PARTIES serve, each once ("the two countries" after a meeting of their ministers)."""
    codes = dict.fromkeys(p.country for p in parties if p.country)
    return [Party(gazetteer_country_names().get(code, code), "GPE", None, code) for code in codes]
