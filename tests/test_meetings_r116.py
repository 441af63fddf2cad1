"""A building that several capitals have ("the Chancellery": Berlin's, Vienna's, Warsaw's) stands in the host's
capital, or in the capital the dateline names, before the city the venue table gives."""

from test_meetings import found


def test_a_shared_building_stands_in_the_dateline_capital():
    text = (
        "WARSAW (Reuters) - Polish Prime Minister Donald Tusk met Ukrainian President Volodymyr Zelenskiy at the "
        "Chancellery on Tuesday."
    )
    assert found(text, "2025-03-12") == [(["Donald Tusk", "Volodymyr Zelenskiy"], "Warsaw", "2025-03-11", "meeting", "held")]


def test_a_shared_building_stands_in_the_host_capital():
    text = "Polish Prime Minister Donald Tusk hosted German Chancellor Friedrich Merz at the Chancellery on Tuesday."
    assert found(text, "2025-03-12") == [(["Donald Tusk", "Friedrich Merz"], "Warsaw", "2025-03-11", "meeting", "held")]


def test_with_no_host_or_dateline_the_table_city_stands():
    text = "German Chancellor Friedrich Merz met French President Emmanuel Macron at the Chancellery on Tuesday."
    assert found(text, "2025-03-12") == [(["Friedrich Merz", "Emmanuel Macron"], "Berlin", "2025-03-11", "meeting", "held")]
