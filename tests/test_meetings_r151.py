"""A summit named by two lands hyphen-joined ("The India-Japan summit was held in Tokyo"), whose own sentence goes
on with a "where", "at which" or "during which" clause naming one person of each land, is those persons' meeting,
not the lands' (a clause naming one land's person only leaves the lands)."""

from test_meetings import found


def test_leaders_named_in_an_at_which_clause_are_the_sides():
    text = (
        "The India-Japan summit was held in Tokyo on Saturday, at which Indian leader Narendra Modi and "
        "Japanese leader Fumio Kishida agreed to expand defence ties."
    )
    assert found(text, "2024-09-09") == [(["Narendra Modi", "Fumio Kishida"], "Tokyo", "2024-09-07", "meeting", "held")]


def test_leaders_named_in_a_during_which_clause_are_the_sides():
    text = (
        "The Australia-India summit took place in New Delhi on Friday, during which Prime Minister Anthony Albanese "
        "and Prime Minister Narendra Modi signed a pact on critical minerals."
    )
    assert found(text, "2024-09-09") == [(["Anthony Albanese", "Narendra Modi"], "New Delhi", "2024-09-06", "meeting", "held")]


def test_a_clause_naming_one_land_only_leaves_the_lands():
    text = "The India-Japan summit was held in Tokyo on Saturday, at which Prime Minister Narendra Modi spoke of trade."
    assert found(text, "2024-09-09") == [(["India", "Japan"], "Tokyo", "2024-09-07", "meeting", "held")]

