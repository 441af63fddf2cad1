"""Reported speech for ``--indirect``: the content of "X said (that) ..." and "..., X said."."""

from __future__ import annotations

import re

from dipkit.quotes.attribution import Cue
from dipkit.quotes.vocab import reported_verbs, verb_forms

THAT = re.compile(r"[^.;:“”\"]{0,60}?\bthat\s+")
TRAILING = " \t\r\n.!?;:,"
OBJECT_FIRST = frozenset({"tell", "inform", "assure"})  # told reporters ...: the content needs "that"
TAIL_WORDS = 8
MIN_WORDS = 3


def _trimmed(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1] in TRAILING:
        hi -= 1
    return lo, hi


def reported_content(text: str, cue: Cue, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of what the sentence [LO, HI) reports its speaker said through CUE, or None."""
    verb = verb_forms().get(text[cue.start : cue.end])
    if verb not in reported_verbs():
        return None
    lo, hi = _trimmed(text, lo, hi)
    that = THAT.match(text, cue.end, hi)
    if that:
        span = _trimmed(text, that.end(), hi)
    else:
        comma = text.rfind(",", lo, cue.start)  # "Both navies will hold drills ..., Rao said."
        tail = len(text[cue.end : hi].split())
        if comma > lo and len(text[comma : cue.start].split()) <= TAIL_WORDS and tail <= TAIL_WORDS:
            span = _trimmed(text, lo, comma)
        elif verb in OBJECT_FIRST:
            return None
        else:
            span = _trimmed(text, cue.end, hi)
    return span if len(text[span[0] : span[1]].split()) >= MIN_WORDS else None
