"""A "where" clause ends at ", and" with the main clause's next verb: a day told after it ("..., where both
attended a summit of the bloc, and told their ministers to settle the deal by the end of the year") belongs to
that verb, and the gathering of the "where" clause takes the day of the place it hangs on."""

from test_meetings import found


def test_the_summit_in_the_where_clause_takes_the_day_of_its_place():
    text = (
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev last met on March 4 in Minsk, where the two attended a summit "
        "of the Eurasian Economic Union, and asked their ministers to complete the border deal by the end of the year."
    )
    assert found(text, "2025-06-10") == [
        (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "Minsk", "2025-03-04", "meeting", "held"),
        (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Eurasian Economic Union"], "Minsk", "2025-03-04", "summit", "held"),
    ]


def test_a_day_inside_the_where_clause_stays_its_own():
    text = "Narendra Modi flew to Kazan on Tuesday, where he attended the BRICS summit on Wednesday, and returned home."
    assert ("2024-10-23", "summit") in [(m[2], m[3]) for m in found(text, "2024-10-24")]
