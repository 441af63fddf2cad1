"""A summit told only as an earlier round ("The three-way summit was last held in Bangkok in March last year") is
not the gathering of the news: talks "On the sidelines," with no gathering named do not take its place and month,
and talks "earlier in the day" take the day of the news's meeting told before, not that month."""

from test_meetings import found

_TEXT = (
    "The foreign ministers of Vietnam, Thailand and Laos agreed Friday to prepare a three-way leaders' summit to be "
    "hosted by Laos. Vietnamese Foreign Minister Bui Thanh Son, his Thai counterpart Maris Sangiampongsa and Lao "
    "Foreign Minister Thongsavanh Phomvihane met in Hanoi for their fifth three-way meeting. The three-way summit was "
    "last held in Bangkok in March last year, when Thai Prime Minister Paetongtarn Shinawatra hosted Lao Prime "
    "Minister Sonexay Siphandone and Vietnam's premier, Pham Minh Chinh. On the sidelines, Son held separate talks with "
    "Maris on river trade. Son also met Thongsavanh at the guesthouse earlier in the day."
)


def test_bare_sidelines_are_not_those_of_a_round_last_held():
    assert (["Bui Thanh Son", "Maris Sangiampongsa"], None, None, "meeting", "held") in found(_TEXT, "2025-06-14")


def test_earlier_in_the_day_is_not_the_month_of_a_round_last_held():
    meetings = found(_TEXT, "2025-06-14")
    assert (["Bui Thanh Son", "Thongsavanh Phomvihane"], "Hanoi", "2025-06-13", "meeting", "held") in meetings
