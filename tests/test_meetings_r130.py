"""A talk recalled on the sidelines of a gathering that only a possessive dates ("the two leaders recalled their
meeting on the margins of last year's G20 summit") takes the gathering's date for the recall test: a month or more
before the story, it says nothing of who attended, so no summit is reported (a past talk told as a fact still
reports it; the recalled talk itself takes that date)."""

from test_meetings import found


def test_a_recalled_talk_at_last_years_summit_reports_no_summit():
    text = (
        "Prime Minister Anthony Albanese sat down with President Prabowo Subianto in Jakarta on Thursday. "
        "Both men recalled their first meeting on the margins of last year's G20 summit in Rio de Janeiro."
    )
    assert found(text, "2025-05-16") == [
        (["Anthony Albanese", "Prabowo Subianto"], "Jakarta", "2025-05-15", "meeting", "held"),
        (["Anthony Albanese", "Prabowo Subianto"], "Rio de Janeiro", "2024", "meeting", "held"),
    ]


def test_a_recalled_talk_at_last_years_bloc_gathering_by_the_verb_recalled():
    text = (
        "Chancellor Friedrich Merz welcomed President Cyril Ramaphosa to Berlin on Monday. The pair recalled "
        "the talks they had held on the sidelines of last year's G20 summit."
    )
    assert found(text, "2025-09-09") == [
        (["Friedrich Merz", "Cyril Ramaphosa"], "Berlin", "2025-09-08", "meeting", "held"),
    ]


def test_a_past_talk_told_as_a_fact_still_reports_the_summit():
    text = "President Cyril Ramaphosa met Chancellor Friedrich Merz on the sidelines of last year's G20 summit in Rio de Janeiro."
    assert found(text, "2025-09-09") == [
        (["Cyril Ramaphosa", "Friedrich Merz"], "Rio de Janeiro", "2024", "meeting", "held"),
        (["Group of Twenty", "Cyril Ramaphosa", "Friedrich Merz"], "Rio de Janeiro", "2024", "summit", "held"),
    ]
