"""A leader's state visit is hosted by the leader of the land visited; a meeting held in another land hosts no trip."""

from test_meetings import found

_BANGKOK_TALKS = "Lao Foreign Minister Thongsavanh Phomvihane met Thai Foreign Minister Maris Sangiampongsa in Bangkok on Monday. "
_AUDIENCE = " Maris is also expected to call on Lao President Thongloun Sisoulith next month."


def test_the_leader_the_story_names_hosts_a_leaders_state_visit():
    text = _BANGKOK_TALKS + "The accord was signed during Thai Prime Minister Paetongtarn Shinawatra's state visit to Vientiane in July." + _AUDIENCE
    assert (["Paetongtarn Shinawatra", "Thongloun Sisoulith"], "Vientiane", "2024-07", "meeting", "held") in found(text, "2024-11-20")


def test_a_visit_that_is_no_state_visit_keeps_the_land():
    text = _BANGKOK_TALKS + "The accord was signed during Thai Prime Minister Paetongtarn Shinawatra's visit to Vientiane in July." + _AUDIENCE
    assert (["Paetongtarn Shinawatra", "Laos"], "Vientiane", "2024-07", "visit", "held") in found(text, "2024-11-20")


def test_a_guest_received_at_home_does_not_host_the_trip_the_accord_was_signed_during():
    text = (
        "Thai Prime Minister Paetongtarn Shinawatra received Lao Foreign Minister Thongsavanh Phomvihane in Bangkok in "
        "October. The accord was signed during Paetongtarn's state visit to Vientiane in July."
    )
    assert found(text, "2024-11-20") == [
        (["Paetongtarn Shinawatra", "Thongsavanh Phomvihane"], "Bangkok", "2024-10", "meeting", "held"),
        (["Paetongtarn Shinawatra", "Laos"], "Vientiane", "2024-07", "visit", "held"),
    ]
