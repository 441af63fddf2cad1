"""With no report day, the one weekday of the lead's first sentence dates the talks the lead reports."""

from test_meetings import found

_TALKS = (
    " During their meeting on the sidelines of the APEC summit in Lima, Ishiba also told Yoon that Tokyo welcomed the deal."
)


def test_a_weekday_in_the_lead_dates_the_meeting_of_an_undated_report():
    text = (
        "Prime Minister Shigeru Ishiba agreed Sunday with South Korean President Yoon Suk-yeol that the two countries "
        "will keep working together, the government said." + _TALKS
    )
    assert found(text, None) == [
        (["Shigeru Ishiba", "Yoon Suk-yeol"], "Lima", "XXXX-WXX-7", "meeting", "held"),
        (["Asia-Pacific Economic Cooperation", "Shigeru Ishiba", "Yoon Suk-yeol"], "Lima", None, "summit", "held"),
    ]


def test_a_lead_naming_two_days_dates_nothing():
    text = (
        "Prime Minister Shigeru Ishiba agreed Sunday with South Korean President Yoon Suk-yeol to meet again on "
        "Tuesday, the government said." + _TALKS
    )
    assert [m[2] for m in found(text, None) if m[3] == "meeting" and m[4] == "held"] == [None]


def test_a_meeting_the_lead_recalls_stays_undated():
    text = (
        "Prime Minister Shigeru Ishiba said Sunday that ties with Seoul were improving. Ishiba last met South Korean "
        "President Yoon Suk-yeol on the sidelines of the APEC summit in Lima."
    )
    assert [m[2] for m in found(text, None) if m[3] == "meeting"] == [None]


def test_after_a_headline_the_first_sentence_of_the_lead_names_the_day():
    text = (
        "Ishiba and Yoon pledge closer ties\nPrime Minister Shigeru Ishiba agreed Sunday with South Korean President "
        "Yoon Suk-yeol that the two countries will keep working together. During their meeting in Lima, Ishiba also "
        "told Yoon that Tokyo welcomed the deal."
    )
    assert found(text, None) == [(["Shigeru Ishiba", "Yoon Suk-yeol"], "Lima", "XXXX-WXX-7", "meeting", "held")]
