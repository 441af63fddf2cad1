"""The JSON Schemas of what each subcommand adds to a record (``dipkit/schemas/NAME.json``).

They are the documented, stable form of dipkit's output: within a major
version fields are only added, never renamed or removed.  The tests validate
real output of every subcommand against them.
"""

from __future__ import annotations

import json
from importlib.resources import files

_FOLDER = files("dipkit") / "schemas"
_SUFFIX = ".json"
PIPELINE = ("split", "dates", "entities", "quotes", "meetings")  # listing order: the order of the pipe


def schema_names() -> list[str]:
    """The subcommands that have a schema, in pipeline order."""
    names = [entry.name[: -len(_SUFFIX)] for entry in _FOLDER.iterdir() if entry.name.endswith(_SUFFIX)]
    return sorted(names, key=lambda name: (PIPELINE.index(name) if name in PIPELINE else len(PIPELINE), name))


def load_schema(name: str) -> dict:
    """The JSON Schema of the records subcommand NAME writes."""
    if name not in schema_names():
        raise KeyError(f"no schema for {name!r}; there are: {', '.join(schema_names())}")
    return json.loads((_FOLDER / f"{name}{_SUFFIX}").read_text(encoding="utf-8"))


def dumps(schema: dict) -> str:
    """A schema as printed: indented, key order kept, UTF-8 as is."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
