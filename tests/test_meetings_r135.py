"""A summit named by two lands hyphen-joined after an attending verb ("attended the India-Japan summit") is the two
lands' own talks, as "held the India-Japan summit" reads: a meeting (a bilateral summit), whose sides are the leaders
the sentence names for the lands, else the lands; a bloc joined to a land ("the EU-Japan summit") stays a summit."""

from test_meetings import found


def test_the_attended_summit_of_two_lands_is_their_leaders_meeting():
    text = (
        "Indian Prime Minister Narendra Modi and his Japanese counterpart Fumio Kishida attended the India-Japan "
        "annual summit in Tokyo on Saturday, pledging closer ties in chips and rail."
    )
    assert found(text, "2025-03-10") == [(["Narendra Modi", "Fumio Kishida"], "Tokyo", "2025-03-08", "meeting", "held")]


def test_one_leader_named_goes_with_the_other_land():
    text = "Narendra Modi is due to attend the India-Japan summit in Tokyo next week, his office announced."
    assert found(text, "2025-03-10") == [(["Narendra Modi", "Japan"], "Tokyo", "2025-W12", "meeting", "planned")]


def test_a_bloc_joined_to_a_land_stays_a_summit():
    text = "Shigeru Ishiba attended the EU-Japan summit in Brussels on Tuesday to talk about defence ties."
    assert found(text, "2025-03-10") == [(["Shigeru Ishiba", "European Union"], "Brussels", "2025-03-04", "summit", "held")]
