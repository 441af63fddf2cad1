"""``dipkit entities``: named persons, places, nationalities and organizations, linked."""

from __future__ import annotations

import click

from dipkit.commands import filter_options, run_filter


@click.command()
@click.option(
    "--gazetteer",
    "gazetteers",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE",
    help="Extra gazetteer file (TSV: entries, or office holders with their terms); repeatable.",
)
@filter_options
@click.pass_context
def entities(ctx: click.Context, gazetteers: tuple[str, ...], files: tuple[str, ...], on_error: str) -> None:
    """Tag and link named entities: adds "entities", a list of spans typed
    PERSON, GPE, NORP, LOC or ORG.

    Persons carry name (the fullest form in the document), role and country
    (ISO alpha-3); countries and nationalities carry code; cities carry
    country; organizations carry their full name. Roles of office holders
    are taken for the record's "published" date.
    """
    from dipkit.entities import find_entities
    from dipkit.entities.gazetteer import GazetteerError, load_gazetteer

    try:
        load_gazetteer(gazetteers)
    except (GazetteerError, OSError, UnicodeDecodeError) as exc:
        raise click.UsageError(f"bad gazetteer: {exc}") from exc

    def process(record: dict):
        published = record.get("published")
        if not isinstance(published, str) or not published:
            from dipkit.split.published import find_published  # only for records without a date

            url = record.get("url")
            published = find_published(record["text"], url if isinstance(url, str) else None)
        yield {**record, "entities": find_entities(record["text"], published, gazetteers)}

    run_filter(ctx, files, process, on_error)
