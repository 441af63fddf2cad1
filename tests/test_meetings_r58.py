"""dipkit meetings, round 58, on sentences written for these tests:

- "X said that in April, Y met Z": the reported clause's subject and day come after the fronted time (not the
  speaker, not the day of the saying); a bare weekday there stays unread ("said that on Monday, he would meet");
- "Member of the Political Bureau of the CPC Central Committee and Foreign Minister X": the bodies are X's
  title, X the side;
- "since the telephone conversation between the two foreign ministers in February", "since their phone call in
  February": an earlier call of the pair of ministers (not of the two leaders named last; not dropped);
- "will meet X on Thursday, and then travel to Kazan": the trip is a later leg, planned, no part of the
  meeting; "and then go on to Kazan, where he is to hold talks with Y" lends that meeting no day, and the
  meeting with X not the city;
- "informed the King of the telephone conversation he had on Monday with X": a call of the one "he" names
  and X;
- "The King invited the President to pay a state visit to Jordan": a planned meeting of the king and the
  president the bare title stands for.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_a_time_fronted_after_said_leaves_the_subject_and_day_to_the_reported_clause():
    text = "Wang Yi said that in April, President Xi Jinping met with French President Emmanuel Macron in Beijing."
    assert found(text, "2025-06-27") == [(["Xi Jinping", "Emmanuel Macron"], "Beijing", "2025-04", "meeting", "held")]


def test_a_weekday_fronted_after_said_gives_no_day_to_a_plan():
    text = "Wang Yi said that on Monday, he would meet French Foreign Minister Jean-Noel Barrot in Paris."
    assert found(text, "2025-06-27") == [(["Wang Yi", "Jean-Noel Barrot"], "Paris", None, "meeting", "planned")]


def test_a_title_naming_several_bodies_is_the_persons_title():
    text = (
        "On June 26, 2025, Member of the Political Bureau of the Communist Party of China (CPC) Central Committee "
        "and Foreign Minister Wang Yi held talks with French Foreign Minister Jean-Noel Barrot in Beijing."
    )
    assert found(text, "2025-06-27") == [(["Wang Yi", "Jean-Noel Barrot"], "Beijing", "2025-06-26", "meeting", "held")]


MINISTERS = (
    "Wang Yi held talks with Spanish Foreign Minister Jose Manuel Albares in Beijing on Thursday. Wang Yi said "
    "that in April, President Xi Jinping met with Spanish Prime Minister Pedro Sanchez in Beijing. "
)


def test_a_call_between_the_two_foreign_ministers_is_the_ministers_not_the_leaders_named_last():
    text = MINISTERS + "Wang Yi noted that since the telephone conversation between the two foreign ministers in February, ties grew."
    assert found(text, "2025-06-27") == [
        (["Wang Yi", "Jose Manuel Albares"], "Beijing", "2025-06-26", "meeting", "held"),
        (["Xi Jinping", "Pedro Sanchez"], "Beijing", "2025-04", "meeting", "held"),
        (["Wang Yi", "Jose Manuel Albares"], None, "2025-02", "call", "held"),
    ]


def test_their_phone_call_with_a_day_of_its_own_is_an_earlier_call_of_the_pair():
    text = "Wang Yi met French Foreign Minister Jean-Noel Barrot on Thursday. Since their phone call in February, the two sides have kept in touch."
    assert found(text, "2025-06-27") == [
        (["Wang Yi", "Jean-Noel Barrot"], None, "2025-06-26", "meeting", "held"),
        (["Wang Yi", "Jean-Noel Barrot"], None, "2025-02", "call", "held"),
    ]


def test_and_then_travel_to_is_a_later_leg_of_the_plan():
    text = "Malaysian Prime Minister Anwar Ibrahim will meet Prime Minister Mikhail Mishustin on Thursday, and then travel to Kazan."
    assert found(text, "2025-05-14") == [
        (["Anwar Ibrahim", "Mikhail Mishustin"], None, "2025-05-15", "meeting", "planned"),
        (["Anwar Ibrahim", "Russia"], "Kazan", None, "visit", "planned"),
    ]


def test_talks_where_the_traveller_goes_on_to_take_no_day_and_lend_no_city():
    text = (
        "Malaysian Prime Minister Anwar Ibrahim said he would meet Russian Prime Minister Mikhail Mishustin on Thursday "
        "to discuss the commission, and then go on to Kazan, where he is to hold talks with Rustam Minnikhanov."
    )
    assert found(text, "2025-05-14") == [
        (["Anwar Ibrahim", "Mikhail Mishustin"], None, "2025-05-15", "meeting", "planned"),
        (["Anwar Ibrahim", "Rustam Minnikhanov"], "Kazan", None, "meeting", "planned"),
    ]


KING = "French President Emmanuel Macron received King Abdullah II of Jordan in Paris on Wednesday. "


def test_the_conversation_he_had_with_someone_is_his_call_with_them():
    text = KING + "Macron informed the King of the telephone conversation he had on Monday with Crown Prince Mohammed bin Salman."
    assert found(text, "2025-05-22") == [
        (["Emmanuel Macron", "Abdullah II"], "Paris", "2025-05-21", "meeting", "held"),
        (["Emmanuel Macron", "Mohammed bin Salman"], None, "2025-05-19", "call", "held"),
    ]


def test_an_invitation_to_the_president_by_title_is_a_planned_meeting_with_the_inviter():
    text = KING + "The King invited the President to pay a state visit to Jordan."
    assert found(text, "2025-05-22") == [
        (["Emmanuel Macron", "Abdullah II"], "Paris", "2025-05-21", "meeting", "held"),
        (["Abdullah II", "Emmanuel Macron"], "Jordan", None, "meeting", "planned"),
    ]
