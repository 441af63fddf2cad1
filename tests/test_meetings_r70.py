"""dipkit meetings, round 70, on sentences written for these tests: "the top diplomats" stands for the pair told
before, as "the two ministers" does, and "her Spanish counterpart" tells that the two persons of a sentence with
no meeting in it are of two lands, though only one land is named."""

from __future__ import annotations

from test_meetings import found

from dipkit.meetings.lexicon import word_classes

_MET = "Foreign Minister Ana Lopes met her Spanish counterpart, José Manuel Albares, on Wednesday. "
_PAIR = ["Ana Lopes", "José Manuel Albares"]


def test_the_top_diplomats_hold_the_meeting_told_before_and_give_it_its_place():
    text = _MET + "The ministry said the top diplomats held a meeting in Madrid."
    assert found(text, "2025-09-17") == [(_PAIR, "Madrid", "2025-09-17", "meeting", "held")]


def test_the_top_diplomats_of_a_bloc_are_no_group_of_two():
    group = word_classes()["group"]
    assert group.search("The top diplomats of the Group of Seven met in Rome.") is None
    assert group.search("The top diplomats of the two nations met in Rome.").group() == "The top diplomats"


def test_a_counterpart_of_a_named_land_makes_the_pair_of_the_sentence_before():
    text = (
        "Foreign Minister Ana Lopes presented a medal to her Spanish counterpart, José Manuel Albares, on Wednesday. "
        "The two ministers then held talks in Madrid."
    )
    assert found(text, "2025-09-17") == [(_PAIR, "Madrid", "2025-09-17", "meeting", "held")]


def test_two_persons_of_whom_one_land_is_known_and_no_counterpart_are_no_pair():
    text = (
        "Foreign Minister Ana Lopes presented a medal to Deputy Minister José Manuel Albares on Wednesday. "
        "The two ministers then held talks in Madrid."
    )
    assert found(text, "2025-09-17") == []
