"""From merged meetings to the records' ``meetings``: which to emit, their final kind, codes and spans."""

from __future__ import annotations

from dipkit.meetings.codes import event_codes
from dipkit.meetings.document import Document
from dipkit.meetings.lexicon import word_classes
from dipkit.meetings.merging import Meeting
from dipkit.meetings.parties import same_side
from dipkit.meetings.setting import near
from dipkit.meetings.resolution import is_summit

_NEWS_DAYS = 10  # how far from the report a headline's news may lie
_LEAD_SENTENCES = 3  # the lead, after the headline, tells the headline's news


def emitted(doc: Document, meetings: list[Meeting]) -> list[dict]:
    """The meetings worth reporting, in the order the body first reports them, as dicts."""
    kept = [m for m in meetings if _worth_emitting(m)]
    headline_end = doc.sentences[0][1] if doc.sentences and "\n" in doc.text[doc.sentences[0][1] : doc.sentences[0][1] + 2] else 0
    headline = headline_end and not doc.text[: headline_end].rstrip().endswith((".", "!", "?", ":", "\"", "”"))  # (a title, no sentence)
    kept = _told_by_body(kept, headline_end, doc.published) if headline else kept
    lead_end = doc.sentences[min(_LEAD_SENTENCES, len(doc.sentences) - 1)][1] if headline_end else 0
    told = {p.name for m in kept if any(headline_end <= x.start < lead_end for x in m.mentions) for p in m.parties}
    kept.sort(key=lambda m: _position(m, headline_end, lead_end, told))
    return [_as_dict(doc, m) for m in kept]


def _of_the_news(meeting: Meeting, published: str | None) -> bool:
    """Whether MEETING is undated or dated near the report (the news a headline tells, not a round long before)."""
    return not meeting.date or not published or near(meeting.date["value"], published, _NEWS_DAYS)


def _told_by_body(meetings: list[Meeting], headline_end: int, published: str | None) -> list[Meeting]:
    """MEETINGS without those the headline alone tells and the body tells again: "Blinken in Beijing for talks with
    Wang" is the talks the lead plans, "Tusk meets Macron, Scholz" the two meetings the lead reports (a guest the body
    does not name again stays, met by the headline's host: "EAM meets Blinken, NSA Sullivan")."""
    body = [m for m in meetings if any(x.start >= headline_end for x in m.mentions)]
    out = []
    for meeting in meetings:
        if meeting in body:
            out.append(meeting)
            continue
        told = [
            n for n in body
            if _same_kind(n, meeting) and sum(any(same_side(p, q) for q in n.parties) for p in meeting.parties) >= 2
            and (n.status == meeting.status or not (n.date and meeting.date) and _of_the_news(n, published))
        ]  # (not "... ahead of leaders' meeting" and their talks in Wuhan last year)
        if not told:
            out.append(meeting)
            continue
        told[0].mentions = sorted([*told[0].mentions, *meeting.mentions], key=lambda x: x.start)
        left = [p for p in meeting.parties if not any(same_side(p, q) for n in told for q in n.parties)]
        hosts = [p for p in meeting.parties if all(any(same_side(p, q) for q in n.parties) for n in told)]
        if left and hosts and len(meeting.parties) > 2:  # (the guest only the headline names, with the host)
            meeting.parties = [*hosts[:1], *left]
            meeting.date = None
            out.append(meeting)
    return out


def _same_kind(a: Meeting, b: Meeting) -> bool:
    """Whether two meetings can tell one contact by kind: a summit with a summit, any other two together."""
    return (a.kind == "summit") == (b.kind == "summit")


def _position(meeting: Meeting, headline_end: int, lead_end: int, told: set[str]) -> int:
    """Where the body first reports a meeting: a headline only announces what the body tells; but the news of a
    headline whose lead no trigger read (no meeting of its sides told there) stays first."""
    body = [m.start for m in meeting.mentions if m.start >= headline_end]
    if body and min(body) >= lead_end and meeting.first.start < headline_end and not any(p.name in told for p in meeting.parties):
        return meeting.first.start
    return min(body) if body else meeting.first.start


def _worth_emitting(meeting: Meeting) -> bool:
    if len(meeting.parties) < 2:
        return False
    if meeting.kind == "visit":  # a person's (or a state's) trip abroad; troops arriving are no visit
        persons = [p for p in meeting.parties if p.type == "PERSON"]
        hosts = {p.country for p in meeting.parties if p.type == "GPE"}
        if persons:
            return not all(v.country in hosts for v in persons)
        return len(hosts) >= 2 and not any(p.type == "ORG" for p in meeting.parties)
    return not _domestic(meeting)


def _domestic(meeting: Meeting) -> bool:
    """Whether only persons of one land take part ("the President held a meeting with Prime Minister X", of the
    same state): a government's own business, no diplomatic contact."""
    lands = {p.country if p.type == "PERSON" else None for p in meeting.parties}
    return len(lands) == 1 and None not in lands


def _kind(doc: Document, meeting: Meeting) -> str:
    if meeting.kind == "talk":  # "spoke with": a call unless the report says they were together
        in_person = word_classes()["in_person"]
        together = any(in_person.search(doc.text, *m.sentence) or m.kind == "talk" and m.place for m in meeting.mentions)
        return "meeting" if together else "call"  # ("spoke to Y in Warsaw": where they met)
    if meeting.kind == "call" and any(p.multilateral for p in meeting.parties) and not any(m.paired for m in meeting.mentions):
        return "summit"  # "a virtual summit of BRICS leaders": the bloc's gathering, held online
    if meeting.kind == "visit" and len({p.country for p in meeting.parties if p.type == "PERSON"} - {None}) >= 2:
        return "meeting"  # "He is visiting at the invitation of Wang Yi": a trip whose host is named is a meeting with the host
    if meeting.kind in ("call", "visit"):
        return meeting.kind
    return "summit" if is_summit(meeting) else "meeting"


def _as_dict(doc: Document, meeting: Meeting) -> dict:
    kind = _kind(doc, meeting)
    cameo, plover = event_codes(kind, meeting.status, meeting.hosted, meeting.place, meeting.parties, meeting.sidelines)
    full = next((m for m in meeting.mentions if len(m.parties) >= 2), meeting.first)
    start, end = full.sentence
    spans = sorted({m.sentence for m in meeting.mentions})
    return {
        "participants": [p.as_dict() for p in meeting.parties],
        "place": None if kind == "call" else meeting.place,  # (a call joins two places: it is held at neither)
        "date": meeting.date,
        "kind": kind,
        "status": meeting.status,
        "evidence": {"start": start, "end": end, "text": doc.text[start:end]},
        "mentions": [{"start": s, "end": e} for s, e in spans],
        "cameo": cameo,
        "plover": plover,
    }
