"""dipkit quotes: institutions that issue statements, offices joined by "and", counterparts named by their
country's office, and clauses in -ing that go on with the sentence's speaker (sentences composed for these tests)."""

from __future__ import annotations

from dipkit.quotes import find_quotes
from dipkit.quotes.mentions import _title


def person(text: str, surface: str) -> dict:
    """An entities-layer item for the first occurrence of SURFACE, a person."""
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface, "type": "PERSON", "name": surface}


def who(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]["name"] if q["speaker"] else None) for q in find_quotes(text)]


def test_an_institutions_statement_is_the_institution_speaking():
    text = "A Norwegian foreign ministry statement called the round \"useful and candid\" on Friday."
    assert who(text) == [("useful and candid", "Norwegian foreign ministry")]


def test_a_spokesperson_named_after_the_institution_still_speaks():
    text = "Foreign Ministry spokesperson Lin Jian said the visit was \"a success\" for both sides."
    assert who(text) == [("a success", "Lin Jian")]


def test_two_offices_joined_by_and_are_both_titles():
    text = "Deputy Prime Minister and Foreign Minister Senator Amara Okonkwo met envoys in Abuja."
    start = text.index("Amara")
    assert _title(text, start, start + len("Amara Okonkwo"), "") == (
        "deputy prime minister and foreign minister senator"
    )


def test_and_between_two_people_does_not_join_their_offices():
    text = "Prime Minister Kofi Mensah and Foreign Minister Ama Boateng arrived in Accra."
    start = text.index("Ama Boateng")
    assert _title(text, start, start + len("Ama Boateng"), "") == "foreign minister"


def test_the_office_before_and_finds_its_holder():
    text = (
        "Deputy Prime Minister and Foreign Minister Senator Amara Okonkwo held talks with Foreign Minister "
        "Li Wen in Beijing.\n\n"
        "\"Our partnership has never been stronger,\" the Deputy Prime Minister said."
    )
    assert who(text) == [("Our partnership has never been stronger,", "Amara Okonkwo")]


def test_a_counterpart_is_the_top_diplomat_of_his_country():
    text = (
        "Foreign Minister Ivan Petrenko and his Iranian counterpart Dariush Tehrani met in Kyiv.\n\n"
        "\"We value this dialogue,\" Petrenko said.\n\n"
        "The Iranian top diplomat said President Kaveh Rostami welcomed the talks. "
        "\"Our ties are strategic,\" he noted."
    )

    def mention(surface: str, kind: str = "PERSON", nth: int = 0, **link) -> dict:
        start = [i for i in range(len(text)) if text.startswith(surface, i)][nth]
        return {"start": start, "end": start + len(surface), "text": surface, "type": kind, **link}

    entities = [
        mention("Ivan Petrenko", name="Ivan Petrenko", role="Foreign Minister", country="UKR"),
        mention("Iranian", "NORP", name="Iranian", code="IRN"),
        mention("Dariush Tehrani", name="Dariush Tehrani", role="counterpart", country="IRN"),
        mention("Petrenko", nth=1, name="Ivan Petrenko", role="Foreign Minister", country="UKR"),
        mention("Iranian", "NORP", nth=1, name="Iranian", code="IRN"),
        mention("Kaveh Rostami", name="Kaveh Rostami", role="President", country="IRN"),
    ]
    found = [(q["text"], q["speaker"]["name"]) for q in find_quotes(text, entities)]
    assert found == [("We value this dialogue,", "Ivan Petrenko"), ("Our ties are strategic,", "Dariush Tehrani")]


def test_a_clause_in_ing_goes_on_with_the_sentences_speaker():
    text = (
        "Spokesman Daniel Ruto dismissed as \"unfounded\" rumours that President Samia Hassan would travel to "
        "Nairobi, saying the government had \"no such plans at this time.\""
    )
    assert who(text) == [("unfounded", "Daniel Ruto"), ("no such plans at this time.", "Daniel Ruto")]


def test_names_listed_as_one_subject_quote_by_the_first():
    text = "Okafor, Lindqvist hail 'a new chapter' as Swedish minister visits Lagos"
    people = [person(text, "Okafor"), person(text, "Lindqvist")]
    assert [(q["text"], q["speaker"]["name"]) for q in find_quotes(text, people)] == [("a new chapter", "Okafor")]


def test_a_place_before_the_comma_is_no_listed_name():
    text = "In Lagos, Lindqvist hailed \"a new chapter\" for both countries."
    assert who(text) == [("a new chapter", "Lindqvist")]


def test_quoted_by_a_channel_as_saying_is_the_subject_speaking():
    text = "Sergey Lavrov was quoted by Russia's Foreign Ministry as saying Moscow would \"not retreat\" in the talks."
    assert who(text) == [("not retreat", "Sergey Lavrov")]


def test_after_the_quotation_quoted_by_a_channel_is_the_subject_speaking():
    text = "\"We will not retreat,\" Sergey Lavrov was quoted by Russia's Foreign Ministry as saying on Monday."
    assert who(text) == [("We will not retreat,", "Sergey Lavrov")]


def test_a_channel_quoting_a_person_still_gives_the_person():
    text = "Interfax quoted Sergey Lavrov as saying that Moscow would \"not retreat\" in the talks."
    assert who(text) == [("not retreat", "Sergey Lavrov")]


def test_voiced_is_a_cue_of_the_person_an_official_reports():
    text = (
        "Jaishankar, on his first trip to Dhaka this year, also voiced \"deep concern\" over the border incidents, "
        "an Indian official said."
    )
    assert who(text) == [("deep concern", "Subrahmanyam Jaishankar")]


def test_a_person_who_is_expected_after_a_quotation_did_not_say_it():
    text = (
        "Sultan Haitham will host the meeting, which Secretary-General Jasem Albudaiwi has described as "
        "\"a turning point for the Gulf.\" Prime Minister Narendra Modi is also expected to attend."
    )
    assert who(text) == [("a turning point for the Gulf.", "Jasem Mohamed Albudaiwi")]


def test_a_prime_ministers_office_with_a_curly_apostrophe_speaks():
    text = "The Prime Minister’s Office denied the report on Sunday, calling it “pure speculation.”"
    assert who(text) == [("pure speculation.", "Prime Minister's Office")]  # the entities layer's name


def test_his_highness_stands_for_the_person_speaking():
    text = (
        "\"Our partnership rests on trust,\" President Mohamed bin Zayed said.\n\n"
        "His Highness added that the new fund reflected \"our confidence in the region's future.\""
    )
    assert who(text) == [
        ("Our partnership rests on trust,", "Mohamed bin Zayed Al Nahyan"),
        ("our confidence in the region's future.", "Mohamed bin Zayed Al Nahyan"),
    ]


def test_his_highness_before_a_name_is_that_name():
    text = (
        "\"We are ready,\" Joe Biden said.\n\n"
        "His Highness Sheikh Tamim bin Hamad Al Thani said the talks were \"candid and useful\" for everyone."
    )
    assert who(text)[1] == ("candid and useful", "Tamim bin Hamad Al Thani")


def test_according_to_him_is_the_person_speaking_before():
    text = (
        "Sergey Lavrov said the talks had gone well.\n\n"
        "According to him, Moscow and Beijing \"see eye to eye\" on the crisis."
    )
    assert who(text) == [("see eye to eye", "Sergey Lavrov")]


def test_a_short_form_names_the_organization_named_before():
    text = (
        "The U.S. Treasury Department announced sanctions on Tuesday. A Treasury statement said the network had "
        "raised \"millions of dollars through fraud.\""
    )
    assert who(text) == [("millions of dollars through fraud.", "United States Department of the Treasury")]


def test_a_page_cut_after_the_speakers_name_still_names_the_speaker():
    text = (
        "The talks ended late, according to a readout issued by the Chinese Foreign Ministry.\n\n"
        "\"Both sides must stay calm,\" Wang Yi to"
    )
    assert who(text) == [("Both sides must stay calm,", "Wang Yi")]



def test_the_north_is_the_country_named_north_before():
    text = (
        "North Korea fired two missiles on Sunday. The Geneva round collapsed after one session, and the North "
        "now boasts of a \"powerful new deterrent\"."
    )
    assert who(text) == [("powerful new deterrent", "North Korea")]



def test_a_person_leading_a_clause_in_ing_after_with_says_the_quotation_in_it():
    text = "Ottawa has criticised the plan, with Foreign Minister Lena Varga accusing the bloc of building an \"Arctic fortress\"."
    assert who(text) == [("Arctic fortress", "Lena Varga")]


def test_a_clause_in_ing_gives_its_quotation_to_the_sentences_subject_over_a_ministry_after_it():
    text = (
        "Foreign Minister Lena Varga held talks with her Chilean counterpart in Santiago on Monday, "
        "discussing ways to reach a \"fair and lasting\" settlement, the ministry reported."
    )
    assert who(text) == [("fair and lasting", "Lena Varga")]


def test_he_after_a_sentence_whose_subject_said_what_a_country_believes_is_that_subject():
    text = (
        "President Luiz Inacio Lula da Silva met Javier Milei in Brasilia.\n\nThe Brazilian leader also said Brasilia "
        "was close to a deal.\n\nMilei, for his part, said Argentina believes the deal can be saved. "
        "\"We will find a way,\" he said."
    )
    assert who(text) == [("We will find a way,", "Javier Milei")]


def test_a_named_person_leading_a_clause_in_ing_takes_the_quotation_from_its_verb():
    text = (
        "The Congress attacked the accord on Tuesday, with its veteran leader A K Antony arguing that New Delhi "
        "had \"surrendered\" too much."
    )
    assert who(text) == [("surrendered", "A K Antony")]


def test_termed_dubbed_and_branded_are_reporting_verbs():
    text = "Beijing branded the drills \"a provocation\", while Tokyo termed them \"routine\"."
    assert who(text) == [("a provocation", "Beijing"), ("routine", "Tokyo")]


def test_he_goes_back_to_a_subject_after_an_opening_adverbial():
    text = (
        "Prime Minister Shehbaz Sharif watched the results come in. Erdogan won the second round.\n\n"
        "On Sunday evening, Shehbaz became one of the earliest callers to the victor. "
        "\"A well-deserved win,\" he posted."
    )
    assert who(text) == [("A well-deserved win,", "Shehbaz Sharif")]


def test_a_headline_that_opens_with_a_quotation_names_its_speaker_after_the_colon():
    text = (
        "\"A new chapter in our ties\": PM Modi after talks with Emmanuel Macron\n"
        "New Delhi: Modi and Macron spent Monday in talks on jets and reactors."
    )
    assert who(text) == [("A new chapter in our ties", "Narendra Modi")]


def test_the_office_of_a_minister_speaks_as_the_office_not_as_the_minister_named_before():
    text = "Defence Minister Wei Fenghe met Rajnath Singh. \"The talks concluded,\" the Office of the Defence Minister said."
    assert who(text) == [("The talks concluded,", "Office of the Defence Minister")]


def test_commended_and_lauded_report_and_sources_pass_on_what_a_person_conveyed():
    text = (
        "Ruto commended the visitor for her \"bold and patient\" diplomacy. "
        "Officials said Ms Ohene conveyed Ghana's \"deep unease\" over the border."
    )
    assert who(text) == [("bold and patient", "William Ruto"), ("deep unease", "Ohene")]


def test_a_spokesman_on_what_the_two_ministers_reiterated_keeps_the_quotation():
    text = "Foreign ministry spokesman Tomas Berg said the two ministers reiterated their \"firm rejection\" of the plan."
    assert who(text) == [("firm rejection", "Tomas Berg")]


def test_a_clause_in_ing_after_and_or_after_a_channel_goes_on_with_the_sentences_subject():
    text = (
        "Prime Minister Narendra Modi met Chinese President Xi Jinping in Xi'an on Thursday, voicing concern over "
        "the corridor, and asking Beijing to take a \"long view\" of ties.\n\n"
        "Xi told Modi that the two sides had \"found common ground,\" according to state broadcaster CCTV, "
        "calling that \"very candid\"."
    )
    assert who(text) == [
        ("long view", "Narendra Modi"),
        ("found common ground,", "Xi Jinping"),
        ("very candid", "Xi Jinping"),
    ]


def test_a_verb_joined_by_and_shares_the_subject_of_the_sentence():
    text = (
        "On Monday Lula had received Maduro at the Planalto Palace, the Venezuelan's first visit in years, "
        "and told reporters that the charges were a \"fiction\"."
    )
    assert who(text) == [("fiction", "Luiz Inácio Lula da Silva")]


def test_he_goes_back_to_a_president_introduced_by_his_countrys_possessive():
    text = (
        "Chile's President Gabriel Boric said the crisis was real. \"It is serious,\" Boric said.\n\n"
        "Uruguay's President Luis Lacalle Pou was blunter. \"We must not hide the sun with a finger,\" he said."
    )
    assert who(text) == [("It is serious,", "Gabriel Boric"), ("We must not hide the sun with a finger,", "Luis Lacalle Pou")]
