"""Running one layer as a Unix filter: records in, JSON lines out, errors kept.

The contract (README, ``man dipkit``): one output line per input record, in
input order; a record that cannot be processed still comes out with an
``errors`` list, and stderr says ``dipkit CMD: FILE:LINE: what went wrong``.
"""

from __future__ import annotations

import gc
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable

import orjson

from dipkit.progress import Progress, wanted
from dipkit.records import Item, read_items

Process = Callable[[dict], Iterable[dict]]

EXIT_OK = 0
EXIT_RECORD_ERRORS = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # what a shell reports for a filter killed by SIGPIPE

ON_ERROR = ("pass", "skip", "fail")
PIPE_BYTES = 1 << 20  # what a pipe between two stages may hold (Linux lets anyone ask for up to 1 MB)
NICE_VARIABLE = "DIPKIT_NICE"  # how much a stage that writes into a pipe lowers its priority (0: not at all)
NICE_DEFAULT = 10  # (what nice(1) adds)


def dumps(record: dict) -> bytes:
    """One JSON line; falls back to the standard library for values orjson refuses."""
    try:
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)  # (the newline written in place: no copy of the line)
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(record, ensure_ascii=True, default=str).encode("ascii") + b"\n"


def text_problem(record: dict) -> str | None:
    """Why RECORD has no text to work on, or None when it has one."""
    if "text" not in record:
        return 'record has no "text" field'
    if not isinstance(record["text"], str):
        return f'"text" is {type(record["text"]).__name__}, not a string'
    return None


def pipe_descriptor(stream) -> int | None:
    """STREAM's file descriptor when it is a pipe, else None (a file, a terminal, or no descriptor: CliRunner's)."""
    try:
        descriptor = stream.fileno()
        return descriptor if stat.S_ISFIFO(os.fstat(descriptor).st_mode) else None
    except (AttributeError, OSError, ValueError):
        return None


def widen_pipes() -> None:
    """Let the pipes on stdin and stdout hold a megabyte instead of the default 64 KB, where the system allows it.
    In ``split | dates | entities | quotes | meetings`` the stages before a slow record then run on instead
    of waiting for it to be read, and the machine's cores stay busy: a record of a long page is tens of KB."""
    try:
        import fcntl
    except ImportError:  # (not on Windows)
        return
    for stream in (sys.stdin, sys.stdout):
        descriptor = pipe_descriptor(stream)
        try:
            if descriptor is not None:
                fcntl.fcntl(descriptor, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        except (AttributeError, OSError):  # an older system, or over the system's limit
            continue


def defer_to_reader() -> None:
    """Lower this stage's scheduling priority (by ``DIPKIT_NICE``, default 10) when its stdout is a pipe.
    Each stage of ``split | dates | entities | quotes | meetings`` does more per record than the one before, so
    the last stage sets the pace; on fewer cores than stages, fair sharing would give that stage no more than
    the ones feeding it, which only fill their pipes and wait. A stage that writes to a file or a terminal
    keeps its priority, and a whole pipe started under ``nice`` is lowered by the same amount at each stage."""
    try:
        increment = int(os.environ.get(NICE_VARIABLE, NICE_DEFAULT))
    except ValueError:
        increment = NICE_DEFAULT
    if increment <= 0 or not hasattr(os, "nice") or pipe_descriptor(sys.stdout) is None:
        return
    try:
        os.nice(min(increment, 19))
    except OSError:  # a system that refuses
        return


class Writer:
    """Writes JSON lines to stdout and turns a closed pipe into a quiet exit."""

    def __init__(self) -> None:
        self.out = sys.stdout.buffer

    def write(self, record: dict) -> None:
        try:
            self.out.write(dumps(record))
        except BrokenPipeError:
            quiet_broken_pipe()

    def flush(self) -> None:
        try:
            self.out.flush()
        except BrokenPipeError:
            quiet_broken_pipe()


def quiet_broken_pipe() -> None:
    """Stop writing to a reader that went away, without a traceback (see Python's SIGPIPE note)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise SystemExit(EXIT_BROKEN_PIPE)


def run(
    command: str,
    paths: list[str],
    process: Process,
    on_error: str = "pass",
    needs_text: bool = True,
    quiet: bool = False,
) -> int:
    """Run PROCESS over every record of PATHS and write what it returns; the exit status.

    A progress line goes to stderr for big file inputs on a terminal unless QUIET.
    """
    with Progress(command, wanted(paths, quiet)) as progress:
        return _run(command, paths, process, on_error, needs_text, progress)


def _run(command: str, paths: list[str], process: Process, on_error: str, needs_text: bool, progress: Progress) -> int:
    def warn(message: str) -> None:
        sys.stderr.write(f"dipkit {command}: {message}\n")

    widen_pipes()
    defer_to_reader()
    writer = Writer()
    status = EXIT_OK
    first = True
    for item in read_items(paths, warn):
        progress.advance(item.nbytes)
        outputs, errors = _process(item, process, needs_text)
        if first:  # what the first record made the stage build (gazetteers, patterns) lives as long as the process:
            gc.freeze()  # out of the cyclic collector, whose full collections would walk it again and again for nothing
            first = False
        if errors:
            status = EXIT_RECORD_ERRORS
            for error in errors:
                warn(f"{item.source}:{item.line}: {error}" if item.line else error)
            if on_error == "fail":
                writer.flush()
                return EXIT_RECORD_ERRORS
            if on_error == "skip":
                continue
        for output in outputs:
            writer.write(output)
    writer.flush()
    return status


def _process(item: Item, process: Process, needs_text: bool) -> tuple[list[dict], list[str]]:
    """The output records for ITEM and the errors met on the way."""
    errors = list(item.errors)
    if not errors and needs_text:
        problem = text_problem(item.record)
        if problem:
            errors.append(problem)
    if not errors:
        try:
            return list(process(item.record)), []
        except Exception as exc:  # a bug must cost one record, never the stream
            errors.append(f"internal error: {type(exc).__name__}: {exc}")
    if not item.record and item.line == 0:
        return [], errors  # an input that could not be opened has no record to pass on
    previous = item.record.get("errors")
    kept = previous if isinstance(previous, list) else ([] if previous is None else [previous])
    return [{**item.record, "errors": kept + [e for e in errors if e not in kept]}], errors
