"""With no report day, the one weekday of the lead's first sentence dates the talks the lead reports."""

from test_meetings import found

_TALKS = (
    " At their talks in Lima on the margins of the APEC summit, Ishiba also told Xi that Tokyo wanted stable ties."
)


def test_a_weekday_in_the_lead_dates_the_meeting_of_an_undated_report():
    text = (
        "Japan's Shigeru Ishiba and President Xi Jinping of China agreed Friday that Tokyo and Beijing "
        "should build a stable relationship, officials said." + _TALKS
    )
    assert found(text, None) == [
        (["Shigeru Ishiba", "Xi Jinping"], "Lima", "XXXX-WXX-5", "meeting", "held"),
        (["Asia-Pacific Economic Cooperation", "Shigeru Ishiba", "Xi Jinping"], "Lima", None, "summit", "held"),
    ]


def test_a_lead_naming_two_days_dates_nothing():
    text = (
        "Japan's Shigeru Ishiba and President Xi Jinping of China agreed Friday to hold more talks on "
        "Monday, officials said." + _TALKS
    )
    assert [m[2] for m in found(text, None) if m[3] == "meeting" and m[4] == "held"] == [None]


def test_a_meeting_the_lead_recalls_stays_undated():
    text = (
        "Prime Minister Shigeru Ishiba said Friday that relations with Beijing were getting better. Ishiba last saw "
        "Chinese President Xi Jinping at the APEC summit in Lima."
    )
    assert [m[2] for m in found(text, None) if m[3] == "meeting"] == [None]


def test_after_a_headline_the_first_sentence_of_the_lead_names_the_day():
    text = (
        "Ishiba, Xi seek stable ties\nJapan's Shigeru Ishiba and President Xi Jinping of China agreed Friday "
        "that Tokyo and Beijing should build a stable relationship. At their talks in Lima, Ishiba also told Xi that "
        "Tokyo wanted Japanese detainees freed."
    )
    assert found(text, None) == [(["Shigeru Ishiba", "Xi Jinping"], "Lima", "XXXX-WXX-5", "meeting", "held")]
