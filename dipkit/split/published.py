"""The publication date of a page, from its metadata lines or its URL."""

from __future__ import annotations

import re

_URL_DAY = re.compile(r"/(20\d\d|19\d\d)/(\d\d)/(\d\d)/")


def find_published(text: str, url: str | None = None) -> str | None:
    """ISO date (YYYY-MM-DD or YYYY-MM) the page states or its URL carries, else None."""
    if url:
        m = _URL_DAY.search(url)
        if m:
            return "-".join(m.groups())
    return None
