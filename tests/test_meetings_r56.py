"""dipkit meetings, round 56, on sentences written for these tests:

- "The previous summit, hosted by X in Asuncion in July", "Y will host the next meeting of presidents in Z",
  "next year's summit will be held in Doha": another edition of the bloc's gathering than the one the story
  reports, a summit of its own with the bloc and its host (held or to come as the word says), not merged into the
  news's summit; "their next meeting" of a pair is no edition of a bloc's;
- a release's bare title with no article, "Prime Minister will hold talks with Y", "where Prime Minister will
  meet Y", also after a paragraph number ("8. From Lusaka, Prime Minister will proceed to Y. He will ..."), is the
  holder the story named;
- a story with no dateline whose lead says the news happened in one city: the meetings there that day with no
  place of their own take that city when one of their sides is at the scene (not a trip, nor another pair's
  talks in a roundup).

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

MERCOSUR = (
    "Mercosur presidents met in Montevideo on Friday for the bloc's regular summit, hosted by Uruguayan President "
    "Luis Lacalle Pou with Brazilian President Luiz Inacio Lula da Silva and Paraguayan President Santiago Peña attending. "
    "The previous summit, hosted by Peña in Asuncion in July, ended without a deal. "
    "Argentine President Javier Milei will host the next meeting of presidents in Buenos Aires."
)


def test_the_previous_and_the_next_summit_are_editions_of_their_own():
    assert found(MERCOSUR, "2024-12-07")[-2:] == [
        (["Mercosur", "Santiago Peña"], "Asuncion", "2024-07", "summit", "held"),
        (["Mercosur", "Javier Milei"], "Buenos Aires", None, "summit", "planned"),
    ]


def test_the_news_summit_keeps_its_own_attendees_and_place():
    news = found(MERCOSUR, "2024-12-07")[0]
    assert (news[1:], "Javier Milei" in news[0]) == (("Montevideo", "2024-12-06", "summit", "held"), False)


def test_next_years_summit_held_in_a_city_is_hosted_by_its_land():
    text = (
        "Gulf Cooperation Council leaders gathered in Kuwait City on Sunday for their annual summit, chaired by the "
        "Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah. Next year's summit will be held in Manama."
    )
    assert found(text, "2024-12-02")[-1] == (["Gulf Cooperation Council", "Bahrain"], "Manama", "2025", "summit", "planned")


def test_a_pairs_next_meeting_is_no_edition_of_a_blocs():
    text = (
        "Turkish President Recep Tayyip Erdogan met NATO Secretary General Mark Rutte in Ankara on Monday. "
        "Their next meeting will be held in Brussels."
    )
    assert found(text, "2025-03-04") == [  # (the pair's own next round, planned: no NATO gathering)
        (["Recep Tayyip Erdogan", "Mark Rutte"], "Ankara", "2025-03-03", "meeting", "held"),
        (["Recep Tayyip Erdogan", "Mark Rutte"], "Brussels", None, "meeting", "planned"),
    ]


def test_a_story_with_no_dateline_is_in_its_leads_city():
    text = (
        "Trade deal sealed as Mercosur leaders meet\n\n"
        "The presidents of Mercosur announced on Friday in Montevideo a trade agreement with the European Union.\n\n"
        "Brazilian President Luiz Inacio Lula da Silva attended with Paraguayan President Santiago Peña.\n\n"
        "Lula also found time for a meeting with Uruguay's president-elect Yamandu Orsi, who takes office in March.\n\n"
        "Lula had spoken by phone with French President Emmanuel Macron on Thursday."
    )
    assert found(text, "2024-12-07")[-2:] == [
        (["Luiz Inacio Lula da Silva", "Yamandu Orsi"], "Montevideo", "2024-12-06", "meeting", "held"),
        (["Luiz Inacio Lula da Silva", "Emmanuel Macron"], None, "2024-12-05", "call", "held"),
    ]


def test_another_pairs_talks_in_a_roundup_take_no_city_from_the_lead():
    text = (
        "Diplomacy roundup\n\n"
        "Moroccan King Mohammed VI received French President Emmanuel Macron in Rabat on Monday. "
        "Spanish Foreign Minister Jose Manuel Albares met his Algerian counterpart Ahmed Attaf on Tuesday."
    )
    assert found(text, "2024-10-30")[-1][:2] == (["Jose Manuel Albares", "Ahmed Attaf"], None)


def test_a_leaders_seat_with_two_lands_leaders_is_in_the_hosts_capital():
    text = "Nigerian President Bola Tinubu hosted Senegalese President Bassirou Diomaye Faye at the Presidential Villa on Saturday."
    assert found(text, "2024-12-15")[0][1] == "Abuja"


def test_a_leaders_seat_in_the_land_the_visitor_is_in_is_its_capital_for_the_days_other_talks_too():
    text = (
        "Russian President Vladimir Putin, who is in Mongolia on an official visit, held talks with Mongolian President "
        "Ukhnaagiin Khurelsukh at the Government Palace on Tuesday. Later in the day, Putin met Mongolian Prime Minister "
        "Luvsannamsrain Oyun-Erdene at the Government Palace."
    )
    assert [m[1] for m in found(text, "2024-09-04")] == ["Ulaanbaatar", "Ulaanbaatar"]


def test_a_long_list_of_titled_attendees_is_read_to_its_end():
    text = (
        "The summit was hosted by President of Uzbekistan Shavkat Mirziyoyev on Friday and brought together President "
        "of the European Council Antonio Costa, President of the European Commission Ursula von der Leyen, President of "
        "Kazakhstan Kassym-Jomart Tokayev, President of Kyrgyzstan Sadyr Japarov, President of Tajikistan Emomali Rahmon "
        "and President of Turkmenistan Serdar Berdimuhamedov."
    )
    assert found(text, "2025-04-05")[0][0] == [
        "Antonio Costa", "Ursula von der Leyen", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedov",
        "Shavkat Mirziyoyev",
    ]


RELEASE = (
    "Visit of Prime Minister to Zambia\n\n"
    "1. Prime Minister Shri Narendra Modi paid a State Visit to Zambia on 10 March 2026 at the invitation of President "
    "Hakainde Hichilema.\n\n"
    "2. From Lusaka, Prime Minister will proceed to Harare. On 11 March, he will hold talks with President Emmerson "
    "Mnangagwa.\n\n"
    "3. The tour will conclude in Maputo, where Prime Minister will hold talks with President Daniel Chapo on 12 March."
)


def test_a_releases_bare_title_is_the_holder_it_named():
    assert found(RELEASE, "2026-03-10")[1:] == [
        (["Narendra Modi", "Emmerson Mnangagwa"], "Harare", "2026-03-11", "meeting", "planned"),
        (["Narendra Modi", "Daniel Chapo"], "Maputo", "2026-03-12", "meeting", "planned"),
    ]


def test_the_blocs_next_summit_is_of_the_bloc_whose_summit_the_story_tells_not_of_a_partner_named_nearer():
    text = (
        "Mercosur leaders met in Buenos Aires on Thursday for the Mercosur summit. The summit ended with a pledge to "
        "conclude a trade deal with the European Union. Uruguayan President Yamandu Orsi, who will host the next summit "
        "in December, said the deal was close."
    )
    assert found(text, "2025-07-04")[-1] == (["Mercosur", "Yamandu Orsi"], None, "2025-12", "summit", "planned")


def test_the_next_summit_of_two_named_lands_is_no_blocs():
    text = (
        "Japanese Foreign Minister Takeshi Iwaya met Indian Prime Minister Narendra Modi in New Delhi on Tuesday, a "
        "week after the Quad foreign ministers met in Tokyo. The next India-Japan annual summit will be held in New Delhi."
    )
    assert not any("Quadrilateral Security Dialogue" in m[0] and m[4] == "planned" for m in found(text, "2025-03-05"))


def test_a_releases_list_of_guests_with_long_titles_of_their_lands():
    text = (
        "The meeting in New Delhi on 6 June was attended by H.E. Mr. Murat Nurtleu, Deputy Prime Minister and Minister "
        "of Foreign Affairs of the Republic of Kazakhstan; H.E. Mr. Zheenbek Kulubaev, Minister of Foreign Affairs of "
        "the Kyrgyz Republic; and H.E. Mr. Sirojiddin Muhriddin, Minister of Foreign Affairs of the Republic of Tajikistan."
    )
    assert found(text, "2025-06-06")[0][0] == ["Murat Nurtleu", "Zheenbek Kulubaev", "Sirojiddin Muhriddin"]
