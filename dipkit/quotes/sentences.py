"""Sentence bounds that ignore full stops inside quotations.

Attribution works sentence by sentence, and a quotation is opaque there: the
full stop in “It is over.” ends a sentence only when the quotation ends it
(the next word starts a new sentence), not in “It is over,” he said.
"""

from __future__ import annotations

import bisect
import re

from dipkit.quotes.marks import Quoted

# a class first, not a repeat: the engine then skips fast to each stop instead of trying every position
END = re.compile(r"[.!?][.!?]*[”\"’')\]]*\s+(?=[“\"‘'(\[A-Z0-9])")
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Jr|Sr|Inc|Co|Corp|Ltd|vs|No|Jan|Feb|Mar|Apr|Aug|"
    r"Sept|Sep|Oct|Nov|Dec|Adm|Maj|Hon|Rev|Ft|Mt|approx|e\.g|i\.e)|\b[A-Z](?:\.[A-Z])*)$"
)


def sentence_bounds(text: str, lo: int, hi: int, quotes: list[Quoted]) -> list[tuple[int, int]]:
    """Sentences of the paragraph [LO, HI); QUOTES are the paragraph's quotations, in order."""
    opens = [q.open for q in quotes]
    bounds = []
    start = lo
    for match in END.finditer(text, lo, hi):
        stop = match.start()
        k = bisect.bisect_right(opens, stop) - 1
        if k >= 0 and quotes[k].open < stop < quotes[k].close:
            if not (quotes[k].closed and match.end() > quotes[k].close):
                continue  # a full stop inside a quotation that goes on
        if ABBREVIATION.search(text, max(lo, stop - 8), stop):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < hi:
        bounds.append((start, hi))
    return bounds
