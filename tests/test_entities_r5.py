"""dipkit entities: headline subjects, typographic apostrophes, religious honorifics and other countries' bodies,
on sentences written for these tests."""

from __future__ import annotations

from dipkit.entities import find_entities
from dipkit.entities.context import apposition_role, describing_apposition, forget_previous_text
from dipkit.entities.gazetteer import load_gazetteer
from dipkit.entities.matcher import gazetteer_mentions


def by_text(text: str, published: str | None = "2024-06-01") -> dict[str, dict]:
    return {e["text"]: e for e in find_entities(text, published)}


def spans(text: str, published: str | None = "2024-06-01") -> list[tuple[str, str]]:
    return [(e["text"], e["type"]) for e in find_entities(text, published)]


# 1. "A, B agree": the phrase after the comma is a second subject, whose nationality is not the first one's


def test_a_headline_counterpart_gives_no_country_to_the_name_before_it():
    found = by_text("FM Cho, Japanese counterpart agree to push for closer ties\n\nForeign Minister Cho Tae-yul met his Japanese counterpart in Seoul on Monday.")
    assert (found["Cho"]["name"], found["Cho"]["country"]) == ("Cho Tae-yul", "KOR")
    assert found["Cho Tae-yul"]["country"] == "KOR"


def test_an_unlisted_korean_name_in_a_headline_is_not_japanese():
    found = by_text("Vice Foreign Minister Park Yoon-joo, Japanese counterpart discuss summit plans")
    assert (found["Park Yoon-joo"]["type"], found["Park Yoon-joo"]["country"]) == ("PERSON", None)


def test_a_title_of_another_full_name_is_a_second_subject():
    found = by_text("Park Min-jae, Japanese diplomat Kenji Sato hold talks in Tokyo")
    assert (found["Park Min-jae"]["type"], found["Park Min-jae"]["role"], found["Park Min-jae"]["country"]) == ("PERSON", None, None)
    assert (found["Kenji Sato"]["role"], found["Kenji Sato"]["country"]) == ("diplomat", "JPN")


def test_a_real_apposition_still_describes_the_name():
    found = by_text("Takeshi Iwaya met Park Min-jae, South Korea's vice foreign minister, in Tokyo.")
    assert (found["Park Min-jae"]["role"], found["Park Min-jae"]["country"]) == ("vice foreign minister", "KOR")


def test_a_second_subject_is_still_a_cue_for_a_person():
    text = "Park Min-jae, Japanese counterpart agree to meet again"
    forget_previous_text()
    end = text.index(",")
    assert apposition_role(text, end) == ("Japanese counterpart", 14, len(text))
    assert describing_apposition(text, end) is None


# 2. an alias written with a typographic apostrophe is the alias, and the longer name wins


def test_peoples_republic_with_a_curly_apostrophe_is_china():
    found = by_text("The summit between the EU and the People’s Republic of China was held in Beijing.")
    assert (found["People’s Republic of China"]["code"], "Republic of China" in found) == ("CHN", False)
    assert by_text("Officials of the Republic of China in Taipei spoke.")["Republic of China"]["code"] == "TWN"


def test_a_curly_apostrophe_in_a_listed_persons_name():
    found = by_text("Israeli Foreign Minister Gideon Sa’ar spoke in Jerusalem.", "2025-03-01")
    assert (found["Gideon Sa’ar"]["name"], found["Gideon Sa’ar"]["country"]) == ("Gideon Sa’ar", "ISR")


def test_both_apostrophes_are_keys_of_an_alias():
    gazetteer = load_gazetteer()
    assert gazetteer.lookup(("People", "’", "s", "Republic", "of", "China"))[0].target.code == "CHN"
    assert gazetteer.lookup(("Sa", "'", "ar",)) == gazetteer.lookup(("Sa", "’", "ar"))
    mentions, _ = gazetteer_mentions(gazetteer, "Laos is the Lao People’s Democratic Republic.")
    assert [m.entry.code for m in mentions] == ["LAO", "LAO"]


# 3. religious honorifics are stripped; the Gulf "Sayyid" stays in the name and alone names nobody


def test_seyyed_after_a_title_is_an_honorific():
    text = "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei received the delegation."
    assert [t for t, kind in spans(text, "2025-01-08") if kind == "PERSON"] == ["Ali Khamenei"]


def test_seyyed_before_a_listed_and_an_unlisted_name():
    text = "The minister met his Iranian counterpart Seyyed Abbas Araghchi. Seyyed Reza Karimi, an adviser, also spoke."
    assert [t for t, kind in spans(text, "2025-01-08") if kind == "PERSON"] == ["Abbas Araghchi", "Reza Karimi"]


def test_other_spellings_and_clerical_honorifics():
    text = "Sayyed Hassan Nasrallah spoke. Maulana Fazlur Rehman and Hojatoleslam Mohsen Qomi met in Qom."
    assert [t for t, kind in spans(text, "2020-01-08") if kind == "PERSON"] == ["Hassan Nasrallah", "Fazlur Rehman", "Mohsen Qomi"]


def test_sayyid_stays_in_the_name_and_is_no_mention_alone():
    assert spans("Sayyid Badr Albusaidi met officials in Muscat.") == [("Sayyid Badr Albusaidi", "PERSON"), ("Muscat", "GPE")]


# 4. a generic body after another country's name is that country's body


def test_a_nationality_before_foreign_office_joins_it():
    found = by_text("The Pakistani Foreign Office summoned the envoy on Friday.")
    assert (found["Pakistani Foreign Office"]["type"], found["Pakistani Foreign Office"]["country"]) == ("ORG", "PAK")
    found = by_text("Britain and the US agreed. The Indian Foreign Office said it was not consulted.")
    assert ("Indian" in found, found["Indian Foreign Office"]["name"], found["Indian Foreign Office"]["country"]) == (
        False,
        "Indian Foreign Office",
        "IND",
    )
    assert spans("The British Foreign Office said.") == [("British", "NORP"), ("Foreign Office", "ORG")]


def test_a_country_before_foreign_office_stays_a_place():
    found = by_text("An Afghanistan Foreign Office spokesman spoke to reporters in Kabul.")
    assert (found["Afghanistan"]["type"], found["Foreign Office"]["name"], found["Foreign Office"]["country"]) == (
        "GPE",
        "Afghanistan Foreign Office",
        "AFG",
    )


def test_a_possessive_country_before_foreign_office():
    text = "London and Washington welcomed the deal. The UK praised it, and Pakistan's Foreign Office said talks would resume."
    found = by_text(text)
    assert (found["Foreign Office"]["name"], found["Foreign Office"]["country"]) == ("Ministry of Foreign Affairs of Pakistan", "PAK")


def test_other_generic_bodies_of_another_country():
    found = by_text("The Pakistani Senate passed the bill. The US Senate did not.")
    assert found["Pakistani Senate"]["country"] == "PAK"
    assert found["US Senate"]["country"] == "USA"


# 5. the quicker matching of capitalized words gives way where an alias opens with a lowercase word


def test_aliases_opening_with_a_lowercase_word_after_capitalized_ones():
    text = "China and Egypt spoke. Officials in mainland China met President el-Sisi; al-Qaeda was named."
    assert spans(text) == [
        ("China", "GPE"),
        ("Egypt", "GPE"),
        ("mainland China", "GPE"),
        ("el-Sisi", "PERSON"),
        ("al-Qaeda", "ORG"),
    ]
    assert spans("Troops from Chad and IndoChina.")[-1:] == [("Chad", "GPE")]


def test_a_dateline_on_a_later_line_of_the_head():
    text = "Leaders meet on trade\n\nMANBIJ, Syria (Reuters) - Talks began on Monday in Damascus."
    assert spans(text)[:3] == [("MANBIJ", "GPE"), ("Syria", "GPE"), ("Reuters", "ORG")]


# 5. forms of address and post-nominal letters


def test_mrs_before_a_surname_that_is_a_month_is_the_person_named_before():
    text = "Prime Minister Theresa May hosted President Tomas Berg on Friday. Mrs May said the talks were useful."
    found = find_entities(text, "2018-07-13")
    assert [(e["text"], e["name"]) for e in found if e["type"] == "PERSON"] == [
        ("Theresa May", "Theresa May"),
        ("Tomas Berg", "Tomas Berg"),
        ("May", "Theresa May"),
    ]
    assert spans("Talks are due in May.") == []  # (no one of that name: the month)


def test_an_honorific_inside_a_full_name_adds_no_second_person():
    assert spans("President Hassan Sheikh Mohamud met the envoy.") == [("Hassan Sheikh Mohamud", "PERSON")]


def test_the_hon_and_mp_stay_outside_the_name_and_the_office_after_them_is_the_role():
    found = by_text("The Hon Anna Reid MP, Minister for Defence, met her counterpart in Jakarta.")
    assert (found["Anna Reid"]["name"], found["Anna Reid"]["role"]) == ("Anna Reid", "Minister for Defence")
    assert by_text("Senator the Hon Anna Reid said the talks went well.")["Anna Reid"]["role"] == "Senator"


def test_a_building_named_after_a_statesman_is_not_the_statesman():
    assert spans("The envoy stayed at Blair House in Washington.", None) == [("Washington", "GPE")]  # (a building)
    assert spans("Blair said the talks went well.", "2005-06-01") == [("Blair", "PERSON")]


def test_a_country_s_airline_is_a_company_of_that_country():
    assert [(e["text"], e["type"], e["country"]) for e in find_entities("Malaysia Airlines will buy 25 jets.")] == [
        ("Malaysia Airlines", "ORG", "MYS")
    ]
    assert spans("Malaysia said it would buy 25 jets.") == [("Malaysia", "GPE")]


def test_a_consensus_named_in_capitals_is_an_agreement_not_a_person():
    assert spans("Myanmar has yet to implement the Five-Point Consensus of 2021.") == [("Myanmar", "GPE")]
