"""A bare title before "will hold a telephone call with" is its holder's call."""

from test_meetings import found


def test_the_title_before_will_hold_a_call_is_the_one_named_with_it():
    text = (
        "Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol in Lima on Friday. "
        "The Prime Minister will hold a telephone call with Thai Prime Minister Paetongtarn Shinawatra on Monday."
    )
    assert found(text, "2024-11-16")[1] == (["Shigeru Ishiba", "Paetongtarn Shinawatra"], None, "2024-11-18", "call", "planned")
