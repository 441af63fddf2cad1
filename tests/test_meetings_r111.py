"""An invitation by verb from a person who holds no leader title: "He invited Y to visit Pakistan", "he" standing
for the foreign minister named before and the sentence opening with it (or "Foreign Minister X invited Y to visit
Pakistan"), Y named right after the verb, is a planned meeting of the inviter and Y in that land, as it is for a
president or prime minister."""

from test_meetings import found


def test_he_who_invites_is_the_minister_named_before():
    text = (
        "Foreign Minister Ishaq Dar held a telephone call with Foreign Secretary David Lammy on Monday. "
        "He invited Foreign Secretary Lammy to visit Pakistan at a mutually convenient time."
    )
    assert found(text, "2025-03-10") == [
        (["Ishaq Dar", "David Lammy"], None, "2025-03-10", "call", "held"),
        (["Ishaq Dar", "David Lammy"], "Pakistan", None, "meeting", "planned"),
    ]


def test_she_who_invites_hosts_the_trip_she_invites_to():
    text = (
        "Foreign Minister Penny Wong spoke with Foreign Minister Vivian Balakrishnan on Tuesday. "
        "She invited Dr Balakrishnan to visit Australia next year."
    )
    assert found(text, "2025-03-12") == [
        (["Penny Wong", "Vivian Balakrishnan"], None, "2025-03-11", "call", "held"),
        (["Penny Wong", "Vivian Balakrishnan"], "Australia", "2026", "meeting", "planned"),
    ]
