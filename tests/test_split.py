"""dipkit split: titles, publication dates, datelines, boilerplate, units, and the record contract."""

from __future__ import annotations

import gzip

import pytest

from dipkit.split import split_document
from dipkit.split.boilerplate import _lowercase_pattern
from dipkit.split.data import table
from dipkit.split.dateline import find_dateline
from dipkit.split.published import find_published, url_date
from tests.conftest import EXAMPLES, invoke, jsonl, records

PAGE = """Home | World | Asia
Vietnam and Indonesia agree to expand coast guard cooperation
Published: Oct 28, 2023 11:10 AM
Vietnam and Indonesia agree to expand coast guard cooperation
By Linh Tran
Share on Facebook | Share on X | WhatsApp
Foreign Minister Bui Thanh Son and his Indonesian counterpart Retno Marsudi pose in Hanoi. (Photo: VNA/Minh Duc)

HANOI, Oct. 27 (Asia Wire) -- Vietnam and Indonesia agreed on Friday to step up joint coast guard patrols in the South China Sea, Foreign Minister Bui Thanh Son said.

"We share the same sea and the same concerns," Son told reporters after the talks.

Marsudi said the two sides would meet again in Jakarta next year.

Related
Philippines, Vietnam hold maritime talks
ASEAN ministers to meet in Jakarta

#Vietnam #Indonesia #ASEAN
Join our WhatsApp channel for the latest updates
"""

CLEAN = """Vietnam and Indonesia agree to expand coast guard cooperation

HANOI, Oct. 27 (Asia Wire) -- Vietnam and Indonesia agreed on Friday to step up joint coast guard patrols in the South China Sea, Foreign Minister Bui Thanh Son said.

"We share the same sea and the same concerns," Son told reporters after the talks.

Marsudi said the two sides would meet again in Jakarta next year."""


def split_page(text: str, *args: str, **fields) -> dict:
    [record] = records(invoke(["split", *args], jsonl({"id": "page", "text": text, **fields})).stdout)
    return record


def test_page_is_split_into_title_date_dateline_and_clean_text():
    doc = split_page(PAGE)
    assert doc["title"] == "Vietnam and Indonesia agree to expand coast guard cooperation"
    assert doc["published"] == "2023-10-28"
    assert doc["text"] == CLEAN
    dateline = doc["dateline"]
    assert {k: dateline[k] for k in ("place", "date", "source", "text")} == {
        "place": "Hanoi",
        "date": "Oct. 27",
        "source": "Asia Wire",
        "text": "HANOI, Oct. 27 (Asia Wire) --",
    }
    assert doc["text"][dateline["start"] : dateline["end"]] == dateline["text"]


def test_every_removed_line_is_listed_with_its_number_text_and_reason():
    doc = split_page(PAGE)
    lines = PAGE.splitlines()
    assert [(r["line"], r["reason"]) for r in doc["removed"]] == [
        (0, "navigation"),
        (2, "metadata"),
        (3, "repeated-headline"),
        (4, "byline"),
        (5, "share"),
        (6, "caption"),
        (14, "related"),
        (15, "related"),
        (16, "related"),
        (18, "hashtags"),
        (19, "subscribe"),
    ]
    assert all(r["text"] == lines[r["line"]] for r in doc["removed"])


def test_nothing_is_lost_kept_and_removed_lines_make_up_the_page():
    doc = split_page(PAGE)
    removed = {r["line"] for r in doc["removed"]}
    kept = [line.strip() for i, line in enumerate(PAGE.splitlines()) if i not in removed and line.strip()]
    assert kept == [line for line in doc["text"].splitlines() if line]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("Text size A A A | Print | Listen to this article", "navigation"),
        ("Share this article: Facebook Twitter LinkedIn Email", "share"),
        ("Print Mail Large Medium Small", "share"),
        ("Follow us on Google News | Subscribe to our newsletter", "subscribe"),
        ("Join our WhatsApp Channel for breaking news updates", "subscribe"),
        ("We use cookies to improve your experience. By continuing you accept our cookie policy.", "cookie"),
        ("President Ruto (L) greets Prime Minister Abiy in Addis Ababa. FILE PHOTO: REUTERS/Staff", "caption"),
        ("Ministers pose for a group photo in Jakarta on Friday. (Xinhua/Li Wei)", "caption"),
        ("The two leaders shake hands before their talks in Brasilia. — AP", "caption"),
        ("(Reporting by Ana Silva; Editing by Tom Hale)", "byline"),
        ("By Priya Nair and Omar Haddad", "byline"),
        ("Gulf News Agency", "agency"),
        ("PTI", "agency"),
        ("(Web editor: Zhang Min, Liu Fang)", "editor"),
        ("About the Author Asia Wire brings you news from the region and beyond.", "author"),
        ("Updated on 2024-01-31 | 08:15 GMT", "metadata"),
        ("Tue 9th April 2024 | 11:45 AM", "metadata"),
        ("© 2025 Asia Wire. All rights reserved.", "copyright"),
        ("Leave a Comment", "comments"),
        ("Advertisement", "advert"),
        ("Read more: Ministers meet in Hanoi to discuss fisheries", "related"),
        ("#Kenya #Ethiopia #AU", "hashtags"),
        ("BY AMINA YUSUF AP Diplomatic Writer", "byline"),
        ("By Li Wei | asiawire.com | Updated: 2023-10-28 10:05", "byline"),
        ("Amina Yusuf and Tom Hale contributed to this report.", "byline"),
        ("Updated 2 hours ago", "metadata"),
        ("Published in Asia Wire, October 28th, 2023", "metadata"),
        ("Source: Asia Wire | 2023-10-28 11:10:05 | Editor: staff", "metadata"),
        ("(This story has not been edited by Asia Wire staff and is auto-generated from a syndicated feed.)", "disclaimer"),
        ("Image source, Getty Images", "caption"),
        ("President Ruto, also chair of the bloc, meets Prime Minister Abiy in Addis Ababa, Feb. 15, 2025.", "caption"),
        ("Photo taken on Feb. 15, 2025 shows the venue of the summit in Addis Ababa.", "caption"),
        ("[1/3] Ministers attend a meeting in Hanoi, Vietnam. REUTERS/Linh Pham", "caption"),
        ("https://asiawire.example/a1b2c3", "navigation"),
        ("Comments (12)", "comments"),
        ("Facebook", "share"),
        ("News | Politics", "navigation"),
        ("(ANI)", "agency"),
        ("AFP/File", "caption"),
        ("Cancel reply", "comments"),
        ("Photos", "navigation"),
        ("View in full here.", "navigation"),
        ("Read Time: 2 mins", "navigation"),
        ("Tags: Kenya, Ethiopia, African Union", "hashtags"),
        # site metadata labels, wire markers and contact lines
        ("Keywords", "hashtags"),
        ("Countries", "metadata"),
        ("Publication status", "metadata"),
        ("Filed under: Diplomacy, Trade", "hashtags"),
        ("Direct link: https://asiawire.example/news/4471", "navigation"),
        ("(END)", "wire"),
        ("-30-", "wire"),
        ("(ATTN: UPDATES with minister's remarks in paras 3-4)", "wire"),
        ("(Adds quotes from the foreign ministry in paragraphs 5-6)", "wire"),
        ("desk.lima@asiawire.com", "byline"),
        ("Contact: newsroom@asiawire.com", "byline"),
        # outlet footers and about-us lines
        ("Asia Wire, Pacific News Agency", "agency"),
        ("Asia Wire website contains only a portion of the stories offered to subscribers of its wire service.", "disclaimer"),
        ("Opinions expressed are those of the author.", "disclaimer"),
        ("Support independent journalism", "about"),
        ("Become a member", "about"),
        ("Have a news tip? Email us at tips@asiawire.com", "about"),
        ("Main image credit: Foreign Ministry/X", "caption"),
        ("Featured image: Ministry of Foreign Affairs", "caption"),
        # share, licensing and link lines
        ("Click to share on LinkedIn (Opens in new window)", "share"),
        ("Full text of the treaty, opens new tab", "navigation"),
        ("Buy Licensing Rights, opens new tab", "copyright"),
        ("Reprints & Permissions", "copyright"),
        ("Privacy Policy", "navigation"),
        ("Report an error", "navigation"),
        ("\u2191 Back to top of page", "navigation"),
        # captions and credits in other outlets' formats
        ("Foreign Minister Ana Silva © Pedro Gomes/Asia Wire", "caption"),
        ("President Ruto receives the Ethiopian delegation in Nairobi [File: Kenya State House/Handout via AFP]", "caption"),
        ("Ministers pose for a photo in Lima [Luis Rojas/AP Photo]", "caption"),
        ("Ana Silva greets her counterpart at the palace. (Asia Wire: Luis Rojas)", "caption"),
        ("Ana Silva greets her counterpart at the palace. (Supplied)", "caption"),
        ("Image 1 of 4", "caption"),
        ("1200x800", "caption"),
        # bylines without "By", page furniture
        ("asiawire.com | Ana Silva", "byline"),
        ("Asia Wire | Ana Silva", "byline"),
        ("Get the latest news delivered to your inbox", "subscribe"),
        ("Get it on Google Play", "subscribe"),
        ("Already a subscriber? Log in", "subscribe"),
        ("Advertisement - Scroll to continue", "advert"),
        ("Story continues below this ad", "advert"),
        ("Listen \u00b7 3:12 min", "navigation"),
        ("Full story 5 comments", "comments"),
        ("We use cookies to personalise content and ads.", "cookie"),
        ("Editor's picks", "related"),
        ("Latest", "related"),
        ("Most shared", "related"),
        ("Also on Asia Wire", "related"),
        ("Show more", "navigation"),
        ("Scroll down for video", "navigation"),
        ("Accept all cookies", "cookie"),
        ("Sign in to comment", "comments"),
        ("Follow @AsiaWire on X", "subscribe"),
        ("Start your free trial", "subscribe"),
        ("Sign up for our Andes briefing", "subscribe"),
        ("Promoted", "advert"),
        ("Translated by Rosa Quispe", "byline"),
        ("Asia Wire is an independent, reader-funded news site.", "about"),
    ],
)
def test_boilerplate_line_kinds(line, reason):
    page = f"Leaders agree to deepen trade ties at regional talks\n\n{line}\n\nThe two delegations met in the capital on Monday and agreed to set up a working group on trade."
    doc = split_document(page)
    assert [(r["line"], r["reason"]) for r in doc["removed"]] == [(2, reason)]
    assert line not in doc["text"]


@pytest.mark.parametrize(
    "line",
    [
        "New Delhi, May 16",
        "Armored train",
        "The talks were held on May 5, 2024, in the capital.",
        "By the end of the day, both sides had agreed to meet again in Cairo.",
        "“We will keep talking,” the minister said.",
        "By contrast, Hanoi has kept its talks with Beijing quiet",
        "Save the Children said aid deliveries had resumed on Tuesday.",
        "Popular support for the agreement remains high in both countries.",
        "The two sides held talks in Addis Ababa on Feb. 15, 2025.",
        "The minister said he meets his counterpart regularly, most recently on 5 March 2024.",
        "The senator, Jane Doe (R-Utah), said the talks should go on",
        "Aid reached the city on Monday, officials said, as the convoy crossed the border from the north. "
        "The ministers met in the capital the same day to discuss the next steps, and agreed to meet again "
        "in Geneva next month to review progress on the corridor and the release of detainees held by both sides. "
        "[Photo by Ana Silva / Asia Wire]",
        # sentences with the vocabulary of share, follow, about-us and credit lines
        "The minister said she would share the findings with her counterparts next week.",
        "Officials will follow up on the agreement in talks next month.",
        "“We will follow the roadmap,” the minister said.",
        "Share prices in Tokyo rose after the announcement.",
        "The pipeline is operated by a consortium of state firms.",
        "The shelter is run by volunteers and funded by donations from the diaspora.",
        "The foreign ministry's website contains the full text of the statement.",
        "Support for independent journalism has grown in the region, the report said.",
        "Comments by the minister drew criticism from Beijing.",
        "Trending upward, trade between the two rose 12 percent last year.",
        "Topics on the agenda included trade, migration and security.",
        "The deal was signed at 17:30 local time.",
        "The assembly approved the budget [for 2023/24]",
        "Lima, Peru",
        "10:10 a.m.",
        "People",
        "Follow @AsiaWire's reporting on the summit was widely shared.",
        "By signing up to the accord, Peru agreed to cut tariffs.",
        "(Updates were expected later in the day.)",
        "Reporting by local media suggested the talks had stalled.",
        "Also on Tuesday, the ministers met in Geneva.",
        "Most shared the view that talks should continue.",
        "Sponsored by Japan, the resolution passed with 120 votes.",
        "Show more flexibility, the envoy urged both sides.",
    ],
)
def test_body_lines_that_look_like_boilerplate_are_kept(line):
    page = f"Leaders agree to deepen trade ties at regional talks\n\n{line}\n\nThe two delegations met in the capital on Monday and agreed to set up a working group on trade."
    doc = split_document(page)
    assert doc["removed"] == []
    assert line in doc["text"].splitlines()


def test_title_is_the_line_the_url_slug_names():
    page = (
        "Exclusive news and analysis for the region's decision makers\n"
        "Vietnam and Indonesia agree to expand coast guard cooperation\n"
        "HANOI, Oct. 27 (Asia Wire) -- Vietnam and Indonesia agreed on Friday to step up joint patrols, officials said.\n"
    )
    doc = split_document(page, "https://asiawire.example/world/vietnam-indonesia-agree-expand-coast-guard-cooperation-2023-10-27/")
    assert (doc["title"], doc["published"]) == ("Vietnam and Indonesia agree to expand coast guard cooperation", "2023-10-27")
    assert [(r["line"], r["reason"]) for r in doc["removed"]] == [(0, "navigation")]


def test_headline_that_opens_with_a_country_and_colon():
    page = "Kenya: Ruto and Abiy agree to revive the Lamu trade corridor\nNAIROBI (Asia Wire) - Kenya and Ethiopia agreed on Monday to revive the corridor.\n"
    doc = split_document(page)
    assert doc["title"] == "Kenya: Ruto and Abiy agree to revive the Lamu trade corridor"
    assert doc["dateline"]["text"] == "NAIROBI (Asia Wire) -"


def test_site_name_above_the_headline_is_not_the_title():
    page = "The Daily Courier\nKenya and Ethiopia agree to reopen border crossings\nThe two neighbours agreed on Monday to reopen three crossings closed since 2023.\n"
    doc = split_document(page)
    assert doc["title"] == "Kenya and Ethiopia agree to reopen border crossings"
    assert [(r["line"], r["reason"]) for r in doc["removed"]] == [(0, "navigation")]


def test_site_metadata_block_under_the_date_and_after_the_story():
    page = (
        "Telephone conversation with the President of Peru\n"
        "March 4, 2025\n"
        "16:45\n"
        "The Presidential Palace, Lima\n\n"
        "The two presidents discussed trade, fisheries and the coming summit of Pacific leaders in detail.\n\n"
        "They agreed to stay in contact and to ask their ministers to prepare a joint statement.\n\n"
        "Countries\n"
        "Peru\n"
        "Topics\n"
        "Foreign policy\n"
        "Publication status\n"
        "Published in section: News\n"
        "Direct link: https://asiawire.example/news/4471\n"
    )
    doc = split_document(page)
    assert [(r["line"], r["reason"]) for r in doc["removed"]] == [
        (1, "metadata"),
        (2, "metadata"),
        (3, "metadata"),
        (9, "metadata"),
        (10, "metadata"),
        (11, "hashtags"),
        (12, "hashtags"),
        (13, "metadata"),
        (14, "metadata"),
        (15, "navigation"),
    ]
    assert doc["text"] == (
        "Telephone conversation with the President of Peru\n\n"
        "The two presidents discussed trade, fisheries and the coming summit of Pacific leaders in detail.\n\n"
        "They agreed to stay in contact and to ask their ministers to prepare a joint statement."
    )


def test_wire_end_marks_contact_and_keyword_block():
    page = (
        "(LEAD) Peru, Chile agree to share fisheries data\n"
        "(ATTN: ADDS minister's remarks in paras 3-4)\n"
        "LIMA, March 4 (Asia Wire) -- Peru and Chile agreed on Tuesday to share data on anchovy stocks, officials said.\n"
        "The two ministers will meet again in Santiago in June to review the first results of the plan.\n"
        "(END)\n"
        "rosa.quispe@asiawire.com\n"
        "Tags\n"
        "Peru Chile Fisheries\n"
    )
    doc = split_document(page)
    assert doc["title"] == "(LEAD) Peru, Chile agree to share fisheries data"
    assert [(r["line"], r["reason"]) for r in doc["removed"]] == [
        (1, "wire"),
        (4, "wire"),
        (5, "byline"),
        (6, "hashtags"),
        (7, "hashtags"),
    ]


def test_bulleted_headlines_after_the_story_but_not_a_list_amid_it():
    body = "The two delegations met in the capital on Monday and agreed to set up a working group on trade."
    listed = "- Lower tariffs on farm goods from next year"
    page = (
        f"Leaders agree to deepen trade ties\n\n{body}\n{listed}\n{body} Officials welcomed it.\n\n"
        "\u2022 Ministers to meet in Quito next week\n"
        "\u2022 Peru and Chile sign a fisheries accord in Lima\n"
    )
    doc = split_document(page)
    assert [(r["line"], r["reason"]) for r in doc["removed"]] == [(6, "related"), (7, "related")]
    assert listed in doc["text"].splitlines()


def test_about_us_blurb_closes_the_page_but_the_same_shape_amid_the_body_stays():
    body = "The two delegations met in the capital on Monday and agreed to set up a working group on trade."
    about = "Asia Wire is run by a small editorial team and published by an independent, non-profit foundation."
    closing = split_document(f"Leaders agree to deepen trade ties\n\n{body}\n\n{about}\nMain image credit: Asia Wire/X\n")
    assert [(r["line"], r["reason"]) for r in closing["removed"]] == [(4, "about"), (5, "caption")]
    amid = split_document(f"Leaders agree to deepen trade ties\n\n{about}\n\n{body}\n")
    assert amid["removed"] == []


def test_vocabulary_patterns_match_the_lowercased_line_with_escapes_kept():
    assert _lowercase_pattern(r"\((?:[A-Z][\w.]*)\S\W\B REUTERS") == r"\((?:[a-z][\w.]*)\S\W\B reuters"
    assert all(len(row) == 4 and row[3] for row in table("boilerplate.tsv") if row[1] == "any")


def test_closing_author_blurb_is_removed():
    page = (
        "Leaders agree to deepen trade ties at regional talks\n\n"
        "The two delegations met in the capital on Monday and agreed to set up a working group on trade.\n\n"
        "Priya Nair is a senior diplomatic correspondent covering South Asia and the Gulf for the paper.\n"
    )
    assert [(r["line"], r["reason"]) for r in split_document(page)["removed"]] == [(4, "author")]


def test_uncredited_caption_inside_the_body_is_removed():
    page = (
        "Leaders agree to deepen trade ties at regional talks\n\n"
        "The two delegations met in the capital on Monday and agreed to set up a working group on trade.\n\n"
        "President Lula meets Chile's President Gabriel Boric at the La Moneda palace in Santiago\n\n"
        "Officials said the group would report back to both governments within three months."
    )
    assert [r["reason"] for r in split_document(page)["removed"]] == ["caption"]


def test_long_unpunctuated_line_amid_the_body_is_a_caption_but_a_question_or_a_sentence_is_not():
    body = "The two delegations met in the capital on Monday and agreed to set up a working group on trade."
    caption = "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed during their talks at the National Palace"
    question = "Why did it take the two neighbours so long to agree on a road that both of them had wanted for years?"
    unfinished = "Ruto also met the African Union Commission chairperson on the sidelines of the summit on Sunday"
    page = f"Leaders agree to deepen trade ties\n\n{body}\n\n{caption}\n\n{question}\n\n{unfinished}\n\n{body} Officials welcomed it."
    assert [(r["line"], r["reason"]) for r in split_document(page)["removed"]] == [(4, "caption")]


def test_a_paragraph_broken_over_two_lines_is_not_a_caption():
    body = "The two delegations met in the capital on Monday and agreed to set up a working group on trade."
    page = (
        f"Leaders agree to deepen trade ties\n\n{body}\n\n"
        "For his part, the Kenyan president noted that closer trade between the two neighbours would\n\n"
        "bring gains to farmers and traders on either side of the border, he said.\n\n"
        "Officials said the group would report back to both governments within three months."
    )
    assert split_document(page)["removed"] == []


def test_related_block_ends_at_the_next_paragraph():
    page = (
        "Leaders agree to deepen trade ties at regional talks\n\n"
        "The two delegations met in the capital on Monday and agreed to set up a working group on trade.\n"
        "Also Read\n"
        "Ministers to meet in Lima next month\n"
        "Opinion: why trade talks matter...\n"
        "Officials said the group would report back to both governments within three months and meet again in May.\n"
    )
    doc = split_document(page)
    assert [(r["line"], r["reason"]) for r in doc["removed"]] == [(3, "related"), (4, "related"), (5, "related")]
    assert doc["text"].endswith("within three months and meet again in May.")


def test_repeated_captions_and_hash_prefixed_headline_are_removed():
    caption = "Foreign ministers pose for a photo at the summit venue in Lima. (Andina/Luis Rojas)"
    page = (
        "Peru hosts Pacific Alliance foreign ministers\n"
        "3f9a1c2b7d4e5f60a1b2 - Peru hosts Pacific Alliance foreign ministers\n"
        f"{caption}\n"
        "Peru hosts Pacific Alliance foreign ministers | Andina\n"
        "LIMA, June 2 (Andina) -- Foreign ministers of the Pacific Alliance met in Lima on Monday to discuss trade.\n"
        f"{caption}\n"
    )
    doc = split_document(page)
    assert [(r["line"], r["reason"]) for r in doc["removed"]] == [
        (1, "repeated-headline"),
        (2, "caption"),
        (3, "repeated-headline"),
        (5, "caption"),
    ]


def test_title_drops_a_scraper_date_and_a_numeric_date_prefix_but_the_line_stays():
    doc = split_document(" date 2025-01-28 Ministers meet in Hanoi on fisheries\n\nThe ministers met on Monday and agreed to meet again.")
    assert (doc["title"], doc["published"]) == ("Ministers meet in Hanoi on fisheries", "2025-01-28")
    assert doc["text"].startswith("date 2025-01-28 Ministers meet")
    doc = split_document("14-7-2023 (LIMA) Pacific trade envoys gather in Peru for tariff talks\nEnvoys from eleven economies began two days of talks in Lima on Friday.")
    assert (doc["title"], doc["published"]) == ("Pacific trade envoys gather in Peru for tariff talks", "2023-07-14")
    assert (doc["dateline"]["place"], doc["dateline"]["text"]) == ("Lima", "14-7-2023 (LIMA)")


def test_no_title_when_the_page_opens_with_body_text():
    doc = split_document("Tribune News Service\n\nArjun Mehta\n\nNew Delhi, May 16\n\nIndia and Japan held talks on Thursday to expand defence ties, officials said.")
    assert doc["title"] is None
    assert doc["text"] == "New Delhi, May 16\n\nIndia and Japan held talks on Thursday to expand defence ties, officials said."
    assert [r["reason"] for r in doc["removed"]] == ["agency", "byline"]
    assert doc["dateline"] == {"place": "New Delhi", "date": "May 16", "source": None, "start": 0, "end": 17, "text": "New Delhi, May 16"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: Oct 28, 2023 11:10 AM", "2023-10-28"),
        ("Updated on 2024-01-31", "2024-01-31"),
        ("Xinhua) 09:38, January 28, 2025", "2025-01-28"),
        ("Tue 9th April 2024 | 11:45 AM", "2024-04-09"),
        ("Posted March 14, 2022 8:05 pm", "2022-03-14"),
        ("Published 7:12 am Tuesday, November 15, 2016", "2016-11-15"),
        ("November 12, 2014 10:00 IST", "2014-11-12"),
        ("Updated: 2015-09-25 14:25", "2015-09-25"),
        ("Published: March 2024", "2024-03"),
        ("Updated 21:47, 09-Jun-2018", "2018-06-09"),
    ],
)
def test_published_from_metadata_lines(line, expected):
    assert find_published(f"Leaders agree to deepen trade ties\n{line}\nThe two sides met on Monday.") == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/world/2025/01/28/talks-in-beijing/", "2025-01-28"),
        ("https://example.com/news/202310/talks.html", "2023-10"),
        ("http://example.com/world/2025-01/28/content_123.htm", "2025-01-28"),
        ("https://example.com/politics/2023/11/talks.html", "2023-11"),
        ("https://example.com/stories/2024/nov/28/talks/", "2024-11-28"),
        ("http://example.com/report/talks/20141112.htm", "2014-11-12"),
        ("http://example.com/india/all-india/080119/talks.html", "2019-01-08"),
        ("https://example.com/news/1363174/talks", None),
        ("https://example.com/article-12714315/talks.html", None),
    ],
)
def test_published_from_url(url, expected):
    assert url_date(url) == expected
    assert find_published("Leaders meet\nThe two sides met on Monday.", url) == expected


def test_published_line_wins_over_an_updated_line():
    text = "Leaders agree to deepen trade ties\nUpdated: Oct 30, 2023 09:00 AM\nPublished: Oct 28, 2023 11:10 AM\nThe two sides met."
    assert find_published(text) == "2023-10-28"


def test_a_numeric_published_date_reads_day_first_as_the_dates_layer_does():
    page = "Ministers sign a fisheries accord\n04/07/2023 10:15\nThe two sides met in Lima."
    assert find_published(page) == "2023-07-04"
    assert find_published("Ministers sign an accord\n4-7-2023 | 10:15\nThe two sides met.") == "2023-07-04"


def test_a_numeric_published_date_reads_month_first_when_the_page_shows_that_order():
    page = "Ministers sign a fisheries accord\n04/07/2023 10:15\nThe accord replaces the one signed 12/19/2019."
    assert find_published(page) == "2023-04-07"


def test_a_numeric_published_date_takes_the_order_the_url_confirms():
    page = "Ministers sign a fisheries accord\n04/07/2023 10:15\nThe two sides met in Lima."
    assert find_published(page, "https://example.com/en/20230407-lima-accord") == "2023-04-07"
    assert find_published(page, "https://example.com/en/20230704-lima-accord") == "2023-07-04"
    assert split_page(page, url="https://example.com/en/20230407-lima-accord")["published"] == "2023-04-07"


def test_published_from_a_dateline_with_a_year_but_never_from_one_without():
    assert find_published("ANKARA (Anka News / Sputnik - 9th April, 2024) Turkish and Iranian ministers met.") == "2024-04-09"
    assert find_published("MOSCOW, September 25./TASS/. The two presidents spoke by phone on Monday.") is None
    assert find_published("New Delhi, May 16\n\nThe two sides met.") is None


def test_title_in_the_record_wins():
    assert split_page(PAGE, title="Vietnam, Indonesia step up patrols")["title"] == "Vietnam, Indonesia step up patrols"
    assert split_page(PAGE, title="")["title"] == "Vietnam and Indonesia agree to expand coast guard cooperation"


def test_published_in_the_record_wins():
    assert split_page(PAGE, published="2023-10-30")["published"] == "2023-10-30"
    assert split_page("Talks held\n\nThe talks were held.", url="https://example.com/2021/05/04/x")["published"] == "2021-05-04"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("BEIJING, Jan. 27 (Xinhua) -- Chilean and Kenyan envoys", ("Beijing", "Jan. 27", "Xinhua", "BEIJING, Jan. 27 (Xinhua) --")),
        ("Kazan [Russia], October 23 : Prime Minister", ("Kazan [Russia]", "October 23", None, "Kazan [Russia], October 23 :")),
        ("MOSCOW, September 25./TASS/. Russian President", ("Moscow", "September 25", "TASS", "MOSCOW, September 25./TASS/.")),
        ("ASTANA /Kazakhstan/, May 4. /TASS/. The two ministers", ("Astana /Kazakhstan/", "May 4", "TASS", "ASTANA /Kazakhstan/, May 4. /TASS/.")),
        ("ISLAMABAD - Pakistan and China", ("Islamabad", None, None, "ISLAMABAD -")),
        ("MEXICO CITY — President Claudia Sheinbaum", ("Mexico City", None, None, "MEXICO CITY —")),
        ("WASHINGTON (Reuters) - The United States", ("Washington", None, "Reuters", "WASHINGTON (Reuters) -")),
        ("Buenos Aires, July 3 (Latin Wire) - Brazil", ("Buenos Aires", "July 3", "Latin Wire", "Buenos Aires, July 3 (Latin Wire) -")),
        ("Tokyo: External Affairs Minister S. Jaishankar met his Japanese counterpart on Thursday.", ("Tokyo", None, None, "Tokyo:")),
        ("NAIROBI, Kenya (AP) — Kenyan and Ethiopian", ("Nairobi", None, "AP", "NAIROBI, Kenya (AP) —")),
        ("ASTANA, Kazakhstan — The foreign ministers", ("Astana", None, None, "ASTANA, Kazakhstan —")),
        ("WASHINGTON, D.C. — The two envoys", ("Washington", None, None, "WASHINGTON, D.C. —")),
        ("ABU DHABI // The UAE and India", ("Abu Dhabi", None, None, "ABU DHABI //")),
        ("Abu Dhabi // The UAE and India", ("Abu Dhabi", None, None, "Abu Dhabi //")),
        ("Nairobi, Kenya (AP) — Kenyan and Ethiopian", ("Nairobi", None, "AP", "Nairobi, Kenya (AP) —")),
        ("XIAMEN, China, Sept 5 (Reuters) - Indian and Chinese", ("Xiamen", "Sept 5", "Reuters", "XIAMEN, China, Sept 5 (Reuters) -")),
        ("KYIV, Ukraine, Jan 27 (AP) — The visiting envoys", ("Kyiv", "Jan 27", "AP", "KYIV, Ukraine, Jan 27 (AP) —")),
        ("LIMA\n\nPeru and Chile agreed on Monday to share radar data along their border.", ("Lima", None, None, "LIMA")),
        ("ASTANA. KAZINFORM – The presidents of Kazakhstan", ("Astana", None, "KAZINFORM", "ASTANA. KAZINFORM –")),
        ("ST. PETERSBURG - The two presidents", ("St. Petersburg", None, None, "ST. PETERSBURG -")),
        ("(ANSA) - ROME, JUL 23 - Premier Giorgia Meloni", ("Rome", "JUL 23", "ANSA", "(ANSA) - ROME, JUL 23 -")),
        ("THE HAGUE, Netherlands (AP) — President Donald Trump", ("The Hague", None, "AP", "THE HAGUE, Netherlands (AP) —")),
        ("Tashkent, 3 October (UzA). The presidents met", ("Tashkent", "3 October", "UzA", "Tashkent, 3 October (UzA).")),
        ("Baku, May 12, AZERTAC. The ministers of", ("Baku", "May 12", "AZERTAC", "Baku, May 12, AZERTAC.")),
        ("March 14, 2023, The Kremlin, Moscow. The President met", ("Moscow", "March 14, 2023", None, "March 14, 2023, The Kremlin, Moscow.")),
        ("October 2, 2024, Sochi. The two presidents", ("Sochi", "October 2, 2024", None, "October 2, 2024, Sochi.")),
    ],
)
def test_dateline_forms(opening, expected):
    found = find_dateline(opening)
    assert (found["place"], found["date"], found["source"], found["text"]) == expected
    assert opening[found["start"] : found["end"]] == found["text"]


@pytest.mark.parametrize(
    "opening",
    [
        "On Monday, May 5, the ministers met.",
        "Photo: a caption about the ministers",
        "The talks (held in Cairo) - ended",
        "Araghchi: Muscat talks held in constructive atmosphere, next round set for Saturday",
        "Mao Ning: Both New Zealand and Australia are important countries in the region.\n\nAFP: More?\n\nMao Ning: Yes.",
        "The spokesperson opened with the week's schedule.\n\nCCTV: Could you tell us more about the purpose of the trip?",
        "Tbilisi, May 12, Georgians. The rally went on.",
        "June 3, 2024, Russia and Belarus signed a treaty.",
        # past the lead's paragraphs: a transcript's speaker, a heading in capitals
        "Talks in the steppe\n\nThe talks opened in a restricted format and went on with both delegations. "
        "The agenda covered rail links, energy and trade.\n\nYuri Petrov: Mr President, colleagues, I am glad to see you.",
        "Summit ends\n\nThe leaders met in Abuja on Sunday and agreed on a plan for the region. Aides said the day of "
        "talks ran late.\n\nBEHIND THE SCENES\n\nAides worked through the night to draft the final text for the heads of state.",
    ],
)
def test_not_a_dateline(opening):
    assert find_dateline(opening) is None


def test_unit_para_records_point_into_the_clean_text():
    doc = split_page(PAGE)
    paras = records(invoke(["split", "--unit", "para"], jsonl({"id": "page", "text": PAGE, "url": "https://example.com/x"})).stdout)
    assert [p["id"] for p in paras] == ["page:p0", "page:p1", "page:p2", "page:p3"]
    assert [p["index"] for p in paras] == [0, 1, 2, 3]
    assert all(doc["text"][p["start"] : p["end"]] == p["text"] for p in paras)
    assert paras[2]["text"] == '"We share the same sea and the same concerns," Son told reporters after the talks.'
    assert {(p["doc"], p["title"], p["published"], p["url"]) for p in paras} == {
        ("page", doc["title"], "2023-10-28", "https://example.com/x")
    }
    assert not any("removed" in p or "dateline" in p for p in paras)


def test_unit_sent_records_point_into_the_clean_text():
    text = "Talks resume in Cairo\n\nThe U.S. envoy met Mr. Abdelatty on Jan. 5. They spoke for two hours. “Will it hold?” he asked."
    doc = split_page(text)
    sents = records(invoke(["split", "--unit", "sent"], jsonl({"id": "d", "text": text})).stdout)
    assert [s["text"] for s in sents] == [
        "Talks resume in Cairo",
        "The U.S. envoy met Mr. Abdelatty on Jan. 5.",
        "They spoke for two hours.",
        "“Will it hold?” he asked.",
    ]
    assert [s["id"] for s in sents] == ["d:s0", "d:s1", "d:s2", "d:s3"]
    assert all(doc["text"][s["start"] : s["end"]] == s["text"] for s in sents)


def test_keep_raw_keeps_the_page():
    assert split_page(PAGE, "--keep-raw")["raw"] == PAGE
    assert "raw" not in split_page(PAGE)


def test_every_input_field_is_kept():
    doc = split_page(PAGE, url="https://example.com/a", lang="en", extra={"a": 1})
    assert (doc["id"], doc["url"], doc["lang"], doc["extra"]) == ("page", "https://example.com/a", "en", {"a": 1})


def test_plain_text_and_gzip_files(tmp_path):
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    [doc] = records(invoke(["split", str(page)]).stdout)
    assert (doc["id"], doc["text"]) == ("page.txt.gz", CLEAN)


def test_example_articles_split_cleanly():
    pages = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    docs = records(invoke(["split", *pages]).stdout)
    assert len(pages) == 10 and len(docs) == len(pages)
    for doc in docs:
        assert doc["title"] and doc["published"] and doc["dateline"]
        assert doc["text"].splitlines()[0] == doc["title"]
        assert "#" not in doc["text"] and "Related" not in doc["text"] and "Share" not in doc["text"]


@pytest.mark.parametrize(
    "text",
    ["   \n\t ", "a\x00b\n\x00", "\ufffd\x01\x02" * 50, "." * 5000, "| " * 3000, "#" * 1000, "\n" * 500],
)
def test_odd_input_never_crashes(text):
    result = invoke(["split", "--unit", "sent"], jsonl({"id": "odd", "text": text}))
    assert result.exit_code == 0
    doc = split_page(text)
    assert doc["removed"] is not None and "errors" not in doc


def test_binary_junk_file_gives_one_record(tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 20)
    result = invoke(["split", str(junk)])
    [doc] = records(result.stdout)
    assert result.exit_code == 0 and doc["id"] == "junk.bin" and isinstance(doc["text"], str)


def test_record_without_text_is_passed_on_with_errors():
    result = invoke(["split"], jsonl({"id": "x", "body": "no text here"}))
    [doc] = records(result.stdout)
    assert result.exit_code == 1
    assert doc["errors"] == ['record has no "text" field'] and doc["body"] == "no text here"
