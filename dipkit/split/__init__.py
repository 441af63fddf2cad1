"""Raw scraped page -> clean document: title, published date, dateline, body."""

from __future__ import annotations

from dipkit.split.published import find_published


def split_document(text: str, url: str | None = None, published: str | None = None) -> dict:
    """The clean document fields for one raw page."""
    lines = [line.strip() for line in text.splitlines()]
    body = [line for line in lines if line]
    title = body[0] if body else None
    return {
        "title": title,
        "published": published or find_published(text, url),
        "dateline": None,
        "text": "\n\n".join(body),
        "removed": [],
    }
