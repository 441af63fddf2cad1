"""dipkit meetings at the end of the pipe: raw example pages through split, and the dev-gold floors."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import EXAMPLES, ROOT, invoke, jsonl, records

# (example page, participants, place, kind, status) that `dipkit split | dipkit meetings` must find
EXPECTED = [
    ("india_japan.txt", {"S. Jaishankar", "Takeshi Iwaya"}, "Tokyo", "meeting", "held"),
    ("germany_poland.txt", {"Friedrich Merz", "Donald Tusk"}, "Warsaw", "meeting", "held"),
    ("kenya_ethiopia.txt", {"William Ruto", "Abiy Ahmed"}, "Addis Ababa", "meeting", "held"),
    ("brazil_argentina.txt", {"Mauro Vieira", "Gerardo Werthein"}, "Brasilia", "meeting", "planned"),
    ("germany_poland.txt", {"Friedrich Merz", "Volodymyr Zelenskyy"}, None, "call", "held"),
]


def _split_then_meetings(page: str) -> dict:
    split = invoke(["split", str(EXAMPLES / page)])
    assert split.exit_code == 0, split.stderr
    result = invoke(["meetings"], split.stdout)
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    return record


def test_raw_pages_through_split_give_the_meetings_they_report():
    for page, parties, place, kind, status in EXPECTED:
        record = _split_then_meetings(page)
        found = [
            m
            for m in record["meetings"]
            if {p["name"] for p in m["participants"]} == parties and m["kind"] == kind and m["status"] == status
        ]
        assert found, (page, parties, [[p["name"] for p in m["participants"]] for m in record["meetings"]])
        assert (found[0]["place"] or {}).get("name") == place


def test_split_output_and_its_clean_text_give_the_same_meetings():
    """Meetings depend on the clean text and its date, not on what else split adds."""
    for page in sorted({row[0] for row in EXPECTED}):
        record = _split_then_meetings(page)
        clean = {"id": record["id"], "text": record["text"], "published": record.get("published")}
        [again] = records(invoke(["meetings"], jsonl(clean)).stdout)
        assert again["meetings"] == record["meetings"]
        for meeting in record["meetings"]:
            evidence = meeting["evidence"]
            assert record["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_example_records_give_meetings():
    rows = records(invoke(["meetings", str(EXAMPLES / "meetings.jsonl")]).stdout)
    assert [bool(row["meetings"]) for row in rows] == [True, True, True]


def test_dev_gold_floors(shared):
    """One scorer run: participants F1 and full F1 stay at or above what the rules reach."""
    score = shared / "eval" / "score.py"
    command = f"{sys.executable} -m dipkit"
    out = subprocess.run(
        [sys.executable, str(score), str(shared / "eval" / "dev"), "--layers", "meetings", "--dipkit", command, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout[: out.stdout.rindex("}") + 1])["meetings"]
    assert report["participants"]["f1"] >= 0.89
    assert report["full"]["f1"] >= 0.68
    assert report["attribute_accuracy"]["kind"] >= 0.9
    assert report["attribute_accuracy"]["status"] >= 0.9
