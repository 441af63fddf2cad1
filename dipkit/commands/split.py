"""``dipkit split``: raw pages -> clean documents, paragraphs or sentences."""

from __future__ import annotations

import click

from dipkit.commands import filter_options, run_filter

UNITS = ("doc", "para", "sent")


@click.command()
@click.option(
    "--unit",
    type=click.Choice(UNITS),
    default="doc",
    show_default=True,
    help="One record per document, per paragraph or per sentence (with doc, index, start, end into the clean text).",
)
@click.option("--keep-raw", is_flag=True, help="Keep the original text in a raw field (document records only).")
@filter_options
@click.pass_context
def split(ctx: click.Context, unit: str, keep_raw: bool, files: tuple[str, ...], on_error: str) -> None:
    """Clean raw news pages into documents: title, published, dateline, text.

    Boilerplate lines (navigation, share and subscribe lines, captions,
    bylines, metadata, "Related" blocks, hashtags, a repeated headline) are
    dropped from text and listed in removed with their line number and reason.
    A title or published field already in the record wins over the one found.
    """
    from dipkit.split import split_document

    def process(record: dict):
        url, published, title = (record.get(key) for key in ("url", "published", "title"))
        fields = split_document(record["text"], _given(url), _given(published))
        if _given(title):
            fields["title"] = title
        document = {**record, **fields}
        if keep_raw:
            document["raw"] = record["text"]
        if unit == "doc":
            yield document
        else:
            from dipkit.split.units import unit_records  # (and its sentence splitter: not needed for whole documents)

            yield from unit_records(document, unit)

    run_filter(ctx, files, process, on_error)


def _given(value: object) -> str | None:
    """VALUE when the record gives it as a non-empty string, else None."""
    return value if isinstance(value, str) and value.strip() else None
