"""Quoted fragments of a headline that echo a longer quotation: the headline's “calm waters” is the words of
whoever says “... the calm waters ...” in full further on, not of everyone the headline names before it
(headlines cue their quotes loosely: "Fidan, Gerapetritis pledge to keep 'calm waters'")."""

from __future__ import annotations

import re

WORD = re.compile(r"[\w’'-]+")
MIN_WORDS = 2  # one quoted word ("productive") is too common to tell a speaker by
MAX_WORDS = 12  # a headline's fragment is short


def _words(text: str) -> str:
    """TEXT as its lowercase words between single spaces, with a space either side (whole-word containment by `in`)."""
    return " " + " ".join(WORD.findall(text.lower().replace("’", "'"))) + " "


def attribute_echoes(items: list[dict], text: str) -> None:
    """Give each attributed fragment of MIN_WORDS to MAX_WORDS words on the first line of TEXT (the headline, when
    more lines follow) the speaker of the longer quotations holding its words, when they all have that one speaker
    (the cue, another speaker's verb, is then dropped)."""
    headline_end = text.find("\n")
    if headline_end < 0 or len(items) < 2 or items[0]["start"] >= headline_end:
        return
    quoted = [(item, _words(item["text"])) for item in items if item["kind"] != "indirect"]
    for item, words in quoted:
        if item["start"] >= headline_end:
            break
        if item["speaker"] is None or not MIN_WORDS <= words.count(" ") - 1 <= MAX_WORDS:
            continue
        holders = [
            other["speaker"]
            for other, longer in quoted
            if other is not item and len(longer) > len(words) and words in longer and other["speaker"]
        ]
        names = {speaker["name"] for speaker in holders}
        if len(names) == 1 and item["speaker"]["name"] not in names:
            item["speaker"] = dict(holders[0])
            item["cue"] = None
