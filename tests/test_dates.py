"""dipkit dates: TIMEX3 extraction and normalization on sentences written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dipkit.dates import find_dates
from tests.conftest import EXAMPLES, ROOT, invoke, jsonl, records


def found(text: str, reference: str | None = None, **options) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression, checking the span contract on the way."""
    items = find_dates(text, reference, **options)
    for item in items:
        assert text[item["start"] : item["end"]] == item["text"]
    return [(d["text"], d["type"], d["value"]) for d in items]


# ---------------------------------------------------------------- absolute dates


def test_calendar_dates_in_news_forms():
    text = "The envoy arrived on Jan. 27, 2025, after talks opened on 25 January 2025 and ended 2025-01-29."
    assert found(text) == [
        ("Jan. 27, 2025", "DATE", "2025-01-27"),
        ("25 January 2025", "DATE", "2025-01-25"),
        ("2025-01-29", "DATE", "2025-01-29"),
    ]


def test_ordinal_day_forms():
    text = "The summit ends on the 18th of May; the accord was signed 19th March, 2021."
    assert found(text) == [("18th of May", "DATE", "XXXX-05-18"), ("19th March, 2021", "DATE", "2021-03-19")]


def test_day_without_year_takes_the_nearest_year():
    text = "Talks resumed on Sept. 5 after a pause that began in July."
    assert found(text, "2023-10-02") == [("Sept. 5", "DATE", "2023-09-05"), ("July", "DATE", "2023-07")]
    assert found("The delegation left Beijing on Dec. 30.", "2024-01-03") == [("Dec. 30", "DATE", "2023-12-30")]


def test_no_reference_leaves_unknown_parts_as_x():
    text = "On Thursday the ministers met; last week they spoke; in July they meet. MOSCOW, May 16."
    assert found(text) == [
        ("Thursday", "DATE", "XXXX-WXX-4"),
        ("last week", "DATE", "XXXX-WXX"),
        ("July", "DATE", "XXXX-07"),
        ("May 16", "DATE", "XXXX-05-16"),
    ]


def test_numeric_dates_day_first_unless_the_text_says_otherwise():
    assert found("Dated 14-7-2023, the note cites 4/7/2023.") == [
        ("14-7-2023", "DATE", "2023-07-14"),
        ("4/7/2023", "DATE", "2023-07-04"),
    ]
    assert found("A 12/25/2023 memo and a 4/7/2023 memo.") == [
        ("12/25/2023", "DATE", "2023-12-25"),
        ("4/7/2023", "DATE", "2023-04-07"),
    ]
    assert found("The 4/7/2023 memo.", day_first=False) == [("4/7/2023", "DATE", "2023-04-07")]


def test_coordinated_days_are_two_expressions():
    assert found("Talks were held on the 5th and 6th of June and on June 8 and 9.", "2024-06-20") == [
        ("5th", "DATE", "2024-06-05"),
        ("6th of June", "DATE", "2024-06-06"),
        ("June 8", "DATE", "2024-06-08"),
        ("9", "DATE", "2024-06-09"),
    ]


def test_ranges_are_two_expressions():
    assert found("The visit runs from March 6-8 and the expedition of 1957-58 lasted.", "2024-03-01") == [
        ("March 6", "DATE", "2024-03-06"),
        ("8", "DATE", "2024-03-08"),
        ("1957", "DATE", "1957"),
        ("58", "DATE", "1958"),
    ]


def test_years_decades_centuries():
    text = "Relations soured in 2020, recalled the 1990s, the early 2000s and the 20th century; The year 2023 ended."
    assert found(text) == [
        ("2020", "DATE", "2020"),
        ("the 1990s", "DATE", "199"),
        ("the early 2000s", "DATE", "200"),
        ("20th century", "DATE", "19"),
        ("The year 2023", "DATE", "2023"),
    ]


# ---------------------------------------------------------------- relative dates


def test_weekday_follows_tense():
    text = "The ministers met on Thursday and will meet again on Friday."
    assert found(text, "2024-05-15") == [("Thursday", "DATE", "2024-05-09"), ("Friday", "DATE", "2024-05-17")]


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("Ali will travel to Cairo on Sunday, the ministry said on Friday.", "2024-05-17", ["2024-05-19", "2024-05-17"]),
        ("Ali, who arrived on Monday, is due to meet Kim on Wednesday.", "2024-05-14", ["2024-05-13", "2024-05-15"]),
        ("On Thursday, the two leaders are expected to sign an agreement.", "2024-05-14", ["2024-05-16"]),
        ("Speaking on Saturday, the minister said the door was open.", "2024-05-20", ["2024-05-18"]),
        ("The president leaves for Europe on Sunday.", "2024-05-15", ["2024-05-19"]),
        ("The envoy arrives in Lagos on Thursday, his office said on Monday.", "2024-05-13", ["2024-05-16", "2024-05-13"]),
        ("Officials met in Geneva on Friday and said more talks would follow.", "2024-05-15", ["2024-05-10"]),
        ("On Tuesday evening, both presidents sat down for dinner talks.", "2014-11-12", ["2014-11-11TEV"]),
        ("The king welcomed the emir, his guest, to Windsor on Wednesday for talks on a planned trade deal.", "2024-12-05", ["2024-12-04"]),
    ],
)
def test_weekday_tense_from_the_nearest_verb_of_its_clause(text, reference, expected):
    assert [value for _, _, value in found(text, reference)] == expected


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        # a present clause ("is on a visit") takes the days of the current week, either side of today
        ("The envoy is on a four-day tour of the Gulf from Sunday to Wednesday.", "2024-06-10", ["P4D", "2024-06-09", "2024-06-12"]),
        ("Delegates are meeting in Vienna until Thursday.", "2024-06-11", ["2024-06-13"]),
        ("Police are investigating an attack on Sunday.", "2024-06-13", ["2024-06-09"]),
        # forward-looking words
        ("Lisbon looks forward to hosting the forum in October, the minister said.", "2024-05-02", ["2024-10"]),
        ("Markets rallied ahead of Friday vote.", "2024-06-11", ["2024-06-14"]),
        ("The mediators urged both sides to return to the table on Monday.", "2024-06-12", ["2024-06-17"]),
        ("The ministry aims to finish the review by March, an official said.", "2024-11-20", ["2025-03"]),
        # "since" marks the past, and the future of a clause after ", but" does not leak into it
        ("He has not visited Ankara since taking office in January, but the two are expected to meet soon.", "2025-03-18", ["2025-01"]),
        ("The summit was held on Tuesday, while the next round will open in Rome.", "2024-06-13", ["2024-06-11"]),
        # a preposition gives its tense only to what follows it
        ("The visit follows talks in April and comes ahead of a summit in October.", "2024-06-12", ["2024-04", "2024-10"]),
        # the second weekday of a range is not before the first
        ("The envoy is attending a forum that runs from Thursday to Saturday.", "2024-06-12", ["2024-06-13", "2024-06-15"]),
        ("Ministers met on Friday and Thursday.", "2024-06-15", ["2024-06-14", "2024-06-13"]),
        ("The fair, open from today to Sunday, draws crowds.", "2024-06-12", ["2024-06-12", "2024-06-16"]),
        # "set" looks ahead only in "set to", "set for"
        ("The court set Friday as the deadline.", "2024-06-15", ["2024-06-14"]),
        ("The vote is set for Friday.", "2024-06-11", ["2024-06-14"]),
        # a plan since changed ("originally set for") gives no future: the rest of the sentence decides
        ("A call originally set for Wednesday was moved to next week, the palace said.", "2025-08-22", ["2025-08-20", "2025-W35"]),
        ("Talks initially scheduled for Monday were called off.", "2024-06-13", ["2024-06-10"]),
        ("Talks initially scheduled for Monday will open on Friday instead.", "2024-06-12", ["2024-06-17", "2024-06-14"]),
        # the "to" of a hyphenated compound is no infinitive
        ("The leaders held a face-to-face meeting on Friday.", "2024-11-16", ["2024-11-15"]),
        ("The ministers held people-to-people talks on Tuesday.", "2024-11-16", ["2024-11-12"]),
        # the period of an initial or a title ends no clause: "told" reaches the day past "U.S."
        ("Ruto told U.S. President Biden at the White House on Thursday that Kenya would buy jets.", "2024-05-24", ["2024-05-23"]),
        ("The delegation thanked Gen. Ochieng in Nairobi on Monday for plans it will fund.", "2024-05-24", ["2024-05-20"]),
        # "next to" is a preposition, not the future
        ("Dozens were hurt in a blast next to the U.S. consulate on Friday.", "2024-05-22", ["2024-05-17"]),
        # an infinitive of purpose after the day keeps the tense of the verb before it
        ("Sato met his counterparts in Busan, South Korea, on Friday to discuss supply chains.", "2024-05-22", ["2024-05-17"]),
        ("Sato will fly to Busan, South Korea, on Friday to discuss supply chains.", "2024-05-22", ["2024-05-24"]),
        # "telephoned X to congratulate him on Sunday's win": a past verb before a looking-back infinitive decides
        ("Sato phoned Lee to congratulate the winner of Sunday's vote.", "2023-05-29", ["2023-05-28"]),
        # "close to nine hours" is no infinitive
        ("The leaders spent close to nine hours together over Friday and Saturday.", "2018-04-28", ["PT9H", "2018-04-27", "2018-04-28"]),
        # an infinitive of rank ("the first leader to visit") is no future
        ("Sato was the first minister to visit Busan, holding talks there on October 4.", "2024-12-16", ["2024-10-04"]),
        ("Both sides agreed last month to hold talks in May.", "2024-12-16", ["2024-11", "2025-05"]),
        # "is scheduled to", "to have an audience": the future marker after the auxiliary decides
        ("On Monday, the envoy is scheduled to meet the king.", "2023-09-10", ["2023-09-11"]),
        ("The envoy is due to have an audience with the king on Thursday.", "2024-02-07", ["2024-02-08"]),
        # a month after "for" is a date only after a schedule word ("slated for March"), not in "a win for May"
        ("The summit, slated for March, will open in Lima.", "2024-01-15", ["2024-03"]),
        ("Talks set for May were called off.", "2024-01-15", ["2024-05"]),
        ("It was a clear win for May in the vote.", "2024-01-15", []),
        ("THE SUMMIT IS SCHEDULED FOR March IN LIMA.", "2024-01-15", ["2024-03"]),
        # the month a plan moves to is a date, and ahead, though the move is told in the past
        ("The envoy's trip, slated for March, was moved to April.", "2024-11-20", ["2025-03", "2025-04"]),
        ("The talks were pushed back to May.", "2024-11-20", ["2025-05"]),
        ("The vote was put off until June.", "2024-11-20", ["2025-06"]),
        ("The forum was rescheduled for April.", "2024-11-20", ["2025-04"]),
        ("THE TALKS WERE PUSHED BACK TO May.", "2024-11-20", ["2025-05"]),
        ("Power was handed back to May.", "2024-11-20", []),
        ("The minister flew back to Lima in April.", "2024-11-20", ["2024-04"]),
    ],
)
def test_tense_model(text, reference, expected):
    assert [value for _, _, value in found(text, reference)] == expected


def test_end_of_the_year_in_a_past_clause_of_a_spring_report_is_last_year():
    assert found("Exports peaked by the end of the year.", "2025-03-20") == [("the end of the year", "DATE", "2024")]
    assert found("Talks should close by the end of the year.", "2025-03-20") == [("the end of the year", "DATE", "2025")]


def test_capitals_that_lowercase_to_two_characters_do_not_shift_offsets():
    text = "Talks in İstanbul and İzmir ended on Monday; the envoy leaves next week."
    assert found(text, "2024-06-12") == [("Monday", "DATE", "2024-06-10"), ("next week", "DATE", "2024-W25")]


def test_past_day_named_weeks_after_the_reference_stays_in_that_year():
    assert found("The board has set Dec. 12 as the deadline for bids.", "2024-11-25") == [("Dec. 12", "DATE", "2024-12-12")]


def test_passive_future_is_future():
    text = "A summit is due to be held in Baghdad on May 17 and a ministerial meeting on Friday."
    assert found(text, "2025-04-09") == [("May 17", "DATE", "2025-05-17"), ("Friday", "DATE", "2025-04-11")]
    assert found("Talks were held on Friday after a meeting held in May.", "2025-04-09") == [
        ("Friday", "DATE", "2025-04-04"),
        ("May", "DATE", "2024-05"),
    ]


def test_weekday_on_the_reference_day_is_that_day():
    assert found("He said Wednesday that talks would go on.", "2024-05-15") == [("Wednesday", "DATE", "2024-05-15")]


def test_deictic_days():
    text = "Yesterday the talks ended; today they rest; tomorrow they fly home. Tonight there is a dinner."
    assert found(text, "2024-02-01") == [
        ("Yesterday", "DATE", "2024-01-31"),
        ("today", "DATE", "2024-02-01"),
        ("tomorrow", "DATE", "2024-02-02"),
        ("Tonight", "TIME", "2024-02-01TNI"),
    ]
    assert found("Ties matter in today's world.", "2024-02-01") == [("today", "DATE", "PRESENT_REF")]


def test_this_last_next():
    text = "Last week, this month and next year came up, as did earlier this month and later this year."
    assert found(text, "2024-02-01") == [
        ("Last week", "DATE", "2024-W04"),
        ("this month", "DATE", "2024-02"),
        ("next year", "DATE", "2025"),
        ("earlier this month", "DATE", "2024-02"),
        ("later this year", "DATE", "2024"),
    ]


def test_ago():
    text = "Three days ago, two weeks ago and five years ago."
    assert found(text, "2024-02-01") == [
        ("Three days ago", "DATE", "2024-01-29"),
        ("two weeks ago", "DATE", "2024-W03"),
        ("five years ago", "DATE", "2019"),
    ]


def test_earlier_and_later_count_from_the_last_date_in_the_text():
    text = "Talks collapsed on Dec. 3, 2023. A month earlier the envoys had met; two days later they left."
    items = find_dates(text)
    assert [(d["text"], d["value"], d["anchor"]) for d in items] == [
        ("Dec. 3, 2023", "2023-12-03", "none"),
        ("A month earlier", "2023-11", "text"),
        ("two days later", "2023-12-05", "text"),
    ]
    assert found("A month later the envoy returned.") == [("A month", "DURATION", "P1M")]


def test_next_day_and_following_year_count_from_the_text():
    text = "Talks began on March 3, 2021. The next day they broke down; the following year they resumed."
    assert found(text, "2024-05-15") == [
        ("March 3, 2021", "DATE", "2021-03-03"),
        ("The next day", "DATE", "2021-03-04"),
        ("the following year", "DATE", "2022"),
    ]
    assert found("The following day, the envoy left.", "2024-05-15") == [("The following day", "DATE", "XXXX-XX-XX")]


def test_same_period_and_period_edges():
    text = "Earlier in the week he was in Riyadh; later today he flies, and a deal may come by the end of this year."
    assert found(text, "2024-05-15") == [
        ("Earlier in the week", "DATE", "2024-W20"),
        ("later today", "DATE", "2024-05-15"),
        ("the end of this year", "DATE", "2024"),
    ]


def test_holidays_take_the_year_the_tense_points_to():
    text = "Leaders met on Christmas Eve and will meet again at Easter."
    assert found(text, "2024-05-15") == [("Christmas Eve", "DATE", "2023-12-24"), ("Easter", "DATE", "2025-04-20")]
    assert found("On New Year's Day the truce began.") == [("New Year's Day", "DATE", "XXXX-01-01")]


def test_month_with_relative_year():
    assert found("They met in June last year and plan talks in March next year.", "2024-02-01") == [
        ("June last year", "DATE", "2023-06"),
        ("March next year", "DATE", "2025-03"),
    ]


def test_seasons_quarters_halves():
    text = "Last summer, in the spring, in the first quarter of 2023 and the second half of this year."
    assert found(text, "2024-02-01") == [
        ("Last summer", "DATE", "2023-SU"),
        ("spring", "DATE", "2024-SP"),
        ("the first quarter of 2023", "DATE", "2023-Q1"),
        ("the second half of this year", "DATE", "2024-H2"),
    ]


def test_reference_words():
    text = "Now the sides talk; they currently disagree, recently met and will meet in the future."
    assert found(text, "2024-02-01") == [
        ("Now", "DATE", "PRESENT_REF"),
        ("currently", "DATE", "PRESENT_REF"),
        ("recently", "DATE", "PAST_REF"),
        ("the future", "DATE", "FUTURE_REF"),
    ]


def test_month_only_reference_anchors_weekdays_on_a_day_in_the_text():
    text = "The minister is in Tokyo from March 6 to 8. On Thursday he met his counterpart."
    items = find_dates(text, "2024-03")
    assert [(d["text"], d["value"], d["anchor"]) for d in items] == [
        ("March 6", "2024-03-06", "published"),
        ("8", "2024-03-08", "published"),
        ("Thursday", "2024-03-07", "text"),
    ]


# ---------------------------------------------------------------- times, durations, sets


def test_times():
    text = "The call began at 9:40 a.m. (6:40 GMT), ended at 5:50:06 pm and was logged 09:38, January 28, 2025."
    assert found(text, "2025-01-28") == [
        ("9:40 a.m.", "TIME", "2025-01-28T09:40"),
        ("6:40 GMT", "TIME", "2025-01-28T06:40"),
        ("5:50:06 pm", "TIME", "2025-01-28T17:50:06"),
        ("09:38, January 28, 2025", "TIME", "2025-01-28T09:38"),
    ]
    assert found("They spoke on Friday afternoon.", "2023-10-28") == [("Friday afternoon", "TIME", "2023-10-27TAF")]
    assert found("Updated: 28 Oct 2023, 11:10 AM IST") == [("28 Oct 2023, 11:10 AM IST", "TIME", "2023-10-28T11:10")]
    assert found("The ceasefire starts at 1530 GMT.", "2025-01-28") == [("1530 GMT", "TIME", "2025-01-28T15:30")]
    assert found("They met on Monday at 9:30 local time.", "2025-01-28") == [
        ("Monday", "DATE", "2025-01-27"),
        ("9:30 local time", "TIME", "2025-01-27T09:30"),
    ]


def test_number_ranges_of_a_unit():
    assert found("It takes 12 to 18 months, two or three days, or 10-15 years.") == [
        ("12", "DURATION", "P12M"),
        ("18 months", "DURATION", "P18M"),
        ("two", "DURATION", "P2D"),
        ("three days", "DURATION", "P3D"),
        ("10", "DURATION", "P10Y"),
        ("15 years", "DURATION", "P15Y"),
    ]


def test_durations():
    text = "During the two-day visit, after five years of talks, the past decade, 48 hours and weeks of waiting."
    assert found(text) == [
        ("two-day", "DURATION", "P2D"),
        ("five years", "DURATION", "P5Y"),
        ("the past decade", "DURATION", "P10Y"),
        ("48 hours", "DURATION", "PT48H"),
        ("weeks", "DURATION", "PXW"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The pact capped a quarter of a century of talks.", [("a quarter of a century", "P25Y")]),
        ("Over the past half century, ties deepened.", [("the past half century", "P50Y")]),
        ("The dispute has run for half a century.", [("half a century", "P50Y")]),
        ("It ended a century and a half of rule.", [("a century and a half", "P150Y")]),
        ("After a decade and a half of war, peace came.", [("a decade and a half", "P15Y")]),
        ("The envoy served for a year and a half.", [("a year and a half", "P18M")]),
        ("Talks went on for two and a half years.", [("two and a half years", "P2.5Y")]),
        ("The peoples have traded for two thousand years.", [("two thousand years", "P2000Y")]),
        ("Ministers will meet again in a fortnight.", [("a fortnight", "P2W")]),
        ("The call lasted an hour and a half, then half an hour more.", [("an hour and a half", "PT1H30M"), ("half an hour", "PT30M")]),
        ("For the past quarter century the border has been calm.", [("the past quarter century", "P25Y")]),
    ],
)
def test_durations_in_words(text, expected):
    assert [(t, v) for t, _, v in found(text)] == expected


def test_quarters_resolve_by_tense_and_reporting_periods_by_the_quarter_named_first():
    text = (
        "The airline posted a third-quarter loss of $5 million, against a profit of $2 million a year ago. "
        "In the year-ago quarter, revenue was higher. The latest quarter also had charges, and sales rose from "
        "last year's quarter. It expects a profit in next year's first quarter."
    )
    assert found(text, "2024-11-05") == [
        ("third-quarter", "DATE", "2024-Q3"),
        ("a year ago", "DATE", "2023-Q3"),
        ("the year-ago quarter", "DATE", "2023-Q3"),
        ("The latest quarter", "DATE", "2024-Q3"),
        ("last year's quarter", "DATE", "2023-Q3"),
        ("next year's first quarter", "DATE", "2025-Q1"),
    ]
    assert found("Exports fell in the fourth quarter.", "2025-01-28") == [("the fourth quarter", "DATE", "2024-Q4")]
    assert found("Exports will pick up in the fourth quarter.", "2025-01-28") == [("the fourth quarter", "DATE", "2025-Q4")]
    # without a quarter named, "a year ago" is a year and "the quarter" is nothing
    assert found("The quarter was calm; a year ago the talks broke down.", "2025-01-28") == [("a year ago", "DATE", "2024")]


def test_a_year_after_an_amount_is_a_rate():
    text = "The line carries 30 million tonnes of cargo a year; talks lasted a year and fees rose 2 percent a month."
    assert found(text) == [("a year", "SET", "P1Y"), ("a year", "DURATION", "P1Y"), ("a month", "SET", "P1M")]


def test_sets():
    text = "The forum meets every year, publishes a weekly bulletin and reports annually."
    assert found(text) == [("every year", "SET", "P1Y"), ("weekly", "SET", "P1W"), ("annually", "SET", "P1Y")]
    assert found("Pilgrims gather each July, and every May 5 the town holds a parade.") == [
        ("each July", "SET", "XXXX-07"),
        ("May 5", "DATE", "XXXX-05-05"),
    ]


# ---------------------------------------------------------------- precision and extent


@pytest.mark.parametrize(
    "text",
    [
        "The minister said talks may resume soon.",
        "Thousands joined the March on the capital.",
        "The Sunday Times first reported the meeting.",
        "She won for the fifth straight time.",
        "They marked the 75th anniversary of ties.",
        "A 25-year-old aide and children aged 6 months were hurt.",
        "Some 2,000 troops and $2020 in cash; the team won 3-1.",
        "Call +1 202 555 0143 for the briefing.",
        "The report lists 1500 casualties.",
    ],
)
def test_not_dates(text):
    assert found(text, "2024-02-01") == []


def test_extent_leaves_out_leading_preposition():
    items = find_dates("They met on Thursday in May at noon.", "2024-06-01")
    assert [d["text"] for d in items] == ["Thursday", "May", "noon"]


def test_anchor_and_grain():
    items = find_dates("Talks on Monday followed a 2019 accord and the 1990s thaw.", "2024-06-05")
    assert [(d["anchor"], d.get("grain")) for d in items] == [("published", "day"), ("none", "year"), ("none", "decade")]


def test_reference_with_a_time_of_day():
    assert found("He arrived on Friday.", "2013-03-22T09:42") == [("Friday", "DATE", "2013-03-22")]
    assert found("He arrived on Friday.", "2013-03-22T09:42:00+05:30") == [("Friday", "DATE", "2013-03-22")]


@pytest.mark.parametrize(
    "unit",
    ["12:30-4.5/6 2020-99 May 5, 1999-88/ 3 years ago ' ", "1-2.3/4:5,6 78 9012-3456 2024/01/02 1530 ", "9" * 97 + " - "],
)
def test_a_megabyte_line_of_digits_and_punctuation_returns(unit):
    line = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    items = find_dates(line, "2020-01-01")
    assert all(line[d["start"] : d["end"]] == d["text"] for d in items)


# ---------------------------------------------------------------- the command


def test_command_adds_dates_and_keeps_fields():
    result = invoke(["dates"], jsonl({"id": "x", "text": "He left on Friday.", "published": "2024-05-15", "extra": 1}))
    assert result.exit_code == 0
    (record,) = records(result.stdout)
    assert record["extra"] == 1 and record["published"] == "2024-05-15"
    assert record["dates"] == [
        {"start": 11, "end": 17, "text": "Friday", "type": "DATE", "value": "2024-05-10", "anchor": "published", "grain": "day"}
    ]


def test_ref_date_is_used_only_without_published():
    rows = jsonl({"text": "He left on Friday."}, {"text": "He left on Friday.", "published": "2024-05-15"})
    result = invoke(["dates", "--ref-date", "2024-06-05"], rows)
    assert [r["dates"][0]["value"] for r in records(result.stdout)] == ["2024-05-31", "2024-05-10"]


def test_reference_falls_back_to_ref_date_then_the_url():
    url_only = jsonl({"text": "He left on Friday.", "url": "https://news.example/2024/06/05/talks.html"})
    assert records(invoke(["dates"], url_only).stdout)[0]["dates"][0]["value"] == "2024-05-31"
    bad_published = jsonl({"text": "He left on Friday.", "published": "not a date"})
    result = invoke(["dates", "--ref-date", "2024-05-15"], bad_published)
    assert records(result.stdout)[0]["dates"][0]["value"] == "2024-05-10"
    result = invoke(["dates"], jsonl({"text": "He left on Friday."}))
    assert records(result.stdout)[0]["dates"][0]["value"] == "XXXX-WXX-5"


def test_bad_ref_date_is_a_usage_error():
    result = invoke(["dates", "--ref-date", "2024-13-01"], jsonl({"text": "x"}))
    assert result.exit_code == 2
    assert "is not a date written YYYY-MM-DD" in result.stderr


def test_month_first_option():
    result = invoke(["dates", "--month-first"], jsonl({"text": "Signed 4/7/2023."}))
    assert records(result.stdout)[0]["dates"][0]["value"] == "2023-04-07"


def test_record_without_text_is_kept_with_an_error():
    result = invoke(["dates"], jsonl({"id": "a", "body": "no text"}))
    assert result.exit_code == 1
    (record,) = records(result.stdout)
    assert record["errors"] == ['record has no "text" field']


def test_example_file_runs():
    example = EXAMPLES / "dates.jsonl"
    result = invoke(["dates", str(example)])
    assert result.exit_code == 0
    assert all(r["dates"] for r in records(result.stdout))


# ---------------------------------------------------------------- floors on the evaluation data


def _score(shared, gold: str) -> dict:
    command = f"{sys.executable} -m dipkit"
    run = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(gold), "--layers", "dates", "--dipkit", command, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.JSONDecoder().raw_decode(run.stdout)[0]["dates"]


def test_dev_floor(shared):
    scores = _score(shared, shared / "eval" / "dev")
    assert scores["relaxed"]["f1"] >= 0.92
    assert scores["value"]["f1"] >= 0.88


def test_tempeval3_platinum_floor(shared):
    scores = _score(shared, shared / "benchmarks" / "tempeval3" / "platinum.jsonl")
    assert scores["relaxed"]["f1"] >= 0.90
    assert scores["value"]["f1"] >= 0.80


@pytest.mark.parametrize(
    "reference, expected",
    [
        ("2024-03-14", ["2023-02", "2024-01", "2023-03", "2023-11"]),  # the month just gone is "last month"
        ("2024-10-27", ["2024-02", "2024-01", "2024-03", "2023-11"]),
        ("2024-01-09", ["2023-02", "2023-01", "2023-03", "2023-11"]),
        ("2024-12-02", ["2024-02", "2024-01", "2024-03", "2023-11"]),  # last November in December: a year back
    ],
)
def test_last_month_name_is_the_latest_before_the_month_just_gone(reference, expected):
    text = "Ties improved after last February, last January, last March and last November."
    assert [value for _, _, value in found(text, reference)] == expected


def test_holidays_of_the_bundled_list_are_dates():
    assert found("The president attended the Bastille Day parade and spoke again on UN Day.", "2023-07-20")[0] == (
        "Bastille Day",
        "DATE",
        "2023-07-14",
    )


def test_a_month_abbreviation_in_capitals_is_a_month():
    assert found("ROME, FEB 21 - The premier arrived; talks follow in SEPT.", "2023-02-21")[0] == ("FEB 21", "DATE", "2023-02-21")


def test_a_day_of_this_or_last_year_is_one_expression():
    text = "He returned on Feb. 23 of this year, after a visit on 5 March last year."
    assert found(text, "2023-07-01") == [
        ("Feb. 23 of this year", "DATE", "2023-02-23"),
        ("5 March last year", "DATE", "2022-03-05"),
    ]


def test_last_december_in_january_is_the_one_just_gone():
    assert found("The envoys last met in Oslo last December.", "2024-01-20") == [("last December", "DATE", "2023-12")]


def test_year_after_pre_or_post_is_the_year_alone():
    text = "Talks turned to pre-1971 assets and post-2008 reforms, not to code AB-2020."
    assert found(text, "2025-04-18") == [("1971", "DATE", "1971"), ("2008", "DATE", "2008")]


def test_most_recently_orders_events_and_is_no_time():
    text = "The two have spoken several times, most recently on April 16; the envoy recently met them."
    assert found(text, "2025-05-20") == [("April 16", "DATE", "2025-04-16"), ("recently", "DATE", "PAST_REF")]


def test_plan_told_in_the_past_perfect_is_the_nearest_either_side():
    late = "He had been due to host the two presidents in Luanda in December, but the summit was called off."
    assert found(late, "2025-02-15") == [("December", "DATE", "2024-12")]  # two months back, not ten ahead
    soon = "She postponed a trip to Oslo, which had been scheduled for Wednesday, until March 10."
    assert found(soon, "2025-02-18") == [("Wednesday", "DATE", "2025-02-19"), ("March 10", "DATE", "2025-03-10")]
    assert found("He had to leave Geneva on Friday.", "2025-02-18") == [("Friday", "DATE", "2025-02-14")]
    assert found("He is due to host them in December.", "2025-02-15") == [("December", "DATE", "2025-12")]


def test_possessive_month_is_the_nearest_unless_its_own_clause_has_a_tense():
    text = "On Monday, the envoy met Senator Ruth Ames, a candidate in November's election, in Lima."
    assert found(text, "2024-09-24")[1] == ("November", "DATE", "2024-11")  # "met" tells of another event
    assert found("Mr Okoye, who skipped December's summit, spoke first.", "2025-07-10") == [
        ("December", "DATE", "2024-12")  # its own clause is past: back, though July is nearer the next December
    ]
    assert found("Theresa May's cabinet met in March.", "2024-09-24") == [("March", "DATE", "2024-03")]


def test_at_the_last_minute_is_no_duration():
    text = "The visit was called off at the last minute; in the last minute of the vote, two envoys left."
    assert found(text, "2025-02-15") == [("the last minute", "DURATION", "PT1M")]


def test_in_the_evening_is_that_part_of_the_last_day_named():
    text = (
        "The envoys met on Thursday, fifty years after the 1975 accord, and in the evening dined with the king. "
        "The evening news said little; on the night of the vote, nobody spoke."
    )
    assert found(text, "2025-04-18") == [
        ("Thursday", "DATE", "2025-04-17"),
        ("fifty years", "DURATION", "P50Y"),
        ("1975", "DATE", "1975"),
        ("the evening", "TIME", "2025-04-17TEV"),  # the year named since is no day
    ]
    assert found("That morning the talks resumed.", "2025-04-18") == [("That morning", "TIME", "2025-04-18TMO")]


def test_anchors_are_digit_runs_by_shape_and_words_in_text_order():
    from dipkit.dates.extract import INTERESTING
    from dipkit.dates.triggers import find_anchors

    text = "In 2024, on Monday the 5-year plan began at 9:30 (may), and on Monday 2025 it ended."
    assert find_anchors(text, INTERESTING) == {
        "#year": [(3, 7), (70, 74)],
        "#clock": [(44, 45)],
        "monday": [(12, 18), (63, 69)],
        "year": [(25, 29)],
    }


def test_the_same_day_is_the_day_named_last_else_the_report_day():
    text = "The envoys met in Oslo on Monday. The same day, the ministers spoke by phone."
    assert found(text, "2024-03-14") == [("Monday", "DATE", "2024-03-11"), ("The same day", "DATE", "2024-03-11")]
    assert found("The accord was signed in Lima that same day.", "2024-03-14") == [
        ("that same day", "DATE", "2024-03-14")
    ]
    assert found("Talks collapsed last October and the envoy left that same day.", "2024-03-14") == [
        ("last October", "DATE", "2023-10"),
        ("that same day", "DATE", "2023-10-XX"),
    ]


def test_later_earlier_and_on_that_day_are_the_day_named_last():
    text = "The envoys met in Oslo on Monday. Later that day, the ministers spoke by phone. Earlier that day, they had toured a port."
    assert found(text, "2024-03-14") == [
        ("Monday", "DATE", "2024-03-11"),
        ("Later that day", "DATE", "2024-03-11"),
        ("Earlier that day", "DATE", "2024-03-11"),
    ]
    assert found("The accord was signed on Friday and on that day the border reopened.", "2024-03-14") == [
        ("Friday", "DATE", "2024-03-08"),
        ("that day", "DATE", "2024-03-08"),  # (the preposition stays out)
    ]
    assert found("The ministers said that day would come.", "2024-03-14") == []  # no "on", "later", "earlier" or "same"


def test_later_that_month_and_that_same_year_are_the_month_and_year_named_last():
    text = "The envoys first met in Oslo on 9 September and again in Geneva later that month."
    assert found(text, "2019-10-10") == [("9 September", "DATE", "2019-09-09"), ("later that month", "DATE", "2019-09")]
    text = "The treaty was signed in March 2021. That same year the border reopened."
    assert found(text, "2024-03-14") == [("March 2021", "DATE", "2021-03"), ("That same year", "DATE", "2021")]


def test_a_month_or_day_of_that_year_is_in_the_year_named_last():
    text = "The ministers first met in May 2022 and again in Lima in October of that year."
    assert found(text, "2025-02-03") == [("May 2022", "DATE", "2022-05"), ("October of that year", "DATE", "2022-10")]
    text = "The pact lapsed in 2017; on 4 March the same year the envoys met, and in July that same year they parted."
    assert found(text, "2025-02-03") == [
        ("2017", "DATE", "2017"),
        ("4 March the same year", "DATE", "2017-03-04"),
        ("July that same year", "DATE", "2017-07"),
    ]
    assert found("They met in October of that year.", "2025-02-03") == [("October of that year", "DATE", "XXXX-10")]


def test_a_visit_that_could_take_place_in_the_second_half_is_ahead():
    text = "Officials said a return visit could take place in the second half of the year."
    assert found(text, "2024-02-21") == [("the second half of the year", "DATE", "2024-H2")]
    assert found("Exports fell in the second half of the year.", "2024-02-21") == [
        ("the second half of the year", "DATE", "2023-H2")
    ]


def test_the_fall_of_a_regime_is_an_event_not_a_season():
    assert found("Exiles have returned since the fall of the old regime.", "2024-12-20") == []
    assert found("Talks are due to resume in the fall.", "2024-02-20") == [("fall", "DATE", "2024-FA")]


def test_a_day_and_may_after_on_is_a_date_whatever_follows():
    assert found("The truce took effect on 10 May following two days of talks.", "2025-05-20") == [
        ("10 May", "DATE", "2025-05-10"),
        ("two days", "DURATION", "P2D"),
    ]
    assert found("Analysts said 5 May rise further.", "2025-05-20") == []  # (a count before the verb)


def test_the_month_before_an_event_noun_dates_it():
    assert found("Malaysia expelled the envoy after the February killing of a dissident.", "2017-09-13") == [
        ("February", "DATE", "2017-02")
    ]
    assert found("The March talks in Lima were cancelled.", "2025-05-20") == [("March", "DATE", "2025-03")]
    assert found("Critics of the May government spoke.", "2018-07-13") == []  # (no event noun: a name)
    assert found("Their January phone call had eased the dispute.", "2025-03-04") == [("January", "DATE", "2025-01")]
    assert found("His October visit to Hanoi was cut short.", "2025-03-04") == [("October", "DATE", "2024-10")]
    assert found("Their August plans fell apart.", "2025-03-04") == []  # (no event noun)


def test_today_s_talks_are_the_day_s_but_today_s_world_is_the_present():
    assert found("\u201cToday's visit opens a new page,\u201d he said.", "2024-02-14") == [("Today", "DATE", "2024-02-14")]
    assert found("In today's world, trade matters.", "2024-02-14") == [("today", "DATE", "PRESENT_REF")]


def test_a_larger_and_a_smaller_unit_joined_by_and_are_one_duration():
    assert found("The talks lasted two hours and 20 minutes.", "2020-09-05") == [
        ("two hours and 20 minutes", "DURATION", "PT2H20M")
    ]
    assert found("He served two years and three months in office.", "2020-09-05") == [
        ("two years and three months", "DURATION", "P2Y3M")
    ]
    assert found("It took three days and two hours.", "2020-09-05") == [("three days and two hours", "DURATION", "P3DT2H")]
    assert found("The first took 20 minutes and the second two hours.", "2020-09-05") == [
        ("20 minutes", "DURATION", "PT20M"),
        ("two hours", "DURATION", "PT2H"),
    ]


def test_the_previous_day_after_a_year_is_the_day_before_the_last_day_named():
    text = "The leaders met on Thursday. Armenia froze its membership earlier this year. The previous day, the envoys met."
    assert found(text, "2024-11-28") == [
        ("Thursday", "DATE", "2024-11-28"),
        ("earlier this year", "DATE", "2024"),
        ("The previous day", "DATE", "2024-11-27"),
    ]
    text = "The killing came last October. His name was struck off that same day."
    assert found(text, "1999-02-06")[1] == ("that same day", "DATE", "1998-10-XX")  # (the same day of a month: unknown)


def test_an_event_after_which_the_news_comes_is_past_whatever_follows():
    text = "The visit comes after a telephone call in November, during which the president invited her to visit."
    assert found(text, "2023-01-23") == [("November", "DATE", "2022-11")]


def test_that_day_after_a_night_named_is_that_nights_day():
    text = "He landed on Thursday night from Moscow, where earlier that day he had met the president."
    assert found(text, "2022-02-06") == [("Thursday night", "TIME", "2022-02-03TNI"), ("earlier that day", "DATE", "2022-02-03")]


def test_the_same_evening_is_the_evening_of_the_day_named_last():
    text = "The envoy landed in Lisbon on Friday and flew the same evening to Madeira."
    assert found(text, "2024-03-12") == [("Friday", "DATE", "2024-03-08"), ("the same evening", "TIME", "2024-03-08TEV")]
    assert found("They dined that same night at the embassy.", "2024-03-12") == [("that same night", "TIME", "2024-03-12TNI")]
    assert found("He watched the evening news.", "2024-03-12") == []


def test_last_evening_is_the_evening_before_the_report():
    assert found("The foreign minister met her last evening at the embassy.", "2025-03-12") == [("last evening", "TIME", "2025-03-11TEV")]
    assert found("They met again last night.", "2025-03-12") == [("last night", "TIME", "2025-03-11TNI")]


def test_the_last_evening_of_a_stay_is_no_yesterday():
    assert found("The envoys spent their last evening in Rome at a concert.", "2025-03-12") == []
    assert found("On his last night in Lagos he dined with the mayor.", "2025-03-12") == []
