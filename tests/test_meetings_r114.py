"""A month in the possessive before the gathering an attendance names ("attended October's BRICS summit", "will
attend next month's G20 summit") dates it to that month, as "the BRICS summit in October" does ("this year's"
still names no month)."""

from test_meetings import found


def test_a_possessive_month_dates_the_summit_attended():
    text = "Malaysian Prime Minister Anwar Ibrahim attended October's BRICS summit in Kazan as a partner country's leader."
    assert found(text, "2024-11-12") == [(["Anwar Ibrahim", "BRICS"], "Kazan", "2024-10", "summit", "held")]


def test_last_and_next_month_in_the_possessive():
    held = "Chancellor Olaf Scholz attended last month's NATO summit in Washington, his aides said."
    planned = "Chancellor Olaf Scholz will attend next month's G20 summit in Rio de Janeiro, his aides said."
    assert found(held, "2024-08-02")[0][2:] == ("2024-07", "summit", "held")
    assert found(planned, "2024-10-02")[0][2:] == ("2024-11", "summit", "planned")
