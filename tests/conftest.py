"""Shared test helpers: the CLI runner, and the ../shared folder when it is there."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from dipkit.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def shared() -> Path:
    """The ../shared folder beside the project; tests that need it skip without it."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared is not beside the project")
    return SHARED


def invoke(args: list[str], input: str | bytes | None = None):
    """Run dipkit in-process; stdout and stderr apart."""
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def records(output: str) -> list[dict]:
    """The JSON lines of a dipkit output."""
    return [orjson.loads(line) for line in output.splitlines() if line.strip()]


def jsonl(*rows: dict) -> str:
    return "".join(orjson.dumps(row).decode() + "\n" for row in rows)
