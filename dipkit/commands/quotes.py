"""``dipkit quotes``: who said what."""

from __future__ import annotations

import click

from dipkit.commands import filter_options, run_filter


@click.command()
@click.option("--indirect", is_flag=True, help='Also report reported speech ("X said that ...") with kind "indirect".')
@filter_options
@click.pass_context
def quotes(ctx: click.Context, files: tuple[str, ...], on_error: str, indirect: bool) -> None:
    """Find quotations with speaker, cue and kind (direct, partial, scare).

    Uses the record's entities when present (from dipkit entities) and
    finds them otherwise.
    """
    from dipkit.quotes import find_quotes
    from dipkit.quotes.record import record_entities

    def process(record: dict):
        entities = record_entities(record)
        published = record.get("published") if isinstance(record.get("published"), str) else None
        yield {**record, "quotes": find_quotes(record["text"], entities, indirect=indirect, published=published)}

    run_filter(ctx, files, process, on_error)
