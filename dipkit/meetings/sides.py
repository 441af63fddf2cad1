"""Who stands on each side of a trigger: subject, object, possessor, coordinated names, pronouns.

The rules read word order, not a parse: the object is the first name right
after the trigger (titles and nationality words may come between), more names
join it when "and" or a comma links them, and the subject is the first name of
the sentence, or a possessor ("Modi's meeting with"), or a hyphen compound
("Xi-Putin talks"), or the person a pronoun points back to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from dipkit.entities.context import before_styles, office_before_comma, role_words
from dipkit.entities.offices import office_names
from dipkit.meetings.document import Document, Mention, case_twin, dateline_span, gap_is_title
from dipkit.meetings.lexicon import class_leads, word_classes
from dipkit.meetings.parties import Party, same_side, states_of
from dipkit.lazy_patterns import lazy_pattern

_POSSESSOR_GAP = lazy_pattern(r"^\s?['’]s?\s+(?:[\w-]+\s+){0,4}$")
_COMPOUND_JOIN = lazy_pattern(r"^\s?[-–—/]\s?$")
_AND = lazy_pattern(r"(?:^|\s|,)(?:and|&|as\s+well\s+as)\s")
_COMPANION_ROLE = lazy_pattern(r"\b(?:first\s+lady|first\s+gentleman|wife|husband|spouse|consort)\b", re.IGNORECASE)
_TITLE_AND = lazy_pattern(r"\b[Tt]he\s+(?P<title>[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+)?(?:\s+of\s+the\s+[A-Z][a-z]+)?)\s+and\s+(?:[Hh]is\s+|[Hh]er\s+)?(?:[\w-]+\s+){0,3}$")  # "The President and First Lady ", "The Taoiseach and Prime Minister "
_OWNED_TITLE = lazy_pattern(r"['’]s?\s+(?:[a-z][\w-]*\s+){1,3},?\s*")  # "'s predecessor ", "'s top aide, "
_UNDER_TITLE = lazy_pattern(r"\b(?:deputy|vice)[\s-]+(?:prime\s+)?\w+")  # "deputy prime minister", "vice president"
_AGENT_BEFORE = lazy_pattern(r"\b(?:made|paid|led|held|hosted|given)\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")  # "was made by X"
_THEY_OPENS = lazy_pattern(r"\W*They\s")  # "They welcomed the cooperation among A, B and C": they are the subject, not A
_CIVIL_OBJECT_GAP = lazy_pattern(r"\s+(?:with\s+)?(?:the\s+|some\s+|local\s+)?(?:[a-z][\w-]*\s+)?")  # "met (with) (the) [young] students"
_CIVIL_GAP = lazy_pattern(r"\s+(?:[a-z][\w-]*\s+)?")  # "Japanese [young] entrepreneurs": at most one lowercase word between
# "team[,] will visit", "business leaders also met", "football club Red Star is due": the civil noun (and its name) is the verb's subject
_CIVIL_BEFORE_VERB = lazy_pattern(
    r"(?:\s+[A-Z][\w'’.-]*){0,4},?(?:\s+(?:will|would|shall|also|then|later|is|are|was|were|has|have|had|be|been|to|due|set|expected|scheduled|slated))*\s+"
)
_LATTER_OR_FORMER = lazy_pattern(r"(?<![\w-])the\s+(?P<which>latter|former)(?:\s+(?:also|then|later|had|has|have|was|is|would|will))*\s+$", re.IGNORECASE)
_SUBJECT_PRONOUN = lazy_pattern(r"(?<![\w-])(?:he|she)(?![\w-])", re.IGNORECASE)
_UNNAMED_OFFICIALS = lazy_pattern(r"\b(?:heads\s+of\s+(?:state|government)|leaders|presidents|ministers|envoys|officials)\b", re.IGNORECASE)
_PRONOUN_CLAUSE = lazy_pattern(r"[^;]*?\b(?:after|when|where|while|once|as\s+soon\s+as|before|until)\s+(?:he|she)\b[^,;]*,")
_SUBORDINATOR = lazy_pattern(
    r"(?<![\w-])(?:when|while|whereas|after|before|because|since|although|though|if|where|which|who|that)(?![\w-])|;"
    r"|(?<=\s)as(?=\s+the\s)",  # "X spoke on climate, as the Quad met in Tokyo": the Quad met
    re.IGNORECASE,
)
_SOURCE_BEFORE = lazy_pattern(r"\b(?:according\s+to|citing|quoting)\s+(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE)
_KICKER = lazy_pattern(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s+(?=[A-Z])")  # a short label before a colon
_ATTRIBUTION = lazy_pattern(r"\b(?:according\s+to|citing|quoting)\s[^,;:]{1,100}?,", re.IGNORECASE)
_ATTRIBUTION_STEMS = ("according", "citing", "quoting")  # one in every match above
_OPENING_PARTICIPLE = lazy_pattern(r"\s*[A-Z][a-z]+ing\s")
_OPENING_PREPOSITION = lazy_pattern(r"\s*(?:During|After|Before|Following|At|In|Ahead\s+of)\s+(?:his|her)\s")
_TITLE_SPEAKS = lazy_pattern(  # "the US President said": a bare title (a nationality or country may open it) and a verb
    r"\s*the\s+(?P<title>[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+){0,2}?)\s+(?:said|says|told|added|stressed|noted|warned|urged|insisted|stated)\b"
)
_TITLE_AND_VERB = r"(?P<title>[A-Za-z]+(?:\s+[A-Za-z]+){0,2}?)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)"  # "Prime Minister highly appreciated"
_TITLE_SUBJECT = lazy_pattern(rf"(?:\s[^,;.]{{1,40}}?)?,\s*the\s+{_TITLE_AND_VERB}\b")  # ", the Prime Minister highly appreciated"
_TITLE_OWNS = lazy_pattern(rf"\b[Tt]he\s+{_TITLE_AND_VERB}\s+(?:[a-z]+\s+){{0,2}}$")  # "the premier returned from [his]"
_QUOTED_BY_TITLE = lazy_pattern(  # '..., the EAM posted on X.': the bare title of whoever a quotation is by
    r"[”\"]\s*,?\s*the\s+(?P<title>[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+){0,2}?)\s+(?:said|says|posted|wrote|tweeted|added|told)\b"
)
_OPENING_SUBJECT_GAP = lazy_pattern(r"[\s\"'’“”]*(?:the\s+)?")
_SAID = lazy_pattern(r"\b(?:said|says|stated|added|noted|announced|confirmed)\b(?:\s+that\b)?")  # (not "told X": X is no subject)
_SAID_STEMS = ("said", "says", "stated", "added", "noted", "announced", "confirmed")  # one in every match above
# a time or occasion put before the reported clause's subject: "said that in April, Xi met", "noted that during the visit, X"
_FRONTED_AFTER_SAID = lazy_pattern(r"\s+(?:in|on|at|during|last|earlier|later|since|after|before|this|following)\s[^,;\n]{1,40},")
_REPORTING = lazy_pattern(r"\b(?:said|says|told|stated|added|noted|stressed)\b")
# no title goes on past these ("led by the minister on ..."; but "Minister for Foreign Affairs and Trade, X" is one)
_CLAUSE_GAP = lazy_pattern(r"\s(?:on|in|about|over|with|during|while)\s")
_DELEGATION_LED_BY = lazy_pattern(r"\s+(?:there\s+)?(?:with\s+)?(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?delegations?\s+(?:led|headed)\s+by\s+", re.IGNORECASE)
DELEGATIONS_OF = lazy_pattern(r"\s+(?:the\s+)?(?:delegations|governments)\s+of\s+")
_TITLE_BEFORE = lazy_pattern(r"\b[Tt]he\s+(?:(?P<rank>[Dd]eputy|[Vv]ice)\s+|(?P<pre>[A-Za-z-]+)\s+)?(?P<title>[A-Za-zÀ-ÿ]+(?:-[A-Za-z]+)?(?:\s+[A-Za-zÀ-ÿ]+){0,3}?)\s+(?:also\s+|[a-z]+ly\s+)?$")
_PORTFOLIO_BEFORE = lazy_pattern(r"\bfor\s+(?:the\s+)?$")  # "Minister of State for [the Middle East]"
_AND_THE = lazy_pattern(r"\s+and\s+(?:the\s+)?")  # "for South Asia [and the] Commonwealth"
_CAPITAL_TITLE_BEFORE = lazy_pattern(  # a capitalized title with no article opening its clause: "Prime Minister [will]"
    r"(?:^|[,;:]\s+|\b(?:where|when|and|while|then)\s+)(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:also\s+|[a-z]+ly\s+)?$"
)
_TITLE_COMMA = lazy_pattern(r"\s+[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s*,\s*")  # "[Iranian] minister, " before "who"
_OF_THE = lazy_pattern(r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s+of\s+(?:the\s+)?")  # a body of a bloc ("Supreme
# Council of the GCC", "[Council of Heads] of Government of the SCO")
# a bare title opening a main clause after an opening phrase ("In his meeting with X, the prime minister said"; letters
# with accents too: "the Tánaiste")
_BARE_TITLE_AFTER = lazy_pattern(r"\s*(?:(?:HE|HH|HM|H\.E\.|H\.H\.|His|Her)\s+(?:(?:Royal\s+)?(?:Highness|Excellency|Majesty)\s+)?)?the\s+(?:(?P<rank>deputy|vice)\s+)?(?P<title>[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,2})(?=\s)", re.IGNORECASE)  # (not "the premier's")
# a sentence opening with a bare title and a relative aside ("The prime minister, who landed on Monday, is to meet")
_TITLE_ASIDE = lazy_pattern(r"[Tt]he\s+(?:[Dd]eputy\s+|[Vv]ice\s+)?(?P<title>[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+){0,2}?),\s+(?:who|whose)\s")
# auxiliaries, modals and adverbs of time between a title and its verb ("the chancellor is due to call on", "had last met",
# "could visit"),
# and the verb before a noun trigger ("the Taoiseach held a joint video call with")
_AUX_TAIL = lazy_pattern(
    r"(?:\s(?:is|are|was|were|will|would|could|may|might|should|can|must|has|had|have|be|been|expected|scheduled|due|set|to|last|first|then|later|earlier|previously|again|already|once"
    r"|also|today|yesterday|on\s+[A-Z][a-z]+day|(?:this|that)\s+(?:morning|afternoon|evening)"  # ("the emir later on Tuesday spoke")
    r"|(?:hold|held|holds|holding|had|having|make|made|makes|making|conduct|conducted)\s+(?:a|an|the|their|his|her)(?:\s+[a-z][a-z-]*){0,2}))+\s*$"
)
# a bare title of several capitalized words after "the", ending in an office ("the External Affairs Minister will")
_WHOLE_TITLE = lazy_pattern(r"[Tt]he\s+(?P<title>(?:[A-Z][a-z]+\s+){1,3}(?:Minister|Secretary))\s+(?:also\s+|[a-z]+ly\s+)?$")
_TITLE_TO_VERB = lazy_pattern(r"(?:\s+[a-z]+){0,3}\s+")  # "[the Chinese foreign minister] could [visit]": no more than a verb group
_WORD_AFTER_TITLE = lazy_pattern(r"[a-z]+\b")  # "the Prime Minister met": the title's verb (not "the Prime Minister Kyriakos")
_APPOSITION_WORDS = frozenset(("of", "who", "whose", "which", "that"))  # "the prime minister of Greece, X": X's own title
_OFFICE_END = lazy_pattern(r"\s(?:Minister|Secretary)$")
_SAME_TITLE = {  # one office, two names
    "premier": ("prime minister",),
    "prime minister": ("premier",),
    "top diplomat": ("foreign minister", "secretary of state", "foreign secretary", "external affairs minister"),
    "eam": ("external affairs minister",),
    "pontiff": ("pope",),
    "amir": ("emir",),
    "emir": ("amir",),
    "sovereign": ("king", "emir", "sultan"),  # "the Sovereign" (MAP): the monarch
    "custodian of the two holy mosques": ("king",),  # (SPA): the Saudi king
    "head of state": ("president", "king", "emir", "sultan"),  # "the Head of State held talks" (Kazinform, UzA)
    "head of our state": ("president", "king", "emir", "sultan"),
}
_REPORTING_AFTER = lazy_pattern(r"(?:\s+[\w'’-]+){0,2}?\s+(?:said|says|told|reported|announced|added|stated)\b")
# after a comma, a name that opens the speaker's phrase ("..., Kremlin foreign policy aide Yuri Ushakov said")
_BETWEEN_US_AFTER = lazy_pattern(r"\s+(?:took\s+place|was\s+held|were\s+held|happened)\s+between\s+us\b")  # "a call took place between us"
_SPEAKER_PRONOUN_BEFORE = lazy_pattern(r"\b([Ww]e|I)\s+(?:[a-z]+\s+){0,3}$")  # "We saw", "we also spoke", "We will certainly see", "I held"
_FIRST_PERSON_BEFORE = lazy_pattern(r"\b[Mm]y\s+(?:[a-z]+\s+){0,2}$")  # "my talks", "my recent visit" (not "I would speak to him")
_SPEAKER_LABEL = lazy_pattern(  # "Vladimir Putin: ", "Prime Minister of India Narendra Modi (retranslated): " opening a turn
    r"^[A-Z][\w.'’-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w.'’-]*){0,14}(?P<note>\s\([a-z]+\))?:\s", re.MULTILINE
)
_CAPITALIZED = lazy_pattern(r"\b[A-Z][a-z]+\b")
_COMMA_AND = lazy_pattern(r"[,;]\s+and\s(?!(?:his|her)\s+(?:[A-Z][a-z]+\s+)?counterpart\b)")  # (not "X, and his
# Rwandan counterpart Y met": one subject)
_PRONOUN_OPENS = lazy_pattern(r"(?:(?:on|in|at|last|this|later|then)\s+[\w.,]+\s+(?:[\w.]+\s+)?)?(?:he|she)\s", re.IGNORECASE)
_PRONOUN_AND = lazy_pattern(r"\s+(?:he|she)\s+and\s", re.IGNORECASE)
_CLAUSE_VERB_AFTER = lazy_pattern(
    r"\s+(?:(?:also|later|then|separately|briefly|had|has|have|will|would)\s+)*"
    r"(?:met|meets|held|holds|hosted|hosts|received|receives|called|spoke|speaks|visited|visits|paid|pays|was|were|is|are)\b"
)  # ", and Y met him separately": a verb after the name
_PAST_VERB_AFTER = lazy_pattern(r"\s+(?:(?:also|later|then|briefly)\s+)?[a-z]{2,}ed\b(?!\s+by\b)")  # (not "X, Y invited by Z")
_JUST_BEFORE_VERB = lazy_pattern(r"(?:,\s+[^,;]{1,100}?,)?\s+(?:(?:also|later|then|separately|briefly|had|has|have|will|would)\s+)*")  # (past
# an apposition: "..., and Zhao Leji, chairman of the NPC Standing Committee, met with him")
_SPEAKER_AFTER = lazy_pattern(r"(?:\s+[\w'’.-]+){0,6}?\s+(?:said|says|told|reported|announced|added|stated)\b")
# a group of officials standing for their countries ("senior diplomats from France, Germany and Britain")
_ENVOYS_FROM = lazy_pattern(
    r"\b(?:diplomats|officials|ministers|envoys|representatives|negotiators|delegations?|counterparts|leaders)\s+(?:from|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SAID_HE = lazy_pattern(r"\b(?:said|says|told\s+[\w\s]{1,30}?|stated|added|noted|announced|confirmed)\s+(?:that\s+)?(?:he|she)\s+(?:\w+\s+){0,3}$")
# a sentence whose subject is a body described by its members ("The panel, made up of A and B, ...")
_TITLE_POSSESSIVE = lazy_pattern(  # "the Prime Minister's visit", "the President's Gulf tour"
    r"\b[Tt]he\s+(?:(?P<rank>[Dd]eputy|[Vv]ice)\s+)?(?P<title>[A-ZÀ-Þ][a-zß-ÿ]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ]+){0,2}?)['’]s\s+(?:[\w-]+\s+)?$"
)
_CITY_DESCRIPTOR = lazy_pattern(
    r"\s*(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?(?:city|town|port|capital|village|resort|oasis)\s+of\s+", re.IGNORECASE
)
_OPENING_GROUP = lazy_pattern(r"^\W*(?:the\s+two\s+(?:leaders|presidents|prime\s+ministers|ministers|foreign\s+ministers|men|sides)|both\s+(?:leaders|sides|men))\b", re.IGNORECASE)
_GROUP_SUBJECT = lazy_pattern(
    r"\W*(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s*(?:made\s+up\s+of|comprising|consisting\s+of|composed\s+of|which\s+includes|that\s+includes)\b"
)
_TITLE_AND_VERB = (
    r"(?:(?!and\s)[A-Za-z]+,?\s+){0,3}?(?:[Tt]he\s+|(?=[A-Z]))(?:(?P<rank>[Dd]eputy|[Vv]ice)\s+)?(?P<title>[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+){0,2}?)"
    r"(?:['’]s\s+(?:day|schedule|programme|program|itinerary|morning|afternoon|evening))?\s+(?:(?:himself|herself)\s+)?"  # ("the
    # Taoiseach's day began with": the Taoiseach)
    r"(?:will|would|is|was|also|then|later|is\s+due|is\s+expected|[a-z]+ed|[a-z]+s|held|met|spoke|paid|made|took|flew|left|had|told|said|went|came|began)\b"
)
_SUBJECT_TITLE = lazy_pattern(  # a clause opening with a bare title and its verb: "Later today the President will travel"
    # (or after an opening phrase: "On the sidelines of the summit, the crown prince held talks")
    r"\W*(?:\d{1,2}\.\s+)?(?P<phrase>[A-Z][^,.;]{0,60},\s+)??" + _TITLE_AND_VERB  # (after a release's paragraph number, "8. ")
)
_PHRASED_SUBJECT_TITLE = lazy_pattern(r"\W*(?:\d{1,2}\.\s+)?(?P<phrase>[A-Z][^,.;]{0,60},\s+)" + _TITLE_AND_VERB)  # ("On the summit sidelines, the
# prime minister met": not "the summit sidelines")
_CAPITALS_BETWEEN = lazy_pattern(r",?(?:\s+[A-Z][\w.]*)*\s*")  # "[Japan], H.E. Mr. [X]", "[Polish] Prime Minister [X]"
_BARE_TITLE_AND = lazy_pattern(r"\b[Tt]he\s+(?P<title>[A-Za-z]+(?:[\s-]+[A-Za-z]+){0,4}?)\s+and\s+the\s+[^,;.]{3,80},\s+$")  # "the President of
# the Republic and the President of the European Commission, [X]"
_THE_TITLE = lazy_pattern(r"\s+(?:the\s+|(?=[A-Z][a-z]))")  # "by the prime minister"; a release's "received Prime Minister"
_OFFICE_OF = lazy_pattern(r"\b[A-Za-z]+\s+(?:of|to)\s+(?:the\s+)?$")  # "the chairman of the ", "the Secretary-General of the "
_GUEST_NOUN = lazy_pattern(r"(?:dignitary|guest|visitor)\b")  # "the visiting dignitary"
_GERUND_BEFORE_HIS = lazy_pattern(r"\b(?:before|after|while|upon)\s+[a-z]+ing(?:\s+(?:up|off|out))?\s+$")  # "before wrapping up [his]"
_VISITING = lazy_pattern(r"visiting\s+")  # "called on the visiting leader": the guest
_HEAD_ROLE = lazy_pattern(r"(?<!vice )(?<!deputy )\b(?:president|prime minister|premier|chancellor|king|emir|sultan)\b", re.IGNORECASE)
_NAME_AFTER = lazy_pattern(r"(?:\s+of\b(?!\s+the\s+Republic\b)|['’]s\b|\s+[A-Z])")  # ("the President of the Republic": the bare title)
_LED_DELEGATION = lazy_pattern(
    r"\s*(?:,\s*)?and\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:delegation|team)\b[^,;:.]{0,80}?\s(?:headed|led)\s+by\s+(?:[\w-]+\s+){0,3}"
)
_DELEGATION_OPENS = lazy_pattern(r"\s*(?:,\s*)?and\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:delegation|team)\s+(?:from|of)\s[^,;:.]{0,60}$")
_GOVERNED = lazy_pattern(r"\b(?:with|by|to|of|for|from|and|on|as|between|met|meets|received|receives)\s+(?:[A-Z][\w'’.-]*\s+){0,5}$")  # an object
_OPENING_CLAUSE = lazy_pattern(r"\s*(?:(?:In|At|On|From)\s+[^,;]{1,40},\s*)?(?:[Ww]here|[Ww]hen|[Ww]hile|[Aa]s|[Aa]fter|[Bb]efore|[Ss]ince|[Aa]lthough|[Tt]hough|[Oo]nce)\s+")
_NOT_SUBJECT = lazy_pattern(r"\b(?:and|with|by|to|of|for|said|says|told|met|meets)\b|[;:]")  # words that put a name after them out of subject
_CATAPHORA_REACH = 60
_HIS_OPENER = lazy_pattern(r"[^,;\"“”]{0,60}?\b(?:his|her)\b[^,;\"“”]{0,60},\s*")  # "The day before his talks with Y, "
_PRONOUN_REPORTS = lazy_pattern(r"\s*(?:He|She)\s+(?:also\s+)?(?:said|says|added|adds|told|noted|stressed)\b")
_REPORTED_BY = lazy_pattern(r"\b(?:said|says|added|told)\s+$")
# "with A, and separately with B": a second object of the same trigger, met apart from the first
APART_WITH = lazy_pattern(  # "met A as well as B", "saw A and, separately, B"
    r"\s*,?\s*(?:and\s+(?:(?:also|then|later|separately)\s+){1,2}with|and,?\s+separately,?|as\s+well\s+as)\s+", re.IGNORECASE
)
_RELATIVE_ASIDE = lazy_pattern(r",\s*(?:who|whom|whose|which)\s[^,;:]{1,120},")  # "X, who accompanied Y at the talks, ..."
_OFFICE_FOR = lazy_pattern(r"\b(?:Minister|Secretary|Commissioner)\s+(?:for|in)\s")
_TEAM_AFTER = lazy_pattern(r"\s+(?:team|delegation|side)\b")  # "the Syrian team": the officials who came, not the state
_THE_BEFORE = lazy_pattern(r"(?<![\w-])[Tt]he\s+$")
_BEFORE_DATE = lazy_pattern(r"(?:\b(?:on|in|at|last|this|next|of)\s+)?$")
_HONORIFIC_DOT = lazy_pattern(r"\b(Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Amb|Gov|Rep|Sheikh|St)\.")
_LEADING_TO = lazy_pattern(r"^\s*(?:to|of|in)\s")
SEPARATE_WAYS = (  # one contact each ("received A and B one after the other")
    r"(?:separately|individually|in\s+turn|one\s+after\s+(?:the\s+other|another)|one\s+by\s+one|in\s+separate\s+(?:calls|meetings|talks|conversations|audiences))"
)
SEPARATE_ASIDE = lazy_pattern(r",\s+" + SEPARATE_WAYS + r"\s*,\s*")  # "received, in separate meetings, A and B"
_FEW_WORDS = lazy_pattern(r"\s*(?:[\w-]+['’]?\s+){0,2}")  # "the China-Peru trade talks", "the Chile-Peru leaders' meeting"
_SPACES = lazy_pattern(r"\s+")
_HIS = lazy_pattern(r"(?<![\w-])(?:his|her)(?![\w-])", re.IGNORECASE)
_AND_OPENS = lazy_pattern(r"\s+and\s")
_FEW_TITLE_WORDS = lazy_pattern(r"\s*(?:[\w.'’-]+\s+){0,4}")  # "[his Kazakh counterpart] X"
_ADVERBS = lazy_pattern(r"\s*(?:[a-z]+\s+){0,2}")  # "last", "also briefly", "have"
_RELATIVE = lazy_pattern(r"(?:who|which)\b", re.IGNORECASE)
_INFINITIVE = lazy_pattern(r"(?<![\w-])(?<!is )(?<!was )(?<!are )(?<!were )(?<!be )to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_ELIDED_SUBJECT = lazy_pattern(  # "X will hold talks with Y, and is also due to call on Z": the clause's subject is X's
    r",\s*and\s+(?:is|are|was|were|will|would|has|have|had|also|later|then)\s+(?:[a-z]+\s+){0,4}$"
    r"|,?\s+and\s+(?:also\s+)?accepted\s+(?:[a-z]+\s+){0,6}$"  # "X thanked Y and accepted an invitation to visit": X's trip
)
_GENDERED = lazy_pattern(r"(?<![\w-])(?:(?P<f>she|her)|he|his|him)(?![\w-])", re.IGNORECASE)
_HONORIFIC = lazy_pattern(r"(?<!\w)(?:(?P<f>Mrs|Ms|Miss|Madam|Madame|Mme)|Mr)\.?\s+$")  # "Mr Martin": he, whatever pronouns follow
_CLAUSE_STOP = lazy_pattern(r"[,;:.]|\b(?:who|whom|whose|which|and|said|says|told)\b")
_TOP_BEFORE = lazy_pattern(r"\btop\s+$", re.IGNORECASE)
_DIPLOMAT = lazy_pattern(r"diplomat\b")
_NAME_NEXT = lazy_pattern(r"[\w-]|\s+[A-Z]")  # a title that runs on or a name after it ("the US President Joe Biden")
# a style of address standing alone for its bearer ("His Highness's visit", not "His Highness Sheikh X")
_BARE_STYLE = lazy_pattern(r"(?P<style>(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency))(?=['’]s\b|\s+[a-z])")
_STYLED_NAME = lazy_pattern(  # the style right before a name ("His Highness Sheikh X", "His Majesty the King X")
    r"(?P<style>(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency))\s+(?:(?:Sheikh|Sheikha|Sultan|King|Queen|Prince|Princess|the\s+\w+)\s+)?"
)
_STYLE_STEMS = ("highness", "majesty", "excellency")
_STAY_OPENING = lazy_pattern(r"\W*(?:During|On|In\s+the\s+course\s+of)\s+(?:his|her)\s+(?:stay|visit|trip|time)\s+(?:in|to)\s+")  # "During his stay in X"
_HIS_BEFORE = lazy_pattern(  # (not a style of address: "His Highness the Amir received a call")
    r"(?<![\w-])(?:his|her)\s+(?!(?:royal\s+)?(?:highness|majesty|excellency)\b)(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# a title after a country or organization that starts with a word of its own ("'s Minister for Trade", " Secretary of State")
_TITLE_OPENS = lazy_pattern(r"(?:['’]s?)?\s+(?!(?:and|of|the|for|in)\b)[A-Za-z]")
_LAND_OF_PERSON = lazy_pattern(  # " of ", ", King of ", ", Amir of the ", " of the Republic of ", ", Deputy Prime Minister and
    # Minister of Foreign Affairs of the Republic of "
    r"(?:,\s+[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|and|of|for|the)\s+){0,11}?|\s+)of\s+(?:the\s+)?(?:(?:Islamic\s+|Federal\s+|Arab\s+)?Republic\s+of\s+(?:the\s+)?)?"
)
LANDS_LINK = lazy_pattern(r"\s+and\s+|\s*[-–]\s*")  # "the Kazakh and Korean deputy ministers", "Thai-Lao": two lands, one noun after
BODY_NOUN = lazy_pattern(  # "the Thai-Lao Joint Commission", "the Kuwaiti-Iraqi Joint Ministerial Committee": the lands' body
    r"\s+(?:(?:Joint|Intergovernmental|Inter-Governmental|Bilateral|Permanent|Mixed)\s+)(?:[A-Z][\w-]*\s+){0,3}?(?:Commission|Committee|Council|Working\s+Group)\b"
)
_OF_BODY = lazy_pattern(r"\s+of\s+(?:the\s+)?")  # "session of the ..."
# a comma and a capitalized title before the next name of a list ("A, Prime Minister B and Chairman C", "A, Minister
# of State for Security B and C", "A, Under-Secretary for Africa, B, and C")
_TITLE_WORDS = r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w.'’-]*){0,6}"  # capitalized, "of"/"for"/"the" inside
_TITLED_COMMA = lazy_pattern(  # (or "..., the President of the European Council, B and ...": an office of a body, in apposition;
    # or a title in lower case, "A, national security adviser B and ...", whose words ``gap_is_title`` checks)
    r"\s*,\s+" + _TITLE_WORDS + r",?\s+|\s*,\s+the\s+(?:[A-Z][\w.'’-]*\s+){1,3}of\s+the\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*,\s+"
    r"|\s*,\s+(?:[a-z][\w'’-]*\s+){1,4}"
)
_COUNTERPART_ASIDE = lazy_pattern(r"\b(?:his|her)\s+(?:[A-Z][\w-]+\s+)?counterpart,?\s+$")  # "to his Chinese counterpart, B"
# "between A, his Rwandan counterpart B and C": a counterpart with a name of his own is another side, no apposition
_COUNTERPART_LINK = lazy_pattern(r",\s+(?:his|her)\s+(?:[A-Z][\w-]+\s+)?counterpart\s+")
# a group named by the office its members hold, right before the trigger ("The foreign ministers agreed to convene")
_OFFICE_GROUP = lazy_pattern(
    r"\b(?:the|both)\s+(?:two\s+)?(?P<office>[a-z]+)\s+(?:ministers|secretaries)\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE
)
# guests described by their number and nationality ("received the two Japanese ministers")
_NUMBERED_GUESTS = lazy_pattern(
    r"\s+(?:the|both)\s+(?P<n>two|three|four)\s+(?=[A-Z])(?:[\w-]+\s+)(?:ministers|officials|envoys|secretaries|leaders|foreign\s+ministers)\b"
)
_NUMBERS = {"two": 2, "three": 3, "four": 4}
# envoys of countries named before by their number ("met the ambassadors of the three countries")
_ENVOYS_OF_NUMBERED = lazy_pattern(
    r"\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:ambassadors|envoys|diplomats|representatives|officials|ministers|leaders)\s+(?:of|from)\s+"
    r"the\s+(?P<n>two|three|four)\s+(?:countries|states|nations)\b",
    re.IGNORECASE,
)
_NOT_OFFICE = ("two", "three", "prime", "chief", "cabinet", "other", "senior", "government", "deputy", "vice")
_AND_TITLE_COMMA = lazy_pattern(r"\s*,?\s+and\s+(?:with\s+)?(?P<title>[^,;:]{3,80}),\s+")  # "and [with] Egypt's foreign minister, "
_TITLE_LINKS = lazy_pattern(r"(?<=\s)(?:for|in)(?=\s)")  # "Minister for Trade", "Minister in the Presidency"


def eligible(m: Mention) -> bool:
    """A mention that can stand for a side: not a modifier, not a place, not "Trump's" (someone else's envoy)."""
    if m.party is None or m.modifier:
        return False
    if m.place_like and m.party.type in ("GPE", "ORG"):
        return False
    return not (m.possessive and m.party.type == "PERSON")


def without_dates(doc: Document, start: int, end: int) -> str:
    """The text of START..END with date expressions (and an "on"/"in" before them) taken out, and the dot of
    an abbreviated honorific ("Mr.", "Dr.")."""
    text = doc.text[start:end]
    for d in reversed(doc.dates_in(start, end)):
        a, b = d["start"] - start, d["end"] - start
        text = _BEFORE_DATE.sub("", text[:a]) + " " + text[b:]
    return _HONORIFIC_DOT.sub(r"\1", text) if "." in text else text  # "met Mr. Putin": no full stop


def lands_body_after(doc: Document, at: int, end: int) -> list[Mention]:
    """The two lands of a body named right after AT ("... session of the Viet Nam-Serbia Intergovernmental
    Committee"): its meeting is one of the two states, whoever agrees to hold it. [] when none is named there."""
    of = _OF_BODY.match(doc.text, at, end)
    lands = doc.mentions_in(of.end(), min(end, of.end() + 60))[:2] if of else []
    named = (
        len(lands) == 2 and lands[0].start == of.end() and all(m.party is not None and m.party.type == "GPE" for m in lands)
        and bool(LANDS_LINK.fullmatch(doc.text, lands[0].end, lands[1].start)) and bool(BODY_NOUN.match(doc.text, lands[1].end, end))
    )
    return lands if named else []


def coordinated(doc: Document, first: Mention, candidates: list[Mention], lands: bool = False) -> list[Mention]:
    """FIRST and the names linked to it by "and" or commas, in order (LANDS: countries after "from" too)."""
    chosen = [first]
    qualifier = None  # where a modifier of the next name starts ("..., Argentina's Javier Milei")
    titled = 0  # how many names joined by a comma and their own title ("A, Prime Minister B and ..."), unconfirmed
    tail = first.end  # where the last chosen name ends, with the land it is "of" ("King X of Bahrain")
    for k, m in enumerate(candidates):
        if m.start < tail:
            continue
        after_and = not eligible(m) or m.party.type != "PERSON"
        holder = _holder_after_and_title(doc, tail, m, candidates[k : k + 4]) if after_and and doc.text.find(" and ", tail, m.start) >= 0 else None
        if holder is not None:  # "with A and U.S. presidential adviser for Africa, B": B, the names inside the title part of it
            chosen.append(holder)
            tail, titled = holder.end, 0
            continue
        if not lands and chosen[-1].party.type == "PERSON" and m.party is not None and m.party.type == "GPE" and _LAND_OF_PERSON.fullmatch(doc.text, tail, m.start) and not _titles_next(doc, m, candidates[k + 1 : k + 2]):
            tail = m.end  # "King X of Bahrain and Amir Y of Qatar", "X, King of Bahrain; Y, Amir of Qatar": the
            continue  # land of each ruler is no side of its own (not "A, President of the United States B": B's title)
        if m.party is not None and m.party.type != "PERSON" and k + 1 < len(candidates) and _holds_title_of(doc, m, candidates[k + 1]):
            continue  # "..., National Assembly Chairman Y": the body is part of Y's title
        if (m.party is None or m.party.type != "PERSON") and k + 1 < len(candidates) and _in_titled_link(doc, tail, chosen[-1], candidates[k + 1]):
            continue  # "A, Under-Secretary of State for Africa, B and C": the land is part of B's title
        named = m.start if qualifier is None else qualifier
        if m.party is not None and m.party.type != "PERSON" and k + 1 < len(candidates) and _office_of(doc, chosen[-1].end, named, m, candidates[k + 1]):
            continue  # "and the chairman of the Standing Committee, Zhao Leji": the body is part of Zhao's title
        gap = without_dates(doc, tail, m.start)
        apart = APART_WITH.match(gap)
        gap = " and " + gap[apart.end() :] if apart else gap  # "with A, and separately with B": B is an object too
        if (m.party is None or m.party.type != "PERSON") and _DELEGATION_OPENS.match(gap):
            continue  # "and a delegation from the Palestinian group headed by Y": the name inside is no side
        if not (eligible(m) or lands and is_land(m)):
            bracketed = qualifier is not None and doc.text.startswith("(", m.start - 1)  # "the Agency (NIA) head X"
            if m.modifier and (bracketed or gap_is_title(_AND.sub(" ", gap))):
                qualifier = m.start if qualifier is None else qualifier
                continue  # "and his Japanese counterpart, Yoko Kamikawa": the modifier sits inside the link
            break
        if qualifier is not None:
            gap = without_dates(doc, tail, qualifier)  # "A, Argentina's B": the link is the ", "
            apart = APART_WITH.match(gap)
            gap = " and " + gap[apart.end() :] if apart else gap
        qualifier = None
        if m.possessive and m.party.type != "PERSON":
            break  # "Wang Yi, China's foreign minister, ...": an apposition, no further side
        if tail != chosen[-1].end:  # after the land of a ruler: another ruler, by "and" or ";" ("X, King of Bahrain;
            if m.party.type != "PERSON" or not (gap.startswith(";") or _AND.search(gap)) or not gap_is_title(_AND.sub(" ", gap.lstrip(";"))):
                break  # His Highness Y, Amir of Qatar; and ..."), not an apposition (", Member of the Politburo ...")
            chosen.append(m)
            tail = m.end
            continue
        if _LED_DELEGATION.fullmatch(gap) and m.party.type == "PERSON":
            chosen.append(m)  # "X and a delegation from the group headed by lead negotiator Y": Y's side
        elif m.party.type == chosen[-1].party.type == "PERSON" and _COUNTERPART_LINK.fullmatch(doc.text, tail, m.start):
            chosen.append(m)
        elif links(gap) and not _REPORTING_AFTER.match(doc.text, m.end) and not (gap.strip() == "," and _SPEAKER_AFTER.match(doc.text, m.end)):
            chosen.append(m)
            titled = 0  # (an "and" closes the list: the titled names before it stay)
        elif _TITLED_COMMA.fullmatch(gap) and m.party.type == chosen[-1].party.type == "PERSON" and gap_is_title(gap):
            chosen.append(m)  # "met A, Prime Minister B and National Assembly Chairman C": kept if an "and" follows
            titled += 1
        else:
            break
        tail = m.end
    return chosen[: len(chosen) - titled]


def _holder_after_and_title(doc: Document, tail: int, first: Mention, following: list[Mention]) -> Mention | None:
    """The person named after "and", a title and a comma past TAIL, FIRST (not a person) opening the title: "and U.S.
    presidential adviser for Africa, B", "and with Egypt's foreign minister, B" (not "and Iran, Foreign Minister B said")."""
    holder = next((p for p in following if p.party is not None and p.party.type == "PERSON"), None)
    if holder is None or not eligible(holder):
        return None
    link = _AND_TITLE_COMMA.fullmatch(doc.text, tail, before_styles(doc.text, holder.start))
    if link is None or link.start("title") > first.start or _REPORTING_AFTER.match(doc.text, holder.end):
        return None
    title, start = [], link.start("title")
    for m in doc.mentions_in(*link.span("title")):  # (the names inside the title read as capitalized words)
        title += [doc.text[start : m.start], "X"]
        start = m.end
    title.append(doc.text[start : link.end("title")])
    office = " " + "".join(title).replace(" on ", " for ") + " "  # ("adviser on Arab affairs": a portfolio, as "for")
    words = office.lower().replace("'s", " ").replace("’s", " ").split()
    return holder if any(w in role_words() for w in words) and gap_is_title(office) else None


def _titles_next(doc: Document, land: Mention, following: list[Mention]) -> bool:
    """Whether LAND ends the title of the person named right after it ("President of the United States [Donald Trump]")."""
    return bool(following) and following[0].party is not None and following[0].party.type == "PERSON" and not doc.text[land.end : following[0].start].strip()


def _in_titled_link(doc: Document, tail: int, last: Mention, following: Mention) -> bool:
    """Whether the text from TAIL to the person FOLLOWING is a comma and a title, both ends being persons."""
    if following.party is None or following.party.type != "PERSON" or last.party.type != "PERSON":
        return False
    gap = without_dates(doc, tail, following.start)
    return bool(_TITLED_COMMA.fullmatch(gap)) and gap_is_title(gap)


def _leader_named(doc: Document, start: int, end: int) -> bool:
    """Whether a person is named right after "led by" at START, with at most a title before the name."""
    leader = next(iter(doc.mentions_in(start, end)), None)
    return leader is not None and leader.party is not None and leader.party.type == "PERSON" and not _CLAUSE_GAP.search(doc.text, start, leader.start)


def object_side(doc: Document, sentence: tuple[int, int], after: int, places_ok: bool = False, lead_to: bool = False) -> list[Mention]:
    """The names that follow AFTER as the trigger's object ("with X and Y", "met X")."""
    text = doc.text
    led = _DELEGATION_LED_BY.match(text, after, sentence[1]) if text.find("led by", after, after + 80) >= 0 or text.find("headed by", after, after + 80) >= 0 else None
    if led is not None and _leader_named(doc, led.end(), sentence[1]):  # "with a Ukrainian delegation led by Andriy
        after = led.end()  # Yermak": the one who leads it (not "led by the First Deputy Foreign Minister": the delegation's land)
    elif text.startswith((" the ", " delegations ", " governments "), after):
        of_lands = DELEGATIONS_OF.match(text, after, sentence[1])
        after = of_lands.end() if of_lands else after  # "talks between the delegations of Kenya and Ethiopia": the lands
    mentions = doc.mentions_in(after, sentence[1])  # (a list of its own)
    city = next((m for m in mentions[:2] if m.party is not None and m.party.type == "GPE" and m.entity.get("kind") == "city"), None)
    if city is not None and _CITY_DESCRIPTOR.fullmatch(text, after, city.start):
        return [city]  # "travelled to the Ukrainian border city of Uzhhorod"
    portfolio = -1  # (the index of the last mention read as an office's portfolio)
    for i, m in enumerate(mentions):
        titled = m.modifier or i and mentions[i - 1].modifier  # (the cheap tests first)
        for_region = titled and m.entity.get("type") == "LOC" and _PORTFOLIO_BEFORE.search(text, max(0, m.start - 9), m.start)
        if m.modifier or for_region:
            portfolio = i if for_region else portfolio  # ("the UK's Minister of State for the Middle East, X": the region
            continue  # is the office's portfolio)
        if portfolio == i - 1 >= 0 and m.party is not None and m.party.type != "PERSON" and _AND_THE.fullmatch(text, mentions[i - 1].end, m.start):
            portfolio = i  # ("Minister of State for South Asia and the Commonwealth, Lord X": both the office's)
            continue
        usable = eligible(m) or (places_ok and m.party is not None and m.party.type == "GPE")
        if not usable and _owner_of_next(doc, after, mentions, i):
            return coordinated(doc, mentions[i + 1], mentions[i + 2 :])  # "met Trump's predecessor Barack Obama": Obama
        if not usable:
            return _lands(doc, after, mentions, i) if m.place_like and is_land(m) else []
        gap = without_dates(doc, after, m.start)
        if places_ok or lead_to:
            gap = _LEADING_TO.sub(" ", gap)  # "a trip this week to Peru", "a welcome to"
        aside = SEPARATE_ASIDE.match(gap) if gap.startswith(",") else None
        if aside:
            gap = gap[aside.end() :]  # "received, in separate meetings, X and Y"
        titled = not places_ok and i + 1 < len(mentions) and _holds_title_of(doc, m, mentions[i + 1])
        office_for = titled or (" for " in gap or " in " in gap) and bool(_OFFICE_FOR.search(gap))  # "met Minister for X of Y Z"
        holder = None
        if m.party.type == "GPE":
            holder = _holder_after_office(doc, after, mentions, i)
        elif m.party.type == "ORG":
            holder = _holder_after_bodies(doc, after, mentions, i)
        if holder is not None:  # "the Minister of X, Y and Z Abroad of the Republic of [Senegal], Mr. W": W
            m, i, titled = holder, i + 1, False
        elif not gap_is_title(_TITLE_LINKS.sub("of", gap) if office_for else gap):  # "with Minister for X of [Chile], Y"
            return []
        if "," in gap and _REPORTING_AFTER.match(doc.text, m.end, sentence[1]):
            return []  # "to meet his Algerian counterpart, Foreign Minister X said": X speaks, no counterpart
        if titled or m.party.type != "PERSON" and i + 1 < len(mentions) and _office_of(doc, after, m.start, m, mentions[i + 1]):
            m, i = mentions[i + 1], i + 1  # "with Australia's Minister for Trade and Tourism Don Farrell": the minister
            # ("met the president of the Chamber of Deputies, Arthur Lira": the president)
        if m.party.via_adjective and _civil_after(doc, m.end, sentence[1]):
            return []  # "to meet Japanese business leaders and students": people of that country, no side
        return _up_to_new_clause(doc, coordinated(doc, m, mentions[i + 1 :]))
    return []


def _holder_after_office(doc: Document, after: int, mentions: list[Mention], i: int) -> Mention | None:
    """The person named after a comma (and "Mr.") past the land that ends an office, all titles from AFTER on: "the
    Minister of Foreign Affairs, Migration and Tunisians Abroad of the Republic of [Tunisia], Mr. X"."""
    if i + 1 >= len(mentions):
        return None
    holder = mentions[i + 1]
    if not eligible(holder) or holder.party.type != "PERSON" or not doc.text.startswith(", ", mentions[i].end):
        return None  # (the plain tests before the styles are looked for)
    if doc.text[mentions[i].end : before_styles(doc.text, holder.start)] != ", ":
        return None
    office = doc.text[after : mentions[i].start]
    if not any(word.lower() in role_words() for word in _CAPITALIZED.findall(office)) or _REPORTING_AFTER.match(doc.text, holder.end):
        return None  # (an office names the land: not "talks with Iran, Araghchi said")
    return holder if gap_is_title(without_dates(doc, after, holder.start)) else None


def _holder_after_bodies(doc: Document, after: int, mentions: list[Mention], i: int) -> Mention | None:
    """The person named after a chain of offices, the first of a body at I: "Member of the [Political Bureau of the
    CPC Central Committee], Director of the Office of the [Central Foreign Affairs Commission] Wang Yi"."""
    if not _OFFICE_OF.search(doc.text, max(after, mentions[i].start - 40), mentions[i].start) or not doc.text.startswith(",", mentions[i].end):
        return None
    for j in range(i + 1, min(len(mentions), i + 4)):
        if not gap_is_title(doc.text[mentions[j - 1].end + 1 if j == i + 1 else mentions[j - 1].end : mentions[j].start]):
            return None
        if mentions[j].party is not None and mentions[j].party.type == "PERSON":
            return mentions[j] if eligible(mentions[j]) else None
        if mentions[j].party is None or mentions[j].party.type != "ORG":
            return None
    return None


def _up_to_new_clause(doc: Document, chosen: list[Mention]) -> list[Mention]:
    """CHOSEN up to a name after ", and" that opens a clause of its own ("called on X, and Y met him separately": Y
    is the next clause's subject, no second guest)."""
    for k in range(1, len(chosen)):
        if _COMMA_AND.search(doc.text, chosen[k - 1].end, chosen[k].start) and opens_clause(doc, chosen[k]):
            return chosen[:k]
    last = chosen[-1] if len(chosen) > 1 else None
    if last is not None and doc.text.startswith(",", chosen[-2].end) and doc.text[chosen[-2].end : before_styles(doc.text, last.start)].rstrip() == "," and _PAST_VERB_AFTER.match(doc.text, last.end):
        return chosen[:-1]  # "In the meeting with X, Y explained ...": Y, the last of no list closed by "and", is the subject
    return chosen


def opens_clause(doc: Document, name: Mention) -> bool:
    """Whether a finite verb follows NAME, the subject of a clause of its own ("..., and Y visited Beijing")."""
    return bool(_CLAUSE_VERB_AFTER.match(doc.text, name.end))


def _owner_of_next(doc: Document, after: int, mentions: list[Mention], i: int) -> bool:
    """Whether mention I is a person's possessive naming whose aide or forerunner the next name is ("Trump's
    predecessor Barack Obama", "Putin's top aide Yuri Ushakov"), right after AFTER."""
    m = mentions[i]
    if not (m.possessive and m.party is not None and m.party.type == "PERSON") or i + 1 >= len(mentions) or not eligible(mentions[i + 1]):
        return False
    nxt = mentions[i + 1]
    return nxt.party.type == "PERSON" and gap_is_title(without_dates(doc, after, m.start)) and bool(_OWNED_TITLE.fullmatch(doc.text, m.end, nxt.start))


def civil_subject(doc: Document, start: int, trigger_start: int) -> bool:
    """Whether people who hold no office are the subject right before the verb at TRIGGER_START ("the Brazilian
    national football team will visit Tokyo", "Japanese business leaders met X"): no side of a diplomatic contact."""
    if not doc.may_hold(start, trigger_start, class_leads("civil")):
        return False  # (the cheap test first: most subjects are no civil group)
    return any(_CIVIL_BEFORE_VERB.fullmatch(doc.text, m.end(), trigger_start) for m in word_classes()["civil"].finditer(doc.text, start, trigger_start))


def civil_object(doc: Document, start: int, end: int) -> bool:
    """Whether the object right after START is people who hold no office ("met students of the Institute",
    "met with business leaders"): no side of a diplomatic contact."""
    return _civil_after(doc, start, end, _CIVIL_OBJECT_GAP)


def _civil_after(doc: Document, start: int, end: int, gap: re.Pattern[str] = _CIVIL_GAP) -> bool:
    """Whether a nationality ending at START qualifies people who hold no office ("Japanese business leaders"),
    with only GAP before them."""
    if not doc.may_hold(start, min(end, start + 40), class_leads("civil")):
        return False  # (the cheap test first)
    found = word_classes()["civil"].search(doc.text, start, min(end, start + 40))
    return found is not None and gap.fullmatch(doc.text, start, found.start()) is not None


def _holds_title_of(doc: Document, owner: Mention, person: Mention) -> bool:
    """Whether PERSON holds a title of OWNER, a country or organization named right before with a long title
    between ("Australia's Minister for Trade and Tourism Don Farrell", "UK Secretary of State for Business and
    Trade Jonathan Reynolds"), which the entity tagger may not have read as a modifier."""
    if owner.party.type == "PERSON" or person.party is None or person.party.type != "PERSON" or not eligible(person):
        return False
    gap = doc.text[owner.end : person.start]
    styled = before_styles(doc.text, person.start) if gap.startswith(",") else person.start  # (styles only after a comma)
    if doc.text[owner.end : styled] in (", ", ",\t"):  # "Minister of Foreign Affairs of Ethiopia, H.E. Dr. Gedion"
        return _office_country(doc, owner, styled)
    return bool(_TITLE_OPENS.match(gap)) and gap_is_title(_TITLE_LINKS.sub("of", gap))


def _office_of(doc: Document, start: int, named: int, body: Mention, person: Mention) -> bool:
    """Whether BODY (its name, with modifiers, from NAMED on) ends an office written in lowercase before the PERSON
    named right after a comma ("the chairman of the [Standing Committee], Zhao Leji"), the words from START on
    being titles."""
    if person.party is None or person.party.type != "PERSON" or not doc.text.startswith(", ", body.end):
        return False  # (the plain tests before the styles are looked for)
    styled = before_styles(doc.text, person.start)
    styled = styled - 4 if styled < person.start and doc.text.endswith("the ", 0, styled) else styled  # ", the Rt Hon X"
    if doc.text[body.end : styled] != ", ":
        return False
    of = _OFFICE_OF.search(doc.text, max(start, named - 40), named)
    return of is not None and gap_is_title(doc.text[start : of.start()] + " ")


def _office_country(doc: Document, owner: Mention, named: int) -> bool:
    """OWNER ends the office written before a comma and the name (or its styles) at NAMED: "Minister of Foreign
    Affairs of [Thailand], Y"."""
    office = office_before_comma(doc.text, named)
    return office is not None and office[1] <= owner.start


def _lands(doc: Document, after: int, mentions: list[Mention], i: int) -> list[Mention]:
    """"met senior diplomats from France, Germany and Britain": the countries the officials come from."""
    gap = without_dates(doc, after, mentions[i].start)
    if not _ENVOYS_FROM.search(gap) or not gap_is_title(_ENVOYS_FROM.sub(" ", gap)):
        return []
    return coordinated(doc, mentions[i], mentions[i + 1 :], lands=True)


def is_land(m: Mention) -> bool:
    """A country named by its name ("France"), not a city or a nationality."""
    return m.party is not None and m.party.type == "GPE" and m.entity.get("type") == "GPE" and bool(m.entity.get("code"))


def possessor(doc: Document, sentence: tuple[int, int], trigger_start: int) -> list[Mention]:
    """"Modi's meeting", "Pelosi's Taiwan visit", "Xi-Putin talks": the names fused with the trigger."""
    before = [m for m in doc.mentions_in(sentence[0], trigger_start) if m.party is not None]
    if not before:
        return []
    last = before[-1]
    gap = doc.text[last.end : trigger_start]
    if len(before) >= 2 and _COMPOUND_JOIN.match(doc.text[before[-2].end : last.start]) and _FEW_WORDS.fullmatch(gap):
        chain = [before[-2], last]
        for m in reversed(before[:-2]):  # "the China-Afghanistan-Pakistan dialogue": every name of the chain
            if not _COMPOUND_JOIN.match(doc.text[m.end : chain[0].start]):
                break
            chain.insert(0, m)
        return chain
    if last.possessive and _POSSESSOR_GAP.match(gap):
        return [last]
    for m in reversed(before[:-1]):  # "Pelosi's Taiwan visit": a destination sits between possessor and trigger
        if m.possessive and m.party is not None and m.party.type == "PERSON":
            if _POSSESSOR_GAP.match(doc.text[m.end : trigger_start]):
                return [m]
            break
    return []


def with_titled_partner(doc: Document, sentence: tuple[int, int], side: list[Mention]) -> list[Mention]:
    """SIDE, one person, with the holder of the bare title coordinated before them ("The Taoiseach and Prime
    Minister X last met"): the title stands for its holder, who is a side of his own."""
    if len(side) != 1 or " and " not in doc.text[max(sentence[0], side[0].start - 40) : side[0].start]:
        return side
    titled = _TITLE_AND.search(doc.text, max(sentence[0], side[0].start - 60), side[0].start)  # ("The President of the Republic and")
    if not titled:
        return side
    holder = _bare_title_holder(doc, titled.group("title"), None, titled.start()) or []
    return holder[:1] + side if holder and holder[0].party != side[0].party else side


def subject_side(doc: Document, sentence: tuple[int, int], trigger_start: int, taken: list[Mention]) -> list[Mention]:
    """The subject of the trigger's clause, with the names coordinated with it.

    Inside a subordinate clause ("when ...", "who ...", "that ...") the subject is looked for there first;
    a relative clause's subject is the name before "who"; otherwise the sentence's first name, a person
    before anything else.
    """
    clause = clause_start(doc, sentence, trigger_start)
    said = [m.end() for m in _SAID.finditer(doc.text, clause, trigger_start)] if doc.may_hold(clause, trigger_start, _SAID_STEMS) else []
    for end in reversed(said):  # "Celik said Erdogan would hold talks": after "said" ("said X had confirmed he would": X)
        fronted = _FRONTED_AFTER_SAID.match(doc.text, end, trigger_start)
        if fronted and not doc.mentions_in(end, fronted.end()):
            end = fronted.end()  # "said that in April, Xi met Y": the subject after the fronted time
        if "," in doc.text[end:trigger_start]:
            break
        found = _first_subject(doc, end, trigger_start, taken)
        if found:
            return found
        if _PRONOUN_AND.match(doc.text, end, trigger_start):
            return []  # "X said he and Y would meet again": whom "he" names, with Y
    joined = [m.end() for m in _COMMA_AND.finditer(doc.text, clause, trigger_start)]
    if joined:  # "X called on Y, and Z met him separately": Z
        found = _first_subject(doc, joined[-1], trigger_start, taken)
        if found and _JUST_BEFORE_VERB.fullmatch(doc.text, found[-1].end, trigger_start):
            return found
        if not found and _PRONOUN_OPENS.match(doc.text, joined[-1], trigger_start):
            return []  # "A and B spoke by phone on Jan. 15, and on Jan. 28 she made a tour of ...": whom "she" names
    if clause > sentence[0]:
        found = _first_subject(doc, clause, trigger_start, taken)
        if found:
            return found
        window = doc.text[clause:trigger_start]
        if _RELATIVE.match(window):
            return _antecedent_group(doc, sentence, clause)
        if doc.window_find(word_classes()["group"], clause, trigger_start) or doc.window_find(_SUBJECT_PRONOUN, clause, trigger_start):
            return []
        if doc.window_find(_UNNAMED_OFFICIALS, clause, trigger_start):
            return []  # "..., while West African heads of state meeting in Abuja": not the main clause's subject
    if _GROUP_SUBJECT.match(doc.text, sentence[0], trigger_start):
        return []  # "The panel, made up of A, B and C, was named at a summit hosted by X": the panel is the subject
    kicker = _KICKER.match(doc.text, sentence[0], trigger_start)  # "Niger coup: ECOWAS leaders meet in Abuja": a
    return _first_subject(doc, kicker.end() if kicker else sentence[0], trigger_start, taken)  # headline's topic label


def relative_subject(doc: Document, sentence: tuple[int, int], trigger_start: int) -> list[Mention]:
    """"Rutte, who flew to Madrid for the summit ...": in a relative clause, the names before "who"."""
    clause = clause_start(doc, sentence, trigger_start)
    if clause == sentence[0] or not doc.match(_RELATIVE, clause):
        return []
    if any(eligible(m) for m in doc.mentions_in(clause, trigger_start)):
        return []  # "who met Xi to discuss ...": the relative clause has its own names
    return _antecedent_group(doc, sentence, clause)


def _antecedent_group(doc: Document, sentence: tuple[int, int], clause: int) -> list[Mention]:
    """"Yun and Kishida, who had a meeting": the names right before a relative pronoun."""
    before = [m for m in doc.mentions_in(sentence[0], clause) if eligible(m) or person_like(doc, m)]
    if not before or doc.text[before[-1].end : clause].strip() not in ("", ",") and not (
        person_like(doc, before[-1]) and before[-1].party.type != "PERSON" and _TITLE_COMMA.fullmatch(doc.text, before[-1].end, clause)
    ):  # ("the Iranian minister, who": the nationality stands for him)
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        if not _coordinated_pair(doc, m, group[0]):
            break
        group.insert(0, m)
    return group


def clause_start(doc: Document, sentence: tuple[int, int], trigger_start: int) -> int:
    """Where the subordinate clause holding the trigger starts (no comma between it and the trigger)."""
    key = ("clause_start", sentence[0], trigger_start)
    if key not in doc.cache:  # asked several times for each trigger
        start = sentence[0]
        comma = doc.text.rfind(",", start, trigger_start)
        while comma > start and _in_list_of_lands(doc, comma):
            comma = doc.text.rfind(",", start, comma)  # ("that diplomats from A, B and C plan to": the list's commas)
        after_comma = max(start, comma + 1)  # (a word before the last comma has one after it)
        twin = case_twin(_SUBORDINATOR) if doc.lower is not None else None  # the same spans, quicker
        for m in (_SUBORDINATOR.finditer(doc.text, after_comma, trigger_start) if twin is None else twin.finditer(doc.lower, after_comma, trigger_start)):
            if not doc.inside_date(m.start()):  # (not "earlier that day")
                start = m.start()
        doc.cache[key] = start
    return doc.cache[key]


def _in_list_of_lands(doc: Document, comma: int) -> bool:
    """Whether the comma at COMMA parts two countries in a list ("Japan, South Korea and China")."""
    left = doc.mentions_in(max(0, comma - 40), comma)
    right = doc.mentions_in(comma + 1, comma + 40)
    return bool(left and right and left[-1].end == comma and right[0].start == comma + 2 and is_land(left[-1]) and is_land(right[0]))


def clause_stop(doc: Document, start: int, end: int) -> int:
    """Where a subordinate clause after START begins ("the call took place after Trump ..."), else END."""
    found = doc.find(_SUBORDINATOR, start, end)
    return found.start() if found else end


def after_attribution(doc: Document, start: int, end: int) -> int:
    """Where the words in START..END go on after a source named before them ("According to X, the talks ..."), else START."""
    found = [a.end() for a in _ATTRIBUTION.finditer(doc.text, start, end)] if doc.may_hold(start, end, _ATTRIBUTION_STEMS) else []
    return found[-1] if found else start


def _first_subject(doc: Document, start: int, trigger_start: int, taken: list[Mention]) -> list[Mention]:
    sources: list[tuple[int, int]] = []  # "According to X, he met Y"
    if doc.may_hold(start, trigger_start, _ATTRIBUTION_STEMS):
        twin = case_twin(_ATTRIBUTION) if doc.lower is not None else None  # the same spans, quicker
        found = _ATTRIBUTION.finditer(doc.text, start, trigger_start) if twin is None else twin.finditer(doc.lower, start, trigger_start)
        sources = [a.span() for a in found]
    before = [m for m in doc.mentions_in(start, trigger_start) if m not in taken and not m.topic]  # (not "a summit on Ukraine")
    line = _dateline_of(doc) if before and before[0].start < 300 else None  # (a dateline opens the story)
    if line is not None and before[0].start < line[1]:
        before = [m for m in before if not line[0] <= m.start < line[1]]  # "BRUSSELS — EU leaders met": no subject
    if sources:
        before = [m for m in before if not any(a <= m.start < b for a, b in sources)]
    before = outside_asides(doc, start, trigger_start, before)  # "The President, who is accompanied by X, will call on"
    if before and not eligible(before[0]) and is_land(before[0]):
        lead = doc.match(_SUBORDINATOR, start)  # ("... that officials from A and B will meet")
        envoys = _lands(doc, lead.end() if lead else start, before, 0)
        if envoys:
            return envoys  # "Officials from Brazil, Chile and Peru will hold talks": the lands they come from
    usable = [i for i, m in enumerate(before) if eligible(m)]
    if not usable:
        return []
    adjacent = _adjacent_group(doc, before, usable[-1], trigger_start)
    if len(adjacent) >= 2:
        return adjacent  # "... Zelenskyy and Biden last met": the names right before the verb
    persons = [i for i in usable if before[i].party.type == "PERSON"]
    i = persons[0] if persons else usable[0]  # "BEIJING -- Wang Yi met": the person is the subject
    if i > usable[0] and _coordinated_pair(doc, before[usable[0]], before[i]) and not _bare_comma(doc, before[usable[0]], before[i]):
        i = usable[0]  # "China and Wang Yi's ..." keeps the first name when it is linked to the person (not by a comma
        # alone: "After arriving for the summit of the SCO, Putin met")
    pronoun = doc.find(_SUBJECT_PRONOUN, start, before[i].start, ("he",))
    opener = _PRONOUN_CLAUSE.match(doc.text, start, before[i].start) if pronoun else None  # (only where a pronoun stands)
    if opener:  # "Shortly after he arrived, X called on Y": X
        pronoun = doc.find(_SUBJECT_PRONOUN, opener.end(), before[i].start)
    if pronoun and not _closer_person(before[:i]) or _THEY_OPENS.match(doc.text, start, before[i].start):
        return []
    if not persons and before[i].party.type == "GPE" and (not before[i].party.via_adjective or _the_head_of(doc, before[i])):
        holder = _land_title_holder(doc, before[i])
        if holder:
            return holder
    side = coordinated(doc, before[i], before[i + 1 :])
    return _bare_title_and(doc, start, side) + side if side and " and the " in doc.text[start : side[0].start] else side


def _bare_title_and(doc: Document, start: int, side: list[Mention]) -> list[Mention]:
    """"The President of the Republic and the President of the European Commission, X, held": the holder of the
    bare title coordinated before the first name of SIDE (not one of SIDE); [] where there is none."""
    found = _BARE_TITLE_AND.search(doc.text, start, side[0].start)
    known = word_classes()["title_anaphor"].fullmatch(found.group("title")) if found else None
    holder = _bare_title_holder(doc, known.group(), None, found.start()) if known else None
    names = {m.party.name for m in side if m.party is not None}
    return [m for m in holder or [] if m.party is not None and m.party.name not in names][:1]


def _the_head_of(doc: Document, land: Mention) -> bool:
    """"The Sri Lankan President invited Modi": a leader's bare title after "the" and the land's adjective (not "the
    Japanese minister", which a prime minister's title holds too)."""
    return bool(_THE_BEFORE.search(doc.text, max(0, land.start - 5), land.start) and _HEAD_ROLE.match(doc.text, land.end + 1))


def _land_title_holder(doc: Document, land: Mention) -> list[Mention]:
    """"The US top diplomat will travel": the person of that country named before whose role the title after
    the country's name stands for; [] when no bare title follows it."""
    space = _SPACES.match(doc.text, land.end)
    title = word_classes()["title_anaphor"].match(doc.text, space.end()) if space else None
    top = _TOP_BEFORE.search(doc.text, max(0, land.start - 5), land.start) and space and _DIPLOMAT.match(doc.text, space.end())
    if top:  # "the top US diplomat": the title stands around the country's name
        title = top
    if title is None or _NAME_NEXT.match(doc.text, title.end()):
        return []
    named = all_persons(doc, (0, land.start))
    others = {m.party.name for m in named if m.party.country != land.party.country}
    foreign = {m.party.name for m in named if m.party.country not in (None, land.party.country)}
    office = "top diplomat" if top else title.group()
    return _title_holder(doc, office, land.start, others) or _title_holder(doc, office, land.start, foreign)


def _dateline_of(doc: Document) -> tuple[int, int] | None:
    """Where the story's dateline stands (asked once per document)."""
    if "dateline" not in doc.cache:
        doc.cache["dateline"] = dateline_span(doc.text, doc.dateline)
    return doc.cache["dateline"]


def _adjacent_group(doc: Document, before: list[Mention], last: int, trigger_start: int) -> list[Mention]:
    """The names coordinated right before the trigger, with at most a few adverbs or auxiliaries between."""
    if not _ADVERBS.fullmatch(doc.text[before[last].end : trigger_start]):
        return []
    group = [before[last]]
    for m in reversed(before[:last]):
        if not eligible(m) or not (_coordinated_pair(doc, m, group[0]) or _in_titled_link(doc, m.end, m, group[0])):
            break  # ("A, adviser B and envoy C met": A too)
        group.insert(0, m)
    if len(group) >= 2 and all(_bare_comma(doc, a, b) for a, b in zip(group, group[1:])) and not _in_headline(doc, trigger_start):
        return group[-1:]  # no "and" in the list: the comma ends an opening phrase ("After arriving for the summit of the
        # SCO, Putin met"), but for a headline's "Xi, Putin meet"
    return group


def _bare_comma(doc: Document, a: Mention, b: Mention) -> bool:
    return doc.text[a.end : b.start].strip() == ","


def _in_headline(doc: Document, position: int) -> bool:
    return bool(doc.sentences) and position < doc.sentences[0][1] and doc.is_headline(0)


def infinitive_subject(doc: Document, sentence: tuple[int, int], trigger_start: int, taken: list[Mention]) -> list[Mention]:
    """"Xi held a ceremony to welcome Obama": the person nearest before an infinitive trigger (not one
    already the object of an earlier trigger), with the names coordinated with it ("Xi and Park agreed to")."""
    if not doc.find(_INFINITIVE, max(sentence[0], trigger_start - 20), trigger_start, ("to",)):
        return []
    before = [m for m in doc.mentions_in(sentence[0], trigger_start) if eligible(m) and m not in taken]
    kept = outside_asides(doc, sentence[0], trigger_start, before)  # (not Y in "X, who accompanied Y, is to travel")
    persons = [i for i, m in enumerate(before) if m.party.type == "PERSON" and m in kept]
    if persons and "and" in doc.text[before[persons[-1]].end : trigger_start] and _ELIDED_SUBJECT.search(doc.text, before[persons[-1]].end, trigger_start):
        return []  # a second predicate of the sentence's subject, not of the object named last
    if not persons:
        return _subject_title(doc, sentence[0], trigger_start) or []  # "the President will travel to X to meet Y"
    group = [before[persons[-1]]]
    for m in reversed(before[: persons[-1]]):
        if not _coordinated_pair(doc, m, group[0]):
            break
        group.insert(0, m)
    return group


def _subject_title(doc: Document, start: int, end: int) -> list[Mention] | None:
    """The person a bare title opening the clause stands for ("[Tomorrow] the President will ... to meet"); [] when
    the story names no holder of it, None when the clause opens with no bare title."""
    found = _SUBJECT_TITLE.match(doc.text, start, end)
    holder = _bare_title_holder(doc, found.group("title"), found.group("rank"), start) if found else None
    if found and holder is None and not found.group("phrase"):  # no title where the opening phrase was read as one
        found = _PHRASED_SUBJECT_TITLE.match(doc.text, start, end)
        holder = _bare_title_holder(doc, found.group("title"), found.group("rank"), start) if found else None
    return None if found and found.group("phrase") and not holder else holder  # (after an opening phrase: only a holder named)


def _bare_title_holder(doc: Document, title: str, rank: str | None, before: int, land: str | None = None) -> list[Mention] | None:
    """The person a bare TITLE (after "the", RANK "Deputy" or none) stands for: a title of the anaphor list, or
    a longer one ending in an office that some role holds whole ("the External Affairs Minister"), not one of
    LAND; None when TITLE is no such title."""
    title = title.strip()
    known = word_classes()["title_anaphor"].fullmatch(title)
    apposed = _apposed_holder(doc, known.group(), before) if known and " of the " in known.group() and not rank else []
    if apposed:  # "The President of the Republic, Emmanuel Macron, welcomed ...": whom the story gave that title
        return apposed
    if known:
        return _title_holder(doc, f"{rank} {known.group()}" if rank else known.group(), before, land=land)
    if not rank and _OFFICE_END.search(title):
        return _title_holder(doc, title, before, land=land) or None
    return None


def _apposed_holder(doc: Document, title: str, before: int) -> list[Mention]:
    """The person the story introduced with TITLE in apposition before BEFORE ("the President of the Republic,
    Emmanuel Macron"): a long title some house uses for its own head, whatever others hold the plain office."""
    for found in _apposition(title).finditer(doc.text, 0, before):
        named = [m for m in doc.mentions_in(found.end(), found.end() + 80)[:1] if m.start == found.end() and person_like(doc, m)]
        if named:
            return named
    return []


@lru_cache(maxsize=64)
def _apposition(title: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(word) for word in title.split())
    return re.compile(rf"\b{words},\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", re.IGNORECASE)


def outside_asides(doc: Document, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """MENTIONS (of START..END) less those inside a relative aside: "X, who accompanied Y at the talks, is to
    travel": Y is no side of what the main clause tells."""
    if "," not in doc.text[start:end]:
        return mentions  # (the cheap test first)
    asides = [a.span() for a in _RELATIVE_ASIDE.finditer(doc.text, start, end)]
    return [m for m in mentions if not any(a <= m.start < b for a, b in asides)]


def pronoun_possessor(doc: Document, sentence_index: int, trigger_start: int, land: str | None = None) -> list[Mention]:
    """"Whitlam on his official visit": "his"/"her" before the trigger points to the person before it; after a
    comma ("X received Y on Monday, recalling his visit to Z") to the subject of the sentence. LAND: the country
    of the trip's destination, whose own people are no visitors to it ("X held talks with Modi during his visit to
    New Delhi": X)."""
    s0 = doc.sentences[sentence_index][0]
    m = doc.find(_HIS_BEFORE, max(s0, trigger_start - 40), trigger_start, ("his", "her"))
    if not m:
        return []
    persons = all_persons(doc, (s0, m.start()))
    opening = _OPENING_PARTICIPLE.match(doc.text, s0) or _OPENING_PREPOSITION.match(doc.text, s0)
    first_comma = doc.text.find(",", s0, m.start()) if opening and persons else -1
    if first_comma >= 0 and persons[-1].end <= first_comma:  # "Receiving X, the Prime Minister ... recalled his
        titled = _opening_title_holder(doc, first_comma)  # talks with Y": the bare title's holder, not the guest
        if titled:
            return titled
    if not persons and opening:
        comma = doc.text.find(",", trigger_start, doc.sentences[sentence_index][1])  # "Recalling his visit to Z, X said",
        after = [p for p in doc.mentions_in(comma, doc.sentences[sentence_index][1]) if person_like(doc, p)] if comma >= 0 else []
        gap = doc.text[comma + 1 : after[0].start] if after else ""
        titled_name = bool(after) and after[0].party is not None and after[0].party.type == "PERSON" and gap_is_title(gap)
        if after and (_OPENING_SUBJECT_GAP.fullmatch(gap) or titled_name):  # "During his meeting with Y, the Omani minister
            return after[:1]  # said", "Following his meeting with Y, Prime Minister X had": X, the subject after the opening phrase
        titled = _opening_title_holder(doc, comma) if comma >= 0 else []
        if titled:  # "In his meeting with Y on Wednesday, the prime minister said": whom the bare title stands for
            return titled
    owner = _TITLE_OWNS.search(doc.text, max(s0, m.start() - 60), m.start()) if persons and "," in doc.text[persons[-1].end : m.start()] else None
    holder = _bare_title_holder(doc, owner.group("title"), None, owner.start()) if owner else None
    if holder:  # "X called on Y on Tuesday, days after the premier returned from his trip": whom the bare title stands for
        return holder
    if len(persons) > 1 and "," in doc.text[persons[-1].end : m.start()]:
        said = [r.end() for r in _REPORTING.finditer(doc.text, s0, m.start())]  # "X said Y ..., recalling his"
        return [p for p in persons if not said or p.start >= said[-1]][:1] or persons[:1]
    if len(persons) > 1 and _GERUND_BEFORE_HIS.search(doc.text, persons[-1].end, m.start()):
        return persons[:1]  # "X is to meet Y on Tuesday before wrapping up his state visit": X, the clause's subject
    if land and len(persons) > 1 and persons[-1].party is not None and persons[-1].party.country == land:
        persons = [p for p in persons if p.party is None or p.party.country != land] or persons
    return persons[-1:] or pronoun_antecedent(doc, sentence_index, m.end(), m.start())


def _styled_person(doc: Document, style: str, before: int) -> list[Mention]:
    """The first person named before BEFORE right after STYLE ("His Highness Sheikh X"), if any."""
    for found in _STYLED_NAME.finditer(doc.text, 0, before):
        if found.group("style") != style:
            continue
        named = [x for x in doc.mentions_in(found.end(), found.end() + 60) if x.start == found.end() and person_like(doc, x)]
        if named:
            return named[:1]
    return []


def _opening_title_holder(doc: Document, comma: int) -> list[Mention]:
    """The person a bare title right after COMMA (or opening the sentence after it) stands for ("..., the prime
    minister reaffirmed"), if any."""
    found = _BARE_TITLE_AFTER.match(doc.text, comma + 1)
    if found is None:
        return []
    words = found.group("title").split()
    for size in range(len(words), 0, -1):  # the longest title known: "prime minister", not "prime"
        holder = _bare_title_holder(doc, " ".join(words[:size]), found.group("rank"), comma)
        if holder:
            return holder
    return []


def _coordinated_pair(doc: Document, a: Mention, b: Mention) -> bool:
    if a.party is not None and a.party.type != "PERSON" and _holds_title_of(doc, a, b):
        return False  # "Foreign Minister of Indonesia, Sugiono": one side
    gap = without_dates(doc, a.end, b.start)
    return links(gap)


@lru_cache(maxsize=4096)
def links(gap: str) -> bool:
    """Whether GAP joins two names into one side list: "and" (with titles), or a bare comma ("A, B and C");
    a comma before more words starts an apposition or another clause ("Fidan, the director of ...",
    "During his visit to Paris, Indian Prime Minister Modi met").
    (Cached: the same short gaps, ", ", " and ", come back for every pair of names.)"""
    if not gap_is_title(_AND.sub(" ", gap)):  # "..., as well as Y"
        return False
    return bool(_AND.search(gap)) or gap.strip() == ","


def _closer_person(mentions: list[Mention]) -> bool:
    return any(m.party is not None and m.party.type == "PERSON" for m in mentions)


def person_after(doc: Document, sentence: tuple[int, int], start: int, taken: list[Mention]) -> list[Mention]:
    """"During a meeting with Lavrov, Qin said": the first person after the object is the subject ("Receiving
    X, the Prime Minister praised ...": whom the bare title right after the comma stands for)."""
    titled = _TITLE_SUBJECT.match(doc.text, start, sentence[1])
    holder = _bare_title_holder(doc, titled.group("title"), None, titled.start()) if titled else None
    if holder:
        return holder
    for m in doc.mentions_in(start, sentence[1]):
        if m not in taken and eligible(m) and m.party.type == "PERSON":
            return [m]
    return []


def opening_subject(doc: Document, sentence: tuple[int, int], trigger_end: int) -> list[Mention]:
    """"Speaking at a news conference alongside X after talks in Y, Z said": the subject after the comma closing
    an opening participle phrase that holds the trigger (ending at TRIGGER_END): the person named right after it,
    or the holder of a bare title ("the US President said"); else []."""
    if not _OPENING_PARTICIPLE.match(doc.text, sentence[0]) or "," in doc.text[sentence[0] : trigger_end]:
        return []
    comma = doc.text.find(",", trigger_end, sentence[1])
    if comma < 0:
        return []
    after = next((m for m in doc.mentions_in(comma, sentence[1]) if m.party is not None and m.party.type == "PERSON"), None)
    gap = doc.text[comma + 1 : after.start] if after is not None else ""
    if after is not None and (_OPENING_SUBJECT_GAP.fullmatch(gap) or gap_is_title(gap)):
        return [after]  # (", Foreign Minister X said": a title may come first)
    found = _TITLE_SPEAKS.match(doc.text, comma + 1, sentence[1])
    if found is None:
        return []
    title = found.group("title")
    return _bare_title_holder(doc, title, None, comma) or _bare_title_holder(doc, title.split(" ", 1)[-1], None, comma) or []


def pronoun_antecedent(doc: Document, sentence_index: int, before: int, floor: int = 0) -> list[Mention]:
    """The person "he"/"she" before BEFORE points to: the first person named before it in its sentence, else
    in the sentences before."""
    start = max(doc.sentences[sentence_index][0], floor)
    pronoun = doc.find(_SUBJECT_PRONOUN, start, before) or doc.find(_HIS, start, before)
    if not pronoun:
        return []
    style = _BARE_STYLE.match(doc.text, pronoun.start()) or doc.find(_BARE_STYLE, start, pronoun.start(), _STYLE_STEMS)
    if style and not all_persons(doc, (style.end(), pronoun.start())):  # "His Highness's visit to India, during which he
        # took part in ...": the story's first person of that style
        return _styled_person(doc, style.group("style"), style.start()) or _named_before(doc, sentence_index, start, pronoun.start())
    ahead = _cataphora(doc, doc.sentences[sentence_index], pronoun.start(), before)
    if ahead:
        return ahead
    partner = _pronoun_partner(doc, pronoun.end(), before)  # "he and Tokayev had met": the one named with "he" too
    named = _named_before(doc, sentence_index, start, pronoun.start())
    return [*named, *partner] if named and partner and not same_side(named[0].party, partner[0].party) else named


def _named_before(doc: Document, sentence_index: int, start: int, pronoun: int) -> list[Mention]:
    """The person a pronoun at PRONOUN points back to: the first person named before it from START in its
    sentence, else in the (up to three) sentences before (none of the land its sentence says he is staying in)."""
    stay = _STAY_OPENING.match(doc.text, doc.sentences[sentence_index][0], pronoun)
    land = next((m.party.country for m in doc.mentions_in(stay.end(), pronoun)[:1] if m.start == stay.end() and m.party is not None), None) if stay else None
    for index in range(sentence_index, max(-1, sentence_index - 4), -1):
        s0, s1 = doc.sentences[index]
        s0 = start if index == sentence_index else s0
        end = pronoun if index == sentence_index else s1
        persons = [
            m for m in doc.mentions_in(s0, end)
            if (person_like(doc, m) or index < sentence_index and _possessor_person(m)) and doc.quote_around(m.start) is None
        ]  # (not whom a quotation names: '"A warm conversation with FM Maris," the EAM posted. He then met X')
        persons = [m for m in persons if not land or m.party is None or m.party.country != land]  # ("During his stay in
        # Manila, he also met Y", after a Filipino spoke: the guest)
        if index < sentence_index and persons and all(_AGENT_BEFORE.search(doc.text, max(s0, m.start - 12), m.start) for m in persons):
            continue  # "The last such visit was made by X. In his meeting with Y, ...": X is no subject to point back to
        earlier = doc.find(_SUBJECT_PRONOUN, s0, persons[0].start, ("he", "she")) if index < sentence_index and persons else None
        if earlier:  # "Earlier he met X in Y. On Thursday, he held talks with Z": X is whom he met; both pronouns
            return _named_before(doc, index, s0, earlier.start())  # point to one person, named before the first
        opens = index < sentence_index or s0 == doc.sentences[index][0]  # ("The premier will fly to X for talks with Y,
        # and on Wednesday he will ...": the premier, not Y, in that very sentence too)
        titled = _subject_title(doc, s0, persons[0].start if persons else end) if opens else None  # ("The
        # chancellor himself will head to Central Asia. On Sunday he will hold talks": with no name in that sentence too)
        if titled is not None:  # "Later the President will travel to X to meet Queen Y. He will then ...": the President
            return titled  # (none when the story names no holder of the title: not the Queen)
        agreeing = _agreeing(doc, persons, pronoun) if persons else None
        if agreeing is not None:
            return [agreeing]
        speaker = _QUOTED_BY_TITLE.search(doc.text, s0, s1) if index < sentence_index else None
        holder = _bare_title_holder(doc, speaker.group("title"), None, speaker.start()) if speaker else None
        if holder:  # '"A productive talk with X," the minister posted. He will then ...': the minister
            return holder
    return []


def _past_his_opener(doc: Document, s0: int, pronoun: int, persons: list[Mention]) -> list[Mention]:
    """"The day before his talks with Y, X met Z, and he also ...": a phrase opening the sentence with "his" points
    ahead to the subject after its comma, so a later "he" means that subject, not Y; PERSONS as they are otherwise."""
    opener = _HIS_OPENER.match(doc.text, s0, pronoun)
    if opener is None:
        return persons
    after = [m for m in persons if m.start >= opener.end()]
    if not after or after[0].start != opener.end() or after[0].possessive:
        return persons
    return after


def _possessor_person(m: Mention) -> bool:
    """A person named as a possessor ("Macri's courtship of Washington began ..."): whom a later "he" may mean."""
    return m.party is not None and m.party.type == "PERSON" and m.possessive and not m.modifier


def _agreeing(doc: Document, persons: list[Mention], pronoun: int) -> Mention | None:
    """The first of PERSONS, unless the story's pronouns give it another gender than the pronoun at PRONOUN and give
    a later one of them this one's ("X called on Y at her hotel. She ..."): Y; None when the story gives each of them
    the other gender (a "he" after a sentence naming only a woman points further back)."""
    wanted = "f" if doc.text[pronoun : pronoun + 3].lower() in ("she", "her") else "m"
    genders = [_gender(doc, m.party) for m in persons]
    if genders[0] == wanted:
        return persons[0]
    return next((m for m, g in zip(persons[1:], genders[1:]) if g == wanted), None) or next(
        (m for m, g in zip(persons, genders) if g is None), None
    )


def _gender(doc: Document, party: Party | None) -> str | None:
    """"f" or "m" when every pronoun that follows a mention of PARTY in its own clause (before any comma, next
    name, "and" or relative word) is feminine or masculine; None when none does or they disagree."""
    key = ("gender", id(party))
    if key not in doc.cache:
        seen = set()
        mentions = doc.mentions
        for i, m in enumerate(mentions):
            if m.party is not party:
                continue
            honorific = _HONORIFIC.search(doc.text, max(0, m.start - 8), m.start)
            if honorific:
                seen.add("f" if honorific.group("f") else "m")
            end = min(mentions[i + 1].start if i + 1 < len(mentions) else len(doc.text), m.end + 60)
            stop = _CLAUSE_STOP.search(doc.text, m.end, end)
            found = _GENDERED.search(doc.text, m.end, stop.start() if stop else end)
            if found:
                seen.add("f" if found.group("f") else "m")
        doc.cache[key] = seen.pop() if len(seen) == 1 else None
    return doc.cache[key]


def _pronoun_partner(doc: Document, after: int, before: int) -> list[Mention]:
    """"he and X met": X, the name joined to a subject pronoun ending at AFTER, right before BEFORE (the verb); else []."""
    found = _AND_OPENS.match(doc.text, after, before)
    named = [m for m in doc.mentions_in(after, before) if eligible(m) and m.party.type == "PERSON"] if found else []
    if len(named) != 1 or not _FEW_TITLE_WORDS.fullmatch(doc.text, found.end(), named[0].start):
        return []
    return named if _ADVERBS.fullmatch(doc.text, named[0].end, before) else []


def _cataphora(doc: Document, sentence: tuple[int, int], pronoun: int, before: int) -> list[Mention]:
    """"In Brussels, where she was attending a NATO meeting, EU foreign policy chief X said": a pronoun in a clause
    opening the sentence names the speaker of the main clause after it."""
    if not _OPENING_CLAUSE.fullmatch(doc.text, sentence[0], pronoun):
        return []
    comma = doc.text.find(",", before, sentence[1])
    if comma < 0:
        return []
    persons = [m for m in doc.mentions_in(comma, min(sentence[1], comma + _CATAPHORA_REACH)) if person_like(doc, m)]
    first = next((m for m in persons if m.party is not None and m.party.type == "PERSON"), None)
    if first is None or first.possessive or _NOT_SUBJECT.search(doc.text, comma, first.start):
        return []
    if not _REPORTING_AFTER.match(doc.text, first.end, sentence[1]):
        return []  # "When he met Meloni, Tajani was also there": he is named before, not ahead
    return [first]


def latter_or_former(doc: Document, sentence_index: int, before: int) -> list[Mention]:
    """"X spoke with Y after the latter spoke with Z": the last person named before "the latter" (for "the former",
    the one before that), in its sentence or else in the sentence before; [] where no such words stand."""
    start = doc.sentences[sentence_index][0]
    found = doc.find(_LATTER_OR_FORMER, max(start, before - 30), before, ("latter", "former"))
    if found is None:
        return []
    persons = _distinct(all_persons(doc, (start, found.start())))
    if len(persons) < 2 and sentence_index > 0:
        persons = _distinct(all_persons(doc, (doc.sentences[sentence_index - 1][0], found.start())))
    if len(persons) < 2:
        return []
    return persons[-1:] if found.group("which").lower() == "latter" else persons[-2:-1]


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """MENTIONS, one per person, each where last named."""
    last = {m.party.name: m for m in mentions}
    return [m for m in mentions if last[m.party.name] is m]


def pronoun_owner(doc: Document, sentence_index: int, before: int) -> list[Mention]:
    """The person "he"/"she" right before BEFORE stands for: the first person of its sentence, a possessor too
    ("Sheikh Mohamed's last visit ... was in May, when he was received by X"), else as ``pronoun_antecedent``."""
    s0 = doc.sentences[sentence_index][0]
    persons = all_persons(doc, (s0, before))
    said = _SAID_HE.search(doc.text, max(s0, before - 40), before)
    speakers = [m for m in persons if said and m.end <= said.start()]
    if speakers and not any(m.possessive for m in speakers[-1:]):
        return speakers[-1:]  # "After meeting Xi, Biden said he would meet Putin": the speaker
    persons = _past_his_opener(doc, s0, before, persons) if persons else persons
    if persons and not _SUBJECT_PRONOUN.search(doc.text, s0, persons[0].start):
        comma = doc.text.rfind(",", s0, persons[0].start)
        titled = _opening_title_holder(doc, comma if comma >= 0 else s0 - 1)
        if titled:  # "On Thursday, the prime minister met X ..., while he also held a meeting with Y": the title's holder
            return titled
        doers = [m for m in persons[1:] if not m.possessive and not _GOVERNED.search(doc.text, max(s0, m.start - 60), m.start)]
        if persons[0].possessive and doers:  # "Dar's trip comes after Zardari paid a visit, during which he met Xi"
            return doers[-1:]
        return persons[:1]
    titled = _opening_title_holder(doc, s0 - 1) if not persons else []
    return titled or pronoun_antecedent(doc, sentence_index, before, s0)  # ("HE the President had arrived from Cairo,
    # where he held talks": the title's holder)


def reporting_pronoun(doc: Document, sentence_index: int) -> list[Mention]:
    """Whom "He added"/"She said" opening a sentence stands for: the speaker last named with a reporting verb
    in the sentences before ("..., Sheinbaum said."), not the first name of the sentence before."""
    s0, s1 = doc.sentences[sentence_index]
    if not _PRONOUN_REPORTS.match(doc.text, s0, s1):
        return []
    for index in range(sentence_index - 1, max(-1, sentence_index - 4), -1):
        speakers = [
            m for m in doc.mentions_in(*doc.sentences[index])
            if person_like(doc, m) and (_REPORTING_AFTER.match(doc.text, m.end) or _REPORTED_BY.search(doc.text, max(0, m.start - 12), m.start))
        ]
        if speakers:
            return speakers[-1:]
    return []


_POSSESSIVE_SPACE = lazy_pattern(r"['’]s\s+")
_TITLE_OF_BEFORE = lazy_pattern(r"\bthe\s+(?:[A-Za-z]+\s+){1,3}of\s+(?:the\s+)?$")  # "the Emir of ", "the President of the "


def person_like(doc: Document, m: Mention) -> bool:
    """A person's name, or a nationality before a title ("the Turkish president") that stands for one."""
    if m.party is None:
        return False
    if m.party.type == "PERSON":
        return eligible(m)
    space = _SPACES.match(doc.text, m.end)
    return m.party.via_adjective and not m.modifier and bool(space and word_classes()["title_anaphor"].match(doc.text, space.end()))


def office_of_land(doc: Document, m: Mention) -> bool:
    """Whether M names a country as the land of a title that stands for its holder ("welcomed Qatar's Emir",
    "received the Emir of Qatar")."""
    if m.party is None or m.party.type != "GPE" or m.modifier or m.place_like:
        return False
    title = word_classes()["title_anaphor"]
    if m.possessive:
        space = _POSSESSIVE_SPACE.match(doc.text, m.end)
        return bool(space and title.match(doc.text, space.end()))
    return bool(doc.find(_TITLE_OF_BEFORE, max(0, m.start - 40), m.start)) and title.search(doc.text, max(0, m.start - 40), m.start) is not None


def previous_subjects(doc: Document, sentence_index: int) -> list[Mention]:
    """The persons named together as the subject of the sentence before ("Xi and Putin pressed ... They ...")."""
    if sentence_index == 0:
        return []
    s0, s1 = doc.sentences[sentence_index - 1]
    before = doc.mentions_in(s0, s1)
    persons = [i for i, m in enumerate(before) if eligible(m) and m.party.type == "PERSON"]
    if not persons:
        return []
    for i in persons[:3]:  # (the first pair named together: a stray single name may come first)
        group = coordinated(doc, before[i], before[i + 1 :])
        rest = [m for m in before[i + 1 :] if eligible(m)][:1]
        if len(group) == 1 and rest and rest[0].party.type == "PERSON" and _coordinated_pair(doc, group[0], rest[0]):
            group.append(rest[0])  # "..., A and his Malaysian counterpart B announced": named together, though as speakers
        if sum(m.party.type == "PERSON" for m in group) >= 2:
            return group
    return [] if sentence_index - 1 in doc.with_contacts else _the_two_named(doc, before)


def _the_two_named(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """"A conferred an order on B. The two leaders then held talks": the only two persons the sentence (one that
    reports no contact) names, of two known lands, however it names them; else []. "A presented a medal to his
    Chinese counterpart B": B's land alone is known, and the word "counterpart" tells that A's is another."""
    persons: dict[str, Mention] = {}
    for m in mentions:
        if eligible(m) and m.party.type == "PERSON":
            persons.setdefault(m.party.name, m)
    pair = list(persons.values())
    if len(pair) != 2 or pair[1].party.country in (None, pair[0].party.country):
        return []
    return pair if pair[0].party.country or doc.find(_COUNTERPART_ASIDE, pair[0].end, pair[1].start, ("counterpart",)) else []


def office_holders(doc: Document, sentence: tuple[int, int], trigger_start: int) -> list[Mention]:
    """"The foreign ministers agreed to convene ...": the two persons named before whose roles hold that office
    (a minister or secretary of it, not a deputy), one per side, when there are exactly two; else []."""
    found = doc.find(_OFFICE_GROUP, max(sentence[0], trigger_start - 60), trigger_start, ("ministers", "secretaries"))
    if found is None or found.group("office").lower() in _NOT_OFFICE:
        return []
    office = found.group("office").lower()[:5]  # "defence", "defense": "defen"
    holders: dict[str, Mention] = {}
    for m in doc.mentions_in(0, found.start()):
        role = (m.party.role or "").lower() if m.party is not None and m.party.type == "PERSON" else ""
        if office in role and ("minister" in role or "secretary" in role) and not _UNDER_TITLE.search(role) and m.party.name not in holders:
            holders[m.party.name] = m
    pair = list(holders.values())
    return pair if len(pair) == 2 and not same_side(pair[0].party, pair[1].party) else []


def numbered_guests(doc: Document, start: int, end: int) -> list[Mention]:
    """"received the two Japanese ministers": the persons of that nationality named before START, when there
    are as many as the number says; else []."""
    found = _NUMBERED_GUESTS.match(doc.text, start, end)
    nationality = doc.mentions_in(found.start(), found.end()) if found else []
    if not nationality or nationality[0].party is None or nationality[0].party.type != "GPE":
        return []
    country = nationality[0].party.country
    named: dict[str, Mention] = {}
    for m in doc.mentions_in(0, start):
        if m.party is not None and m.party.type == "PERSON" and country and m.party.country == country and m.party.name not in named:
            named[m.party.name] = m
    return list(named.values()) if len(named) == _NUMBERS[found.group("n")] else []


def numbered_lands(doc: Document, start: int, end: int) -> list[Mention]:
    """"met the ambassadors of the three countries": the last list of that many countries named before START
    ("Mali, Burkina Faso and Niger"), else []."""
    found = _ENVOYS_OF_NUMBERED.match(doc.text, start, end)
    if found is None:
        return []
    n = _NUMBERS[found.group("n").lower()]
    run: list[Mention] = []
    for m in reversed(doc.mentions_in(0, start)):
        if not is_land(m):
            if len(run) == n:
                return run[::-1]
            run = []
            continue
        if run and not links(without_dates(doc, m.end, run[-1].start)):
            if len(run) == n:
                return run[::-1]
            run = []
        run.append(m)
    return run[::-1] if len(run) == n else []


def group_before(doc: Document, sentence: tuple[int, int], trigger_start: int) -> str | None:
    """The words of a plural subject ("the two leaders", "both sides", "they") before the trigger, if any
    (lowercased where the document has a lowercase form)."""
    found = doc.window_find(word_classes()["group"], max(sentence[0], trigger_start - 60), trigger_start)
    if found is None and trigger_start - sentence[0] > 60:  # "The two leaders had accepted the text ... at a meeting
        found = doc.window_find(_OPENING_GROUP, sentence[0], trigger_start)  # with X": the sentence's subject
    return found.group() if found else None


def title_antecedent(
    doc: Document, sentence: tuple[int, int], trigger_start: int, land: str | None = None, hosts: list[Mention] | tuple = ()
) -> list[Mention]:
    """"the President met ...": the last person named before whose role has that title (not one of LAND, the country
    a trip goes to: "The president arrived in the Chinese capital" is no Chinese president's trip); "the visiting
    minister was received by X": the minister named most who comes from another land than HOSTS."""
    window = doc.text[max(sentence[0], trigger_start - 60) : trigger_start]
    aside = _TITLE_ASIDE.match(doc.text, sentence[0], trigger_start) if doc.text.startswith(("The ", "the "), sentence[0]) else None
    comma = doc.text.rfind(",", aside.end(), trigger_start) if aside else -1
    if comma >= 0 and _AUX_TAIL.fullmatch(doc.text, comma + 1, trigger_start):  # "The prime minister, who landed on
        window = doc.text[sentence[0] : aside.end("title")] + " "  # Monday, is to meet X": the title before the aside
    aux = _AUX_TAIL.search(window)
    window = window[: aux.start()] + " " if aux else window
    found = _TITLE_BEFORE.search(window)
    if not found:
        bare = _CAPITAL_TITLE_BEFORE.search(window)  # "where Prime Minister will hold talks": a release's title, no article
        known = bare is not None and word_classes()["title_anaphor"].fullmatch(bare.group("title"))
        return (_bare_title_holder(doc, bare.group("title"), None, trigger_start, land) or []) if known else []
    visitor = (
        _visitor(doc, found.group("title"), trigger_start, hosts)
        if found.group("pre") == "visiting" and hosts and word_classes()["title_anaphor"].fullmatch(found.group("title").strip())
        else []
    )
    if visitor:
        return visitor
    whole_anaphor = f"{found.group('pre')} {found.group('title').strip()}" if found.group("pre") else ""
    if whole_anaphor and word_classes()["title_anaphor"].fullmatch(whole_anaphor):  # "the crown prince" (not "prince"),
        return _bare_title_holder(doc, whole_anaphor, None, trigger_start, land) or []  # "the prime minister" (not "minister")
    if word_classes()["title_anaphor"].fullmatch(found.group("title").strip()):
        return _bare_title_holder(doc, found.group("title"), found.group("rank"), trigger_start, land) or []
    whole = _WHOLE_TITLE.match(found.group(0))  # "the External Affairs Minister": the whole title, not "Affairs Minister"
    return (_bare_title_holder(doc, whole.group("title"), None, trigger_start, land) or []) if whole else []


def title_possessor(doc: Document, sentence: tuple[int, int], trigger_start: int) -> list[Mention]:
    """"Mr X said the Prime Minister's visit to Y would ...": whom the bare title before "'s" stands for."""
    start = max(sentence[0], trigger_start - 50)
    if "’s" not in doc.text[start:trigger_start] and "'s" not in doc.text[start:trigger_start]:
        return []
    found = _TITLE_POSSESSIVE.search(doc.text, start, trigger_start)
    return (_bare_title_holder(doc, found.group("title"), found.group("rank"), found.start()) or []) if found else []


def without_companions(doc: Document, side: list[Mention]) -> list[Mention]:
    """SIDE without the spouses who travel with a leader ("The President and First Lady X were greeted by"): the
    leader, by name or by the bare title before them, stands for the side."""
    companions = [m for m in side if m.party is not None and _is_companion(m.party.role or "")]
    if not companions:
        return side
    rest = [m for m in side if m not in companions]
    if rest:
        return rest
    titled = _TITLE_AND.search(doc.text, max(0, companions[0].start - 40), companions[0].start)
    title = word_classes()["title_anaphor"].fullmatch(titled.group("title")) if titled else None
    return _title_holder(doc, title.group(), titled.start()) if title else []


@lru_cache(maxsize=1024)
def _is_companion(role: str) -> bool:
    """Whether ROLE is a spouse's ("First Lady"): asked of every side of every trigger, of a few roles."""
    return _COMPANION_ROLE.search(role) is not None


def without_spouses(side: list[Mention]) -> list[Mention]:
    """A guest side without the spouse of one of its members ("welcomed X and First Lady Y X": X). A spouse
    named without her partner stays: she may lead a delegation ("sat down with First Lady Y and the ambassador")."""
    companions = [m for m in side if m.party is not None and _is_companion(m.party.role or "")]
    if not companions:
        return side
    surnames = {m.party.name.split()[-1] for m in side if m.party is not None and m not in companions}
    return [m for m in side if m not in companions or m.party.name.split()[-1] not in surnames]


def title_object(doc: Document, start: int, end: int, doers: list[Mention] | tuple = (), honoured: bool = False) -> list[Mention]:
    """"was embraced by the prime minister", "met the president": the person the title stands for, when the
    words after START are "the" and a bare title (not one of DOERS, the clause's subject: "Premier Li received
    the prime minister" names a guest, not Li). HONOURED: the words name whom a meal is given for, where "the
    visitor" or "the guest" alone is the story's guest."""
    found = _THE_TITLE.match(doc.text, start, end)
    if not found:
        return []
    visiting = _VISITING.match(doc.text, found.end(), end)
    if (visiting or honoured) and _GUEST_NOUN.match(doc.text, visiting.end() if visiting else found.end()):
        return _visitor(doc, "guest", start, doers)  # "hosted the visiting dignitary": the story's guest, whatever office
    title = word_classes()["title_anaphor"].match(doc.text, visiting.end() if visiting else found.end())
    if not title or _NAME_AFTER.match(doc.text, title.end()):
        return []  # "the president of France", "the prime minister's office": not the bare title
    if visiting:
        return _visitor(doc, title.group(), start, doers)
    apposed = _apposed_holder(doc, title.group(), start) if " of the " in title.group() else []
    own = not found.group().strip()  # "received Prime Minister", no article: a release's own head
    return apposed or _title_holder(doc, title.group(), start, {m.party.name for m in doers if m.party is not None}, own=own)


def counterpart_named(doc: Document, land: Mention, person: Mention, before: int) -> list[Mention]:
    """"his Azerbaijani colleague", LAND the nationality and PERSON the one whose colleague: the person of that land
    named before BEFORE, the one of PERSON's office when several are; [] when that leaves more than one."""
    named = [m for m in all_persons(doc, (0, before)) if m.party.country == land.party.country]
    if len({m.party.name for m in named}) > 1:
        office = office_names(person.party.role or "")
        named = [m for m in named if person.party.role and office_names(m.party.role or "") == office]
    return named[-1:] if len({m.party.name for m in named}) == 1 else []


def _visitor(doc: Document, title: str, before: int, doers: list[Mention] | tuple) -> list[Mention]:
    """"called on the visiting leader": the head of state or government (or holder of TITLE; anyone for "guest")
    named most before BEFORE who comes from another country than DOERS, the hosts."""
    hosts = {m.party.country for m in doers if m.party is not None}
    word = _SPACES.sub(" ", title).casefold()
    guests = [
        m for m in all_persons(doc, (0, before))
        if m.party.country not in hosts and (
            word == "guest" or (_HEAD_ROLE.search(m.party.role or "") if word == "leader" else word in (m.party.role or "").casefold())
            or (m.party.role or "").casefold() == "counterpart"  # ("his Lithuanian counterpart X": an office like the host's)
        )
    ]
    return most_named(guests)


def _title_holder(
    doc: Document, title: str, before: int, others: set[str] = frozenset(), land: str | None = None, own: bool = False,
    of_land: str | None = None,
) -> list[Mention]:
    """The story's main person named before BEFORE whose role holds TITLE (the first named of them on a tie), not
    one of OTHERS (names) nor of LAND (a country's code), of OF_LAND when given; OWN: the release's own holder, the
    one holder the story first names with no land before the title, when there is one."""
    word = _SPACES.sub(" ", title).casefold()
    same = (word, *_SAME_TITLE.get(word, ()))  # (and the office's other names the entity layer knows, whole phrases
    names = tuple(dict.fromkeys([*same, *(n for w in same for n in office_names(w) if " " in n)]))  # only: not "fm" in a role)
    under = word.startswith(("deputy ", "vice "))  # (a plain title is not held by a deputy: "Deputy Prime Minister")

    def office(m: Mention) -> str:
        role = (m.party.role or "").casefold()
        return role if under else _UNDER_TITLE.sub(" ", role)

    def holds(m: Mention) -> bool:
        return (
            m.party is not None and m.party.type == "PERSON" and m.party.name not in others and (land is None or m.party.country != land)
            and (of_land is None or m.party.country == of_land)
            and any(n in office(m) or m.party.name.casefold().startswith(n + " ") for n in names)  # ("Pope Francis": the pope)
        )

    holders = [m for m in doc.mentions_in(0, before) if holds(m)]
    if not holders:  # "follows the Prime Minister's first call with X", a release naming its own head later: the one holder
        later = [m for m in doc.mentions_in(before, len(doc.text)) if holds(m)]
        return later[:1] if len({m.party.name for m in later}) == 1 else []
    # "hosted the Foreign Minister", in a release of the Secretary of State's: the guest whose own title it is
    holders = [m for m in holders if word in office(m)] or holders
    if own:
        unqualified = _named_without_land(doc, holders)
        if len({m.party.name for m in unqualified}) == 1:
            return unqualified[:1]
    told_apart = {m.party.name for m in holders if _beside_the_bare_title(doc, m, names)}
    return most_named([m for m in holders if m.party.name not in told_apart] or holders)  # the story's main holder of the title


def _named_without_land(doc: Document, persons: list[Mention]) -> list[Mention]:
    """The first mentions of PERSONS not right after a land that qualifies them ("the Prime Minister of Japan,
    H.E. Mr. X", "Polish Prime Minister X" name a foreign holder; "Prime Minister Shri Y" the house's own)."""
    first: dict[str, Mention] = {}
    for m in persons:
        first.setdefault(m.party.name, m)
    return [m for m in first.values() if not any(_land_before(doc, q, m) for q in doc.mentions_in(max(0, m.start - 45), m.start)[-1:])]


def _land_before(doc: Document, land: Mention, person: Mention) -> bool:
    """Whether LAND, a country or nationality, qualifies PERSON after it in the sentence, across capitalized
    words and a comma only (a title, "H.E. Mr.")."""
    return (
        land.party is not None and land.party.type in ("GPE", "NORP")
        and bool(_CAPITALS_BETWEEN.fullmatch(doc.text, land.end, person.start))
        and doc.sentence_at(land.start) == doc.sentence_at(person.start)
    )


def _beside_the_bare_title(doc: Document, mention: Mention, titles: tuple[str, ...]) -> bool:
    """Whether MENTION's sentence uses one of TITLES bare, as a subject ("The Prime Minister met Italian Prime
    Minister X", "Meeting Greek Prime Minister X, the Prime Minister discussed"): the story tells X apart from
    whom the bare title stands for (not "the Prime Minister of Greece, X", "X, the prime minister who")."""
    start, end = doc.sentence_at(mention.start)
    sentence = doc.text[start:end].lower()
    if len(sentence) != end - start:
        return False
    for title in titles:
        at = sentence.find(f"the {title} ")
        while at >= 0:
            after = _WORD_AFTER_TITLE.match(doc.text, start + at + len(title) + 5)
            if after and after.group().lower() not in _APPOSITION_WORDS:
                return True
            at = sentence.find(f"the {title} ", at + 1)
    return False


def object_pronoun(doc: Document, sentence: tuple[int, int], trigger_start: int, subject: list[Mention]) -> list[Mention]:
    """"held talks with him": the last person named before who is not the subject, of another country than the
    subject's when one was named ("Premier Li Qiang will meet him", after Vice President Han Zheng met the guest);
    a guest SENTENCE names by title after that person comes first."""
    others = [m for m in reversed(all_persons(doc, (0, trigger_start))) if not any(s.party is not None and same_side(s.party, m.party) for s in subject)]
    titled = [  # "X received the Egyptian minister, while Y received him": the one the sentence names by title, nearer
        m for m in doc.mentions_in(max(sentence[0], others[0].end if others else 0), trigger_start)
        if m.party is not None and m.party.type != "PERSON" and person_like(doc, m) and not any(s.party is not None and s.party.country == m.party.country for s in subject)
    ]
    if titled:
        return titled[-1:]
    lands = {s.party.country for s in subject if s.party is not None and s.party.country}
    foreign = [m for m in others if m.party.country and m.party.country not in lands] if lands else []
    return (foreign or others)[:1]


def pronoun_in_turn(doc: Document, sentence: tuple[int, int], start: int) -> list[Mention]:
    """Whom "I" or "we" before START stands for in a transcript's turn: "I", the speaker ("Wang Yi: ... I held
    consultations with X"); "we", the speaker and the person the sentence names before it, else the one other
    speaker ("Vladimir Putin: ... We saw each other in December": the two leaders whose talks it records)."""
    pronoun = doc.find(_SPEAKER_PRONOUN_BEFORE, max(sentence[0], start - 30), start, ("we ", "i "))
    if pronoun is None:
        return []
    return _we_in_turn(doc, sentence, pronoun.start(), pronoun.group(1) == "I")


def between_us_in_turn(doc: Document, sentence: tuple[int, int], end: int) -> list[Mention]:
    """Whom "between us" after a trigger ending at END stands for in a transcript's turn ("a telephone conversation
    took place between us"): the speaker and the other, as "we"."""
    found = _BETWEEN_US_AFTER.match(doc.text, end, sentence[1]) if doc.text.startswith(" ", end) else None
    return _we_in_turn(doc, sentence, found.start()) if found else []


def _we_in_turn(doc: Document, sentence: tuple[int, int], at: int, singular: bool = False) -> list[Mention]:
    """Whom "we" (SINGULAR: "I") at AT stands for in a transcript's turn (see pronoun_in_turn)."""
    speakers = _transcript_speakers(doc)
    turns = [m for m in speakers if m.start < at]  # (a turn goes on over paragraphs up to the next speaker's)
    if not turns:
        return []
    if singular:
        return turns[-1:]
    named = [m for m in all_persons(doc, (sentence[0], at)) if not any(same_side(m.party, s.party) for s in speakers)]
    if named:  # "Our last conversation with President Xi was by video, and before that we met in Samarkand": Xi
        return [turns[-1], named[-1]]
    others = {m.party.name: m for m in speakers if not same_side(m.party, turns[-1].party)}
    return [turns[-1], *others.values()] if len(others) == 1 else []


def pronoun_in_quote(doc: Document, sentence: tuple[int, int], start: int) -> list[Mention]:
    """Whom "my" before START stands for inside a quotation: its speaker, as the quotes layer attributes it ("“...
    during my talks with former President Y in Astana,” the Kazakh President said": the President)."""
    pronoun = doc.find(_FIRST_PERSON_BEFORE, max(sentence[0], start - 25), start, ("my ",))
    quote = doc.quote_around(start) if pronoun is not None else None
    if quote is None:
        return []
    if "quote_speakers" not in doc.cache:
        from dipkit.quotes import find_quotes  # (only for a story that quotes someone's own meeting)

        found = find_quotes(doc.text, [m.entity for m in doc.mentions], published=doc.published)
        doc.cache["quote_speakers"] = [(q["start"], q["end"], (q.get("speaker") or {}).get("name")) for q in found]
    name = next((who for begin, end, who in doc.cache["quote_speakers"] if begin <= start < end), None)
    return [m for m in doc.mentions if m.party is not None and m.party.type == "PERSON" and m.party.name == name][:1] if name else []


def _transcript_speakers(doc: Document) -> list[Mention]:
    """The persons who open a paragraph as its speaker ("Ilham Aliyev: Thank you ...")."""
    if "speakers" not in doc.cache:
        labels = [(found.start(), found.start("note") if found["note"] else found.end() - 2) for found in _SPEAKER_LABEL.finditer(doc.text)] if ":" in doc.text else []
        doc.cache["speakers"] = [
            m for start, end in labels for m in doc.mentions_in(start, end)[-1:]
            if m.end == end and m.party is not None and m.party.type == "PERSON"
        ]
    return doc.cache["speakers"]


def main_person(doc: Document, before: int, others: list[Mention]) -> list[Mention]:
    """The person the story named most before BEFORE (the first named on a tie), of no side of OTHERS."""
    return most_named([m for m in all_persons(doc, (0, before)) if not any(o.party is not None and same_side(m.party, o.party) for o in others)])


def most_named(persons: list[Mention]) -> list[Mention]:
    """The first mention of the person PERSONS name most often (the first named of them on a tie); [] for none."""
    counts: dict[str, int] = {}
    for m in persons:
        counts[m.party.name] = counts.get(m.party.name, 0) + 1
    return [next(m for m in persons if counts[m.party.name] == max(counts.values()))] if persons else []


def land_title_holder(doc: Document, side: list[Mention], trigger_start: int) -> list[Mention]:
    """"the Chinese foreign minister could visit Seoul": the person of that land holding the title whom the story
    names (before, else the one it names after), not the land nor another of its people; [] when SIDE is no
    such land standing for a titled person, the office whole, right before the trigger's verb."""
    if len(side) != 1 or side[0].party is None or not side[0].party.via_adjective or not side[0].party.country:
        return []
    title = word_classes()["title_anaphor"].match(doc.text, side[0].end + 1, trigger_start)
    if title is None or " " not in title.group() or not _TITLE_TO_VERB.fullmatch(doc.text, title.end(), trigger_start):
        return []  # (a whole office only: "the Japanese minister" may be any of its ministers, read later by the title)
    return _title_holder(doc, title.group(), trigger_start, of_land=side[0].party.country)


def team_lead(doc: Document, side: Mention, before: int) -> list[Mention]:
    """"The Syrian team also met X": the person of that country the story named most before BEFORE (who leads
    the team; its other members, as those who accompany a leader, are no sides of their own); "a Saudi
    delegation": the state itself, no counterpart to name; [] when SIDE is no such team."""
    party = side.party
    if party is None or not party.via_adjective or not _TEAM_AFTER.match(doc.text, side.end):
        return []
    if not _THE_BEFORE.search(doc.text, max(0, side.start - 5), side.start):
        return [replace(side, party=replace(party, via_adjective=False))]  # officials the story does not name
    return most_named([m for m in all_persons(doc, (0, before)) if m.party.country == party.country])


def all_persons(doc: Document, span: tuple[int, int]) -> list[Mention]:
    """Every person named in SPAN, a possessive ("Scholz's aides") included."""
    return [m for m in doc.mentions_in(*span) if m.party is not None and not m.modifier and m.party.type == "PERSON"]


def lands_before(doc: Document, sentence: tuple[int, int], end: int) -> list[Mention]:
    """"Chile and Peru agreed that the two leaders will meet": the two or more lands named together first in the
    sentence before END, where it names no person there (whose leaders, ministers or states the group is); else []."""
    before = [m for m in doc.mentions_in(sentence[0], end) if eligible(m)]
    if not before or any(m.party.type != "GPE" for m in before):
        return []
    lands = before[:1]
    for m in before[1:]:
        if doc.text[lands[-1].end : m.start].strip() not in (",", "and", ", and", "&"):
            break  # (not "coordinated": "Chile and Peru said" ends a list of speakers there, of lands here)
        lands.append(m)
    return lands if len({m.party.country for m in lands} - {None}) == len(lands) >= 2 else []


def opening_lands(doc: Document, sentence_index: int) -> list[Mention]:
    """"Chile and Peru restored ties. Their leaders ...": the two or more lands named together at the very opening
    of sentence SENTENCE_INDEX, as its subject; else []."""
    if sentence_index < 0:
        return []
    sentence = doc.sentences[sentence_index]
    first = next((m for m in doc.mentions_in(*sentence) if eligible(m)), None)
    if first is None or doc.text[sentence[0] : first.start].strip(" \t\n\"'“‘"):
        return []
    others = [m for m in doc.mentions_in(first.end, sentence[1]) if eligible(m) and m.party.type != "GPE"]
    return lands_before(doc, sentence, others[0].start if others else sentence[1])


def lands_of_subjects(doc: Document, sentence_index: int) -> list[Mention]:
    """"Boric and Boluarte spoke by phone. Their foreign ministers ...": the lands of the persons named together as
    the subject of the sentence before SENTENCE_INDEX, each once, when each has a known land of its own; else []."""
    persons = previous_subjects(doc, sentence_index)
    lands = list(dict.fromkeys(m.party.country for m in persons))
    if len(lands) < 2 or len(lands) != len(persons) or None in lands:
        return []
    return [replace(m, entity={"type": "GPE", "name": land.name, "text": m.entity.get("text", "")}, party=land) for m, land in zip(persons, states_of([m.party for m in persons]))]


def eligible_orgs(doc: Document, span: tuple[int, int]) -> list[Mention]:
    """The organizations named in SPAN, in order (not as modifiers)."""
    return [m for m in doc.mentions_in(*span) if m.party is not None and m.party.type == "ORG" and not m.modifier]


def compound_orgs(doc: Document, org: Mention) -> list[Mention]:
    """The organizations and countries hyphen- or slash-joined to ORG in one gathering's name ("ASEAN-GCC-China
    Summit", "the EU/AU summit", "the China-CELAC forum"): a country named by its adjective is no side."""
    joined = ("-", "–", "/")
    before = [m for m in doc.mentions_in(max(0, org.start - 40), org.start) if doc.text[m.end : org.start] in joined]
    out, last = [m for m in before if m.party is not None and m.party.type == "GPE" and not m.party.via_adjective], org
    for m in doc.mentions_in(org.end, org.end + 60):
        if doc.text[last.end : m.start] not in joined:
            break
        if m.party is not None and (m.party.type == "ORG" or m.party.type == "GPE" and not m.party.via_adjective):
            out.append(m)
        last = m
    return out


def is_source(doc: Document, m: Mention, start: int) -> bool:
    """Whether M, named after START, is the source of the news ("..., according to the Thai Foreign Ministry")."""
    return bool(doc.find(_SOURCE_BEFORE, max(start, m.start - 60), m.start, ("according", "citing", "quoting")))


def nearest_org(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], reach: int = 70) -> Mention | None:
    """The organization named next to a gathering ("the BRICS Summit", "attend the G20"), not the news's source."""
    best, distance = None, reach + 1
    for m in doc.mentions_in(*sentence):
        if m.party is None or m.party.type != "ORG" or m.modifier or m.place_like or is_source(doc, m, trigger[1]):
            continue
        d = trigger[0] - m.end if m.end <= trigger[0] else m.start - trigger[1]
        if 0 <= d < distance:
            best, distance = m, d
    if best is not None and not best.party.multilateral:  # "the Supreme Council of the Gulf Cooperation Council", "the SCO
        after = next((m for m in doc.mentions_in(best.end, min(sentence[1], best.end + 80)) if m.party is not None and m.party.multilateral), None)
        if after is not None and _OF_THE.fullmatch(doc.text, best.end, after.start):  # Council of Heads of Government":
            return after  # the bloc
        before = [m for m in doc.mentions_in(max(sentence[0], best.start - 40), best.start) if m.party is not None and m.party.multilateral]
        if before and doc.text[before[-1].end : best.start] in (" ", "'s ", "’s "):
            return before[-1]
    return best
