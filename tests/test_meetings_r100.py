"""Plans and meetings of three: "agree on Wang's visit to Japan" is a visit agreed, planned; "the two ministers
agreed to hold a trilateral meeting with Tokyo" is no part of their own talks; "a trilateral summit of A, B and C"
gathers those it lists, also where each has a title naming a land ("President of the Republic of Kenya B")."""

from test_meetings import found


def test_a_visit_agreed_on_is_planned():
    assert found("China and Japan agreed on Wang Yi's visit to Tokyo.", "2024-12-25") == [(["Wang Yi", "Japan"], "Tokyo", None, "visit", "planned")]


def test_a_trilateral_meeting_the_two_agreed_on_is_a_meeting_of_its_own():
    text = (
        "South Korean Foreign Minister Cho Tae-yul and Chinese Foreign Minister Wang Yi held talks in Beijing on Wednesday. "
        "The two ministers agreed that Wang will visit South Korea next year. They also agreed to hold a trilateral "
        "foreign ministers' meeting with Japan in Seoul next year."
    )
    assert found(text, "2024-12-26") == [
        (["Cho Tae-yul", "Wang Yi"], "Beijing", "2024-12-25", "meeting", "held"),
        (["Wang Yi", "South Korea"], "South Korea", "2025", "visit", "planned"),
        (["Cho Tae-yul", "Wang Yi", "Japan"], "Seoul", "2025", "meeting", "planned"),
    ]


def test_a_summit_of_three_named_leaders_gathers_them():
    text = "A trilateral summit of Ilham Aliyev, Donald Trump and Nikol Pashinyan was held in Washington on Friday."
    assert found(text, "2025-08-09") == [(["Ilham Aliyev", "Donald Trump", "Nikol Pashinyan"], "Washington", "2025-08-08", "summit", "held")]


def test_a_land_that_ends_the_next_persons_title_is_no_ruler_s_land():
    text = "Emmanuel Macron met Nikol Pashinyan, President of the Republic of Kenya William Ruto and Ilham Aliyev in Paris."
    assert found(text, "2025-08-09") == [
        (["Emmanuel Macron", "Nikol Pashinyan", "William Ruto", "Ilham Aliyev"], "Paris", "2025-08-09", "meeting", "held")
    ]


def test_the_land_after_a_rulers_title_still_stays_no_side():
    text = "King Hamad bin Isa Al Khalifa of Bahrain and Amir Tamim bin Hamad Al Thani of Qatar met in Manama."
    assert found(text, "2025-08-09") == [(["Hamad bin Isa Al Khalifa", "Tamim bin Hamad Al Thani"], "Manama", "2025-08-09", "meeting", "held")]
