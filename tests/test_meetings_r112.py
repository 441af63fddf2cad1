"""Rules: "the parties agreed" (or "the sides", "the two parties", "both parties"; "decided" too) is the group of the
meeting just told, so "to hold the next meeting in Astana in 2026" is that pair's planned meeting there and then,
as "the two ministers agreed" is ("the parties" with another verb stays no group)."""

from test_meetings import found

_TALKS = "Foreign Minister Sergey Lavrov held talks with Foreign Minister Abbas Araghchi of Iran in Tehran on Monday. "


def test_the_parties_agreed_to_hold_the_next_meeting():
    text = (
        "President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev of Uzbekistan in Tashkent on "
        "Monday. The parties agreed to hold the next meeting of the joint commission in Astana in 2026."
    )
    assert found(text, "2025-11-12") == [
        (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "Tashkent", "2025-11-10", "meeting", "held"),
        (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "Astana", "2026", "meeting", "planned"),
    ]


def test_the_sides_agreed_to_hold_the_next_round():
    text = _TALKS + "The sides agreed to hold the next round of consultations in Moscow in March."
    assert found(text, "2025-11-12") == [
        (["Sergey Lavrov", "Abbas Araghchi"], "Tehran", "2025-11-10", "meeting", "held"),
        (["Sergey Lavrov", "Abbas Araghchi"], "Moscow", "2026-03", "meeting", "planned"),
    ]
