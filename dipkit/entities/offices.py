"""Office holders' terms by date: who held what office when, and who held an office on a day."""

from __future__ import annotations

from functools import lru_cache

from dipkit.entities.gazetteer import Gazetteer, Holder, Term
from dipkit.resources import data_lines


@lru_cache(maxsize=4096)  # a pure function of dates of the list and of documents, asked for every term
def _low(value: str) -> str:
    """The first day an ISO date or partial date (YYYY, YYYY-MM) can mean."""
    return value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value[:10]


@lru_cache(maxsize=4096)
def _high(value: str) -> str:
    """The last day a partial date can mean (as a string that sorts right)."""
    return value + "-12-31"[len(value) - 4 :] if len(value) < 10 else value[:10]


def term_at(holder: Holder, date: str | None, text: str = "") -> Term | None:
    """The term HOLDER served on DATE (with no DATE, the latest term).

    Of two offices held at once, the one TEXT names wins, else the one listed first.
    """
    if not holder.terms:
        return None
    if date is None:
        latest = max(holder.terms, key=lambda t: (t.end is None, t.end or "", t.start))
        covering = [t for t in holder.terms if (t.end, t.start) == (latest.end, latest.start) or t.end is None]
    else:
        low, high = _low(date), _high(date)
        covering = [t for t in holder.terms if _low(t.start) <= high and (t.end is None or low <= _high(t.end))]
    if len(covering) > 1 and text:
        named = [t for t in covering if t.role.casefold() in _folded(text)]
        covering = named or covering
    return covering[0] if covering else None


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    return text.casefold()


def country_of(holder: Holder, date: str | None) -> str | None:
    term = term_at(holder, date) or term_at(holder, None)
    return term.country if term else None


def holder_of(gazetteer: Gazetteer, country: str | None, role: str, date: str | None) -> str | None:
    """Who held ROLE for COUNTRY on DATE ("CHN", "foreign minister", "2023-05-04" -> "Qin Gang"), or None.

    ROLE may be any name the office goes by (``role_synonyms.tsv``); None when nobody or several match.
    """
    wanted = _same_office(role)
    found = {
        holder.name
        for holder in gazetteer.holders.values()
        for term in holder.terms
        if term.country == country
        and _same_office(term.role) == wanted
        and (date is None and term.end is None or date is not None and _covers(term, date))
    }
    return found.pop() if len(found) == 1 else None


def _covers(term: Term, date: str) -> bool:
    return _low(term.start) <= _high(date) and (term.end is None or _low(date) <= _high(term.end))


@lru_cache(maxsize=64)
def office_names(role: str) -> tuple[str, ...]:
    """Every name (casefolded) the office ROLE goes by in ``role_synonyms.tsv``: "foreign minister" is also
    "minister of foreign affairs", "secretary of state" ...; ROLE alone when the table does not list it."""
    wanted = _same_office(role)
    return tuple(name for name, canonical in _synonyms().items() if canonical == wanted) or (wanted,)


def _same_office(role: str) -> str:
    """ROLE's canonical name: "External Affairs Minister" and "foreign minister" are one office."""
    role = " ".join(role.split()).casefold()
    return _synonyms().get(role, role)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    canonical: dict[str, str] = {}
    for line in data_lines("entities", "role_synonyms.tsv"):
        name, _, others = line.partition("\t")
        for other in [name, *others.split("|")]:
            if other.strip():
                canonical[other.strip().casefold()] = name.strip().casefold()
    return canonical
