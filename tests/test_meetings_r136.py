"""A summit with no place of its own in a datelined report is held in the one city, in another land than the
dateline's, that a sentence telling of a summit and one of its persons names ("KUALA LUMPUR - X will attend the
ASEAN summit ... X will be in Vientiane from Wednesday for the summit"): the desk files from home, the summit is
elsewhere."""

from test_meetings import found

LEAD = (
    "KUALA LUMPUR, Oct. 7 (Reuters) - Prime Minister Anwar Ibrahim will attend this week's ASEAN summit, "
    "his office said."
)
SUMMIT = ["Anwar Ibrahim", "Association of Southeast Asian Nations"]


def test_a_summit_another_sentence_sends_its_person_to_is_there():
    text = LEAD + " Anwar will be in Vientiane, Laos, from Wednesday to Friday for the summit."
    assert found(text, "2024-10-07") == [(SUMMIT, "Vientiane", "2024-W41", "summit", "planned")]


def test_without_such_a_sentence_the_summit_has_no_place():
    text = LEAD + " Anwar will speak about trade and the haze at the gathering."
    assert found(text, "2024-10-07") == [(SUMMIT, None, "2024-W41", "summit", "planned")]


def test_a_sentence_on_another_blocs_summit_places_nothing():
    text = LEAD + " Anwar attended the BRICS summit in Kazan, Russia, last month as a partner-country leader."
    assert (SUMMIT, None, "2024-W41", "summit", "planned") in found(text, "2024-10-07")
