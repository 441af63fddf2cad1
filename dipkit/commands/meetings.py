"""``dipkit meetings``: who met whom, where and when, once per meeting."""

from __future__ import annotations

import click

from dipkit.commands import filter_options, run_filter

FLAT_FIELDS = ("participants", "place", "date", "kind", "status", "evidence")


@click.command()
@click.option(
    "--flat",
    is_flag=True,
    help="One line per meeting (id, participants, place, date, kind, status, evidence) "
    "instead of one per document; a document without meetings gives no line.",
)
@filter_options
@click.pass_context
def meetings(ctx: click.Context, flat: bool, files: tuple[str, ...], on_error: str) -> None:
    """Find diplomatic meetings, calls, visits and summits: one event per contact.

    Adds "meetings": participants, place, date, kind (meeting, call, visit,
    summit), status (held, planned), evidence, mentions, CAMEO and PLOVER
    codes. Uses the record's dates, entities and dateline when present (from
    `dipkit dates`, `dipkit entities`, `dipkit split`) and computes them
    otherwise.
    """
    from dipkit.meetings import find_meetings

    def process(record: dict):
        dates = record.get("dates") if isinstance(record.get("dates"), list) else None
        entities = record.get("entities") if isinstance(record.get("entities"), list) else None
        dateline = record.get("dateline") if isinstance(record.get("dateline"), dict) else None
        if dateline is None and "dateline" in record:
            dateline = {}  # `dipkit split` looked and found none: do not look again
        published = record.get("published") if isinstance(record.get("published"), str) else None
        found = find_meetings(record["text"], published, dates=dates, entities=entities, dateline=dateline)
        if not flat:
            yield {**record, "meetings": found}
            return
        for meeting in found:
            yield {"id": str(record.get("id")), **{key: meeting[key] for key in FLAT_FIELDS}}

    run_filter(ctx, files, process, on_error)
