"""The two set-up commands: README and CI must say the same thing."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _readme_block(heading: str) -> str:
    section = README.split(f"## {heading}\n", 1)[1]
    return re.search(r"```\n(.+?)\n```", section, re.S).group(1).strip()


def test_ci_runs_the_readme_install_command():
    assert _readme_block("Install") in CI


def test_ci_runs_the_readme_test_command():
    assert _readme_block("Test") in CI


def test_top_level_is_the_design_card():
    visible = {p.name for p in ROOT.iterdir() if not p.name.startswith(".")} - {"build", "dist"}
    visible = {name for name in visible if not name.endswith(".egg-info")}
    assert visible == {"pyproject.toml", "README.md", "dipkit", "tests", "examples", "man"}
