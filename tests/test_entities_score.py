"""The entities layer against the dev gold (skips without ../shared): the floors of issue 4."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT


def test_dev_floor(shared):
    command = f"{sys.executable} -m dipkit"
    run = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval" / "dev"), "--layers", "entities", "--dipkit", command, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=600,
    )
    report = json.JSONDecoder().raw_decode(run.stdout)[0]["entities"]
    assert report["bad_offsets"] == 0
    assert report["relaxed"]["f1"] >= 0.95
    assert report["link_accuracy"] >= 0.95
    assert all(scores["f1"] >= 0.85 for scores in report["by_type"].values()), report["by_type"]
