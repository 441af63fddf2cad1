"""dipkit meetings, round 6 (detection and participants), on pages written for these tests: whoever speaks of a
meeting is no side of it, a talk recalled from long ago on the sidelines of a gathering reports no attendance,
entrepreneurs of a nationality are no side, a spouse travelling with a leader gives way to the leader, "took tea
with", a name "May" that is no modal, a bare title as the subject of an infinitive and as the antecedent of the next
sentence's "he", "the UAE President" as its president (not its vice president), "X's predecessor Y", a trip "by" a
minister named after its date, "visited X and met A as well as B", "the Deputy Prime Minister", the agent of an
earlier trip, ministers who attended a "conclave", "a meeting of the four nations, A, B, C and D", a sentence
opening "They", "shook hands" and a second verb sharing its sides, a possessor after "the two leaders", and "were
joined by".

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly as _found, org, person, place

from dipkit.meetings.document import build
from dipkit.meetings.mentions import find_mentions
from dipkit.split.sentences import sentence_spans


def test_a_senator_who_says_the_summit_handed_the_guest_a_win_is_no_side_of_it():
    text = (
        "President Joe Biden and Chinese President Xi Jinping held talks in Woodside on Wednesday. "
        "Senator Marco Rubio said the summit handed Xi a propaganda win."
    )
    entities = [
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "Woodside", "city", "Woodside", "USA"),
        person(text, "Marco Rubio", "Marco Rubio", "Senator", "USA"),
        person(text, "Xi", "Xi Jinping", "President", "CHN", nth=2),
    ]
    found = _found(text, entities, [date(text, "Wednesday", "2023-11-15")], "2023-11-15")
    assert not any("Marco Rubio" in parties for parties, *_ in found)


def test_a_minister_who_recalls_what_two_leaders_agreed_at_their_meeting_is_no_side_of_it():
    text = (
        "Foreign Minister Penny Wong held talks with Indonesian Foreign Minister Sugiono in Jakarta on Monday. "
        "Wong said Prime Minister Anthony Albanese and President Prabowo Subianto agreed on a defence treaty "
        "at their meeting in Canberra in November."
    )
    entities = [
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
        place(text, "Indonesian", "norp", "Indonesian", "IDN"),
        person(text, "Sugiono", "Sugiono", "Foreign Minister", "IDN"),
        place(text, "Jakarta", "city", "Jakarta", "IDN"),
        person(text, "Wong", "Penny Wong", "Foreign Minister", "AUS", nth=2),
        person(text, "Anthony Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        person(text, "Prabowo Subianto", "Prabowo Subianto", "President", "IDN"),
        place(text, "Canberra", "city", "Canberra", "AUS"),
    ]
    dates = [date(text, "Monday", "2025-02-10"), date(text, "November", "2024-11")]
    found = _found(text, entities, dates, "2025-02-11")
    assert (["Anthony Albanese", "Prabowo Subianto"], "Canberra", "2024-11", "meeting", "held") in found
    assert not any("Penny Wong" in parties and "Anthony Albanese" in parties for parties, *_ in found)


def test_a_talk_recalled_from_months_before_on_the_sidelines_of_a_summit_reports_no_attendance():
    text = (
        "Prime Minister Keir Starmer held talks with Indian Prime Minister Narendra Modi in Mumbai on Thursday. "
        "Starmer and Modi last met on the sidelines of a G7 summit in Kananaskis in June."
    )
    entities = [
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Mumbai", "city", "Mumbai", "IND"),
        person(text, "Starmer", "Keir Starmer", "Prime Minister", "GBR", nth=2),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND", nth=2),
        org(text, "G7", "Group of Seven"),
        place(text, "Kananaskis", "city", "Kananaskis", "CAN"),
    ]
    dates = [date(text, "Thursday", "2025-10-09"), date(text, "in June", "2025-06")]
    found = _found(text, entities, dates, "2025-10-09")
    assert (["Keir Starmer", "Narendra Modi"], "Kananaskis", "2025-06", "meeting", "held") in found
    assert not any(kind == "summit" for *_, kind, _status in found)


def test_a_meeting_of_ministers_recalled_by_the_sentence_date_reports_no_summit():
    text = (
        "Penny Wong and Wang Yi, the foreign ministers of Australia and China, met in Beijing on Wednesday. "
        "Wong and Wang first held talks last July, on the sidelines of a meeting of ASEAN foreign ministers in Jakarta."
    )
    entities = [
        person(text, "Penny Wong", "Penny Wong", "Foreign Minister", "AUS"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Australia", "country", "Australia", "AUS"),
        place(text, "China", "country", "China", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Wong", "Penny Wong", "Foreign Minister", "AUS", nth=2),
        person(text, "Wang", "Wang Yi", "Foreign Minister", "CHN", nth=2),
        org(text, "ASEAN", "Association of Southeast Asian Nations"),
        place(text, "Jakarta", "city", "Jakarta", "IDN"),
    ]
    dates = [date(text, "Wednesday", "2022-12-21"), date(text, "last July", "2022-07")]
    found = _found(text, entities, dates, "2022-12-21")
    assert not any(kind == "summit" for *_, kind, _status in found)


def test_entrepreneurs_of_the_hosts_nationality_are_no_side():
    text = (
        "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba met for talks in Tokyo on "
        "Saturday. On Sunday Lee will sit down with Japanese entrepreneurs at a hotel."
    )
    entities = [
        place(text, "South Korean", "norp", "South Korean", "KOR"),
        person(text, "Lee Jae-myung", "Lee Jae-myung", "President", "KOR"),
        place(text, "Japanese", "norp", "Japanese", "JPN"),
        person(text, "Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JPN"),
        place(text, "Tokyo", "city", "Tokyo", "JPN"),
        person(text, "Lee", "Lee Jae-myung", "President", "KOR", nth=2),
        place(text, "Japanese", "norp", "Japanese", "JPN", nth=2),
    ]
    dates = [date(text, "Saturday", "2025-08-23"), date(text, "Sunday", "2025-08-24")]
    found = _found(text, entities, dates, "2025-08-23")
    assert found == [(["Lee Jae-myung", "Shigeru Ishiba"], "Tokyo", "2025-08-23", "meeting", "held")]


def test_the_wife_welcomed_with_the_president_gives_way_to_him():
    text = (
        "President Emmanuel Macron arrived in London on Tuesday for a state visit. "
        "The President and his wife Brigitte Macron were welcomed by Prime Minister Keir Starmer at the airport."
    )
    entities = [
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        place(text, "London", "city", "London", "GBR"),
        person(text, "Brigitte Macron", "Brigitte Macron", "wife", "FRA"),
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
    ]
    found = _found(text, entities, [date(text, "Tuesday", "2025-07-08")], "2025-07-08")
    assert (["Emmanuel Macron", "Keir Starmer"], "London", "2025-07-08", "meeting", "held") in found
    assert not any("Brigitte Macron" in parties for parties, *_ in found)


def test_tea_with_the_king_after_lunch_with_a_prime_minister_named_may_is_held():
    text = (
        "In Britain last week, President Donald Trump lunched with Prime Minister Theresa May and then took tea "
        "with King Charles III at Windsor Castle."
    )
    entities = [
        place(text, "Britain", "country", "United Kingdom", "GBR"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
        person(text, "Theresa May", "Theresa May", "Prime Minister", "GBR"),
        person(text, "King Charles III", "Charles III", "King", "GBR"),
    ]
    found = _found(text, entities, [date(text, "last week", "2018-W28")], "2018-07-16")
    assert [(parties, status) for parties, _, _, _, status in found if "Charles III" in parties] == [(["Donald Trump", "Charles III"], "held")]


def test_a_bare_title_is_the_subject_of_a_trip_to_meet_and_of_the_next_sentences_he():
    text = (
        "President Lula da Silva arrived in Rome on Friday. This evening the President is due to fly to the Vatican "
        "to meet Pope Leo XIV. He will hold talks with Prime Minister Giorgia Meloni on Monday."
    )
    entities = [
        person(text, "Lula da Silva", "Luiz Inácio Lula da Silva", "President", "BRA"),
        place(text, "Rome", "city", "Rome", "ITA"),
        place(text, "Vatican", "country", "Vatican City", "VAT"),
        person(text, "Pope Leo XIV", "Leo XIV", "Pope", "VAT"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
    ]
    dates = [date(text, "Friday", "2025-06-13"), date(text, "This evening", "2025-06-13"), date(text, "Monday", "2025-06-16")]
    found = [parties for parties, *_ in _found(text, entities, dates, "2025-06-13")]
    assert ["Luiz Inácio Lula da Silva", "Leo XIV"] in found
    assert ["Luiz Inácio Lula da Silva", "Giorgia Meloni"] in found
    assert ["Leo XIV", "Giorgia Meloni"] not in found


def test_the_uae_president_is_its_president_not_its_vice_president():
    text = (
        "President Sheikh Mohamed bin Zayed held talks with Prime Minister Narendra Modi in Abu Dhabi on Tuesday. "
        "Modi will meet Vice President Sheikh Mohammed bin Rashid in Dubai on Wednesday. "
        "The UAE President toured India in January."
    )
    entities = [
        person(text, "Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan", "President", "ARE"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Abu Dhabi", "city", "Abu Dhabi", "ARE"),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND", nth=2),
        person(text, "Mohammed bin Rashid", "Mohammed bin Rashid Al Maktoum", country="ARE", role="Vice President"),
        place(text, "Dubai", "city", "Dubai", "ARE"),
        place(text, "UAE", "country", "United Arab Emirates", "ARE"),
        place(text, "India", "country", "India", "IND"),
    ]
    dates = [date(text, "Tuesday", "2024-02-13"), date(text, "Wednesday", "2024-02-14"), date(text, "in January", "2024-01")]
    found = _found(text, entities, dates, "2024-02-13")
    assert (["Mohamed bin Zayed Al Nahyan", "India"], "India", "2024-01", "visit", "held") in found
    assert not any("United Arab Emirates" in parties for parties, *_ in found)


def test_talks_with_a_leaders_predecessor_are_with_the_predecessor():
    text = (
        "Prime Minister Anwar Ibrahim met President Donald Trump in Washington on Tuesday. "
        "Anwar held talks with Trump's predecessor Joe Biden at an APEC gathering in San Francisco in November 2023."
    )
    entities = [
        person(text, "Anwar Ibrahim", "Anwar Ibrahim", "Prime Minister", "MYS"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
        person(text, "Anwar", "Anwar Ibrahim", "Prime Minister", "MYS", nth=2),
        person(text, "Trump", "Donald Trump", "President", "USA", nth=2),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        place(text, "San Francisco", "city", "San Francisco", "USA"),
    ]
    dates = [date(text, "Tuesday", "2025-10-21"), date(text, "November 2023", "2023-11")]
    found = _found(text, entities, dates, "2025-10-22")
    assert (["Anwar Ibrahim", "Joe Biden"], "San Francisco", "2023-11", "meeting", "held") in found


def test_a_trip_by_a_minister_named_after_its_date_whose_talks_follow_keeps_each_talk_apart():
    text = (
        "Beijing prepared the ground with a trip to Washington in late October by Foreign Minister Wang Yi, who sat "
        "down with President Joe Biden and later held talks with Secretary of State Antony Blinken."
    )
    entities = [
        place(text, "Beijing", "city", "Beijing", "CHN"),
        place(text, "Washington", "city", "Washington", "USA"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        person(text, "Antony Blinken", "Antony Blinken", "Secretary of State", "USA"),
    ]
    found = _found(text, entities, [date(text, "late October", "2023-10")], "2023-11-14")
    assert sorted(p for p, *_ in found) == [["Wang Yi", "Antony Blinken"], ["Wang Yi", "Joe Biden"]]
    assert (["Wang Yi", "Joe Biden"], "Washington", "2023-10", "meeting", "held") in found


def test_visited_a_capital_and_met_a_as_well_as_b_is_a_meeting_with_each_there():
    text = (
        "On Tuesday IAEA chief Rafael Grossi visited Moscow and met Foreign Minister Sergei Lavrov as well as "
        "Alexei Likhachev, who runs the state nuclear company."
    )
    entities = [
        person(text, "Rafael Grossi", "Rafael Grossi", "Director General", None),
        place(text, "Moscow", "city", "Moscow", "RUS"),
        person(text, "Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS"),
        person(text, "Alexei Likhachev", "Alexei Likhachev", None, "RUS"),
    ]
    found = _found(text, entities, [date(text, "Tuesday", "2025-04-15")], "2025-04-16")
    assert sorted(found) == [
        (["Rafael Grossi", "Alexei Likhachev"], "Moscow", "2025-04-15", "meeting", "held"),
        (["Rafael Grossi", "Sergei Lavrov"], "Moscow", "2025-04-15", "meeting", "held"),
    ]


def test_the_deputy_prime_minister_is_not_the_prime_minister():
    text = (
        "Prime Minister Shehbaz Sharif met President Xi Jinping in Beijing in June, when Sharif also toured a "
        "factory. On Tuesday, Deputy Prime Minister Ishaq Dar sat down with Foreign Minister Wang Yi in Beijing. "
        "The Deputy Prime Minister also called on Premier Li Qiang on Wednesday."
    )
    entities = [
        person(text, "Shehbaz Sharif", "Shehbaz Sharif", "Prime Minister", "PAK"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Sharif", "Shehbaz Sharif", "Prime Minister", "PAK", nth=2),
        person(text, "Ishaq Dar", "Ishaq Dar", "Deputy Prime Minister", "PAK"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN", nth=2),
        person(text, "Li Qiang", "Li Qiang", "Premier", "CHN"),
    ]
    dates = [date(text, "June", "2024-06"), date(text, "Tuesday", "2025-05-20"), date(text, "Wednesday", "2025-05-21")]
    found = [parties for parties, *_ in _found(text, entities, dates, "2025-05-20")]
    assert ["Ishaq Dar", "Li Qiang"] in found
    assert ["Shehbaz Sharif", "Li Qiang"] not in found


def test_his_does_not_point_back_to_the_agent_of_an_earlier_trip():
    text = (
        "Foreign Minister Ahmed Attaf arrived in Rome on Monday, the first Algerian minister to do so in a decade. "
        "A similar trip was paid by Ramtane Lamamra in 2013. "
        "During his talks with Italian counterpart Antonio Tajani on Tuesday, both sides discussed gas supplies."
    )
    entities = [
        person(text, "Ahmed Attaf", "Ahmed Attaf", "Foreign Minister", "DZA"),
        place(text, "Rome", "city", "Rome", "ITA"),
        place(text, "Algerian", "norp", "Algerian", "DZA"),
        person(text, "Ramtane Lamamra", "Ramtane Lamamra", None, "DZA"),
        place(text, "Italian", "norp", "Italian", "ITA"),
        person(text, "Antonio Tajani", "Antonio Tajani", "Foreign Minister", "ITA"),
    ]
    dates = [date(text, "Monday", "2025-03-10"), date(text, "2013", "2013"), date(text, "Tuesday", "2025-03-11")]
    found = [parties for parties, *_ in _found(text, entities, dates, "2025-03-11")]
    assert ["Ahmed Attaf", "Antonio Tajani"] in found
    assert ["Ramtane Lamamra", "Antonio Tajani"] not in found


def test_ministers_who_attended_a_conclave_attend_a_gathering():
    text = (
        "Wang Yi and S Jaishankar, the Chinese and Indian foreign ministers, held talks in Astana on Thursday. "
        "Both ministers attended the SCO foreign ministers' conclave there."
    )
    entities = [
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        person(text, "S Jaishankar", "S Jaishankar", "Foreign Minister", "IND"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        place(text, "Indian", "norp", "Indian", "IND"),
        place(text, "Astana", "city", "Astana", "KAZ"),
        org(text, "SCO", "Shanghai Cooperation Organisation"),
    ]
    found = _found(text, entities, [date(text, "Thursday", "2024-07-04")], "2024-07-05")
    assert any(parties == ["Wang Yi", "S Jaishankar", "Shanghai Cooperation Organisation"] and kind == "summit" for parties, _, _, kind, _ in found)


def test_a_further_meeting_of_the_four_nations_named_after_it_is_theirs():
    text = (
        "Egyptian and Qatari mediators met in Cairo on Sunday. A further meeting of the four mediating nations, Egypt, "
        "Qatar, Turkey and the United States, will be held in Doha next week."
    )
    entities = [
        place(text, "Cairo", "city", "Cairo", "EGY"),
        place(text, "Egypt", "country", "Egypt", "EGY", nth=2),
        place(text, "Qatar", "country", "Qatar", "QAT", nth=2),
        place(text, "Turkey", "country", "Turkey", "TUR"),
        place(text, "United States", "country", "United States", "USA"),
        place(text, "Doha", "city", "Doha", "QAT"),
    ]
    found = _found(text, entities, [date(text, "Sunday", "2025-10-05"), date(text, "next week", "2025-W42")], "2025-10-05")
    assert (["Egypt", "Qatar", "Turkey", "United States"], "Doha") in [(parties, where) for parties, where, *_ in found]


def test_countries_named_after_they_are_no_subject_of_a_summit_named_later():
    text = (
        "President Lula held talks with Prime Minister Narendra Modi in Brasilia on Tuesday. They praised closer work "
        "among Brazil, Russia, India and China within BRICS and looked ahead to the BRICS summit in Rio in July."
    )
    entities = [
        person(text, "Lula", "Luiz Inácio Lula da Silva", "President", "BRA"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Brasilia", "city", "Brasilia", "BRA"),
        place(text, "Brazil", "country", "Brazil", "BRA"),
        place(text, "Russia", "country", "Russia", "RUS"),
        place(text, "India", "country", "India", "IND"),
        place(text, "China", "country", "China", "CHN"),
        org(text, "BRICS", "BRICS"),
        place(text, "Rio", "city", "Rio de Janeiro", "BRA"),
    ]
    dates = [date(text, "Tuesday", "2025-05-20"), date(text, "in July", "2025-07")]
    found = _found(text, entities, dates, "2025-05-20")
    assert not any("Russia" in parties or "China" in parties for parties, *_ in found)


def test_two_leaders_who_shook_hands_and_held_talks_again_met_twice_before():
    text = (
        "Prime Minister Kyriakos Mitsotakis hosted President Recep Tayyip Erdogan in Athens on Thursday. "
        "The two leaders shook hands briefly in Vilnius in July and held talks again in New York in September."
    )
    entities = [
        person(text, "Kyriakos Mitsotakis", "Kyriakos Mitsotakis", "Prime Minister", "GRC"),
        person(text, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TUR"),
        place(text, "Athens", "city", "Athens", "GRC"),
        place(text, "Vilnius", "city", "Vilnius", "LTU"),
        place(text, "New York", "city", "New York", "USA"),
    ]
    dates = [date(text, "Thursday", "2023-12-07"), date(text, "July", "2023-07"), date(text, "September", "2023-09")]
    found = _found(text, entities, dates, "2023-12-07")
    pair = ["Kyriakos Mitsotakis", "Recep Tayyip Erdogan"]
    assert (pair, "Vilnius", "2023-07", "meeting", "held") in found
    assert (pair, "New York", "2023-09", "meeting", "held") in found


def test_shook_hands_with_someone_is_a_meeting_with_them():
    text = "Chancellor Friedrich Merz shook hands with President Emmanuel Macron in Toulon on Friday."
    entities = [
        person(text, "Friedrich Merz", "Friedrich Merz", "Chancellor", "DEU"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        place(text, "Toulon", "city", "Toulon", "FRA"),
    ]
    found = _found(text, entities, [date(text, "Friday", "2025-08-29")], "2025-08-30")
    assert found == [(["Friedrich Merz", "Emmanuel Macron"], "Toulon", "2025-08-29", "meeting", "held")]


def test_a_possessor_after_the_two_leaders_makes_the_trip_his():
    text = (
        "Prime Minister Mark Carney and President Donald Trump held talks in Ottawa on Monday. Monday's meeting was "
        "the third between the two leaders this year, coming after Mr. Carney's trip to Washington in May."
    )
    entities = [
        person(text, "Mark Carney", "Mark Carney", "Prime Minister", "CAN"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
        place(text, "Ottawa", "city", "Ottawa", "CAN"),
        person(text, "Carney", "Mark Carney", "Prime Minister", "CAN", nth=2),
        place(text, "Washington", "city", "Washington", "USA"),
    ]
    dates = [date(text, "Monday", "2025-10-06"), date(text, "in May", "2025-05")]
    doc = build(text, "2025-10-07", entities, dates, sentence_spans(text), {})
    trips = [m for m in find_mentions(doc) if m.frame == "visit"]
    assert [[p.name for p in m.parties] for m in trips] == [["Mark Carney", "United States"]]


def test_two_leaders_joined_by_their_ministers_hold_one_meeting_with_them():
    text = (
        "President Emmanuel Macron held talks with Prime Minister Keir Starmer at Chequers on Thursday. "
        "They were joined by Foreign Secretary David Lammy and Foreign Minister Jean-Noel Barrot after lunch."
    )
    entities = [
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        person(text, "Keir Starmer", "Keir Starmer", "Prime Minister", "GBR"),
        person(text, "David Lammy", "David Lammy", "Foreign Secretary", "GBR"),
        person(text, "Jean-Noel Barrot", "Jean-Noel Barrot", "Foreign Minister", "FRA"),
    ]
    found = _found(text, entities, [date(text, "Thursday", "2025-07-10")], "2025-07-10")
    assert [(sorted(parties), kind) for parties, _, _, kind, _ in found] == [
        (["David Lammy", "Emmanuel Macron", "Jean-Noel Barrot", "Keir Starmer"], "meeting")
    ]
