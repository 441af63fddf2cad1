"""A venue reports name as the place itself ("at the White House") gives way to its city where the text names that
city as a place ("at the White House in Washington", "flew to Washington, where he met Y at the White House")."""

from test_meetings import found


def test_the_venue_alone_is_the_place():
    text = "US President Joe Biden met Kenyan President William Ruto at the White House on Thursday."
    assert [m[1] for m in found(text, "2024-05-24")] == ["White House"]


def test_a_city_named_as_a_place_elsewhere_is_the_venue_city():
    text = (
        "Leaders gathered in Washington on Friday. A trilateral summit of Azerbaijani President Ilham Aliyev, US "
        "President Donald Trump and Armenian Prime Minister Nikol Pashinyan was held at the White House."
    )
    assert [m[1] for m in found(text, "2025-08-09")] == ["Washington"]


def test_a_trip_to_the_city_then_the_venue_is_the_city():
    text = (
        "Indonesian President Prabowo Subianto flew on Sunday to Washington, where he is scheduled to meet US President "
        "Joe Biden at the White House on Tuesday."
    )
    assert [m[1] for m in found(text, "2024-11-10")] == ["Washington"]
