"""A stage that writes into a pipe lowers its priority, so that the slowest stage, at the end, sets the pace."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from dipkit.pipeline import NICE_DEFAULT, defer_to_reader

pytestmark = pytest.mark.skipif(not hasattr(os, "nice"), reason="no scheduling priorities on this system")


@pytest.fixture
def increments(monkeypatch):
    """The increments ``os.nice`` is asked for (none applied: the test process keeps its priority)."""
    asked: list[int] = []
    monkeypatch.setattr(os, "nice", lambda increment: asked.append(increment) or 0)
    monkeypatch.delenv("DIPKIT_NICE", raising=False)
    return asked


@pytest.fixture
def stdout_pipe(monkeypatch):
    """Sets stdout to a pipe's writing end (in the test itself: pytest sets its own stdout before each test)."""
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as out, os.fdopen(read_end, "rb"):
        yield lambda: monkeypatch.setattr(sys, "stdout", out)


def test_a_stage_writing_into_a_pipe_lowers_its_priority(increments, stdout_pipe):
    stdout_pipe()
    defer_to_reader()
    assert increments == [NICE_DEFAULT] == [10]


@pytest.mark.parametrize(("value", "expected"), [("3", [3]), ("0", []), ("-5", []), ("40", [19]), ("soon", [10])])
def test_dipkit_nice_sets_the_increment(increments, stdout_pipe, monkeypatch, value, expected):
    monkeypatch.setenv("DIPKIT_NICE", value)
    stdout_pipe()
    defer_to_reader()
    assert increments == expected


def test_a_stage_writing_to_a_file_keeps_its_priority(increments, monkeypatch, tmp_path):
    with (tmp_path / "out.jsonl").open("wb") as out:
        monkeypatch.setattr(sys, "stdout", out)
        defer_to_reader()
    assert increments == []


def test_streams_without_a_descriptor_keep_their_priority(increments, monkeypatch):
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    defer_to_reader()  # (CliRunner's streams have no file descriptor)
    assert increments == []


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no getpriority on this system")
def test_a_real_stage_in_a_pipe_runs_at_a_lower_priority():
    env = {key: value for key, value in os.environ.items() if key != "DIPKIT_NICE"}
    stage = subprocess.Popen([sys.executable, "-m", "dipkit", "split"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    try:
        stage.stdin.write(b'{"text": "Talks resumed in Geneva on Monday."}\n')
        stage.stdin.flush()
        assert b'"text"' in stage.stdout.readline()  # (the stage is at work: its priority is set)
        lowered = os.getpriority(os.PRIO_PROCESS, stage.pid)
    finally:
        stage.stdin.close()
        stage.stdout.read()
        stage.wait(timeout=30)
    assert lowered == min(os.getpriority(os.PRIO_PROCESS, 0) + NICE_DEFAULT, 19)
