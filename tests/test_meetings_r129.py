"""Leaders who "gathered" or "convened" (in a city) "for" a named summit attend it: the summit is reported with
the blocs its name joins and whoever the subject names ("Heads of state gathered in Addis Ababa for the EU-AU
summit"); crowds of no office, and a body convened, stay none."""

from test_meetings import found


def test_leaders_gathered_in_a_city_for_a_two_bloc_summit():
    text = "Heads of state gathered in Addis Ababa for the EU-AU summit on Tuesday, with migration high on the agenda."
    assert found(text, "2025-03-06") == [
        (["European Union", "African Union"], "Addis Ababa", "2025-03-04", "summit", "held")
    ]


def test_named_leaders_convened_for_a_bloc_summit():
    text = "Cyril Ramaphosa and Emmanuel Macron convened in Luanda for the AU-EU summit on Monday amid talk of debt relief."
    assert found(text, "2025-03-06") == [
        (["Cyril Ramaphosa", "Emmanuel Macron", "African Union", "European Union"], "Luanda", "2025-03-03", "summit", "held")
    ]


def test_protesters_gathered_for_a_summit_are_no_side():
    text = "Several thousand protesters gathered in Brussels for the EU summit on Tuesday, blocking the main avenues."
    assert found(text, "2025-03-06") == []
