"""dipkit meetings, round 62, on sentences written for these tests:

- "hosted the Foreign Minister", in a story of the Secretary of State's talks with a foreign minister: the one whose
  own title it is, not the Secretary, whose office the title also names;
- "Building on their January 9 phone call, the two ...", after the pair's talks today: the pair's earlier call, on
  its own day (a date between "their" and the noun is the event's: "their March talks");
- "X accepted an invitation from his Georgian colleague to pay a visit to Tbilisi next year": a planned meeting of X
  and the Georgian of X's office the story named, though it names the Georgian president too;
- "X brought A and B together in Nairobi on Friday": a meeting of the three, hosted by X ("The forum brought
  together business leaders" is none);
- "spoke by phone with his Paraguayan peer Santiago Peña": Peña, as after "counterpart" (not the Paraguayan minister
  the story named before);
- "chaired a Cabinet meeting to discuss the agreement with the IMF": no contact (a domestic body's meeting).

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

LEAD = "Secretary of State Marco Rubio met today with Chilean Foreign Minister Alberto van Klaveren in Washington. "


def test_a_bare_title_goes_to_whose_own_title_it_is_before_its_other_names():
    text = LEAD + "Afterwards, Deputy Secretary of State Christopher Landau hosted the Foreign Minister for a working lunch."
    assert found(text, "2025-06-18") == [
        (["Marco Rubio", "Alberto van Klaveren"], "Washington", "2025-06-18", "meeting", "held"),
        (["Christopher Landau", "Alberto van Klaveren"], "Washington", "2025-06-18", "meeting", "held"),
    ]


def test_their_dated_call_is_the_pairs_earlier_call():
    text = LEAD + "Building on their January 9 phone call, the two discussed lithium supply chains."
    assert found(text, "2025-06-18") == [
        (["Marco Rubio", "Alberto van Klaveren"], "Washington", "2025-06-18", "meeting", "held"),
        (["Marco Rubio", "Alberto van Klaveren"], None, "2025-01-09", "call", "held"),
    ]


def test_their_talks_dated_by_a_month_are_the_pairs_earlier_talks():
    text = LEAD + "The two ministers recalled their March talks in Santiago on lithium."
    assert found(text, "2025-06-18") == [
        (["Marco Rubio", "Alberto van Klaveren"], "Washington", "2025-06-18", "meeting", "held"),
        (["Marco Rubio", "Alberto van Klaveren"], "Santiago", "2025-03", "meeting", "held"),
    ]


def test_an_invitation_from_his_colleague_is_a_meeting_with_the_colleague_named_before():
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan held talks with his Georgian counterpart Maka Botchorishvili in Yerevan "
        "on Monday. Georgian President Mikheil Kavelashvili sent his greetings. "
        "Mirzoyan accepted an invitation from his Georgian colleague to pay a visit to Tbilisi next year."
    )
    assert found(text, "2025-06-16") == [
        (["Ararat Mirzoyan", "Maka Botchorishvili"], "Yerevan", "2025-06-16", "meeting", "held"),
        (["Ararat Mirzoyan", "Maka Botchorishvili"], "Tbilisi", "2026", "meeting", "planned"),
    ]
    assert found(text.replace("his Georgian colleague", "his Georgian peer"), "2025-06-16") == found(text, "2025-06-16")


def test_one_who_brought_two_leaders_together_met_them():
    text = (
        "Kenyan President William Ruto brought Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister "
        "Abiy Ahmed together in Nairobi on Friday."
    )
    assert found(text, "2025-02-10") == [
        (["William Ruto", "Hassan Sheikh Mohamud", "Abiy Ahmed"], "Nairobi", "2025-02-07", "meeting", "held")
    ]
    assert found("The forum in Nairobi brought together business leaders from ten countries on Friday.", "2025-02-10") == []


def test_a_peer_named_after_his_land_is_the_side():
    text = (
        "President Javier Milei received Paraguayan Foreign Minister Rubén Ramírez Lezcano in Buenos Aires on Tuesday. "
        "Milei spoke by phone with his Paraguayan peer Santiago Peña on Sunday."
    )
    assert found(text, "2025-03-26") == [
        (["Javier Milei", "Rubén Ramírez Lezcano"], "Buenos Aires", "2025-03-25", "meeting", "held"),
        (["Javier Milei", "Santiago Peña"], None, "2025-03-23", "call", "held"),
    ]


def test_a_cabinet_meeting_is_no_contact():
    text = "On Monday, Cabinet Chief Guillermo Francos chaired a Cabinet meeting to discuss the agreement with the IMF."
    assert found(text, "2025-03-26") == []
