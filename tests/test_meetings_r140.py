"""A land adjective before a whole office ("the Chinese foreign minister could visit Jakarta") stands for the person
of that land holding that office whom the story names, not another of its people the sentence names ("to prepare
President Xi's trip"); a bare "the Japanese minister" is left to the title reading as before."""

from test_meetings import found


def test_a_land_and_office_is_the_minister_named_not_the_leader_after():
    text = (
        "On Monday in Beijing, Indonesian Foreign Minister Sugiono sat down with Chinese Foreign Minister Wang Yi. Diplomats "
        "said the Chinese foreign minister could visit Jakarta in early June to prepare a trip by President Xi Jinping."
    )
    meetings = found(text, "2025-05-14")
    assert (["Wang Yi", "Indonesia"], "Jakarta", "2025-06", "visit", "planned") in meetings
    assert (["Indonesia", "Xi Jinping"], "Jakarta", "2025-06", "visit", "planned") not in meetings


def test_a_land_and_office_is_that_land_holder():
    text = (
        "Indian External Affairs Minister S. Jaishankar met Japanese Foreign Minister Takeshi Iwaya in Tokyo on Monday. "
        "The Japanese foreign minister will visit New Delhi in July to plan Prime Minister Shigeru Ishiba's trip."
    )
    assert ["Takeshi Iwaya", "India"] in [m[0] for m in found(text, "2025-05-14")]
