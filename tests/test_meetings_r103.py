"""A release's bare title with no article as the object ("President X received Prime Minister"): the house's own
holder, the one the story first names with no land before the title (not "the Prime Minister of Japan, H.E. Mr.
X"); the place of talks on a trip: the city the visitor arrived in over the country visited (then over a building
of no known city told later); "X attended that summit", after a sentence that named the bloc's summit as a setting:
that summit with X; "attended ..., but the planned meeting was scrapped": the attendance stands; two summits
listed after "attend", each with its city: a summit each, there; "a trilateral summit to be hosted by C", after A, B and
C: the three lands' summit, in C; "the President of the Republic and the President of the Commission, X": the
holder of the bare title is a side beside X; a visit "as part of" or "within the framework of" a plan told before it
in its sentence is planned too."""

from test_meetings import found


def test_a_bare_title_object_is_the_release_own_holder():
    text = (
        "Prime Minister Narendra Modi is paying an official visit to Ukraine today. Modi arrived in Kyiv on a train from Poland, "
        "where he had met Polish Prime Minister Donald Tusk in Warsaw yesterday. President "
        "Volodymyr Zelenskyy received Prime Minister at the Mariinskyi Palace. A one-on-one session followed."
    )
    assert found(text, "2024-08-23") == [
        (["Narendra Modi", "Donald Tusk"], "Warsaw", "2024-08-22", "meeting", "held"),
        (["Volodymyr Zelenskyy", "Narendra Modi"], "Kyiv", "2024-08-23", "meeting", "held"),
    ]


def test_the_own_holder_is_not_the_first_named_foreign_one():
    text = (
        "Invited by the Prime Minister of Singapore, H.E. Mr. Lawrence Wong, on 4 September Prime Minister "
        "Narendra Modi is to visit Singapore. Foreign Minister Wang Yi called on Prime Minister in New Delhi on 19 August."
    )
    assert ["Wang Yi", "Narendra Modi"] in [m[0] for m in found(text, "2025-08-20")]


def test_a_title_with_a_name_after_it_is_no_bare_title():
    text = "President Volodymyr Zelenskyy received Prime Minister Narendra Modi in Kyiv on Friday."
    assert found(text, "2024-08-24") == [(["Volodymyr Zelenskyy", "Narendra Modi"], "Kyiv", "2024-08-23", "meeting", "held")]


def test_the_trips_city_outranks_the_country_visited_and_a_building_after():
    text = (
        "Prime Minister Narendra Modi is paying an official visit to Ukraine today on the invitation of President Volodymyr "
        "Zelenskyy.\n\n2. Prime Minister arrived in Kyiv early by train.\n\n3. Talks between the two leaders took place "
        "at the Mariinskyi Palace."
    )
    assert found(text, "2024-08-23") == [(["Narendra Modi", "Volodymyr Zelenskyy"], "Kyiv", "2024-08-23", "meeting", "held")]


def test_attending_that_summit_reports_the_summit_named_before():
    text = (
        "President Mohamed bin Zayed Al Nahyan held talks with Prime Minister Narendra Modi in Abu Dhabi on Tuesday. "
        "The corridor plan was launched at the G20 summit in New Delhi last September. Sheikh Mohamed "
        "attended that summit at India's invitation."
    )
    assert found(text, "2024-02-14") == [
        (["Mohamed bin Zayed Al Nahyan", "Narendra Modi"], "Abu Dhabi", "2024-02-13", "meeting", "held"),
        (["Group of Twenty", "Mohamed bin Zayed Al Nahyan"], "New Delhi", "2023-09", "summit", "held"),
    ]


def test_a_meeting_scrapped_after_but_leaves_the_attendance_held():
    text = (
        "President Lee Jae Myung held talks with Donald Trump on Monday. The two had talked by phone on June 6, and they "
        "had been expected to sit down together at the G7 summit in Canada in June. Lee, for his part, attended the "
        "summit as an invited leader, but the planned meeting was scrapped."
    )
    assert found(text, "2025-08-26") == [
        (["Lee Jae Myung", "Donald Trump"], None, "2025-08-25", "meeting", "held"),
        (["Lee Jae Myung", "Donald Trump"], None, "2025-06-06", "call", "held"),
        (["Group of Seven", "Lee Jae Myung"], "Canada", "2025-06", "summit", "held"),
    ]


def test_a_trip_called_off_after_but_is_still_negated():
    text = "President Lee Jae Myung was to visit Tokyo for talks with Shigeru Ishiba, but the trip was scrapped."
    assert found(text, "2025-08-26") == []


def test_two_summits_listed_after_attend_each_in_its_city():
    text = (
        "Later this month President Prabowo Subianto will attend the APEC summit in Lima and the G20 leaders' "
        "summit in Rio de Janeiro."
    )
    assert found(text, "2024-11-10") == [
        (["Prabowo Subianto", "Asia-Pacific Economic Cooperation"], "Lima", "2024-11", "summit", "planned"),
        (["Prabowo Subianto", "Group of Twenty"], "Rio de Janeiro", "2024-11", "summit", "planned"),
    ]


def test_two_blocs_before_one_plural_summit_share_its_city():
    text = "President Xi Jinping will attend the BRICS and SCO summits in Kazan."
    assert [m[0][1] + " " + str(m[1]) for m in found(text, "2024-10-10")] == ["BRICS Kazan", "Shanghai Cooperation Organisation Kazan"]


def test_a_trilateral_summit_to_be_hosted_by_one_of_three_lands_named():
    text = (
        "Top diplomats from South Korea, China and Japan agreed on Saturday to work toward a leaders' trilateral "
        "summit to be hosted by Japan."
    )
    assert found(text, "2025-03-23") == [(["South Korea", "China", "Japan"], "Japan", None, "summit", "planned")]


def test_a_trilateral_meeting_hosted_by_a_land_is_the_meeting_told():
    text = "The top diplomats of South Korea, China and Japan met in Tokyo for a trilateral meeting hosted by Japan."
    assert found(text, "2025-03-23") == [(["South Korea", "China", "Japan"], "Tokyo", "2025-03-23", "meeting", "held")]


def test_a_bare_title_coordinated_before_a_named_person_is_a_side():
    text = (
        "The President of the Republic, Mr Emmanuel Macron, welcomes Xi Jinping on a state visit to France. In Paris "
        "today, the President of the Republic and the President of the European Commission, Ursula von der Leyen, "
        "jointly held a three-way meeting with President Xi."
    )
    assert found(text, "2024-05-06") == [
        (["Emmanuel Macron", "Xi Jinping"], "Paris", "2024-05-06", "meeting", "held"),
        (["Emmanuel Macron", "Ursula von der Leyen", "Xi Jinping"], "Paris", "2024-05-06", "meeting", "held"),
    ]


def test_a_visit_within_the_framework_of_a_plan_is_planned():
    text = (
        "Kassym-Jomart Tokayev spoke by telephone with President Shavkat Mirziyoyev today. They agreed to hold the "
        "next round of talks in Astana this year, as part of a state visit of President "
        "Mirziyoyev to Kazakhstan."
    )
    # (the visit is the round the parties agreed to hold, one planned meeting of the two)
    assert [m[3:] for m in found(text, "2026-01-13")] == [("call", "held"), ("meeting", "planned")]
