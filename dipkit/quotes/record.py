"""The entities a record brings, or those the entities layer finds for it."""

from __future__ import annotations


def record_entities(record: dict) -> list | None:
    """The record's ``entities`` list; else the entities layer's output for its text and date; None without that layer."""
    entities = record.get("entities")
    if isinstance(entities, list):
        return entities
    try:
        from dipkit.entities import find_entities
    except ImportError:
        return None
    published = record.get("published")
    if not isinstance(published, str):
        from dipkit.split.published import find_published

        published = find_published(record["text"], record.get("url"))
    return find_entities(record["text"], published)
