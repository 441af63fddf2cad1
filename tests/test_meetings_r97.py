"""A trip whose host is named is a meeting with the host, however the host is named: "He is visiting Beijing on
the invitation of X" gives a visit with two persons of two lands, which is a meeting; a trip with the visitor's own
aides stays a visit. "The latter" and "the former" name the last and the one before it of the persons named before."""

from test_meetings import found


def test_a_visit_on_the_invitation_of_a_named_host_is_a_meeting_with_the_host():
    text = "Singapore's Foreign Minister Vivian Balakrishnan is in China this week. He is visiting Beijing on the invitation of Foreign Minister Wang Yi."
    assert [m[0] for m in found(text, "2024-09-09")] == [["Vivian Balakrishnan", "Wang Yi"]]
    assert [m[3] for m in found(text, "2024-09-09")] == ["meeting"]


def test_a_visit_with_an_aide_of_the_visitors_own_land_stays_a_visit():
    text = "Foreign Minister Vivian Balakrishnan and Senior Minister of State Sim Ann are on an official visit to China this week."
    assert found(text, "2024-09-09") == [(["Vivian Balakrishnan", "Sim Ann", "China"], "China", "2024-W37", "visit", "held")]


def test_the_latter_is_the_last_person_named_before_it():
    text = "French President Emmanuel Macron spoke with German Chancellor Friedrich Merz after the latter spoke with Chinese Premier Li Qiang by phone."
    assert found(text, "2025-05-20") == [
        (["Emmanuel Macron", "Friedrich Merz"], None, "2025-05-20", "call", "held"),
        (["Friedrich Merz", "Li Qiang"], None, None, "call", "held"),
    ]


def test_the_former_is_the_one_named_before_the_last_in_the_sentence_before():
    text = "Prime Minister Keir Starmer received Chancellor Friedrich Merz in London. The former also met Prime Minister Mark Carney on Friday."
    assert [m[0] for m in found(text, "2025-06-14")] == [["Keir Starmer", "Friedrich Merz"], ["Keir Starmer", "Mark Carney"]]


def test_the_former_before_a_title_is_no_pointer():
    text = "Prime Minister Keir Starmer received Chancellor Friedrich Merz in London. The former president of Finland, Sauli Niinisto, met Mark Carney."
    assert [m[0] for m in found(text, "2025-06-14")] == [["Keir Starmer", "Friedrich Merz"], ["Sauli Niinisto", "Mark Carney"]]
