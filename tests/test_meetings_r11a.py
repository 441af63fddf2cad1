"""dipkit meetings, round 11 (attributes and merging): "the first meeting ... after X's inauguration last December"
is the news meeting (the date is the inauguration's); "the two leaders last met" recalls a round of the pair of the
news, not of talks told beside it, unless the sentence before names a pair; its place may follow a long description
("in the ... port city of X") and a day told after "and before that" is another round's; "travelled to X ..., and met
Y" is the traveller's meeting with Y; "invited Y to X for the next summit" is that summit; "met Y there" is where the
sentence named a place before; "their first call since October 2023" recalls that month's call (not "since 2019"), and
"called on X to act" is no courtesy call; "arrived in X two days after visiting Y, where he held talks" dates and places
those talks; talks the lead tells as "had held" keep no day of the news; on pages written for these tests.

Records carry hand-made ``entities`` and ``dates`` so that the meeting rules alone are tested.
"""

from __future__ import annotations

from test_meetings import date, found_briefly, org, person, place

_FIRST_AFTER = (
    "Chilean President Gabriel Boric and Argentine President Javier Milei held talks in Santiago on Tuesday on lithium "
    "and border trade.\n\nIt was their first meeting after Milei's inauguration last December.\n"
)


def test_a_first_meeting_after_someones_event_is_the_news_meeting_not_one_on_the_events_day() -> None:
    text = _FIRST_AFTER
    entities = [
        place(text, "Chilean", "norp", "Chilean", "CHL"),
        person(text, "Gabriel Boric", "Gabriel Boric", "President", "CHL"),
        place(text, "Argentine", "norp", "Argentine", "ARG"),
        person(text, "Javier Milei", "Javier Milei", "President", "ARG"),
        place(text, "Santiago", "city", "Santiago", "CHL"),
        person(text, "Milei", "Javier Milei", "President", "ARG", nth=2),
    ]
    dates = [date(text, "Tuesday", "2025-03-11"), date(text, "last December", "2024-12")]
    assert found_briefly(text, entities, dates) == [
        (["Gabriel Boric", "Javier Milei"], "Santiago", "2025-03-11", "meeting", "held"),
    ]


_LAST_MET = (
    "Kenyan President William Ruto met his Ethiopian counterpart Abiy Ahmed in Nairobi on Monday to discuss a new rail "
    "corridor.\n\nThe meeting ran for two hours, officials said.\n\n"
    "On Sunday, Ruto held separate talks with Somali President Hassan Sheikh Mohamud in Kisumu.\n\n"
    "{pair}The two leaders last met on Jan. 14 in Addis Ababa, where they opened a power line.\n"
)


def _last_met(pair: str = "") -> list[tuple]:
    text = _LAST_MET.format(pair=pair)
    entities = [
        place(text, "Kenyan", "norp", "Kenyan", "KEN"),
        person(text, "William Ruto", "William Ruto", "President", "KEN"),
        place(text, "Ethiopian", "norp", "Ethiopian", "ETH"),
        person(text, "Abiy Ahmed", "Abiy Ahmed", "counterpart", "ETH"),
        place(text, "Nairobi", "city", "Nairobi", "KEN"),
        person(text, "Ruto", "William Ruto", "President", "KEN", nth=2),
        place(text, "Somali", "norp", "Somali", "SOM"),
        person(text, "Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", "President", "SOM"),
        place(text, "Kisumu", "city", "Kisumu", "KEN"),
        place(text, "Addis Ababa", "city", "Addis Ababa", "ETH"),
    ]
    if pair:
        entities.append(person(text, "Mohamud", "Hassan Sheikh Mohamud", "President", "SOM", nth=2))
        entities.append(person(text, "Ruto", "William Ruto", "President", "KEN", nth=3))  # (after "Mohamud and ")
    dates = [date(text, "Monday", "2025-03-10"), date(text, "Sunday", "2025-03-09"), date(text, "Jan. 14", "2025-01-14")]
    return found_briefly(text, sorted(entities, key=lambda e: e["start"]), dates)


def test_the_two_leaders_last_met_recalls_a_round_of_the_pair_of_the_news_not_of_talks_told_beside_it() -> None:
    assert _last_met() == [
        (["William Ruto", "Abiy Ahmed"], "Nairobi", "2025-03-10", "meeting", "held"),
        (["William Ruto", "Hassan Sheikh Mohamud"], "Kisumu", "2025-03-09", "meeting", "held"),
        (["William Ruto", "Abiy Ahmed"], "Addis Ababa", "2025-01-14", "meeting", "held"),
    ]


def test_the_two_leaders_last_met_right_after_a_sentence_naming_a_pair_is_of_that_pair() -> None:
    found = _last_met("Mohamud and Ruto signed a port accord.\n\n")
    assert found[-1] == (["William Ruto", "Hassan Sheikh Mohamud"], "Addis Ababa", "2025-01-14", "meeting", "held")


_BEFORE_THAT = (
    "Moroccan King Mohammed VI received Senegalese President Bassirou Diomaye Faye in Rabat on Thursday.\n\n"
    "The two leaders last met on March 2 in the Mauritanian Atlantic port city of Nouadhibou, where they held long talks, "
    "and before that in Dakar on Jan. 9.\n"
)


def test_a_recalled_round_takes_a_place_after_a_long_description_and_not_the_day_told_after_before_that() -> None:
    text = _BEFORE_THAT
    entities = [
        place(text, "Moroccan", "norp", "Moroccan", "MAR"),
        person(text, "Mohammed VI", "Mohammed VI", "King", "MAR"),
        place(text, "Senegalese", "norp", "Senegalese", "SEN"),
        person(text, "Bassirou Diomaye Faye", "Bassirou Diomaye Faye", "President", "SEN"),
        place(text, "Rabat", "city", "Rabat", "MAR"),
        place(text, "Mauritanian", "norp", "Mauritanian", "MRT"),
        place(text, "Nouadhibou", "city", "Nouadhibou", "MRT"),
        place(text, "Dakar", "city", "Dakar", "SEN"),
    ]
    dates = [date(text, "Thursday", "2025-03-13"), date(text, "March 2", "2025-03-02"), date(text, "Jan. 9", "2025-01-09")]
    assert found_briefly(text, entities, dates, published="2025-03-14") == [
        (["Mohammed VI", "Bassirou Diomaye Faye"], "Rabat", "2025-03-13", "meeting", "held"),
        (["Mohammed VI", "Bassirou Diomaye Faye"], "Nouadhibou", "2025-03-02", "meeting", "held"),
    ]


_TRIP_AND_MET = (
    "Prime Minister Sushila Karki on Tuesday telephoned Bhutanese King Jigme Khesar Namgyel Wangchuck about flood "
    "warnings.\n\nThe premier had travelled to Bhutan in January to show support for the government and the families of "
    "the victims after the deadly floods in the east, and met the King in Thimphu.\n"
)


def test_a_trigger_joined_by_and_to_a_trip_has_the_traveller_for_its_subject() -> None:
    text = _TRIP_AND_MET
    entities = [
        person(text, "Sushila Karki", "Sushila Karki", "Prime Minister", "NPL"),
        place(text, "Bhutanese", "norp", "Bhutanese", "BTN"),
        person(text, "Jigme Khesar Namgyel Wangchuck", "Jigme Khesar Namgyel Wangchuck", "King", "BTN"),
        place(text, "Bhutan", "country", "Bhutan", "BTN", nth=2),
        place(text, "Thimphu", "city", "Thimphu", "BTN"),
    ]
    dates = [date(text, "Tuesday", "2026-03-10"), date(text, "January", "2026-01")]
    assert found_briefly(text, entities, dates, published="2026-03-11") == [
        (["Sushila Karki", "Jigme Khesar Namgyel Wangchuck"], None, "2026-03-10", "call", "held"),
        (["Sushila Karki", "Jigme Khesar Namgyel Wangchuck"], "Thimphu", "2026-01", "meeting", "held"),
    ]


_INVITED_FOR_SUMMIT = (
    "Australian Prime Minister Anthony Albanese spoke by phone with Fijian Prime Minister Sitiveni Rabuka on Monday about "
    "fisheries.\n\nAlbanese also invited Rabuka to Australia for the next Pacific Islands Forum summit, and Rabuka "
    "accepted, calling the trip long overdue.\n"
)


def test_an_invitation_to_a_land_for_a_summit_is_that_summit_no_talks_of_their_own() -> None:
    text = _INVITED_FOR_SUMMIT
    entities = [
        place(text, "Australian", "norp", "Australian", "AUS"),
        person(text, "Anthony Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        place(text, "Fijian", "norp", "Fijian", "FJI"),
        person(text, "Sitiveni Rabuka", "Sitiveni Rabuka", "Prime Minister", "FJI"),
        person(text, "Albanese", "Anthony Albanese", "Prime Minister", "AUS", nth=2),
        person(text, "Rabuka", "Sitiveni Rabuka", "Prime Minister", "FJI", nth=2),
        place(text, "Australia", "country", "Australia", "AUS", nth=2),
        org(text, "Pacific Islands Forum", "Pacific Islands Forum"),
        person(text, "Rabuka", "Sitiveni Rabuka", "Prime Minister", "FJI", nth=3),
    ]
    entities.sort(key=lambda e: e["start"])
    assert found_briefly(text, entities, [date(text, "Monday", "2026-03-09")], published="2026-03-10") == [
        (["Anthony Albanese", "Sitiveni Rabuka"], None, "2026-03-09", "call", "held"),
        (["Pacific Islands Forum", "Anthony Albanese", "Sitiveni Rabuka"], "Australia", None, "summit", "planned"),
    ]


_MET_THERE = (
    "Slovak Prime Minister Robert Fico met Chinese President Xi Jinping in Beijing on Tuesday.\n\n"
    "He is the first Slovak leader to visit Beijing since Czech President Petr Pavel met Xi there in May 2024.\n"
)


def test_met_there_takes_the_place_named_before_the_trigger() -> None:
    text = _MET_THERE
    entities = [
        place(text, "Slovak", "norp", "Slovak", "SVK"),
        person(text, "Robert Fico", "Robert Fico", "Prime Minister", "SVK"),
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        place(text, "Slovak", "norp", "Slovak", "SVK", nth=2),
        place(text, "Beijing", "city", "Beijing", "CHN", nth=2),
        place(text, "Czech", "norp", "Czech", "CZE"),
        person(text, "Petr Pavel", "Petr Pavel", "President", "CZE"),
        person(text, "Xi", "Xi Jinping", "President", "CHN", nth=2),
    ]
    dates = [date(text, "Tuesday", "2025-09-02"), date(text, "May 2024", "2024-05")]
    assert found_briefly(text, sorted(entities, key=lambda e: e["start"]), dates, published="2025-09-03") == [
        (["Robert Fico", "Xi Jinping"], "Beijing", "2025-09-02", "meeting", "held"),
        (["Petr Pavel", "Xi Jinping"], "Beijing", "2024-05", "meeting", "held"),
    ]


_FIRST_SINCE = (
    "Sanchez and Moroccan king speak by phone\n\n"
    "Spanish Prime Minister Pedro Sanchez on Thursday held his first phone call with Moroccan King Mohammed VI since "
    "{since}, the government said.\n\nDuring the call, Sanchez called on the king to back a new fisheries deal.\n"
)


def _first_since(since: str, value: str) -> list[tuple]:
    text = _FIRST_SINCE.format(since=since)
    entities = [
        place(text, "Spanish", "norp", "Spanish", "ESP"),
        person(text, "Pedro Sanchez", "Pedro Sanchez", "Prime Minister", "ESP"),
        place(text, "Moroccan", "norp", "Moroccan", "MAR", nth=2),
        person(text, "Mohammed VI", "Mohammed VI", "King", "MAR"),
        person(text, "Sanchez", "Pedro Sanchez", "Prime Minister", "ESP", nth=3),
    ]
    dates = [date(text, "Thursday", "2025-05-08"), date(text, since, value)]
    return found_briefly(text, sorted(entities, key=lambda e: e["start"]), dates, published="2025-05-09")


def test_a_first_call_since_a_month_recalls_the_call_of_that_month_and_called_on_to_act_is_no_visit() -> None:
    assert _first_since("October 2023", "2023-10") == [
        (["Pedro Sanchez", "Mohammed VI"], None, "2025-05-08", "call", "held"),
        (["Pedro Sanchez", "Mohammed VI"], None, "2023-10", "call", "held"),
    ]


def test_a_first_call_since_a_year_recalls_no_round() -> None:
    assert _first_since("2019", "2019") == [(["Pedro Sanchez", "Mohammed VI"], None, "2025-05-08", "call", "held")]


_ARRIVED_AFTER = (
    "Fico meets Erdogan in Ankara\n\nSlovak Prime Minister Robert Fico met Turkish President Recep Tayyip Erdogan in "
    "Ankara on Friday.\n\nFico arrived in the Turkish capital two days after visiting Baku, where he held talks with "
    "Azerbaijani President Ilham Aliyev.\n"
)


def test_talks_where_a_trip_went_days_before_arriving_take_that_place_and_day() -> None:
    text = _ARRIVED_AFTER
    entities = [
        place(text, "Slovak", "norp", "Slovak", "SVK"),
        person(text, "Robert Fico", "Robert Fico", "Prime Minister", "SVK"),
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TUR"),
        place(text, "Ankara", "city", "Ankara", "TUR", nth=2),
        person(text, "Fico", "Robert Fico", "Prime Minister", "SVK", nth=3),
        place(text, "Turkish", "norp", "Turkish", "TUR", nth=2),
        place(text, "Baku", "city", "Baku", "AZE"),
        place(text, "Azerbaijani", "norp", "Azerbaijani", "AZE"),
        person(text, "Ilham Aliyev", "Ilham Aliyev", "President", "AZE"),
    ]
    assert found_briefly(text, entities, [date(text, "Friday", "2025-06-13")], published="2025-06-13") == [
        (["Robert Fico", "Recep Tayyip Erdogan"], "Ankara", "2025-06-13", "meeting", "held"),
        (["Robert Fico", "Ilham Aliyev"], "Baku", "2025-06-11", "meeting", "held"),
    ]


_HAD_HELD = (
    "Xi and Trump speak by phone\n\nChinese President Xi Jinping and US President Donald Trump spoke by phone on "
    "Thursday.\n\nXi noted that the two leaders had held talks in Busan, which both sides welcomed.\n"
)


def test_talks_the_lead_tells_as_had_held_keep_no_day_of_the_news() -> None:
    text = _HAD_HELD
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        place(text, "US", "country", "United States", "USA"),
        person(text, "Donald Trump", "Donald Trump", "President", "USA"),
        person(text, "Xi", "Xi Jinping", "President", "CHN", nth=3),
        place(text, "Busan", "city", "Busan", "KOR"),
    ]
    assert found_briefly(text, entities, [date(text, "Thursday", "2025-11-06")], published="2025-11-06") == [
        (["Xi Jinping", "Donald Trump"], None, "2025-11-06", "call", "held"),
        (["Xi Jinping", "Donald Trump"], "Busan", None, "meeting", "held"),
    ]
