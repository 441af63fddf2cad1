"""A TASS dateline's city with its land in slashes; a bloc's meetings over two days; the sidelines of "those events"."""

from test_meetings import found

from dipkit.meetings import find_meetings


def test_the_city_of_a_dateline_with_its_land_in_slashes_is_where_the_talks_were():
    text = (
        "Russian, Lao ministers hold talks\n\n"
        "PAKSE /Laos/, November 20. /TASS/. Talks between Lao Foreign Minister Thongsavanh Phomvihane and "
        "his Russian counterpart Sergey Lavrov took place on Wednesday, according to a TASS reporter on the scene."
    )
    meeting = find_meetings(text, "2024-11-20")[0]
    assert meeting["place"]["name"] == "Pakse"
    assert meeting["date"]["value"] == "2024-11-20"


_KL = (
    "Lavrov arrived in Vientiane late on Friday, flying in from Kuala Lumpur, where he had attended a string of "
    "ASEAN-related meetings of foreign ministers on Wednesday and Thursday. He also met Japanese Foreign Minister "
    "Takeshi Iwaya on Wednesday on the sidelines of those events."
)


def test_a_blocs_meetings_on_two_days_running_are_one_gathering_where_the_sidelines_meeting_was():
    assert found(_KL, "2024-11-23")[1:] == [
        (["Sergei Lavrov", "Association of Southeast Asian Nations", "Takeshi Iwaya"], "Kuala Lumpur", "2024-11-20", "summit", "held"),
        (["Sergei Lavrov", "Takeshi Iwaya"], "Kuala Lumpur", "2024-11-20", "meeting", "held"),  # (met on their sidelines)
    ]


def test_talks_on_one_day_and_again_on_the_next_are_two_meetings():
    text = "Thai Foreign Minister Maris Sangiampongsa met Lao Foreign Minister Thongsavanh Phomvihane in Bangkok on Monday and again on Tuesday."
    assert [m[2] for m in found(text, "2024-11-20")] == ["2024-11-18", "2024-11-19"]
