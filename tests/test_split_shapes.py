"""dipkit split: boilerplate shapes of less familiar sites, and the body lines of the same look that must stay.

Captions closed by a short credit in brackets, reading-time and paywall widgets, bylines without "By"
and bare outlet names, related blocks under other headers, trailing tag blocks, and author appeals.
"""

from __future__ import annotations

import pytest

from dipkit.split import split_document

TITLE = "Peru and Chile agree to expand fisheries patrols"
BODY = "The two delegations met in Lima on Monday and agreed to set up a joint working group on fisheries."
MORE = "Officials said the group would report back to both governments within three months."


def removed(doc: dict) -> list[tuple[int, str]]:
    return [(r["line"], r["reason"]) for r in doc["removed"]]


@pytest.mark.parametrize(
    "line, reason",
    [
        # a caption sentence closed by a short credit that no photo-credit pattern knows
        ("Foreign Minister Ana Silva with her Chilean counterpart in Lima on Monday. (Andina)", "caption"),
        ("President Boluarte greets the Chilean delegation at the palace. (Presidencia Peru)", "caption"),
        ("Ana Silva and Rosa Quispe in Lima, Peru, on Oct. 6, 2025. (Rosa Quispe / Telegram)", "caption"),
        ("Ministers arrive for the talks at the Torre Tagle palace (Luis Rojas / X)", "caption"),
        ("The ministers sign the fisheries accord in Lima on Monday. (Andina photo)", "caption"),
        # promotion, paywall and widget lines
        ("Read 5 free articles a month when you register", "subscribe"),
        ("You have 2 free articles left this month", "subscribe"),
        ("For more stories on the region, visit asiawire.com.", "subscribe"),
        ("For the latest news on the Andes, follow us on WhatsApp.", "subscribe"),
        ("Subscribe to Asia Wire Plus for full access to our archive.", "subscribe"),
        ("Copy embed code", "navigation"),
        ("Copy and paste this link to share the video:", "navigation"),
        ("Est. 6 min", "navigation"),
        ("Estimated reading time: 5 minutes", "navigation"),
        ("Mar 3, 2025 · 4 min read", "navigation"),
        ("Link copied!", "navigation"),
        ("Email the author", "navigation"),
        ("You've reached your free article limit.", "subscribe"),
        ("Sign up for free to continue reading", "subscribe"),
        ("Unlock this article", "subscribe"),
        # author notes and appeals
        ("A note from the editor:", "author"),
        ("Hello, I'm Ana Silva, thank you for reading our coverage of the Andes.", "appeal"),
        ("If you value our journalism, join the readers who fund it.", "appeal"),
        ("Please consider becoming a member to keep this site free.", "appeal"),
        ("Enjoyed this story? Pass it on to a friend.", "appeal"),
        # related headers in other words
        ("Read Other Stories", "related"),
        ("More Headlines", "related"),
        ("You may also be interested in", "related"),
    ],
)
def test_boilerplate_shapes(line, reason):
    page = f"{TITLE}\n\n{BODY}\n\n{line}\n\n{MORE}"
    doc = split_document(page)
    assert removed(doc) == [(4, reason)]
    assert line not in doc["text"]


@pytest.mark.parametrize(
    "line",
    [
        # sentences that end with a bracket, or tell the story, are no captions
        "The three states left the Economic Community of West African States (ECOWAS).",
        "The ministers met in Lima on Tuesday, officials said. (AFP)",
        "Fish exports rose sharply in March, the statistics office reported. (Andina)",
        "Talks resumed on Monday. Both sides were upbeat. (Andina)",
        "Ana Silva met Rosa Quispe in Lima on Monday. “We are neighbours,” she said. (Andina)",
        "Talks with the Pacific Alliance (PA)",
        # the vocabulary of appeals and widgets inside real sentences
        "“If you enjoy the work of diplomacy, you learn patience,” the envoy said.",
        "“We ask the council to please consider supporting the resolution,” he said.",
        "For more than a decade, fishermen from both countries have been forbidden to visit the reef.",
        "The vote took 15 minutes.",
        "Other news agencies reported the meeting later.",
        # short one-line paragraphs and headings amid the story
        "The talks will resume in May.",
        "Background",
        "Ana Silva",
        "Rescue Team",
    ],
)
def test_body_lines_of_the_same_look_are_kept(line):
    page = f"{TITLE}\n\n{BODY}\n\n{line}\n\n{MORE}"
    doc = split_document(page)
    assert removed(doc) == []
    assert line in doc["text"].splitlines()


def test_summary_above_the_byline_and_date_is_a_standfirst_and_the_lone_name_a_byline():
    page = (
        f"{TITLE}\n"
        "The two neighbours will share radar data and hold joint drills, officials say.\n"
        "Rosa Quispe\n"
        "Published at : March 4, 2025\n\n"
        f"LIMA: {BODY}\n\n{MORE}\n"
    )
    doc = split_document(page)
    assert removed(doc) == [(1, "standfirst"), (2, "byline"), (3, "metadata")]
    assert doc["text"] == f"{TITLE}\n\nLIMA: {BODY}\n\n{MORE}"
    assert doc["published"] == "2025-03-04"


@pytest.mark.parametrize("label", ["Synopsis", "Key points:", "HIGHLIGHTS"])
def test_a_labelled_summary_above_the_story_is_a_standfirst(label):
    page = (
        f"{TITLE}\nBy Rosa Quispe | Updated: Mar 04, 2025, 10:15 AM IST\n{label}\n"
        "The two neighbours will share radar data and hold joint drills under a deal signed in Lima.\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    doc = split_document(page)
    assert removed(doc) == [(1, "byline"), (2, "standfirst"), (3, "standfirst")]
    assert doc["text"] == f"{TITLE}\n\n{BODY}\n\n{MORE}"


def test_a_summary_label_with_no_story_after_it_keeps_the_text():
    page = f"{TITLE}\nSummary\n{BODY} {MORE}\n"
    assert removed(split_document(page)) == []


def test_a_short_first_paragraph_without_a_byline_block_after_it_stays():
    first = "The two neighbours will share radar data and hold joint drills, officials say."
    page = (
        f"{TITLE}\nBy Rosa Quispe\nPublished at : March 4, 2025\n\n{first}\n\n"
        "Ana Silva and Rosa Quispe in Lima on Monday. (Andina)\n\n"
        f"{BODY}\n\n{MORE}\n"
    )
    doc = split_document(page)
    assert removed(doc) == [(1, "byline"), (2, "metadata"), (6, "caption")]
    assert first in doc["text"].splitlines()


@pytest.mark.parametrize(
    "line, reason",
    [("Written by Rosa Quispe", "byline"), ("Updated 3 hours ago", "metadata"), ("Rosa Quispe", None)],
)
def test_a_first_paragraph_followed_by_a_lone_byline_or_date_is_no_standfirst(line, reason):
    page = f"{TITLE}\n{BODY}\n{line}\n{MORE}\n"
    doc = split_document(page)
    assert removed(doc) == ([(2, reason)] if reason else [])
    assert BODY in doc["text"].splitlines()


def test_a_live_page_entry_with_its_own_time_and_author_is_no_standfirst():
    page = (
        f"{TITLE}\nBy Rosa Quispe\nPublished at : March 4, 2025\n\n"
        f"{BODY}\n\nUpdated: 10:30 GMT\nBy Ana Silva\n\n{MORE}\n"
    )
    doc = split_document(page)
    assert [reason for _, reason in removed(doc)] == ["byline", "metadata", "metadata", "byline"]
    assert BODY in doc["text"].splitlines()


def test_reading_time_line_gives_the_published_date():
    page = f"{TITLE}\nby Rosa Quispe\nMar 3, 2025 · 4 min read\n\n{BODY}\n\n{MORE}\n"
    doc = split_document(page)
    assert doc["published"] == "2025-03-03"
    assert removed(doc) == [(1, "byline"), (2, "navigation")]


def test_outlet_name_of_the_url_host_and_a_newsroom_byline():
    page = (
        "Andes Daily\nPolitics\n"
        f"{TITLE}\n"
        "Redacción Andes Daily\n"
        "Updated: 04/03 - 2025 10:15 GMT\n\n"
        f"{BODY}\n\n{MORE}\n\n"
        "The Andes Daily\n"
    )
    doc = split_document(page, url="https://www.andesdaily.com/2025/03/04/peru-chile-fisheries/")
    assert doc["title"] == TITLE
    assert removed(doc) == [(0, "navigation"), (1, "navigation"), (3, "byline"), (4, "metadata"), (10, "agency")]
    # without the URL the site's name under the story is a name line after the story: a byline
    assert removed(split_document(page))[-1] == (10, "byline")


@pytest.mark.parametrize(
    "url, kept",
    [
        ("https://www.thelimacourier.com/world/peru-chile/", False),
        ("https://news.limacourier.co.pe/world/peru-chile/", False),
        ("https://www.courier.com/world/peru-chile/", True),
        ("https://lc.pe/world/peru-chile/", True),
    ],
)
def test_site_name_as_the_url_host_spells_it(url, kept):
    page = f"{TITLE}\n\n{BODY}\n\nThe Lima Courier\n\n{MORE}\n"
    doc = split_document(page, url=url)
    assert removed(doc) == ([] if kept else [(4, "agency")])


def test_newsroom_words_amid_the_story_stay():
    page = f"{TITLE}\n\n{BODY}\n\nRescue Team\n\n{MORE}\n\nAsia Wire Staff\n"
    doc = split_document(page)
    assert removed(doc) == [(8, "byline")]
    assert "Rescue Team" in doc["text"].splitlines()


def test_related_block_under_another_header():
    page = (
        f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n"
        "Read Other Stories\n"
        "Ecuador to host Pacific fisheries summit in June\n"
        "Bolivia and Peru sign lake accord\n"
    )
    doc = split_document(page)
    assert removed(doc) == [(6, "related"), (7, "related"), (8, "related")]
    assert doc["text"] == f"{TITLE}\n\n{BODY}\n\n{MORE}"


def test_trailing_tag_block_of_one_word_topics_and_names():
    page = (
        f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n"
        "Join our WhatsApp channel for the latest updates\n"
        "Andes\n"
        "Dina Boluarte\n"
        "APEC\n"
    )
    doc = split_document(page)
    assert removed(doc) == [(6, "subscribe"), (7, "hashtags"), (8, "byline"), (9, "hashtags")]
    assert doc["text"] == f"{TITLE}\n\n{BODY}\n\n{MORE}"


def test_a_one_word_line_closing_the_story_alone_stays():
    page = f"{TITLE}\n\n{BODY}\n\n{MORE}\n\nUpdate\n"
    assert removed(split_document(page)) == []


def test_author_note_and_appeal_after_the_story():
    page = (
        f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n"
        "A note from the author:\n"
        "Hi, I'm Rosa Quispe. Thank you for reading. If you value our reporting, please consider supporting us.\n"
    )
    assert removed(split_document(page)) == [(6, "author"), (7, "appeal")]
