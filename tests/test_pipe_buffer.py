"""Stages ask for wide pipes, so that a fast stage runs ahead of a slow one in a pipe."""

from __future__ import annotations

import os
import sys

import pytest

from dipkit.pipeline import PIPE_BYTES, widen_pipes

fcntl = pytest.importorskip("fcntl")


def _pipe_bytes(descriptor: int) -> int:
    return fcntl.fcntl(descriptor, fcntl.F_GETPIPE_SZ)


@pytest.mark.skipif(not hasattr(fcntl, "F_SETPIPE_SZ"), reason="no pipe sizes on this system")
def test_stdout_pipe_is_widened(monkeypatch):
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as out, os.fdopen(read_end, "rb"):
        monkeypatch.setattr(sys, "stdout", out)
        before = _pipe_bytes(write_end)
        widen_pipes()
        assert before < PIPE_BYTES
        assert _pipe_bytes(write_end) == PIPE_BYTES


def test_streams_without_a_descriptor_are_left_alone(monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    widen_pipes()  # (CliRunner's streams have no file descriptor: nothing to widen, nothing raised)
