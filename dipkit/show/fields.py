"""Reading the fields of records defensively: a record from any stage, or a damaged one, must still render."""

from __future__ import annotations


def as_list(value: object) -> list:
    """VALUE when it is a list, else an empty list."""
    return value if isinstance(value, list) else []


def listed(value: object) -> list:
    """An ``errors`` field as a list: a list as is, a single value wrapped, null or missing empty."""
    return value if isinstance(value, list) else [] if value is None else [value]


def as_dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def as_str(value: object) -> str:
    """A display string for a scalar field; '' for null or missing."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, bool)):
        return str(value)
    return ""


def span(item: object, text: str) -> tuple[int, int] | None:
    """The (start, end) of ITEM when it is a valid non-empty span of TEXT."""
    if not isinstance(item, dict):
        return None
    start, end = item.get("start"), item.get("end")
    if type(start) is not int or type(end) is not int:
        return None
    if not 0 <= start < end <= len(text):
        return None
    return start, end


def name_of(value: object) -> str:
    """The name of a party, speaker or place given as a dict or a plain string."""
    if isinstance(value, dict):
        return as_str(value.get("name")) or as_str(value.get("text"))
    return as_str(value)
