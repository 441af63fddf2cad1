""""Met Y on its sidelines" (or "on its margins", "on its fringes"), after a summit named before in its sentence: the
talks were held at that summit, when and where it was; a held summit with no day, told in the sentence of its
persons' dated talks ("last met in New York in September, when both attended the UN General Assembly"), was held
then, and there (not on the one day of talks on its sidelines: a summit runs for days); "Upon his arrival on Monday,
X held talks with Y" is on that day, as "Upon arriving on Monday," is, and so is "X, who arrived in Ankara on Thursday,
held talks with Y" (the subject's arrival told right before the trigger); "the talks, which were to take place on Sunday
in Muscat" are dated and placed by that clause, as "which is due to take place" is."""

from test_meetings import found


def test_on_its_sidelines_takes_the_summit_named_before():
    text = (
        "Prime Minister Anthony Albanese, who attended the G20 summit in Rio de Janeiro in November, met Chinese "
        "President Xi Jinping on its sidelines and raised the trade dispute."
    )
    assert (["Anthony Albanese", "Xi Jinping"], "Rio de Janeiro", "2024-11", "meeting", "held") in found(text, "2025-03-05")


def test_on_its_margins_after_both_attended():
    text = (
        "President Luiz Inacio Lula da Silva and President Cyril Ramaphosa both attended the UN General Assembly in "
        "New York in September last year and held talks on its margins."
    )
    assert (["Luiz Inacio Lula da Silva", "Cyril Ramaphosa"], "New York", "2024-09", "meeting", "held") in found(text, "2025-03-05")


def test_a_summit_on_whose_fringes_they_met_takes_the_month_of_their_talks():
    text = (
        "The last time Prime Minister Fumio Kishida and President Yoon Suk Yeol met was in August on the fringes of a "
        "trilateral summit with U.S. President Joe Biden near Washington."
    )
    assert found(text, "2023-09-10") == [
        (["Fumio Kishida", "Yoon Suk Yeol"], "Washington", "2023-08", "meeting", "held"),
        (["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], "Washington", "2023-08", "summit", "held"),
    ]


def test_the_day_of_talks_on_the_sidelines_does_not_date_the_summit():
    text = (
        "Prime Minister Fumio Kishida and President Yoon Suk Yeol agreed Sunday to deepen ties. During their meeting on "
        "the sidelines of the Group of 20 summit in New Delhi, Kishida also told Yoon that Tokyo had hopes for Seoul."
    )
    assert found(text, None) == [
        (["Fumio Kishida", "Yoon Suk Yeol"], "New Delhi", "XXXX-WXX-7", "meeting", "held"),
        (["Group of Twenty", "Fumio Kishida", "Yoon Suk Yeol"], "New Delhi", None, "summit", "held"),
    ]


def test_upon_his_arrival_on_a_day_dates_the_talks_after_it():
    text = (
        "Japanese Prime Minister Shigeru Ishiba co-chaired the ASEAN-Japan summit in Kuala Lumpur on Tuesday alongside "
        "Prime Minister Anwar Ibrahim.\n\nIn his opening address, Ishiba said the partnership had never been stronger."
        "\n\nAnwar, for his part, praised the growth of trade between the two sides.\n\nLater on Tuesday, the leaders "
        "adopted a joint statement on maritime security.\n\nUpon his arrival on Monday, Ishiba held talks with Anwar in "
        "Putrajaya, during which the two sides reviewed investment."
    )
    assert (["Shigeru Ishiba", "Anwar Ibrahim"], "Putrajaya", "2025-05-26", "meeting", "held") in found(text, "2025-05-27")


def test_the_day_of_the_subjects_arrival_told_in_a_who_clause_dates_the_talks():
    text = (
        "Turkey hosts meeting with US, Zelensky ahead of talks in Istanbul\n\nTurkish Foreign Minister Hakan Fidan "
        "opened the talks between Russian and Ukrainian delegations in Istanbul on Friday.\n\nFidan said the talks were "
        "a first step.\n\nThe delegations sat across a long table.\n\nZelensky, who arrived in Ankara on Thursday, held "
        "talks with President Recep Tayyip Erdogan at the Presidential Complex."
    )
    assert (["Volodymyr Zelensky", "Recep Tayyip Erdogan"], "Ankara", "2025-05-15", "meeting", "held") in found(text, "2025-05-16")


def test_which_were_to_take_place_dates_the_talks_called_off():
    text = (
        "The strikes forced the cancellation of the sixth round of U.S.-Iran nuclear talks, which were to take place on "
        "Sunday in Muscat under Omani mediation."
    )
    assert [m[:3] for m in found(text, "2025-06-16")] == [(["United States", "Iran"], "Muscat", "2025-06-15")]
