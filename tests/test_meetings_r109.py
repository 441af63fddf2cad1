"""A leader who "chaired a meeting of the Security Council" (of the country's own council: "Russia's Security
Council", "the National Security Council", a "Security Council meeting", with no "UN" before it) sat with his own
officials: no summit of the UN Security Council, no diplomatic contact."""

from test_meetings import found


def test_a_national_security_council_meeting_is_no_summit():
    text = (
        "President Vladimir Putin held talks with Chinese President Xi Jinping in Moscow on Thursday. A day later, the "
        "Kremlin leader chaired a meeting of the Russian Security Council on migration."
    )
    assert found(text, "2025-05-10") == [(["Vladimir Putin", "Xi Jinping"], "Moscow", "2025-05-08", "meeting", "held")]


def test_a_land_s_own_security_council_is_no_summit():
    text = "President Kassym-Jomart Tokayev on Tuesday chaired a meeting of Kazakhstan's Security Council about water."
    assert found(text, "2025-07-16") == []


def test_a_security_council_meeting_chaired_is_no_summit():
    text = "Prime Minister Shehbaz Sharif chaired a National Security Council meeting in Islamabad on Monday."
    assert found(text, "2025-05-13") == []


def test_the_un_security_council_chaired_is_still_a_gathering():
    text = "Foreign Minister Wang Yi chaired a meeting of the UN Security Council in New York on Monday."
    assert [m[3] for m in found(text, "2025-01-15")] == ["summit"]
