"""dipkit meetings, round 72, on sentences written for these tests: a land listed after "his counterparts from"
stands for that land's counterpart, whom a later sentence may name."""

from __future__ import annotations

from test_meetings import found

_RECEIVED = "President Lula received his counterparts from Chile and Peru in Brasilia on Monday. "


def test_a_land_after_counterparts_from_is_the_one_person_the_story_names_for_it():
    text = _RECEIVED + "Chilean President Gabriel Boric said the region must act together."
    assert found(text, "2024-06-15") == [(["Luiz Inácio Lula da Silva", "Gabriel Boric", "Peru"], "Brasilia", "2024-06-10", "meeting", "held")]


def test_a_person_of_another_office_is_no_counterpart():
    text = _RECEIVED + "Chilean Foreign Minister Alberto van Klaveren said the region must act together."
    assert found(text, "2024-06-15") == [(["Luiz Inácio Lula da Silva", "Chile", "Peru"], "Brasilia", "2024-06-10", "meeting", "held")]


def test_each_land_of_the_list_is_named_for_itself():
    text = (
        "OSAKA — Prime Minister Shigeru Ishiba held talks in Osaka on Friday with his counterparts from Vietnam, "
        "Thailand and Chile. Ishiba and Thai Prime Minister Srettha Thavisin agreed to deepen trade ties."
    )
    assert found(text, "2024-06-15") == [(["Shigeru Ishiba", "Vietnam", "Srettha Thavisin", "Chile"], "Osaka", "2024-06-14", "meeting", "held")]


def test_a_land_listed_with_its_article_is_named_too():
    text = (
        "President Lula received his counterparts from Chile and the Philippines in Brasilia on Monday. "
        "Philippine President Ferdinand Marcos Jr. said the two regions must act together."
    )
    assert found(text, "2024-06-15") == [(["Luiz Inácio Lula da Silva", "Chile", "Ferdinand Marcos Jr."], "Brasilia", "2024-06-10", "meeting", "held")]
