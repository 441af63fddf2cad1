"""Meeting mentions: one per trigger in a sentence, with its sides, place, date and status.

A mention is what one sentence says about one contact; ``merging`` turns the
mentions of a document into its meetings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from dipkit.meetings import setting, sides
from dipkit.meetings.document import Document, Mention
from dipkit.meetings.lexicon import trigger_rules, word_classes
from dipkit.meetings.parties import Party, dedupe, same_side

_WORD = re.compile(r"[\w'’-]+")
_ANAPHORIC = re.compile(r"(?:the|their|this|that|these|those|its|his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_THEIR = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DETERMINERS = ("the", "their", "that", "this")
_OBJECT_PRONOUN = re.compile(r"\s+(?:him|her)\b", re.IGNORECASE)
_WITH = re.compile(r"\bwith\b", re.IGNORECASE)
_LATE_WITH = re.compile(
    r"^\s*(?:(?:here|there|again|also|separately|briefly|today|later|earlier|jointly)\s+){0,2}"  # "held talks here with"
    r"(?:(?:on|in)\s*|(?:via|by|over)\s+(?:a\s+)?(?:video|phone|telephone)(?:\s+(?:link|call))?\s+)?with\b",
    re.IGNORECASE,
)
_REMOTE_AFTER = re.compile(r"\s+(?:via|by|over)\s+(?:a\s+)?(?:video|phone|telephone)", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_LATE_BETWEEN = re.compile(r"^\s*(?:on|in)?\s*between\b", re.IGNORECASE)
_AND_TO = re.compile(r"\band\s+to\s+$", re.IGNORECASE)
_FOR_PURPOSE = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_INVITED = re.compile(r"\b(?:invited|invites|invite|asked|urged)\s+(?:[\w.]+\s+){0,2}$", re.IGNORECASE)
_CALL_GOES_ON = re.compile(r"\s*(?:[,.;]|and\b|on\b|to\s+(?:discuss|express|congratulate|offer|convey|thank|condole)\b|$)", re.IGNORECASE)
_TOPIC_OF = re.compile(
    r"\b(?:discuss|discussed|discusses|discussing|about|regarding)\s+(?:(?:the|their|a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_BY = re.compile(r"\s+by\b", re.IGNORECASE)
_AT_GATHERING = re.compile(
    r"\b(at|during|for|sidelines\s+of|margins\s+of|hosting|host|hosted|hosts|ahead\s+of|before|after|attend|attended|attending)"
    r"\s+(?:(the|a|an|this|last|next|its|their|his|her)\s+)?(?:(?!(?:at|during|for|before|after)\s)[\w'’.-]+\s+){0,5}$",  # the nearest
    re.IGNORECASE,
)
_THE_GATHERING = re.compile(
    r"\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|forum|conference|gathering|meeting|talks|session)\b", re.IGNORECASE
)
_REMOTE = re.compile(r"\b(?:phone|telephone|video|virtual|online)\b")
_SPELL_OF = re.compile(r"\b(?:years|months|decades|weeks|century|centuries|rounds)\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_COUNTERPART = re.compile(r"\band\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b", re.IGNORECASE)
_JOINS = re.compile(
    r"\b(?:(?:expanded|widened|broadened)\s+to\s+include|(?:was|were)\s+(?:later\s+|also\s+)?joined\s+by|also\s+included)\b", re.IGNORECASE
)
_FOR_TO = re.compile(r"\bfor\s+((?:the\s+|both\s+)?(?:(?!(?:and|or|but|its|his|her)\s)[\w'’-]+\s+){1,5}?)to\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_JOINED_BY = re.compile(r",\s*(?:also\s+)?joined\s+by\s+", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)\s+$", re.IGNORECASE)
_HE_TALKS = re.compile(r"\b(?:he|she|it|who)\s+$", re.IGNORECASE)
_INVITATION = re.compile(r"\b(?:invitation\s+of|invited\s+by|hosted\s+by)\s+(?:the\s+)?", re.IGNORECASE)
# an opening phrase whose subject follows the comma: "During talks with X, Y said", "Arriving in Z, Y met"
_OPENING_PHRASE = re.compile(r"\s*(?:during|in|at|on|after|before|following|ahead\s+of|amid|[a-z]+ing)\s[^,]*$", re.IGNORECASE)
_NOUN_ENDINGS = ("talks", "meeting", "meetings", "call", "conversation")  # "held talks": no direct object follows
_REACH = 300  # characters on each side of a trigger that the rules read (a sentence is rarely longer)
_MEMORY = 20  # earlier objects of the sentence kept for the subject rules
_SIDELINES_REACH = 150  # "met X on Friday at a hotel in the Indian port of Goa on the margins of ..."
_ATTEND_SKIP = 30  # characters after an attended gathering's name that still belong to it ("G20 Leaders' meeting")


@dataclass
class MeetingMention:
    """What one trigger says: kind, parties, where, when, held or planned."""

    kind: str
    frame: str
    start: int
    end: int
    sentence: tuple[int, int]
    parties: list[Party]
    place: dict | None
    date: dict | None
    status: str
    hosted: bool = False
    sidelines: bool = False
    sidelines_of: Party | None = None  # the gathering named in "on the margins of the G7 summit"
    sidelines_span: tuple[int, int] | None = None  # where the text names that gathering
    anaphoric: bool = False
    of_countries: bool = False  # "the two countries": the sides are the states of the last meeting's parties
    group: bool = False  # "the two leaders", "both sides": whoever the story last had meet, by any means
    joins: bool = False  # "the talks were later widened to include X and Y": they join the meeting before
    sequel: bool = False  # "in a separate meeting with": on the occasion of the meeting before
    paired: bool = False  # "talks between X and Y": exactly two sides, even when one is an organization
    fallback: list[Party] = field(default_factory=list)  # the sides of "they" when no meeting came before
    fallback_date: dict | None = None  # and the day the sentence naming them gives
    objects: list[Mention] = field(default_factory=list)


@dataclass
class Reading:
    """One trigger being read, with what the sentence around it offers."""

    doc: Document
    index: int
    sentence: tuple[int, int]
    trigger: tuple[int, int]
    frame: str
    kind: str
    word: str
    headline: bool
    objects: list[Mention]  # names already read as objects of earlier triggers of the sentence
    others: list[tuple[int, int]]  # the sentence's other triggers
    first: int  # where the sentence's first trigger starts
    between: bool = False
    anaphoric: bool = False
    group: bool = False
    unnamed: bool = False
    of_countries: bool = False
    fallback: list[Mention] = field(default_factory=list)


def find_mentions(doc: Document) -> list[MeetingMention]:
    """Every trigger of every sentence that is not negated, as a mention (parties may be missing)."""
    pattern, rules, heads = trigger_rules()
    found: list[MeetingMention] = []
    starts = [m.start() for m in _WORD.finditer(doc.text) if m.group().lower() in heads]
    for index, sentence in enumerate(doc.sentences):
        headline = index == 0 and not doc.text[sentence[0] : sentence[1]].rstrip().endswith((".", "”", '"'))
        objects: list[Mention] = []
        skip_until = -1  # "attend the APEC Economic Leaders' meeting": the gathering's own name is no new trigger
        matches = [(m, rules[int(m.lastgroup[1:])]) for m in _scan(pattern, doc.text, starts, sentence)]
        spans = [  # the triggers that report something of their own (not "the G20 summit" someone attended)
            m.span()
            for m, rule in matches
            if not (rule.frame == "noun" and _at_gathering(doc, sentence, m.span(), m.group().lower(), m.start() > matches[0][0].start()))
        ]
        for match, rule in matches:
            trigger = match.span()
            reach = (max(sentence[0], trigger[0] - _REACH), min(sentence[1], trigger[1] + _REACH))
            if trigger[0] < skip_until:
                continue
            near = spans[bisect_left(spans, (reach[0], 0)) : bisect_left(spans, (reach[1], 0))]
            reading = Reading(
                doc, index, reach, trigger, rule.frame, rule.kind, match.group().lower(), headline, objects[-_MEMORY:], near, matches[0][0].start()
            )
            mention = _read(reading)
            if mention is None or setting.is_negated(doc, reach, trigger):  # (negation is dearer to test: last)
                continue
            mention.sentence = sentence
            if found and found[-1].sentence == sentence and (
                _AND_TO.search(doc.text, max(sentence[0], trigger[0] - 12), trigger[0])
                or _FOR_PURPOSE.search(doc.text, max(found[-1].end, trigger[0] - 40), trigger[0])
            ):
                mention.status = found[-1].status  # "planned to call him on Monday and to meet him on Thursday",
                # "plans to visit Tokyo next month for a follow-up meeting"
            found.append(mention)
            objects += mention.objects
            if rule.frame == "attend" and mention.objects:
                skip_until = mention.objects[-1].end + _ATTEND_SKIP
    return found


def _scan(pattern: re.Pattern[str], text: str, starts: list[int], sentence: tuple[int, int]) -> list[re.Match[str]]:
    """PATTERN's matches in SENTENCE, tried only at STARTS (words a trigger can begin with), none overlapping."""
    out: list[re.Match[str]] = []
    for start in starts[bisect_left(starts, sentence[0]) : bisect_left(starts, sentence[1])]:
        if out and start < out[-1].end():
            continue
        found = pattern.match(text, start, sentence[1])
        if found:
            out.append(found)
    return out


def _read(r: Reading) -> MeetingMention | None:
    if r.frame == "joint" and not _COUNTERPART.search(r.doc.text, r.sentence[0], r.trigger[0]):
        return None  # (the cheap test first: "agreed", "signed" are frequent words)
    r.between = r.word.endswith("between")
    if r.frame == "noun" and not r.word.endswith(("with", "between")) and _TOPIC_OF.search(r.doc.text, max(r.sentence[0], r.trigger[0] - 40), r.trigger[0]):
        return None  # "to discuss the hostage talks", "about the meeting": what was talked about, not a meeting
    if r.frame == "noun" and _SPELL_OF.search(r.doc.text, max(r.sentence[0], r.trigger[0] - 50), r.trigger[0]):
        return None  # "after 25 years of talks", "months of negotiations": a process, not one meeting
    if r.word.startswith("talks") and _HE_TALKS.search(r.doc.text, max(r.sentence[0], r.trigger[0] - 8), r.trigger[0]):
        return None  # "he talks regularly with": the verb, a habit, no meeting
    earlier = r.trigger[0] > r.first
    if r.frame == "noun" and not r.word.endswith(("with", "between")) and _at_gathering(r.doc, r.sentence, r.trigger, r.word, earlier):
        return None  # "met at the G20 summit", "on the margins of an ASEAN summit": a venue, not a meeting
    right = _object(r)
    if right is None:
        return None
    left = _subject(r, right)
    if r.unnamed:
        return None
    if r.frame == "sym" and len(left) < 2 and not r.anaphoric:
        return None  # "X discussed Y" is no meeting; "X and Y discussed", "the two ministers discussed" are
    if r.frame == "joint" and (len(left) < 2 or not _COUNTERPART.search(r.doc.text, left[0].end, left[-1].start)):
        return None  # "China and Russia agreed" may be by letter; "X and his Japanese counterpart Y agreed" met
    if not right and _OBJECT_PRONOUN.match(r.doc.text, r.trigger[1]):
        right = sides.object_pronoun(r.doc, r.trigger[0], left)
    used = _with_bystanders(r, left + right)
    parties = dedupe([m.party for m in used if m.party is not None])
    kind = r.kind
    paired = r.between and len(parties) == 2  # "talks between Iran and the IAEA": two sides, no summit
    lands = {p.country for p in parties if p.type == "GPE"}
    if r.frame == "visit" and any(p.type == "PERSON" and p.country in lands for p in parties):
        kind = "meeting"  # a trip whose host is named is a meeting with the host
        parties = [p for p in parties if not (p.type == "GPE" and p.country in lands)]
    if kind == "meeting" and (_REMOTE.search(r.word) or _REMOTE_AFTER.match(r.doc.text, r.trigger[1])):
        kind = "call"  # "held a virtual meeting with", "held talks via video link with"
    gathered = "summit" in r.word or r.frame == "host" and sum(p.type == "PERSON" for p in parties) > 3  # "X welcomed A, B and C": four or more leaders
    if kind == "meeting" and not paired and (any(p.multilateral for p in parties) or gathered and len(parties) > 2):
        kind = "summit"
    mention = _mention(r, kind, parties, used, right)
    mention.paired = paired
    return mention


def _object(r: Reading) -> list[Mention] | None:
    """Who or what the trigger is done to: the guest, the host, the place visited, the gathering attended.
    None when the trigger turns out to report no meeting."""
    doc, sentence, trigger = r.doc, r.sentence, r.trigger
    passive = _BY.match(doc.text, trigger[1]) if r.frame in ("attend", "host") else None
    if passive and r.frame == "host":  # "Fidan will be received by President Sisi": the host comes after "by"
        right = sides.object_side(doc, sentence, passive.end())
        return right if any(m.party.type == "PERSON" for m in right) else None
    if passive:  # "his talks with X were also attended by Y": Y joins the meeting before
        r.frame, r.kind, r.between, r.anaphoric = "noun", "meeting", True, True
        return sides.object_side(doc, sentence, passive.end()) or None
    if r.word.split()[0] in _DETERMINERS:  # "the call": the call reported before
        r.anaphoric = r.between = True
        return []
    if r.frame == "mediate":
        between = _LATE_BETWEEN.match(sides.without_dates(doc, trigger[1], min(sentence[1], trigger[1] + 40)))
        if not between:
            return None  # "mediation" alone names no sides
        return sides.object_side(doc, sentence, _BETWEEN.search(doc.text, trigger[1]).end())
    if r.frame == "visit":
        if r.word == "visiting" and _DETERMINER_BEFORE.search(doc.text, max(sentence[0], trigger[0] - 8), trigger[0]):
            return None  # "received the visiting Pakistani premier": a guest, told by the verb before
        places = sides.object_side(doc, sentence, trigger[1], places_ok=True)
        places = places[: next((i for i, m in enumerate(places) if m.party.type != "GPE" or m.entity.get("type") != "GPE"), len(places))]
        return places or _destination_before(doc, sentence, trigger)
    if r.frame == "attend":
        event = word_classes()["event"]
        if not event.search(doc.text, trigger[1], min(sentence[1], trigger[1] + 90)):
            return None  # "allowed to participate in the election": no gathering, no meeting
        org = sides.nearest_org(doc, sentence, (trigger[1], trigger[1]), reach=90)
        if org is not None and org.start >= trigger[1] and event.search(doc.text, trigger[1], min(sentence[1], org.end + 40)):
            return [org, *sides.compound_orgs(doc, org)]  # "the ASEAN-GCC summit": both organizations
        r.anaphoric = bool(_THE_GATHERING.match(doc.text, trigger[1]))  # "attended the summit": the one reported before
        return []
    if r.frame in ("call", "noun", "verb") and _LATE_WITH.match(sides.without_dates(doc, trigger[1], min(sentence[1], trigger[1] + 40))):
        return sides.object_side(doc, sentence, _WITH.search(doc.text, trigger[1]).end())  # "a call on Monday with"
    if r.frame == "dial":
        right = sides.object_side(doc, sentence, trigger[1])
        persons = [m for m in right if m.party.type == "PERSON"]
        if not persons or persons[0].start - trigger[1] > 40 or not _CALL_GOES_ON.match(doc.text, right[-1].end):
            return None
        return right
    direct = r.frame in ("verb", "host", "call", "callon") and not r.word.endswith(_NOUN_ENDINGS)
    if not (r.between or r.word.endswith(("with", " to")) or direct):
        return []
    right = sides.object_side(doc, sentence, trigger[1], lead_to=r.word.endswith(("welcome", "reception")))
    if r.frame in ("host", "callon") and not any(sides.person_like(doc, m) for m in right):  # a guest, "the Pakistani premier" too
        orgs = [m for m in right if m.party.multilateral]
        if r.frame == "host" and orgs and word_classes()["event"].search(doc.text, orgs[0].end, min(sentence[1], orgs[0].end + 40)):
            r.kind = "summit"  # "Italy hosts a G7 ministers' meeting": the host and the gathering
            return orgs[:1]
        return None  # "welcomed the decision", "called on China to": no guest or host, no meeting
    return right


def _subject(r: Reading, right: list[Mention]) -> list[Mention]:
    """Who does it: a possessor, the subject of the clause, a title or pronoun pointing back, or, for
    "the two leaders" and "the talks", nobody yet (the mention is anaphoric)."""
    if r.between:
        return []
    doc, sentence, start = r.doc, r.sentence, r.trigger[0]
    purpose = _FOR_TO.search(doc.text, max(sentence[0], start - 60), start)
    if purpose:  # "pressed for the rebels to rejoin talks": the subject is whoever "for" names
        named = [m for m in doc.mentions_in(purpose.start(1), purpose.end(1)) if sides.eligible(m)]
        if len(named) >= 2:
            return named
        if sides.group_before(doc, (purpose.start(1), purpose.end(1)), purpose.end(1)):
            r.anaphoric = r.group = True  # "urged the two leaders to meet"
        r.unnamed = not r.group  # "for the rebels to rejoin talks": sides the story does not name here
        return []
    near_group = word_classes()["group"].search(doc.text, max(sentence[0], start - 60), start)
    if near_group and any(sides.eligible(m) for m in doc.mentions_in(near_group.end(), start)):
        near_group = None
    if near_group:  # the group right before the trigger is its subject
        persons = sides.all_persons(doc, (sentence[0], near_group.start()))
        named = dedupe([m.party for m in persons])
        if len(named) == 2 and not word_classes()["countries"].search(near_group.group()):  # "X has not spoken with Y,
            return [m for m in persons if m.party in named]  # but the two leaders will meet"
        left = []
    else:
        left = sides.possessor(doc, sentence, start) or sides.pronoun_possessor(doc, r.index, start)
    if near_group is None:
        left = left or sides.relative_subject(doc, sentence, start) or sides.infinitive_subject(doc, sentence, start, r.objects)
    if not left and r.frame == "noun" and not right and _ANAPHORIC.search(doc.text, max(sentence[0], start - 40), start):
        if _THEIR.search(doc.text, max(sentence[0], start - 40), start):  # "X and Y signed ... after their talks"
            owners = sides.subject_side(doc, (sentence[0], sentence[1]), sides.clause_start(doc, sentence, start) - 1, r.objects)
            if len(owners) >= 2:
                return owners
        r.anaphoric = True
        return []
    if not near_group:
        left = left or sides.subject_side(doc, sentence, start, right + r.objects) or sides.title_antecedent(doc, sentence, start)
    if not left:
        group = sides.group_before(doc, sentence, start)
        if group:
            r.anaphoric = r.group = True
            r.of_countries = bool(word_classes()["countries"].search(group))
            r.fallback = sides.previous_subjects(doc, r.index)  # "They" with no meeting before: who the last sentence named
            return []
        left = sides.pronoun_antecedent(doc, r.index, start, sentence[0])
        if not left and right and _opening(doc, sentence, start):
            left = sides.person_after(doc, sentence, right[-1].end, right)
    if r.frame == "attend" and left and _INVITED.search(doc.text, max(sentence[0], left[0].start - 30), left[0].start):
        subject = sides.subject_side(doc, sentence, left[0].start, r.objects)  # "Putin invited Modi to take part in"
        left = [m for m in subject if m not in left] + left
    if r.frame == "attend" and left:  # everyone named between the attendee and the gathering
        left += [m for m in sides.all_persons(doc, (left[-1].end, start)) if m not in left]
    return left


def _opening(doc: Document, sentence: tuple[int, int], start: int) -> bool:
    """Whether the trigger at START stands in a phrase opening the sentence, before its subject."""
    return not doc.text[sentence[0] : start].strip() or bool(_OPENING_PHRASE.match(doc.text, sentence[0], start))


def _with_bystanders(r: Reading, used: list[Mention]) -> list[Mention]:
    """USED, plus the persons of the trigger's clause for a bare noun ("Macron greeted Scholz's aides as the
    talks opened"), plus the organization named with a gathering ("the BRICS summit")."""
    doc, sentence, trigger = r.doc, r.sentence, r.trigger
    gathering = word_classes()["gathering"]
    parties = [m for m in used if m.party is not None]
    if r.frame in ("noun", "call") and len(parties) < 2 and not r.between and not gathering.search(r.word):
        end = sides.clause_stop(doc, trigger[1], setting.clause_end(doc, trigger[1], sentence[1]))
        extra = [m for m in sides.all_persons(doc, (sides.clause_start(doc, sentence, trigger[0]), end)) if m not in used]
        if extra and len(parties) + len(extra) >= 2:
            used = used + extra
    joined = _JOINED_BY.search(doc.text, trigger[1], sentence[1]) if r.frame in ("attend", "noun", "verb", "host") else None
    if joined:  # "opened the forum, joined by the Japanese premier"
        used = used + [m for m in sides.all_persons(doc, (joined.end(), min(sentence[1], joined.end() + 80)))[:1] if m not in used]
    invited = _INVITATION.search(doc.text, trigger[1], sentence[1])
    if invited and r.frame in ("attend", "visit"):  # "at the invitation of President Ramaphosa": the host takes part
        used = used + [m for m in sides.all_persons(doc, (invited.end(), min(sentence[1], invited.end() + 80)))[:1] if m not in used]
    if r.frame == "visit" and r.word.startswith("visit"):  # "Park's visit to Beijing" in a sentence naming Xi
        lands = {m.party.country for m in used if m.party is not None and m.party.type == "GPE"}
        guests = [m.party for m in used if m.party is not None and m.party.type == "PERSON"]
        opening = max(sides.clause_start(doc, sentence, trigger[0]), doc.text.rfind(",", sentence[0], trigger[0]) + 1)
        clause = (opening, setting.clause_end(doc, trigger[1], sentence[1]))
        used = used + [  # only in the visit's own clause: "met X, their first talks since she visited Y" is another trip
            m for m in sides.all_persons(doc, clause) if m not in used and m.party.country in lands and not any(same_side(m.party, g) for g in guests)
        ]
    near = doc.text[max(sentence[0], trigger[0] - 20) : min(sentence[1], trigger[1] + 40)]
    named_gathering = gathering.search(r.word) or r.frame == "noun" and "summit" in r.word and gathering.search(near)
    if named_gathering and not any(m.party is not None and m.party.type == "ORG" for m in used):
        org = sides.nearest_org(doc, sentence, trigger)
        if org is None and "summit" in r.word:  # "AU heads of state ... gathered at a summit in X"
            org = next((m for m in sides.eligible_orgs(doc, (sentence[0], trigger[0])) if m.party.multilateral), None)
        if org is not None:
            used = used + [org]
    return used


def _mention(r: Reading, kind: str, parties: list[Party], used: list[Mention], right: list[Mention]) -> MeetingMention:
    doc, sentence, trigger = r.doc, r.sentence, r.trigger
    place = None
    if r.frame == "visit":
        destinations = [m for m in right if m.party is not None and m.party.type == "GPE"]
        place = setting.place_dict(destinations[0]) if len(destinations) == 1 else None
    elif r.frame != "call" and kind != "call":
        place = setting.find_place(doc, sentence, trigger, used)
        hosts = [m for m in used if m.end <= trigger[0] and m.party is not None and m.party.type == "GPE" and m.entity.get("code")]
        if place is None and r.frame == "host" and kind == "summit" and hosts:
            place = setting.place_dict(hosts[0])  # "Pakistan will host the SCO meeting": in Pakistan
    date = setting.find_date(doc, sentence, trigger, r.others)
    planned = setting.is_planned(doc, sentence, trigger, r.headline, date)
    later = [o[0] for o in r.others if o[0] > trigger[1]]  # a later trigger owns what follows it
    sidelines = _sidelines(doc, (sentence[0], min([sentence[1], *later])), trigger) if kind != "call" else None
    return MeetingMention(
        kind=kind,
        frame=r.frame,
        start=trigger[0],
        end=trigger[1],
        sentence=sentence,
        parties=parties,
        place=place,
        date=date,
        status="planned" if planned else "held",
        hosted=r.frame == "host",
        sidelines=sidelines is not None,
        sidelines_of=sidelines.party if sidelines is not None else None,
        sidelines_span=(sidelines.start, sidelines.end) if sidelines is not None and sidelines.party is not None else None,
        anaphoric=r.anaphoric,
        of_countries=r.of_countries,
        group=r.group,
        joins=r.anaphoric and bool(_JOINS.search(doc.text, trigger[1], min(sentence[1], trigger[1] + 120))),
        fallback=[m.party for m in r.fallback if m.party is not None],
        fallback_date=_first_date(doc, doc.sentences[r.index - 1]) if r.fallback else None,
        sequel=bool(word_classes()["sequel"].search(doc.text, max(sentence[0], trigger[0] - 25), trigger[0])),
        objects=right,
    )


def _first_date(doc: Document, sentence: tuple[int, int]) -> dict | None:
    found = next(iter(doc.dates_in(*sentence)), None)
    return {"value": str(found["value"]).split("T")[0], "text": found["text"]} if found else None


def _at_gathering(doc: Document, sentence, trigger, word: str, earlier: bool = True) -> bool:
    """A summit, or an organization's meeting, named as where something else happened (EARLIER: another
    trigger of the sentence reports that something; "join the SCO at a summit" reports the summit itself)."""
    found = _AT_GATHERING.search(doc.text, max(sentence[0], trigger[0] - 60), trigger[0])
    if not found or found.group(1).lower() in ("at", "during") and not earlier:
        return False
    between = [m for m in doc.mentions_in(found.start(), trigger[0]) if m.party is not None]
    if found.group(1).lower().startswith(("ahead", "before", "after")):  # "a call ahead of an Arab League meeting"
        other = (found.group(2) or "").lower() in ("the", "a", "an", "this", "last", "next", "its")  # is another event;
        named = any(m.party.type == "ORG" for m in between) or word.startswith("summit")  # "after talks in Pyongyang",
        return (other or named) and not any(m.party.type == "PERSON" for m in between)  # "after their talks" are not
    named = any(m.party.type == "ORG" for m in between)
    return named or word.startswith("summit")


def _sidelines(doc: Document, sentence, trigger) -> Mention | None:
    """"on the sidelines of the G20": the phrase near the trigger, as the gathering's mention when one is named
    (a bare phrase gives a mention without a party)."""
    pattern = word_classes()["sidelines"]
    for start, end in ((trigger[1], min(sentence[1], trigger[1] + _SIDELINES_REACH)), (max(sentence[0], trigger[0] - 80), trigger[0])):
        found = pattern.search(doc.text, start, end)
        if found:
            inside = found.start() if start == trigger[1] else found.end()  # after the trigger, "at the G20 summit" too
            for m in doc.mentions_in(inside, min(sentence[1], found.end() + 60)):
                if m.party is not None and m.party.type == "ORG":
                    return m
            return Mention(found.start(), found.end(), {}, None)
    return None


def _destination_before(doc: Document, sentence, trigger) -> list[Mention]:
    """"Pelosi's Taiwan visit": a country or city named right before the trigger."""
    before = doc.mentions_in(sentence[0], trigger[0])
    if before and before[-1].party is not None and before[-1].party.type == "GPE" and not doc.text[before[-1].end : trigger[0]].strip():
        return [before[-1]]
    return []
