"""dipkit split: counters, follow and comment widgets, outlet appeals, uncredited captions, a subtitle under the
headline, a city alone in the page header, other stories' headlines after the body, and the dateline shapes
"CITY, Country (Agency) —", "CITY //" and a city alone above the lead; with the body lines of the same look."""

from __future__ import annotations

import pytest

from dipkit.split import split_document
from dipkit.split.dateline import find_dateline
from dipkit.split.published import find_published

from tests.test_split_shapes import BODY, MORE, TITLE, removed

LAST = "The next round of talks is due in Santiago in June, the foreign ministry said."


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Views: 2,305", "share"),
        ("1.2k views", "share"),
        ("Share/Bookmark", "share"),
        ("Follow", "navigation"),
        ("Follow this author", "navigation"),
        ("More by this Author", "related"),
        ("Comments - Please log in to comment.", "comments"),
        ("Please login in order to comment.", "comments"),
        ("Please log in or sign up to post a comment.", "comments"),
        ("Commenting for this story is now closed.", "comments"),
        ("Make a contribution", "about"),
        ("Support the Andes Courier!", "appeal"),
        ("Contribute today", "appeal"),
        ("Sign up for our newsletters to get the latest news delivered to your inbox.", "subscribe"),
        # captions with a credit in words rather than a bracketed agency
        ("Ana Silva with Rosa Quispe at the palace in Lima | Photo Credit: Andina", "caption"),
        ("Ana Silva and Rosa Quispe in Lima on Monday. Photo courtesy of the Foreign Ministry", "caption"),
        ("Ana Silva greets Rosa Quispe in Lima on Monday. (Pool photo via Andina)", "caption"),
        ("Ana Silva greets Rosa Quispe at the palace in Lima, Peru, Monday, March 3, 2025. (AP Photo)", "caption"),
        ("Ana Silva and Rosa Quispe embrace after signing the accord in Lima on Monday. — PMO", "caption"),
        ("Ana Silva and Rosa Quispe during the talks in Lima on March 3, 2025. /PCS", "caption"),
        ("Ana Silva and Rosa Quispe in Lima, Peru, on March 3, 2025. (Ministry of Foreign Affairs)", "caption"),
        ("Get short URL", "share"),
        ("Share - WeChat", "share"),
        ("AA", "share"),
        ("NEWSPAPER SECTION: World", "navigation"),
        ("WRITER: Rosa Quispe", "byline"),
        ("Privacy Notice: Newsletters may contain information about charities and online ads.", "subscribe"),
        ("[Editor: AS]", "editor"),
        # people placed in the picture, no credit
        ("Peruvian Foreign Minister Ana Silva, left, and Chilean Foreign Minister Rosa Quispe shake hands in Lima.", "caption"),
        ("Ana Silva (left) and Rosa Quispe at the Torre Tagle palace in Lima on Monday.", "caption"),
    ],
)
def test_widget_appeal_and_caption_lines(line, reason):
    page = f"{TITLE}\n\n{BODY}\n\n{line}\n\n{MORE}"
    doc = split_document(page)
    assert removed(doc) == [(4, reason)]
    assert line not in doc["text"]


def test_a_caption_sentence_above_its_credit_line():
    page = f"{TITLE}\n\n{BODY}\n\nAna Silva and Rosa Quispe shake hands in Lima on March 3.\nANDINA / File\n\n{MORE}"
    assert removed(split_document(page)) == [(4, "caption"), (5, "caption")]


def test_a_list_of_names_under_the_date_is_the_pages_tags_but_a_dateline_stays():
    page = f"{TITLE}\nMarch 4, 2025\nAna Silva, Peru, Lima, Rosa Quispe\n\n{BODY}\n\n{MORE}"
    assert removed(split_document(page)) == [(1, "metadata"), (2, "hashtags")]
    page = f"{TITLE}\nMarch 4, 2025\n\nLIMA, Peru, March 4 (Andina) - {BODY}\n\n{MORE}"
    assert removed(split_document(page)) == [(1, "metadata")]


@pytest.mark.parametrize(
    "crumbs", [f"Home / World / Americas / {TITLE}", f"News » Peru News » {TITLE}", f"World > Latin America > {TITLE}"]
)
def test_a_breadcrumb_ending_in_the_headline_is_navigation(crumbs):
    page = f"{crumbs}\n{TITLE}\n\n{BODY}\n\n{MORE}"
    doc = split_document(page)
    assert doc["title"] == TITLE
    assert removed(doc) == [(0, "navigation")]


def test_reporters_above_the_headline_are_no_headline_and_a_lone_name_above_a_dateline_is_a_byline():
    page = f"peru Updated: Mar 04, 2025 11:10 IST\nAna Silva and Rosa Quispe\n{TITLE}\n\nLIMA: {BODY}\n\n{MORE}"
    doc = split_document(page)
    assert (doc["title"], doc["published"]) == (TITLE, "2025-03-04")
    page = f"{TITLE}\nThe deal covers radar data and joint drills, officials say.\nRosa Quispe\n\nLIMA: {BODY}\n\n{MORE}"
    assert (2, "byline") in removed(split_document(page))


def test_names_with_names_caption_between_paragraphs():
    caption = "Foreign Minister Ana Silva with Chilean Foreign Minister Rosa Quispe at the Torre Tagle palace in Lima."
    doc = split_document(f"{TITLE}\n\n{BODY}\n\n{caption}\n\n{MORE}\n\n{LAST}")
    assert removed(doc) == [(4, "caption")]


@pytest.mark.parametrize(
    "line",
    [
        "Views differ on how fast the patrols should start.",
        "Follow-up talks will be held in May.",
        "Supporters of the deal say it will protect fish stocks for a generation.",
        "The minister, left, and her deputy, right, said the patrols would begin in May.",
        "“Support the fishermen!” read one banner outside the ministry.",
        "Senator Ana Silva (R) and Senator Rosa Quispe (D) introduced the bill on Monday.",
        "Ana Silva (left) said the patrols would begin in May.",
        "Both ministers signed the accord. — UN",
        "Ana Silva met Rosa Quispe in Lima on Monday. “Talks went well,” she said. — PMO",
        "Foreign Minister Ana Silva with her delegation arrived in Santiago on Tuesday.",
        "President Ana Silva with Rosa Quispe signed the accord at the palace.",
    ],
)
def test_body_lines_of_the_same_look_are_kept(line):
    page = f"{TITLE}\n\n{BODY}\n\n{line}\n\n{MORE}\n\n{LAST}"
    doc = split_document(page)
    assert removed(doc) == []
    assert line in doc["text"].splitlines()


def test_names_with_names_caption_under_the_headline():
    caption = "President Ana Silva of Peru, with Chilean President Rosa Quispe at the palace in Lima on Monday."
    doc = split_document(f"{TITLE}\n\n{caption}\n\n{BODY}\n\n{MORE}\n\n{LAST}")
    assert removed(doc) == [(2, "caption")]


def test_two_reporters_under_the_headline_and_key_points_above_the_story():
    page = (
        f"{TITLE}\nAna Silva and Rosa Quispe\n"
        "• Both navies will share radar data along the maritime border.\n"
        "• Chile denies fishing in Peruvian waters.\n"
        f"{BODY}\n{MORE}"
    )
    assert removed(split_document(page)) == [(1, "byline"), (2, "standfirst"), (3, "standfirst")]


def test_a_bulleted_list_amid_the_story_stays():
    page = f"{TITLE}\n{BODY}\n• Both navies will share radar data along the maritime border.\n• Chile will open two ports.\n{MORE}"
    assert removed(split_document(page)) == []


def test_subtitle_under_the_headline_above_the_byline():
    page = f"{TITLE}\nBoth navies will share radar data along the maritime border\nBy Ana Silva\nMarch 3, 2025\n{BODY}\n{MORE}"
    assert removed(split_document(page)) == [(1, "standfirst"), (2, "byline"), (3, "metadata")]


def test_subtitle_under_the_headline_above_a_datelined_lead():
    page = f"{TITLE}\nBoth navies will share radar data along the maritime border\n\nLIMA, March 3. /Andina/. {BODY}\n\n{MORE}"
    assert removed(split_document(page)) == [(1, "standfirst")]
    page = f"{TITLE}\nBoth navies will share radar data along the maritime border\n\n{BODY}\n\n{MORE}"
    assert removed(split_document(page)) == []


def test_a_city_alone_in_the_page_header_is_removed_and_above_the_lead_it_is_the_dateline():
    header = f"{TITLE}\nLIMA\nPublished March 3 2025 18:02:00\n{BODY}\n{MORE}"
    doc = split_document(header)
    assert removed(doc) == [(1, "metadata"), (2, "metadata")]
    lead = f"{TITLE}\n\nLIMA\n\n{BODY}\n\n{MORE}"
    doc = split_document(lead)
    assert removed(doc) == []
    assert (doc["dateline"]["place"], doc["dateline"]["text"]) == ("Lima", "LIMA")
    assert doc["text"][doc["dateline"]["start"] : doc["dateline"]["end"]] == "LIMA"


def test_other_headlines_after_the_body_without_a_heading():
    page = (
        f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n"
        "Peru, Ecuador sign five fisheries documents\n"
        "Chilean navy chief pays official visit to Lima\n"
        "Tags: Peru, Chile, fisheries\n"
    )
    assert removed(split_document(page)) == [(6, "related"), (7, "related"), (8, "hashtags")]


@pytest.mark.parametrize(
    ("last", "after"),
    [
        ("Peru, Ecuador sign five fisheries documents", ""),  # nothing after it: the story's own last line
        ("Peru and Chile have agreed to share radar data and to set up a joint f", "© 2025 Andes Courier"),
        ("The ministers also discussed plans for joint patrols in the waters off", "© 2025 Andes Courier"),
        ("Chile has also asked Peru for access to its port data", "© 2025 Andes Courier"),  # a sentence
    ],
)
def test_a_last_line_that_is_no_other_headline_stays(last, after):
    doc = split_document(f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{last}\n\n{after}")
    assert last in doc["text"].splitlines()


@pytest.mark.parametrize(
    "opening",
    [
        "LIMA",
        "LIMA\nShare | Email",
        "LIMA\n\nBy Ana Silva",
        "RELATED TOPICS AND MORE STORIES\n\nPeru and Chile agreed on Monday to share data.",
        "However, Russia — which hosts the talks — disagreed.",
    ],
)
def test_a_city_alone_without_a_lead_and_a_comma_clause_are_no_datelines(opening):
    assert find_dateline(opening) is None


def test_a_day_and_a_time_under_the_headline_are_metadata():
    page = f"{TITLE}\nMarch 3, 18:02 UTC-5\n{BODY}\nOn March 3, 18:02 was the hour the talks began, officials said.\n{MORE}"
    assert removed(split_document(page)) == [(1, "metadata")]


def test_published_line_under_the_story():
    assert find_published(f"{TITLE}\n{BODY}\n{MORE}\nPublished in Andes Courier, March 4th, 2025\n© Andes Courier") == "2025-03-04"


def test_published_date_without_a_space_after_the_comma():
    assert find_published(f"{TITLE}\nBy AC - May 13,2024 - Last updated at May 13,2024\n{BODY}") == "2024-05-13"
