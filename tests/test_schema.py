"""dipkit schema: the schemas are valid, printed as stored, and real output of every subcommand conforms."""

from __future__ import annotations

import json

import jsonschema
import pytest

from dipkit.cli import COMMANDS
from dipkit.schema import PIPELINE, load_schema, schema_names
from tests.conftest import EXAMPLES, invoke, jsonl, records

NOT_FILTERS = {"show", "schema"}  # subcommands that write no records


def layers() -> list[str]:
    """The registered record-writing subcommands, in pipeline order."""
    return [name for name in PIPELINE if name in COMMANDS]


def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_schema(name))


def assert_valid(name: str, rows: list[dict]) -> None:
    check = validator(name)
    for row in rows:
        problems = [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in check.iter_errors(row)]
        assert not problems, f"{name} record {row.get('id')} breaks its schema: {problems[:5]}"


def test_every_schema_is_a_valid_json_schema():
    assert schema_names()[:1] == ["split"]
    for name in schema_names():
        jsonschema.Draft202012Validator.check_schema(load_schema(name))


def test_every_record_writing_subcommand_has_a_schema():
    missing = [name for name in COMMANDS if name not in NOT_FILTERS and name not in schema_names()]
    assert not missing, f"subcommands without dipkit/schemas/NAME.json: {missing}"


def test_schema_prints_the_stored_schema():
    result = invoke(["schema", "dates"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == load_schema("dates")


def test_schema_without_command_lists_them_in_pipeline_order():
    lines = invoke(["schema"]).stdout.splitlines()
    assert [line.split()[0] for line in lines] == schema_names()
    assert lines[1].startswith("dates      A record after `dipkit dates`")


def test_schema_all_and_usage_errors():
    everything = json.loads(invoke(["schema", "--all"]).stdout)
    assert list(everything) == schema_names() and everything["quotes"] == load_schema("quotes")
    assert invoke(["schema", "nosuch"]).exit_code == 2
    both = invoke(["schema", "dates", "--all"])
    assert both.exit_code == 2 and "not both" in both.stderr


def test_added_fields_are_required_unless_the_record_has_errors():
    check = validator("dates")
    assert not check.is_valid({"id": "a", "text": "x"})
    assert check.is_valid({"id": "a", "text": "x", "errors": ["dates: boom"]})
    assert check.is_valid({"id": "a", "text": "x", "dates": [], "extra": 1})
    span = {"start": 0, "end": 1, "text": "x", "type": "DATE", "value": "2025", "anchor": "none", "grain": "year"}
    assert check.is_valid({"id": "a", "text": "x", "dates": [span]})
    assert not check.is_valid({"id": "a", "text": "x", "dates": [{**span, "type": "WHEN"}]})
    without_grain = {key: value for key, value in span.items() if key != "grain"}
    assert not check.is_valid({"id": "a", "text": "x", "dates": [without_grain]})
    assert check.is_valid({"id": "a", "text": "x", "dates": [{**without_grain, "type": "DURATION", "value": "P2D"}]})


def test_real_output_of_every_subcommand_conforms_to_its_schema():
    """The example articles through each registered layer in turn; each stage keeps the earlier stages' fields."""
    if "split" not in COMMANDS:
        pytest.skip("split is not registered")
    articles = sorted(str(path) for path in EXAMPLES.glob("*.txt"))
    assert articles, "examples/*.txt are missing"
    output = invoke(["split", *articles]).stdout
    done: list[str] = []
    for name in layers():
        if name != "split":
            result = invoke([name], output)
            assert result.exit_code == 0, result.stderr
            output = result.stdout
        done.append(name)
        rows = records(output)
        assert len(rows) == len(articles)
        for earlier in done:
            assert_valid(earlier, rows)


def test_other_output_shapes_conform():
    """split --unit and meetings --flat, when those subcommands have them; a record with errors."""
    text = "Leaders met in Lima on Monday.\n\nThey will meet again in June."
    if "split" in COMMANDS and "--unit" in invoke(["split", "--help"]).stdout:
        assert_valid("split", records(invoke(["split", "--unit", "sent"], jsonl({"id": "u", "text": text})).stdout))
    if "meetings" in COMMANDS and "--flat" in invoke(["meetings", "--help"]).stdout:
        flat = records(invoke(["meetings", "--flat"], jsonl({"id": "f", "text": text, "published": "2025-03-05"})).stdout)
        flat_schema = jsonschema.Draft202012Validator({**load_schema("meetings"), "$ref": "#/$defs/flat"})
        for row in flat:
            assert flat_schema.is_valid(row), list(flat_schema.iter_errors(row))[:3]
    for name in layers():
        bad = records(invoke([name], jsonl({"id": "bad", "text": 7})).stdout)
        assert_valid(name, bad)
