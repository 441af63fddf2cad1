"""Office holders' terms by date: who held what office when, and who held an office on a day."""

from __future__ import annotations

from dipkit.entities.gazetteer import Gazetteer, Holder, Term


def _low(value: str) -> str:
    """The first day an ISO date or partial date (YYYY, YYYY-MM) can mean."""
    return value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value[:10]


def _high(value: str) -> str:
    """The last day a partial date can mean (as a string that sorts right)."""
    return value + "-12-31"[len(value) - 4 :] if len(value) < 10 else value[:10]


def term_at(holder: Holder, date: str | None) -> Term | None:
    """The term HOLDER served on DATE; with no DATE, the latest term."""
    if not holder.terms:
        return None
    if date is None:
        return max(holder.terms, key=lambda t: (t.end is None, t.end or "", t.start))
    low, high = _low(date), _high(date)
    covering = [t for t in holder.terms if _low(t.start) <= high and (t.end is None or low <= _high(t.end))]
    return max(covering, key=lambda t: t.start) if covering else None


def country_of(holder: Holder, date: str | None) -> str | None:
    term = term_at(holder, date) or term_at(holder, None)
    return term.country if term else None


def holder_of(gazetteer: Gazetteer, country: str | None, role: str, date: str | None) -> str | None:
    """Who held ROLE for COUNTRY on DATE ("CHN", "Foreign Minister", "2023-05-04" -> "Qin Gang"), or None."""
    wanted = role.casefold()
    found = [
        holder.name
        for holder in gazetteer.holders.values()
        for term in [term_at(holder, date)]
        if term and (date or term.end is None) and term.role.casefold() == wanted and term.country == country
    ]
    return found[0] if len(found) == 1 else None
