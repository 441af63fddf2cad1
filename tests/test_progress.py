"""The progress line: shown only for big file inputs on a terminal, never for pipes or with --quiet."""

from __future__ import annotations

import gzip

import pytest

from dipkit import progress
from dipkit.cli import COMMANDS
from tests.conftest import invoke, jsonl


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as out:
        out.truncate(progress.MIN_BYTES + 1)
    return str(path)


@pytest.fixture
def terminal(monkeypatch):
    """stderr on a terminal, stdout redirected: the case for a progress line."""
    monkeypatch.setattr(progress, "_stderr_is_terminal", lambda: True)
    monkeypatch.setattr(progress, "_stdout_is_terminal", lambda: False)


def test_shown_for_a_big_file_on_a_terminal(big_file, terminal):
    assert progress.wanted([big_file], quiet=False) == (progress.MIN_BYTES + 1, True)


def test_not_shown_when_quiet_or_off_a_terminal_or_small(big_file, tmp_path, terminal, monkeypatch):
    assert progress.wanted([big_file], quiet=True) is None
    small = tmp_path / "small.jsonl"
    small.write_text(jsonl({"text": "Short."}))
    assert progress.wanted([str(small)], quiet=False) is None
    monkeypatch.setattr(progress, "_stdout_is_terminal", lambda: True)
    assert progress.wanted([big_file], quiet=False) is None
    monkeypatch.setattr(progress, "_stdout_is_terminal", lambda: False)
    monkeypatch.setattr(progress, "_stderr_is_terminal", lambda: False)
    assert progress.wanted([big_file], quiet=False) is None


def test_gzip_input_has_no_known_total(tmp_path, terminal):
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(b"x"))
    with path.open("r+b") as out:
        out.truncate(progress.MIN_BYTES + 1)
    assert progress.wanted([str(path)], quiet=False) == (progress.MIN_BYTES + 1, False)


def test_a_pipe_among_the_inputs_means_no_progress(big_file, terminal, monkeypatch):
    monkeypatch.setattr(progress, "_regular_file_size", lambda path: None if path == "-" else progress.MIN_BYTES)
    assert progress.wanted([big_file, "-"], quiet=False) is None


def test_progress_counts_records_and_bytes_without_drawing():
    with progress.Progress("dates", None) as counter:
        counter.advance(10)
        counter.advance(5)
    assert (counter.records, counter.nbytes) == (2, 15)


def test_every_filter_accepts_quiet():
    for name in ("split", "dates", "entities", "quotes", "meetings"):
        if name in COMMANDS:
            result = invoke([name, "--quiet"], jsonl({"id": "q", "text": "Ministers met in Rome on Monday."}))
            assert result.exit_code == 0, (name, result.stderr)
            assert result.stderr == ""
