"""One record as a person reads it: a header, the highlighted text, then tables."""

from __future__ import annotations

from rich.console import RenderableType
from rich.rule import Rule
from rich.text import Text

from dipkit.show import VIEWS, tables
from dipkit.show.fields import as_list, as_str, listed
from dipkit.show.highlight import highlighted, legend, safe_text
from dipkit.show.styles import ERROR_STYLE, META_STYLE, TITLE_STYLE

_INPUT_PREVIEW = 200  # characters of an unreadable input line shown back


def is_flat_meeting(record: dict) -> bool:
    """A meeting on its own line (``dipkit meetings --flat``) rather than a document."""
    return "text" not in record and "participants" in record and "kind" in record


def render_flat_meetings(records: list[dict]) -> list[RenderableType]:
    return [tables.flat_meetings_table(records), Text()]


def header(record: dict) -> list[RenderableType]:
    """The id as a rule, the title, and the published date and url."""
    parts: list[RenderableType] = [Rule(safe_text(as_str(record.get("id"))), style=META_STYLE)]
    title = as_str(record.get("title")).strip()
    if title:
        parts.append(Text(safe_text(title), style=TITLE_STYLE))
    meta = [f"published {record['published']}"] if as_str(record.get("published")) else []
    if not meta and "text" in record:
        meta.append("published unknown")
    if as_str(record.get("url")):
        meta.append(as_str(record["url"]))
    if meta:
        parts.append(Text(safe_text(" · ".join(meta)), style=META_STYLE))
    return parts


def errors(record: dict) -> list[RenderableType]:
    """The record's errors, and what an unreadable input line held."""
    parts: list[RenderableType] = [Text(safe_text(f"error: {error}"), style=ERROR_STYLE) for error in listed(record.get("errors"))]
    if "input" in record and "text" not in record:
        shown = record["input"] if isinstance(record["input"], str) else repr(record["input"])
        cut = shown[:_INPUT_PREVIEW] + ("…" if len(shown) > _INPUT_PREVIEW else "")
        parts.append(Text(safe_text(f"input: {cut}"), style=META_STYLE))
    return parts


def _view(record: dict, field: str) -> list[RenderableType]:
    """The table of one field, or a note saying why there is none."""
    if field not in record:
        return [Text(f"no {field}: run dipkit {field} first", style=META_STYLE)]
    items = as_list(record[field])
    if not items:
        return [Text(f"no {field}", style=META_STYLE)]
    if field == "meetings":
        return [tables.meetings_table(items)]
    if field == "quotes":
        return [tables.quotes_table(items)]
    if field == "entities":
        return [tables.entities_table(items)]
    return [tables.dates_table(items)]


def render_record(record: dict, only: str | None = None, colour: bool = False) -> list[RenderableType]:
    """What ``dipkit show`` prints for RECORD: everything, or ONLY one of VIEWS."""
    assert only is None or only in VIEWS, only
    parts = header(record) + errors(record)
    if only:
        if "text" in record or only in record:
            parts += [Text()] + _view(record, only)
    else:
        if isinstance(record.get("text"), str):
            key = legend(record) if colour else None
            parts += [Text(), highlighted(record)] + ([Text(), key] if key else [])
        for field in ("meetings", "quotes"):
            if as_list(record.get(field)):
                parts += [Text()] + _view(record, field)
    parts.append(Text())
    return parts
