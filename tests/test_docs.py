"""The docs tell the truth: man pages list the options --help shows, the README and dipkit(1) name
every subcommand, and shell completion (documented in the README) completes names and option values."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from click.shell_completion import ShellComplete
from click.testing import CliRunner

from dipkit.cli import COMMANDS, cli
from tests.conftest import ROOT, invoke

MAN = ROOT / "man"
LONG_OPTION = re.compile(r"(?<![\w-])--[a-z0-9][a-z0-9-]*")
SECTION = re.compile(r"^\.SH\s+\"?([A-Z ]+)\"?\s*$", re.MULTILINE)
EXIT_CODES = ("0", "1", "2", "141")


def sections(page: str) -> dict[str, str]:
    """The text of each .SH section of a roff page, by title."""
    marks = list(SECTION.finditer(page))
    return {m.group(1).strip(): page[m.end() : marks[i + 1].start() if i + 1 < len(marks) else len(page)] for i, m in enumerate(marks)}


def man_options(page: str) -> set[str]:
    """Long options named on the first line of each .TP item of the OPTIONS section."""
    lines = sections(page).get("OPTIONS", "").splitlines()
    firsts = [lines[i + 1] for i, line in enumerate(lines[:-1]) if line.strip() == ".TP"]
    return {option for line in firsts for option in LONG_OPTION.findall(line.replace("\\-", "-"))}


def help_options(args: list[str]) -> set[str]:
    """Long options in the option column of the Options section of `dipkit ARGS --help`."""
    text = invoke([*args, "--help"]).stdout
    found: set[str] = set()
    in_options = False
    for line in text.splitlines():
        if line.rstrip().endswith(":") and not line.startswith(" "):
            in_options = line.startswith("Options")
        elif in_options and line.lstrip().startswith("-"):
            found.update(LONG_OPTION.findall(re.split(r"\s{2,}", line.strip())[0]))
    return found


def page_of(name: str | None) -> str:
    path = MAN / (f"dipkit-{name}.1" if name else "dipkit.1")
    assert path.exists(), f"{path.relative_to(ROOT)} is missing"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [None, *sorted(COMMANDS)])
def test_man_page_options_match_help(name):
    args = [name] if name else []
    assert man_options(page_of(name)) == help_options(args), f"OPTIONS of the man page vs `dipkit {name or ''} --help`"


@pytest.mark.parametrize("name", [None, *sorted(COMMANDS)])
def test_man_page_documents_exit_status(name):
    status = sections(page_of(name)).get("EXIT STATUS", "")
    missing = [code for code in EXIT_CODES if not re.search(rf"(?<![\w.]){code}(?!\d)", status)]
    assert not missing, f"EXIT STATUS of the man page lacks {missing}"


@pytest.mark.skipif(shutil.which("groff") is None, reason="groff is not installed")
@pytest.mark.parametrize("name", [None, *sorted(COMMANDS)])
def test_man_page_renders_without_warnings(name):
    path = MAN / (f"dipkit-{name}.1" if name else "dipkit.1")
    done = subprocess.run(["groff", "-man", "-ww", "-z", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stderr, done.stderr


def test_dipkit_man_page_lists_every_subcommand():
    listed = set(re.findall(r"^\.B (\w+)\s*$", sections(page_of(None)).get("COMMANDS", ""), re.MULTILINE))
    assert set(COMMANDS) <= listed, f"not in man/dipkit.1 COMMANDS: {set(COMMANDS) - listed}"


def test_readme_has_a_section_for_every_subcommand():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    prose = re.sub(r"^```.*?^```", "", readme, flags=re.MULTILINE | re.DOTALL)  # code blocks hold shell comments
    headings = [line for line in prose.splitlines() if line.startswith("#")]
    missing = [name for name in COMMANDS if not any(re.search(rf"\b{name}\b", heading) for heading in headings)]
    assert not missing, f"README has no heading for: {missing}"


def test_readme_documents_completion_for_bash_zsh_and_fish():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for shell in ("bash", "zsh", "fish"):
        assert f"_DIPKIT_COMPLETE={shell}_source dipkit" in readme


def completions(args: list[str], incomplete: str) -> list[str]:
    """What Tab offers after `dipkit ARGS INCOMPLETE`, through click's completion API."""
    return [item.value for item in ShellComplete(cli, {}, "dipkit", "_DIPKIT_COMPLETE").get_completions(args, incomplete)]


def test_completion_of_subcommand_names():
    assert completions([], "") == sorted(COMMANDS)
    assert completions([], "sh") == ["show"]


def test_completion_of_option_values():
    assert completions(["show", "--only"], "") == ["meetings", "quotes", "entities", "dates"]
    assert completions(["show", "--only"], "q") == ["quotes"]
    assert completions(["split", "--on-error"], "") == ["pass", "skip", "fail"]
    if "--unit" in help_options(["split"]):
        assert completions(["split", "--unit"], "") == ["doc", "para", "sent"]
    assert completions(["show"], "--o") == ["--only", "--on-error"]


def test_completion_through_the_environment_as_bash_calls_it():
    env = {"_DIPKIT_COMPLETE": "bash_complete", "COMP_WORDS": "dipkit show --only me", "COMP_CWORD": "3"}
    result = CliRunner().invoke(cli, [], prog_name="dipkit", env=env)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["plain,meetings"]
    script = CliRunner().invoke(cli, [], prog_name="dipkit", env={"_DIPKIT_COMPLETE": "bash_source"})
    assert "_dipkit_completion()" in script.stdout and "complete -o nosort -F _dipkit_completion dipkit" in script.stdout
