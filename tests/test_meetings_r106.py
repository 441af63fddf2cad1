"""A bare meeting noun whose clause goes on to a phone or video call ("The meeting followed a phone call between A
and B"): the persons named after the call are the call's sides, not bystanders of the meeting; "expects to meet"
is a plan, as "is expected to meet" is; a visit put off to "the second half of the year" (or a quarter) after the
report's day is planned; "until A and B meet" (or "before", "unless") is a meeting still to come."""

from test_meetings import found


def test_the_persons_after_a_later_phone_call_are_the_calls_own():
    text = (
        "Chinese Foreign Minister Wang Yi met Secretary of State Marco Rubio in Kuala Lumpur on Friday. The meeting "
        "followed a video call two weeks ago between President Xi Jinping and President Donald Trump."
    )
    assert found(text, "2025-07-12") == [
        (["Wang Yi", "Marco Rubio"], "Kuala Lumpur", "2025-07-11", "meeting", "held"),
        (["Xi Jinping", "Donald Trump"], None, "2025-W26", "call", "held"),
    ]


def test_a_telephone_conversation_followed_up_on_keeps_its_sides():
    text = (
        "Foreign Minister Sugiono met Timor-Leste Foreign Minister Bendito dos Santos Freitas in Jakarta on Tuesday. "
        "The talks also followed up on the telephone conversation between Indonesia's President Prabowo Subianto "
        "and Timor-Leste's Prime Minister Xanana Gusmao in January."
    )
    assert found(text, "2025-02-19") == [
        (["Sugiono", "Bendito dos Santos Freitas"], "Jakarta", "2025-02-18", "meeting", "held"),
        (["Prabowo Subianto", "Xanana Gusmao"], None, "2025-01", "call", "held"),
    ]


def test_expects_to_meet_is_a_plan():
    text = (
        "Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday. President "
        "Donald Trump has told aides he expects to meet President Vladimir Putin soon."
    )
    assert found(text, "2025-02-19") == [
        (["Marco Rubio", "Sergei Lavrov"], "Riyadh", "2025-02-18", "meeting", "held"),
        (["Donald Trump", "Vladimir Putin"], None, None, "meeting", "planned"),
    ]


def test_a_half_year_after_the_report_is_ahead():
    text = (
        "President Cyril Ramaphosa spoke by telephone with Prime Minister Pham Minh Chinh on Thursday. Both sides "
        "agreed that the state visit would be pushed back to the second half of 2024."
    )
    assert found(text, "2024-04-10") == [
        (["Cyril Ramaphosa", "Pham Minh Chinh"], None, "2024-04-04", "call", "held"),
        (["Cyril Ramaphosa", "Pham Minh Chinh"], None, "2024-H2", "meeting", "planned"),
    ]


def test_until_they_meet_is_still_to_come():
    text = "Rubio said he did not expect a breakthrough until President Donald Trump and President Vladimir Putin meet in person."
    assert found(text, "2025-05-17") == [(["Donald Trump", "Vladimir Putin"], None, None, "meeting", "planned")]
