"""A lead's meeting told "after a meeting with Y" (after "a" or "an", as after "the talks with Y") is the news of the lead,
not an earlier event: it takes the lead's day ("three days after a meeting with Y" still counts back from it); a held summit
of named persons told as a step of the story ("Then, a trilateral summit of A, B and C was held") takes the day of the
meeting of one of them reported before, as a meeting told so does."""

from test_meetings import found


def test_speaking_after_a_meeting_in_the_lead_takes_the_lead_day():
    text = (
        "Germany will send more air defence systems to Ukraine, Foreign Minister Annalena Baerbock said on March 6. "
        "Ms Baerbock was speaking after a meeting with Prime Minister Denys Shmyhal in Kyiv."
    )
    assert found(text, "2025-03-07") == [(["Annalena Baerbock", "Denys Shmyhal"], "Kyiv", "2025-03-06", "meeting", "held")]


def test_days_after_a_meeting_is_still_background():
    text = (
        "Germany will send more air defence systems to Ukraine, Foreign Minister Annalena Baerbock said on March 6, "
        "three days after a meeting with Prime Minister Denys Shmyhal in Kyiv."
    )
    assert found(text, "2025-03-07") == [(["Annalena Baerbock", "Denys Shmyhal"], "Kyiv", "2025-03-03", "meeting", "held")]


def test_a_summit_told_as_the_next_step_takes_the_day_of_its_persons_meeting():
    text = (
        "On August 8, President of Azerbaijan Ilham Aliyev met with President of the United States Donald Trump at the "
        "White House in Washington. The two presidents discussed energy and transport. Aliyev thanked Trump for the "
        "invitation. The sides also discussed investment. Then, a trilateral summit of President Ilham Aliyev, President "
        "Donald Trump and Prime Minister of Armenia Nikol Pashinyan was held at the White House."
    )
    assert found(text, "2025-08-09") == [
        (["Ilham Aliyev", "Donald Trump"], "Washington", "2025-08-08", "meeting", "held"),
        (["Ilham Aliyev", "Donald Trump", "Nikol Pashinyan"], "Washington", "2025-08-08", "summit", "held"),
    ]
