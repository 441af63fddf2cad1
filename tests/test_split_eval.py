"""dipkit split against the dev gold pages: the scorer's floors (runs only beside ../shared)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

FLOORS = {"title_accuracy": 0.95, "published_accuracy": 0.95, "boilerplate_removed": 0.90, "body_kept": 0.98}


def test_split_meets_the_floors_on_dev(shared):
    done = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval" / "dev"), "--layers", "split",
         "--dipkit", f"{sys.executable} -m dipkit", "--json", "--errors", "20"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    report = json.JSONDecoder().raw_decode(done.stdout.lstrip())[0]["split"]
    print(done.stderr)
    assert {name: report[name] >= floor for name, floor in FLOORS.items()} == dict.fromkeys(FLOORS, True), report
