"""CAMEO and PLOVER codes of a meeting, from its kind, status, host and place (codes.json)."""

from __future__ import annotations

from dipkit.meetings.lexicon import codes
from dipkit.meetings.parties import Party


def setting_of(kind: str, hosted: bool, place: dict | None, parties: list[Party], sidelines: bool = False) -> str:
    """phone, visit, host, third-party, multilateral or unspecified."""
    if kind == "call":
        return "phone"
    if kind == "summit" or sidelines:
        return "multilateral"
    if kind == "visit":
        return "visit"
    if hosted:
        return "host"
    country = place.get("country") if place else None
    if not country:
        return "unspecified"
    return "visit" if any(p.country == country for p in parties) else "third-party"


def event_codes(kind: str, status: str, hosted: bool, place: dict | None, parties: list[Party], sidelines: bool = False) -> tuple[str, dict]:
    """The CAMEO code and the PLOVER record {"type", "mode"}; a meeting on a summit's sidelines is multilateral."""
    table = codes()
    chosen = table["setting"][setting_of(kind, hosted, place, parties, sidelines)]
    cameo = table["planned"]["cameo"] if status == "planned" else chosen["cameo"]
    return cameo, {"type": table["plover"], "mode": chosen["mode"]}
