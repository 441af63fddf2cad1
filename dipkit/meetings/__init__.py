"""Who met whom, where and when: one event per diplomatic contact in a document.

``find_meetings`` reads triggers ("met", "held talks with", "a phone call",
"visited", "attended the summit"), finds the sides around each, merges every
mention of the same contact into one meeting, and codes it (CAMEO, PLOVER).
It reuses the record's ``dates`` and ``entities`` and computes them only when
they are missing.
"""

from __future__ import annotations

from bisect import bisect_right

from dipkit.lazy_patterns import lazy_pattern
from dipkit.meetings import context, resolution
from dipkit.meetings.document import Mention, build
from dipkit.meetings.gatherings import add_summits, hosted_gathering
from dipkit.meetings.merging import join_retold, merge, settle_plans
from dipkit.meetings.mentions import find_mentions
from dipkit.meetings.output import emitted
from dipkit.meetings.repeats import repeats

_JOINING_EN_DASH = lazy_pattern(r"(?<=\w)–(?=\w)")  # (compiled only for a text with an en dash)


def find_meetings(
    text: str,
    published: str | None = None,
    dates: list[dict] | None = None,
    entities: list[dict] | None = None,
    dateline: dict | None = None,
) -> list[dict]:
    """The meetings TEXT reports, each once, in order of first mention (DATELINE None: found here; {}: none)."""
    if entities is None:
        from dipkit.entities import find_entities

        entities = find_entities(text, published=published)
    if dates is None:
        from dipkit.dates import find_dates

        dates = find_dates(text, reference=published)
    if dateline is None:
        dateline = _dateline(text)
    from dipkit.split.sentences import sentence_spans

    source = text
    if "–" in text:  # an en dash joins a compound as a hyphen does ("India–Japan talks"): one char for one, offsets kept
        text = _JOINING_EN_DASH.sub("-", text)
    doc = build(text, published, entities, dates, sentence_spans(text), dateline)
    doc.sentences = _unbroken(doc.sentences, doc.mentions)
    mentions = [more for mention in find_mentions(doc) for more in (*hosted_gathering(doc, mention), *repeats(doc, mention))]
    resolution.name_counterparts(doc, mentions)
    meetings = add_summits(doc, merge(mentions, doc.published, doc.text), mentions)
    resolution.name_hosts(doc, meetings)
    resolution.invited_host(doc, meetings)
    resolution.inherit_from_gathering(doc, meetings)
    context.when_clause(doc, meetings)
    context.where_day(doc, meetings)
    context.presence(doc, meetings)
    resolution.from_dateline(doc, meetings)
    resolution.lead_city(doc, meetings)
    resolution.inherit_from_occasion(doc, meetings)  # (after the dateline: the occasion may take its day from it)
    context.conjoined_trip(doc, meetings)
    context.interval_after(doc, meetings)
    context.same_day(doc, meetings)
    resolution.inherit_from_occasion(doc, meetings)  # (again: an occasion "earlier in the day" has its day now)
    context.on_arrival(doc, meetings)
    context.tour_day(doc, meetings)  # (before the lead's day: "On the second day of the tour" is no day of the news)
    context.lead_day(doc, meetings)
    context.roster_day(doc, meetings)
    context.same_day(doc, meetings)  # (again: "Later in the day" after a meeting that has the lead's day only now)
    context.interval_after(doc, meetings)  # (again from the lead's day: "the talks came three days after they spoke by phone")
    context.story_day(doc, meetings)
    context.summit_opening_day(doc, meetings)  # (before the sidelines take the summit's day)
    context.host_capital(meetings)
    context.trip_place(doc, meetings)
    context.host_land(doc, meetings)
    context.summit_of_the_talks_day(meetings)
    context.summit_place(meetings)
    context.sidelines_day(doc, meetings)
    resolution.inherit_from_occasion(doc, meetings, late=True)  # (and again: a meeting on the sidelines has its day now)
    context.before_the_event(doc, meetings)
    context.venue_city(doc, meetings)
    context.city_in_sentence(doc, meetings)
    context.interval_opening(doc, meetings)
    context.day_in_sentence(doc, meetings)
    context.visit_met_since(doc, meetings)
    resolution.drop_trip_legs(meetings)
    join_retold(meetings)
    settled = settle_plans(meetings, doc.text)
    context.ahead_is_planned(doc, settled)
    records = emitted(doc, context.states_told_by_persons(settled))
    if text is not source:
        for record in records:  # the evidence quotes the text as written
            evidence = record["evidence"]
            evidence["text"] = source[evidence["start"] : evidence["end"]]
    return records


def _unbroken(sentences: list[tuple[int, int]], names: list[Mention]) -> list[tuple[int, int]]:
    """SENTENCES, joined where a boundary cuts a name ("Ma. Theresa Lazaro"); NAMES are sorted by start."""
    ends = [end for _, end in sentences[:-1]]
    cuts = set()
    for m in names:
        i = bisect_right(ends, m.start)
        if i < len(ends) and ends[i] < m.end:
            cuts.add(ends[i])
    if not cuts:
        return sentences
    out: list[tuple[int, int]] = []
    for span in sentences:
        if out and out[-1][1] in cuts:
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _dateline(text: str) -> dict | None:
    try:
        from dipkit.split.dateline import find_dateline
    except ImportError:  # the dateline finder ships with the split layer
        return None
    return find_dateline(text)
