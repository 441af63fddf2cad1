"""Bare surnames from the office-holder list ("Modi", "Wang"): kept only with support, and given the right holder."""

from __future__ import annotations

from dipkit.entities import context
from dipkit.entities.gazetteer import Gazetteer, alias_key
from dipkit.entities.mentions import Mention
from dipkit.entities.offices import term_at
from dipkit.entities.vocabulary import words


def supported(text: str, mention: Mention, strong: set[str], gazetteer: Gazetteer, date: str | None) -> bool:
    """A bare surname from the list counts when the text or the date backs it."""
    if mention.holder in strong or context.title_before(text, mention.start):
        return True
    if context.word_after(text, mention.end) in words("speech_verbs"):
        return True
    if context.word_before(text, mention.start) in words("meeting_verbs"):
        return True
    word = text[mention.start : mention.end]
    if word in words("nonnames") or word.lower() in context.lowercase_words(text):
        return False
    holder = gazetteer.holders[mention.holder]
    # in office on the day, or named more than once ("Obama" in a piece about his legacy)
    return date is None or term_at(holder, date) is not None or text.count(word) > 1


def choose_holder(text: str, mention: Mention, strong: set[str], gazetteer: Gazetteer, date: str | None) -> None:
    """Among office holders sharing a surname, the one named in full here, else the one in office."""
    key = alias_key(text[mention.start : mention.end])
    names = [a.target for a in gazetteer.lookup(key) if isinstance(a.target, str)]
    if len(names) < 2:
        return
    for name in names:
        if name in strong:
            mention.holder = name
            return
    serving = [name for name in names if term_at(gazetteer.holders[name], date) is not None]
    if date and serving:
        mention.holder = serving[0]
