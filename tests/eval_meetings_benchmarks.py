#!/usr/bin/env python3
"""Recall and false positives of ``dipkit meetings`` on the contact-event benchmarks in ../shared.

    python3 tests/eval_meetings_benchmarks.py [--shared ../shared] [--misses N]

Not a test (pytest does not collect it): it prints, for
- plover_gsr_consult.jsonl: the share of CONSULT sentences with a meeting found, and of their actors named;
- rams_contact.jsonl, meeting-like subset (contact.discussion/negotiate/collaborate): the share of events
  whose trigger lies in a meeting's mentions, and of their named participants found;
- plover_gsr_nonconsult.jsonl: the share of non-CONSULT sentences where a meeting is reported
  (an upper bound on false positives: some of those sentences do report a meeting);
- wikievents.jsonl (whole articles, every contact event annotated, few of them diplomatic): the meetings
  reported and how many have an annotated contact trigger in their mentions (precision on ordinary news),
  and the share of annotated face-to-face meetings (Contact.Contact.Meet) found.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEETING_LIKE = re.compile(r"^contact\.(?:discussion|negotiate|collaborate)\.")
FACE_TO_FACE = "Contact.Contact.Meet"
WORD = re.compile(r"[A-Za-z]{3,}")


def run_meetings(rows: list[dict]) -> list[dict]:
    """The records after `dipkit meetings`, one per row, in order."""
    data = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
    done = subprocess.run([sys.executable, "-m", "dipkit", "meetings", "-q"], input=data, capture_output=True, text=True, cwd=ROOT, check=False)
    out = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    if len(out) != len(rows):
        raise SystemExit(f"dipkit meetings gave {len(out)} records for {len(rows)}: {done.stderr[-400:]}")
    failed = [record["errors"] for record in out if record.get("errors")]
    if failed:
        raise SystemExit(f"dipkit meetings failed on {len(failed)} records, the first: {failed[0]}")
    return out


def named(span_text: str, meetings: list[dict]) -> bool:
    """Whether an annotated participant ("Russian Foreign Minister Andrei Kozyrev") is among the found parties."""
    words = {w.casefold() for w in WORD.findall(span_text)}
    for meeting in meetings:
        for party in meeting["participants"]:
            tokens = {w.casefold() for w in WORD.findall(party.get("name") or "")}
            if tokens & words:
                return True
    return False


def in_mentions(start: int, meetings: list[dict]) -> bool:
    return any(m["start"] <= start < m["end"] for meeting in meetings for m in meeting["mentions"])


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def ratio(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.2f}" if total else "0/0"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--misses", type=int, default=0, help="print up to N missed events per benchmark")
    args = parser.parse_args()
    folder = args.shared / "benchmarks" / "meetings"

    consult = load(folder / "plover_gsr_consult.jsonl")
    outs = run_meetings(consult)
    found = actors = actor_total = 0
    for row, out in zip(consult, outs):
        meetings = out.get("meetings") or []
        found += bool(meetings)
        for event in row["events"]:
            for party in event["participants"]:
                actor_total += 1
                actors += named(party["text"], meetings)
        if not meetings and args.misses:
            print("  missed:", row["text"][:120])
    print(f"PLOVER GSR CONSULT: sentences with a meeting {ratio(found, len(consult))}; actors named {ratio(actors, actor_total)}")

    rams = [r for r in load(folder / "rams_contact.jsonl") if MEETING_LIKE.match(r["events"][0]["type"])]
    outs = run_meetings(rams)
    hits = parts = part_total = shown = 0
    for row, out in zip(rams, outs):
        meetings = out.get("meetings") or []
        event = row["events"][0]
        hit = in_mentions(event["trigger"]["start"], meetings)
        hits += hit
        for party in event["participants"]:
            part_total += 1
            parts += hit and named(party["text"], meetings)
        if not hit and shown < args.misses:
            shown += 1
            print("  missed:", event["type"], repr(event["trigger"]["text"]), "|", row["text"][max(0, event["trigger"]["start"] - 80) : event["trigger"]["end"] + 60])
    print(f"RAMS meeting-like subset: events found {ratio(hits, len(rams))}; participants named {ratio(parts, part_total)}")

    others = load(folder / "plover_gsr_nonconsult.jsonl")
    outs = run_meetings(others)
    flagged = [row for row, out in zip(others, outs) if out.get("meetings")]
    print(f"PLOVER GSR non-CONSULT: sentences with a meeting {ratio(len(flagged), len(others))} (not verified negatives)")
    for row in flagged[: args.misses]:
        print("  flagged:", row.get("plover_category", "?"), "|", row["text"][:120])

    articles = load(folder / "wikievents.jsonl")
    outs = run_meetings(articles)
    reported = backed = met = met_total = 0
    for row, out in zip(articles, outs):
        meetings = out.get("meetings") or []
        events = row["events"]
        for meeting in meetings:
            reported += 1
            spans = [(m["start"], m["end"]) for m in meeting["mentions"]]
            if any(start <= e["trigger"]["start"] < end for e in events for start, end in spans):
                backed += 1
            elif args.misses:
                print("  unannotated:", meeting["evidence"]["text"][:120])
        for event in events:
            if event["type"] == FACE_TO_FACE:
                met_total += 1
                met += in_mentions(event["trigger"]["start"], meetings)
    size = sum(len(row["text"]) for row in articles) // 1000
    print(
        f"WikiEvents ({len(articles)} articles, {size} K characters): meetings reported {reported}, "
        f"with an annotated contact trigger {ratio(backed, reported)}; face-to-face meetings found {ratio(met, met_total)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
