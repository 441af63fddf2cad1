"""dipkit quotes: marks, attribution, kinds, the record contract and the CLI."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT, invoke, jsonl, records

from dipkit.quotes import find_quotes
from dipkit.quotes.attribution import triggers
from dipkit.quotes.marks import quoted_spans
from dipkit.quotes.mentions import names_near_cues


def ent(text: str, surface: str, kind: str = "PERSON", name: str | None = None, nth: int = 1, **extra) -> dict:
    """An entities-layer item for the NTH occurrence of SURFACE in TEXT."""
    found = [m.start() for m in re.finditer(re.escape(surface), text)]
    start = found[nth - 1]
    return {"start": start, "end": start + len(surface), "text": surface, "type": kind, "name": name or surface, **extra}


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


def who(quotes: list[dict]) -> list[tuple[str, str | None, str]]:
    return [(q["text"], q["speaker"]["name"] if q["speaker"] else None, q["kind"]) for q in quotes]


# ---------------------------------------------------------------- marks


def test_curly_straight_and_single_marks():
    text = "He called it “historic” and \"timely\", adding 'a good start' for both."
    assert quoted(text) == ["historic", "timely", "a good start"]


def test_apostrophes_and_possessives_never_open_a_quote():
    text = "Norway's and Chile’s ministers' meeting, Russia‘s envoy and Blinken 's visit in the '90s didn't matter."
    assert quoted(text) == []


def test_plural_possessive_inside_a_single_quoted_quotation():
    assert quoted("'The ministers' decision is final,' he said. 'No more talks.'") == [
        "The ministers' decision is final,",
        "No more talks.",
    ]


def test_nested_quote_stays_inside_the_outer_one():
    text = "“He told me ‘never again’ twice,” she said."
    assert quoted(text) == ["He told me ‘never again’ twice,"]


def test_missing_closing_mark_runs_to_the_end_of_its_paragraph():
    text = "She said “we will not yield and left.\n\nThe talks went on with “calm” voices."
    assert quoted(text) == ["we will not yield and left.", "calm"]


def test_mark_positions_lists_every_mark_in_text_order():
    from dipkit.quotes.marks import _mark_positions

    text = "“A” and 'b', «c» „d“ ‹e›"
    assert [text[i] for i in _mark_positions(text)] == list("“”''«»„“‹›")
    assert _mark_positions("no marks at all") == []


def test_an_unclosed_quotation_goes_on_only_into_the_next_paragraph_with_marks():
    text = "He said “we will stay\n\n“and fight on,” he added.\n\nNo marks here.\n\n“Next,” she said."
    assert quoted(text) == ["we will stay", "and fight on,", "Next,"]
    spans = quoted_spans(text)
    assert [q.continues for q in spans] == [False, True, False]


def test_adjacent_run_takes_an_honorific_and_starts_at_a_word():
    from dipkit.quotes.speakers import ADJACENT_RUN

    def run(text: str) -> str | None:
        found = ADJACENT_RUN.search(text)
        return found.group(1) if found else None

    assert run("In an interview Dr. Ana Reyes also ") == "Dr. Ana Reyes"
    assert run("Mrs Okafor quickly ") == "Mrs Okafor"
    assert run("the ex-President Lee ") == "Lee"
    assert run("Mr. and ") is None


def test_adjacent_run_knows_the_titles_of_honorific():
    from dipkit.quotes.speakers import _AFTER_FIRST_CAPITAL, HONORIFIC

    titles = ["".join(pair) for pair in re.findall(r"\(\?<=([A-Z])\)([a-z]+)", _AFTER_FIRST_CAPITAL)]
    assert titles == re.findall(r"[A-Z][a-z]+", HONORIFIC)


def test_conjunction_firsts_are_every_character_a_conjunction_can_start_with():
    from dipkit.quotes.speakers import CONJUNCTION, CONJUNCTION_FIRSTS

    words = re.findall(r"([a-z]+)\\b", CONJUNCTION.pattern)
    assert "whereas" in words
    first = re.compile("[" + "".join({word[0] for word in words}) + "]", re.IGNORECASE)
    assert {c for c in map(chr, range(0x110000)) if first.match(c)} == CONJUNCTION_FIRSTS


def test_a_new_opening_mark_ends_an_unclosed_quotation():
    text = "He said “first part, then “second part” today."
    assert quoted(text) == ["first part, then", "second part"]


def test_unclosed_single_quote_in_a_truncated_paragraph():
    text = "The minister said the envoy had 'never said anything"
    assert quoted(text) == ["never said anything"]


def test_multi_paragraph_quotation_is_quoted_by_paragraph_with_one_speaker():
    text = (
        "Prime Minister Lena Holm said: “We will keep talking to every partner.\n\n"
        "“Nobody gains from a trade war.”\n\nThe talks end on Friday."
    )
    quotes = find_quotes(text, [ent(text, "Lena Holm")])
    assert who(quotes) == [
        ("We will keep talking to every partner.", "Lena Holm", "direct"),
        ("Nobody gains from a trade war.", "Lena Holm", "direct"),
    ]
    assert [q["quotation"] for q in quotes] == [0, 0]


def test_pieces_of_a_multi_paragraph_quotation_share_their_quotation_number():
    text = (
        "Trade envoy Marta Quint spoke first. “Our ports are open,” she said.\n\n"
        "Quint added: “We will cut tariffs on grain.\n\n"
        "“We will cut them on fertiliser too.\n\n"
        "“And we will do it this year.”\n\n"
        "“That is ambitious,” said Jonas Kell, calling the plan “bold” but costly."
    )
    quotes = find_quotes(text, [ent(text, "Marta Quint"), ent(text, "Quint", nth=2, name="Marta Quint"), ent(text, "Jonas Kell")])
    assert [(q["text"], q["quotation"]) for q in quotes] == [
        ("Our ports are open,", 0),
        ("We will cut tariffs on grain.", 1),
        ("We will cut them on fertiliser too.", 1),
        ("And we will do it this year.", 1),
        ("That is ambitious,", 4),
        ("bold", 5),
    ]
    assert {q["speaker"]["name"] for q in quotes[1:4]} == {"Marta Quint"}
    whole = " ".join(q["text"] for q in quotes if q["quotation"] == 1)
    assert whole == "We will cut tariffs on grain. We will cut them on fertiliser too. And we will do it this year."


def test_a_line_of_quote_marks_is_harmless():
    text = '"' * 200_000 + "\n" + "“a” " * 5_000 + "\n" + "'" * 100_000
    quotes = find_quotes(text, [])
    assert len(quotes) == 5_000
    assert all(q["text"] == "a" and text[q["start"] : q["end"]] == "a" for q in quotes)


# ---------------------------------------------------------------- attribution


def test_quotation_broken_by_its_attribution_is_two_quotes_with_one_speaker():
    text = "Foreign Minister Anna Berg arrived on Monday. “We came to listen,” she said, “and to agree.”"
    quotes = find_quotes(text, [ent(text, "Anna Berg", role="Foreign Minister", country="NOR")])
    assert who(quotes) == [("We came to listen,", "Anna Berg", "direct"), ("and to agree.", "Anna Berg", "direct")]
    assert quotes[0]["cue"]["text"] == "said"
    assert quotes[0]["speaker"]["start"] is None  # known by resolution of "she"


def test_speaker_before_and_after_the_cue():
    text = "“The border is calm,” said Tomas Ruiz. Ruiz added that the talks were “useful and frank”."
    entities = [ent(text, "Tomas Ruiz"), ent(text, "Ruiz", nth=2, name="Tomas Ruiz")]
    assert who(find_quotes(text, entities)) == [
        ("The border is calm,", "Tomas Ruiz", "direct"),
        ("useful and frank", "Tomas Ruiz", "partial"),
    ]


def test_partial_quote_belongs_to_the_subject_that_reports_speech():
    text = "Qiao stated that Norway is willing to deepen “practical cooperation” with Chile."
    entities = [ent(text, "Qiao", name="Qiao Lin"), ent(text, "Norway", "GPE", code="NOR"), ent(text, "Chile", "GPE", code="CHL")]
    quotes = find_quotes(text, entities)
    assert who(quotes) == [("practical cooperation", "Qiao Lin", "partial")]
    assert quotes[0]["speaker"] == {"name": "Qiao Lin", "type": "PERSON", "start": 0, "end": 4, "text": "Qiao"}
    assert quotes[0]["cue"] == {"start": 5, "end": 11, "text": "stated"}


def test_scare_quote_has_no_speaker():
    text = "The two delegations discussed a “package” solution for the dispute."
    assert who(find_quotes(text, [])) == [("package", None, "scare")]


def test_agency_quoting_a_person_gives_the_person():
    text = "“Unity matters most,” Xinhua quoted Li Wen as saying."
    entities = [ent(text, "Xinhua", "ORG"), ent(text, "Li Wen")]
    quotes = find_quotes(text, entities)
    assert who(quotes) == [("Unity matters most,", "Li Wen", "direct")]
    assert quotes[0]["cue"]["text"] == "quoted Li Wen as saying"


def test_title_resolves_to_the_person_with_that_office():
    text = (
        "Peruvian President Rosa Vidal met Chilean Foreign Minister Jorge Paz in Lima. "
        "“Trade will double,” the president said. “We agree,” the foreign minister added."
    )
    entities = [ent(text, "Rosa Vidal", country="PER"), ent(text, "Jorge Paz", country="CHL")]
    assert who(find_quotes(text, entities)) == [
        ("Trade will double,", "Rosa Vidal", "direct"),
        ("We agree,", "Jorge Paz", "direct"),
    ]


def test_institution_speaker_from_according_to():
    text = "Both capitals vowed to guard the pact’s “cohesion,” according to a statement from the Norwegian foreign ministry."
    entities = [ent(text, "Norwegian", "NORP", code="NOR")]
    quotes = find_quotes(text, entities)
    assert who(quotes) == [("cohesion,", "Norwegian foreign ministry", "partial")]
    assert quotes[0]["cue"]["text"] == "according to"


def test_anonymous_sources_are_named_by_their_country_or_institution():
    text = (
        "Danish diplomatic sources said, “The call lasted an hour.”\n\n"
        "A source in the Finnish Foreign Ministry spoke to reporters.\n\n"
        "“The meeting was useful,” the source said."
    )
    entities = [ent(text, "Danish", "NORP", name="Denmark", code="DNK")]
    assert who(find_quotes(text, entities)) == [
        ("The call lasted an hour.", "Denmark", "direct"),
        ("The meeting was useful,", "Finnish Foreign Ministry", "direct"),
    ]


def test_the_ministry_is_the_ministry_named_before():
    text = "The Ministry of External Affairs hosted the envoys.\n\n“Talks were useful,” the ministry said."
    entities = [ent(text, "Ministry of External Affairs", "ORG", country="IND")]
    assert who(find_quotes(text, entities)) == [("Talks were useful,", "Ministry of External Affairs", "direct")]


def test_quote_paragraph_after_the_speakers_paragraph():
    text = "“We had a good day,” Omar Saleh said.\n\n“Tomorrow we sign.”"
    quotes = find_quotes(text, [ent(text, "Omar Saleh")])
    assert who(quotes) == [("We had a good day,", "Omar Saleh", "direct"), ("Tomorrow we sign.", "Omar Saleh", "direct")]


def test_pronoun_prefers_the_last_speaker_over_the_last_name():
    text = "Maria Lind said her country wants “calm”, and criticised Paul Drax.\n\n“We will not move,” she said."
    entities = [ent(text, "Maria Lind"), ent(text, "Paul Drax")]
    assert who(find_quotes(text, entities))[1] == ("We will not move,", "Maria Lind", "direct")


def test_pronoun_skips_a_speaker_of_the_other_gender():
    text = (
        "Nila Rao said she expected progress. Ms. Rao then met Omar Saleh.\n\n"
        "“We made progress,” Mr. Saleh said.\n\n“So did we,” she said."
    )
    entities = [ent(text, "Nila Rao"), ent(text, "Rao", nth=2, name="Nila Rao"), ent(text, "Omar Saleh"),
                ent(text, "Saleh", nth=2, name="Omar Saleh")]
    assert who(find_quotes(text, entities)) == [
        ("We made progress,", "Omar Saleh", "direct"),
        ("So did we,", "Nila Rao", "direct"),
    ]


def test_a_new_sentence_after_a_quote_is_not_its_attribution():
    text = "Hana Kim said the envoys “agreed on a ceasefire.” Leo Park did not speak to the media."
    entities = [ent(text, "Hana Kim"), ent(text, "Leo Park")]
    assert who(find_quotes(text, entities)) == [("agreed on a ceasefire.", "Hana Kim", "partial")]


def test_punctuation_after_the_closing_mark_ends_the_attribution():
    text = "Aiko Sato told Park Jin that the two nations must “work hand in hand”. Park said he agreed."
    entities = [ent(text, "Aiko Sato"), ent(text, "Park Jin"), ent(text, "Park", nth=2, name="Park Jin")]
    assert who(find_quotes(text, entities)) == [("work hand in hand", "Aiko Sato", "partial")]


def test_the_verb_that_introduces_the_quote_wins():
    text = "When Lena Holm said she would not attend, Omar Saleh responded, “Then we will wait.”"
    entities = [ent(text, "Lena Holm"), ent(text, "Omar Saleh")]
    assert who(find_quotes(text, entities)) == [("Then we will wait.", "Omar Saleh", "direct")]


def test_the_reporting_verb_wins_over_according_to():
    text = "According to the Peruvian foreign ministry, Rosa Vidal told her guest the region needs “patience”."
    entities = [ent(text, "Peruvian", "NORP", code="PER"), ent(text, "Rosa Vidal")]
    assert who(find_quotes(text, entities)) == [("patience", "Rosa Vidal", "partial")]


def test_linked_name_is_the_fullest_form():
    text = "Foreign Minister Ada Moreno met her peers. “It went well,” Moreno said."
    entities = [ent(text, "Ada Moreno"), ent(text, "Moreno", nth=2)]
    assert who(find_quotes(text, entities)) == [("It went well,", "Ada Moreno", "direct")]


def test_a_name_the_entities_missed_next_to_the_cue():
    text = "“We will attend,” Mr. Petrov said. “The plan is sound,” the envoy said."
    quotes = find_quotes(text, [])
    assert who(quotes) == [("We will attend,", "Petrov", "direct"), ("The plan is sound,", "Petrov", "direct")]
    assert quotes[0]["speaker"]["text"] == "Petrov"


def test_person_right_before_the_verb_after_an_opening_phrase():
    text = "In an interview with state television Lee Min-jun declared “the talks are over.”"
    quotes = find_quotes(text, [ent(text, "Lee Min-jun")])
    assert who(quotes) == [("the talks are over.", "Lee Min-jun", "partial")]


def test_pronoun_goes_to_the_person_who_ends_the_sentence_before_as_its_speaker():
    text = (
        "Prime Minister Omar Vance will visit Oslo next week, the government announced on Monday.\n\n"
        "During the trip, the premier is expected to call on the king, Foreign Office spokesperson Lina Sorensen "
        "said at a briefing.\n\n"
        "“The visit shows how close our ties are,” she said."
    )
    entities = [ent(text, "Omar Vance", role="Prime Minister"), ent(text, "Lina Sorensen", role="spokesperson")]
    assert who(find_quotes(text, entities)) == [("The visit shows how close our ties are,", "Lina Sorensen", "direct")]


def test_pronoun_inside_a_sentence_is_its_own_subject_not_the_last_speaker():
    text = (
        "Secretary of State Dana Pike met Foreign Secretary Raul Ortega in Lima. “We stand together,” Pike told reporters.\n\n"
        "Ortega, who flew in on Sunday, said Lima would not be “pressured” by what he called “reckless manoeuvres” "
        "near its coast."
    )
    entities = [ent(text, "Dana Pike"), ent(text, "Raul Ortega"), ent(text, "Pike", nth=2, name="Dana Pike"),
                ent(text, "Ortega", nth=2, name="Raul Ortega")]
    assert who(find_quotes(text, entities)) == [
        ("We stand together,", "Dana Pike", "direct"),
        ("pressured", "Raul Ortega", "partial"),
        ("reckless manoeuvres", "Raul Ortega", "partial"),
    ]


def test_a_description_by_country_and_office_names_the_office_holder():
    text = (
        "Foreign Minister Espen Barth Eide hosted his Jordanian counterpart Ayman Safadi in Oslo.\n\n"
        "Norway’s top diplomat stressed that a truce was urgent. “Every day of delay costs lives,” he said."
    )
    entities = [
        ent(text, "Espen Barth Eide", role="Foreign Minister", country="NOR"),
        ent(text, "Jordanian", "NORP", code="JOR"),
        ent(text, "Ayman Safadi", role="counterpart", country="JOR"),
        ent(text, "Norway", "GPE", code="NOR"),
    ]
    quotes = find_quotes(text, entities, published="2024-03-01")
    assert who(quotes) == [("Every day of delay costs lives,", "Espen Barth Eide", "direct")]


def test_a_description_names_the_office_holder_the_text_does_not_name():
    text = "Norway’s top diplomat urged both sides back to the table. “Time is short,” he said."
    entities = [ent(text, "Norway", "GPE", code="NOR")]
    assert who(find_quotes(text, entities, published="2024-03-01")) == [("Time is short,", "Espen Barth Eide", "direct")]
    assert find_quotes(text, entities)[0]["speaker"] is None  # no date: nobody can say who held the office


def test_the_ministry_is_the_foreign_ministry_of_the_country_in_context():
    text = (
        "Russian Foreign Minister Sergei Lavrov received his Turkish counterpart in Moscow on Friday.\n\n"
        "“The talks were frank and useful,” the ministry said in a statement."
    )
    entities = [
        ent(text, "Russian", "NORP", code="RUS"),
        ent(text, "Sergei Lavrov", role="Foreign Minister", country="RUS"),
        ent(text, "Turkish", "NORP", code="TUR"),
    ]
    assert who(find_quotes(text, entities)) == [("The talks were frank and useful,", "Russian foreign ministry", "direct")]


def test_spokesperson_for_an_institution():
    text = "“No decision has been taken,” a spokesperson for the Finnish foreign ministry said."
    assert who(find_quotes(text, [])) == [("No decision has been taken,", "Finnish foreign ministry", "direct")]


def test_possessive_before_a_cue_word_makes_it_a_noun():
    text = "“We will see,” Mr. Oduya said.\n\n“It is late.”\nEditor's note: this story was updated."
    assert who(find_quotes(text, [])) == [("We will see,", "Oduya", "direct"), ("It is late.", "Oduya", "direct")]


def test_dash_attribution_after_the_quote():
    text = "“Talks must go on.” ― Ana Silva\n“Not now.” — Ben Ode, analyst\n“Too late.” ― Julia M. Reyes.\n“Go.” ― Tom K Berg"
    assert who(find_quotes(text, [])) == [
        ("Talks must go on.", "Ana Silva", "direct"),
        ("Not now.", "Ben Ode", "direct"),
        ("Too late.", "Julia M. Reyes", "direct"),
        ("Go.", "Tom K Berg", "direct"),
    ]


def test_stand_in_names_next_to_cues():
    text = "Ivo Petrov said the talks went well. Petrov told reporters more."
    assert [(m.name, text[m.start : m.end]) for m in names_near_cues(text)] == [("Ivo Petrov", "Ivo Petrov"), ("Ivo Petrov", "Petrov")]


def test_indirect_reported_speech():
    text = (
        "Foreign Secretary Nila Rao said that both countries have agreed on new patrols.\n\n"
        "The envoys will meet again in May, Rao told reporters.\n\n"
        "“We are ready,” she said."
    )
    entities = [ent(text, "Nila Rao"), ent(text, "Rao", nth=2, name="Nila Rao")]
    quotes = find_quotes(text, entities, indirect=True)
    assert who(quotes) == [
        ("both countries have agreed on new patrols", "Nila Rao", "indirect"),
        ("The envoys will meet again in May", "Nila Rao", "indirect"),
        ("We are ready,", "Nila Rao", "direct"),
    ]
    assert all(q["kind"] == "direct" for q in find_quotes(text, entities))


def test_spans_are_sound_offsets():
    text = "Étienne Roy said, “Ça va,” and the “plan” stood. «Oui», dit-il. „Gut“ sagte er. 'Fine,' he said."
    for q in find_quotes(text, [ent(text, "Étienne Roy")], indirect=True):
        assert text[q["start"] : q["end"]] == q["text"]
        if q["speaker"] and q["speaker"]["start"] is not None:
            assert text[q["speaker"]["start"] : q["speaker"]["end"]] == q["speaker"]["text"]
        if q["cue"]:
            assert text[q["cue"]["start"] : q["cue"]["end"]] == q["cue"]["text"]


# ---------------------------------------------------------------- command


def test_command_uses_the_records_entities_and_keeps_fields():
    text = "“Talks were frank,” Omar Saleh said."
    record = {"id": "x1", "text": text, "published": "2024-05-02", "extra": [1], "entities": [ent(text, "Omar Saleh")]}
    result = invoke(["quotes"], jsonl(record))
    assert result.exit_code == 0
    [out] = records(result.stdout)
    assert {k: out[k] for k in record} == record
    assert who(out["quotes"]) == [("Talks were frank,", "Omar Saleh", "direct")]


def test_command_tolerates_malformed_entities():
    text = "“Talks were frank,” Omar Saleh said."
    junk = [7, {"start": 99, "end": 5, "type": "PERSON"}, {"start": 0, "end": 3, "type": "EVENT"}, ent(text, "Omar Saleh")]
    result = invoke(["quotes"], jsonl({"text": text, "entities": junk}))
    assert result.exit_code == 0
    assert who(records(result.stdout)[0]["quotes"]) == [("Talks were frank,", "Omar Saleh", "direct")]


def test_command_flags_a_record_without_text():
    result = invoke(["quotes"], jsonl({"id": "a", "text": "“Fine,” Omar Saleh said.", "entities": []}, {"id": "b"}))
    assert result.exit_code == 1
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["a", "b"]
    assert out[1]["errors"] == ['record has no "text" field']
    assert 'dipkit quotes: <stdin>:2: record has no "text" field' in result.stderr


def test_command_dates_descriptions_by_the_records_published_date():
    text = "Norway’s top diplomat urged both sides back to the table. “Time is short,” he said."
    record = {"text": text, "published": "2024-03-01", "entities": [ent(text, "Norway", "GPE", code="NOR")]}
    result = invoke(["quotes"], jsonl(record))
    assert who(records(result.stdout)[0]["quotes"]) == [("Time is short,", "Espen Barth Eide", "direct")]


def test_command_indirect_flag():
    text = "Nila Rao said that both countries have agreed on new patrols."
    result = invoke(["quotes", "--indirect"], jsonl({"text": text, "entities": [ent(text, "Nila Rao")]}))
    assert [q["kind"] for q in records(result.stdout)[0]["quotes"]] == ["indirect"]


def test_man_page_lists_every_option_of_help():
    help_text = invoke(["quotes", "--help"]).stdout
    options = set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", help_text.split("Options:")[1]))
    man = (ROOT / "man" / "dipkit-quotes.1").read_text(encoding="utf-8")
    items = re.findall(r"^\.TP\n(.+)$", man, re.MULTILINE)
    listed = {opt.replace("\\-", "-") for item in items for opt in re.findall(r"(?:\\-){1,2}[a-z][\w\\-]*", item)}
    assert options == listed
    assert "EXIT STATUS" in man


def test_example_records_run_clean():
    example = ROOT / "examples" / "quotes.jsonl"
    result = invoke(["quotes", str(example)])
    assert result.exit_code == 0
    out = records(result.stdout)
    assert out and all(r["quotes"] for r in out)


def test_a_name_inside_an_appositive_is_not_the_subject():
    text = (
        "Mr Halvorsen, a former navy officer and close aide of President Lena Strand, said Oslo wanted "
        "“a calmer Arctic” before the summit. Minister Omar Saleh, who flew in on Monday, said the talks were “frank”."
    )
    entities = [ent(text, "Halvorsen"), ent(text, "Lena Strand", role="President"), ent(text, "Oslo", "GPE"),
                ent(text, "Omar Saleh")]
    assert who(find_quotes(text, entities)) == [("a calmer Arctic", "Halvorsen", "partial"), ("frank", "Omar Saleh", "partial")]
    text = "Halvorsen, Lena Strand’s closest aide, said the plan was “dead”. Lena Strand, 61, told reporters it was “alive”."
    entities = [ent(text, "Halvorsen"), ent(text, "Lena Strand"), ent(text, "Lena Strand", nth=2)]
    assert who(find_quotes(text, entities)) == [("dead", "Halvorsen", "partial"), ("alive", "Lena Strand", "partial")]


def test_he_skips_a_woman_by_her_given_name():
    text = (
        "Foreign Minister Maria Lund said the rebels caused the “collapse” of the truce, while her counterpart "
        "Pedro Alves denied it. “Those accusations are baseless,” he told reporters."
    )
    entities = [ent(text, "Maria Lund", role="Foreign Minister"), ent(text, "Pedro Alves")]
    assert who(find_quotes(text, entities))[-1] == ("Those accusations are baseless,", "Pedro Alves", "direct")


def test_a_description_by_nationality_names_that_countrys_person():
    text = (
        "President Aida Karimova of Uzbekistan and President Timur Bekov of Kazakhstan met in Astana.\n\n"
        "Bekov said the new rail link would “change the region”. The Uzbek leader called the talks “a turning point.”"
    )
    entities = [
        ent(text, "Aida Karimova", role="President", country="UZB"),
        ent(text, "Uzbekistan", "GPE", code="UZB"),
        ent(text, "Timur Bekov", role="President", country="KAZ"),
        ent(text, "Kazakhstan", "GPE", code="KAZ"),
        ent(text, "Bekov", nth=2, name="Timur Bekov", role="President", country="KAZ"),
        ent(text, "Uzbek", "NORP", nth=2, code="UZB"),
    ]
    assert who(find_quotes(text, entities)) == [
        ("change the region", "Timur Bekov", "partial"),
        ("a turning point.", "Aida Karimova", "partial"),
    ]


def test_the_envoy_is_the_ambassador_named_before():
    text = (
        "Foreign Secretary Nila Rao hosted Swedish Ambassador Karl Nyberg in Delhi on Monday.\n\n"
        "The envoy, in turn, said Stockholm was “alarmed” by the drone flights."
    )
    entities = [ent(text, "Nila Rao", role="Foreign Secretary"), ent(text, "Swedish", "NORP", code="SWE"),
                ent(text, "Karl Nyberg", role="Ambassador", country="SWE"), ent(text, "Stockholm", "GPE")]
    assert who(find_quotes(text, entities)) == [("alarmed", "Karl Nyberg", "partial")]


def test_an_institution_speaker_takes_the_documents_name_for_it():
    text = "The Indian Embassy in Oslo said in a statement that India “values the Nordic partnership.”"
    entities = [ent(text, "Indian Embassy in Oslo", "ORG", code="IND"), ent(text, "India", "GPE", nth=2)]
    [quote] = find_quotes(text, entities)
    assert quote["speaker"]["name"] == "Indian Embassy in Oslo"
    text = "“Visas will resume,” the Indian Embassy said."
    assert [q["speaker"]["name"] for q in find_quotes(text, [])] == ["Indian Embassy"]


def test_equally_long_full_names_link_the_same_under_every_hash_seed():
    """"Santos" fits both "Maria Santos" and "Pedro Santos": the nearest one named before, else the first."""
    text = (
        "“Talks will go on,” Santos said on Monday. Maria Santos met Pedro Santos in Lisbon.\n\n"
        "“We agreed on a budget,” Santos told reporters."
    )
    entities = [
        ent(text, "Santos"),
        ent(text, "Maria Santos"),
        ent(text, "Pedro Santos"),
        ent(text, "Santos", nth=4),
    ]
    line = jsonl({"text": text, "entities": entities})
    outputs = set()
    for seed in ("0", "1", "2", "3", "17", "4242"):
        proc = subprocess.run(
            [sys.executable, "-m", "dipkit", "quotes"], input=line, capture_output=True, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed}, timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1
    [out] = records(outputs.pop())
    assert who(out["quotes"]) == [
        ("Talks will go on,", "Maria Santos", "direct"),
        ("We agreed on a budget,", "Pedro Santos", "direct"),
    ]


def test_cue_verb_that_opens_the_text():
    """A verb at offset 0 has no character before it and is still a cue."""
    text = "told reporters: “The border stays open.” Then Omar Saleh said more."
    assert triggers(text) == [(0, 4, "verb"), (text.index("said"), text.index("said") + 4, "verb")]


def test_restated_and_capitalized_says_are_no_cues():
    text = "Omar Saleh re-stated the plan. “The border stays open,” Says a banner in Amman."
    assert triggers(text) == []
    assert [q["cue"] for q in find_quotes(text, [ent(text, "Omar Saleh")])] == [None]


# ---------------------------------------------------------------- channels: agencies and ministries pass words on


def _lead(text: str) -> list[dict]:
    """Entities of the channel sentences below: two ministers, a news agency and a country."""
    items = []
    for surface, kind, name in [
        ("Lena Varga", "PERSON", "Lena Varga"), ("Varga", "PERSON", "Lena Varga"),
        ("Omar Saleh", "PERSON", "Omar Saleh"), ("Saleh", "PERSON", "Omar Saleh"),
        ("Tirana News Agency", "ORG", "Tirana News Agency"), ("Kestria", "GPE", "Kestria"),
    ]:
        items += [ent(text, surface, kind, name, nth=k + 1) for k in range(len(re.findall(rf"\b{surface}\b", text)))]
    return sorted(items, key=lambda e: (e["start"], -e["end"]))


@pytest.mark.parametrize(
    "tail",
    [
        "the Tirana News Agency reported.",
        "according to the Tirana News Agency.",
        "the foreign ministry said in a statement.",
    ],
)
def test_reporting_clause_speaker_wins_over_the_channel_after_the_quote(tail):
    text = f"Lena Varga met Omar Saleh in Tirana.\n\nSaleh told his host that Kestria saw the port as “a bridge between our peoples”, {tail}"
    assert who(find_quotes(text, _lead(text))) == [("a bridge between our peoples", "Omar Saleh", "partial")]


def test_second_quote_of_a_reporting_clause_keeps_its_speaker_over_the_channel():
    text = (
        "Lena Varga met Omar Saleh in Tirana.\n\nVarga told Saleh the two sides should “settle old disputes” "
        "and that Kestria was ready to “open a new chapter,” according to the Tirana News Agency."
    )
    assert who(find_quotes(text, _lead(text))) == [
        ("settle old disputes", "Lena Varga", "partial"),
        ("open a new chapter,", "Lena Varga", "partial"),
    ]


def test_channel_quoting_a_person_as_saying():
    text = "Lena Varga met Omar Saleh in Tirana.\n\n“The port will stay open,” the foreign ministry said, quoting Saleh as saying."
    [quote] = find_quotes(text, _lead(text))
    assert quote["speaker"]["name"] == "Omar Saleh"
    assert quote["cue"]["text"] == "quoting Saleh as saying"


def test_channel_citing_a_person():
    text = "Lena Varga met Omar Saleh in Tirana.\n\n“The port will stay open,” the Tirana News Agency reported, citing Saleh."
    [quote] = find_quotes(text, _lead(text))
    assert (quote["speaker"]["name"], quote["cue"]["text"]) == ("Omar Saleh", "citing Saleh")


def test_channel_alone_stays_the_speaker():
    text = "Lena Varga met Omar Saleh in Tirana.\n\nKestria will “respond firmly to any provocation”, the Tirana News Agency reported."
    assert who(find_quotes(text, _lead(text))) == [("respond firmly to any provocation", "Tirana News Agency", "partial")]


def test_only_the_reporting_verb_nearest_the_quote_passes_a_person_on():
    text = (
        "Lena Varga met Omar Saleh in Tirana.\n\n"
        "After Saleh said the talks were over, Kestria called the move “a provocation”, the Tirana News Agency reported."
    )
    assert who(find_quotes(text, _lead(text))) == [("a provocation", "Tirana News Agency", "partial")]


def test_headline_fragment_takes_the_speaker_of_the_quotation_it_echoes():
    text = (
        "Varga, Saleh vow to keep the 'open door' in the port talks\n\n"
        "Lena Varga hosted Omar Saleh in Tirana on Monday.\n\n"
        "“We will keep the open door for every ship,” Varga told reporters.\n\n"
        "Saleh called the talks “frank and useful.”"
    )
    assert who(find_quotes(text, _lead(text))) == [
        ("open door", "Lena Varga", "partial"),
        ("We will keep the open door for every ship,", "Lena Varga", "direct"),
        ("frank and useful.", "Omar Saleh", "partial"),
    ]


def test_fragment_in_the_body_keeps_its_own_cue():
    text = (
        "Port talks end in Tirana\n\n"
        "“We will keep the open door for every ship,” Varga told reporters.\n\n"
        "Saleh said he welcomed the “open door” but wanted more."
    )
    assert [q["speaker"]["name"] for q in find_quotes(text, _lead(text))] == ["Lena Varga", "Omar Saleh"]


def test_fragment_echoing_two_speakers_keeps_its_own():
    text = (
        "Saleh warns of “a long winter”\n\n"
        "“It could be a long winter for the port,” Varga said.\n\n"
        "“Nobody wants a long winter,” Saleh said."
    )
    assert [q["speaker"]["name"] for q in find_quotes(text, _lead(text))] == ["Omar Saleh", "Lena Varga", "Omar Saleh"]


# ---------------------------------------------------------------- dev gold


def test_dev_gold_floor(shared):
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval" / "dev"), "--layers", "quotes",
         "--dipkit", f"{sys.executable} -m dipkit", "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    import json

    scores = json.loads(proc.stdout[: proc.stdout.rindex("}") + 1])["quotes"]
    assert scores["content"]["f1"] >= 0.92
    assert scores["attributed"]["f1"] >= 0.85
    assert scores["bad_offsets"] == 0


@pytest.mark.parametrize("text", ["", "\n\n", "“", "'", "”a“", "said said said"])
def test_degenerate_texts(text):
    for q in find_quotes(text, []):
        assert text[q["start"] : q["end"]] == q["text"]


def test_who_after_an_unnamed_official_is_not_the_person_named_before():
    text = (
        "President Amara Diallo sent Prime Minister Idris Kone in his place.\n\n"
        "A Malian official who asked not to be named said the talks could not go on “while foreign troops stay.”"
    )
    entities = [ent(text, "Amara Diallo"), ent(text, "Idris Kone"), ent(text, "Malian", "NORP", code="MLI")]
    assert who(find_quotes(text, entities)) == [("while foreign troops stay.", "Mali", "partial")]


def test_who_right_after_a_name_is_that_person():
    text = "Idris Kone, who flew in on Monday, told reporters the plan was “a fair start”."
    assert who(find_quotes(text, [ent(text, "Idris Kone")])) == [("a fair start", "Idris Kone", "partial")]


def test_a_nationality_speaks_for_its_country_by_name():
    text = "A senior Peruvian official said the pact was “long overdue”."
    entities = [ent(text, "Peruvian", "NORP", code="PER")]
    (quote,) = find_quotes(text, entities)
    assert (quote["speaker"]["name"], quote["speaker"]["type"], quote["speaker"]["text"]) == ("Peru", "GPE", "Peruvian")


def test_a_charge_someone_rejected_is_not_theirs():
    text = (
        "A Treasury official called the purchases “profiteering”, a charge New Delhi has rejected as “unjustified”. "
        "“That charge is false,” Lina Sorensen countered."
    )
    entities = [
        ent(text, "Treasury", "ORG", name="United States Department of the Treasury"),
        ent(text, "New Delhi", "GPE"),
        ent(text, "Lina Sorensen"),
    ]
    assert who(find_quotes(text, entities)) == [
        ("profiteering", "United States Department of the Treasury", "partial"),
        ("unjustified", "New Delhi", "partial"),
        ("That charge is false,", "Lina Sorensen", "direct"),
    ]


# ---------------------------------------------------------------- plural nouns, frames, relative clauses, sources


def test_a_counted_plural_is_no_verb():
    text = "The withdrawal of the three Baltic states takes effect in May."
    assert [text[s:e] for s, e, _ in triggers(text)] == []
    other = "Lindqvist states that the talks will go on."
    assert [other[s:e] for s, e, _ in triggers(other)] == ["states"]
    after = "\u201cWe waited for many years,\u201d Lindqvist says."  # a count inside the quotation counts no verb
    assert [after[s:e] for s, e, _ in triggers(after)] == ["says"]


def test_plural_office_subject_gives_way_to_the_statement_that_frames_it():
    text = (
        "Rosa Vidal met her Peruvian counterpart in Santiago. "
        "According to a statement from the Chilean Foreign Ministry, the two ministers agreed to "
        "\u201cwiden trade\u201d between their countries."
    )
    entities = [
        ent(text, "Rosa Vidal"),
        ent(text, "Santiago", "GPE"),
        ent(text, "Chilean Foreign Ministry", "ORG"),
        ent(text, "Chilean", "NORP", country="CHL"),
    ]
    assert who(find_quotes(text, entities)) == [("widen trade", "Chilean Foreign Ministry", "partial")]


def test_plural_office_subject_gives_way_to_a_communique_after_the_quotation():
    text = (
        "Leaders of the Andean Community met in Lima.\n\nThe leaders agreed that the \u201cdoor stays open\u201d "
        "for Bolivia, according to the final communiqu\u00e9."
    )
    entities = [ent(text, "Andean Community", "ORG"), ent(text, "Lima", "GPE"), ent(text, "Bolivia", "GPE")]
    assert who(find_quotes(text, entities)) == [("door stays open", "Andean Community", "partial")]


def test_relative_clause_verb_owns_the_quotation_it_opens():
    text = "Mensah spoke by phone with Foreign Minister Ana Ortiz, who urged both sides to \u201cshow restraint\u201d now."
    entities = [ent(text, "Mensah", name="Kofi Mensah"), ent(text, "Ana Ortiz")]
    assert who(find_quotes(text, entities)) == [("show restraint", "Ana Ortiz", "partial")]


def test_verb_with_as_before_the_quotation_is_its_cue():
    text = "Accra accused Lome of hosting rebels, a charge Foreign Minister Yawa Dossou dismissed as \u201cabsurd\u201d."
    entities = [ent(text, "Accra", "GPE"), ent(text, "Lome", "GPE"), ent(text, "Yawa Dossou")]
    assert who(find_quotes(text, entities)) == [("absurd", "Yawa Dossou", "partial")]


def test_government_in_a_capital_speaks_for_its_country():
    text = (
        "Mali left the bloc in January. The military government in Bamako said the move was \u201cfinal\u201d."
    )
    entities = [ent(text, "Mali", "GPE", code="MLI"), ent(text, "Bamako", "GPE", country="MLI")]
    assert who(find_quotes(text, entities)) == [("final", "Mali", "partial")]


def test_the_same_source_is_the_source_described_before():
    text = (
        "Lindqvist said the visit went well, and a Norwegian diplomatic source said more talks would follow.\n\n"
        "\u201cThose reports are false,\u201d the same source said."
    )
    entities = [ent(text, "Lindqvist", name="Erik Lindqvist"), ent(text, "Norwegian", "NORP", name="Norwegian", country="NOR")]
    assert who(find_quotes(text, entities)) == [("Those reports are false,", "Norway", "direct")]


def test_what_someone_described_as_a_phrase_is_theirs():
    text = "Peru and Chile on Monday announced what Mr. Boric described as a \u201chistoric step\u201d on fishing rights."
    entities = [ent(text, "Peru", "GPE"), ent(text, "Chile", "GPE"), ent(text, "Boric", name="Gabriel Boric")]
    assert who(find_quotes(text, entities)) == [("historic step", "Gabriel Boric", "partial")]


def test_a_ministry_passing_on_a_person_s_words_gives_the_person():
    text = "In Lima, the foreign ministry said Solano told Ortiz that both sides should \u201creturn to dialogue\u201d soon."
    entities = [ent(text, "Lima", "GPE"), ent(text, "foreign ministry", "ORG"), ent(text, "Solano"), ent(text, "Ortiz")]
    assert who(find_quotes(text, entities)) == [("return to dialogue", "Solano", "partial")]
    text = "The ministry released a statement saying Solano spoke with Ortiz to discuss \u201cthe border talks\u201d."
    entities = [ent(text, "ministry", "ORG"), ent(text, "Solano"), ent(text, "Ortiz")]
    assert who(find_quotes(text, entities)) == [("the border talks", "ministry", "partial")]  # the statement's words


def test_a_spokesman_reporting_what_the_president_stressed_gives_the_president():
    text = "Spokesman Tomas Rey said Boric stressed during the talks that water was \u201ca vital matter\u201d for Chile."
    entities = [ent(text, "Tomas Rey"), ent(text, "Boric", name="Gabriel Boric"), ent(text, "Chile", "GPE")]
    assert who(find_quotes(text, entities)) == [("a vital matter", "Gabriel Boric", "partial")]


def test_adding_that_after_told_keeps_the_speaker():
    text = "Rey told the vice president, adding that both sides had \u201ca great opportunity\u201d to build on the accord."
    entities = [ent(text, "Rey", name="Tomas Rey"), ent(text, "vice president", "PERSON", name="Ana Solis")]
    assert who(find_quotes(text, entities)) == [("a great opportunity", "Tomas Rey", "partial")]
