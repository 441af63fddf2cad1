"""PolNeAR numbers for dipkit quotes (not a test): content recall and speaker agreement.

    python3 tests/eval_polnear.py [../shared/benchmarks/quotes/polnear.jsonl]

Gold: attributions whose content is fully quoted (``quote_marks == "full"``).
A gold quotation is found when dipkit's quotations cover at least half of its
content (fragments, marks left out).  Speaker agreement is counted where the
gold speaker is a name (every word capitalized, not a pronoun or a
description), on the found quotations: the dipkit speaker's name shares all
its words with the gold span, or the gold span's with it.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from dipkit.entities import find_entities
from dipkit.quotes import find_quotes

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "quotes" / "polnear.jsonl"
MARKS = "“”\"‘’'"
NOT_NAMES = {"He", "She", "They", "It", "We", "I", "The", "A", "An", "His", "Her", "This", "That", "Some", "One"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "secretary"}


def content_chars(text: str, quote: dict) -> set[int]:
    spans = quote.get("fragments") or [[quote["start"], quote["end"]]]
    return {i for s, e in spans for i in range(s, e) if text[i] not in MARKS and not text[i].isspace()}


def is_name(span: str | None) -> bool:
    words = (span or "").split()
    return bool(words) and words[0] not in NOT_NAMES and all(w[:1].isupper() for w in words)


def tokens(name: str) -> set[str]:
    return {t for t in re.findall(r"[a-z]+", name.lower().replace("’s", "").replace("'s", "")) if t not in HONORIFICS and len(t) > 1}


def main(path: Path) -> None:
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    found = total = named = agree = chars = 0
    elapsed = 0.0
    for doc in docs:
        text = doc["text"]
        entities = find_entities(text, doc.get("date"))
        t0 = time.process_time()
        preds = find_quotes(text, entities)
        elapsed += time.process_time() - t0
        chars += len(text)
        covered: dict[int, dict] = {}
        for p in preds:
            for i in range(p["start"], p["end"]):
                covered[i] = p
        for gold in doc["quotes"]:
            if gold.get("quote_marks") != "full":
                continue
            total += 1
            want = content_chars(text, gold)
            hits = [covered[i] for i in want if i in covered]
            if not want or len(hits) * 2 < len(want):
                continue
            found += 1
            if is_name(gold.get("speaker")):
                named += 1
                best = max({id(p): p for p in hits}.values(), key=lambda p: sum(1 for h in hits if h is p))
                got = tokens(best["speaker"]["name"]) if best.get("speaker") else set()
                gold_tokens = tokens(gold["speaker"])
                if got and gold_tokens and (got <= gold_tokens or gold_tokens <= got):
                    agree += 1
    print(f"polnear: {len(docs)} docs, {total} fully quoted attributions")
    print(f"content recall {found / total:.4f} ({found}/{total})")
    print(f"speaker agreement where the gold speaker is a name: {agree / named:.4f} ({agree}/{named})")
    print(f"find_quotes speed (entities given): {chars / elapsed / 1e6:.2f} MB/s ({chars} chars in {elapsed:.2f} s)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
