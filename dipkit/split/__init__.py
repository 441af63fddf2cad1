"""Raw scraped page -> clean document: title, published date, dateline, body, and what was removed."""

from __future__ import annotations


def split_document(text: str, url: str | None = None, published: str | None = None) -> dict:
    """The clean document fields for one raw page.

    ``text`` keeps the input's lines less the boilerplate ones (each stripped,
    runs of blank lines folded to one), so the headline is its first line and
    paragraphs stay as they were; ``removed`` lists every dropped line with its
    0-based ``line`` number in the input, its ``text`` and a ``reason``.
    """
    from dipkit.split.boilerplate import read_layout  # its patterns are only needed here, not by layers using sentences or datelines
    from dipkit.split.dateline import find_dateline  # (nor these: a layer importing ``dipkit.split.sentences`` loads this package)
    from dipkit.split.published import find_published, page_metadata_reader

    lines = text.splitlines()
    read_metadata = page_metadata_reader(text)  # the layout and the publication date read the same lines: once per page
    layout = read_layout(lines, url, read_metadata)
    kept = ["" if i in layout.reasons else line.strip() for i, line in enumerate(lines)]
    clean = _fold_blank_runs("\n".join(kept).strip())
    body_start = 0
    if layout.title_line is not None and clean:
        first_break = clean.find("\n")
        body_start = len(clean) if first_break < 0 else first_break + 1
    return {
        "title": layout.title,
        "published": published or find_published(text, url, read_metadata),
        "dateline": find_dateline(clean, body_start) or _headline_dateline(clean, body_start, layout.title),
        "text": clean,
        "removed": [{"line": i, "text": lines[i], "reason": reason} for i, reason in sorted(layout.reasons.items())],
    }


def _fold_blank_runs(text: str) -> str:
    """TEXT with every run of three or more line breaks folded to two: str.replace until none is left is many
    times faster than a regex, whose engine stops at every line break."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def _headline_dateline(clean: str, body_start: int, title: str | None) -> dict | None:
    """The dateline a headline line opens with ("14-7-2023 (JAKARTA) Ministers meet ..."): the title drops it."""
    if not title or body_start == 0 or clean.startswith(title):
        return None
    from dipkit.split.dateline import find_dateline

    found = find_dateline(clean[:body_start])
    return found if found and found["end"] <= clean.find(title) else None
