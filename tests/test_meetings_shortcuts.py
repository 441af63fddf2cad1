"""The shortcuts of the meetings layer give the answers of the slow way they replace."""

from __future__ import annotations

import re

import pytest

from dipkit.meetings.document import _PLACE_BEFORE_REVERSED, _VENUE_BEFORE_REVERSED, case_twin
from dipkit.meetings.lexicon import _lines, _top_level, class_stems, trigger_heads, trigger_rules, triggers_from, word_classes
from dipkit.meetings.mentions import GROUP_STEMS, SIDELINES_STEMS

# the patterns the reversed ones replace, read forwards
_PLACE_BEFORE = re.compile(
    r"\b(?i:in|at|from|to|into|near|across|around|toward|towards|via|inside|outside)\s+(?i:the\s+)?"
    r"(?:(?:[A-Z][\w.-]*|city|capital|port|town|resort|central|northern|southern|eastern|western|of)\s+){0,4}$"
)
_VENUE_BEFORE = re.compile(
    r"\b(?i:in|at)\s+(?i:the\s+)?(?:(?:[A-Z][\w.-]*|city|capital|port|town|resort|central|northern|southern|eastern|western|of),?\s+){0,4}$"
)

BEFORE = [
    "The ministers met in ",
    "The ministers met in the Russian capital ",
    "talks held at the Great Hall, ",
    "He flew to central ",
    "the war in ",
    "She said the ",
    "a trip from the port city of ",
    "IN ",
    "main ",
    "(in ",
    "talks in New York City on Monday with ",
    "in Beijing,\n",
    "",
    "met at the U.S. State ",
    "returned towards the northern resort town of Sochi and ",
]


@pytest.mark.parametrize("before", BEFORE)
def test_reversed_leads_answer_as_the_forward_patterns(before):
    backwards = before[::-1]
    assert bool(_PLACE_BEFORE_REVERSED.match(backwards)) == bool(_PLACE_BEFORE.search(before))
    assert bool(_VENUE_BEFORE_REVERSED.match(backwards)) == bool(_VENUE_BEFORE.search(before))


def test_reversed_leads_on_plain_cases():
    assert _PLACE_BEFORE_REVERSED.match("The ministers met in the Russian capital "[::-1])
    assert _VENUE_BEFORE_REVERSED.match("talks held at the Great Hall, "[::-1])
    assert not _PLACE_BEFORE_REVERSED.match("She said the "[::-1])
    assert not _VENUE_BEFORE_REVERSED.match("He flew to central "[::-1])  # "to": a place, no venue


TEXT = (
    "Prime Minister Anna Lind held talks with President Omar Said in Cairo on Monday. The two leaders also met "
    "the press, and Lind will visit Amman next week. She spoke by phone with King Abdullah, who hosted a dinner "
    "for the delegation, and said the talks had been useful. Officials had planned a summit meeting of the group."
)


def test_cut_down_alternations_find_what_the_whole_one_finds():
    whole = case_twin(trigger_rules()[0])
    assert whole is not None  # the rules are case-blind: they run on the lowercased text
    lower = TEXT.lower()
    heads = list(trigger_heads(True).finditer(lower))
    assert len(heads) > 10
    for head in heads:
        a = whole.match(lower, head.start())
        b = triggers_from(head.group(), True).match(lower, head.start())
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


def test_a_word_no_rule_starts_with_matches_nothing():
    assert triggers_from("zebra", True).match("zebra met") is None


def test_class_stems_are_the_words_of_plain_classes():
    stems = class_stems()
    assert stems["group"] == ()  # pattern syntax: no stems, always searched
    plain = [name for name, words in stems.items() if words]
    assert "sequel" in plain and "event" in plain
    for name in plain:
        assert all(word_classes()[name].fullmatch(word) for word in stems[name])


def test_every_sidelines_phrase_holds_a_stem():
    words = next(words for name, words in _lines("words.tsv") if name == "sidelines")
    for branch in _top_level(words):
        literal = re.sub(r"\(\?:[^()]*\)", "", branch)  # what stands outside the groups
        groups = re.findall(r"\(\?:([a-z|]+)\)", branch)  # plain word groups: every word must be a stem
        assert any(stem in literal for stem in SIDELINES_STEMS) or any(
            all(word in SIDELINES_STEMS for word in group.split("|")) for group in groups
        ), branch


def test_every_group_phrase_holds_a_stem():
    words = next(words for name, words in _lines("words.tsv") if name == "group")
    for branch in _top_level(words):
        matched = branch.split("(?=")[0]  # (a lookahead is no part of the match)
        literal = re.sub(r"\(\?:[^()]*\)\??", "", matched)  # what stands outside the groups
        groups = re.findall(r"\(\?:([^()]*)\)(?!\?)", matched)  # a group that must match, whose every word holds a stem
        assert any(stem in literal for stem in GROUP_STEMS) or any(
            all(any(stem in word for stem in GROUP_STEMS) for word in group.split("|")) for group in groups
        ), branch


def test_the_scan_by_head_word_finds_what_the_whole_alternation_finds():
    from dipkit.meetings.mentions import _scan

    lower = (TEXT + " Modi paid a courtesy call on the Emperor, took part in the forum and gave a warm welcome to Abe.").lower()
    whole = case_twin(trigger_rules()[0])
    heads = [(m.start(), m.group()) for m in trigger_heads(True).finditer(lower)]
    starts, words = [s for s, _ in heads], [w for _, w in heads]
    fast = [(m.span(), m.lastgroup) for m in _scan(whole, lower, starts, (0, len(lower)), words)]
    assert fast == [(m.span(), m.lastgroup) for m in whole.finditer(lower)]
    assert len(fast) >= 10


def test_country_names_read_from_the_rows_are_the_gazetteers():
    from dipkit.entities import country_names as built
    from dipkit.resources import gazetteer_country_names

    assert gazetteer_country_names() == built()
    assert gazetteer_country_names()["CHN"] == "China"
