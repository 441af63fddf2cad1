""""Following his meeting with Y, Prime Minister X had ...": "his" is X, the titled subject after the opening
phrase. "Earlier today in Paris, X met Y": the place of a time-and-place opener. A city in title case with its
country alone on the line under the headline ("London, United Kingdom") is the dateline."""

from test_meetings import found

from dipkit.split.dateline import find_dateline


def test_his_in_an_opening_phrase_is_the_titled_subject_after_it():
    text = (
        "Prime Minister Mark Carney met President Emmanuel Macron in Paris on Monday. President Macron recalled his own "
        "visit to Ottawa last year, when Justin Trudeau received him. Following his meeting with Prime Minister "
        "Keir Starmer in London, Prime Minister Carney was granted an audience by Pope Leo XIV."
    )
    assert [m[0] for m in found(text, "2025-06-10")] == [
        ["Mark Carney", "Emmanuel Macron"], ["Emmanuel Macron", "Justin Trudeau"], ["Mark Carney", "Keir Starmer"], ["Mark Carney", "Pope Leo XIV"]
    ]


def test_the_place_of_an_opener_after_a_time_word():
    text = "Earlier today in Paris, Prime Minister Mark Carney held a meeting with French President Emmanuel Macron."
    assert found(text, "2025-03-17") == [(["Mark Carney", "Emmanuel Macron"], "Paris", "2025-03-17", "meeting", "held")]


def test_a_city_and_its_country_alone_under_the_headline_is_the_dateline():
    text = "Carney meets Starmer\nLondon, United Kingdom\n\nToday, the Prime Minister met with the Prime Minister of the United Kingdom in his office."
    line = find_dateline(text)
    assert (line["place"], line["text"]) == ("London", "London, United Kingdom")


def test_a_title_case_line_with_no_known_country_is_no_dateline():
    text = "Carney meets Starmer\nLondon, Officials Say\n\nToday, the Prime Minister met with the Prime Minister of the United Kingdom in his office."
    assert find_dateline(text) is None
