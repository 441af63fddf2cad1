"""Two ministers' gatherings of one bloc whose names give different fields ("the SCO defence ministers' meeting",
"the SCO foreign ministers' meeting", "the Council of Foreign Ministers") are different gatherings: talks on the
sidelines of one add no one, and give no place or day, to the other."""

from test_meetings import found


def test_talks_at_the_defence_ministers_meeting_are_not_at_the_foreign_ministers_one():
    text = (
        "Foreign Minister Wang Yi met Kazakh President Kassym-Jomart Tokayev in Astana on Tuesday. The talks follow "
        "the meeting between Defence Minister Dong Jun and his Indian counterpart Rajnath Singh on the sidelines of the "
        "SCO Defence Ministers' Meeting in Almaty in April. Wang is on an official visit to Kazakhstan to attend this "
        "year's SCO Foreign Ministers' Meeting."
    )
    summits = [m for m in found(text, "2025-05-20") if m[3] == "summit"]
    assert summits == [
        (["Shanghai Cooperation Organisation", "Dong Jun", "Rajnath Singh"], "Almaty", "2025-04", "summit", "held"),
        (["Wang Yi", "Shanghai Cooperation Organisation"], "Kazakhstan", None, "summit", "held"),
    ]


def test_a_council_of_foreign_ministers_is_not_a_defence_ministers_meeting():
    text = (
        "Lavrov arrived in Minsk to attend the CSTO Council of Foreign Ministers. In May, Russian Defence Minister "
        "Andrei Belousov held talks with his Kazakh counterpart Ruslan Zhaksylykov on the sidelines of the CSTO "
        "Defence Ministers' Meeting in Belarus."
    )
    assert found(text, "2025-06-27") == [
        (["Sergei Lavrov", "Collective Security Treaty Organization"], "Minsk", "2025-06-27", "summit", "held"),
        (["Andrei Belousov", "Ruslan Zhaksylykov"], "Belarus", "2025-05", "meeting", "held"),
        (["Collective Security Treaty Organization", "Andrei Belousov", "Ruslan Zhaksylykov"], "Belarus", "2025-05", "summit", "held"),
    ]


def test_the_same_field_named_twice_is_one_gathering():
    text = (
        "Foreign Minister Wang Yi is in Kazakhstan to attend this year's SCO Foreign Ministers' Meeting. On the margins "
        "of the SCO Foreign Ministers' Meeting, Wang held talks on Tuesday with India's S Jaishankar."
    )
    summits = [m for m in found(text, "2025-05-21") if m[3] == "summit"]
    assert len(summits) == 1 and "S Jaishankar" in summits[0][0]
