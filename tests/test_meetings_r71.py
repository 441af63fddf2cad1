"""dipkit meetings, round 71, on sentences written for these tests: a sentence whose trigger word tells no contact
("discussed trade with her counterpart") still names the pair that "the top diplomats" of the next sentence stand
for."""

from __future__ import annotations

from test_meetings import found

_DISCUSSED = (
    "Foreign Minister Ana Lopes discussed trade and fisheries with her Spanish counterpart, José Manuel Albares, "
    "on Tuesday. "
)
_PAIR = ["Ana Lopes", "José Manuel Albares"]


def test_the_pair_of_a_sentence_whose_trigger_tells_no_contact_holds_the_later_meeting():
    text = _DISCUSSED + "The ministry said Tuesday that the top diplomats held a two-hour meeting and lunch in Madrid."
    assert found(text, "2025-09-17") == [(_PAIR, "Madrid", "2025-09-16", "meeting", "held")]

