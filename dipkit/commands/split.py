"""``dipkit split``: raw pages -> clean documents."""

from __future__ import annotations

import click

from dipkit.commands import filter_options, run_filter


@click.command()
@filter_options
@click.pass_context
def split(ctx: click.Context, files: tuple[str, ...], on_error: str) -> None:
    """Clean raw news pages into documents: title, published, dateline, text."""
    from dipkit.split import split_document

    def process(record: dict):
        fields = split_document(record["text"], record.get("url"), record.get("published"))
        yield {**record, **fields}

    run_filter(ctx, files, process, on_error)
