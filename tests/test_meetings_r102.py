"""A trip still ahead, however it is retold: a headline's second verb after "to" and a comma ("Modi to Skip
Summit, Visit Ghana"); "During his visit to Ghana, Modi will discuss ..." (the main clause's future); "The Prime
Minister's visit to Accra underscores ..." after the planned trip (no tense, no day: the same trip)."""

from test_meetings import found


def test_a_headlines_second_infinitive_is_planned():
    text = "Modi to Skip Summit, Visit Ghana on First West Africa Tour\nPrime Minister Narendra Modi will travel to Ghana next month."
    assert found(text, "2025-06-20") == [(["Narendra Modi", "Ghana"], "Ghana", "2025-07", "visit", "planned")]


def test_to_before_a_place_opens_no_infinitive():
    text = "Zelensky returns to Kyiv Region, meets Macron\nPresident Volodymyr Zelensky met Emmanuel Macron near Kyiv on Monday."
    assert found(text, "2024-09-30") == [(["Volodymyr Zelensky", "Emmanuel Macron"], "Kyiv", "2024-09-30", "meeting", "held")]


def test_during_a_visit_with_a_future_main_clause_is_the_planned_trip():
    text = (
        "Prime Minister Narendra Modi will visit Ghana from July 2 to 3. "
        "During his visit to Ghana, Modi will discuss vaccine production. "
        "The Prime Minister's visit to Accra underscores the partnership, the foreign ministry said."
    )
    assert found(text, "2025-06-20") == [(["Narendra Modi", "Ghana"], "Accra", "2025-07-02", "visit", "planned")]


def test_during_a_visit_with_a_past_main_clause_stays_held():
    text = "During his visit to Angola, Biden discussed the Lobito corridor with President Joao Lourenco."
    assert found(text, "2024-12-05") == [(["Joe Biden", "Joao Lourenco"], "Angola", "2024-12-05", "meeting", "held")]


def test_a_previous_visit_named_after_a_plan_stays_its_own():
    text = "President Joe Biden will visit Angola next month. His previous visit to Angola was in 2015."
    assert [m[4] for m in found(text, "2024-09-30")] == ["planned", "held"]
