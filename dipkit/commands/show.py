"""``dipkit show``: dipkit records rendered for a person in the terminal."""

from __future__ import annotations

import click

from dipkit.commands import files_argument
from dipkit.pipeline import ON_ERROR
from dipkit.show import VIEWS


@click.command()
@files_argument
@click.option("--only", type=click.Choice(VIEWS), help="Show only this table (with each document's header).")
@click.option(
    "--pager/--no-pager",
    default=None,
    help="Page the output through $PAGER (default: less, with LESS=FRX). Default: page when stdout is a terminal.",
)
@click.option("--width", type=click.IntRange(min=40), metavar="N", help="Width in columns (default: the terminal's, COLUMNS, or 80).")
@click.option(
    "--on-error",
    type=click.Choice(ON_ERROR),
    default="pass",
    show_default=True,
    help="An input line that is not a record: show it with its errors, skip it, or fail (stop, exit 1).",
)
@click.pass_context
def show(ctx: click.Context, files: tuple[str, ...], only: str | None, pager: bool | None, width: int | None, on_error: str) -> None:
    """Render dipkit records for reading: title, published date and id, the
    text with dates, entities and quotes highlighted, and tables of meetings
    and quotes.

    Reads the output of any dipkit subcommand (or plain text) from FILES or
    stdin. Colour is on when stdout is a terminal and follows NO_COLOR and
    FORCE_COLOR. Records with errors are shown with their errors.

    \b
        dipkit split article.txt | dipkit meetings | dipkit show
        dipkit show --only quotes out.jsonl
    """
    from dipkit.show.run import show_records

    ctx.exit(show_records(list(files), only, pager, width, on_error))
