"""What a stage builds for its first record (gazetteers, patterns) is frozen out of the cyclic collector once."""

from __future__ import annotations

import gc

from dipkit.pipeline import run


def test_the_runner_freezes_once_after_the_first_record(monkeypatch, tmp_path, capsys):
    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    seen: list[tuple[str, int]] = []

    def process(record: dict):
        seen.append((record["id"], len(frozen)))
        yield record

    source = tmp_path / "in.jsonl"
    source.write_text("".join(f'{{"id": "d{i}", "text": "Talks in Oslo."}}\n' for i in range(3)), encoding="utf-8")
    assert run("test", [str(source)], process, quiet=True) == 0
    assert seen == [("d0", 0), ("d1", 1), ("d2", 1)]
    assert frozen == [1]
    assert [line.count('"id"') for line in capsys.readouterr().out.splitlines()] == [1, 1, 1]


def test_an_empty_input_freezes_nothing(monkeypatch, tmp_path):
    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    source = tmp_path / "empty.jsonl"
    source.write_text("", encoding="utf-8")
    assert run("test", [str(source)], lambda record: [record], quiet=True) == 0
    assert frozen == []
