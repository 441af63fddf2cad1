"""A headline's "X holds talks with Y" over a story that tells only their phone call is that call, also where the
headline names X by the title of X's land ("Mexican President holds talks with Trump"); "their planned meeting",
in a sentence naming two persons and no more, is a meeting of those two."""

from test_meetings import found


def test_a_headlines_talks_over_a_story_of_their_call_are_the_call():
    text = (
        "Mexican President Holds Talks with Trump, Proposes Deal\n"
        "Mexican President Claudia Sheinbaum announced Wednesday that she held a phone conversation with U.S. President Donald Trump.\n"
        "Sheinbaum said the call took place on Tuesday, shortly after Trump left the G7 Summit in Canada early.\n"
        "She added that Economy Secretary Marcelo Ebrard is due to travel to the United States on Friday.\n"
        "Sheinbaum said Trump regretted missing their planned meeting at the G7 and invited her for talks in Washington."
    )
    assert found(text, "2025-06-18") == [
        (["Claudia Sheinbaum", "Donald Trump"], None, "2025-06-17", "call", "held"),
        (["Donald Trump", "Group of Seven"], "Canada", None, "summit", "held"),
        (["Marcelo Ebrard", "United States"], "United States", "2025-06-20", "visit", "planned"),
        (["Claudia Sheinbaum", "Donald Trump"], "Washington", None, "meeting", "planned"),
    ]


def test_a_headlines_talks_over_a_story_of_their_meeting_stay_a_meeting():
    text = (
        "Mexican President Holds Talks with Trump on Trade\n"
        "Mexican President Claudia Sheinbaum held talks with U.S. President Donald Trump in Washington on Tuesday."
    )
    assert found(text, "2025-06-18") == [(["Claudia Sheinbaum", "Donald Trump"], "Washington", "2025-06-17", "meeting", "held")]


def test_their_planned_meeting_is_the_two_the_sentence_named():
    text = "Claudia Sheinbaum said Donald Trump regretted missing their planned meeting in Kananaskis."
    assert found(text, "2025-06-18") == [(["Claudia Sheinbaum", "Donald Trump"], "Kananaskis", None, "meeting", "planned")]


def test_their_after_a_pair_named_together_is_that_pair():
    text = "Claudia Sheinbaum said Donald Trump and Mark Carney regretted missing their planned meeting in Kananaskis."
    assert found(text, "2025-06-18") == [(["Donald Trump", "Mark Carney"], "Kananaskis", None, "meeting", "planned")]
