"""A numbered earlier edition that names neither bloc nor land ("The 14th Annual Summit was held in Delhi in March
2022"), told right after the talks of two leaders of two lands for the next edition, is an earlier meeting of the
two lands, held there and then (before: no meeting, the edition having no sides)."""

from test_meetings import found


def test_an_earlier_numbered_edition_is_the_two_lands_meeting():
    text = (
        "Prime Minister Shigeru Ishiba will welcome Prime Minister Narendra Modi to Tokyo on Friday for their 15th "
        "yearly summit. The 14th summit of the series took place in New Delhi in March 2022."
    )
    assert found(text, "2025-08-27") == [
        (["Shigeru Ishiba", "Narendra Modi"], "Tokyo", "2025-08-29", "meeting", "planned"),
        (["Japan", "India"], "New Delhi", "2022-03", "meeting", "held"),
    ]

