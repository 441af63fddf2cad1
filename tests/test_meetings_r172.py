"""A person named after "and", a title and a comma in the object of a meeting or call ("held separate calls with
Foreign Minister A and U.S. presidential adviser for Africa, B", "and with Egypt's foreign minister, B", "and the
EU's envoy for the Sahel, B"): a side of their own, the lands and regions inside the title part of it (before: the
list stopped at the title, and B was lost); "and Iran, Foreign Minister B said" stays no side."""

from test_meetings import found


def test_separate_calls_with_a_name_after_a_long_title():
    text = (
        "Kenyan President William Ruto had separate phone calls on Monday with Foreign Minister Sergey Lavrov "
        "and U.S. presidential adviser for Africa, Massad Boulos."
    )
    assert found(text, "2025-06-17") == [
        (["William Ruto", "Sergey Lavrov"], None, "2025-06-16", "call", "held"),
        (["William Ruto", "Massad Boulos"], None, "2025-06-16", "call", "held"),
    ]


def test_separate_talks_with_an_envoy_of_a_bloc():
    text = "Prime Minister Abiy Ahmed held separate talks in Addis Ababa on Tuesday with William Ruto and the European Union's envoy for the Sahel, Joao Cravinho."
    assert found(text, "2025-06-18") == [
        (["Abiy Ahmed", "William Ruto"], "Addis Ababa", "2025-06-17", "meeting", "held"),
        (["Abiy Ahmed", "Joao Cravinho"], "Addis Ababa", "2025-06-17", "meeting", "held"),
    ]


def test_and_with_a_possessive_title():
    text = "Antony Blinken spoke by phone with Sergey Lavrov and with Egypt's foreign minister, Badr Abdelatty, on Thursday."
    assert found(text, "2024-05-10") == [(["Antony Blinken", "Sergey Lavrov", "Badr Abdelatty"], None, "2024-05-09", "call", "held")]


def test_a_speaker_after_the_comma_is_no_side():
    text = "Antony Blinken met Sergey Lavrov in Geneva on Thursday and the Iranian envoy, Foreign Minister Abbas Araghchi said."
    assert ["Antony Blinken", "Sergey Lavrov"] in [m[0] for m in found(text, "2024-05-10")]
    assert not any("Abbas Araghchi" in m[0] for m in found(text, "2024-05-10"))
