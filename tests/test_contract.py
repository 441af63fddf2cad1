"""The record contract every subcommand shares, exercised through `dipkit split`."""

from __future__ import annotations

import gzip
import subprocess
import sys

import orjson
import pytest

from conftest import ROOT, invoke, jsonl, records

ARTICLE = "Envoys meet in Oslo\n\nThe two envoys met in Oslo on Tuesday.\n"


def test_plain_text_file_is_one_document_named_after_the_file(tmp_path):
    path = tmp_path / "oslo.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = invoke(["split", str(path)])
    assert result.exit_code == 0
    [doc] = records(result.stdout)
    assert doc["id"] == "oslo.txt"
    assert doc["title"] == "Envoys meet in Oslo"


def test_json_lines_keep_every_field_and_order():
    rows = [{"id": "a", "text": ARTICLE, "source": {"site": "x"}}, {"text": ARTICLE, "tags": [1, 2]}, {"id": "c", "text": ARTICLE}]
    result = invoke(["split", "-"], input=jsonl(*rows))
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["a", "stdin:2", "c"]
    assert out[0]["source"] == {"site": "x"} and out[1]["tags"] == [1, 2]
    assert result.exit_code == 0 and result.stderr == ""


def test_stdin_is_the_default_input():
    result = invoke(["split"], input=jsonl({"id": "x", "text": ARTICLE}))
    assert [r["id"] for r in records(result.stdout)] == ["x"]


def test_gzip_input_is_read_transparently(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl({"id": "g", "text": ARTICLE}).encode()))
    result = invoke(["split", str(path)])
    assert [r["id"] for r in records(result.stdout)] == ["g"]


def test_several_files_each_detected_on_its_own(tmp_path):
    (tmp_path / "a.jsonl").write_text(jsonl({"id": "j1", "text": ARTICLE}, {"id": "j2", "text": ARTICLE}))
    (tmp_path / "b.txt").write_text(ARTICLE)
    result = invoke(["split", str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")])
    assert [r["id"] for r in records(result.stdout)] == ["j1", "j2", "b.txt"]


def test_malformed_json_line_comes_out_with_errors_and_the_rest_survives(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(jsonl({"id": "ok1", "text": ARTICLE}) + '{"id": "broken", "text": \n' + jsonl({"id": "ok2", "text": ARTICLE}))
    result = invoke(["split", str(path)])
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["ok1", "bad.jsonl:2", "ok2"]
    assert out[1]["input"] == '{"id": "broken", "text": '
    assert out[1]["errors"][0].startswith("not valid JSON")
    assert f"dipkit split: {path}:2: not valid JSON" in result.stderr
    assert result.exit_code == 1


def test_record_without_text_or_with_non_string_text(tmp_path):
    result = invoke(["split"], input=jsonl({"id": "none"}, {"id": "num", "text": 42}, {"id": "fine", "text": ARTICLE}))
    out = records(result.stdout)
    assert out[0] == {"id": "none", "errors": ['record has no "text" field']}
    assert out[1] == {"id": "num", "text": 42, "errors": ['"text" is int, not a string']}
    assert out[2]["title"] == "Envoys meet in Oslo"
    assert "dipkit split: <stdin>:1: record has no \"text\" field" in result.stderr
    assert "dipkit split: <stdin>:2: \"text\" is int, not a string" in result.stderr
    assert result.exit_code == 1


def test_a_json_value_that_is_not_an_object():
    result = invoke(["split"], input='{"id": "a", "text": "x"}\n[1, 2]\n')
    out = records(result.stdout)
    assert out[1] == {"id": "stdin:2", "input": [1, 2], "errors": ["not a JSON object but list"]}


def test_errors_of_an_earlier_stage_are_kept():
    result = invoke(["split"], input=jsonl({"id": "e", "errors": ["from upstream"]}))
    assert records(result.stdout)[0]["errors"] == ["from upstream", 'record has no "text" field']


def test_invalid_utf8_is_replaced_and_warned_once_per_file(tmp_path):
    path = tmp_path / "latin.jsonl"
    line = b'{"id": "%d", "text": "Caf\xe9 talks in Quito"}\n'
    path.write_bytes(line % 1 + line % 2)
    result = invoke(["split", str(path)])
    out = records(result.stdout)
    assert [r["text"] for r in out] == ["Caf\ufffd talks in Quito"] * 2
    assert result.stderr.count("invalid UTF-8") == 1
    assert result.exit_code == 0


def test_empty_input_gives_no_output_and_success(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for args, stdin in ((["split", str(empty)], None), (["split"], ""), (["split"], "\n\n  \n")):
        result = invoke(args, input=stdin)
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_binary_junk_does_not_crash(tmp_path):
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 64)
    result = invoke(["split", str(path)])
    [doc] = records(result.stdout)
    assert doc["id"] == "junk.bin"
    assert "Traceback" not in result.stderr


def test_a_50_mb_line_passes_through(tmp_path):
    path = tmp_path / "huge.jsonl"
    body = ("The delegation met again. " * 2_000_000)[: 50 * 1024 * 1024]
    path.write_bytes(orjson.dumps({"id": "huge", "text": body}) + b"\n" + jsonl({"id": "after", "text": ARTICLE}).encode())
    result = invoke(["split", str(path)])
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["huge", "after"]
    assert result.exit_code == 0


def test_on_error_skip_leaves_bad_records_out():
    result = invoke(["split", "--on-error", "skip"], input=jsonl({"id": "bad"}, {"id": "good", "text": ARTICLE}))
    assert [r["id"] for r in records(result.stdout)] == ["good"]
    assert result.exit_code == 1


def test_on_error_fail_stops_at_the_first_bad_record():
    result = invoke(["split", "--on-error", "fail"], input=jsonl({"id": "one", "text": ARTICLE}, {"id": "bad"}, {"id": "three", "text": ARTICLE}))
    assert [r["id"] for r in records(result.stdout)] == ["one"]
    assert result.exit_code == 1


def test_usage_errors_exit_2():
    assert invoke(["split", "--no-such-option"]).exit_code == 2
    assert invoke(["split", "--on-error", "explode"]).exit_code == 2
    assert invoke(["no-such-command"]).exit_code == 2


def test_missing_file_is_reported_and_other_files_still_run(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    result = invoke(["split", str(tmp_path / "missing.txt"), str(good)])
    assert [r["id"] for r in records(result.stdout)] == ["good.txt"]
    assert f"dipkit split: {tmp_path / 'missing.txt'}: cannot read" in result.stderr
    assert result.exit_code == 1


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dipkit", *args], capture_output=True, cwd=ROOT, **kwargs)


def test_version_and_module_entry_point():
    result = _cli("--version")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("dipkit, version ")


def test_broken_pipe_exits_quietly(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text(jsonl(*({"id": str(i), "text": ARTICLE * 20} for i in range(20000))))
    shell = f"{sys.executable} -m dipkit split {path} | head -n 1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, cwd=ROOT)
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == b""
    assert result.returncode == 141


@pytest.mark.parametrize("stdin", [b"", b'{"id": "x", "text": "A line."}\n'])
def test_stdout_holds_only_json_lines(stdin):
    result = _cli("split", input=stdin)
    for line in result.stdout.splitlines():
        assert isinstance(orjson.loads(line), dict)
