"""``dipkit dates``: add the TIMEX3 temporal expressions of each record."""

from __future__ import annotations

import re

import click

from dipkit.commands import filter_options, run_filter

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _ref_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Validate --ref-date: a real calendar day written YYYY-MM-DD."""
    if value is None:
        return None
    from datetime import date

    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date written YYYY-MM-DD") from None
    return value


@click.command()
@click.option(
    "--ref-date",
    metavar="YYYY-MM-DD",
    callback=_ref_date,
    help="Resolve relative dates against this day when a record has no published date.",
)
@click.option(
    "--day-first/--month-first",
    default=None,
    help="Read ambiguous numeric dates (4/7/2023) day first or month first. "
    "Default: as the text's unambiguous numeric dates read, else day first.",
)
@filter_options
@click.pass_context
def dates(ctx: click.Context, ref_date: str | None, day_first: bool | None, files: tuple[str, ...], on_error: str) -> None:
    """Add "dates": every temporal expression with its TIMEX3 type and value,
    the anchor the value was resolved against and, for a DATE, its grain.

    Relative expressions ("Friday", "last week", "two years ago") are resolved
    against the record's published date, else --ref-date, else a publication
    date found in the text or url; with none, unknown parts stay X.
    """
    from dipkit.dates import find_dates
    from dipkit.dates.reference import parse_reference

    def process(record: dict):
        given = (value for value in (record.get("published"), ref_date) if parse_reference(value))
        reference = next(given, None)
        if reference is None:
            from dipkit.split.published import find_published  # only for records without a date

            url = record.get("url")
            reference = find_published(record["text"], url if isinstance(url, str) else None)
        yield {**record, "dates": find_dates(record["text"], reference, day_first)}

    run_filter(ctx, files, process, on_error)
