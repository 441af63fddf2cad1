"""Gazetteer matching: candidate tokens looked up as token tuples, longest match first."""

from __future__ import annotations

import re
from functools import lru_cache

from dipkit.entities.gazetteer import CAPITALIZED, Alias, Gazetteer, without_accents
from dipkit.entities.context import lowercase_words, title_before
from dipkit.entities.mentions import Mention
from dipkit.entities.vocabulary import heads, name_openers, ordinary_words, words

_THE_BEFORE = re.compile(r"(?i)(?<!\w)the\s+$")
_PLATFORM_WORD = re.compile(r" (?:post|posts|account|handle|feed)\b")
_LEADING_WORD = re.compile(r"(\w+)\.?[ \t]+")
_APOSTROPHES = ("'", "’")
_WORD_AT = re.compile(r"\w+")
_NAME_AFTER = re.compile(r"[ \t]([A-Z][a-z]+)\b")
_PATRONYMIC_BEFORE = re.compile(r" (?:bin|bint|ibn) ")  # "Khaled bin ", between a given name and the father's
_SPACED_TOKEN = re.compile(r"[ \t\u00a0-]*(\w+|[^\w\s-])")  # a hyphen between words reads as a space


def _forward_tokens(text: str, start: int, count: int) -> list[re.Match]:
    """Up to COUNT tokens from START, each right after the previous one or after spaces on the same line."""
    tokens: list[re.Match] = []
    expected = start
    for match in _SPACED_TOKEN.finditer(text, start):
        if match.start() != expected:
            break
        tokens.append(match)
        if len(tokens) == count:
            break
        expected = match.end()
    return tokens


def _usable(alias: Alias, text: str, start: int) -> bool:
    return not alias.needs_the or bool(_THE_BEFORE.search(text, max(0, start - 8), start))


def _choose(aliases: list[Alias], text: str, start: int) -> Alias | None:
    for alias in aliases:
        if _usable(alias, text, start):
            return alias
    return None


def _inside_word(text: str, end: int) -> bool:
    """An apostrophe that continues the word ("Xi'an"), as opposed to a possessive 's."""
    if text[end : end + 1] in ("'", "’") and end + 1 < len(text) and text[end + 1].isalpha():
        return not (text[end + 1] == "s" and (end + 2 == len(text) or not text[end + 2].isalnum()))
    return False


def match_at(gazetteer: Gazetteer, text: str, token: re.Match) -> tuple[int, Alias] | None:
    """The longest gazetteer alias that starts at TOKEN: (end, alias), or None.

    All-capital words are also tried capitalized ("MEXICO CITY"), and title-case
    acronyms in capitals ("Nato").
    """
    word = token.group()
    found = _match_from(gazetteer, text, token.start(), token.end(), word, False)
    if found is None and len(word) > 1:
        if word.isupper():
            found = _match_from(gazetteer, text, token.start(), token.end(), word.capitalize(), True)
        elif word in gazetteer.upper:
            found = _match_from(gazetteer, text, token.start(), token.end(), gazetteer.upper[word][0], False)
    return found


def _match_from(gazetteer: Gazetteer, text: str, start: int, first_end: int, first: str, recase: bool) -> tuple[int, Alias] | None:
    """The longest alias whose first token is FIRST (the text's word at START, maybe recased)."""
    lengths = gazetteer.lengths.get(first)
    if not lengths:
        return None
    if lengths[0] > 1:
        following = _SPACED_TOKEN.match(text, first_end)
        second = following.group(1) if following else ""
        if recase and second.isupper():
            second = second.capitalize()
        if second in gazetteer.seconds[first]:
            tokens = _forward_tokens(text, start, lengths[0])
            words = [first] + [t.group(1).capitalize() if recase and t.group(1).isupper() else t.group(1) for t in tokens[1:]]
            for n in lengths:
                if n == 1 or n > len(words):
                    continue
                end = tokens[n - 1].end()
                if _inside_word(text, end):
                    continue
                alias = _choose(gazetteer.lookup(tuple(words[:n])), text, start)
                if alias is not None:
                    return end, alias
    if lengths[-1] == 1 and not _inside_word(text, first_end):
        alias = _choose(gazetteer.lookup((first,)), text, start)
        if alias is not None:
            return first_end, alias
    return None


def _longest(gazetteer: Gazetteer, text: str, start: int, key: tuple[str, ...], end: int) -> tuple[int, Alias] | None:
    """The longest alias of two tokens or more that KEY (the words at START up to END) begins: a walk
    down the known beginnings of aliases, one token at a time."""
    best = None
    aliases, prefixes = gazetteer.aliases, gazetteer.prefixes
    while True:
        found = aliases.get(key)
        if found and (text[end : end + 1] not in _APOSTROPHES or not _inside_word(text, end)):
            alias = found[0] if not found[0].needs_the else _choose(found, text, start)  # the first usable one
            if alias is not None:
                best = (end, alias)
        if key not in prefixes:
            return best
        following = _SPACED_TOKEN.match(text, end)
        if following is None:
            return best
        key, end = key + (following.group(1),), following.end()


def _longer_name_at(gazetteer: Gazetteer, text: str, start: int, end: int) -> tuple[int, Alias] | None:
    """A listed person's name at START, past a title, that runs beyond END: (end, alias), or None."""
    word = _WORD_AT.match(text, start)
    found = match_at(gazetteer, text, word) if word is not None else None
    if found is not None and found[0] > end and isinstance(found[1].target, str):
        return found
    return None


@lru_cache(maxsize=1)
def _titles_and_honorifics() -> frozenset[str]:
    """The words ``_after_titles`` moves past: a listed form opening with none of them starts at its first word."""
    return words("titles") | words("honorifics")


def _after_titles(text: str, start: int, end: int) -> int:
    """START moved past titles that a listed form begins with: "[King ]Abdullah II", "[Ayatollah ]Ali Khamenei"."""
    while True:
        word = _LEADING_WORD.match(text, start, end)
        if word is None or word.end() >= end:
            return start
        if word.group(1) not in words("titles") and word.group(1) not in words("honorifics"):
            return start
        start = word.end()


def _letter_named(text: str, start: int) -> bool:
    """A one-letter name ("X") counts only as a platform: "posted on X", "an X post"."""
    if text[max(0, start - 3) : start].lower() == "on ":
        return not text[start + 1 : start + 2].isalnum() and text[start + 1 : start + 2] != "-"
    return _PLATFORM_WORD.match(text, start + 1) is not None


def _family_name_first(text: str, end: int, name: str) -> int:
    """END moved past the given name when the text writes the family name first: "Kishida Fumio"."""
    following = _SPACED_TOKEN.match(text, end)
    if following is None or following.start(1) != end + 1 or text[end] != " ":
        return end
    word = following.group(1)
    if word in name.split() and word[0].isupper() and not text[:end].endswith(word):  # not "Jaishankar Jaishankar"
        return following.end(1)
    return end


def _given_name_before(text: str, previous: re.Match, start: int) -> bool:
    """The free capitalized word right before START is a given name of the same person."""
    word = previous.group()
    gap = text[previous.end() : start]
    initial = len(word) == 1 and word.isupper() and gap == ". "  # "Vladimir V. Putin"
    if (gap != " " and not initial) or word in words("titles") or word in words("honorifics"):
        return False
    if initial:
        return True  # "A." is an initial even in a text that writes "a"
    lower = word.lower()
    return lower not in words("meeting_verbs") and lower not in words("speech_verbs") and lower not in lowercase_words(text)


def gazetteer_mentions(gazetteer: Gazetteer, text: str) -> tuple[list[Mention], list[re.Match]]:
    """Mentions of gazetteer entries and office holders, and the capitalized tokens left over.

    Capitalized words are matched alone, the quicker way, unless an alias opening with a lowercase word
    ("von der Leyen", "al-Qaeda") may match; the lowercase words are then candidates too (the quicker
    matching finds out itself at a capitalized word right after such a lowercase word, and gives way)."""
    if not gazetteer.lowercase_named(text):
        try:
            return _mentions(gazetteer, text, CAPITALIZED, gazetteer.capitalized_seconds)
        except _LowercaseAlias:
            pass
    return _mentions(gazetteer, text, gazetteer.candidates, {})


class _LowercaseAlias(Exception):
    """A capitalized word follows the lowercase word an alias opens with: the lowercase words are candidates too."""


def _mentions(
    gazetteer: Gazetteer, text: str, candidates: re.Pattern, follows: dict[str, tuple[str, ...]]
) -> tuple[list[Mention], list[re.Match]]:
    """``gazetteer_mentions`` with the words CANDIDATES finds; raises ``_LowercaseAlias`` when one of FOLLOWS
    (capitalized words that go on aliases opening with a lowercase word) comes right after such a word."""
    mentions: list[Mention] = []
    free: list[re.Match] = []
    claimed = 0
    lengths, ordinary, starts = gazetteer.lengths, ordinary_words(), gazetteer.starts.get
    spaced, given, titled = _SPACED_TOKEN.match, name_openers(), _titles_and_honorifics()
    for token in candidates.finditer(text):
        word = token.group()
        if word in follows and gazetteer.lowercase_before(text, token.start(), word):
            raise _LowercaseAlias(word)
        info = starts(word)
        if info is None and not word.isascii():
            info = starts(without_accents(word))  # "Sāmoa", "Māori": the plain form the list has
        if info is None:
            if len(word) < 2 or not word.isupper():
                usable = word not in ordinary or (word in given and _given_after_title(text, token, given))
                if usable and word[0].isupper() and token.start() >= claimed:
                    free.append(token)
                continue  # the common case: a capitalized word no alias starts with
            seconds = alias = None  # a word in capitals that no alias starts with: maybe recased ("MEXICO")
            only_longer, capitals = False, True
        else:
            seconds, alias, only_longer, capitals = info
        begin, word_end = token.span()
        if begin < claimed:
            continue
        following = None  # the next token when a longer alias may start here
        if seconds is not None:
            following = spaced(text, word_end)
            if following is not None and following.group(1) not in seconds:
                following = None
        found: tuple[int, Alias] | None = None
        if following is not None and not capitals:
            found = _longest(gazetteer, text, begin, (word, following.group(1)), following.end())
        if found is not None:
            pass
        elif following is not None and capitals:
            found = match_at(gazetteer, text, token)  # "UN Security Council", "MEXICO CITY"
        elif alias is not None and (text[word_end : word_end + 1] not in _APOSTROPHES or not _inside_word(text, word_end)):
            found = (word_end, alias)
        elif only_longer:
            found = None  # "Foreign" before "Minister": only longer aliases start with it, and none here
        else:
            found = match_at(gazetteer, text, token)
        if found is None or (found[0] - begin == 1 and not _letter_named(text, begin)):
            usable = word not in ordinary or text[word_end : word_end + 1] == "." or (
                word in given and _given_after_title(text, token, given)  # "Minister [Jan] Lipavsky": no "Jan ..." alias here
            )
            if usable and word[0].isupper():
                free.append(token)  # also the initial "A" of "A. B. Rao"
            continue
        end, alias = found
        target = alias.target
        if isinstance(target, str):
            start = _after_titles(text, begin, end) if end != word_end and word in titled else begin
            if start != begin and (longer := _longer_name_at(gazetteer, text, start, end)) is not None:
                end, alias = longer  # "Sheikh Tahnoun" listed, and "[Tahnoun bin Zayed Al Nahyan]" written
                target = alias.target
            if free and free[-1].end() >= start - 6 and _PATRONYMIC_BEFORE.fullmatch(text, free[-1].end(), start):
                free.append(token)  # "Khaled bin [Mohamed bin Zayed Al Nahyan]": the father's name inside the son's
                continue
            weak = end == word_end and " " in gazetteer.holders[target].name
            if weak and free and free[-1].end() >= start - 2 and _given_name_before(text, free[-1], start):
                free.append(token)  # "Mira Solberg" is not the listed Erna Solberg
                continue
            if weak and _names_a_building(text, end):
                free.append(token)  # "Blair House", "Kennedy Airport": named after the person, not the person
                continue
            if weak:
                end = _family_name_first(text, end, gazetteer.holders[target].name)
                weak = end == word_end
            claimed = end
            mentions.append(Mention(start, end, "PERSON", None, target, weak))
        else:
            if (
                end == word_end
                and (target.type in ("GPE", "NORP") or (target.type == "ORG" and not capitals))
                and (word in given or (free and free[-1].end() == begin - 1) or _capital_then_honorific(text, begin, end))
                and _inside_name(text, free, token, lengths, target.kind)
            ):
                free.append(token)  # "Simon Birmingham", "Chad Bown": a place's name as a person's
                continue
            claimed = end
            mentions.append(Mention(begin, end, target.type, target))
    return mentions, free


def _after_honorific(text: str, begin: int) -> bool:
    """Whether a form of address stands right before BEGIN ("Sheikh [Sabah] Khalid Al-Sabah", "Mr [Georgia] Jones")."""
    before = text[max(0, begin - 12) : begin]
    if not before.endswith(" "):
        return False
    parts = before.split()
    return bool(parts) and parts[-1].rstrip(".") in words("honorifics")


def _capital_then_honorific(text: str, begin: int, end: int) -> bool:
    """A form of address before BEGIN and a capitalized word after END ("Mr [Georgia] Jones"): the only way a
    one-word place not joined to a free word before it can be part of a name (see ``_inside_name``). The word
    after is looked at first: most places have no such word after them, and the test is cheaper."""
    return text.startswith(" ", end) and text[end + 1 : end + 2].isupper() and _after_honorific(text, begin)


def _names_a_building(text: str, end: int) -> bool:
    """Whether the word after END is a building's or facility's head noun ("[Blair] House", "[Kennedy] Airport")."""
    following = _NAME_AFTER.match(text, end)
    return following is not None and (following.group(1) in words("facility_heads") or following.group(1) == "House")


def _given_after_title(text: str, token: re.Match, given: frozenset[str]) -> bool:
    """An ordinary word that is also a given name, between a title and a capitalized word:
    "Foreign Minister [January] Makamba" (not "in January", "January 5")."""
    if token.group() not in given:
        return False
    following = _NAME_AFTER.match(text, token.end())
    if following is None or following.group(1) in ordinary_words():
        return False
    before = text[max(0, token.start() - 40) : token.start()].split()
    return bool(before) and before[-1] in words("titles")


def _name_word(text: str, word: str) -> bool:
    """A capitalized word that may be part of a person's name: no title, no ordinary or organization word."""
    return (
        word not in words("titles")
        and word not in words("honorifics")
        and word not in words("nonnames")
        and word not in heads()
        and word.lower() not in lowercase_words(text)
    )


def _inside_name(text: str, free: list[re.Match], token: re.Match, lengths: dict, kind: str) -> bool:
    """TOKEN, a one-word place or group, is part of a person's name here.

    After a name that opens with a given name or follows a title ("Simon Birmingham", "Spokesperson
    Mumtaz Zahra Baloch"; a country only after a given name: "Jim Jordan"), or as a given name
    before a surname nobody lists ("Chad Bown").
    """
    word = token.group()
    if word.isupper():
        return False  # "Jorge Silva GENEVA": a dateline after a photo credit
    honorific = _after_honorific(text, token.start())  # "Sheikh [Sabah] Khalid Al-Sabah": a name however it goes on
    if word in words("given_names") or honorific:
        following = _SPACED_TOKEN.match(text, token.end())
        if following is not None and following.start(1) == token.end() + 1 and text[token.end()] == " ":
            after = following.group(1)
            if after[:1].isupper() and not after.isupper() and (honorific or after not in lengths) and _name_word(text, after):
                return True
    run: list[re.Match] = []  # the name's words before TOKEN, last first
    following = token.start()
    for previous in reversed(free[-3:]):
        if text[previous.end() : following] != " " or not _name_word(text, previous.group()):
            break
        run.append(previous)
        following = previous.start()
    if not run:
        return False
    first = run[-1]
    if first.group() in words("given_names"):
        return True
    return kind != "country" and title_before(text, first.start()) is not None
