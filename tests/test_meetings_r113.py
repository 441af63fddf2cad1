"""A bloc's gathering as a trip's purpose with "a"/"an" as with "the": "flew to Brussels on Thursday for a meeting of the
European Council" is that body's gathering; "called for a meeting of the Security Council", "asked for a meeting
of ..." and "for a meeting of the cabinet" stay none."""

from test_meetings import found


def test_a_meeting_of_the_bloc_is_its_gathering_as_the_meeting_is():
    the = "On Thursday, Chancellor Olaf Scholz flew to Prague for the meeting of the European Council."
    a = "On Thursday, Chancellor Olaf Scholz flew to Prague for a meeting of the European Council."
    assert found(a, "2022-10-08") == found(the, "2022-10-08") == [(["Olaf Scholz", "European Council"], "Prague", "2022-10-06", "summit", "held")]


def test_a_meeting_asked_for_is_none():
    assert found("Chancellor Olaf Scholz called for a meeting of the UN Security Council.", "2022-10-08") == []
    assert found("Chancellor Olaf Scholz asked for a meeting of the UN Security Council.", "2022-10-08") == []


def test_a_meeting_of_a_domestic_body_is_none():
    assert found("Chancellor Olaf Scholz returned to Berlin for a meeting of the cabinet.", "2022-10-08") == []
