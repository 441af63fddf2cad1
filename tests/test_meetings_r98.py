"""A headline's "X holds talks with Y" over a story that tells only their phone call is that call, also where the
headline names X by the title of X's land ("South Korean President holds talks with Trump"); "their planned meeting",
in a sentence naming two persons and no more, is a meeting of those two."""

from test_meetings import found


def test_a_headlines_talks_over_a_story_of_their_call_are_the_call():
    text = (
        "South Korean President Holds Talks with Trump, Eyes Tariff Deal\n"
        "South Korean President Lee Jae-myung told reporters on Thursday that he had held a telephone conversation with Donald Trump, the U.S. president.\n"
        "Lee said the call took place on Wednesday, a day after Trump flew home early from the G7 Summit held in Canada.\n"
        "Trade Minister Ahn Duk-geun is due to fly to the United States on Monday, Lee said.\n"
        "According to Lee, Trump was sorry to miss their planned meeting at the G7 but invited him for talks in Washington."
    )
    assert found(text, "2025-06-19") == [
        (["Lee Jae-myung", "Donald Trump"], None, "2025-06-18", "call", "held"),
        (["Donald Trump", "Group of Seven"], "Canada", "2025-06-17", "summit", "held"),
        (["Ahn Duk-geun", "United States"], "United States", "2025-06-23", "visit", "planned"),
        (["Lee Jae-myung", "Donald Trump"], "Washington", None, "meeting", "planned"),
    ]


def test_a_headlines_talks_over_a_story_of_their_meeting_stay_a_meeting():
    text = (
        "South Korean President Holds Talks with Trump on Tariffs\n"
        "South Korean President Lee Jae-myung sat down with Donald Trump, the U.S. president, in Washington on Monday."
    )
    assert found(text, "2025-08-26") == [(["Lee Jae-myung", "Donald Trump"], "Washington", "2025-08-25", "meeting", "held")]


def test_their_planned_meeting_is_the_two_the_sentence_named():
    text = "Claudia Sheinbaum said Donald Trump regretted missing their planned meeting in Kananaskis."
    assert found(text, "2025-06-18") == [(["Claudia Sheinbaum", "Donald Trump"], "Kananaskis", None, "meeting", "planned")]


def test_their_after_a_pair_named_together_is_that_pair():
    text = "Claudia Sheinbaum said Donald Trump and Mark Carney regretted missing their planned meeting in Kananaskis."
    assert found(text, "2025-06-18") == [(["Donald Trump", "Mark Carney"], "Kananaskis", None, "meeting", "planned")]
