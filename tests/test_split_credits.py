"""dipkit split: "Author:" bylines, a site's slogan above the headline, photo credits without brackets
("... UN Photo/Ana Silva"), a caption above its "©" credit, title-case "City, Country —" and "14-7-2023 (CITY) -"
datelines, and a year-less TASS-style date completed by the year the page states elsewhere."""

from __future__ import annotations

import pytest

from dipkit.split import split_document
from dipkit.split.boilerplate import line_reason
from dipkit.split.dateline import find_dateline
from dipkit.split.published import find_published, page_year

from tests.test_split_shapes import BODY, MORE, TITLE, removed


@pytest.mark.parametrize(
    "line",
    [
        "Author: Ana Silva",
        "Author: Ana Silva, Senior Fellow at the Andes Institute",
        "Author: Ana Silva, a senior fellow at the Andes Institute",
        "Authors: Ana Silva and Rosa Quispe",
        "Written by Ana Silva",
    ],
)
def test_an_author_line_is_a_byline(line):
    assert line_reason(line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Author: the minister said the accord was fair.",
        "The author: a profile of the envoy",
        "Author: the minister, who spoke on Monday",
    ],
)
def test_a_sentence_after_author_stays(line):
    assert line_reason(line) is None


def test_the_headline_the_page_repeats_wins_over_the_site_slogan_above_it():
    page = f"Andes Courier | Voices of the region Stories that matter\n{TITLE}\n{TITLE}\n{BODY}\n{MORE}\n"
    doc = split_document(page)
    assert doc["title"] == TITLE
    assert removed(doc) == [(0, "navigation"), (2, "repeated-headline")]
    assert doc["text"] == f"{TITLE}\n\n{BODY}\n{MORE}"


def test_a_slogan_line_without_a_repeated_headline_below_stays_first():
    page = f"Andes Courier — Voices of the region\n{BODY}\n{MORE}\n"
    assert split_document(page)["title"] == "Andes Courier — Voices of the region"


@pytest.mark.parametrize(
    "line",
    [
        "Foreign ministers pose for a group photo in Geneva on Tuesday. UN Photo/Ana Silva",
        "Ana Silva greets Rosa Quispe at the palace in Lima. Reuters/Luis Rojas",
        "The delegations at the start of talks on Monday. Photo: AFP/Rosa Quispe",
        "Delegates listen during the session. Andes Photos/Luis Rojas",
        "A view of the hall where the ministers met. Luis Rojas/Reuters",
        "UN Photo/Ana Silva",
        "Ana Silva/UN Photo",
    ],
)
def test_a_caption_closed_by_an_outlet_and_a_photographer_is_removed(line):
    assert line_reason(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Sales rose in the third quarter. Sales/Marketing Director",
        "The talks went on late. Africa/Middle East",
        "A view of the hall where the ministers met. Luis Rojas/Andes Courier",
        "Israel/Palestine",
    ],
)
def test_a_slash_between_other_words_stays(line):
    assert line_reason(line) is None


def test_a_description_above_its_copyright_credit_is_a_caption():
    page = (
        f"{TITLE}\n"
        "The Chilean delegation also included the fisheries minister and two deputies\n"
        "© Ana Silva/Andes Photo Agency\n"
        f"{BODY}\n{MORE}\n"
    )
    doc = split_document(page)
    assert removed(doc)[:2] == [(1, "caption"), (2, "copyright")]
    assert doc["text"] == f"{TITLE}\n\n{BODY}\n{MORE}"


@pytest.mark.parametrize(
    "opening, place, date",
    [
        ("Niamey, Niger — The junta said on Monday that it would expel the envoy.", "Niamey", None),
        ("Dar es Salaam, Tanzania - The talks opened on Monday.", "Dar es Salaam", None),
        ("Abu Dhabi, UAE — The talks opened on Monday.", "Abu Dhabi", None),
        ("14-7-2023 (JAKARTA) - Indonesia and Malaysia agreed on Friday to settle the border.", "Jakarta", "14-7-2023"),
        ("14-7-2023 (JAKARTA) Indonesia and Malaysia agree to settle the border", "Jakarta", "14-7-2023"),
        ("ANTALYA, Türkiye\nThe foreign ministers of the three countries met in Antalya on Thursday for talks.", "Antalya", None),
    ],
)
def test_title_case_city_and_country_and_a_date_before_the_place_are_datelines(opening, place, date):
    found = find_dateline(opening)
    assert (found["place"], found["date"], found["source"]) == (place, date, None)
    assert opening[found["start"] : found["end"]] == found["text"]


@pytest.mark.parametrize(
    "opening",
    [
        "Dar es Salaam. The president met the delegation on Monday in the city.",
        "Officials, Diplomats — a guide to the summit",
        "Russia, Ukraine - the talks so far",
        "Clearly, Iran — which hosts the talks — disagreed.",
        "Meanwhile, Peru — which chairs the forum — abstained.",
    ],
)
def test_a_comma_before_a_word_that_is_no_country_is_no_dateline(opening):
    assert find_dateline(opening) is None


TASS_PAGE = f"{TITLE}\nFebruary 18, 20:35 UTC+3\nLIMA, February 18. /TASS/. {BODY}\n{MORE}\n"


def test_a_year_less_date_takes_the_year_of_the_copyright_line():
    page = TASS_PAGE + "© TASS 1999-2025. All rights reserved.\n"
    assert find_published(page, "https://tass.com/world/1") == "2025-02-18"


def test_a_year_less_date_takes_the_year_of_a_url_segment():
    assert find_published(TASS_PAGE, "https://example.org/2024/world/peru-chile") == "2024-02-18"


def test_a_year_less_date_without_a_stated_year_gives_no_published_date():
    assert find_published(TASS_PAGE, "https://tass.com/world/1") is None


def test_a_year_in_a_sentence_is_no_page_year():
    assert page_year(f"{BODY}\nThe accord of 2019 expires next year.\n") is None


@pytest.mark.parametrize("line", ["PTI, Moscow,", "IANS, New Delhi:", "Reuters, Washington"])
def test_an_agency_with_the_city_it_filed_from_is_a_byline(line):
    assert line_reason(line) == "byline"


@pytest.mark.parametrize("line", ["Reuters, the agency said", "PTI, Moscow, said it"])
def test_an_agency_opening_a_sentence_stays(line):
    assert line_reason(line) is None


def test_a_weekday_is_no_dateline_place_so_a_date_line_above_the_headline_goes():
    assert find_dateline("Wednesday, 13 Sep 2017\nThe ministers met in Lima on Tuesday to sign the accord.") is None
    page = f"Nation | World | Business | Sport\nWednesday, 13 Sep 2017\n\n{TITLE}\n\n{BODY}\n"
    doc = split_document(page)
    assert doc["title"] == TITLE
    assert doc["published"] == "2017-09-13"
    assert removed(doc) == [(0, "navigation"), (1, "metadata")]


def test_a_byline_with_the_outlet_s_web_address_gives_the_published_day():
    assert find_published(f"{TITLE}\nBy ANA SILVA | lima-news.com.pe | Updated: 2019-08-13 07:26\n{BODY}\n") == "2019-08-13"


@pytest.mark.parametrize("line", ["Joint media release", "Press release", "Media statement"])
def test_a_release_label_is_metadata(line):
    assert line_reason(line) == "metadata"


def test_a_blog_s_posted_line_with_the_author_s_handle_is_metadata():
    assert line_reason("Posted on June 12, 2020 by siteadmin — Leave a Comment") == "metadata"
    assert line_reason("Posted on June 12, 2020 by the spokesman who said the talks went well") is None


def test_a_long_headline_without_a_full_stop_above_the_story_is_the_title():
    headline = (
        "Peru warns Chile it would be at the back of the line for a fisheries deal if it leaves the pact"
        " as its minister lunches with the president and holds talks with envoys from both coasts"
    )
    page = f" date 2016-04-22\n{headline}\nBy STAFF REPORTER\n\n{BODY} {MORE}\n\n{MORE} {BODY}\n"
    doc = split_document(page)
    assert doc["title"] == headline
    assert doc["text"].startswith(headline + "\n")  # (the headline stays in the text, as the page has it)


def test_a_date_line_with_the_time_glued_to_the_year_is_metadata():
    assert line_reason("February 18, 202516:05") == "metadata"
    assert find_published(f"{TITLE}\nFebruary 18, 202516:05\n{BODY}\n") == "2025-02-18"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("HOME | Caribbean", "navigation"),
        ("Adjust font size:", "navigation"),
        ("0 12 0 0", "share"),
        ("Xinhua, September 8, 2017", "metadata"),
        ("Peruvian President Dina Boluarte in Lima. [Shutterstock]", "caption"),
    ],
)
def test_header_furniture_of_more_sites(line, reason):
    assert line_reason(line) == reason


def test_a_city_and_date_alone_on_a_line_still_opens_the_story():
    assert line_reason("New Delhi, May 16, 2024") is None
    assert line_reason("Talks resumed in Lima on Monday after a pause [updated]") is None


def test_a_city_in_capitals_and_its_country_alone_above_the_lead_is_the_dateline_and_stays():
    page = (
        "Ruto hosts Abiy for talks on the port deal\nAna Silva | 16.09.2022 - Update : 16.09.2022\n\n"
        "NAIROBI, Kenya\n\nKenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on Friday "
        "at State House.\n\nThe two leaders agreed to speed up the port deal."
    )
    doc = split_document(page)
    assert (doc["dateline"]["place"], doc["dateline"]["text"]) == ("Nairobi", "NAIROBI, Kenya")
    assert "NAIROBI, Kenya" in doc["text"].splitlines()


def test_a_heading_in_capitals_with_a_comma_is_no_dateline():
    assert find_dateline("TOKYO, Officials Say\nThe two leaders met in Tokyo on Friday and agreed to expand trade.") is None
