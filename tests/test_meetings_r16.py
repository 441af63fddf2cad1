"""dipkit meetings, round 16, on sentences written for these tests: a trip "for a meeting of SCO foreign ministers"
attends the bloc's gathering even a month back, and so does being "in Beijing for" it; "Modi's trip to Tianjin
for the SCO summit" is Modi at that summit, however the bloc's name is spelled out.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found


def test_a_trip_last_month_for_a_meeting_of_a_blocs_ministers_attends_it():
    text = "Indian Foreign Minister S Jaishankar travelled to Beijing last month for a meeting of SCO foreign ministers."
    expected = [(["S Jaishankar", "Shanghai Cooperation Organisation"], "Beijing", "2025-07", "summit", "held")]
    assert found(text, "2025-08-19") == expected
    text = "Indian Foreign Minister S Jaishankar was in Beijing last month for a meeting of SCO foreign ministers."
    assert found(text, "2025-08-19") == expected


def test_a_leaders_trip_for_a_summit_named_in_full_with_its_initials_is_that_summit():
    text = (
        "Officials said Prime Minister Narendra Modi's trip to Tianjin for the Shanghai Cooperation Organisation (SCO) "
        "summit from August 31 would be his first to China in seven years."
    )
    assert found(text, "2025-08-19") == [(["Shanghai Cooperation Organisation", "Narendra Modi"], "Tianjin", "2025-08-31", "summit", "planned")]


def test_a_trip_told_in_the_present_and_the_talks_it_plans_next_are_one_planned_meeting_there():
    text = (
        "From Moscow, Prime Minister Narendra Modi travels to Vienna, the first visit by an Indian prime minister to "
        "Austria in decades, and will hold talks with Chancellor Karl Nehammer on Wednesday."
    )
    assert found(text, "2024-07-09") == [(["Narendra Modi", "Karl Nehammer"], "Vienna", "2024-07-10", "meeting", "planned")]


def test_an_undated_meeting_with_the_hosts_of_the_visitors_talks_takes_their_city():
    text = (
        "Indonesian President Prabowo Subianto held talks with President Xi Jinping in Beijing on Saturday. He is also "
        "scheduled to meet Premier Li Qiang before flying on to Washington."
    )
    assert found(text, "2024-11-09") == [
        (["Prabowo Subianto", "Xi Jinping"], "Beijing", "2024-11-09", "meeting", "held"),
        (["Prabowo Subianto", "Li Qiang"], "Beijing", None, "meeting", "planned"),
    ]
    text = "Pakistani Prime Minister Imran Khan met President Xi Jinping in Beijing on Tuesday. Xi and Khan last met in April."
    assert found(text, "2018-10-03")[1] == (["Xi Jinping", "Imran Khan"], None, "2018-04", "meeting", "held")


def test_in_this_city_is_the_datelines_city_and_so_is_a_reuters_dateline_with_country_and_day():
    text = (
        "XIAMEN, China, Sept 5 (Reuters) - Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held "
        "talks on Tuesday, their first since the border standoff ended.\n\nThe hour-long meeting on the margins of "
        "the BRICS summit in this coastal city was cordial, officials said."
    )
    meetings = found(text, "2017-09-05")
    assert meetings[0] == (["Narendra Modi", "Xi Jinping"], "Xiamen", "2017-09-05", "meeting", "held")
    text = (
        "KYIV (AP) — Ukraine will press its allies for more air defence systems, President Volodymyr Zelenskyy said on "
        "Monday.\n\nZelenskyy, who met Polish President Andrzej Duda in this capital last week, said the talks had gone well."
    )
    assert found(text, "2024-05-13") == [(["Volodymyr Zelenskyy", "Andrzej Duda"], "Kyiv", "2024-W19", "meeting", "held")]


def test_a_trip_to_a_land_for_a_named_summit_in_one_of_its_cities_is_the_summit_there_not_in_the_name():
    text = (
        "Kenyan President William Ruto travelled to India last month to take part in the Vibrant Gujarat Global Summit "
        "in Gandhinagar, where he held talks with Prime Minister Narendra Modi."
    )
    assert found(text, "2024-02-14") == [
        (["William Ruto", "Narendra Modi"], "Gandhinagar", "2024-01", "summit", "held"),
        (["William Ruto", "Narendra Modi"], "Gandhinagar", "2024-01", "meeting", "held"),
    ]


def test_a_leader_in_town_for_a_blocs_summit_named_by_year_attends_the_summit_the_story_dates():
    text = (
        "TIANJIN, Aug. 31 (Xinhua) -- Chinese President Xi Jinping on Sunday met with Indian Prime Minister Narendra "
        "Modi, who is in Tianjin for the Shanghai Cooperation Organization (SCO) Summit 2025.\n\n"
        "Xi will preside over the SCO summit on Monday."
    )
    assert found(text, "2025-08-31") == [
        (["Xi Jinping", "Narendra Modi"], "Tianjin", "2025-08-31", "meeting", "held"),
        (["Shanghai Cooperation Organisation", "Narendra Modi", "Xi Jinping"], "Tianjin", "2025-09-01", "summit", "planned"),
    ]


def test_a_presidential_palace_stands_for_its_city_spelled_as_the_dateline_spells_it():
    text = "On Tuesday President Luiz Inácio Lula da Silva hosted Chilean President Gabriel Boric at the Planalto Palace."
    assert found(text, "2025-04-22") == [(["Luiz Inácio Lula da Silva", "Gabriel Boric"], "Brasília", "2025-04-22", "meeting", "held")]
    text = (
        "Washington DC [US], February 13 (ANI): Prime Minister Narendra Modi met US Secretary of State Marco Rubio "
        "at the State Department on Thursday."
    )
    assert found(text, "2025-02-13") == [(["Narendra Modi", "Marco Rubio"], "Washington DC", "2025-02-13", "meeting", "held")]


def test_an_earlier_gathering_with_no_day_of_its_own_stays_apart_from_the_one_planned():
    text = (
        "Ghanaian President Nana Akufo-Addo attended a G20 conference on Africa hosted by German Chancellor Angela "
        "Merkel in Berlin last year. Merkel invited him to an investment summit she will host in Berlin in October "
        "under the G20's Compact with Africa."
    )
    kinds = [(m[2], m[3], m[4]) for m in found(text, "2018-08-30")]
    assert ("2017", "summit", "held") in kinds and ("2018-10", "summit", "planned") in kinds


def test_the_day_closing_an_opening_on_the_sidelines_phrase_is_the_meetings():
    text = "On the sidelines of the conference on Sunday, Jaishankar met Sri Lankan Foreign Minister Vijitha Herath."
    assert found(text, "2025-02-17")[0][2] == "2025-02-16"


def test_during_his_visit_to_a_city_is_the_visit_of_the_one_not_at_home_there():
    text = (
        "Ties got a boost when Sultan Haitham bin Tarik held talks with Prime Minister Narendra Modi during his state "
        "visit to New Delhi in December 2023."
    )
    assert found(text, "2025-02-16") == [(["Haitham bin Tarik", "Narendra Modi"], "New Delhi", "2023-12", "meeting", "held")]


def test_earlier_in_the_day_is_the_day_of_the_news_not_of_a_call_recalled_in_between():
    text = (
        "KANANASKIS, Canada, June 17 (Yonhap) -- President Lee Jae-myung on Tuesday held his first summit with "
        "Japan's Prime Minister Shigeru Ishiba, on the margins of the G7 meeting of leaders.\n\n"
        "The talks at a resort hotel lasted 30 minutes, officials said. The two leaders agreed to meet again soon.\n\n"
        "It was their first encounter since they spoke by phone on June 9.\n\n"
        "Earlier in the day, Lee held talks with Australian Prime Minister Anthony Albanese. He also briefly met "
        "Canadian Prime Minister Mark Carney, the summit's host."
    )
    days = {tuple(m[0]): m[2] for m in found(text, "2025-06-18") if m[3] == "meeting" and m[4] == "held"}
    assert days[("Lee Jae-myung", "Anthony Albanese")] == "2025-06-17"
    assert days[("Lee Jae-myung", "Mark Carney")] == "2025-06-17"


def test_a_host_welcoming_a_lands_ruler_by_title_to_a_city_meets_that_land_there():
    text = "Prime Minister Keir Starmer welcomed the Emir of Qatar to Downing Street on Wednesday for talks."
    assert found(text, "2024-12-05") == [(["Keir Starmer", "Qatar"], "London", "2024-12-04", "meeting", "held")]
    text = (
        "Prime Minister Keir Starmer welcomed Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, to London on "
        "Wednesday for talks on Gaza and a hoped-for trade pact."
    )
    assert found(text, "2024-12-05") == [(["Keir Starmer", "Tamim bin Hamad Al Thani"], "London", "2024-12-04", "meeting", "held")]
    assert found("President Ruto welcomed the decision of the Emir of Qatar on Monday.", "2024-12-05") == []


def test_in_the_capital_or_the_city_is_the_datelines_city_unless_a_name_follows():
    text = (
        "BEIJING, June 19 (Reuters) – Chinese Premier Li Qiang hosted New Zealand Prime Minister Christopher Luxon for "
        "talks on Wednesday. Luxon, who arrived in Shanghai on Tuesday with a business delegation, is due to meet "
        "President Xi Jinping in the capital on Friday."
    )
    assert found(text, "2024-06-19")[1] == (["Christopher Luxon", "Xi Jinping"], "Beijing", "2024-06-21", "meeting", "planned")
    text = (
        "NAIROBI, Aug 24 (KNA) – President William Ruto hosted Ugandan President Yoweri Museveni in the coastal city "
        "of Mombasa on Friday."
    )
    assert found(text, "2024-08-24") == [(["William Ruto", "Yoweri Museveni"], "Mombasa", "2024-08-23", "meeting", "held")]


def test_a_meeting_dated_after_the_report_is_planned():
    text = (
        "India and China are working towards a meeting between Prime Minister Narendra Modi and President Xi Jinping "
        "on the margins of next month's BRICS summit in the Russian city of Kazan, people familiar with the matter said."
    )
    assert {(m[3], m[4]) for m in found(text, "2024-09-20")} == {("meeting", "planned"), ("summit", "planned")}


def test_a_meeting_of_the_news_placed_in_the_datelines_country_is_in_its_city():
    text = (
        "KANANASKIS, Canada, June 17 (Yonhap) -- President Lee Jae-myung on Tuesday held his first summit with "
        "Japan's Prime Minister Shigeru Ishiba, on the margins of the Group of Seven gathering in Canada."
    )
    assert found(text, "2025-06-18")[0] == (["Lee Jae-myung", "Shigeru Ishiba"], "Kananaskis", "2025-06-17", "meeting", "held")


def test_a_host_of_the_talks_joins_the_gathering_reported_before():
    text = "G7 leaders met in Hiroshima on Friday. Japanese Prime Minister Fumio Kishida hosted the talks."
    assert found(text, "2023-05-20") == [(["Group of Seven", "Fumio Kishida"], "Hiroshima", "2023-05-19", "summit", "held")]


def test_as_the_bloc_met_the_bloc_is_the_subject():
    text = (
        "Albanese spoke on climate change as the Quad met in Tokyo on Tuesday. Japanese Prime Minister Fumio Kishida "
        "hosted the talks."
    )
    assert found(text, "2022-05-24") == [(["Quadrilateral Security Dialogue", "Fumio Kishida"], "Tokyo", "2022-05-24", "summit", "held")]


def test_he_after_a_sentence_opened_by_a_possessor_is_that_possessor():
    text = (
        "Secretary of State John Kerry held separate talks on Wednesday with Foreign Minister Susana Malcorra. "
        "Macri's courtship of Washington began weeks after he was sworn in. In January, he met Vice President Joe "
        "Biden at the World Economic Forum in Davos."
    )
    assert found(text, "2016-03-23")[1] == (["Mauricio Macri", "Joe Biden"], "Davos", "2016-01", "meeting", "held")


def test_a_visitor_flying_home_after_a_meeting_holds_it_where_the_visit_is():
    text = (
        "Paris (AFP) - French President Emmanuel Macron received Senegal's new leader Bassirou Diomaye Faye at the "
        "Elysee Palace on Thursday. On Friday, the Senegalese president is expected to meet Prime Minister Gabriel "
        "Attal before flying home."
    )
    assert found(text, "2024-06-20")[1] == (["Bassirou Diomaye Faye", "Gabriel Attal"], "Paris", "2024-06-21", "meeting", "planned")


def test_the_day_of_a_visit_paid_is_also_the_day_of_the_talks_its_when_clause_tells():
    text = (
        "President Dina Boluarte received Xi Jinping at Government Palace on Thursday. The meeting follows the official "
        "visit that Boluarte paid to Beijing in late June, when she held talks with Xi in the Great Hall of the People."
    )
    assert found(text, "2024-11-15")[1] == (["Dina Boluarte", "Xi Jinping"], "Beijing", "2024-06", "meeting", "held")
    text = "Modi and Trump had spoken over the phone on January 27, when they discussed trade."
    assert found(text, "2025-02-13") == [(["Narendra Modi", "Donald Trump"], None, "2025-01-27", "call", "held")]


def test_a_headlines_topic_label_is_no_subject():
    text = (
        "Niger coup: ECOWAS leaders meet in Abuja as junta digs in\n\nWest African leaders on Thursday began an "
        "extraordinary summit in Abuja."
    )
    text += " President Bola Tinubu, who chairs the bloc, also attended."
    assert found(text, "2023-08-10") == [(["Economic Community of West African States", "Bola Tinubu"], "Abuja", "2023-08-10", "summit", "held")]


def test_arrived_and_was_received_by_shares_the_travellers_subject():
    text = (
        "Iranian President Ebrahim Raisi began a visit to Pakistan on Monday. The president arrived in Islamabad and "
        "was received by Prime Minister Muhammad Shehbaz Sharif."
    )
    assert found(text, "2024-04-24") == [(["Ebrahim Raisi", "Muhammad Shehbaz Sharif"], "Islamabad", "2024-04-22", "meeting", "held")]
