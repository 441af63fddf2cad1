""""Met Y on its sidelines" (or "on its margins", "on its fringes"), after a summit named before in its sentence: the
talks were held at that summit, when and where it was; a held summit with no day, told in the sentence of its
persons' dated talks ("had last met in June, on the fringes of a three-way summit near Rome"), was held
then, and there (not on the one day of talks on its sidelines: a summit runs for days); "Upon his arrival on Monday,
X held talks with Y" is on that day, as "Upon arriving on Monday," is, and so is "X, who arrived in Warsaw on
Wednesday, held talks with Y" (the subject's arrival told right before the trigger); "talks, which were to take place in
Rome on Saturday" are dated and placed by that clause, as "which is due to take place" is."""

from test_meetings import found


def test_on_its_sidelines_takes_the_summit_named_before():
    text = (
        "Canadian Prime Minister Mark Carney, who went to the G20 summit in Johannesburg in November, met Indian "
        "Prime Minister Narendra Modi on its sidelines to talk about a trade deal."
    )
    assert (["Mark Carney", "Narendra Modi"], "Johannesburg", "2025-11", "meeting", "held") in found(text, "2026-01-12")


def test_on_its_margins_after_both_attended():
    text = (
        "Chancellor Olaf Scholz and President Emmanuel Macron both attended the 78th UN General Assembly in New "
        "York last September and spoke on its margins about Ukraine."
    )
    assert (["Olaf Scholz", "Emmanuel Macron"], "New York", "2023-09", "meeting", "held") in found(text, "2024-02-05")


def test_a_summit_on_whose_fringes_they_met_takes_the_month_of_their_talks():
    text = (
        "President Emmanuel Macron and Chancellor Olaf Scholz had last met in June, on the fringes of a three-way "
        "summit with Italian Prime Minister Giorgia Meloni near Rome."
    )
    assert found(text, "2024-07-10") == [
        (["Emmanuel Macron", "Olaf Scholz"], "Rome", "2024-06", "meeting", "held"),
        (["Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"], "Rome", "2024-06", "summit", "held"),
    ]


def test_the_day_of_talks_on_the_sidelines_does_not_date_the_summit():
    text = (
        "Prime Minister Anthony Albanese and Prime Minister Mark Carney pledged Saturday to widen trade. In their talks on "
        "the margins of the G20 leaders' summit in Johannesburg, Albanese also praised the budget Carney had just set out."
    )
    assert found(text, None) == [
        (["Anthony Albanese", "Mark Carney"], "Johannesburg", "XXXX-WXX-6", "meeting", "held"),
        (["Group of Twenty", "Anthony Albanese", "Mark Carney"], "Johannesburg", None, "summit", "held"),
    ]


def test_upon_his_arrival_on_a_day_dates_the_talks_after_it():
    text = (
        "Chinese Premier Li Qiang and Malaysian Prime Minister Anwar Ibrahim led the ASEAN-China summit in Kuala Lumpur "
        "on Wednesday.\n\nLi told the room that ties were at a high point.\n\nAnwar, in turn, hailed the rise in "
        "shipping across the region.\n\nBy Wednesday evening, a statement on fisheries had been signed.\n\nUpon his "
        "arrival on Tuesday, Li held talks with Anwar in Putrajaya, where both men looked at new railway plans."
    )
    assert (["Li Qiang", "Anwar Ibrahim"], "Putrajaya", "2025-10-28", "meeting", "held") in found(text, "2025-10-29")


def test_the_day_of_the_subjects_arrival_told_in_a_who_clause_dates_the_talks():
    text = (
        "Poland hosts EU ministers, Macron ahead of forum in Krakow\n\nPolish Foreign Minister Radoslaw Sikorski opened "
        "the meeting of European Union ministers in Krakow on Thursday.\n\nSikorski called it a useful start.\n\nThe "
        "ministers sat around a round table.\n\nMacron, who arrived in Warsaw on Wednesday, held talks with Prime "
        "Minister Donald Tusk at the Presidential Palace."
    )
    assert (["Emmanuel Macron", "Donald Tusk"], "Presidential Palace", "2025-05-07", "meeting", "held") in found(text, "2025-05-08")


def test_which_were_to_take_place_dates_the_talks_called_off():
    text = (
        "The bombing led mediators to call off the next round of U.S.-Iran atomic talks, which were to take place "
        "in Rome on Saturday."
    )
    assert [m[:3] for m in found(text, "2025-06-16")] == [(["United States", "Iran"], "Rome", "2025-06-14")]
