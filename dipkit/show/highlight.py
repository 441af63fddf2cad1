"""The record's text with its dates, entities and quotes styled, offsets kept exact."""

from __future__ import annotations

from rich.text import Text

from dipkit.show.fields import as_dict, as_list, span
from dipkit.show.flow import Flow
from dipkit.show.styles import DATE_STYLE, ENTITY_STYLES, OTHER_ENTITY_STYLE, QUOTE_STYLE

# control characters (but newline) would reach the terminal or shift offsets: one U+FFFD each,
# or a space for the whitespace ones (tab, vertical tab, form feed, the CR of CRLF line ends)
_CONTROLS = {code: "\ufffd" for code in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)]}
_CONTROLS |= {code: " " for code in range(0x09, 0x0E) if code != 0x0A}


def safe_text(text: str) -> str:
    """TEXT with control characters replaced one for one, so spans still line up."""
    return text.translate(_CONTROLS)


def highlighted(record: dict) -> Flow:
    """The text with quotes, then entities, then dates styled (later styles win where they overlap)."""
    text = record["text"]
    spans: list[tuple[int, int, str]] = []
    for field, style_of in (("quotes", _quote_style), ("entities", _entity_style), ("dates", _date_style)):
        for item in as_list(record.get(field)):
            where = span(item, text)
            if where:
                spans.append((*where, style_of(item)))
    return Flow(safe_text(text), spans)


def _quote_style(item: dict) -> str:
    return QUOTE_STYLE


def _entity_style(item: dict) -> str:
    return ENTITY_STYLES.get(item.get("type"), OTHER_ENTITY_STYLE)


def _date_style(item: dict) -> str:
    return DATE_STYLE


def legend(record: dict) -> Text | None:
    """A key to the styles used in this record, or None when nothing is highlighted."""
    parts: list[tuple[str, str]] = []
    if as_list(record.get("dates")):
        parts.append(("date", DATE_STYLE))
    types = {as_dict(entity).get("type") for entity in as_list(record.get("entities"))}
    parts += [(kind, style) for kind, style in ENTITY_STYLES.items() if kind in types]
    if as_list(record.get("quotes")):
        parts.append(("quote", QUOTE_STYLE))
    if not parts:
        return None
    key = Text(end="")
    key.append("key: ", style="dim")
    for index, (label, style) in enumerate(parts):
        key.append(("  " if index else "") + label, style=style)
    return key
