"""A held summit dated by the report a day or a few after "X opened the summit on Friday" (or "the summit, which
opened on Friday", "the summit that opened Friday") took place from that day, its opening."""

from test_meetings import found


def test_the_day_the_summit_opened_dates_it():
    text = (
        "HAVANA, Sep 16 (Reuters) - The G77 summit closes in Havana with a call for a fairer financial order. "
        "President Miguel Diaz-Canel opened the summit on Friday with a speech on debt relief."
    )
    summits = [m for m in found(text, "2023-09-16") if m[3] == "summit"]
    assert summits[0][2] == "2023-09-15"


def test_a_summit_opening_a_week_before_leaves_the_day():
    text = (
        "JAKARTA, Sep 7 (Reuters) - President Joko Widodo hosts the ASEAN summit in Jakarta as leaders weigh the crisis "
        "in Myanmar. A trade fair opened on Aug. 30 in the city."
    )
    summits = [m for m in found(text, "2023-09-07") if m[3] == "summit"]
    assert summits[0][2] == "2023-09-07"
