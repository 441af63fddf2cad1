"""Which lines of a scraped page are not article text, and why.

Each line is judged by its shape (length, end punctuation, capitalization), its
vocabulary (``dipkit/data/split/boilerplate.tsv`` and word lists) and its
position: before the headline, between headline and first paragraph, inside
the body, after the last paragraph, or under a "Related"/"Also Read" heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dipkit.split.data import table, words
from dipkit.split.dateline import find_dateline
from dipkit.split.datetext import MONTH_PATTERN, SCRAPER_DATE
from dipkit.split.published import MetadataReader, metadata_line

_MAX_PATTERN_LINE = 600  # longer lines are article text
_SHORT_LINE = 200  # share bars, navigation, bylines and repeated captions are shorter
_MAX_CAPTION_LINE = 320  # a longer line ending with a photo credit is a paragraph
_TAIL = 160  # photo credits are looked for in a line's last characters
_DATE_TAIL = 24  # "September 30, 2025." fits
_SITE_SEPARATORS = frozenset(("|", "-", "–", "—", ":", "::"))
_MAX_PREFIX = 60  # a junk or date prefix before a repeated headline
_TITLE_WITHIN = 8  # the headline is among the first non-blank lines
_VERB_CAPTION_WORDS = 10  # "X meets Y at the presidential palace in Lima": longer than a subheading
_LABEL_VALUE_WORDS = 12  # "Ana Silva, Rosa Quispe, Peru, Chile, Fisheries" under "Tags"
_LONG_CAPTION_WORDS = 12  # subheadings are shorter; an unpunctuated line this long amid the body is a caption
_QUOTE_MARK = re.compile("[“”\"‘’']")
_INNER_SENTENCE_END = re.compile(r"[.?!]\s")
_TERMINAL = ".:;,"
_CLOSING_QUOTES = "”\"’'»"
_SENTENCE_END = re.compile(r"[.!?][”\"’')\]]*$")
_TEASER_END = re.compile(r"(?:\.\.\.|…)[”\"’')\]]*$")
_NAME_LINE = re.compile(
    r"[A-Z][A-Za-z.'’-]+(?: (?:[A-Z][A-Za-z.'’-]*|de|da|van|von|al|bin|el|del|dos)){1,3}"
)
_PLACE_NAME = re.compile(r"[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}")  # "Moscow", "New Delhi"
_AGENCY_WORDS = ("Agency", "Wire", "Press", "Newswire", "Bureau", "Desk", "Network", "Service")
_AGENCY_LINE = re.compile(rf"(?:[A-Z][\w.&'’-]*,?[ ]){{0,4}}(?:{'|'.join(_AGENCY_WORDS)})")
_DOMAIN_LINE = re.compile(
    r"[\w-]+(?:\.[\w-]+){0,2}\.(?:com|net|org|info|news|co\.uk|co\.in|in|pk|ng|ke|za|au|ca)", re.IGNORECASE
)
_NAV_SEPARATOR = re.compile(r"\s*(?:[|•›»·]|\s>\s|\s/\s)\s*")
_HEADLINE_PREFIX = re.compile(r"(?:\d\d?[-./]\d\d?[-./]\d{4}[ \t]*(?:\([A-Z][A-Z .'’-]{1,30}\))?[ \t]*)")
_JUNK_PREFIX = re.compile(r"[0-9a-f]{12,}[ \t]*[-–—:|][ \t]*")
_CAPTION_CUE = re.compile(
    r"\((?:pictured\b[^()]{0,30}|left|right|centre|center|front|back|second (?:left|right)|from (?:left|right)"
    r"|[LRClrc]|L-R|l-r)\)"
)
_AUTHOR_BLURB = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},? (?:is|was) an? (?:[\w-]+ ){0,3}"
    r"(?:correspondent|journalist|reporter|writer|columnist|editor|contributor|analyst|fellow|professor|researcher)\b"
)
_JOURNALIST = re.compile(
    r"\b(?:correspondent|reporter|journalist|columnist|contributor|bureau chief|staff writer|editor)s?\b", re.IGNORECASE
)
_SLUG_WORD = re.compile(r"[a-z]+")
_STANDFIRST_WORDS = 40  # a summary under the headline is one or two sentences
_HEADER_REASONS = frozenset(("metadata", "byline"))  # a page's header block under the headline
_TAG_WORD = re.compile(r"[A-Z][\w'’&.-]{1,30}")  # "Asean", "Sugiono", "NATO": a topic link alone on a line
_NOT_ALNUM = re.compile(r"[\W_]+")
_MIN_HOST_NAME = 4  # "Africanews" names africanews.com; a two-letter host could be any word
_STAFF_LINE_WORDS = 4  # "Rédaction Africanews", "Gulf News Web Desk"
_HASHTAG = re.compile(r"#\w")
# "ANKARA" alone on a line of the page's header block: the desk the story was filed from, above the date
_CAPS_PLACE_LINE = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}")
_PAGE_HEADER_REASONS = frozenset(("metadata", "byline", "share", "navigation"))
_DECK_WORDS = 5  # "Japan PM also joins talks on APEC sidelines": a subtitle under the headline is this long or longer
_TAIL_HEADLINE_WORDS = (4, 16)  # another story's headline after the body, without a "Related" heading
# the last word of a teaser cut short ("... for failing t", "... consent or r", "... in October for")
_CUT_WORDS = frozenset(words("cut_words.txt"))
# "Shigeru Ishiba, left, and Xi Jinping shake hands in Lima on Nov. 15.": people placed in the picture
# (spelled out: "Sen. Ana Silva (R)" is a party, not a place in the picture)
_POSITION_WORDS = (
    r"(?:left|right|center|centre|far (?:left|right)|second (?:from )?(?:left|right)|from (?:left|right)|L-R|l-r)"
)
_POSITION_CUE = re.compile(rf"[A-Za-z’'](?:, {_POSITION_WORDS},| \({_POSITION_WORDS}\))")
# "Piyush Goyal with Australian Minister Don Farrell in New Delhi.": names, "with", names, and no verb
_WITH_CAPTION = re.compile(r"(?=[A-Z])(?:(?:[A-Z][\w.'’-]*|and|of|for|the|de|al|bin|van|von),? ){2,16}with [A-Z]")
# "... in Riyadh on Wednesday. — PMO", "... on February 8, 2025. /PCS": a sentence, then an office's initials
_INITIALS_CREDIT = re.compile(r"(?<=[.!?])[”\"’]?[ \t]*(?:[—–][ \t]*|/[ \t]?)[A-Z][A-Z&]{1,7}$")
# "Eleanor Marsh and Tom Whitcombe": two reporters' names under the headline
_FULL_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}"
_TWO_NAMES = re.compile(rf"{_FULL_NAME} (?:and|&) {_FULL_NAME}")
_TOOL_SEPARATOR = re.compile(r"[\s/]+")
# "16:45", "09:05 GMT" alone under a date line (elsewhere, as a live blog's time heading, it stays)
_LONE_TIME = re.compile(
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?: ?(?:[AaPp]\.?[Mm]\.?|hrs?))?(?: \(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?"
)
# "... at the palace. (Asia Wire: Luis Rojas)": an outlet and a photographer, in title case
_OUTLET_CREDIT = re.compile(
    r"\([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}: [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\)$"
)
# "... in Kuwait City on Sunday. (SPA)", "... in Abidjan. [Shutterstock]": a sentence, then a short
# credit in title case (one to four words, or a photographer and an outlet split by a slash)
_CREDIT_WORD = r"[A-Z][\w.&'’-]*"
_SHORT_CREDIT = re.compile(
    rf"(?:(?<=[.!?])|(?P<bare>(?<=[\w,])))[ \t]+[(\[](?:{_CREDIT_WORD}(?: (?:of )?{_CREDIT_WORD}){{0,3}}"
    rf"(?P<slash>[ \t]?/[ \t]?{_CREDIT_WORD}(?: {_CREDIT_WORD}){{0,3}})?(?: (?:file )?(?:photo|image|video)s?)?)[)\]]$"
)
# "... on Tuesday. UN Photo/Ana Silva", "... in Lima. Reuters/Luis Rojas": a sentence, then an outlet (or its
# "Photo" service) and a photographer after a slash, with no bracket
_SLASH_CREDIT = re.compile(
    r"(?:(?<=[.!?”\"])[ \t]+|^)(?P<left>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})[ \t]?/[ \t]?"
    r"(?P<right>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})$"
)
# "© Ana Silva/Asia Wire", "© Asia Wire Photo Agency": a photo's credit alone on its line (a page's copyright
# line names a year or "rights")
_PHOTO_CREDIT_LINE = re.compile(r"©[ \t]*[A-Z][^\d©]{0,60}(?:/|\b[Pp]hoto\b)[^\d©]{0,60}")
_PHOTO_SERVICE = frozenset(("photo", "photos", "pictures", "images"))
# a sentence of the story's narration (past or future, reported speech) is no caption
_NARRATION = re.compile(
    r"\b(?:said|says|told|added|according|reported|stated|noted|wrote|announced|confirmed|explained|warned"
    r"|was|were|had|would|will|could)\b"
)
# a sentence break inside a caption ("Kyiv. Kos ..."); "Oct. 17", "U.S. Ambassador", "Mr. Sugiono" are none
_CAPTION_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.?!][ \t]+[\"“‘A-Z]")
_TAG_ITEM = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")  # "Kabul", "Amir Khan Muttaqi"
_BULLET = re.compile(r"[•·▪►▶»*–—-][ \t]+")
# "The Presidential Palace, Lima" under a page's date and time: where the event took place, not a dateline
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?: (?:of|de|the|[A-Z][\w.'’-]*)){0,3}"
_PLACE_SIGNATURE = re.compile(rf"(?:The )?{_PLACE_WORDS}(?:, {_PLACE_WORDS}){{1,2}}")
_SLOGAN = re.compile(r"(?P<site>[^|—–]{2,40}?)[ \t]+(?:\||—|–|-)[ \t]+\S")
_PATTERN_LETTER = re.compile(r"\\.|\(\?P|[A-Z]")  # an escape, a named group's "(?P", a capital
# "By Ana Silva", "Written by Ana Silva", "Author: Ana Silva, Senior Fellow"
_BY = re.compile(
    r"(?:(?:By|BY|by|Written by|Reported by)\s*[: ]|(?P<label>Authors?|AUTHORS?|Writers?|Reporters?)\s*:)"
    r"\s*(?P<names>\S.{0,150})"
)
_NAME_LINKS = frozenset(
    ("and", "&", "in", "of", "the", "for", "at", "de", "da", "van", "von", "bin", "al", "el", "with")
)


def _lowercase_pattern(pattern: str) -> str:
    """PATTERN for lowercased text: its letters lowercased, escapes (\\S, \\W, \\B) and "(?P" kept."""
    return _PATTERN_LETTER.sub(lambda m: m[0] if m[0][0] in "\\(" else m[0].lower(), pattern)


@dataclass(frozen=True)
class LinePatterns:
    """The vocabulary patterns of boilerplate.tsv for one set of reasons, ready to match a lowercased line.

    ``start`` and ``end`` are one alternation each, one branch per row (rows grouped by reason, in file order),
    each closed by an empty named group that tells the row's reason (``names`` maps group names to reasons),
    matched case-sensitively against the lowercased line: a branch that opens with a plain letter is then
    skipped at its first character, with no group to enter first, which keeps a hundred patterns cheap.
    ``anywhere`` holds the "any" rows one by one, once per cue, so that a line is searched only by the
    rows whose cue it contains; ``cues`` are those cues without repeats, looked for first. ``end`` and the
    "any" rows are kept as pattern text, compiled by ``_compiled`` when a line first needs them: most lines
    end with no credit and hold few cues, and compiling a pattern costs more than many searches with it.
    """

    start: re.Pattern
    end: str
    names: dict[str, str]
    anywhere: tuple[tuple[str, str, str], ...]
    cues: tuple[str, ...]


def _line_patterns(reasons: frozenset[str] | None = None) -> LinePatterns:
    """The patterns of boilerplate.tsv (of REASONS only), reasons in the order they first appear in the file."""
    rows = [row for row in table("boilerplate.tsv") if reasons is None or row[0] in reasons]
    reasons_in_order = dict.fromkeys(row[0] for row in rows)
    names: dict[str, str] = {}

    def alternation(where: str) -> str:
        branches = []
        for reason in reasons_in_order:
            for row in rows:
                if row[:2] == (reason, where):
                    name = f"{where[0]}{len(names)}"
                    names[name] = reason
                    branches.append(f"(?:{_lowercase_pattern(row[2])})(?P<{name}>)")
        return "|".join(branches) or "(?!)"

    anywhere = tuple(
        (cue, pattern, row[0])
        for row in rows
        if row[1] == "any"
        for pattern in [_lowercase_pattern(row[2])]
        for cue in row[3].split(",")
    )
    cues = tuple(dict.fromkeys(cue for cue, _, _ in anywhere))
    return LinePatterns(re.compile(alternation("start")), alternation("end"), names, anywhere, cues)


@cache
def _compiled(pattern: str) -> re.Pattern:
    """PATTERN compiled, once per process: see ``LinePatterns``."""
    return re.compile(pattern)


_PATTERNS = _line_patterns()
# a line longer than a caption can still be a cookie banner, a copyright notice, an author blurb or a disclaimer;
# a paragraph that ends with a photo credit is still a paragraph
_LONG_LINE_REASONS = frozenset(("cookie", "copyright", "author", "disclaimer", "about"))


@cache
def _long_line_patterns() -> LinePatterns:
    """The patterns of _LONG_LINE_REASONS, compiled only when a long line needs them (see ``_long_line_reason``)."""
    return _line_patterns(_LONG_LINE_REASONS)


_AGENCIES = frozenset(name.lower() for name in words("agencies.txt"))
_SHARE_WORDS = words("share_words.txt")
_SECTION_LABELS = words("section_labels.txt")
_SUMMARY_LABELS = words("summary_labels.txt")
_STAFF_WORDS = words("staff_words.txt")
_CREDIT_WORDS = words("credit_words.txt")
_NAV_SEPARATOR_CUE = re.compile(r"[|•›»·>/]")  # a cheap test before _NAV_SEPARATOR
_CRUMB_SEPARATOR = re.compile(r"[›»]| > | / ")  # what joins a breadcrumb's steps (not "|", which joins menus and slogans)
_CRUMB_ARROW = re.compile(r"[›»]| > ")
_CRUMB_WORDS = 3  # "News » India News » ...": the steps before the headline are short
_BLOCK_LABELS = dict(table("metadata_labels.tsv"))
_CAPTION_VERBS = table("caption_verbs.tsv")
_ANY_CAPTION_VERB = "|".join(sorted(verb for verb, _ in _CAPTION_VERBS))
_UNAMBIGUOUS_CAPTION_VERB = "|".join(sorted(verb for verb, unambiguous in _CAPTION_VERBS if unambiguous == "yes"))
_CAPTION_VERB = re.compile(rf"(?:[A-Z][\w.'’-]*,?[ ]+){{1,7}}(?:{_ANY_CAPTION_VERB})\b")
_CAPTION_VERB_ANYWHERE = re.compile(rf"\b(?:{_UNAMBIGUOUS_CAPTION_VERB})\b")
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|added|according)\b")
_NARRATIVE_VERB = re.compile(r"\b(?:" + "|".join(sorted(words("narrative_verbs.txt"))) + r")\b", re.IGNORECASE)
# a caption closes with the day the photo was taken: "..., in Nairobi, Kenya, Feb. 15, 2025."
_ENDS_WITH_FULL_DATE = re.compile(
    rf"(?:(?i:{MONTH_PATTERN})\.? \d\d?|\d\d? (?i:{MONTH_PATTERN})),? (?:19|20)\d\d\.?$"
)


@dataclass
class Layout:
    """A page read line by line: the headline's line and the lines to drop, with reasons."""

    title_line: int | None = None
    title: str | None = None
    reasons: dict[int, str] = field(default_factory=dict)


def word_count(line: str) -> int:
    return len(line.split())


def is_headline_like(line: str) -> bool:
    """A short line that does not end like a sentence or a clause."""
    bare = line.rstrip(_CLOSING_QUOTES)
    if not bare or len(line) > 250 or bare[-1] in _TERMINAL:
        return False
    return 2 <= word_count(line) <= 40  # (a tabloid's headline runs to 35 words)


def is_paragraph(line: str) -> bool:
    """A line that reads as article text: long, or a full sentence of some length."""
    n = word_count(line)
    return n >= 25 or (n >= 10 and bool(_SENTENCE_END.search(line)))


def line_reason(line: str, read_metadata: MetadataReader = metadata_line) -> str | None:
    """Why LINE (stripped) is boilerplate wherever it stands, or None (READ_METADATA: ``metadata_line``)."""
    size = len(line)
    if size > _MAX_PATTERN_LINE:
        return None
    lower = line.lower()
    short = size <= _SHORT_LINE
    if short and _is_outlet(line.strip("()[]—–-|: ")) and not _BY.match(line):
        return "agency"
    if short and "," in line and _is_agency_and_place(line):
        return "byline"
    label = _BLOCK_LABELS.get(lower.rstrip(": "))
    if label:
        return label
    is_meta, _ = read_metadata(line)
    if is_meta and not _is_dateline_only(line):
        return "byline" if _BY.match(line) else "metadata"  # "By Li Wei | asiawire.com | Updated: 2023-10-28"
    caption_sized = size <= _MAX_CAPTION_LINE
    reason = _vocabulary_reason(lower, _PATTERNS) if caption_sized else _long_line_reason(lower)
    if reason:
        return reason
    if caption_sized and line[-1] in ")]" and (_OUTLET_CREDIT.search(line, max(0, size - _TAIL)) or _is_short_credit_caption(line)):
        return "caption"
    if (
        caption_sized
        and ("left" in lower or "right" in lower or "cent" in lower or "l-r" in lower)  # a cheap test first
        and _POSITION_CUE.search(line)
        and _is_caption_sentence(line)
    ):
        return "caption"
    if caption_sized and line[-1].isupper() and _is_initials_credit_caption(line):
        return "caption"
    if caption_sized and "/" in line[-_TAIL:] and _is_slash_credit_caption(line):
        return "caption"
    if line.startswith("#") and len(_HASHTAG.findall(line)) >= 2:
        return "hashtags"
    if _is_byline(line):
        return "byline"
    if (
        caption_sized
        and line.rstrip(".")[-1:].isdigit()
        and _ENDS_WITH_FULL_DATE.search(line, max(0, size - _DATE_TAIL))
        and _CAPTION_VERB_ANYWHERE.search(line)
        and not _REPORTING_VERB.search(line)
    ):
        return "caption"
    if ("/" in line or "»" in line or "›" in line or ">" in line) and _CRUMB_SEPARATOR.search(line):
        crumbs = [s for s in _NAV_SEPARATOR.split(line) if s]
        if len(crumbs) >= 3 and (
            crumbs[0].lower() in _SECTION_LABELS or _CRUMB_ARROW.search(line) and all(word_count(c) <= _CRUMB_WORDS for c in crumbs[:-1])
        ):
            return "navigation"  # a breadcrumb ending in the headline: "Home / World / Leaders agree ...", "News » India »"
    if not short:
        return None
    tokens = _TOOL_SEPARATOR.split(lower.strip()) if "/" in lower else lower.split()  # "share/bookmark": two tools
    if sum(map(_SHARE_WORDS.__contains__, tokens)) >= max(0.6 * len(tokens), 1) and tokens not in (["a"], ["x"]):
        return "share"
    if line.isdigit() and len(line) <= 6 or all(token.isdigit() and len(token) <= 6 for token in tokens):
        return "share"  # a share or comment counter, or a row of them ("0 12 0 0")
    if not _NAV_SEPARATOR_CUE.search(line):
        return None
    segments = [s for s in _NAV_SEPARATOR.split(line) if s]
    if len(segments) >= 2 and all(s[-1] not in ".!?" for s in segments):
        if _is_outlet_and_names(segments):
            return "byline"  # "asiawire.com | Ana Silva"
        if all(word_count(s) <= 4 for s in segments) and len(segments) >= 3:
            return "navigation"  # "Home | World | Africa | Politics"
        if all(word_count(s) <= 3 and _NAME_LINE.fullmatch(s) or s.istitle() or s.isupper() for s in segments):
            return "navigation"  # "News | Politics", "Home » World", "HOME | Caribbean"
    return None


def _is_short_credit_caption(line: str) -> bool:
    """A one-sentence description closed by a short credit in brackets: "X with Y in Kuwait City. (SPA)".
    A credit without a full stop before it must name a photographer and an outlet ("(Ana Ruiz / Telegram)"),
    so that "Talks with the African Union (AU)" stays."""
    m = _SHORT_CREDIT.search(line, max(0, len(line) - _TAIL))
    if not m or (m["bare"] is not None and not m["slash"]):
        return False
    caption = line[: m.start()]
    return word_count(caption) >= 4 and _is_caption_sentence(caption)


def _is_initials_credit_caption(line: str) -> bool:
    """One descriptive sentence closed by a credit in initials after a dash or a slash ("... on Wednesday. — PMO")."""
    m = _INITIALS_CREDIT.search(line, max(0, len(line) - _TAIL))
    caption = line[: m.start()] if m else ""
    return word_count(caption) >= 4 and _is_caption_sentence(caption) and not _NARRATIVE_VERB.search(caption)


def _is_slash_credit_caption(line: str) -> bool:
    """A description closed by "Outlet/Photographer" (or "Photographer/Outlet") without brackets, or that credit
    alone on its line: the outlet is a known agency or says "Photo"."""
    m = _SLASH_CREDIT.search(line, max(0, len(line) - _TAIL))
    if not m or 0 < word_count(line[: m.start()]) < 4:
        return False
    return _is_photo_outlet(m["left"]) or _is_photo_outlet(m["right"])


def _is_photo_outlet(words: str) -> bool:
    """"Reuters", "UN Photo", "Asia Wire Pictures": an agency or a photo service."""
    lower = words.lower()
    return lower in _AGENCIES or lower in _CREDIT_WORDS or lower.rsplit(None, 1)[-1] in _PHOTO_SERVICE


def _is_caption_sentence(text: str) -> bool:
    """One sentence that describes a picture: no quotation, no second sentence, no narration ("said", "was")."""
    return (
        not _QUOTE_MARK.search(text)
        and not _CAPTION_SENTENCE_BREAK.search(text)
        and not _NARRATION.search(text)
    )


def _vocabulary_reason(lower: str, patterns: LinePatterns) -> str | None:
    """The reason of the first boilerplate.tsv pattern that matches LOWER: at its start, at its end, anywhere."""
    m = patterns.start.match(lower)
    if not m and _may_end_with_credit(lower):
        m = _compiled(patterns.end).search(lower, max(0, len(lower) - _TAIL))
    if m:
        return patterns.names[m.lastgroup or ""]
    present = [cue for cue in patterns.cues if cue in lower]
    if not present:
        return None  # the common case: no cue at all, each looked for once
    for cue, pattern, reason in patterns.anywhere:
        if cue in present and _compiled(pattern).search(lower):
            return reason
    return None


def _long_line_reason(lower: str) -> str | None:
    """The reason of the first pattern of _LONG_LINE_REASONS that matches LOWER, a line longer than a caption.
    Those patterns are a part of _PATTERNS, each in the same order: when _PATTERNS finds none, or first finds one
    of them, that is their answer too: their own alternations (compiling them costs more than reading a few
    hundred pages' long lines twice) are needed only when _PATTERNS first finds another reason."""
    reason = _vocabulary_reason(lower, _PATTERNS)
    if reason is None or reason in _LONG_LINE_REASONS:
        return reason
    return _vocabulary_reason(lower, _long_line_patterns())


def _is_byline(line: str) -> bool:
    """"By Ana Silva | Latin America Desk", "BY MATTHEW LEE AP Diplomatic Writer", "Author: Ana Silva, a fellow":
    names (after an "Author:" label, those before the first comma), not a sentence."""
    m = _BY.match(line)
    if not m or line[-1] in ".!?" or word_count(line) > 16:
        return False
    written = m["names"].split(",")[0] if m["label"] else m["names"]  # "Author: Ana Silva, a senior fellow"
    names = [word for word in written.split() if word[0].isalpha() and word.lower() not in _NAME_LINKS]
    return bool(names) and all(word[0].isupper() or "." in word for word in names)


def _is_outlet(segment: str) -> bool:
    """An outlet's web address or an agency's name: "asiawire.com", "Reuters", "Gulf News Agency"."""
    return (
        segment.lower() in _AGENCIES
        or ("." in segment and " " not in segment and bool(_DOMAIN_LINE.fullmatch(segment)))
        or (segment.endswith(_AGENCY_WORDS) and bool(_AGENCY_LINE.fullmatch(segment)))
    )


def _is_agency_and_place(line: str) -> bool:
    """"PTI, Moscow,", "IANS, New Delhi:": an agency's credit with the city it filed from."""
    agency, _, place = line.strip(" ,:;–—-").partition(",")
    return _is_outlet(agency.strip()) and bool(_PLACE_NAME.fullmatch(place.strip()))


def _is_outlet_and_names(segments: list[str]) -> bool:
    """A byline without "By": an outlet beside one or two people's names ("asiawire.com | Ana Silva")."""
    names = [s for s in segments if not _is_outlet(s)]
    return (
        0 < len(names) < len(segments)
        and len(names) <= 2
        and all(word_count(s) <= 4 and _NAME_LINE.fullmatch(s) for s in names)
    )


def _may_end_with_credit(lower: str) -> bool:
    """A cheap test before the photo-credit patterns: a bracket, a slash, a © or an agency name at the end."""
    tail = lower[-_TAIL:]
    if tail.endswith((")", "]")) or "/" in tail or "©" in tail:
        return True
    last = tail.rstrip(" .").rsplit(None, 1)
    return bool(last) and last[-1] in _CREDIT_WORDS


def _is_dateline_only(line: str) -> bool:
    """"New Delhi, May 16, 2024" alone on its line opens the story: it is not a metadata line."""
    dateline = find_dateline(line)
    return bool(
        dateline
        and dateline["place"]
        and dateline["end"] >= len(line.rstrip(" :-–—"))
        and not _is_outlet(dateline["place"])  # "Xinhua, September 8, 2017": the agency's date line
    )


def headline_text(line: str) -> str:
    """The headline of a title line, without a scraper's date or a "14-7-2023 (LIMA)" prefix."""
    line = (SCRAPER_DATE.sub("", line, count=1) if "date" in line else line).strip()
    m = _HEADLINE_PREFIX.match(line)
    return line[m.end() :].strip() if m and m.end() < len(line) else line


def read_layout(lines: list[str], url: str | None = None, read_metadata: MetadataReader = metadata_line) -> Layout:
    """The headline and the boilerplate lines of a page given as its lines (and URL, whose slug names the headline);
    READ_METADATA stands for ``metadata_line``."""
    stripped = [line.strip() for line in lines]
    content = list(stripped)
    nonblank = [i for i, line in enumerate(stripped) if line]
    if not nonblank:
        return Layout()
    first = nonblank[0]
    content[first] = SCRAPER_DATE.sub("", stripped[first], count=1).strip()
    layout = Layout()
    reasons = layout.reasons
    for i in nonblank:
        if not content[i]:
            reasons[i] = "metadata"  # nothing but the scraper's date
            continue
        reason = line_reason(content[i], read_metadata)
        if reason:
            reasons[i] = reason
    paragraphs = [i for i in nonblank if i not in reasons and is_paragraph(content[i])]
    _mark_labelled_summary(reasons, content, nonblank, paragraphs)
    _keep_about_lines_amid_the_body(reasons, content, nonblank, paragraphs)
    _mark_standfirst(reasons, content, nonblank, paragraphs)
    if len(paragraphs) > 1 and _AUTHOR_BLURB.match(content[paragraphs[-1]]):
        reasons[paragraphs.pop()] = "author"  # "Jane Doe is a senior correspondent ..." closing the page
    if len(paragraphs) > 1 and is_headline_like(content[paragraphs[0]]):
        if all(i in reasons for i in nonblank if i < paragraphs[0]):
            paragraphs.pop(0)  # a tabloid's long headline with no full stop, first on the page: the story follows
    first_body = paragraphs[0] if paragraphs else None
    last_body = paragraphs[-1] if paragraphs else None
    _find_title(layout, content, nonblank, first_body, _slug_words(url))
    title_at = layout.title_line if layout.title_line is not None else -1
    _mark_repeats(layout, content, nonblank)
    _mark_label_blocks(reasons, content, nonblank, first_body)
    following = dict(zip(nonblank, nonblank[1:]))
    previous = dict(zip(nonblank[1:], nonblank))
    outlet = _host_name(url)
    for i in nonblank:
        if i in reasons or i == layout.title_line or (len(content[i]) > _SHORT_LINE and i > title_at):
            continue
        line = content[i]
        head = first_body is None or i < first_body
        tail = last_body is not None and i > last_body
        words_in_line = word_count(line)
        if i < title_at:
            reason = "navigation"  # page chrome above the headline
        elif outlet and words_in_line <= 6 and _names_site(line, outlet):
            reason = "agency"  # "Africanews", "Mexico News Daily": the site's own name on africanews.com
        elif head and line.lower().rstrip(":") in _SECTION_LABELS:
            reason = "navigation"  # a section label: "World", "Politics"
        elif (head or tail) and _NAME_LINE.fullmatch(line) and words_in_line <= 4 and line[-1] != ".":
            reason = "byline"
        elif (
            i in following
            and _NAME_LINE.fullmatch(line)
            and words_in_line <= 4
            and _opens_with_dateline(content[following[i]])
        ):
            reason = "byline"  # "Anil Giri" right above "NEW DELHI: Prime Minister ...", under a standfirst
        elif head and i > title_at and _TWO_NAMES.fullmatch(line):
            reason = "byline"  # "Eleanor Marsh and Tom Whitcombe"
        elif head and i > title_at and _is_tag_list(line):
            reason = "hashtags"  # "Ishaq Dar, Afghanistan, Kabul, Amir Khan Muttaqi" under the date: the page's tags
        elif (head or tail) and _is_staff_byline(line):
            reason = "byline"  # "Rédaction Africanews", "Web Desk"
        elif reasons.get(previous.get(i, -1)) == "metadata" and (
            _LONE_TIME.fullmatch(line) or head and _PLACE_SIGNATURE.fullmatch(line)
        ):
            reason = "metadata"  # "16:45" under the date, "The Presidential Palace, Lima" under the time
        elif tail and _is_bullet_headline(line):
            reason = "related"  # "• Ministers to meet in Quito next week" after the story
        elif head and i > title_at and words_in_line <= 8 and is_headline_like(line) and _JOURNALIST.search(line):
            reason = "byline"  # "Amy Hawkins Senior China correspondent"
        elif (
            first_body is not None
            and title_at < i < (last_body or 0)
            and line[-1] == "."
            and _WITH_CAPTION.match(line)
            and _is_caption_sentence(line)
            and not _NARRATIVE_VERB.search(line)
        ):
            reason = "caption"  # "Piyush Goyal with Don Farrell in New Delhi." under the headline or amid the story
        elif (
            i in following
            and i > title_at
            and not content[following[i]][:1].islower()  # a paragraph broken over two lines goes on in lowercase
            and _is_uncredited_caption(line, in_body=not head and not tail)
        ):
            reason = "caption"
        elif (
            i in following
            and i > title_at
            and words_in_line >= _DECK_WORDS
            and is_headline_like(line)
            and _PHOTO_CREDIT_LINE.fullmatch(content[following[i]])
        ):
            reason = "caption"  # the picture's description right above its "© Ana Silva/Asia Wire" credit
        elif (
            i in following
            and i > title_at
            and line[-1] == "."
            and _SLASH_CREDIT.fullmatch(content[following[i]])
            and reasons.get(following[i]) == "caption"
            and _is_caption_sentence(line)
        ):
            reason = "caption"  # "X and Y shake hands in Tokyo on Feb. 9." above its "STAR / File" credit line
        else:
            continue
        # "New Delhi, May 16", and "SAMARKAND, Uzbekistan" above the lead, open the story
        opening = find_dateline(f"{line}\n{content[following[i]]}" if i in following and "," in line else line)
        if not (opening and opening["start"] == 0):
            reasons[i] = reason
    _mark_deck(reasons, content, nonblank, layout.title_line, first_body)
    _mark_key_points(reasons, content, [i for i in nonblank if i > title_at and i not in reasons])
    _mark_header_place(reasons, content, nonblank, title_at, first_body)
    _mark_related_blocks(reasons, content, nonblank, title_at, first_body)
    if last_body is not None:
        _mark_tail_headlines(reasons, content, [i for i in nonblank if i > last_body])
        _mark_tag_block(reasons, content, [i for i in nonblank if i > last_body])
    return layout


def _mark_deck(
    reasons: dict[int, str], content: list[str], nonblank: list[int], title_line: int | None, first_body: int | None
) -> None:
    """A subtitle right under the headline, above the page's byline or date, or above a lead that opens with the
    dateline ("Japan PM also joins talks on APEC sidelines in Lima"): the story has not begun yet."""
    if title_line is None or first_body is None:
        return
    after = [i for i in nonblank if title_line < i < first_body]
    if not after or after[0] in reasons:
        return
    deck = content[after[0]]
    if (
        is_headline_like(deck)
        and word_count(deck) >= _DECK_WORDS
        and not find_dateline(deck)
        and (any(reasons.get(i) in _HEADER_REASONS for i in after[1:]) or _opens_with_dateline(content[first_body]))
    ):
        reasons[after[0]] = "standfirst"  # (or right above a lead that opens with the dateline: "MOSCOW, May 2 /TASS/.")


def _mark_key_points(reasons: dict[int, str], content: list[str], lines: list[int]) -> None:
    """Bulleted lines under the headline, above the story's first unbulleted paragraph ("• Both navies will share
    radar data."): the page's key points, which the story then tells."""
    points = []
    for i in lines:
        if not _BULLET.match(content[i]):
            if is_paragraph(content[i]):
                for j in points:
                    reasons[j] = "standfirst"
            return
        points.append(i)


def _mark_header_place(
    reasons: dict[int, str], content: list[str], nonblank: list[int], title_at: int, first_body: int | None
) -> None:
    """A city in capitals alone on its line in the page's header ("ANKARA" above "Published March 14"): the
    line after it is page chrome, so it does not open the lead as a dateline would."""
    if first_body is None:
        return
    following = dict(zip(nonblank, nonblank[1:]))
    for i in nonblank:
        if title_at < i < first_body and i not in reasons and _CAPS_PLACE_LINE.fullmatch(content[i]):
            if reasons.get(following.get(i, -1)) in _PAGE_HEADER_REASONS:
                reasons[i] = "metadata"


def _mark_tail_headlines(reasons: dict[int, str], content: list[str], tail: list[int]) -> None:
    """After the story, other stories' headlines without a "Related" heading ("Vietnam, China sign 10
    cooperation documents"), when page chrome and only page chrome follows them; a story's last line cut off
    by the scraper ("... for failing t") stays."""
    headlines = [i for i in tail if i not in reasons and _is_other_headline(content[i])]
    after = [i for i in tail if headlines and i > headlines[-1]]
    if after and all(i in reasons or i in headlines for i in tail if i > headlines[0]):
        for i in headlines:
            reasons[i] = "related"


def _is_other_headline(line: str) -> bool:
    """A headline's shape: a short capitalized line without a final stop, a narrating verb or a cut-off end."""
    low, high = _TAIL_HEADLINE_WORDS
    words_in_line = line.split()
    last = words_in_line[-1].strip(_CLOSING_QUOTES) if words_in_line else ""
    return (
        is_headline_like(line)
        and low <= len(words_in_line) <= high
        and line[0].isupper()
        and len(last) >= 2
        and last.lower() not in _CUT_WORDS
        and not (last.islower() and len(last) <= 2)
        and not _NARRATIVE_VERB.search(line)  # "South Korea has reiterated ...": a sentence, not a headline
        and not find_dateline(line)
    )


def _mark_labelled_summary(reasons: dict[int, str], content: list[str], nonblank: list[int], paragraphs: list[int]) -> None:
    """A label near the top ("Synopsis", "Key points") and the summary under it, up to the next blank line,
    when the story follows: the page's own digest of the story, not the story."""
    for k, i in enumerate(nonblank[:_TITLE_WITHIN]):
        if content[i].lower().rstrip(": ") not in _SUMMARY_LABELS:
            continue
        summary = []
        for j in nonblank[k + 1 :]:
            if summary and j != summary[-1] + 1:
                break  # a blank line ends the summary
            summary.append(j)
        if summary and any(p > summary[-1] for p in paragraphs):
            for j in (i, *summary):
                reasons[j] = "standfirst"
                if j in paragraphs:
                    paragraphs.remove(j)
        return


def _mark_standfirst(reasons: dict[int, str], content: list[str], nonblank: list[int], paragraphs: list[int]) -> None:
    """A summary sentence under the headline and above the byline and date ("Peru and Chile will share radar
    data, officials say."): the story begins after the page's header block (a byline or a lone name, and a
    date line), so this first "paragraph" is a standfirst. A first paragraph followed by the story, or by a
    lone byline or date line, stays."""
    if len(paragraphs) < 2 or paragraphs[0] not in nonblank[:_TITLE_WITHIN]:
        return
    first, second = paragraphs[0], paragraphs[1]
    if any(reasons.get(i) in _HEADER_REASONS for i in nonblank if i < first):
        return  # the header block is above it: the story has begun (a live page's entries have their own)
    between = [i for i in nonblank if first < i < second]
    names = [i for i in between if i not in reasons and _is_name_line(content[i])]
    block = [reasons.get(i) for i in between if i not in names]
    # the page's header block: a byline (or a lone name) and a date, nothing else unexplained
    if not ("metadata" in block and ("byline" in block or names) and all(block)):
        return
    line = content[first]
    if word_count(line) <= _STANDFIRST_WORDS and not find_dateline(line):
        reasons[first] = "standfirst"
        paragraphs.pop(0)


def _opens_with_dateline(line: str) -> bool:
    """Whether LINE, a paragraph, opens with a dateline ("NEW DELHI: ...", "LIMA, March 4 (Andina) - ...")."""
    found = find_dateline(line)
    return found is not None and found["start"] == 0 and found["end"] < len(line)


def _is_tag_list(line: str) -> bool:
    """Three or more short capitalized names joined by commas and nothing else: a page's tags, not a sentence."""
    items = line.split(", ")
    return len(items) >= 3 and line[-1] not in ".!?:" and all(_TAG_ITEM.fullmatch(item) for item in items)


def _is_name_line(line: str) -> bool:
    """A person's name alone on a line, as a byline without "By" gives it ("Rosa Quispe")."""
    return word_count(line) <= 4 and bool(_NAME_LINE.fullmatch(line))


def _mark_tag_block(reasons: dict[int, str], content: list[str], tail: list[int]) -> None:
    """After the story, one-word topic links ("Sugiono", "Asean") beside other page chrome: a tag block."""
    for k, i in enumerate(tail):
        if i in reasons or not _TAG_WORD.fullmatch(content[i]):
            continue
        neighbours = tail[max(0, k - 1) : k] + tail[k + 1 : k + 2]
        if any(j in reasons or _TAG_WORD.fullmatch(content[j]) for j in neighbours):
            reasons[i] = "hashtags"


def _is_bullet_headline(line: str) -> bool:
    """A bulleted headline of another story: "• Ministers to meet in Quito next week"."""
    m = _BULLET.match(line)
    return bool(m) and word_count(line) >= 5 and is_headline_like(line[m.end() :])


def _keep_about_lines_amid_the_body(
    reasons: dict[int, str], content: list[str], nonblank: list[int], paragraphs: list[int]
) -> None:
    """An outlet's "about us" blurb closes the page: a sentence of that shape with a paragraph after it is
    article text ("The shelter is run by volunteers and funded by donations.")."""
    if not paragraphs:
        return
    last = paragraphs[-1]
    kept = [i for i in nonblank if i < last and reasons.get(i) == "about" and is_paragraph(content[i])]
    for i in kept:
        del reasons[i]
    paragraphs.extend(kept)
    paragraphs.sort()


def _names_site(line: str, site: str) -> bool:
    """Whether LINE spells the site's name of its host: "Mexico News Daily", "The Kathmandu Post" on
    kathmandupost.com, "The Hindu" on thehindu.com."""
    compact = _NOT_ALNUM.sub("", line.lower())
    return compact == site or (line[:4].lower() == "the " and compact[3:] == site)


def _host_name(url: str | None) -> str | None:
    """The site's name in URL's host: "https://www.africanews.com/..." -> "africanews", "bbc.co.uk" -> None
    (too short to tell from a word)."""
    if not url:
        return None
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    labels = host.split(".")[:-1]  # without the top-level domain
    if len(labels) > 1 and len(labels[-1]) <= 3:
        labels.pop()  # "co" of ".co.uk", "com" of ".com.au"
    name = _NOT_ALNUM.sub("", labels[-1]) if labels else ""
    return name if len(name) >= _MIN_HOST_NAME and name != "www" else None


def _is_staff_byline(line: str) -> bool:
    """A newsroom credited as the author: capitalized words opening or closing with a staff word
    ("Rédaction Africanews", "Africanews Staff", "Web Desk")."""
    tokens = line.split()
    if not 2 <= len(tokens) <= _STAFF_LINE_WORDS or line[-1] in ".!?:":
        return False
    if tokens[0].lower() not in _STAFF_WORDS and tokens[-1].lower() not in _STAFF_WORDS:
        return False
    return all(token[0].isupper() for token in tokens)


def _slug_words(url: str | None) -> frozenset[str]:
    """The words of a URL's path ("/world/chinas-top-diplomat-to-visit-washington/" -> chinas, top, ...)."""
    if not url:
        return frozenset()
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0]
    return frozenset(word for word in _SLUG_WORD.findall(path.lower()) if len(word) > 2)


def _find_title(
    layout: Layout, content: list[str], nonblank: list[int], first_body: int | None, slug: frozenset[str]
) -> None:
    """The headline: the first headline-like line before the first paragraph, or the one the URL's slug names."""
    head = nonblank[:_TITLE_WITHIN]
    candidates = [i for i in head if (first_body is None or i < first_body) and i not in layout.reasons]
    found = []
    for i in candidates:
        line = content[i]
        dateline = find_dateline(line)
        if (
            dateline
            and (dateline["date"] or dateline["source"] or not dateline["text"].endswith(":"))
            and not (first_body is not None and is_headline_like(line[dateline["end"] :].strip()))
        ):
            break  # the story has begun ("Kenya: Ruto hosts Abiy", "14-7-2023 (LIMA) Ministers meet" above it are headlines)
        headline = headline_text(line)
        if (
            is_headline_like(headline)
            and word_count(headline) >= 3
            and not headline[0].islower()
            and not _TWO_NAMES.fullmatch(headline)  # "Ana Silva and Rosa Quispe": the reporters, above the headline
        ):
            found.append((i, headline))
    if not found:
        return
    if len(slug) >= 3:
        overlap = [len(slug.intersection(_SLUG_WORD.findall(headline.lower()))) / len(slug) for _, headline in found]
        best = max(range(len(found)), key=lambda k: overlap[k])
        if overlap[best] >= 0.4:
            layout.title_line, layout.title = found[best]
            return
    index, headline = found[0]
    if len(found) > 1 and _NAME_LINE.fullmatch(headline) and word_count(headline) <= 4 < word_count(found[1][1]):
        index, headline = found[1]  # "The Express Tribune" above the headline
    elif len(found) > 1 and _is_site_slogan(headline):
        repeated = [(i, h) for i, h in found[1:] if _repeats_below(content, nonblank, i, _norm(h))]
        if repeated:
            index, headline = repeated[0]  # "Asia Wire | Voices from the region" above the headline the page repeats
    layout.title_line, layout.title = index, headline


def _is_site_slogan(line: str) -> bool:
    """"Asia Wire | Voices from the region", "Asia Wire — News you trust": a short name, a separator, a tagline."""
    m = _SLOGAN.match(line)
    if not m or word_count(m["site"]) > 3:
        return False
    return bool(_NAME_LINE.fullmatch(m["site"]) or _TAG_WORD.fullmatch(m["site"]))


def _repeats_below(content: list[str], nonblank: list[int], at: int, normalized: str) -> bool:
    """Whether the line at AT comes again further down the page (a headline repeated over the story)."""
    return any(i > at and _norm(content[i]) == normalized for i in nonblank)


def _is_uncredited_caption(line: str, in_body: bool) -> bool:
    """A photo caption without a credit: "X (pictured left) ...", or amid the body "X meets Y at the palace"
    or a long unpunctuated line ("Xi Jinping and Vladimir Putin during their talks at the Kremlin in Moscow")."""
    n = word_count(line)
    if not is_headline_like(line) or n < 6:
        return False
    if _CAPTION_CUE.search(line):
        return True
    if not in_body or n < 8:
        return False
    if n >= _VERB_CAPTION_WORDS and _CAPTION_VERB.match(line):
        return True
    return (
        n >= _LONG_CAPTION_WORDS
        and line[-1].isalnum()
        and not _QUOTE_MARK.search(line)
        and not _INNER_SENTENCE_END.search(line)
        and not _NARRATIVE_VERB.search(line)
    )


def _norm(line: str) -> str:
    return " ".join(line.casefold().split())


def _mark_repeats(layout: Layout, content: list[str], nonblank: list[int]) -> None:
    """A repeated headline, and any line that repeats an earlier one."""
    reasons = layout.reasons
    title = _norm(layout.title) if layout.title else None
    seen: dict[str, int] = {}
    for i in nonblank:
        if len(content[i]) > _SHORT_LINE * 2:
            continue  # repeated captions and headlines are short; long paragraphs are not compared
        line = _norm(content[i])
        if (
            title
            and layout.title_line is not None
            and i > layout.title_line
            and i not in reasons
            and len(title) <= len(line) <= len(title) + _MAX_PREFIX
        ):
            if (
                line == title
                or _norm(_JUNK_PREFIX.sub("", content[i], count=1)) == title
                or _norm(headline_text(content[i])) == title
                or (line[len(title) :] if line.startswith(title) else "")[:2].strip() in _SITE_SEPARATORS
            ):  # the headline again, after a junk or date prefix, or before a site's name ("Headline | Reuters")
                reasons[i] = "repeated-headline"
                continue
        if line in seen and i not in reasons and word_count(line) >= 3:
            reasons[i] = reasons.get(seen[line], "repeated")
        seen.setdefault(line, i)


def _mark_related_blocks(
    reasons: dict[int, str], content: list[str], nonblank: list[int], title_at: int, first_body: int | None
) -> None:
    """Under a "Related"/"Also Read" heading after the article starts, the headlines and teasers that follow."""
    in_block = False
    for i in nonblank:
        reason = reasons.get(i)
        article_started = i > title_at and (first_body is None or i > first_body)
        if reason == "related" and article_started and word_count(content[i]) <= 6:
            in_block = True
            continue
        if not in_block or reason:
            continue
        line = content[i]
        if is_paragraph(line) and not _TEASER_END.search(line):
            in_block = False
            continue
        reasons[i] = "related"


def _mark_label_blocks(
    reasons: dict[int, str], content: list[str], nonblank: list[int], first_body: int | None
) -> None:
    """Under a metadata label after the article has begun ("Tags", "Countries"), the short lines it lists."""
    if first_body is None:
        return
    block = None
    for i in nonblank:
        if i <= first_body:
            continue
        line = content[i]
        label = _BLOCK_LABELS.get(line.lower().rstrip(": "))
        if label:
            block = label
        elif block and i not in reasons:
            if is_paragraph(line) or word_count(line) > _LABEL_VALUE_WORDS or line[-1] in ".!?":
                block = None
            else:
                reasons[i] = block
