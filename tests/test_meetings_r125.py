"""A meeting set at a gathering whose date stands in the possessive ("met Y at last month's NATO summit", "held
talks with Y at Thursday's BRICS summit", "during last week's EU summit") takes that date, a day or a month as
the dates layer reads it, and reports the summit with both on it; a day told for another contact of the sentence
stays that contact's."""

from test_meetings import found


def test_a_month_in_the_possessive_dates_a_meeting_at_the_summit():
    text = (
        "Canadian Prime Minister Mark Carney met Turkish President Recep Tayyip Erdogan at last month's NATO summit "
        "in The Hague, a Canadian official said on Tuesday."
    )
    assert found(text, "2025-07-08") == [
        (["Mark Carney", "Recep Tayyip Erdogan"], "Hague", "2025-06", "meeting", "held"),
        (["North Atlantic Treaty Organization", "Mark Carney", "Recep Tayyip Erdogan"], "Hague", "2025-06", "summit", "held"),
    ]


def test_a_weekday_in_the_possessive_dates_talks_at_the_summit():
    text = "Chinese Premier Li Qiang held talks with Indian Prime Minister Narendra Modi at Thursday's BRICS summit in Rio de Janeiro."
    assert found(text, "2025-07-12") == [
        (["Li Qiang", "Narendra Modi"], "Rio de Janeiro", "2025-07-10", "meeting", "held"),
        (["BRICS", "Li Qiang", "Narendra Modi"], "Rio de Janeiro", "2025-07-10", "summit", "held"),
    ]


def test_a_week_in_the_possessive_dates_a_meeting_during_the_summit():
    text = "Irish Taoiseach Micheal Martin met French President Emmanuel Macron during last week's EU summit in Brussels."
    assert found(text, "2025-07-03") == [
        (["Micheal Martin", "Emmanuel Macron"], "Brussels", "2025-W26", "meeting", "held"),
        (["Micheal Martin", "European Union", "Emmanuel Macron"], "Brussels", "2025-W26", "summit", "held"),
    ]


def test_a_day_before_the_summit_stays_the_meetings_own():
    text = (
        "Chinese Premier Li Qiang held talks with Indian Prime Minister Narendra Modi on Friday, a day after "
        "Thursday's BRICS summit in Rio de Janeiro."
    )
    assert found(text, "2025-07-12") == [(["Li Qiang", "Narendra Modi"], None, "2025-07-11", "meeting", "held")]
