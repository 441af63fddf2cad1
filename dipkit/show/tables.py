"""Tables of a record's meetings, quotes, entities and dates."""

from __future__ import annotations

from dipkit.show.fields import as_dict, as_list, as_str, name_of
from dipkit.show.grid import Cell, Column, Grid
from dipkit.show.highlight import safe_text
from dipkit.show.styles import ENTITY_STYLES, QUOTE_STYLE, STATUS_STYLES


def _cell(value: str, style: str = "") -> Cell:
    return Cell(safe_text(value), style)


def participant_line(party: object) -> str:
    """'Name (Role, CTY)' for a participant given as a dict, or its string."""
    details = as_dict(party)
    extra = [as_str(details.get("role")), as_str(details.get("country")) or as_str(details.get("code"))]
    extra = [part for part in extra if part]
    name = name_of(party) or "?"
    return f"{name} ({', '.join(extra)})" if extra else name


def place_cell(place: object) -> str:
    details = as_dict(place)
    name = name_of(place)
    country = as_str(details.get("country")) or as_str(details.get("code"))
    return f"{name} ({country})" if name and country and country != name else name


def date_cell(date: object) -> str:
    details = as_dict(date)
    if not details:
        return as_str(date)
    value, text = as_str(details.get("value")), as_str(details.get("text"))
    return f"{value} ({text})" if value and text and text != value else value or text


def meeting_cells(meeting: object) -> list[Cell]:
    details = as_dict(meeting)
    participants = "\n".join(participant_line(party) for party in as_list(details.get("participants")))
    status = as_str(details.get("status"))
    return [
        _cell(participants),
        _cell(place_cell(details.get("place"))),
        _cell(date_cell(details.get("date"))),
        _cell(as_str(details.get("kind"))),
        _cell(status, STATUS_STYLES.get(status, "")),
    ]


def _meeting_columns() -> list[Column]:
    return [Column("Participants", 5), Column("Place", 2), Column("Date", 2), Column("Kind"), Column("Status")]


def meetings_table(meetings: list) -> Grid:
    table = Grid("Meetings", _meeting_columns())
    for meeting in meetings:
        table.add_row(*meeting_cells(meeting))
    return table


def flat_meetings_table(records: list[dict]) -> Grid:
    """Meetings given one per record (``dipkit meetings --flat``), with the document they come from."""
    table = Grid("Meetings", [Column("Document"), *_meeting_columns()])
    for record in records:
        table.add_row(_cell(as_str(record.get("doc")) or as_str(record.get("id"))), *meeting_cells(record))
    return table


def quotes_table(quotes: list) -> Grid:
    table = Grid("Quotes", [Column("Speaker", 2), Column("Quote", 5), Column("Kind")])
    for quote in quotes:
        details = as_dict(quote)
        table.add_row(
            _cell(name_of(details.get("speaker")) or "—"),
            _cell(as_str(details.get("text")), QUOTE_STYLE),
            _cell(as_str(details.get("kind"))),
        )
    return table


def entities_table(entities: list) -> Grid:
    """One row per linked identity (type and name), in order of first mention, with its mention count."""
    rows: dict[tuple[str, str], list] = {}
    for entity in entities:
        details = as_dict(entity)
        kind = as_str(details.get("type"))
        name = as_str(details.get("name")) or as_str(details.get("text"))
        row = rows.setdefault((kind, name), [details, 0])
        row[1] += 1
    table = Grid("Entities", [Column("Name", 3), Column("Type"), Column("Role / code", 2), Column("Mentions", right=True)])
    for (kind, name), (details, count) in rows.items():
        link = [as_str(details.get("role")), as_str(details.get("country")) or as_str(details.get("code"))]
        table.add_row(
            _cell(name, ENTITY_STYLES.get(kind, "")),
            _cell(kind),
            _cell(", ".join(part for part in link if part)),
            _cell(str(count)),
        )
    return table


def dates_table(dates: list) -> Grid:
    table = Grid("Dates", [Column("Expression", 3), Column("Type"), Column("Value", 2)])
    for date in dates:
        details = as_dict(date)
        table.add_row(_cell(as_str(details.get("text"))), _cell(as_str(details.get("type"))), _cell(as_str(details.get("value"))))
    return table
