"""A trip still ahead, however it is retold: a headline's second verb after "to" and a comma ("Biden to Skip East
Africa, Visit Angola"); "During his visit to Angola, Biden will discuss ..." (the main clause's future); "The
President's visit to Luanda underscores ..." after the planned trip (no tense, no day: the same trip)."""

from test_meetings import found


def test_a_headlines_second_infinitive_is_planned():
    text = "Biden to Skip East Africa, Visit Angola in First Africa Trip\nPresident Joe Biden will travel to Angola next month."
    assert found(text, "2024-09-30") == [(["Joe Biden", "Angola"], "Angola", "2024-10", "visit", "planned")]


def test_to_before_a_place_opens_no_infinitive():
    text = "Zelensky returns to Kyiv Region, meets Macron\nPresident Volodymyr Zelensky met Emmanuel Macron near Kyiv on Monday."
    assert found(text, "2024-09-30") == [(["Volodymyr Zelensky", "Emmanuel Macron"], "Kyiv", "2024-09-30", "meeting", "held")]


def test_during_a_visit_with_a_future_main_clause_is_the_planned_trip():
    text = (
        "President Joe Biden will visit Angola from October 13 to 15. "
        "During his visit to Angola, Biden will discuss the Lobito rail corridor. "
        "The President's visit to Luanda underscores the partnership, the White House said."
    )
    assert found(text, "2024-09-30") == [(["Joe Biden", "Angola"], "Luanda", "2024-10-13", "visit", "planned")]


def test_during_a_visit_with_a_past_main_clause_stays_held():
    text = "During his visit to Angola, Biden discussed the Lobito corridor with President Joao Lourenco."
    assert found(text, "2024-12-05") == [(["Joe Biden", "Joao Lourenco"], "Angola", "2024-12-05", "meeting", "held")]


def test_a_previous_visit_named_after_a_plan_stays_its_own():
    text = "President Joe Biden will visit Angola next month. His previous visit to Angola was in 2015."
    assert [m[4] for m in found(text, "2024-09-30")] == ["planned", "held"]
