"""A release's bare title with no article as the object ("President X received Prime Minister"): the house's own
holder, the one the story first names with no land before the title (not "the Prime Minister of Japan, H.E. Mr.
X"); the place of talks on a trip: the city the visitor arrived in over the country visited (then over a building
of no known city told later)."""

from test_meetings import found


def test_a_bare_title_object_is_the_release_own_holder():
    text = (
        "Prime Minister Narendra Modi paid an official visit to Ukraine today. He arrived in Kyiv by train from Poland, "
        "where he had held talks with the Prime Minister of Poland, H.E. Mr. Donald Tusk, in Warsaw yesterday. President "
        "Volodymyr Zelenskyy received Prime Minister at the Mariinskyi Palace. The two leaders then held talks in "
        "restricted format."
    )
    assert found(text, "2024-08-23") == [
        (["Narendra Modi", "Donald Tusk"], "Warsaw", "2024-08-22", "meeting", "held"),
        (["Volodymyr Zelenskyy", "Narendra Modi"], "Kyiv", "2024-08-23", "meeting", "held"),
    ]


def test_the_own_holder_is_not_the_first_named_foreign_one():
    text = (
        "At the invitation of the Prime Minister of Japan, H.E. Mr. Shigeru Ishiba, Prime Minister Narendra Modi will "
        "visit Japan on 29 August. Foreign Minister Wang Yi called on Prime Minister in New Delhi on 19 August."
    )
    assert ["Wang Yi", "Narendra Modi"] in [m[0] for m in found(text, "2025-08-20")]


def test_a_title_with_a_name_after_it_is_no_bare_title():
    text = "President Volodymyr Zelenskyy received Prime Minister Narendra Modi in Kyiv on Friday."
    assert found(text, "2024-08-24") == [(["Volodymyr Zelenskyy", "Narendra Modi"], "Kyiv", "2024-08-23", "meeting", "held")]


def test_the_trips_city_outranks_the_country_visited_and_a_building_after():
    text = (
        "Prime Minister Narendra Modi paid an official visit to Ukraine today at the invitation of President Volodymyr "
        "Zelenskyy.\n\n2. Prime Minister arrived in Kyiv in the morning by train.\n\n3. The two leaders held talks at "
        "the Mariinskyi Palace."
    )
    assert found(text, "2024-08-23") == [(["Narendra Modi", "Volodymyr Zelenskyy"], "Kyiv", "2024-08-23", "meeting", "held")]
