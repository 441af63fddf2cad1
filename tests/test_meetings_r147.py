"""A trip another trip prepares ("could visit Seoul in early October to coordinate President X's upcoming trip",
"to prepare for Prime Minister Y's visit to Indonesia"): planned, and with no place of its own it goes where the
preparing trip goes, with no day of its own; "to prepare the visit" still points back to the visit reported."""

from test_meetings import found


def test_a_coordinated_trip_goes_where_the_preparing_trip_goes():
    text = (
        "Officials said the Chinese foreign minister Wang Yi could visit Seoul in early October to coordinate "
        "President Xi Jinping's upcoming trip to the neighbouring country."
    )
    assert found(text, "2025-09-18") == [
        (["Wang Yi", "South Korea"], "Seoul", "2025-10", "visit", "planned"),
        (["Xi Jinping", "South Korea"], "Seoul", None, "visit", "planned"),
    ]


def test_a_trip_prepared_for_is_planned():
    text = "Foreign Minister Penny Wong visited Jakarta on Monday to prepare for Prime Minister Anthony Albanese's trip to Indonesia."
    assert found(text, "2025-05-07") == [
        (["Penny Wong", "Indonesia"], "Jakarta", "2025-05-05", "visit", "held"),
        (["Anthony Albanese", "Indonesia"], "Indonesia", None, "visit", "planned"),
    ]


def test_talks_that_prepare_a_trip_give_it_no_place():
    text = "Foreign Minister Penny Wong met Sugiono in Jakarta on Monday to prepare Prime Minister Anthony Albanese's trip."
    assert found(text, "2025-05-07") == [(["Penny Wong", "Sugiono"], "Jakarta", "2025-05-05", "meeting", "held")]


def test_the_visit_prepared_is_still_the_one_reported():
    text = (
        "Indonesian Foreign Minister Sugiono held talks with Penny Wong in Canberra on Monday. "
        "Wong and Sugiono had spoken by phone last week to prepare the visit."
    )
    assert found(text, "2025-05-07") == [
        (["Sugiono", "Penny Wong"], "Canberra", "2025-05-05", "meeting", "held"),
        (["Penny Wong", "Sugiono"], None, "2025-W18", "call", "held"),
    ]
