"""What the words around a span say about it: titles before a name, verbs after it, appositions."""

from __future__ import annotations

import re
from functools import lru_cache

from dipkit.entities.vocabulary import words

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_APPOSITION = re.compile(r",[ \t]+([^,.;:\n()\"“”]{2,90})")
_POST_NOMINAL = re.compile(r"[ \t]+([A-Z]{2,3})\b")
_JOINERS = ("of", "the", "for")
_GAP = (" ", "\t")
_DASHES = re.compile("[—–]")
_HEAD_OF_BODY = re.compile(r"\b(?P<title>[A-Z][a-z]+)[ \t]+of[ \t]+the[ \t]+(?:[A-Z][\w-]*[ \t]+){1,3}$")  # "President of the Council [of]"
_OFFICE_JOINERS = ("to", "for", "of", "on", "at", "the")  # "the" last: only after one of the others
_PLACE_WORDS = 4  # capitalized words between an office and its holder: "Ambassador to [Bosnia and Herzegovina]"
_MAX_TITLE_WORDS = 10  # "Minister of State for External Affairs" and a little more
_POSSESSIVE = ("'s ", "’s ")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z\u00df-\u00f6\u00f8-\u00ff]\w*(?![\w-])")
_CLAUSE_END = re.compile(r"[,.;:!?()\n\"“”]")
_TOKEN = re.compile(r"\S+")
_PORTFOLIO_LIST = re.compile(  # "for Investments, Trade and " before "[Industry] Rebecca Miano"
    r"(?<![\w-])(?:for|of) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}){0,5},? and $"
)
_PORTFOLIO_LIST_ENDS = re.compile(_PORTFOLIO_LIST.pattern[:-1] + r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}$")  # ... and its last
_LAST_PORTFOLIO = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} $")  # "Tourism " before a name
_LEADING = frozenset({"the", "a", "an", "former", "then", "his", "her", "its", "their", "who", "also"})
_AGENT_LINKS = frozenset({"by", "with", "from", "between", "against"})  # words that set the office after them apart from the name


@lru_cache(maxsize=1)  # (cached: asked for every word around a name, a cache hit costs no Python call)
def titles() -> frozenset[str]:
    return words("titles")


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return words("honorifics")


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    return words("role_words")


@lru_cache(maxsize=1)
def _title_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(titles and honorifics, titles, role words): looked up for every word before a name."""
    return titles() | honorifics(), titles(), role_words()


@lru_cache(maxsize=8192)  # a pure test of one word against fixed lists, asked for every word before a name
def _is_title(word: str) -> bool:
    word = word.rstrip(".")
    titled, title_words, roles = _title_sets()
    if word in titled or ("-" in word and word.split("-")[0] in title_words):
        return True
    return word.lower() in roles or (word.islower() and word.capitalize() in title_words)


@lru_cache(maxsize=4096)  # asked again for the same position by titles, particles and the linker
def last_word(text: str, end: int) -> tuple[int, str] | None:
    """The word before the spaces that end at END, on the same line: (where it starts, the word)."""
    if end < 2 or text[end - 1 : end] not in _GAP:
        return None  # the common case: no space right before END
    low = end - 40 if end > 40 else 0
    head = text[low:end].rstrip(" \t")
    if not head or head[-1] == "\n":
        return None
    word = head.rsplit(None, 1)[-1]
    if "—" in word or "–" in word:  # "(ENA)—Prime Minister": a dash with no space before the title opens it
        word = _DASHES.split(word)[-1]
    if not _WORD.fullmatch(word):
        return None
    return low + len(head) - len(word), word


def _office_with_portfolios(text: str, start: int) -> tuple[int, str | None] | None:
    """An office whose portfolios are listed before START: "Minister for Trade and Tourism [Don Farrell]",
    "Cabinet Secretary for Investments, Trade and Industry [Rebecca Miano]"."""
    if text[start - 1 : start] != " " or text.find(" and ", max(0, start - 60), start) < 0:
        return None  # the quick common case: no list of portfolios ends here
    last = _LAST_PORTFOLIO.search(text, max(0, start - 40), start)
    if last is None or not portfolio_list_before(text, last.start()):
        return None
    window = text[max(0, last.start() - 160) : last.start()]
    office = title_before(text, last.start() - len(window) + _PORTFOLIO_LIST.search(window).start())
    return (office[0], text[office[0] : start].strip()) if office is not None else None


def portfolio_list_before(text: str, start: int) -> bool:
    """START follows the "and" that ends an office's list of portfolios: "Secretary for Investments, Trade
    and [Industry] Rebecca Miano"."""
    window = text[max(0, start - 160) : start]
    found = _PORTFOLIO_LIST.search(window)
    return found is not None and title_before(text, start - len(window) + found.start()) is not None


@lru_cache(maxsize=2048)  # asked again by the linker for the same mentions
def title_before(text: str, start: int) -> tuple[int, str | None] | None:
    """The title right before START ("Foreign Minister", "Mr."): (where it starts, the role or None)."""
    if text[start - 1 : start] not in _GAP:
        return None  # no word before START on its line, and no list of portfolios ends there
    position, begin = start, None
    for _ in range(_MAX_TITLE_WORDS):
        found = last_word(text, position)
        if found is None:
            break
        where, word = found
        if word.endswith(".") and word.rstrip(".") not in honorifics() and word.rstrip(".") not in words("abbreviations"):
            break  # the end of the previous sentence
        if _is_title(word):
            position = begin = where
            continue
        if word[:1].isupper():
            office = office_before_place(text, where)
            if office is not None:
                position = begin = office
                continue
        if word in _JOINERS and begin is not None:
            earlier = last_word(text, where)
            if earlier and (earlier[1] in titles() or earlier[1] == "of"):
                position = where
                continue
            head = _HEAD_OF_BODY.search(text, max(0, where - 60), where) if word == "of" else None
            if head is not None and head.group("title") in titles():  # "President of the Council of Ministers X": the
                position = begin = head.start()  # head of a body named by its members
                continue
        break
    if begin is None:
        return _office_with_portfolios(text, start)
    parts, modifiers = text[begin:start].split(), words("title_modifiers")
    for word in parts:
        if word.capitalize() not in modifiers and word not in _JOINERS:
            break
    else:
        return _office_with_portfolios(text, start)  # "former", "Foreign" alone qualify no office
    honorific = honorifics()
    while parts and parts[0].rstrip(".") in honorific:
        parts.pop(0)
    while parts and (parts[-1].rstrip(".") in honorific or parts[-1] in _JOINERS):
        parts.pop()  # "Senator [the Hon]"
    of = parts.index("of") if "of" in parts else len(parts)  # (not "President of the Council of Ministers")
    role = " ".join([*(_singular(word) for word in parts[:of]), *parts[of:]])  # "Presidents Macron and Biden": each a President
    return begin, role or None


@lru_cache(maxsize=4096)  # a pure function of one word, asked for every word of every title found
def _singular(word: str) -> str:
    """WORD, or the title it is the plural of ("Presidents", "Secretaries")."""
    if word.endswith("ies") and word[:-3] + "y" in titles():
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in titles():
        return word[:-1]
    return word


def forget_previous_text() -> None:
    """Empty the per-text caches (words, titles and appositions asked again by the linker) between documents."""
    last_word.cache_clear()
    title_before.cache_clear()
    _apposition.cache_clear()


def office_before_place(text: str, start: int) -> int | None:
    """Where the title starts when START opens the place or body that ends one: "Ambassador to [Mongolia]",
    "Special Envoy for [Syria]", "Permanent Representative to the [UN]", "Chief of [Army Staff]"."""
    low = max(0, start - 60)
    find = text.find
    if find(" to ", low, start) < 0 and find(" for ", low, start) < 0 and find(" of ", low, start) < 0 and find(" on ", low, start) < 0:
        return None  # the common case, decided without looking at words
    position = start
    for _ in range(_PLACE_WORDS):
        found = last_word(text, position)
        if found is None:
            return None
        where, word = found
        if word in _OFFICE_JOINERS:
            if word == "the":
                found = last_word(text, where)
                if found is None or found[1] not in _OFFICE_JOINERS[:-1]:
                    return None
                where, word = found
            title = last_word(text, where)
            return title[0] if title is not None and title[1][:1].isupper() and _is_title(title[1]) else None
        if not word[:1].isupper() or _is_title(word):
            return None
        position = where
    return None


class _LowercaseWords:
    """The words a text writes in lowercase, as a container: ``"pact" in lowercase_words(text)``.

    Looked up one word at a time with ``str.find``: a document asks about a few words only.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = _written(self.text, word)
        return found


def _written(text: str, word: str) -> bool:
    """WORD (lowercase) stands alone somewhere in TEXT: not inside a longer or hyphenated word."""
    if not word or not _LOWER_WORD.fullmatch(word):
        return False
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + len(word) : at + len(word) + 1]
        if not (before.isalnum() or before in "_-" and before) and not (after.isalnum() or after in "_-" and after):
            return True
        at = text.find(word, at + 1)
    return False


@lru_cache(maxsize=4)
def lowercase_words(text: str) -> _LowercaseWords:
    """The words TEXT writes in lowercase: a capitalized word among them is an ordinary word."""
    return _LowercaseWords(text)


def word_before(text: str, start: int) -> str | None:
    found = last_word(text, start)
    return found[1] if found else None


def word_after(text: str, end: int) -> str | None:
    match = _NEXT_WORD.match(text, end)
    return match.group(1) if match else None


def possessive_before(text: str, start: int) -> bool:
    return start >= 3 and text[start - 3 : start] in _POSSESSIVE


def apposition_role(text: str, end: int) -> tuple[str, int, int] | None:
    """The office in ", China's foreign minister," right after a name, and where the phrase is; or None.
    A cue that the name is a person's, also when the phrase is a second subject (see ``describing_apposition``)."""
    found = _apposition(text, end)
    return found[:3] if found is not None else None


def describing_apposition(text: str, end: int) -> tuple[str, int, int] | None:
    """``apposition_role`` when the phrase describes the name before it: not in the headline "FM Cho, Japanese
    counterpart agree to ...", whose second subject is another person."""
    found = _apposition(text, end)
    return found[:3] if found is not None and not found[3] else None


@lru_cache(maxsize=2048)
def _apposition(text: str, end: int) -> tuple[str, int, int, bool] | None:
    """(office, where the phrase starts, where it ends, whether it is a second subject) after END, or None."""
    letters = _POST_NOMINAL.match(text, end)
    if letters is not None and letters.group(1) in words("post_nominals"):
        end = letters.end()  # "Peter Dutton MP, Minister for Defence"
    match = _APPOSITION.match(text, end)
    if match is None:
        return None
    tokens = match.group(1).split()
    if len(tokens) > 14:
        return None
    first = tokens[0]
    if not (first.lower() in _LEADING or first[0].isupper() or first.lower() in role_words()):
        return None
    for index, token in enumerate(tokens[:8]):
        if token.strip("'’").lower() in role_words():
            begin = index
            while begin > 0 and not (tokens[begin - 1].lower() in _LEADING or tokens[begin - 1].endswith(("'s", "’s"))):
                begin -= 1
            if _AGENT_LINKS.intersection(tokens[:begin]):
                return None  # ", the first visit by an Australian leader": the office of someone else
            last = _office_end(tokens, index)
            second = last + 1 < len(tokens) and _second_subject(tokens, last + 1)
            return " ".join(tokens[begin : last + 1]), match.start(1), match.end(1), second
    return None


def _second_subject(tokens: list[str], index: int) -> bool:
    """TOKENS[INDEX], the word after the office of a phrase after a comma, shows that phrase to be a second
    subject rather than an apposition: a verb in the plural ("FM Cho, Japanese counterpart [agree] to ..."), or a
    full name the office is the title of ("Kim, Japanese diplomat [Kenji Sato] hold talks")."""
    following = tokens[index]
    if following.lower() in words("plural_verbs"):
        return True
    return index + 1 < len(tokens) and all(_name_like(token) for token in tokens[index : index + 2])


def _name_like(token: str) -> bool:
    """A capitalized word that is no title or organization word: "Kenji", "Trump's"."""
    word = token.removesuffix("'s").removesuffix("’s")
    return word[:1].isupper() and word.isalpha() and not _is_title(word) and word not in words("org_heads")


def _office_end(tokens: list[str], index: int) -> int:
    """The last token of the office whose role word is at INDEX, past its other title words and its portfolio:
    "Prime [Minister]", "Minister [of Foreign Affairs] of Malaysia" (the country after it is not part of the office)."""
    last = index
    while last + 1 < len(tokens) and (tokens[last + 1] in titles() or tokens[last + 1].lower() in role_words()):
        last += 1  # "Indian [Prime Minister]": the office goes on to its last title word
    position = last + 1
    while position + 1 < len(tokens) and tokens[position] in ("of", "for"):
        portfolio = position + 1
        while portfolio < len(tokens) and tokens[portfolio] in titles():
            portfolio += 1
        if portfolio == position + 1:
            break
        last = position = portfolio - 1
        position += 1
    return last


def before_styles(text: str, start: int) -> int:
    """Where the styles of address right before START begin ("H.E. Dr. [Gedion]"), else START."""
    while start > 1 and text[start - 1] in " \t":
        begin = max(text.rfind(" ", 0, start - 1), text.rfind("\t", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
        if text[begin : start - 1].rstrip(".") not in honorifics():
            return start
        start = begin
    return start


def office_before_comma(text: str, start: int) -> tuple[str, int, int] | None:
    """The office that ends the clause before a comma and a name at START: "met Minister of Foreign Affairs
    of Thailand, [Y]"; (office, where the phrase starts, where it ends), or None."""
    if text[max(0, start - 2) : start] not in (", ", ",\t"):
        return None
    low = max(0, start - 100)
    head = text[low : start - 2]
    clause_start = low + max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    found = list(_TOKEN.finditer(text, clause_start, start - 2))
    tokens = [match.group() for match in found]
    tail = len(tokens)  # the capitalized words (and joiners) the clause ends with
    while tail > 0 and (tokens[tail - 1][:1].isupper() or tokens[tail - 1] in _OFFICE_JOINERS):
        tail -= 1
    for index in range(tail, len(tokens)):
        token = tokens[index]
        if token in words("org_heads"):
            break  # "the Ministry of Foreign Affairs, ": a body, not an office (but maybe a list of portfolios)
        if token.lower() in role_words():
            begin = index
            while begin > tail and tokens[begin - 1] in titles():
                begin -= 1
            first = _first_of_two_offices(text, found[begin].start())
            office = " ".join(tokens[begin : _office_end(tokens, index) + 1])
            return " ".join(text[first : found[begin].start()].split() + [office]), first, start - 2
    listed = _PORTFOLIO_LIST_ENDS.search(text, max(0, start - 160), start - 2)
    office = title_before(text, listed.start()) if listed else None  # "Minister of Foreign Affairs, Cooperation and
    if office is None:  # Mauritanians Abroad, [Y]": an office whose portfolios run past a comma
        return None
    first = _first_of_two_offices(text, office[0])
    return " ".join(text[first : start - 2].split()), first, start - 2


def _first_of_two_offices(text: str, start: int) -> int:
    """Where the offices joined by "and" to the one at START begin ("The Tánaiste and Minister for Foreign Affairs
    and [Minister for Defence]", "Deputy Prime Minister and [Foreign Minister]"): one person holds them all; START
    when none is."""
    while text.endswith(" and ", 0, start):
        first = title_before(text, start - len("and ")) or _office_with_portfolios(text, start - len("and "))
        if first is None or not first[1]:
            break
        start = first[0]
    return start


def organization_cue(text: str, start: int, end: int) -> bool:
    """ "the website Bellingcat", "his firm, Teneo,", "Teneo, a consulting firm,": an organization."""
    if text[max(0, start - 2) : start] == ", ":
        head = text[max(0, start - 30) : start - 2].split()
        before = head[-1] if head else None
    else:
        found = last_word(text, start)
        before = found[1] if found else None
    if before is not None and before.lower() in words("org_words"):
        return True
    match = _APPOSITION.match(text, end)
    if match is None:
        return False
    tokens = match.group(1).split()
    return bool(tokens) and tokens[0].lower() in ("a", "an", "the") and any(t.lower() in words("org_words") for t in tokens[1:4])


def role_before_comma(text: str, start: int) -> bool:
    """A name after "his Iranian counterpart, " or "the President of the European Council, "."""
    if text[max(0, start - 2) : start] not in (", ", ",\t"):
        return False
    head = text[max(0, start - 80) : start - 2]
    clause = [word.strip("'’").lower() for word in _CLAUSE_END.split(head)[-1].split()[-8:]]
    if clause and clause[-1] in role_words():
        return True
    for index, word in enumerate(clause):
        if word in _LEADING and any(later in role_words() for later in clause[index + 1 :]):
            return True
        if word in role_words() and len(clause) - index <= 6 and clause[index + 1 : index + 2] in (["to"], ["for"], ["of"], ["on"]):
            return True  # "Ghana's special envoy to the AES, Larry Gbevlo-Lartey"
    return False

