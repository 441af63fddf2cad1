"""dipkit meetings, round 36, on sentences written for these tests: "Receiving X, the Prime Minister ... recalled his
talks with Y" are the prime minister's talks; "days after the premier returned from his trip" is the premier's trip;
"wrapped up a round of negotiations" is a meeting, and "a new round ... would start soon" a plan; "discussed
arrangements for a visit" takes no mood from the discussion; a day inside "preparations for exchanges this year" is
not the talks' day; "a visit to China by President X, which could take place in May" is a plan; a place's
possessive after "welcomed the delegates" is read without error.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_his_after_a_bare_title_subject_is_that_title_holder():
    text = (
        "CANBERRA, March 4 (AAP) -- Prime Minister Anthony Albanese received Chinese Ambassador Xiao Qian at "
        "Parliament House on Monday.\n\nReceiving Ambassador Xiao Qian, the Prime Minister welcomed the growth in "
        "trade and recalled his talks with President Xi Jinping in Lima last November."
    )
    assert found(text, "2025-03-04") == [
        (["Anthony Albanese", "Xiao Qian"], "Canberra", "2025-03-03", "meeting", "held"),
        (["Anthony Albanese", "Xi Jinping"], "Lima", "2024-11", "meeting", "held"),
    ]


def test_the_premier_who_returned_from_his_trip_is_the_traveller():
    text = (
        "ISLAMABAD, June 12 -- Saudi Ambassador Nawaf bin Said Al-Malki called on Prime Minister Shehbaz Sharif on "
        "Tuesday, days after the premier returned from his five-day trip to China."
    )
    assert found(text, "2024-06-12") == [
        (["Nawaf bin Said Al-Malki", "Shehbaz Sharif"], "Islamabad", "2024-06-11", "meeting", "held"),
        (["Shehbaz Sharif", "China"], "China", None, "visit", "held"),
    ]


def test_a_round_of_negotiations_is_a_meeting_and_one_that_would_start_is_planned():
    text = (
        "WASHINGTON, May 10 (AP) -- Foreign Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov wrapped up "
        "a round of negotiations in Washington on Friday.\n\nMirzoyan said a new round of negotiations with Bayramov "
        "would start in Baku soon."
    )
    assert found(text, "2025-05-10") == [
        (["Ararat Mirzoyan", "Jeyhun Bayramov"], "Washington", "2025-05-09", "meeting", "held"),
        (["Ararat Mirzoyan", "Jeyhun Bayramov"], "Baku", None, "meeting", "planned"),
    ]


def test_a_visit_whose_arrangements_were_discussed_keeps_its_own_mood():
    text = (
        "MOSCOW, April 9 (TASS) -- Foreign Minister Sergei Lavrov held talks with Foreign Minister Wang Yi in Moscow "
        "on Tuesday.\n\nThey also discussed arrangements for a visit to Russia by Xi Jinping, which could take place "
        "in the autumn."
    )
    assert found(text, "2024-04-09") == [
        (["Sergei Lavrov", "Wang Yi"], "Moscow", "2024-04-09", "meeting", "held"),
        (["Xi Jinping", "Russia"], "Russia", None, "visit", "planned"),
    ]


def test_the_year_of_exchanges_being_prepared_is_not_the_day_of_the_talks():
    text = (
        "BEIJING, April 9 (Xinhua) -- President Xi Jinping met Russian Foreign Minister Sergei Lavrov on Tuesday "
        "afternoon.\n\nEarlier in the day, Lavrov and Foreign Minister Wang Yi held talks covering trade and "
        "preparations for high-level exchanges this year."
    )
    assert found(text, "2024-04-09") == [
        (["Xi Jinping", "Sergei Lavrov"], "Beijing", "2024-04-09", "meeting", "held"),
        (["Sergei Lavrov", "Wang Yi"], "Beijing", "2024-04-09", "meeting", "held"),
    ]


def test_a_visit_by_a_titled_leader_that_could_take_place_later_is_planned():
    text = (
        "BEIJING, April 9 (Xinhua) -- Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov "
        "in Beijing on Tuesday.\n\nThe two ministers discussed a visit to China by President Vladimir Putin, which "
        "could take place in May.\n\nSpokesperson Mao Ning told reporters the visit by Lavrov showed the strength of "
        "ties."
    )
    assert found(text, "2024-04-09") == [
        (["Wang Yi", "Sergei Lavrov"], "Beijing", "2024-04-09", "meeting", "held"),
        (["Vladimir Putin", "China"], "China", None, "visit", "planned"),
    ]


def test_a_place_named_as_a_possessor_after_the_guests_is_read_without_error():
    text = (
        "ADDIS ABABA, Feb. 18 -- Prime Minister Abiy Ahmed welcomed the delegates on Saturday, saying Africa's future "
        "depended on trade within the continent."
    )
    assert found(text, "2024-02-18") == []
