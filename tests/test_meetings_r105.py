"""A venue reports name as the place itself ("at the White House") gives way to its city where the text names that
city as a place ("at the White House in Washington", "flew to Washington, where he met Y at the White House"); "in
China's Qingdao", "in Russia's Kazan": the place is the city, not the land whose possessive names it; a meeting dated
no finer than a year ("would like to meet Kim this year") takes no place from a summit one of its persons attends."""

from test_meetings import found


def test_the_venue_alone_is_the_place():
    text = "US President Joe Biden met Kenyan President William Ruto at the White House on Thursday."
    assert [m[1] for m in found(text, "2024-05-24")] == ["White House"]


def test_a_city_named_as_a_place_elsewhere_is_the_venue_city():
    text = (
        "Leaders gathered in Washington on Friday. A trilateral summit of Armenian Prime Minister Nikol Pashinyan, "
        "Azerbaijani President Ilham Aliyev and US President Donald Trump was held at the White House."
    )
    assert [m[1] for m in found(text, "2025-08-09")] == ["Washington"]


def test_a_trip_to_the_city_then_the_venue_is_the_city():
    text = (
        "Japanese Prime Minister Shigeru Ishiba travelled on Thursday to Washington, where he will hold talks with "
        "President Donald Trump at the White House on Friday."
    )
    assert [m[1] for m in found(text, "2025-02-06")] == ["Washington"]


def test_a_land_possessive_before_a_city_names_the_city():
    text = "Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Russia's Kazan on Wednesday."
    assert found(text, "2024-10-24") == [(["Xi Jinping", "Narendra Modi"], "Kazan", "2024-10-23", "meeting", "held")]


def test_a_summit_in_a_land_possessive_city_is_in_the_city():
    text = (
        "External Affairs Minister Subrahmanyam Jaishankar met Chinese Foreign Minister Wang Yi on the "
        "sidelines of a Shanghai Cooperation Organisation foreign ministers' meeting in China's Tianjin on Tuesday."
    )
    assert [m[1] for m in found(text, "2025-07-16")] == ["Tianjin", "Tianjin"]


def test_a_land_possessive_capital_stays_the_land():
    text = "Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Russia's capital on Wednesday."
    assert [m[1] for m in found(text, "2024-10-24")] == ["Russia"]


def test_a_meeting_dated_to_a_year_takes_no_summit_place():
    text = (
        "President Donald Trump told reporters on Monday that he wants to meet Kim Jong Un, the North Korean leader, this "
        "year. Seoul's President Lee Jae Myung has urged Trump to join the Asia-Pacific Economic Cooperation "
        "summit, to be held in Gyeongju in late October."
    )
    assert found(text, "2025-08-26") == [
        (["Donald Trump", "Kim Jong Un"], None, "2025", "meeting", "planned"),
        (["Lee Jae Myung", "Donald Trump", "Asia-Pacific Economic Cooperation"], "Gyeongju", "2025-10", "summit", "planned"),
    ]


def test_a_meeting_dated_within_the_summit_month_takes_its_place():
    text = (
        "Trump will attend the Asia-Pacific Economic Cooperation summit in Gyeongju in late October. He is expected to "
        "meet Chinese President Xi Jinping on October 30."
    )
    assert [m[1] for m in found(text, "2025-10-20")] == ["Gyeongju", "Gyeongju"]
