"""dipkit meetings, round 58, on sentences written for these tests:

- "X said that in April, Y met Z": the reported clause's subject and day come after the fronted time (not the
  speaker, not the day of the saying); a bare weekday there stays unread ("said that on Monday, he would meet");
- "Member of the Standing Committee of the Political Bureau of the CPC Central Committee and Premier X": the
  bodies are X's title, X the side;
- "since the telephone conversation between the two foreign ministers in February", "since their phone call in
  February": an earlier call of the pair of ministers (not of the two leaders named last; not dropped);
- "will meet X on Thursday, and then travel to Kazan": the trip is a later leg, planned, no part of the
  meeting; "and then go on to Kazan, where he is to hold talks with Y" lends that meeting no day, and the
  meeting with X not the city;
- "informed the King of the telephone conversation he had on Monday with X": a call of the one "he" names
  and X;
- "The King invited the President to pay a state visit to Jordan": a planned meeting of the king and the
  president the bare title stands for;
- "Taking part in the meeting on the Argentine side were the Secretary General of the Presidency, X, and Y":
  X and Y join the meeting told before (the office is no side);
- "at the Bogor Presidential Palace, West Java": the palace's city, not its province;
- "was welcomed to Warsaw today by X, for bilateral talks at the Chancellery of the Prime Minister": one
  meeting with X in Warsaw (the talks are the welcome; that chancellery is not Berlin's);
- "the two prime ministers joined a video call with X", after their own call recalled: a call of the three;
- "the visiting minister was received by President X": the guest of the story (a counterpart of another land
  than X), not the host;
- "the two presidents discussed X in a phone call last month", after their talks and a call of three: a call of
  the pair, on its own day (the call noun is read with the verb, once);
- "X is to meet Y on Tuesday evening before wrapping up his state visit": the visit is X's, not Y's;
- "The two leaders last met in Jakarta in September", in the paragraph after "Marcos paid a courtesy call on
  X": that pair, as wire copy's one-sentence paragraphs tell it (not after "held separate talks with X").

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
        "On March 3, 2025, Member of the Standing Committee of the Political Bureau of the CPC Central Committee "
        "and Premier Li Qiang met Egyptian Foreign Minister Badr Abdelatty in Beijing."
    )
    assert found(text, "2025-03-04") == [(["Li Qiang", "Badr Abdelatty"], "Beijing", "2025-03-03", "meeting", "held")]


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


def test_those_taking_part_in_the_meeting_join_it():
    text = (
        "Argentine President Javier Milei received Italian Prime Minister Giorgia Meloni at the Casa Rosada on Wednesday. "
        "Taking part in the meeting on the Argentine side were the Secretary General of the Presidency, Karina Milei, "
        "and Foreign Minister Gerardo Werthein."
    )
    assert found(text, "2024-11-20") == [
        (["Javier Milei", "Giorgia Meloni", "Karina Milei", "Gerardo Werthein"], "Buenos Aires", "2024-11-20", "meeting", "held")
    ]


def test_a_palace_followed_by_its_province_is_in_the_palace_city():
    text = "On Sunday, Indonesian President Prabowo Subianto hosted Australian Prime Minister Anthony Albanese at Bogor Presidential Palace, West Java."
    assert found(text, "2025-02-17") == [(["Prabowo Subianto", "Anthony Albanese"], "Bogor", "2025-02-16", "meeting", "held")]


WARSAW = (
    "Prime Minister Mark Carney was welcomed to Warsaw today by the Prime Minister of Poland, Donald Tusk, for "
    "bilateral talks at the Chancellery of the Prime Minister. Carney thanked Tusk for their telephone call in May. "
)


def test_welcomed_to_a_city_by_a_host_for_talks_is_one_meeting_there():
    assert found(WARSAW, "2025-08-25") == [
        (["Mark Carney", "Donald Tusk"], "Warsaw", "2025-08-25", "meeting", "held"),
        (["Mark Carney", "Donald Tusk"], None, "2025-05", "call", "held"),
    ]


def test_the_pair_joining_a_call_with_a_third_is_a_call_of_the_three():
    text = WARSAW + "Following their meeting, the two prime ministers joined a video call with Ukrainian President Volodymyr Zelenskyy."
    assert found(text, "2025-08-25")[2:] == [
        (["Mark Carney", "Donald Tusk", "Volodymyr Zelenskyy"], None, "2025-08-25", "call", "held"),
    ]


def test_the_visiting_minister_received_by_the_host_president_is_the_guest():
    text = (
        "Polish Foreign Minister Radoslaw Sikorski hosted his Lithuanian counterpart Kestutis Budrys in Warsaw on Tuesday. "
        "Later in the day, the visiting minister was received by President Andrzej Duda."
    )
    assert found(text, "2025-03-12") == [
        (["Radoslaw Sikorski", "Kestutis Budrys"], "Warsaw", "2025-03-11", "meeting", "held"),
        (["Kestutis Budrys", "Andrzej Duda"], "Warsaw", "2025-03-11", "meeting", "held"),
    ]


def test_the_two_presidents_in_a_phone_call_last_month_are_the_pair_not_the_call_of_three():
    text = (
        "Egyptian President Abdel Fattah El-Sisi received French President Emmanuel Macron in Cairo on Monday. El-Sisi then "
        "hosted Macron and King Abdullah II of Jordan for a trilateral summit. During the summit, the three leaders held a "
        "phone call with US President Donald Trump. Earlier, the two presidents discussed the situation in the region in "
        "a phone call last month."
    )
    assert found(text, "2025-04-08") == [
        (["Abdel Fattah El-Sisi", "Emmanuel Macron"], "Cairo", "2025-04-07", "meeting", "held"),
        (["Abdel Fattah El-Sisi", "Emmanuel Macron", "Abdullah II"], "Cairo", "2025-04-07", "summit", "held"),
        (["Abdel Fattah El-Sisi", "Emmanuel Macron", "Abdullah II", "Donald Trump"], None, "2025-04-07", "call", "held"),
        (["Abdel Fattah El-Sisi", "Emmanuel Macron"], None, "2025-03", "call", "held"),
    ]


def test_his_visit_after_before_wrapping_up_is_the_subjects():
    text = (
        "Philippine President Ferdinand Marcos Jr. is scheduled to meet Indonesian President Joko Widodo on Tuesday "
        "evening before wrapping up his two-day state visit to Vietnam."
    )
    assert [m[0] for m in found(text, "2024-01-30")] == [["Ferdinand Marcos Jr.", "Joko Widodo"], ["Ferdinand Marcos Jr.", "Vietnam"]]


def test_the_two_leaders_last_met_after_a_one_sentence_paragraph_are_its_pair():
    text = (
        "Philippine President Ferdinand Marcos Jr. held talks with Vietnamese President Vo Van Thuong in Hanoi on Tuesday."
        "\n\nLater on Tuesday, Marcos paid a courtesy call on Prime Minister Pham Minh Chinh, with whom he discussed a "
        "separate agreement on rice.\n\nThe two leaders last met in Jakarta in September."
    )
    assert found(text, "2024-01-30") == [
        (["Ferdinand Marcos Jr.", "Vo Van Thuong"], "Hanoi", "2024-01-30", "meeting", "held"),
        (["Ferdinand Marcos Jr.", "Pham Minh Chinh"], "Hanoi", "2024-01-30", "meeting", "held"),
        (["Ferdinand Marcos Jr.", "Pham Minh Chinh"], "Jakarta", "2023-09", "meeting", "held"),
    ]


def test_the_russian_foreign_minister_is_the_minister_of_foreign_affairs():
    text = (
        "The Russian side was headed by its Minister of Foreign Affairs, Sergey Lavrov. Russian President Vladimir "
        "Putin stayed at home. On the margins, Saudi Arabia's foreign minister, Prince Faisal bin Farhan, held talks "
        "with the Russian foreign minister."
    )
    assert [m[0] for m in found(text, "2025-02-18")] == [["Faisal bin Farhan bin Abdullah Al Saud", "Sergey Lavrov"]]


def test_the_us_secretary_of_state_received_is_the_american_of_that_office():
    text = (
        "Secretary of State Marco Rubio led the American team. On Monday in Riyadh, Crown Prince Mohammed bin Salman "
        "received the US Secretary of State, who conveyed the greetings of President Donald Trump."
    )
    assert found(text, "2025-02-18") == [(["Mohammed bin Salman", "Marco Rubio"], "Riyadh", "2025-02-17", "meeting", "held")]


def test_the_conversation_held_last_week_between_two_leaders_is_their_call():
    text = (
        "Prince Faisal bin Farhan, Saudi Arabia's foreign minister, met Russian Foreign Minister Sergey Lavrov in Riyadh "
        "on Tuesday. The talks come after the telephone conversation held last week between Russian President Vladimir "
        "Putin and US President Donald Trump."
    )
    assert found(text, "2025-02-18") == [
        (["Faisal bin Farhan bin Abdullah Al Saud", "Sergey Lavrov"], "Riyadh", "2025-02-18", "meeting", "held"),
        (["Vladimir Putin", "Donald Trump"], None, "2025-W07", "call", "held"),
    ]
