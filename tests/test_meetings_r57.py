"""dipkit meetings, round 57, on sentences written for these tests:

- "A conferred an order on B. The two leaders then held talks": with no meeting told before, "the two leaders"
  are the only two persons of two lands the sentence before named, whatever joins them there (not only "A and
  B ..."); a sentence naming three persons, or two of one land, leaves the group unresolved;
- "The Secretary-General met with X" (a hyphenated title, as "Director-General") is the holder named before;
  "held a videoconference with X" is a call;
- "The Prime Minister met Italian Prime Minister X" tells X apart from whom the bare title stands for: "The Prime
  Minister met Y" later is still the story's own prime minister, though X was named last (and more often);
- a readout's roster, "X held the following meetings today", "On the margins of the summit, the Prime Minister
  held a series of bilateral meetings": the undated meetings of X listed after it took place on the roster's day,
  else on the lead's; not one recalled as background;
- "The leaders agreed to meet again in Rome in the autumn" is a planned meeting of the pair told before;
  "visited Chancellor X in Berlin", "looked forward to visiting the Taoiseach in Dublin" are meetings with the
  person visited, there (not "visited X's hometown");
- an aide's briefing on a leader's trip: "will hold meetings during his visit to Y, including talks with A and B"
  plans the trip and the talks; "The same day, the Russian leader will hold talks with C" is planned, on the day
  of the plan told before (not of a call recalled in between), and "the Russian leader" is the president, not a
  "presidential aide"; "the aide added that a meeting with D is also planned" is the leader's planned meeting
  with D (not the aide's; "the spokesman said he met D" stays the spokesman's);
- "The 44th GCC summit was held in Doha last December", in a story of the 45th, is another edition: it lends
  the news neither its place nor its day.

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

HONOUR = (
    "ACCRA, June 9 -- Ghanaian President John Mahama on Monday conferred the Order of the Volta on Nigerian "
    "President Bola Tinubu. The two leaders then held talks on trade."
)


def test_the_two_leaders_are_the_two_persons_the_sentence_before_named():
    assert found(HONOUR, "2025-06-10") == [(["John Mahama", "Bola Tinubu"], "Accra", "2025-06-09", "meeting", "held")]


def test_three_persons_named_before_leave_the_two_leaders_unresolved():
    three = HONOUR.replace("Tinubu.", "Tinubu, as Kenyan President William Ruto looked on.")
    assert found(three, "2025-06-10") == []


def test_two_persons_of_one_land_are_no_pair_of_leaders():
    one_land = HONOUR.replace("Nigerian President Bola Tinubu", "Ghanaian Vice President Jane Opoku-Agyemang")
    assert found(one_land, "2025-06-10") == []


READOUT = (
    "Secretary-General Antonio Guterres held the following meetings today at United Nations Headquarters in New York.\n\n"
    "Meeting with the President of Chile\n\n"
    "The Secretary-General met with President Gabriel Boric of Chile. They discussed climate finance.\n\n"
    "Meeting with the Prime Minister of Nepal\n\n"
    "The Secretary-General met with Prime Minister K.P. Sharma Oli of Nepal. They discussed mountain glaciers.\n\n"
    "The Secretary-General also held a videoconference with President William Ruto of Kenya."
)


def test_the_secretary_general_of_a_readout_meets_each_guest_on_the_roster_day():
    assert found(READOUT, "2024-09-25") == [
        (["Antonio Guterres", "Gabriel Boric"], "New York", "2024-09-25", "meeting", "held"),
        (["Antonio Guterres", "K.P. Sharma Oli"], "New York", "2024-09-25", "meeting", "held"),
        (["Antonio Guterres", "William Ruto"], None, "2024-09-25", "call", "held"),
    ]


def test_a_list_of_meetings_with_no_roster_before_it_has_no_day():
    no_roster = READOUT.replace("held the following meetings today", "spoke to reporters")
    assert [m[2] for m in found(no_roster, "2024-09-25")] == ["2024-09-25", None, None]  # (the first, in the lead)


SUMMIT_READOUT = (
    "Prime Minister Keir Starmer hosted European leaders at Hampton Court on 5 June.\n\n"
    "The summit opened with a session on migration. Its leaders adopted a declaration.\n\n"
    "On the margins of the summit, the Prime Minister held a series of bilateral meetings.\n\n"
    "The Prime Minister met Dutch Prime Minister Dick Schoof. They discussed the North Sea.\n\n"
    "Prime Minister Schoof of the Netherlands thanked him.\n\n"
    "The Prime Minister met the Belgian Prime Minister, Bart De Wever. They discussed energy."
)


def test_the_bare_title_is_not_a_guest_the_story_told_apart_from_it():
    assert [m[0] for m in found(SUMMIT_READOUT, "2025-06-05")][-2:] == [["Keir Starmer", "Dick Schoof"], ["Keir Starmer", "Bart De Wever"]]


def test_the_bilateral_meetings_after_a_roster_take_the_lead_day():
    assert [m[2] for m in found(SUMMIT_READOUT, "2025-06-06")][-2:] == ["2025-06-05", "2025-06-05"]


FOLLOW_UPS = (
    "British Prime Minister Keir Starmer met Italian Prime Minister Giorgia Meloni in London on Thursday. "
    "The leaders agreed to meet again in Rome in the autumn. "
    "Starmer later met Taoiseach Simon Harris. He said he looked forward to visiting the Taoiseach in Dublin in September."
)


def test_a_pair_agrees_to_meet_again_and_a_leader_plans_to_visit_a_host_by_title():
    assert found(FOLLOW_UPS, "2024-07-19")[1:] == [
        (["Keir Starmer", "Giorgia Meloni"], "Rome", "2024-FA", "meeting", "planned"),
        (["Keir Starmer", "Simon Harris"], "London", "2024-07-18", "meeting", "held"),
        (["Keir Starmer", "Simon Harris"], "Dublin", "2024-09", "meeting", "planned"),
    ]


def test_visiting_a_person_is_a_meeting_with_that_person_and_visiting_a_town_of_theirs_is_none():
    text = "British Prime Minister Keir Starmer visited German Chancellor Olaf Scholz in Berlin on Monday."
    assert found(text, "2024-07-19") == [(["Keir Starmer", "Olaf Scholz"], "Berlin", "2024-07-15", "meeting", "held")]
    assert found("Indian Prime Minister Narendra Modi visited President Xi Jinping's hometown on Monday.", "2024-07-19") == []


BRIEFING = (
    "MOSCOW, Oct. 2 -- Russian President Vladimir Putin will hold several meetings during his visit to India, "
    "including talks with Indian Prime Minister Narendra Modi, presidential aide Yury Ushakov told reporters on Thursday.\n\n"
    "On Oct. 6, Putin will meet with Sri Lankan President Anura Kumara Dissanayake. Putin and Dissanayake last spoke by phone on Sept. 9.\n\n"
    "The same day, the Russian leader will hold talks with Maldivian President Mohamed Muizzu, Ushakov said.\n\n"
    "Ushakov added that a meeting with Nepalese Prime Minister Sushila Karki is also planned in New Delhi."
)


def test_an_aides_briefing_plans_the_leaders_meetings():
    assert found(BRIEFING, "2025-10-02") == [
        (["Vladimir Putin", "Narendra Modi"], "India", None, "meeting", "planned"),  # (the visit, with its host)
        (["Vladimir Putin", "Anura Kumara Dissanayake"], None, "2025-10-06", "meeting", "planned"),
        (["Vladimir Putin", "Anura Kumara Dissanayake"], None, "2025-09-09", "call", "held"),
        (["Vladimir Putin", "Mohamed Muizzu"], None, "2025-10-06", "meeting", "planned"),
        (["Vladimir Putin", "Sushila Karki"], "New Delhi", None, "meeting", "planned"),
    ]


def test_a_spokesman_who_says_he_met_someone_is_a_side_himself():
    text = BRIEFING.replace("Ushakov added that a meeting with", "Kremlin spokesman Dmitry Peskov said he met").replace(" is also planned in New Delhi", " in Moscow on Monday")
    assert found(text, "2025-10-02")[-1] == (["Dmitry Peskov", "Sushila Karki"], "Moscow", "2025-09-29", "meeting", "held")


GCC = (
    "Kuwaiti minister chairs GCC ministerial meeting ahead of 45th summit\n"
    "KUWAIT, Nov 30 (KUNA) -- Kuwaiti Foreign Minister Abdullah Ali Al-Yahya chaired on Saturday the preparatory meeting "
    "of the GCC Ministerial Council for the 45th GCC summit, which will be held in Kuwait tomorrow.\n"
    "On the sidelines of the meeting, Al-Yahya met with Omani Foreign Minister Badr Albusaidi.\n"
    "The 44th GCC summit was held in Doha last December."
)


def test_a_numbered_edition_long_past_is_not_the_news():
    assert found(GCC, "2024-11-30") == [
        (["Abdullah Ali Al-Yahya", "Gulf Cooperation Council", "Badr Albusaidi"], "Kuwait", "2024-11-30", "summit", "held"),
        (["Abdullah Ali Al-Yahya", "Badr Albusaidi"], "Kuwait", "2024-11-30", "meeting", "held"),  # (met on its sidelines)
    ]
