"""Talks on the sidelines of a summit that name one person and no one else ("X held a series of meetings with
African leaders on the margins of the AU summit") report that X attended the summit; those told meeting X on its
sidelines join it. A session with no summit named, and another of the bloc's gatherings, do not."""

from test_meetings import found

LEAD = (
    "Prime Minister Abiy Ahmed held a series of bilateral meetings with African leaders on the margins of the "
    "39th African Union Summit in Addis Ababa on Saturday."
)


def test_talks_with_no_one_named_on_a_summits_sidelines_report_the_summit():
    assert found(LEAD, "2026-02-15") == [(["African Union", "Abiy Ahmed"], "Addis Ababa", "2026-02-14", "summit", "held")]


def test_those_he_met_on_its_sidelines_join_the_summit():
    text = LEAD + " On the sidelines of the summit, Abiy also met President William Ruto of Kenya."
    assert found(text, "2026-02-15") == [
        (["African Union", "Abiy Ahmed", "William Ruto"], "Addis Ababa", "2026-02-14", "summit", "held"),
        (["Abiy Ahmed", "William Ruto"], "Addis Ababa", "2026-02-14", "meeting", "held"),
    ]


def test_planned_talks_with_no_one_named_report_the_planned_summit():
    text = "Prime Minister Abiy Ahmed will hold talks on the sidelines of the G20 summit in Johannesburg next week."
    assert found(text, "2025-11-15") == [(["Group of Twenty", "Abiy Ahmed"], "Johannesburg", "2025-W47", "summit", "planned")]


def test_talks_on_the_sidelines_of_a_session_report_no_summit():
    assert found("Prime Minister Abiy Ahmed held talks on the sidelines of the UN General Assembly on Tuesday.", "2025-09-24") == []


def test_talks_at_another_gathering_of_the_bloc_join_no_summit():
    text = (
        "Foreign Minister S Jaishankar met Chinese Foreign Minister Wang Yi on the sidelines of the SCO Foreign Ministers' "
        "Meeting in Tianjin on Tuesday. Defence Minister Rajnath Singh had held talks on the sidelines of the SCO Defence "
        "Ministers' Meeting in Qingdao in June."
    )
    summits = [m for m in found(text, "2025-07-16") if m[3] == "summit"]
    assert summits == [
        (["Shanghai Cooperation Organisation", "S Jaishankar", "Wang Yi"], "Tianjin", "2025-07-15", "summit", "held"),
        (["Shanghai Cooperation Organisation", "Rajnath Singh"], "Qingdao", "2025-06", "summit", "held"),
    ]
