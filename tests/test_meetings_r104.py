""""Met Y on its sidelines" (or "on its margins", "on its fringes"), after a summit named before in its sentence: the
talks were held at that summit, when and where it was."""

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
