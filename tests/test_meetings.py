"""dipkit meetings: sides, place, date, kind, status, merging and codes on sentences written for these tests.

Records carry hand-made ``entities`` and ``dates`` (as ``dipkit entities`` and
``dipkit dates`` would add them), so these tests pin the meeting rules alone.
"""

from __future__ import annotations

import re

import pytest
from conftest import invoke, jsonl, records

from dipkit.meetings import find_meetings


def span(text: str, surface: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def person(text: str, surface: str, name: str, role: str | None, country: str | None, nth: int = 1) -> dict:
    start, end = span(text, surface, nth)
    return {"start": start, "end": end, "text": surface, "type": "PERSON", "name": name, "role": role, "country": country}


def place(text: str, surface: str, kind: str, name: str, code: str, nth: int = 1) -> dict:
    """A GPE (country: code; city: country) or a NORP mention."""
    start, end = span(text, surface, nth)
    entity = {"start": start, "end": end, "text": surface, "type": "NORP" if kind == "norp" else "GPE", "name": name}
    entity["country" if kind == "city" else "code"] = code
    return entity


def org(text: str, surface: str, name: str) -> dict:
    start, end = span(text, surface)
    return {"start": start, "end": end, "text": surface, "type": "ORG", "name": name}


def date(text: str, surface: str, value: str, nth: int = 1) -> dict:
    start, end = span(text, surface, nth)
    return {"start": start, "end": end, "text": surface, "type": "DATE", "value": value}


def names(meeting: dict) -> list[str]:
    return [p["name"] for p in meeting["participants"]]


def brief(meeting: dict) -> tuple:
    where = meeting["place"]["name"] if meeting["place"] else None
    when = meeting["date"]["value"] if meeting["date"] else None
    return names(meeting), where, when, meeting["kind"], meeting["status"]


def found(text: str, published: str) -> list[tuple]:
    """The meetings dipkit finds in TEXT, with its own entities and dates, each as ``brief`` shows it."""
    return [brief(m) for m in find_meetings(text, published)]


def found_briefly(text: str, entities: list[dict], dates: list[dict], published: str = "2025-03-12") -> list[tuple]:
    """``brief`` of each meeting found in TEXT from hand-made ENTITIES and DATES, with no dateline."""
    return [brief(m) for m in find_meetings(text, published=published, dates=dates, entities=entities, dateline={})]


TALKS = (
    "Chinese Foreign Minister Wang Yi held talks with his Indian counterpart Subrahmanyam Jaishankar "
    "in Beijing on Tuesday. The two ministers discussed the border. Jaishankar called the talks candid."
)


def talks_entities(text: str = TALKS) -> list[dict]:
    return [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "External Affairs Minister", "IND"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        person(text, "Jaishankar", "Subrahmanyam Jaishankar", "External Affairs Minister", "IND", nth=2),
    ]


def test_bilateral_talks_with_place_date_and_codes():
    found = find_meetings(TALKS, "2025-03-05", dates=[date(TALKS, "Tuesday", "2025-03-04")], entities=talks_entities())
    assert [brief(m) for m in found] == [
        (["Wang Yi", "Subrahmanyam Jaishankar"], "Beijing", "2025-03-04", "meeting", "held"),
    ]
    meeting = found[0]
    assert meeting["participants"][0] == {"name": "Wang Yi", "type": "PERSON", "role": "Foreign Minister", "country": "CHN"}
    assert meeting["place"] == {"name": "Beijing", "type": "city", "country": "CHN"}
    assert meeting["date"] == {"value": "2025-03-04", "text": "Tuesday"}
    assert meeting["cameo"] == "042" and meeting["plover"] == {"type": "CONSULT", "mode": "visit"}
    evidence = meeting["evidence"]
    assert TALKS[evidence["start"] : evidence["end"]] == evidence["text"]
    assert evidence["text"].startswith("Chinese Foreign Minister Wang Yi held talks")
    assert len(meeting["mentions"]) == 3  # the talks, "the two ministers discussed", "the talks"


def test_counterpart_without_a_name_is_the_country():
    text = "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Antalya on Friday."
    entities = [
        place(text, "Russian", "norp", "Russian", "RUS"),
        person(text, "Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "RUS"),
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        place(text, "Antalya", "city", "Antalya", "TUR"),
    ]
    found = find_meetings(text, "2025-04-12", dates=[date(text, "Friday", "2025-04-11")], entities=entities)
    assert [brief(m) for m in found] == [(["Sergei Lavrov", "Turkey"], "Antalya", "2025-04-11", "meeting", "held")]
    assert found[0]["participants"][1] == {"name": "Turkey", "type": "GPE", "role": None, "country": "TUR"}


def test_phone_call_has_no_place():
    text = "MOSCOW, June 11 - President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on Wednesday, the Kremlin said."
    entities = [
        place(text, "MOSCOW", "city", "Moscow", "RUS"),
        person(text, "Vladimir Putin", "Vladimir Putin", "President", "RUS"),
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TUR"),
        org(text, "Kremlin", "Kremlin"),
    ]
    dates = [date(text, "June 11", "2025-06-11"), date(text, "Wednesday", "2025-06-11")]
    found = find_meetings(text, "2025-06-11", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [(["Vladimir Putin", "Recep Tayyip Erdogan"], None, "2025-06-11", "call", "held")]
    assert found[0]["cameo"] == "041" and found[0]["plover"]["mode"] == "phone"


def test_planned_visit_and_negated_meeting():
    text = (
        "French President Emmanuel Macron will visit Egypt next month. "
        "Macron did not meet Israeli Prime Minister Benjamin Netanyahu during his tour."
    )
    entities = [
        place(text, "French", "norp", "French", "FRA"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        place(text, "Egypt", "country", "Egypt", "EGY"),
        person(text, "Macron", "Emmanuel Macron", "President", "FRA", nth=2),
        place(text, "Israeli", "norp", "Israeli", "ISR"),
        person(text, "Benjamin Netanyahu", "Benjamin Netanyahu", "Prime Minister", "ISR"),
    ]
    found = find_meetings(text, "2025-05-02", dates=[date(text, "next month", "2025-06")], entities=entities)
    assert [brief(m) for m in found] == [(["Emmanuel Macron", "Egypt"], "Egypt", "2025-06", "visit", "planned")]
    assert found[0]["cameo"] == "036"


def test_summit_with_an_organization_and_sidelines_meeting():
    text = (
        "Prime Minister Narendra Modi attended the G20 summit in Rio de Janeiro on Monday. "
        "On the sidelines of the summit, Modi met Brazilian President Luiz Inacio Lula da Silva."
    )
    entities = [
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        org(text, "G20", "G20"),
        place(text, "Rio de Janeiro", "city", "Rio de Janeiro", "BRA"),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND", nth=2),
        place(text, "Brazilian", "norp", "Brazilian", "BRA"),
        person(text, "Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva", "President", "BRA"),
    ]
    found = find_meetings(text, "2024-11-19", dates=[date(text, "Monday", "2024-11-18")], entities=entities)
    assert [brief(m) for m in found] == [
        (["Narendra Modi", "G20", "Luiz Inacio Lula da Silva"], "Rio de Janeiro", "2024-11-18", "summit", "held"),
        (["Narendra Modi", "Luiz Inacio Lula da Silva"], "Rio de Janeiro", "2024-11-18", "meeting", "held"),
    ]  # (Lula met Modi on its sidelines: the text places him at the summit too)
    assert [m["plover"]["mode"] for m in found] == ["multilateral", "multilateral"]


def test_headline_infinitive_merges_with_the_body():
    text = "Tusk to meet Meloni in Rome\n\nPolish Prime Minister Donald Tusk will hold talks with Giorgia Meloni in Rome on Thursday."
    entities = [
        person(text, "Tusk", "Donald Tusk", "Prime Minister", "POL"),
        person(text, "Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Rome", "city", "Rome", "ITA"),
        place(text, "Polish", "norp", "Polish", "POL"),
        person(text, "Donald Tusk", "Donald Tusk", "Prime Minister", "POL"),
        person(text, "Giorgia Meloni", "Giorgia Meloni", "Prime Minister", "ITA"),
        place(text, "Rome", "city", "Rome", "ITA", nth=2),
    ]
    found = find_meetings(text, "2025-02-04", dates=[date(text, "Thursday", "2025-02-06")], entities=entities)
    assert [brief(m) for m in found] == [(["Donald Tusk", "Giorgia Meloni"], "Rome", "2025-02-06", "meeting", "planned")]
    assert len(found[0]["mentions"]) == 2


def test_two_meetings_of_the_same_pair_on_different_days_stay_apart():
    text = (
        "Xi Jinping held talks with Luiz Inacio Lula da Silva in Beijing on Wednesday. "
        "On Tuesday the two presidents had held a first meeting at Diaoyutai State Guesthouse."
    )
    entities = [
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva", "President", "BRA"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
    ]
    dates = [date(text, "Wednesday", "2024-11-13"), date(text, "Tuesday", "2024-11-12")]
    found = find_meetings(text, "2024-11-13", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Xi Jinping", "Luiz Inacio Lula da Silva"], "Beijing", "2024-11-13", "meeting", "held"),
        (["Xi Jinping", "Luiz Inacio Lula da Silva"], "Beijing", "2024-11-12", "meeting", "held"),
    ]
    assert found[1]["place"] == {"name": "Beijing", "type": "city", "country": "CHN"}  # (the city the building stands in)


def test_countries_meet_when_no_person_is_named():
    text = "China and India held talks on the border dispute in New Delhi."
    entities = [
        place(text, "China", "country", "China", "CHN"),
        place(text, "India", "country", "India", "IND"),
        place(text, "New Delhi", "city", "New Delhi", "IND"),
    ]
    found = find_meetings(text, None, dates=[], entities=entities)
    assert [brief(m) for m in found] == [(["China", "India"], "New Delhi", None, "meeting", "held")]


def test_statements_and_press_conferences_are_not_meetings():
    text = "Chinese Foreign Minister Wang Yi said in a statement that India should respect the border. He told a press conference in Beijing that ties were stable."
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "India", "country", "India", "IND"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
    ]
    assert find_meetings(text, None, dates=[], entities=entities) == []


def test_cli_uses_the_records_entities_and_dates(monkeypatch):
    import dipkit.entities

    def refuse(*args, **kwargs):
        raise AssertionError("entities were given and must not be computed again")

    monkeypatch.setattr(dipkit.entities, "find_entities", refuse)
    record = {"id": "t1", "text": TALKS, "published": "2025-03-05", "entities": talks_entities(), "dates": [date(TALKS, "Tuesday", "2025-03-04")], "keep": 1}
    result = invoke(["meetings"], jsonl(record))
    assert result.exit_code == 0, result.stderr
    [out] = records(result.stdout)
    assert out["keep"] == 1 and out["entities"] == record["entities"]
    assert [brief(m) for m in out["meetings"]] == [(["Wang Yi", "Subrahmanyam Jaishankar"], "Beijing", "2025-03-04", "meeting", "held")]


def test_flat_emits_one_line_per_meeting_and_none_for_a_document_without():
    with_meeting = {"id": "m", "text": TALKS, "published": "2025-03-05", "entities": talks_entities(), "dates": []}
    without = {"id": "n", "text": "Nothing happened today.", "entities": [], "dates": []}
    result = invoke(["meetings", "--flat"], jsonl(with_meeting, without))
    assert result.exit_code == 0
    rows = records(result.stdout)
    assert [row["id"] for row in rows] == ["m"]
    assert sorted(rows[0]) == ["date", "evidence", "id", "kind", "participants", "place", "status"]
    assert [p["name"] for p in rows[0]["participants"]] == ["Wang Yi", "Subrahmanyam Jaishankar"]


@pytest.mark.parametrize("flat", [[], ["--flat"]])
def test_bad_records_are_kept_with_errors(flat):
    result = invoke(["meetings", *flat], jsonl({"id": "bad", "text": 7}) + "not json\n")
    assert result.exit_code == 1
    rows = records(result.stdout)
    assert [row["id"] for row in rows] == ["bad", "stdin:2"]
    assert rows[0]["errors"] == ['"text" is int, not a string'] and rows[1]["input"] == "not json"
    assert "dipkit meetings: <stdin>:1:" in result.stderr


def test_help_and_usage_errors():
    assert "--flat" in invoke(["meetings", "--help"]).stdout
    result = invoke(["meetings", "--no-such-option"])
    assert result.exit_code == 2


def test_a_visit_paying_a_call_on_a_host_and_a_plan_that_stays_a_visit():
    text = (
        "Iranian Foreign Minister Abbas Araghchi called on President Asif Ali Zardari in Islamabad on Monday. "
        "Araghchi is expected to travel to Beijing next week."
    )
    entities = [
        place(text, "Iranian", "norp", "Iranian", "IRN"),
        person(text, "Abbas Araghchi", "Abbas Araghchi", "Foreign Minister", "IRN"),
        person(text, "Asif Ali Zardari", "Asif Ali Zardari", "President", "PAK"),
        place(text, "Islamabad", "city", "Islamabad", "PAK"),
        person(text, "Araghchi", "Abbas Araghchi", "Foreign Minister", "IRN", nth=2),
        place(text, "Beijing", "city", "Beijing", "CHN"),
    ]
    dates = [date(text, "Monday", "2025-03-03"), date(text, "next week", "2025-W11")]
    found = find_meetings(text, "2025-03-04", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Abbas Araghchi", "Asif Ali Zardari"], "Islamabad", "2025-03-03", "meeting", "held"),
        (["Abbas Araghchi", "China"], "Beijing", "2025-W11", "visit", "planned"),
    ]


def test_called_on_a_country_to_act_is_no_meeting():
    text = "Foreign Minister Wang Yi called on India to respect the border agreement."
    entities = [person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"), place(text, "India", "country", "India", "IND")]
    assert find_meetings(text, None, dates=[], entities=entities) == []


def test_the_two_countries_are_the_states_of_the_last_meeting():
    text = (
        "Chinese Foreign Minister Wang Yi met Indian Foreign Secretary Vikram Misri in Beijing on Monday. "
        "Both nations had held talks in Kazan last year."
    )
    entities = [
        place(text, "Chinese", "norp", "Chinese", "CHN"),
        person(text, "Wang Yi", "Wang Yi", "Foreign Minister", "CHN"),
        place(text, "Indian", "norp", "Indian", "IND"),
        person(text, "Vikram Misri", "Vikram Misri", "Foreign Secretary", "IND"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        place(text, "Kazan", "city", "Kazan", "RUS"),
    ]
    dates = [date(text, "Monday", "2025-01-27"), date(text, "last year", "2024")]
    found = find_meetings(text, "2025-01-28", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Wang Yi", "Vikram Misri"], "Beijing", "2025-01-27", "meeting", "held"),
        (["China", "India"], "Kazan", "2024", "meeting", "held"),
    ]


def test_two_places_in_one_breath_are_two_meetings():
    text = "Lula and Albanese first met in Lima in 2016 and later in Osaka in 2019."
    entities = [
        person(text, "Lula", "Luiz Inacio Lula da Silva", "President", "BRA"),
        person(text, "Albanese", "Anthony Albanese", "Prime Minister", "AUS"),
        place(text, "Lima", "city", "Lima", "PER"),
        place(text, "Osaka", "city", "Osaka", "JPN"),
    ]
    dates = [date(text, "2016", "2016"), date(text, "2019", "2019")]
    found = find_meetings(text, "2024-10-23", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Luiz Inacio Lula da Silva", "Anthony Albanese"], "Lima", "2016", "meeting", "held"),
        (["Luiz Inacio Lula da Silva", "Anthony Albanese"], "Osaka", "2019", "meeting", "held"),
    ]


def test_a_plan_reported_beside_the_call_that_followed_is_that_call():
    text = (
        "PARIS, Oct. 6 - President Emmanuel Macron spoke by phone with German Chancellor Friedrich Merz "
        "on Monday. Last week Merz said he intended to hold a phone call with Macron on October 6."
    )
    entities = [
        place(text, "PARIS", "city", "Paris", "FRA"),
        person(text, "Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        place(text, "German", "norp", "German", "DEU"),
        person(text, "Friedrich Merz", "Friedrich Merz", "Chancellor", "DEU"),
        person(text, "Merz", "Friedrich Merz", "Chancellor", "DEU", nth=2),
        person(text, "Macron", "Emmanuel Macron", "President", "FRA", nth=2),
    ]
    start, end = span(text, "PARIS, Oct. 6 -")
    dateline = {"place": "Paris", "date": "Oct. 6", "source": None, "start": start, "end": end, "text": text[start:end]}
    dates = [date(text, "Oct. 6", "XXXX-10-06"), date(text, "Monday", "XXXX-WXX-1"), date(text, "October 6", "XXXX-10-06")]
    found = find_meetings(text, None, dates=dates, entities=entities, dateline=dateline)
    assert [brief(m) for m in found] == [(["Emmanuel Macron", "Friedrich Merz"], None, "XXXX-10-06", "call", "held")]
    assert len(found[0]["mentions"]) == 2


def test_a_meeting_the_report_leaves_open_is_not_emitted():
    text = "Carney declined to say whether Modi would be asked to visit Canada this year."
    entities = [
        person(text, "Carney", "Mark Carney", "Prime Minister", "CAN"),
        person(text, "Modi", "Narendra Modi", "Prime Minister", "IND"),
        place(text, "Canada", "country", "Canada", "CAN"),
    ]
    assert find_meetings(text, None, dates=[], entities=entities) == []


def test_the_fast_trigger_scan_finds_what_the_full_pattern_finds():
    """Triggers are tried only where a word they can start with stands; that must lose none."""
    from dipkit.meetings.lexicon import trigger_heads, trigger_rules
    from dipkit.meetings.mentions import _scan

    pattern, _, heads = trigger_rules()
    text = (
        "Xi met Putin. They held talks, then consultations and a meeting with aides; Li spoke by phone with Scholz "
        "and had a video call with Macron. Modi visited Japan, paid a courtesy call on the Emperor, hosted Lula, "
        "received Ramaphosa, attended the summit, took part in the forum and gave a warm welcome to Abe. "
        "Erdogan telephoned Aliyev; the call followed a tête-à-tête and mediation between the sides."
    )
    starts = [m.start() for m in trigger_heads().finditer(text)]
    assert starts == [m.start() for m in re.finditer(r"[\w'’-]+", text) if m.group().lower() in heads]
    fast = [m.span() for m in _scan(pattern, text, starts, (0, len(text)))]
    assert fast == [m.span() for m in pattern.finditer(text)]
    assert len(fast) >= 15


def test_the_scan_of_the_lowercased_text_finds_what_the_case_blind_scan_finds():
    from dipkit.meetings.lexicon import trigger_heads

    text = "XI MET Putin. Talks With Scholz followed; Modi VISITED Japan, and a Tête-à-Tête with Abe Was Held."
    starts = [m.start() for m in trigger_heads().finditer(text)]
    assert [m.start() for m in trigger_heads(lowercased=True).finditer(text.lower())] == starts
    assert len(starts) >= 5


def test_substring_prefilter_holds_off_only_where_lowercasing_mirrors_the_case_blind_match():
    from dipkit.meetings.document import Document

    plain = Document("The Talks were POSTPONED.", None, [(0, 25)], [], [])
    assert plain.may_hold(0, 25, ("postpone",)) and not plain.may_hold(0, 25, ("cancel",))
    assert plain.search(re.compile("postponed", re.IGNORECASE), 0, 25, ("postpone",)).group() == "POSTPONED"
    dotted = Document("The meeting with İlhan was cancelled.", None, [(0, 37)], [], [])
    assert dotted.lower is None and dotted.may_hold(0, 5, ("cancel",))


def test_case_blind_patterns_run_on_the_lowercased_text_at_the_same_offsets():
    from dipkit.meetings.document import Document, case_twin

    text = "The Ministers WILL Meet in Rome; TALKS were Postponed."
    doc = Document(text, None, [(0, len(text))], [], [])
    modal = re.compile(r"\b(?:will|would)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
    assert case_twin(modal).flags & re.IGNORECASE == 0
    assert doc.find(modal, 0, text.index("Meet")).span() == modal.search(text, 0, text.index("Meet")).span() == (14, 19)
    assert doc.find(modal, 0, text.index("Meet"), ("shall",)) is None  # no stem there: not tried
    assert doc.match(re.compile("talks", re.IGNORECASE), text.index("TALKS")).span() == (33, 38)
    assert doc.window_find(re.compile("^postponed", re.IGNORECASE), text.index("Postponed"), len(text)) is not None
    assert doc.window_find(re.compile("^postponed", re.IGNORECASE), text.index("were"), len(text)) is None
    # a capital, a letter with two lowercase forms, an inline flag or ASCII mode: the pattern minds case, no twin
    assert case_twin(re.compile(r"[A-Z]\w+", re.IGNORECASE)) is None
    assert case_twin(re.compile("σ", re.IGNORECASE)) is None
    assert case_twin(re.compile(r"(?i:talks)\s")) is None
    assert case_twin(re.compile("talks", re.IGNORECASE | re.ASCII)) is None
    assert case_twin(re.compile("talks")) is None  # case-sensitive already
    dotted = Document("İzmir TALKS", None, [(0, 11)], [], [])  # lowercasing would not mirror the case-blind match
    assert dotted.lower is None and dotted.find(re.compile("talks", re.IGNORECASE), 0, 11).group() == "TALKS"


def test_called_someone_is_a_call_but_called_someone_names_is_not():
    text = (
        "President Joe Biden called Prime Minister Benjamin Netanyahu on Sunday to discuss the hostage talks. "
        "Milei, who had called Lula a populist, softened his tone."
    )
    entities = [
        person(text, "Joe Biden", "Joe Biden", "President", "USA"),
        person(text, "Benjamin Netanyahu", "Benjamin Netanyahu", "Prime Minister", "ISR"),
        person(text, "Milei", "Javier Milei", "President", "ARG"),
        person(text, "Lula", "Luiz Inacio Lula da Silva", "President", "BRA"),
    ]
    found = find_meetings(text, "2024-05-06", dates=[date(text, "Sunday", "2024-05-05")], entities=entities)
    assert [brief(m) for m in found] == [(["Joe Biden", "Benjamin Netanyahu"], None, "2024-05-05", "call", "held")]


def test_received_by_names_the_host_and_a_relative_clause_its_subject():
    text = (
        "Turkish Foreign Minister Hakan Fidan will be received by President Abdel Fattah el-Sisi in Cairo on Wednesday. "
        "Xi held a dinner to welcome Lula, who arrived in Beijing on Sunday to attend the BRICS summit."
    )
    entities = [
        place(text, "Turkish", "norp", "Turkish", "TUR"),
        person(text, "Hakan Fidan", "Hakan Fidan", "Foreign Minister", "TUR"),
        person(text, "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "President", "EGY"),
        place(text, "Cairo", "city", "Cairo", "EGY"),
        person(text, "Xi", "Xi Jinping", "President", "CHN"),
        person(text, "Lula", "Luiz Inacio Lula da Silva", "President", "BRA"),
        place(text, "Beijing", "city", "Beijing", "CHN"),
        org(text, "BRICS", "BRICS"),
    ]
    dates = [date(text, "Wednesday", "2024-09-11"), date(text, "Sunday", "2024-09-08")]
    found = find_meetings(text, "2024-09-10", dates=dates, entities=entities)
    assert [brief(m) for m in found] == [
        (["Hakan Fidan", "Abdel Fattah el-Sisi"], "Cairo", "2024-09-11", "meeting", "planned"),
        (["Xi Jinping", "Luiz Inacio Lula da Silva"], "Beijing", "2024-09-08", "meeting", "held"),  # with the arrival
        (["Luiz Inacio Lula da Silva", "BRICS"], "Beijing", None, "summit", "held"),
    ]


def test_meetings_called_off_or_never_set_are_not_emitted():
    text = (
        "A meeting between President Xi Jinping and Prime Minister Narendra Modi has not been scheduled, officials said. "
        "The talks between Chancellor Olaf Scholz and Premier Li Qiang were postponed."
    )
    entities = [
        person(text, "Xi Jinping", "Xi Jinping", "President", "CHN"),
        person(text, "Narendra Modi", "Narendra Modi", "Prime Minister", "IND"),
        person(text, "Olaf Scholz", "Olaf Scholz", "Chancellor", "DEU"),
        person(text, "Li Qiang", "Li Qiang", "Premier", "CHN"),
    ]
    assert find_meetings(text, "2024-06-20", dates=[], entities=entities) == []
