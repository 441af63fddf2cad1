"""Talks "between delegations of the two countries' ministries" are the two lands' talks."""

from test_meetings import found

_TALKS = "Thai Prime Minister Paetongtarn Shinawatra hosted Lao Prime Minister Sonexay Siphandone in Bangkok on Wednesday. "


def test_talks_between_delegations_of_the_two_countries_ministries_are_the_two_lands():
    text = _TALKS + "The rapprochement began with talks between delegations of the two countries' foreign ministries in Vientiane in May 2021."
    assert found(text, "2024-11-20")[1] == (["Thailand", "Laos"], "Vientiane", "2021-05", "meeting", "held")


def test_talks_between_the_two_countries_leaders_are_the_leaders():
    text = _TALKS + "They recalled the talks between the two countries' leaders in Vientiane in February."
    assert found(text, "2024-11-20")[1][0] == ["Paetongtarn Shinawatra", "Sonexay Siphandone"]
