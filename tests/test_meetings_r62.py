"""dipkit meetings, round 62, on sentences written for these tests:

- "received the Foreign Minister", in a story of the Secretary of State's talks with a foreign minister: the one whose
  own title it is, not the Secretary, whose office the title also names;
- "Building on their January 9 phone call, the two ...", after the pair's talks today: the pair's earlier call, on
  its own day (a date between "their" and the noun is the event's: "their March talks");
- "X accepted an invitation from his Georgian colleague to pay a visit to Tbilisi next year": a planned meeting of X
  and the Georgian of X's office the story named, though it names the Georgian president too;
- "X brought A and B together in Nairobi on Friday": a meeting of the three, hosted by X ("The forum brought
  together business leaders" is none);
- "talked by phone with his Uruguayan peer Yamandú Orsi": Orsi, as after "counterpart" (not the Uruguayan minister
  the story named before);
- "chaired a Cabinet meeting to go over the IMF deal": no contact (a domestic body's meeting).

These run the whole layer (entities and dates found by dipkit), as a user's record would.
"""

from __future__ import annotations

from test_meetings import found

LEAD = "Secretary of State Marco Rubio held talks in Washington today with Peruvian Foreign Minister Elmer Schialer. "


def test_a_bare_title_goes_to_whose_own_title_it_is_before_its_other_names():
    text = LEAD + "Later, Deputy Secretary of State Christopher Landau received the Foreign Minister at a working lunch."
    assert found(text, "2025-06-18") == [
        (["Marco Rubio", "Elmer Schialer"], "Washington", "2025-06-18", "meeting", "held"),
        (["Christopher Landau", "Elmer Schialer"], "Washington", "2025-06-18", "meeting", "held"),
    ]


def test_their_dated_call_is_the_pairs_earlier_call():
    text = LEAD + "Building on their January 9 phone call, the two discussed copper supply chains."
    assert found(text, "2025-06-18") == [
        (["Marco Rubio", "Elmer Schialer"], "Washington", "2025-06-18", "meeting", "held"),
        (["Marco Rubio", "Elmer Schialer"], None, "2025-01-09", "call", "held"),
    ]


def test_their_talks_dated_by_a_month_are_the_pairs_earlier_talks():
    text = LEAD + "The two ministers recalled their March talks in Lima on copper."
    assert found(text, "2025-06-18") == [
        (["Marco Rubio", "Elmer Schialer"], "Washington", "2025-06-18", "meeting", "held"),
        (["Marco Rubio", "Elmer Schialer"], "Lima", "2025-03", "meeting", "held"),
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
        "President Javier Milei hosted Uruguayan Foreign Minister Mario Lubetkin in Buenos Aires on Tuesday. "
        "On Sunday, Milei talked by phone with his Uruguayan peer Yamandú Orsi."
    )
    assert found(text, "2025-03-26") == [
        (["Javier Milei", "Mario Lubetkin"], "Buenos Aires", "2025-03-25", "meeting", "held"),
        (["Javier Milei", "Yamandú Orsi"], None, "2025-03-23", "call", "held"),
    ]


def test_a_cabinet_meeting_is_no_contact():
    text = "On Monday, Chief of Cabinet Guillermo Francos chaired a Cabinet meeting to go over the IMF deal."
    assert found(text, "2025-03-26") == []
