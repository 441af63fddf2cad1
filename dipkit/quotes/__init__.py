"""Who said what: quotations, their speakers and cues.

``find_quotes(text, entities)`` pairs quotation marks (:mod:`.marks`), splits
paragraphs into sentences that treat quotations as opaque (:mod:`.sentences`),
and attributes each quotation through its cue (:mod:`.attribution`) to a
speaker resolved against the entities layer's mentions (:mod:`.speakers`).
"""

from __future__ import annotations

import re

from dipkit.quotes.attribution import Attributor, Cue, looks_scare
from dipkit.quotes.echoes import attribute_echoes
from dipkit.quotes.marks import PARAGRAPH, Quoted, quoted_spans
from dipkit.quotes.mentions import MentionIndex, from_entities, names_near_cues
from dipkit.quotes.sentences import sentence_bounds
from dipkit.quotes.speakers import Resolver, Speaker

__all__ = ["find_quotes"]


def _mentions(text: str, entities: list | None):
    """Speaker mentions from ENTITIES, computing them when None (a stand-in when the entities layer is absent)."""
    if entities is None:
        try:
            from dipkit.entities import find_entities
        except ImportError:
            return names_near_cues(text)
        entities = find_entities(text)
    return from_entities(text, entities)


# ", discussing ways to reach a “just peace”", ", with Foreign Minister X accusing Y of building an “…”": a clause
# in -ing after a comma, maybe led by "with" and a person
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:with\s+(?P<lead>[^,.;“”\"]{2,80}?)\s+)?(?P<verb>[a-z]{3,}ing)\b")


_AFTER_COLON = re.compile(r"[ \t]*:[ \t]*")
_HEADLINE_NAME_REACH = 25  # "PM Modi", "Foreign Minister Wang Yi": the title and name right after the colon


def _paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding POS ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


class _Document:
    """The running state of one document: resolver, attributor, and where the last paragraph began."""

    def __init__(
        self, text: str, spans: list[Quoted], entities: list | None, indirect: bool, published: str | None
    ) -> None:
        self.text = text
        self.spans = spans
        # without --indirect nothing after the last quotation's paragraph can matter: its cues are not read
        self.reach = len(text) if indirect else _paragraph_end(text, spans[-1].close)
        self.resolver = Resolver(text, MentionIndex(text, _mentions(text, entities)), published)
        self.attributor = Attributor(text, self.resolver, self.reach)
        self.indirect = indirect
        self.previous_paragraph = 0
        self.out: list[dict] = []
        self.continuing: set[int] = set()  # ids of items that go on the quotation of the paragraph before

    def run(self) -> list[dict]:
        spans = self.spans
        count = len(spans)
        k = 0
        for paragraph in PARAGRAPH.finditer(self.text, 0, self.reach):
            lo, hi = paragraph.span()
            if not paragraph.group().strip():
                continue
            mine = []
            while k < count and spans[k].open < hi:
                mine.append(spans[k])
                k += 1
            previous_sentence = (lo, lo)
            j = 0
            own = len(mine)
            for s_lo, s_hi in sentence_bounds(self.text, lo, hi, mine):
                if j == own and k == count and not self.indirect:
                    break  # past the last quotation: who speaks from here on matters to no one
                self.resolver.sentence_start = s_lo
                inside = []
                while j < own and mine[j].open < s_hi:
                    inside.append(mine[j])
                    j += 1
                if inside:
                    self._sentence(inside, s_lo, s_hi, hi, previous_sentence)
                else:
                    cue = self.attributor.trailing(s_lo, s_hi) or self.attributor.within(s_lo, s_hi)
                    if cue:
                        self.resolver.spoke(cue.start, cue.speaker)
                        if self.indirect:
                            self._reported(cue, s_lo, s_hi)
                    else:
                        subject = self.attributor.sentence_subject(s_lo, s_hi)
                        if subject:
                            self.resolver.spoke(s_lo, subject)
                previous_sentence = (s_lo, s_hi)
            self.previous_paragraph = lo
        self.out.sort(key=lambda q: q["start"])
        attribute_echoes(self.out, self.text)
        self._number_quotations()
        return self.out

    def _number_quotations(self) -> None:
        """Give each item its quotation: the index of the quotation's first piece, shared by every paragraph of a
        quotation that runs over several (the pieces are scored per paragraph; a reader can join them)."""
        piece = None
        for i, item in enumerate(self.out):
            if id(item) in self.continuing and piece is not None:
                item["quotation"] = self.out[piece]["quotation"]
            else:
                item["quotation"] = i
            if item["kind"] != "indirect":
                piece = i

    def _reported(self, cue: Cue, lo: int, hi: int) -> None:
        """Reported speech of the sentence [LO, HI), attributed through CUE."""
        from dipkit.quotes.indirect import reported_content  # imported on first use: only --indirect reads it

        span = reported_content(self.text, cue, lo, hi)
        if span:
            self._item(span[0], span[1], cue.speaker, cue, "indirect")

    def _sentence(self, quotes: list[Quoted], s_lo: int, s_hi: int, p_hi: int, previous: tuple[int, int]) -> None:
        attributor = self.attributor
        last: Cue | None = None
        for i, quote in enumerate(quotes):
            seg_lo = quotes[i - 1].close if i else s_lo
            seg_hi = quotes[i + 1].open if i + 1 < len(quotes) else s_hi
            cue = (
                attributor.right_after(quote.close, quotes[i + 1].open if i + 1 < len(quotes) else p_hi)
                or attributor.introducing(seg_lo, quote.open)
                or attributor.within(seg_lo, quote.open, s_hi)
                or attributor.within(quote.close, max(quote.close, seg_hi))
                or last
                or attributor.within(s_lo, seg_lo)
            )
            if last is not None and cue is not None and cue is not last and self._participle(cue):
                cue = last  # “A,” X said, adding ... “b”: a clause in -ing goes on with the sentence's speaker
            clause = self._participle_clause(seg_lo, quote.open)
            if clause is not None and clause["lead"] and (cue is None or cue.start <= clause.start("verb")):
                led = self._named_person(clause.start("lead"), clause.end("lead"))
                if led is not None:
                    cue = Cue(clause.start("verb"), clause.end("verb"), led)  # "..., with X accusing Y of ... “…”"
            if cue is None:
                cue = self._headline_speaker(quote)  # "“Committed to the partnership”: PM Modi after call with X"
            own_clause = (
                clause is not None
                and not clause["lead"]
                and cue is not None
                and (cue.start == clause.start("verb") or cue.start < clause.start() and cue.speaker.type != "PERSON")
            )  # the clause's own verb, or a channel named before it ("…,” according to CCTV, calling that “…”)
            if cue is None or own_clause or cue.start >= quote.close and cue.speaker.type != "PERSON":
                cue = self._participle_subject(s_lo, seg_lo, quote.open) or cue  # ", discussing a “just peace”",
                # "..., and asking Beijing to take a “…”": the sentence's subject, not the person nearest the verb
            if cue is not None and cue.start >= quote.close and cue.speaker.type != "PERSON":
                cue = self._voice(quote, cue, seg_lo, s_lo, last, p_hi)
            speaker = cue.speaker if cue else None
            if speaker is None and not looks_scare(self.text, quote.start, quote.end, quote.close):
                speaker = self._context(quote, seg_lo, previous)
            if speaker is not None:
                self.resolver.spoke(quote.open, speaker)
            if cue is not None:
                last = cue
            goes_on = i > 0 and self.out[-1]["kind"] == "direct"  # “A,” he said, “b.”: one statement, broken
            self._emit(quote, speaker, cue if speaker and cue and cue.speaker is speaker else None, seg_lo, goes_on)

    def _participle(self, cue: Cue) -> bool:
        """Is CUE a verb in -ing that opens a clause after a comma ("..., saying")? Its subject is the sentence's."""
        before = self.text[max(0, cue.start - 4) : cue.start]
        return self.text.endswith("ing", cue.start, cue.end) and before.rstrip().endswith(",")

    def _voice(self, quote: Quoted, cue: Cue, seg_lo: int, s_lo: int, last: Cue | None, p_hi: int) -> Cue:
        """CUE names a channel (an agency, a ministry) after the quotation: the person it passes on speaks instead,
        "quoting X as saying", or the person whose reporting clause holds the quotation ("Xi told Ishiba that ...
        “…”, according to Xinhua")."""
        attributor = self.attributor
        if last is not None and last.speaker.type != "PERSON":
            last = None
        return (
            attributor.quoting_after(cue.end, p_hi)
            or attributor.person_within(seg_lo, quote.open)
            or last
            or attributor.person_within(s_lo, seg_lo)
            or cue
        )

    def _headline_speaker(self, quote: Quoted) -> Cue | None:
        """A line that opens with the quotation and names its speaker after a colon: “…”: PM Modi after ..."""
        if quote.open and self.text[quote.open - 1] != "\n":
            return None
        colon = _AFTER_COLON.match(self.text, quote.close)
        if not colon:
            return None
        people = [m for m in self.resolver.index.within(colon.end(), colon.end() + _HEADLINE_NAME_REACH) if m.type == "PERSON"]
        return Cue(people[0].start, people[0].end, Speaker(people[0].name, "PERSON")) if people else None

    def _named_person(self, lo: int, hi: int) -> Speaker | None:
        """The person named (not described) last in [LO, HI): "former defence minister A K Antony"."""
        people = [m for m in self.resolver.index.within(lo, hi) if m.type == "PERSON"]
        return Speaker(people[-1].name, "PERSON") if people else None

    def _participle_clause(self, lo: int, hi: int) -> re.Match | None:
        """The clause in -ing after the last comma of [LO, HI) that holds the quotation opening at HI, if any."""
        comma = self.text.rfind(",", lo, hi)
        return _PARTICIPLE_CLAUSE.match(self.text, comma, hi) if comma >= 0 else None

    def _participle_subject(self, s_lo: int, seg_lo: int, hi: int) -> Cue | None:
        """The person who opens the sentence when the quotation stands in a clause in -ing after a comma
        ("X held talks with Y, discussing ways to reach a “just peace”, the ministry said"): he says it."""
        clause = self._participle_clause(seg_lo, hi)
        if clause is None or clause["lead"]:
            return None
        speaker = self.attributor.sentence_subject(s_lo, clause.start())
        return Cue(clause.start("verb"), clause.end("verb"), speaker) if speaker is not None else None

    def _context(self, quote: Quoted, seg_lo: int, previous: tuple[int, int]) -> Speaker | None:
        """No cue in the sentence: the speaker going on from the paragraph before, or the subject nearby."""
        opens_sentence = not self.text[seg_lo : quote.open].strip()
        if quote.continues or opens_sentence:
            history = self.resolver.history
            if history and history[-1][0] >= self.previous_paragraph:
                return Speaker(history[-1][1].name, history[-1][1].type)
            return self.attributor.first_person(*previous)
        return self.resolver.subject(seg_lo, quote.open, people_only=True)

    def _emit(self, quote: Quoted, speaker: Speaker | None, cue: Cue | None, seg_lo: int, goes_on: bool) -> None:
        text = self.text
        lead = text[seg_lo : quote.open].rstrip()
        statement = text[quote.start].isupper() or text[quote.start].isdigit() or goes_on
        if statement and (not lead or lead[-1] in ",:—") or quote.continues:
            kind = "direct"
        else:
            kind = "partial" if speaker else "scare"
        self._item(quote.start, quote.end, speaker, cue, kind)
        if quote.continues:
            self.continuing.add(id(self.out[-1]))

    def _item(self, start: int, end: int, speaker: Speaker | None, cue: Cue | None, kind: str) -> None:
        text = self.text
        self.out.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "speaker": speaker.as_dict(text) if speaker else None,
                "cue": {"start": cue.start, "end": cue.end, "text": text[cue.start : cue.end]} if cue else None,
                "kind": kind,
            }
        )


def find_quotes(
    text: str, entities: list | None = None, indirect: bool = False, published: str | None = None
) -> list[dict]:
    """Quotations of TEXT with speaker, cue and kind; ENTITIES are the entities layer's items (computed when None).

    PUBLISHED (ISO date) lets a description ("Norway's top diplomat") name who held that office then.
    """
    spans = quoted_spans(text)
    if not spans and not indirect:
        return []
    return _Document(text, spans, entities, indirect, published).run()
