"""dipkit show: exact rendering of records composed here, colour rules, bad input, paging."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, invoke, jsonl

TEXT = (
    "Kenya and Ethiopia agree to reopen border crossings\n"
    "\n"
    "NAIROBI, March 4 (Agency) -- Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed "
    "in Nairobi on Monday. The two leaders will meet again in Addis Ababa next month.\n"
    "\n"
    "\u201cWe have agreed to open the crossings,\u201d Ruto said. Abiy called the deal a \u201cnew chapter\u201d."
)


def at(fragment: str, occurrence: int = 0) -> dict:
    """The span of the OCCURRENCE-th FRAGMENT in TEXT, as dipkit items carry it."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(fragment, start + 1)
    return {"start": start, "end": start + len(fragment), "text": fragment}


RUTO = {"name": "William Ruto", "type": "PERSON", "role": "President", "country": "KEN"}
ABIY = {"name": "Abiy Ahmed", "type": "PERSON", "role": "Prime Minister", "country": "ETH"}
RECORD = {
    "id": "kenya-1",
    "url": "https://example.org/2025/03/04/kenya",
    "title": "Kenya and Ethiopia agree to reopen border crossings",
    "published": "2025-03-04",
    "text": TEXT,
    "dates": [
        {**at("March 4"), "type": "DATE", "value": "2025-03-04"},
        {**at("Monday"), "type": "DATE", "value": "2025-03-03"},
        {**at("next month"), "type": "DATE", "value": "2025-04"},
    ],
    "entities": [
        {**at("Kenya"), "type": "GPE", "name": "Kenya", "code": "KEN"},
        {**at("William Ruto"), **RUTO},
        {**at("Abiy Ahmed"), **ABIY},
        {**at("Nairobi"), "type": "GPE", "name": "Nairobi", "country": "KEN"},
        {**at("Ruto", 1), **RUTO},
    ],
    "quotes": [
        {**at("We have agreed to open the crossings,"), "speaker": {**RUTO, "start": None, "end": None}, "cue": None, "kind": "direct"},
        {**at("new chapter"), "speaker": None, "cue": None, "kind": "scare"},
    ],
    "meetings": [
        {
            "participants": [RUTO, ABIY],
            "place": {"name": "Nairobi", "type": "GPE", "country": "KEN"},
            "date": {"value": "2025-03-03", "text": "Monday"},
            "kind": "meeting",
            "status": "held",
            "evidence": at("met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday"),
        },
        {
            "participants": [{"name": "William Ruto"}, {"name": "Abiy Ahmed"}],
            "place": {"name": "Addis Ababa", "type": "GPE", "country": "ETH"},
            "date": {"value": "2025-04", "text": "next month"},
            "kind": "meeting",
            "status": "planned",
            "evidence": at("will meet again in Addis Ababa next month"),
        },
    ],
}


EXPECTED = """\
─────────────────────────────────── kenya-1 ────────────────────────────────────
Kenya and Ethiopia agree to reopen border crossings
published 2025-03-04 · https://example.org/2025/03/04/kenya

Kenya and Ethiopia agree to reopen border crossings

NAIROBI, March 4 (Agency) -- Kenyan President William Ruto met Ethiopian Prime
Minister Abiy Ahmed in Nairobi on Monday. The two leaders will meet again in
Addis Ababa next month.

“We have agreed to open the crossings,” Ruto said. Abiy called the deal a “new
chapter”.

Meetings
┌──────────────────────────────┬─────────────┬─────────────┬─────────┬─────────┐
│ Participants                 │ Place       │ Date        │ Kind    │ Status  │
├──────────────────────────────┼─────────────┼─────────────┼─────────┼─────────┤
│ William Ruto (President,     │ Nairobi     │ 2025-03-03  │ meeting │ held    │
│ KEN)                         │ (KEN)       │ (Monday)    │         │         │
│ Abiy Ahmed (Prime Minister,  │             │             │         │         │
│ ETH)                         │             │             │         │         │
├──────────────────────────────┼─────────────┼─────────────┼─────────┼─────────┤
│ William Ruto                 │ Addis Ababa │ 2025-04     │ meeting │ planned │
│ Abiy Ahmed                   │ (ETH)       │ (next       │         │         │
│                              │             │ month)      │         │         │
└──────────────────────────────┴─────────────┴─────────────┴─────────┴─────────┘

Quotes
┌──────────────┬───────────────────────────────────────┬────────┐
│ Speaker      │ Quote                                 │ Kind   │
├──────────────┼───────────────────────────────────────┼────────┤
│ William Ruto │ We have agreed to open the crossings, │ direct │
├──────────────┼───────────────────────────────────────┼────────┤
│ —            │ new chapter                           │ scare  │
└──────────────┴───────────────────────────────────────┴────────┘

"""


def rendered(output: str) -> str:
    """OUTPUT without the trailing blanks rich pads lines with."""
    return "".join(line.rstrip() + "\n" for line in output.splitlines())


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch):
    """No colour or width settings leak in from the terminal running the tests."""
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS", "PAGER"):
        monkeypatch.delenv(name, raising=False)


def test_a_document_is_rendered_exactly_at_a_fixed_width():
    result = invoke(["show", "--width", "80"], jsonl(RECORD))
    assert result.exit_code == 0
    assert result.stdout == EXPECTED
    assert result.stderr == ""


def test_columns_sets_the_width_when_no_option_does(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert rendered(invoke(["show"], jsonl(RECORD)).stdout) == EXPECTED


def test_only_meetings_gives_the_header_and_the_meetings_table():
    lines = rendered(invoke(["show", "--width", "120", "--only", "meetings"], jsonl(RECORD)).stdout).splitlines()
    assert lines[:5] == [
        "─" * 55 + " kenya-1 " + "─" * 56,
        "Kenya and Ethiopia agree to reopen border crossings",
        "published 2025-03-04 · https://example.org/2025/03/04/kenya",
        "",
        "Meetings",
    ]
    assert "Quotes" not in lines and "NAIROBI" not in "".join(lines)
    assert any("Addis Ababa (ETH)" in line and "planned" in line for line in lines)


def test_only_entities_lists_each_identity_once_with_its_mentions():
    output = rendered(invoke(["show", "--width", "80", "--only", "entities"], jsonl(RECORD)).stdout)
    rows = [line for line in output.splitlines() if line.startswith("│ ") and "Mentions" not in line]
    assert rows == [
        "│ Kenya        │ GPE    │ KEN                 │        1 │",
        "│ William Ruto │ PERSON │ President, KEN      │        2 │",
        "│ Abiy Ahmed   │ PERSON │ Prime Minister, ETH │        1 │",
        "│ Nairobi      │ GPE    │ KEN                 │        1 │",
    ]


def test_only_dates_lists_expressions_with_their_values():
    output = rendered(invoke(["show", "--width", "80", "--only", "dates"], jsonl(RECORD)).stdout)
    assert "│ next month │ DATE │ 2025-04    │" in output.splitlines()


def test_only_a_field_the_record_lacks_says_which_command_adds_it():
    output = invoke(["show", "--only", "quotes"], jsonl({"id": "a", "text": "No quotes here."})).stdout
    assert "no quotes: run dipkit quotes first" in output


def test_no_escape_codes_when_piped_or_with_no_color(monkeypatch):
    assert "\x1b" not in invoke(["show"], jsonl(RECORD)).stdout
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = invoke(["show"], jsonl(RECORD)).stdout
    assert "\x1b[" in coloured and "key: " in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b" not in invoke(["show"], jsonl(RECORD)).stdout


def test_control_characters_in_text_never_reach_the_terminal():
    output = invoke(["show"], jsonl({"id": "c", "text": "Talks \x1b[31mresumed\x07 today.\r\nEnvoys\tmet."})).stdout
    assert "\x1b" not in output and "\x07" not in output and "\r" not in output
    assert "Talks \ufffd[31mresumed\ufffd today.\nEnvoys met.\n" in output


def test_bad_records_are_shown_with_their_errors_and_exit_1():
    result = invoke(["show"], jsonl({"id": "e", "text": "Fine.", "errors": ["dates: boom"]}) + "not json\n")
    assert result.exit_code == 1
    assert "dipkit show: <stdin>:2: not valid JSON" in result.stderr
    assert "error: not valid JSON" in result.stdout and "input: not json" in result.stdout
    assert "error: dates: boom" in result.stdout and "Fine." in result.stdout


def test_on_error_skip_and_fail():
    data = jsonl({"id": "first", "text": "One."}) + "[1, 2]\n" + jsonl({"id": "last", "text": "Three."})
    skipped = invoke(["show", "--on-error", "skip"], data)
    assert skipped.exit_code == 1 and "stdin:2" not in skipped.stdout and "Three." in skipped.stdout
    failed = invoke(["show", "--on-error", "fail"], data)
    assert failed.exit_code == 1 and "One." in failed.stdout and "Three." not in failed.stdout


def test_damaged_fields_do_not_stop_the_show():
    damaged = {
        "id": "d",
        "text": "Short text.",
        "entities": [{"start": 3, "end": 999, "type": "GPE"}, "junk", {"start": "a", "end": 2}, None],
        "dates": {"not": "a list"},
        "quotes": [None, {"text": 5, "speaker": ["x"]}],
        "meetings": [{"participants": "nobody", "place": 7, "date": "2025", "kind": None}],
    }
    result = invoke(["show", "--width", "60"], jsonl(damaged))
    assert result.exit_code == 0, result.stderr
    assert "Short text." in result.stdout and "Meetings" in result.stdout and "2025" in result.stdout


def test_flat_meetings_make_one_table_with_their_documents():
    flat = [{"id": f"kenya-1:m{n}", "doc": "kenya-1", **meeting} for n, meeting in enumerate(RECORD["meetings"])]
    output = rendered(invoke(["show", "--width", "140"], jsonl(*flat)).stdout)
    assert output.count("Meetings") == 1
    assert output.count("kenya-1") == 2 and "Nairobi (KEN)" in output and "Addis Ababa (ETH)" in output


def test_plain_text_input_is_shown_as_one_document():
    output = invoke(["show"], "Leaders met in Lima.\n").stdout
    assert "stdin" in output.splitlines()[0] and "Leaders met in Lima." in output


def test_pager_receives_the_output(tmp_path, monkeypatch):
    paged = tmp_path / "paged.txt"
    script = f"import sys; open({str(paged)!r}, 'w').write(sys.stdin.read())"
    monkeypatch.setenv("PAGER", f"{sys.executable} -c {script!r}")
    result = invoke(["show", "--pager", "--width", "80"], jsonl(RECORD))
    assert result.exit_code == 0 and result.stdout == ""
    assert rendered(paged.read_text(encoding="utf-8")) == EXPECTED


def test_no_pager_when_output_is_not_a_terminal(monkeypatch):
    monkeypatch.setenv("PAGER", "false")
    assert rendered(invoke(["show", "--width", "80"], jsonl(RECORD)).stdout) == EXPECTED


def test_lines_never_run_past_the_width():
    long_word = "x" * 130
    record = {
        "id": "w",
        "text": f"Envoys met.\n\nThe code {long_word} was read aloud, officials said.",
        "quotes": [{"start": 0, "end": 6, "text": "Envoys", "speaker": {"name": long_word}, "kind": "direct"}],
    }
    output = invoke(["show", "--width", "40"], jsonl(record)).stdout
    assert max(len(line) for line in output.splitlines()) <= 40
    assert output.count("x") == 2 * len(long_word)  # folded, nothing lost: in the text and in the table


def test_overlapping_spans_combine_their_styles(monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    text = "Wang said \u201cTalks with Ruto went well\u201d on Monday."
    quote, name = text.index("Talks"), text.index("Ruto")
    record = {
        "id": "o",
        "text": text,
        "quotes": [{"start": quote, "end": text.index("\u201d"), "text": "Talks with Ruto went well"}],
        "entities": [{"start": name, "end": name + 4, "text": "Ruto", "type": "PERSON"}],
    }
    output = invoke(["show", "--width", "80"], jsonl(record)).stdout
    assert "\x1b[3;92mTalks with \x1b[0m\x1b[1;3;35mRuto\x1b[0m\x1b[3;92m went well\x1b[0m" in output


def many_records(count: int) -> str:
    return jsonl(*({**RECORD, "id": f"doc{n}"} for n in range(count)))


def test_quitting_the_pager_early_ends_the_show_quietly(monkeypatch):
    monkeypatch.setenv("PAGER", f"{sys.executable} -c 'import sys; sys.stdin.read(10)'")
    result = invoke(["show", "--pager"], many_records(300))
    assert result.exit_code == 0
    assert result.stderr == ""


def test_a_closed_pipe_exits_141_quietly(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text(many_records(300), encoding="utf-8")
    shell = f"{sys.executable} -m dipkit show {path} | head -n 1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, cwd=ROOT, check=False)
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == b""
    assert result.returncode == 141


def test_a_record_that_cannot_be_rendered_is_reported_and_the_rest_shown(monkeypatch):
    from dipkit.show import run

    real = run.render_record

    def failing_on_bad(record: dict, only: str | None, colour: bool) -> list:
        if record["id"] == "bad":
            raise ValueError("boom")
        return real(record, only, colour)

    monkeypatch.setattr(run, "render_record", failing_on_bad)
    result = invoke(["show"], jsonl({"id": "bad", "text": "First."}, {"id": "good", "text": "Second."}))
    assert result.exit_code == 1
    assert result.stderr == "dipkit show: <stdin>:1: cannot render: ValueError: boom\n"
    assert "bad: cannot render: ValueError: boom" in result.stdout and "Second." in result.stdout
