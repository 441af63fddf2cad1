"""dipkit meetings, round 60, on sentences written for these tests:

- "The Brazilian national football team will visit Tokyo", "Japanese business leaders met X": people of a land
  who hold no office are no side of a diplomatic contact (as they already were after the verb);
- "The two prime ministers last met in Gyeongju in October, and spoke by phone in February": the call shares
  the subject of the meeting before it, and stays a call;
- "Separately on March 5, X held talks with Y": the day after an opening "Separately" (or "Meanwhile,") is the
  talks' own; so is "X, on Thursday, called on Y";
- "conveyed an invitation to President X to make a state visit to Malaysia next year" is planned;
- "his meeting with Y at Wisma Putra here today", under a dateline: in the dateline's city, though the object and a
  venue stand between the trigger and "here";
- "the next session of the Kenya-Uganda Joint Permanent Commission will be held in Kampala in June": the two
  lands meet, planned; "Both Presidents are expected to attend the summit", after it: each land's one president;
- "talks ... between the foreign ministers of both countries ... X and his counterpart Y led their delegations
  to the talks": X and Y stand for their lands;
- "“... the understandings from my talks in Astana with former President Y,” the Kazakh President said": the
  speaker's talks with Y (not "“I would speak to him,” he said", no contact told); "was open to talks with X"
  (or "ready for talks") is a plan, not talks held;
- "Kazakh and Korean deputy foreign ministers met for consultations": the two lands, not the one Kazakh the story
  names, its President;
- a headline "X, Y discuss partnership" over a story of their phone call, with no other contact of theirs held, is
  that call;
- "Foreign Minister X had a phone call with his Japanese counterpart", where the one Japanese the story names is the Prime
  Minister, is a call with Japan (a leader's counterpart is still the leader named);
- "In March we had a video call, and in April we talked by telephone": two calls, each on its month;
- "Before her departure, on February 18, X made a courtesy call on Y": a day set off by commas before the clause is
  the call's;
- "The leaders recalled their first meeting, ..., and welcomed the August visit to Mexico City by A and B": A and B,
  told by the later trigger, are no sides of that meeting (their trip is a visit of its own).

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

LEAD = "Prime Minister Lawrence Wong met Australian Prime Minister Anthony Albanese in Canberra on Thursday. "


def test_a_national_football_team_is_no_side_of_a_visit():
    assert found("The Brazilian national football team will visit Tokyo in June for two friendly matches.", "2026-03-06") == []


def test_a_possessive_before_the_team_still_leaves_no_side():
    assert found("The Singapore women's national football team is to visit Darwin in May.", "2026-03-06") == []


def test_business_leaders_of_a_land_are_no_side_of_a_meeting():
    assert found("Japanese business leaders met Prime Minister Pham Minh Chinh in Hanoi on Monday.", "2026-03-06") == []


def test_a_delegation_of_a_land_still_is_its_side():
    assert found("The Japanese delegation met Prime Minister Pham Minh Chinh in Hanoi on Monday.", "2026-03-06") == [
        (["Japan", "Pham Minh Chinh"], "Hanoi", "2026-03-02", "meeting", "held")
    ]


def test_a_call_after_a_comma_and_shares_the_subject_of_the_meeting_before_it():
    text = LEAD + (
        "The two prime ministers last met at the APEC summit in Gyeongju in late October, "
        "and spoke by phone in February about the cyclone."
    )
    assert found(text, "2026-03-06") == [
        (["Lawrence Wong", "Anthony Albanese"], "Canberra", "2026-03-05", "meeting", "held"),
        (["Lawrence Wong", "Anthony Albanese"], "Gyeongju", "2025-10", "meeting", "held"),
        (["Lawrence Wong", "Anthony Albanese"], None, "2026-02", "call", "held"),
    ]


def test_the_day_after_an_opening_separately_is_the_talks_own():
    text = "Separately on March 4, Foreign Affairs Minister Vivian Balakrishnan had talks with Senator Penny Wong in Canberra."
    assert found(LEAD + text, "2026-03-06") == [
        (["Lawrence Wong", "Anthony Albanese"], "Canberra", "2026-03-05", "meeting", "held"),
        (["Vivian Balakrishnan", "Penny Wong"], "Canberra", "2026-03-04", "meeting", "held"),
    ]


def test_the_day_after_an_opening_meanwhile_is_the_talks_own():
    text = "Meanwhile, on Wednesday, Foreign Affairs Minister Vivian Balakrishnan had talks with Senator Penny Wong in Canberra."
    assert found(LEAD + text, "2026-03-06") == [
        (["Lawrence Wong", "Anthony Albanese"], "Canberra", "2026-03-05", "meeting", "held"),
        (["Vivian Balakrishnan", "Penny Wong"], "Canberra", "2026-03-04", "meeting", "held"),
    ]


def test_a_day_set_off_by_commas_before_the_verb_is_the_meetings_own():
    text = (
        "Ghana and Togo held talks in Accra on Tuesday. "
        "Minister Robert Dussey, on Thursday, called on President John Mahama at his office in the capital."
    )
    assert found(text, "2025-03-14") == [
        (["Ghana", "Togo"], "Accra", "2025-03-11", "meeting", "held"),
        (["Robert Dussey", "John Mahama"], "Accra", "2025-03-13", "meeting", "held"),
    ]


def test_an_invitation_to_a_leader_to_make_a_visit_is_planned():
    text = "Prime Minister Anwar Ibrahim conveyed an invitation to President Prabowo Subianto to make a state visit to Malaysia next year."
    assert found(text, "2025-03-04") == [(["Anwar Ibrahim", "Prabowo Subianto"], "Malaysia", "2026", "meeting", "planned")]


def test_here_after_the_object_and_a_venue_is_the_datelines_city():
    text = (
        "PUTRAJAYA, March 4 (Bernama) -- Foreign Minister Mohamad Hasan said trade came up during his bilateral "
        "meeting with his Chilean counterpart Alberto van Klaveren at Wisma Putra here today. Van Klaveren has "
        "been in Malaysia since Sunday on a three-day working trip."
    )
    assert found(text, "2025-03-04") == [(["Mohamad Hasan", "Alberto van Klaveren"], "Putrajaya", "2025-03-04", "meeting", "held")]


SESSION = "The next session of the Kenya-Uganda Joint Permanent Commission will be held in Kampala in June."


def test_a_session_of_a_joint_commission_of_two_lands_is_their_meeting():
    assert found(SESSION, "2025-03-12") == [(["Kenya", "Uganda"], "Kampala", "2025-06", "meeting", "planned")]


def test_both_presidents_after_a_session_of_two_lands_are_their_presidents():
    text = (
        "President William Ruto thanked President Yoweri Museveni for his support. " + SESSION
        + " Both Presidents are expected to attend the East African Community Summit in Arusha in July."
    )
    assert found(text, "2025-03-12") == [
        (["Kenya", "Uganda"], "Kampala", "2025-06", "meeting", "planned"),
        (["William Ruto", "Yoweri Museveni", "East African Community"], "Arusha", "2025-07", "summit", "planned"),
    ]


def test_ministers_who_led_the_delegations_to_the_talks_stand_for_their_lands():
    text = (
        "Nairobi, March 12 – Kenya and Uganda agreed to cut border fees, following talks in Nairobi on Tuesday "
        "between the foreign ministers of both countries. Musalia Mudavadi and his Ugandan counterpart, Jeje "
        "Odongo, led their delegations to the talks, which dealt mostly with fuel transit."
    )
    assert found(text, "2025-03-12") == [(["Musalia Mudavadi", "Jeje Odongo"], "Nairobi", "2025-03-11", "meeting", "held")]


def test_a_possessive_land_before_a_football_team_is_no_side():
    assert found("Ghana's under-20 national football team will visit Cotonou on April 2.", "2025-03-12") == []


CALL_LEAD = (
    "Tokayev, Lee discuss partnership\n\n"
    "President Kassym-Jomart Tokayev spoke by telephone on Wednesday with President Lee Jae-myung. "
)


def test_my_talks_inside_a_quotation_are_the_speakers():
    text = CALL_LEAD + (
        "“We are building on the understandings from my talks in Astana in June 2024 with former President Yoon Suk Yeol,” "
        "the Kazakh President said."
    )
    assert found(text, "2025-07-09") == [
        (["Kassym-Jomart Tokayev", "Lee Jae-myung"], None, "2025-07-09", "call", "held"),
        (["Kassym-Jomart Tokayev", "Yoon Suk Yeol"], "Astana", "2024-06", "meeting", "held"),
    ]


def test_i_inside_a_quotation_names_no_contact_of_the_speaker():
    text = "Senator Ana Ruiz said she was open to talks with President Nicolas Maduro. “I would speak to him,” she said."
    assert found(text, "2025-07-09") == [(["Ana Ruiz", "Nicolas Maduro"], None, None, "meeting", "planned")]


def test_ready_for_talks_is_a_plan_not_talks_held():
    text = "Senator Ana Ruiz said she was ready for talks with President Nicolas Maduro."
    assert found(text, "2025-07-09") == [(["Ana Ruiz", "Nicolas Maduro"], None, None, "meeting", "planned")]


def test_deputy_ministers_of_two_lands_are_the_lands_not_their_leaders():
    text = CALL_LEAD + "Earlier, on Monday, Kazakh and Korean deputy foreign ministers met for consultations in Astana."
    assert found(text, "2025-07-09") == [
        (["Kassym-Jomart Tokayev", "Lee Jae-myung"], None, "2025-07-09", "call", "held"),
        (["Kazakhstan", "South Korea"], "Astana", "2025-07-07", "meeting", "held"),
    ]


def test_a_headline_discuss_over_a_call_story_is_that_call():
    text = CALL_LEAD + (
        "Tokayev invited Lee to make an official visit to Kazakhstan when convenient. "
        "On Monday, the foreign ministers of Kazakhstan and South Korea held talks in Astana."
    )
    assert found(text, "2025-07-09") == [
        (["Kassym-Jomart Tokayev", "Lee Jae-myung"], None, "2025-07-09", "call", "held"),
        (["Kassym-Jomart Tokayev", "Lee Jae-myung"], "Kazakhstan", None, "meeting", "planned"),
        (["Kazakhstan", "South Korea"], "Astana", "2025-07-07", "meeting", "held"),
    ]


ISHIBA = "Prime Minister Shigeru Ishiba met President Prabowo Subianto in Jakarta on Monday. "


def test_a_ministers_unnamed_counterpart_is_no_head_of_government():
    text = ISHIBA + "On Tuesday Foreign Minister Sugiono had a phone call with his Japanese counterpart."
    assert found(text, "2025-03-04") == [
        (["Shigeru Ishiba", "Prabowo Subianto"], "Jakarta", "2025-03-03", "meeting", "held"),
        (["Sugiono", "Japan"], None, "2025-03-04", "call", "held"),
    ]


def test_a_leaders_unnamed_counterpart_is_still_the_leader_named():
    text = ISHIBA + "President Prabowo held talks with his Japanese counterpart again on Tuesday."
    assert found(text, "2025-03-04") == [
        (["Shigeru Ishiba", "Prabowo Subianto"], "Jakarta", "2025-03-03", "meeting", "held"),
        (["Prabowo Subianto", "Shigeru Ishiba"], "Jakarta", "2025-03-04", "meeting", "held"),
    ]


def test_a_day_after_a_comma_and_belongs_to_the_next_contact():
    text = (
        "Vladimir Putin held talks with Xi Jinping in Moscow.\n\n"
        "Vladimir Putin: Dear friend, welcome to Moscow. In March we had a video call, and in April we talked by telephone.\n\n"
        "Xi Jinping: Thank you, dear friend."
    )
    assert found(text, "2025-05-08") == [
        (["Vladimir Putin", "Xi Jinping"], "Moscow", "2025-05-08", "meeting", "held"),
        (["Vladimir Putin", "Xi Jinping"], None, "2025-03", "call", "held"),
        (["Vladimir Putin", "Xi Jinping"], None, "2025-04", "call", "held"),
    ]


def test_a_day_set_off_by_commas_before_the_clause_is_the_calls():
    text = (
        "Foreign Minister Takeshi Iwaya held talks with Mongolian Foreign Minister Battsetseg Batmunkh in Tokyo on February 17. "
        "Before her departure, on February 18, Minister Battsetseg made a courtesy call on Prime Minister Shigeru Ishiba."
    )
    assert found(text, "2025-02-20") == [
        (["Takeshi Iwaya", "Battsetseg Batmunkh"], "Tokyo", "2025-02-17", "meeting", "held"),
        (["Battsetseg Batmunkh", "Shigeru Ishiba"], "Tokyo", "2025-02-18", "meeting", "held"),
    ]


def test_persons_told_by_a_later_trigger_are_no_sides_of_a_bare_meeting():
    text = (
        "Prime Minister Mark Carney met President Claudia Sheinbaum in Mexico City today. The leaders recalled their "
        "first meeting, which took place at the G7 summit in Kananaskis last June, and welcomed the August visit to "
        "Mexico City by Anita Anand, Minister of Foreign Affairs, and Francois-Philippe Champagne, Minister of Finance."
    )
    assert found(text, "2025-09-18") == [
        (["Mark Carney", "Claudia Sheinbaum"], "Mexico City", "2025-09-18", "meeting", "held"),
        (["Mark Carney", "Claudia Sheinbaum"], "Kananaskis", "2025-06", "meeting", "held"),
        (["Anita Anand", "Francois-Philippe Champagne", "Mexico"], "Mexico City", "2025-08", "visit", "held"),  # (their own trip)
    ]
