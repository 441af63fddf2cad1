"""Reading dipkit's input: JSON lines or plain text, from files or stdin, gzip or not.

Every input yields :class:`Item` objects in input order.  Reading never raises
on bad data: a line that is not JSON, or not an object, becomes an item whose
``errors`` say why, so the caller can still emit it.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

import orjson

STDIN = "-"
STDIN_NAME = "<stdin>"
_PEEK = 1 << 16
_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass
class Item:
    """One input record and where it came from."""

    record: dict
    source: str
    line: int
    errors: list[str] = field(default_factory=list)
    nbytes: int = 0


Warn = Callable[[str], None]


def display_name(path: str) -> str:
    return STDIN_NAME if path == STDIN else path


def _open(path: str) -> BinaryIO:
    """A peekable binary stream for PATH (``-`` is stdin), gunzipped when it is gzip."""
    raw: BinaryIO = sys.stdin.buffer if path == STDIN else open(path, "rb")  # noqa: SIM115
    stream = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
    if stream.peek(2)[:2] == b"\x1f\x8b":
        stream = io.BufferedReader(gzip.GzipFile(fileobj=stream))  # type: ignore[arg-type]
    return stream


def _is_json_lines(stream: BinaryIO) -> bool:
    """JSON lines when the first non-blank character is ``{``."""
    head = stream.peek(_PEEK)
    if head.startswith(_UTF8_BOM):
        head = head[len(_UTF8_BOM) :]
    return head.lstrip()[:1] == b"{"


def _decode(data: bytes) -> tuple[str, bool]:
    """Text of DATA and whether invalid UTF-8 had to be replaced."""
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), True


def _parse_line(text: str) -> object:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        import json  # values orjson refuses but JSON allows, such as NaN

        return json.loads(text)


def read_items(paths: list[str], warn: Warn) -> Iterator[Item]:
    """Items from every input in turn; an unreadable input is reported and skipped."""
    for path in paths or [STDIN]:
        name = display_name(path)
        try:
            stream = _open(path)
        except OSError as exc:
            warn(f"{name}: cannot read: {exc.strerror or exc}")
            yield Item({}, name, 0, [f"cannot read {name}: {exc.strerror or exc}"], 0)
            continue
        try:
            if _is_json_lines(stream):
                yield from _json_lines(stream, name, warn)
            else:
                yield from _plain_text(stream, path, name, warn)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            warn(f"{name}: read failed: {exc}")
            yield Item({}, name, 0, [f"read failed in {name}: {exc}"], 0)
        finally:
            if path != STDIN:
                stream.close()


def _json_lines(stream: BinaryIO, name: str, warn: Warn) -> Iterator[Item]:
    warned = False
    base = os.path.basename(name) if name != STDIN_NAME else "stdin"
    for lineno, raw in enumerate(stream, 1):
        if lineno == 1 and raw.startswith(_UTF8_BOM):
            raw = raw[len(_UTF8_BOM) :]
        if not raw.strip():
            continue
        try:  # most lines are valid UTF-8 JSON: read from the bytes, with no decode to text that orjson encodes back
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            text, replaced = _decode(raw)
            if replaced and not warned:
                warn(f"{name}:{lineno}: invalid UTF-8 replaced by U+FFFD (reported once per file)")
                warned = True
            try:
                value = _parse_line(text)
            except ValueError as exc:
                yield Item({"id": f"{base}:{lineno}", "input": text.rstrip("\r\n")}, name, lineno, [f"not valid JSON: {exc}"], len(raw))
                continue
        if not isinstance(value, dict):
            kind = type(value).__name__
            yield Item({"id": f"{base}:{lineno}", "input": value}, name, lineno, [f"not a JSON object but {kind}"], len(raw))
            continue
        if "id" not in value:
            value = {"id": f"{base}:{lineno}", **value}
        yield Item(value, name, lineno, [], len(raw))


def _plain_text(stream: BinaryIO, path: str, name: str, warn: Warn) -> Iterator[Item]:
    data = stream.read()
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    if not data.strip():
        return
    text, replaced = _decode(data)
    if replaced:
        warn(f"{name}:1: invalid UTF-8 replaced by U+FFFD (reported once per file)")
    doc_id = "stdin" if path == STDIN else os.path.basename(path)
    yield Item({"id": doc_id, "text": text}, name, 1, [], len(data))
