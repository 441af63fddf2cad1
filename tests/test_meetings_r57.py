"""dipkit meetings, round 57, on sentences written for these tests:

- "A conferred an order on B. The two leaders then held talks": with no meeting told before, "the two leaders"
  are the only two persons of two lands the sentence before named, whatever joins them there (not only "A and
  B ..."); a sentence naming three persons, or two of one land, leaves the group unresolved.

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
