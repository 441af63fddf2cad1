"""Sentence and paragraph boundaries, and the Golden Rules benchmark of sentence splitting."""

from __future__ import annotations

import json

import pytest

from dipkit.split.sentences import paragraph_spans, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks began on Jan. 27 in Beijing. They ended on Sept. 3.", ["Talks began on Jan. 27 in Beijing.", "They ended on Sept. 3."]),
        ("Mr. Wang met Dr. Misri. Gen. Singh was there.", ["Mr. Wang met Dr. Misri.", "Gen. Singh was there."]),
        ("S. Jaishankar met Donald J. Trump in Washington.", ["S. Jaishankar met Donald J. Trump in Washington."]),
        ("The U.S. Government agreed. The U.N. envoy did too.", ["The U.S. Government agreed.", "The U.N. envoy did too."]),
        ("He flew to the U.S. The talks start Monday.", ["He flew to the U.S.", "The talks start Monday."]),
        ("Trade grew 3.5 percent to $1.2 billion. Exports led.", ["Trade grew 3.5 percent to $1.2 billion.", "Exports led."]),
        ("Resolution No. 2231 was cited. St. Petersburg hosted it.", ["Resolution No. 2231 was cited.", "St. Petersburg hosted it."]),
        ("Acme Inc. signed the deal. It starts in May.", ["Acme Inc. signed the deal.", "It starts in May."]),
        (
            "“Respecting the border is essential,” he said. “We agree.”",
            ["“Respecting the border is essential,” he said.", "“We agree.”"],
        ),
        ("“Why now?” he asked. “Because it matters!” she said.", ["“Why now?” he asked.", "“Because it matters!” she said."]),
        ("The minister said it “is essential.” Talks continue.", ["The minister said it “is essential.”", "Talks continue."]),
        ("He hesitated... then agreed. The deal stands.", ["He hesitated... then agreed.", "The deal stands."]),
        ("Will they meet? Nobody knows! We will see.", ["Will they meet?", "Nobody knows!", "We will see."]),
        ("1. Border talks 2. Trade 3. Visas", ["1. Border talks", "2. Trade", "3. Visas"]),
        ("Line one without a stop\nLine two. Still line two.", ["Line one without a stop", "Line two.", "Still line two."]),
    ],
)
def test_sentence_cases(text, expected):
    assert sentences(text) == expected


def test_spans_are_offsets_into_the_text_without_surrounding_space():
    text = "  First one.   Second one?\n\n  Third!  "
    assert sentence_spans(text) == [(2, 12), (15, 26), (30, 36)]
    assert paragraph_spans(text) == [(2, 26), (30, 36)]


def test_empty_and_blank_text():
    assert sentence_spans("") == [] and sentence_spans(" \n\n\t") == []
    assert paragraph_spans("") == [] and paragraph_spans("\n \n") == []


def test_golden_rules(shared):
    cases = [json.loads(line) for line in (shared / "benchmarks" / "golden_rules" / "en.jsonl").open(encoding="utf-8")]
    failures = []
    for case in cases:
        got = sentences(case["text"])
        if got != case["sentences"]:
            failures.append(f"{case['id']} {case['name']}: got {got}, want {case['sentences']}")
    print("\n".join(failures))
    assert len(cases) - len(failures) >= 47, failures


def test_right_honourable_before_a_name_ends_no_sentence():
    text = "The minister met the Rt. Hon. Ray Collins MP in London. Talks went well."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["The minister met the Rt. Hon. Ray Collins MP in London.", "Talks went well."]
