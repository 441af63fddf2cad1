"""dipkit entities: spans, types and links on sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import invoke, jsonl, records

from dipkit.entities import find_entities
from dipkit.entities.gazetteer import GazetteerError, load_gazetteer

HOLDERS = (
    "name\taliases\tcountry\trole\tstart\tend\n"
    "Lena Varga\tVarga\tXAA\tForeign Minister\t2019-01-01\t2022-12-31\n"
    "Lena Varga\tVarga\tXAA\tPrime Minister\t2023-01-01\t\n"
    "Tomas Varga\t\tXAA\tFinance Minister\t2020-05-01\t\n"
)


def spans(text: str, published: str | None = None, gazetteers: tuple[str, ...] = ()) -> list[tuple]:
    return [(e["text"], e["type"]) for e in find_entities(text, published, gazetteers)]


def by_text(text: str, published: str | None = None, gazetteers: tuple[str, ...] = ()) -> dict[str, dict]:
    return {e["text"]: e for e in find_entities(text, published, gazetteers)}


@pytest.fixture
def holders(tmp_path) -> str:
    path = tmp_path / "holders.tsv"
    path.write_text(HOLDERS, encoding="utf-8")
    return str(path)


def test_titles_stay_out_of_the_span_and_give_the_role():
    found = by_text("Chinese Foreign Minister Dong Wenhai met reporters in Beijing.")
    assert list(found) == ["Chinese", "Dong Wenhai", "Beijing"]
    assert found["Dong Wenhai"] == {
        "start": 25, "end": 36, "text": "Dong Wenhai", "type": "PERSON",
        "name": "Dong Wenhai", "role": "Foreign Minister", "country": "CHN",
    }
    assert found["Chinese"]["code"] == "CHN"
    assert found["Beijing"]["country"] == "CHN"


def test_initials_particles_and_hyphenated_given_names():
    text = (
        "External Affairs Minister R Khanna, Ambassador Omar bin Saleh Al-Harbi and "
        "President Hilde von der Berg met Deputy Minister Kang Min-ji in Geneva."
    )
    assert [s for s in spans(text) if s[1] == "PERSON"] == [
        ("R Khanna", "PERSON"),
        ("Omar bin Saleh Al-Harbi", "PERSON"),
        ("Hilde von der Berg", "PERSON"),
        ("Kang Min-ji", "PERSON"),
    ]


def test_possessive_and_speech_verb_cues():
    text = "Brazil's Marta Quintero arrived on Monday. Quintero said the talks went well."
    found = find_entities(text)
    people = [e for e in found if e["type"] == "PERSON"]
    assert [(e["text"], e["name"], e["country"]) for e in people] == [
        ("Marta Quintero", "Marta Quintero", "BRA"),
        ("Quintero", "Marta Quintero", "BRA"),
    ]
    assert [e["text"] for e in found if e["type"] == "GPE"] == ["Brazil"]
    assert "Brazil's" not in [e["text"] for e in found]


def test_apposition_and_honorific_link_to_the_full_name():
    text = "Arun Mehta, India's foreign secretary, met the press. Mr. Mehta declined to comment."
    people = [e for e in find_entities(text) if e["type"] == "PERSON"]
    assert [(e["text"], e["name"], e["role"]) for e in people] == [
        ("Arun Mehta", "Arun Mehta", "foreign secretary"),
        ("Mehta", "Arun Mehta", "foreign secretary"),
    ]


def test_two_people_sharing_a_surname_stay_apart():
    text = (
        "Minister Paul Okafor met Senator Grace Okafor on Monday. Okafor said the bill would pass. "
        "President Paul Okafor was not there."
    )
    people = [(e["text"], e["name"]) for e in find_entities(text) if e["type"] == "PERSON"]
    assert people == [
        ("Paul Okafor", "Paul Okafor"),
        ("Grace Okafor", "Grace Okafor"),
        ("Okafor", "Grace Okafor"),
        ("Paul Okafor", "Paul Okafor"),
    ]


def test_sentence_starters_and_bare_titles_are_not_people():
    text = "Officials said the President would travel. The Minister told reporters nothing."
    assert [s for s in spans(text) if s[1] == "PERSON"] == []


def test_organization_runs_keep_their_nationality():
    found = by_text("An official at the Turkish Foreign Ministry spoke to journalists in Ankara.")
    assert found["Turkish Foreign Ministry"]["type"] == "ORG"
    assert found["Turkish Foreign Ministry"]["country"] == "TUR"
    assert "Turkish" not in found


def test_all_capitals_dateline_and_names_inside_longer_names():
    found = spans("MEXICO CITY, March 3 -- Talks on the Canada-Mexico corridor resumed.")
    assert found == [("MEXICO CITY", "GPE"), ("Canada", "GPE"), ("Mexico", "GPE")]


def test_office_holders_give_role_for_the_date_and_link_the_surname(holders):
    text = "Lena Varga arrived in Vienna. Varga later met Austrian officials."
    early = by_text(text, "2021-06-01", (holders,))
    late = by_text(text, "2024-06-01", (holders,))
    assert early["Varga"]["name"] == "Lena Varga"
    assert (early["Lena Varga"]["role"], early["Lena Varga"]["country"]) == ("Foreign Minister", "XAA")
    assert late["Lena Varga"]["role"] == "Prime Minister"


def test_a_bare_surname_of_the_list_needs_support(holders):
    assert spans("Varga arrived.", "2024-06-01", (holders,)) == [("Varga", "PERSON")]
    assert spans("The varga and the Varga were served.", "2024-06-01", (holders,)) == []


def test_user_gazetteer_entries(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("type\tkind\tname\tcode\tcountry\taliases\nORG\tother\tNorthwind Institute\t\tNOR\tNWI\n", encoding="utf-8")
    found = by_text("Experts at NWI said the deal would hold.", None, (str(path),))
    assert found["NWI"]["name"] == "Northwind Institute"
    assert found["NWI"]["type"] == "ORG"


def test_a_malformed_gazetteer_is_refused(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("name\tcode\nChina\tCHN\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="header must be"):
        load_gazetteer((str(path),))
    result = invoke(["entities", "--gazetteer", str(path)], input="China.\n")
    assert result.exit_code == 2
    assert "bad gazetteer" in result.stderr


def test_every_span_is_its_text_on_the_example_file():
    from conftest import EXAMPLES

    for record in records(invoke(["entities", str(EXAMPLES / "entities.jsonl")]).stdout):
        assert record["entities"]
        for entity in record["entities"]:
            assert record["text"][entity["start"] : entity["end"]] == entity["text"]


def test_command_keeps_fields_and_reports_bad_records():
    rows = jsonl({"id": "a", "text": "Russia's Ivan Petrov met Kazakh envoys.", "extra": 1}, {"id": "b", "text": 5})
    result = invoke(["entities"], input=rows)
    out = records(result.stdout)
    assert result.exit_code == 1
    assert out[0]["extra"] == 1
    assert [(e["text"], e["type"]) for e in out[0]["entities"]] == [("Russia", "GPE"), ("Ivan Petrov", "PERSON"), ("Kazakh", "NORP")]
    assert out[1]["errors"] == ['"text" is int, not a string']
    assert 'dipkit entities: <stdin>:2: "text" is int, not a string' in result.stderr


def test_help_does_not_load_the_tagger():
    code = (
        "import sys; from click.testing import CliRunner; from dipkit.cli import cli; "
        "result = CliRunner().invoke(cli, ['entities', '--help']); "
        "print('--gazetteer' in result.output, 'dipkit.entities' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]


def test_country_names_do_not_load_the_tagger_and_the_gazetteer_is_built_once():
    code = (
        "import sys; import dipkit.entities as e; from dipkit.entities.gazetteer import load_gazetteer; "
        "names = e.country_names(); "
        "print(names['CHN'], 'dipkit.entities.tagger' in sys.modules, load_gazetteer() is load_gazetteer(()))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["China", "False", "True"]


def test_places_nobody_listed_from_datelines_and_place_words():
    text = "HARBEL, Liberia (Reuters) - Talks moved from Bomi county to the town of Gbarnga and ended in Zorzor."
    places = [(e["text"], e["name"], e.get("country")) for e in find_entities(text) if e["type"] == "GPE"]
    assert places == [
        ("HARBEL", "Harbel", "LBR"),
        ("Liberia", "Liberia", None),
        ("Bomi", "Bomi", None),
        ("Gbarnga", "Gbarnga", None),
        ("Zorzor", "Zorzor", None),
    ]


def test_organizations_from_their_last_word_and_from_cues():
    text = (
        "The Kesteven Bank Group said the investigative website Pixelwatch had erred. "
        "Ostrova, a shipping company, declined to comment, and Kesteven said nothing more."
    )
    found = [(e["text"], e["type"], e["name"]) for e in find_entities(text)]
    assert found == [
        ("Kesteven Bank Group", "ORG", "Kesteven Bank Group"),
        ("Pixelwatch", "ORG", "Pixelwatch"),
        ("Ostrova", "ORG", "Ostrova"),
        ("Kesteven", "ORG", "Kesteven Bank Group"),
    ]


def test_events_venues_and_qualifiers_are_not_entities():
    text = (
        "Leaders met at the Eastern Economic Forum and later at the White House, "
        "near the National Mall, where the White House said talks had gone well."
    )
    found = [(e["text"], e["type"]) for e in find_entities(text)]
    assert found == [("White House", "ORG")]
    assert found_at(text, "White House", 1)


def found_at(text: str, surface: str, occurrence: int) -> bool:
    """The OCCURRENCE-th (0-based) SURFACE of TEXT is an entity."""
    starts = [e["start"] for e in find_entities(text) if e["text"] == surface]
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(surface, index + 1)
    return index in starts


def test_speech_verb_before_a_bare_name_needs_the_name_to_end_there():
    text = '"We will return," said Okonkwo. The minister met Vantor executives and said Vantor was ready.'
    assert [s for s in spans(text) if s[1] == "PERSON"] == [("Okonkwo", "PERSON")]


def test_office_holder_resolves_an_office_on_a_date(holders):
    from dipkit.entities import office_holder

    assert office_holder("XAA", "foreign minister", "2020-03-01", (holders,)) == "Lena Varga"
    assert office_holder("XAA", "Prime Minister", "2024", (holders,)) == "Lena Varga"
    assert office_holder("XAA", "Prime Minister", "2018-01-01", (holders,)) is None
    assert office_holder("CHN", "Foreign Minister", "2023-05-04") == "Qin Gang"


def test_titles_in_a_listed_name_stay_out_of_the_span(tmp_path):
    path = tmp_path / "kings.tsv"
    path.write_text("name\taliases\tcountry\trole\tstart\tend\nOskar IV\tKing Oskar IV\tSWE\tKing\t2001\t\n", encoding="utf-8")
    found = find_entities("Sweden's King Oskar IV opened the session.", "2020-01-01", (str(path),))
    assert [(e["text"], e.get("name"), e.get("role")) for e in found] == [
        ("Sweden", "Sweden", None),
        ("Oskar IV", "Oskar IV", "King"),
    ]


def test_title_case_headlines_give_no_new_names_but_keep_known_ones():
    text = "Envoy Calls Talks With Rival Productive\nThe envoy, Mira Solberg, said talks with Dagny Holm went well. Holm agreed."
    people = [(e["text"], e["name"]) for e in find_entities(text) if e["type"] == "PERSON"]
    assert people == [("Mira Solberg", "Mira Solberg"), ("Dagny Holm", "Dagny Holm"), ("Holm", "Dagny Holm")]


def test_a_one_letter_name_is_only_the_platform():
    text = "The minister posted on X. Plan X failed, and an X post drew replies."
    assert [(e["text"], e["start"]) for e in find_entities(text) if e["type"] == "ORG"] == [("X", 23), ("X", 48)]


def test_an_office_holder_file_needs_iso_dates(tmp_path):
    path = tmp_path / "holders.tsv"
    path.write_text("name\taliases\tcountry\trole\tstart\tend\nAda Rook\t\tXAA\tKing\tlast year\t\n", encoding="utf-8")
    result = invoke(["entities", "--gazetteer", str(path)], input="Ada Rook spoke.\n")
    assert result.exit_code == 2
    assert "Ada Rook: start and end must be ISO dates" in result.stderr


def test_given_names_natural_places_facilities_and_ministries_of():
    text = (
        "Maria Lindqvist toured the Ministry of Commerce near Wall Street, then flew over Lake Orvand. "
        "President Ivo K. Marten met her."
    )
    assert spans(text) == [
        ("Maria Lindqvist", "PERSON"),
        ("Ministry of Commerce", "ORG"),
        ("Lake Orvand", "LOC"),
        ("Ivo K. Marten", "PERSON"),
    ]


def test_a_name_found_from_cues_is_linked_to_the_list(holders):
    found = find_entities("Minister Lena K. Varga spoke.", "2021-01-01", (holders,))
    assert [(e["text"], e["name"], e["role"], e["country"]) for e in found] == [("Lena K. Varga", "Lena K. Varga", "Minister", "XAA")]


def test_an_acronym_defined_in_brackets_names_the_organization_everywhere():
    text = "The Northern Grain Council (NGCX) met in Oslo. NGCX members agreed."
    found = [(e["text"], e["type"], e["name"]) for e in find_entities(text) if e["type"] == "ORG"]
    assert found == [
        ("Northern Grain Council", "ORG", "Northern Grain Council"),
        ("NGCX", "ORG", "Northern Grain Council"),
        ("NGCX", "ORG", "Northern Grain Council"),
    ]


def test_the_first_word_of_an_organization_stays_a_person_when_someone_bears_it():
    text = "Ada Morrow spoke at the Morrow Foundation. Morrow said it was fine. Kestrel Energy said so, and Kestrel agreed."
    assert spans(text) == [
        ("Ada Morrow", "PERSON"),
        ("Morrow Foundation", "ORG"),
        ("Morrow", "PERSON"),
        ("Kestrel Energy", "ORG"),
        ("Kestrel", "ORG"),
    ]


def test_family_name_first_is_one_mention_of_the_listed_person(holders):
    found = find_entities("Minister Varga Lena met Lena Varga. Varga spoke.", "2021-01-01", (holders,))
    assert [(e["text"], e["name"]) for e in found] == [
        ("Varga Lena", "Varga Lena"),
        ("Lena Varga", "Varga Lena"),
        ("Varga", "Varga Lena"),
    ]
