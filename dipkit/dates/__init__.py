"""Temporal expressions: find them, type them and normalize them to TIMEX3 values.

``find_dates(text, reference=None, day_first=None)`` is the library entry point.
"""

from __future__ import annotations

from dipkit.dates.extract import find_dates

__all__ = ["find_dates"]
