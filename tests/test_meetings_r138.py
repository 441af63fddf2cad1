"""A contact told as what another one in the lead prepares ("spoke on Tuesday to prepare the visit of X", "to
arrange a meeting between A and B", "preparations for") takes neither the preparing contact's day nor the day of
the report: it is background to the news, as a contact told "before" or "after" another is."""

from test_meetings import found


def test_the_prepared_visit_takes_not_the_call_day():
    text = "Emmanuel Macron spoke with Donald Trump by phone on Tuesday to prepare the visit of Friedrich Merz to Washington."
    assert found(text, "2025-09-10") == [
        (["Emmanuel Macron", "Donald Trump"], None, "2025-09-09", "call", "held"),
        (["Friedrich Merz", "Donald Trump"], "Washington", None, "meeting", "held"),
    ]


def test_the_prepared_visit_takes_not_the_report_day():
    text = "Annalena Baerbock conferred with Antony Blinken by telephone to prepare the visit of Olaf Scholz to Washington."
    assert [m[2] for m in found(text, "2024-02-06")] == ["2024-02-06", None]


def test_a_call_that_took_place_keeps_its_day():
    text = "Emmanuel Macron spoke with Donald Trump by phone on Tuesday to prepare for the summit in Brussels."
    assert found(text, "2025-09-10") == [(["Emmanuel Macron", "Donald Trump"], None, "2025-09-09", "call", "held")]
