"""A numbered earlier edition that names neither bloc nor land ("The 14th Annual Summit was held in Delhi in March
2022"), told right after the talks of two leaders of two lands for the next edition, is an earlier meeting of the
two lands, held there and then (before: no meeting, the edition having no sides); a dialogue held
somewhere else on another day than the talks of persons of three lands just told is an earlier round of the three
states, as it was of two (before: none)."""

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



def test_a_dialogue_held_elsewhere_is_an_earlier_round_of_three_lands():
    text = (
        "Chinese Foreign Minister Wang Yi met his Pakistani and Afghan counterparts, Ishaq Dar and Amir Khan Muttaqi, "
        "in Beijing on Wednesday. The sixth round of the dialogue was held in Kabul in June 2023."
    )
    assert found(text, "2025-05-22") == [
        (["Wang Yi", "Ishaq Dar", "Amir Khan Muttaqi"], "Beijing", "2025-05-21", "meeting", "held"),
        (["China", "Pakistan", "Afghanistan"], "Kabul", "2023-06", "meeting", "held"),
    ]
