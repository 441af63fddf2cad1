"""Where and when a meeting mention happened, and whether it was held or only planned."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from bisect import bisect_left
from operator import itemgetter

from dipkit.entities.gazetteer import without_accents
from dipkit.meetings.document import Document, Mention, case_twin, dateline_span
from dipkit.meetings.lexicon import Venue, building_nouns, capitals, cues, region_capitals, venues, word_classes
from dipkit.lazy_patterns import lazy_pattern

_SUBORDINATE = lazy_pattern(r"(?<![\w-])(?:that|when|after|before|because|since|although|though|while|if)(?![\w-])", re.IGNORECASE)
_WHEN_AFTER = lazy_pattern(  # (also "after Milei's inauguration", "and before that in Dakar": another event's day or place;
    # not "received A and B one after the other in Brussels")
    r"(?<![\w-])(?:when|while|whereas|because|although|though|since"
    r"|(?<!one\s)(?:before|after|ahead\s+of|following)\s+(?:the|a|an|his|her|their|its|that|stops?|visits?|talks|trips?|[\w.-]+['’]s)(?![\w-])"
    r"|(?:hours|days|weeks|months|years)\s+(?:after|before)"  # "come weeks after X met Y in Beijing"
    r"|before\s+(?:flying|travell?ing|heading|going|leaving\s+for|departing\s+for))(?![\w-])",  # "before flying to Rome": next
    re.IGNORECASE,
)
_SUBORDINATE_STEMS = ("that", "when", "after", "before", "because", "since", "though", "while", "if")  # one per word above
_WHEN_AFTER_STEMS = ("when", "while", "whereas", "because", "though", "since", "before", "after", "ahead", "following")
# "attending his last summit before handing over power next month": the day of the other deed; "meet X in Kuala
# Lumpur before leaving Malaysia on Thursday": the day the trip ends (but not after leaving, the day of arriving)
_GERUND_EVENT = lazy_pattern(
    r"(?<![\w-])(?:(?:before|ahead\s+of)\s+|after\s+(?!(?:leaving|departing|flying|heading|returning)\b))[a-z]+ing(?![\w-])", re.IGNORECASE
)
# "met Xi in Beijing during his four-day visit to China last month": the trip's day is the meeting's
_DURING_TRIP = lazy_pattern(r"(?<![\w-])(?:during|in\s+the\s+course\s+of)\s+(?:his|her|their|the|a|an|its)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_OTHER_EVENT = lazy_pattern(r"(?<![\w-])(?:after|before|following|since|ahead\s+of)(?![\w-])", re.IGNORECASE)
_AND_DONE = lazy_pattern(r"\sand\s+(?:also\s+)?[a-z]+ed\s")  # a verb of its own after "and": "and expressed readiness"
_OTHER_EVENT_STEMS = ("after", "before", "following", "since", "ahead")
_LEAVING = lazy_pattern(r"(?<![\w-])(?:before|ahead\s+of)\s+(?:leaving|departing(?:\s+from)?|flying\s+out\s+of)\s+$", re.IGNORECASE)
_AT_GATHERING_PHRASE = lazy_pattern(r",\s+(?:at|during)\s+(?:a|an|the|their)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_MOST_RECENTLY = lazy_pattern(r",\s+(?:most\s+recently|the\s+latest|the\s+last\s+time)\s+(?:on|in)\s+", re.IGNORECASE)
PREPARING = r"preparations?|plans?|arrangements|agenda"  # nouns of what is still to come ("preparations for the visit")
_PREPARING_FOR = lazy_pattern(rf"\b(?:{PREPARING})\s+for\s", re.IGNORECASE)
_PREPARING_STEMS = ("preparation", "plan", "arrangements", "agenda")  # (one per noun of PREPARING: rarer words than "for")
_AND_ANOTHER = lazy_pattern(r"\s+and\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}")  # "the leaders' meeting and the special summit"
_BOTH_SCHEDULED = lazy_pattern(r",\s+(?:both\s+)?(?:scheduled|set|slated|planned|due)\s+(?:for|in|on)\s")
_PREPARED_REACH = 60  # "preparations for the second annual leaders' meeting"
# "spoke with X about the summit in Lima": the gathering talked about, whose place is not the talk's
_ABOUT_GATHERING = lazy_pattern(
    r"(?<![\w-])(?:about|regarding|concerning|discuss(?:es|ed|ing)?)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:summits?|conferences?|forums?|visits?|trips?|meetings?|talks|games|olympics|elections?|referendum|assembly|session)(?![\w-])",
    re.IGNORECASE,
)
_ABOUT_GATHERING_STEMS = ("about", "regarding", "concerning", "discuss")
_DATING_BACK = lazy_pattern(r"(?<![\w-])(?:dating\s+(?:back\s+)?(?:to|from)|dates\s+(?:back\s+)?(?:to|from)|going\s+back\s+to)\s+$", re.IGNORECASE)
_EITHER = lazy_pattern(r"\s+or\s+(?:early|late|mid)?", re.IGNORECASE)
_TRIP_WORD = lazy_pattern(r"(?i:visit|trip|tour|journey)")
# (an aside may stand between: "in June 2023, weeks after his inauguration, when he met X")
_DAY_WHEN = lazy_pattern(r"(?:,\s+(?:weeks|days|months|a\s+week|a\s+day|a\s+month|shortly|soon|just)\s+(?:after|before)\s+[^,;:]{1,40})?,?\s+when\s+(?!asked\b)[^,;:]*", re.IGNORECASE)
_AT = itemgetter(0)  # where a (start, place) candidate stands, as a sort key
_ADJACENT = 15  # "Xi on Wednesday held talks": a date this close before the trigger is its own
_AFTER_FIRST = 200  # otherwise a date after the trigger in its clause comes first ("met ... on Friday")
_NUMERIC_DATE = lazy_pattern(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
FULL_DAY = lazy_pattern(r"^(\d{4})-(\d{2})-(\d{2})$")
_QUALIFIER = lazy_pattern(r",?\s+[A-Z][A-Z.]*")  # "Washington[, D.C.]": a district's letters after a city's name
_STARTS_ON = lazy_pattern(
    r",\s*which\s+(?:(?:(?:[A-Z][\w'’-]*\s+){1,3}|(?:he|she|they)\s+)(?:will\s+(?:co-)?(?:chair|host|open|attend)|(?:co-)?(?:chaired|hosted|opened|attended|convened))(?![\w-])|"
    # "which His Majesty will chair", "which Tokayev hosted in Astana in June": the gathering's day
    r"begins|opens|starts|runs|takes\s+place|began|opened|started|took\s+place|will\s+(?:begin|open|start|run|take\s+place|be\s+held)"
    r"|(?:is|was|are|were)\s+(?:(?:due|scheduled|set|expected)\s+)?to\s+(?:begin|open|start|run|take\s+place|be\s+held))(?![\w-])"
    r"(?=\s*[,.;]|\s+(?:on|in|at|from|next|this|later|early|tomorrow|today|(?-i:[A-Z])|\d))",  # (a day or place next: not
    re.IGNORECASE,  # "the railway, which is due to start operations later this year", something else's start)
)
_OPENER = lazy_pattern(  # (after a linking adverb: "Meanwhile in Nairobi, X and Y co-chaired the dialogue", "Earlier today in Paris"; or two
    # phrases: "On Thursday, in Jerusalem, he met")
    r"(?:(?:Meanwhile|Elsewhere|Separately|Later|Earlier)(?:\s+(?:today|that\s+day|in\s+the\s+day|on\s+[A-Z][a-z]+))?,?\s+)?"
    r"(?:On|In|At|During|While\s+in)\s[^,]{1,120},"
    r"(?:\s+(?:on|in|at)\s[^,]{1,60},)?",
    re.IGNORECASE,
)
_QUOTE = lazy_pattern(r"[“”\"]")
_VENUE_BEFORE = lazy_pattern(r"\b(?:at|in|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)
_TRIP_TO_THE = lazy_pattern(r"\b(?:to|visited|visiting|visits|visit|toured|touring)\s+the\s+$", re.IGNORECASE)  # "visited the French capital"
_WHERE = lazy_pattern(r"[\w .'’-]*(?:,\s*(?:in\s+)?[^,]{1,40})?,\s*where\b[^,]*$", re.IGNORECASE)
_CITY_THEN_LAND = lazy_pattern(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3},\s+")  # "Atlanta, " before "Georgia"
# "Najib, who arrived in Washington on Monday, was due to meet X": where the subject is, told in a relative clause
_WHILE_IN = lazy_pattern(r",\s+while\s+(?:(?:he|she|they)\s+(?:was|were|is|are)\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)  # "X, while in Y,"
_WHO_IS_IN = lazy_pattern(
    r",\s+who\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:just\s+|already\s+)?(?:arrived|landed|is|was|flew|travell?ed)\s+(?:in|at|into|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# (or on the subject noun before its verb of taking place: "The meeting, which lasted an hour, took place on Wednesday")
_RELATIVE_HOP = lazy_pattern(
    r",\s+(?:who|which)\s[^,;.:“”\"]{1,150},\s+(?=(?:at|in|on)\s|(?:took|takes|will\s+take)\s+place\s|(?:was|were|will\s+be)\s+held\s)",
    re.IGNORECASE,
)
_CAPITAL_OF = lazy_pattern(r"(?<![\w-])capital\s+(?:city\s+)?of\s+(?:the\s+)?$", re.IGNORECASE)  # "in the capital of Yunnan"
_CAPITAL = lazy_pattern(r"\s+capital(?![\w-])(?!\s+(?:of\s+)?[A-Z])")  # not "the Kazakh capital Astana"
_POSSESSIVE_AFTER = lazy_pattern(r"['’]s\b")
_DETERMINER_BEFORE = lazy_pattern(r"(?:(?<![\w-])(?:the|a|an|his|her|its|their)|['’]s)\s+$", re.IGNORECASE)
# a date naming the trigger noun's own day: "Thursday's summit", "the Oct. 22-24 summit", "last month's visit"
_OWN_DAY = lazy_pattern(r"['’]s\s+(?:[\w-]+\s+)?|\s+(?:(?!(?:to|and|or|of|in|on|at|for|with|by)\s)[a-z][\w-]*\s+)?")
_BEFORE_ITS_DAY = lazy_pattern(r"\s+(?:(?:at|for|to|in)\s+)?", re.IGNORECASE)  # "attend next week's summit", "expected at Thursday's"
_AT_ITS_DAY = lazy_pattern(r"\s(?:at|during)\s+$", re.IGNORECASE)  # "met Y at Thursday's summit"
_AHEAD = 24  # room for the day named right after the trigger
# what opens a clause of its own between a trigger and a later day: the day is that clause's
OTHER_CLAUSE = lazy_pattern(
    r"(?i:\b(?:since|after|before|when|while|following|until|ahead|which|who|whose|that|where|said|says|told|adding|as|because)\b)"
    r"|,\s+(?:[a-z]+ly\s+|first\s+)?[a-z]+(?:ed|en)\b"  # ", first floated in December": a participle's day
    r"|[,;]\s+and\s+(?:we|they|he|she)\s"  # "saw each other in December, and we also spoke by phone": a clause of its own
)
# "has agreed to send arms, following a phone call with X on Tuesday": the call that led to the news came before it
_AFTER_A = lazy_pattern(r"(?<![\w-])(?:following|after)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_CALL_NOUNS = ("call", "conversation", "phone")  # (in the trigger's words: "phone call with")
_BARE_WEEKDAY = lazy_pattern(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
_SIDELINES_OPENINGS = ("On the sidelines", "On the margins", "On the fringes")
_GATHERING_OF_DAY = lazy_pattern(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|conference|forum|session|gathering|talks),")
_THE_BEFORE = lazy_pattern(r"(?<![\w-])(?:the|this|that|their|his|her|its)\s+$", re.IGNORECASE)
_NOUN_AFTER = lazy_pattern(r"\s+(?!(?:and|or|to|in|at|on|of|for|with|by|when|as)\b)[a-z][a-z-]+")
_SKIPPED_GATHERING = lazy_pattern(
    r"\b(?:skipped|skips|skipping|boycotted|boycotts|boycotting|missed|stayed\s+away\s+from|stays\s+away\s+from|pulled\s+out\s+of"
    r"|pulls\s+out\s+of|withdrew\s+from|withdraws\s+from|called\s+off|calls\s+off|cancell?ed|cancels|scrapped|scraps"
    r"|denies|denied|dismissed|dismisses)\s+(?:(?:plans|reports|speculation|talk)\s+(?:for|of|about)\s+)?(?:[\w'’.-]+\s+){0,8}$",
    re.IGNORECASE,
)
_AHEAD_OF_TALKS = lazy_pattern(r"\b(?:ahead\s+of|in\s+advance\s+of|prior\s+to|before|after|following)\s+(?:the\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)
_PLANNING_VERB = lazy_pattern(
    r"\b(?:proposed|proposes|offered|offers|invited|invites|agreed|agrees|decided|decides|pledged|promised|announced|announces"
    r"|suggested|suggests|requested|requests|sought|seeks|arranging|arranges|arrange|organizing|organising)"
    r"\s+(?:(?:a|an|the|to|new|fresh|direct|further|face-to-face|possible|first)\s+)*$",
    re.IGNORECASE,
)  # (right before the trigger: the verb that proposes it)
_PROPOSED_BEFORE = lazy_pattern(
    r"\b(?:(?:proposed|proposes|proposing|offered|offers|suggested|suggests|requested|requests|sought|seeks)\s+(?:(?:a|an|the|fresh|new|direct|further)\s+)*"
    r"|(?:asked|asks|asking|called|calls|calling|pressed|presses|pressing)\s+for\s+(?:(?:a|an|the|fresh|new|direct|further)\s+)*"
    r"|(?:invited|invites|inviting)\s+(?:him|her|them|(?:[A-Z][\w'’-]*\s+){1,4})to\s+(?:(?:pay|make)\s+(?:a|an)\s+(?:[\w-]+\s+)?)?"
    r"|(?:floated|floats|raised|raises|broached|broaches|mooted|moots)\s+(?:the|an?)\s+(?:idea|possibility|prospect)\s+of\s+"
    r"|(?:(?<=readiness\s)|(?<=willingness\s)|(?<=offered\s)|(?<=offers\s))to\s+(?:host\s+(?:(?:a|an|the|its|their|next|new|fresh|further|another|round|of)\s+)*)?"
    r"|(?:agreed|agree|agrees)\s+(?:on|upon)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?)$",
    re.IGNORECASE,
)
_AGREED_THEN_TO = lazy_pattern(r"\b(?:agreed|agree|agrees|decided|vowed|pledged|promised)\b[^.;,]{0,55}?\bto\s+$", re.IGNORECASE)
# "to prepare (for) President X's visit", "to arrange a trip": the trip made ready by another is still ahead (not "to
# prepare the visit", "his visit": the one reported, perhaps made since)
PREPARED_TRIP_BEFORE = lazy_pattern(  # (a short pattern: a possessive ends the name, "President X's"; up to two words after)
    r"(?<![\w-])to\s+(?:prepare|coordinate|arrange)\s+(?:for\s+)?(?:an?|(?:\S+\s+){0,5}?\S+['’]s?)\s+(?:\S+\s+){0,2}$"
)
PREPARED_TRIP_REACH = 80  # characters before the trigger: "to coordinate Chinese President Xi Jinping's upcoming "
PREPARED_TRIP_STEMS = ("prepare", "coordinate", "arrange")
_PROPOSED_STEMS = ("propos", "offer", "sugg", "request", "sought", "seek", "invit", "idea", "possib", "prospect", "agree", "readiness", "willingness", "ed for", "s for", "ing for")
_SKIPPED_REACH = 100
_SKIPPED_STEMS = ("skip", "boycott", "missed", "away from", "out of", "withdr", "called", "calls", "cancel", "scrap", "deni", "dismiss")
_OWN_CLAUSE_ENDS = lazy_pattern(r"\b(?:since|because|although|though|while|whereas)\s", re.IGNORECASE)
_RELATIVE_CLAUSE = lazy_pattern(r",\s*(?:who|which|whose|where)\b[^,;]{0,150},")
_ONLY_IF = lazy_pattern(r"\b(?:would|will|could)\s+only\s+(?:\w+\s+)?$", re.IGNORECASE)
# words every "uncertain" / "called_off" cue contains (cues.tsv): where none stands, the cues need not be tried
_NEGATION_WORD = lazy_pattern(r"\bnot\b|declined", re.IGNORECASE)
# a denial whose "that" clause holds the trigger ("denied a claim in a new book that the two had spoken")
_DENIED_THAT = lazy_pattern(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|refut(?:e|ed|es|ing)|rebuff(?:ed|s)?)\s(?:[^;:.!?”\"]{0,120}?\s)?that\s[^;:!?,]*$",
    re.IGNORECASE,
)
_DENIAL_STEMS = ("denied", "denies", "deny", "denying", "dismiss", "refut", "rebuff")
_DENIAL_REACH = 200
_NO_SUCH = lazy_pattern(r"\bno\s+such\s+(?:[\w-]+\s+)?(?:meeting|talks|call|visit|trip|plans?|contacts?|conversations?)\b", re.IGNORECASE)
_ASKED_WHETHER = lazy_pattern(r"\W*asked\s+(?:whether|if)\b[^,;]*$", re.IGNORECASE)
_HAD_WISHED = r"\bhad\s+(?:\w+ly\s+)?(?:hoped|wanted|planned|intended|sought|wished)\s+to\s+"  # "had hoped to", "had planned to"
_HAD_HOPED = lazy_pattern(_HAD_WISHED + r"(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
_BUT = lazy_pattern(r"\bbut\b", re.IGNORECASE)
_CONTRAST = lazy_pattern(r"\b(?:but|although|though|whereas)\b", re.IGNORECASE)  # a clause that says something else
_CONTRAST_STEMS = ("but", "though", "whereas")
_PUT_OFF_TO = lazy_pattern(r"\b(?:postponed|put\s+off|pushed\s+back|delayed)\s+(?:to|until|till)\s", re.IGNORECASE)
_UNTIL = lazy_pattern(r"\b(?:until|till)\s+(?:(?:on|in)\s+)?")
_BUT_THE_EVENT = lazy_pattern(
    r"\bbut\b[^;.]{0,100}?\b(?:the|that|this|his|her)\s+(?:[\w-]+\s+)?(?:trip|visit|meeting|talks|summit|call)\s+", re.IGNORECASE
)
_DONE = lazy_pattern(r"(?:attended|met|visited|received|hosted|welcomed)", re.IGNORECASE)  # a trigger told as done
_BUT_CALLED_IT_OFF = lazy_pattern(  # "had been due in Beijing in February, but called off the trip"
    r"\bbut\s+(?:(?:he|she|they|it|later|then|abruptly|eventually)\s+){0,2}(?:cancell?ed|postponed|called\s+off|shelved|scrapped|put\s+off|delayed)"
    r"\s+(?:(?:the|that|this|his|her|their|its)\s+(?:[\w-]+\s+)?(?:trip|visit|meeting|talks|summit|call|journey|tour)\b|it\b)",
    re.IGNORECASE,
)
_WHEN_BEFORE = lazy_pattern(r"\bwhen\b", re.IGNORECASE)  # a clause of the time something else happened
_CALLED_OFF_WORD = lazy_pattern(r"cancel|postpone|called\s+off|shelved|scrapped|suspended|put\s+off|delayed|\bnot\b|no\s+longer", re.IGNORECASE)
_CALLED_OFF_STEMS = ("cancel", "postpone", "called", "shelved", "scrapped", "suspended", "put", "delayed", "not", "longer")  # one per word above
# (not "off": "official", "office" stand near most triggers)
_SCHEDULED = r"(?:expected|scheduled|due|set|slated|supposed)"  # "... to": the day a plan was set for
_MODAL = r"(?<![\w-])(?:will|would|shall|is\s+to|are\s+to|(?:" + _SCHEDULED + r"|plans?|planning)\s+to)\s+"  # "will", "is due to"
_PAST_PLAN = lazy_pattern(  # a plan told in the past: nothing says it came about
    r"(?:(?<![\w-])(?:was|were)\s+(?:" + _SCHEDULED + r"\s+)?to\s+|" + _HAD_WISHED + r")(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)
_MODAL_AND = lazy_pattern(  # "is scheduled to address Congress and attend ...": the modal of the first verb
    _MODAL + r"(?:also\s+)?[a-z]+\s[^,;:.“”\"]{0,80}\sand\s+$", re.IGNORECASE
)
_PAST_FORMS = frozenset(("met", "held", "spoke", "paid", "made", "took", "sat", "went", "began", "had", "was", "were"))
_MODAL_BEFORE = lazy_pattern(_MODAL + r"(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_TOLD_PAST = lazy_pattern(  # a day the text itself tells as past ("last week", "two days ago", "yesterday")
    r"(?:last|earlier\s+this|previous)\s+(?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:[\w-]+\s+){1,2}ago|yesterday",
    re.IGNORECASE,
)
_TO_MEET = lazy_pattern(  # "flying to X (on Sunday) to meet", "will fly to X on Thursday for her first White House meeting", "for talks"
    r"\s+(?:(?:on|this|last|next)\s+\w+\s+)?(?:to|for(?:\s+(?:a|an|the|his|her|their|its)(?:\s+[A-Za-z'’-]+){0,3}?)?)\s+", re.IGNORECASE
)
# an invitation to come: "invited him to pay a state visit", "invites Modi to attend", "an invitation to X to make a visit"
# (the visit is yet to be made)
_INVITED_TO = lazy_pattern(  # (or to a gathering: "is considering inviting Yoon to the Group of Seven summit")
    r"(?<![\w-])invit(?:es|e|ing)\s+(?:[\w.'’-]+\s+){0,8}?to\s+(?:(?:pay|make|come|return|attend)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"|(?:the|a|an|next\s+(?:week|month|year)['’]s|this\s+year['’]s)\s+(?:[\w'’-]+\s+){0,4})?$"
    r"|(?<![\w-])invited\s+(?:[\w.'’-]+\s+){0,8}?to\s+(?:(?:pay|make|come|return|attend)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$"
    r"|(?<![\w-])invitation\s+(?:from|to|for)\s+(?:[\w.'’-]+\s+){1,12}?to\s+(?:(?:pay|make|come|return|attend)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_YET_TO = lazy_pattern(
    r"(?:[^,;]{0,80}?,[^,;]{1,60},)?[^,;]{0,80}?\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:take\s+place|happen|be\s+(?:held|scheduled|set)|materiali[sz]e)\b",
    re.IGNORECASE,
)
# "a visit could take place in the second half of the year": a modal after the noun makes it a plan
_TAKES_PLACE_LATER = lazy_pattern(
    r"(?:\s+(?:(?:to|in|with|between)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)?(?:,?\s+which(?:(?:\s+[\w'’.-]+){0,3}?\s+(?:said|say|says))?)?\s+(?:could|would|will|may|might|should|(?:is|are)\s+(?:expected|due|set|scheduled|likely)\s+to)"
    r"\s+(?:\w+\s+)?(?:take\s+place|be\s+held|happen|go\s+ahead|materiali[sz]e|go\s+on|continue|resume|start|begin|commence)\b",  # "the talks would go on"
    re.IGNORECASE,
)
_PLANNED_AFTER = lazy_pattern(  # "a meeting with X is also planned in Beijing", "talks with Y are scheduled for May"
    r"(?:\s+(?:(?:to|in|with|between)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)?\s+(?:is|are)\s+(?:also\s+|now\s+)?"
    r"(?:planned|scheduled|envisaged|envisioned|being\s+(?:planned|prepared|arranged))\b"
    r"|(?:\s+[\w'’.‐–-]+){0,6}?,\s+(?:scheduled|slated|planned)\s+(?:for|to)\b",  # "the Chile-Peru summit, scheduled for March"
    re.IGNORECASE,
)
_COMING_NAME = lazy_pattern(  # "the upcoming second Malaysian-Australian Annual Leaders' Meeting": the adjective opens the name
    r"\b(?:[Uu]pcoming|[Ff]orthcoming)\s+(?:(?:[A-Z0-9][\w'’.‐–-]*|\w+[-‐–][\w‐–-]+|first|second|third|fourth|fifth|annual|bilateral|trilateral"
    r"|leaders['’]?|ministers['’]?|ministerial)\s+){1,6}$"  # (case kept: a lowercase word of no list ends the name)
)
_COMING_REACH = 90  # characters before a trigger that a name opened by "upcoming" may take
_PLANNED_AFTER_STEMS = ("planned", "scheduled", "slated", "envisaged", "envisioned", "prepared", "arranged")
_TAKES_PLACE_STEMS = ("take place", "be held", "happen", "go ahead", "materiali", "go on", "continue", "resume", "start", "begin", "commence")
# a trip planned for a gathering: the gathering named after it is planned too
_PLANNED_PURPOSE = lazy_pattern(
    r"(?<![\w-])(?:will|would|(?:expected|scheduled|due|set|slated|plans?|planning)\s+to)\s+(?:[\w'’.-]+\s+){1,8}?"
    r"for\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,6}?$",
    re.IGNORECASE,
)
_PURPOSE_REACH = 150
_SETTING_OFF = lazy_pattern(r"(?:heading|flying|leaving|departing|travell?ing)\s+(?:to|for)", re.IGNORECASE)
_PROGRESSIVE_BEFORE = lazy_pattern(r"(?<![\w-])(?:is|are|['’]s)\s+(?:now\s+|also\s+|currently\s+)?$", re.IGNORECASE)
_HOSTED_BY = ("hosted", "co-hosted", "chaired", "co-chaired", "convened", "organised", "organized")
_MOVED_TO = lazy_pattern(r"\b(?:moved|rescheduled|pushed\s+back|brought\s+forward|postponed|delayed|put\s+off)\s+(?:to|until|till)\s+$", re.IGNORECASE)
_MAIN_CLAUSE_DAY = lazy_pattern(r",\s+[a-z]+ing\s+|\s+(?:after|following)\s+(?:(?:the|their|his|her|its|a|an)\s+)?", re.IGNORECASE)
_PARTICIPLE = lazy_pattern(r"[a-z]+ing\s+", re.IGNORECASE)
_AFTER_TALKS = lazy_pattern(r"\s+(?:after|following)\b", re.IGNORECASE)
_SAID_BEFORE = lazy_pattern(r"\b(?:said|says|told\s+\w+|announced|stated|added)\s+(?:on\s+)?$", re.IGNORECASE)
_MOVE_WORDS = ("moved", "rescheduled", "pushed back", "brought forward", "postponed", "delayed", "put off")  # the verbs below
_MOVED_LATER = lazy_pattern(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:moved|rescheduled|pushed\s+back|put\s+off)\s+(?:to|until|till)\b", re.IGNORECASE)
_OF_NAMED = lazy_pattern(r"\s+of\s+(?:the\s+)?[A-Z]")  # "the Chancellery of the Prime Minister": a name going on
_BUILDING_WORDS = lazy_pattern(r"(?<![\w-])(?:[A-Z][\w'’.-]*\s){1,3}$")  # "National " before "Palace"
# "..., before visiting Seoul for talks with X": a gerund step that the trigger is or follows (no comma between)
_GERUND_STEP = lazy_pattern(r"(?<![\w-])(?:before|after)\s+[a-z]+ing(?![\w-])[^,;.:]{0,80}$", re.IGNORECASE)
_STEP_REACH = 100
# "The visit comes days before Xi travels to India for a summit": what the present "comes ... before" leads to is ahead
_UNTIL_THEY = lazy_pattern(r"\b(?:until|before|unless)\s+(?:[\w.'’-]+\s+){1,10}$", re.IGNORECASE)  # "until A and B [meet]"
_COMES_BEFORE = lazy_pattern(
    r"(?<![\w-])comes\s+(?:(?:just|only|barely|a\s+few|some|two|three|four|five|ten|a|an|one)\s+)?(?:(?:days?|weeks?|hours)\s+)?"
    r"(?:before|ahead\s+of)\s[^,;:]{0,120}$",
    re.IGNORECASE,
)
_PLAN_MODAL = lazy_pattern(
    r"(?<![\w-])(?:will|would|shall|(?:is|are)\s+to|(?:expected|scheduled|due|set|slated|plans?|planning)\s+to)(?![\w-])", re.IGNORECASE
)
_ORDINAL_BEFORE = lazy_pattern(r"(?<![\w-])(?:first|second|third|last|latest|only)\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
_LAND_AFTER_CITY = lazy_pattern(r"\s*\[[^\]]*\]$|\s+/[^/]+/$")
_HERE = lazy_pattern(r"(?<![\w-])here(?![\w-])", re.IGNORECASE)
# "in this coastal city", "in this capital": the dateline's city too, a phrase no other sense of which is common
_THIS_CITY = lazy_pattern(
    r"(?<![\w-])(?i:in)\s+(?:(?i:this)\s+(?:[\w-]+\s+){0,2}?|the\s+(?:[a-z-]+\s+){0,2}?)(?i:city|capital|town|port|resort)(?![\w-])(?!['’])"
    r"(?!\s+(?:of\s+)?[A-Z])(?!,\s+[A-Z])"
)  # ("in the coastal city", not "in the Kazakh capital", "in the city of Mombasa", "in the capital, Naypyitaw")
_THIS_CITY_NOUNS = ("city", "capital", "town", "port", "resort")  # (one of them stands in every match of _THIS_CITY)
_THIS_CITY_REACH = 100
# "met Putin there in April" (not "there was", "there will be"): the place named before
_THERE = lazy_pattern(r"(?<![\w-])there(?![\w-])(?!\s+(?:is|was|were|are|will|would|had|has|have|could|may|might|seems?|appears?)\b)")
_THERE_REACH = 60  # room for the object between the trigger and "there"
_HERE_REACH = 90  # room for the object and its venue between the trigger and "here" ("with X at Wisma Putra here today")
_THERE_BACK = 300  # how far "there" looks back when its own sentence names no place
_DAY_ASIDE_OPENS = lazy_pattern(r",\s+(?:(?:later|earlier|also)\s+)?(?:on\s+|in\s+)?$")  # "X[, on ]Wednesday, called on Y", "[, on ]the same day, X"
_THERE_OPENING = lazy_pattern(r"There(?:\s+on\s+[A-Z][a-z]+day)?,\s")  # "There, he met X": the place just told
_CLAUSE_BREAK = lazy_pattern(
    r",[”\"’]?\s+(?:a|an|which|who|whose|where|when|but|while|as|after|before|since|until)\s|;|\s[–—]\s"
    r"|,\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|reported|announced|added)\b"
    r"|,\s+and\s+(?:then\s+|later\s+)?(?:(?:on|in|at|from)\s+(?:[\w'’.-]+\s+){1,3}?)?(?:he|she|they)\s"  # ", and on Wednesday he will"
    r"|,\s+and\s+(?:then\s+|later\s+)?(?:continued|ended|concluded|moved\s+on|travell?ed|flew|headed)\s+(?:on|in|to)\s"  # ", and continued
    # on Sunday in Santiago": the trip's next stop
    r"|,\s+and\s+(?:then|later|afterwards)\s+(?:on\s+)?to\s"  # "come to Tianjin for the summit, and then to Beijing": the next leg
    r"|,\s+(?:first\s+|originally\s+|initially\s+|last\s+)?(?!(?:held|hosted|convened|organi[sz]ed|chaired|scheduled|planned|set)\s)"
    r"[a-z]+ed\s+(?:in|on|at|by|last|since|during)\s"  # ", first floated in December," (not "the talks, held in Beijing on Monday,")
)
_OPENING = lazy_pattern(r"^\W*(?:(?:later|earlier|also|then|separately|meanwhile|elsewhere),?\s+)?(?:(?:on|in|at|since|by|early|late)\s+)?$", re.IGNORECASE)
# "said that in April, Xi met Y": a date opening the reported clause is its day, as one opening the sentence
_OPENS_REPORTED = lazy_pattern(r"\b(?:said|says|stated|added|noted|recalled|announced)\s+that\s+(?:(?:on|in|at|since|early|late)\s+)?$")
# "the same day", "that evening", "later that day": the day of the story's event (a date the dates layer may have read
# against the report's day)
SAME_DAY_WORDS = (
    r"(?:on\s+)?(?:the\s+same\s+(?:day|evening|afternoon|morning)|that\s+(?:same\s+)?(?:day|evening|afternoon)"
    r"|(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+day)"
)
SAME_DAY_TEXT = lazy_pattern(SAME_DAY_WORDS, re.IGNORECASE)
_WHERE_CLAUSE = lazy_pattern(r",\s+where\s[^,;]*$", re.IGNORECASE)
_PLACE_TO_WHERE = 20  # "in Port of Spain on July 3-4, where"
_RANGE_JOIN = lazy_pattern(r"\s*(?:-|–|to|and)\s*", re.IGNORECASE)
_OTHER_PLACE_CLAUSE = lazy_pattern(r"(?<![\w-])(?:after|before|following|from|since|ahead\s+of|when)(?![\w-])", re.IGNORECASE)
_OTHER_PLACE_STEMS = ("after", "before", "following", "from", "since", "ahead", "when")
# "Before leaving Colombo on Thursday night, he called on X", "Shortly after landing on Sunday, Fidan met X": the
# opening clause of the traveller's coming or going dates what follows
_TRAVEL_OPENING = lazy_pattern(
    r"\W*(?:(?:shortly|soon|just|right|immediately)\s+)?(?:before|after|upon|on)\s+"
    r"(?:leaving|landing|arriving|departing|reaching|touching\s+down|flying\s+(?:out|in)|(?:his|her|their)\s+arrival)(?![\w-])[^,;]{0,60}$",
    re.IGNORECASE,
)
_HEADLINE_INFINITIVE = lazy_pattern(r"(?<![\w-])to\s+$", re.IGNORECASE)
_SUBJECT_WILL = lazy_pattern(r",\s+(?:[\w.'’-]+\s+){1,5}?(?:will|is\s+to|are\s+to|is\s+(?:set|expected|due|scheduled)\s+to)\s")  # ", Biden will"
_TO_VERB_COMMA = lazy_pattern(r"(?<![\w-])to\s+(?P<verb>[A-Za-z]+)\s+[^,;:]{1,40},\s+$")  # "to Skip East Africa, [Visit]"
# a headline's infinitive of going or meeting makes the whole headline a plan ("X to visit Y for talks with Z")
# (or to prepare it: "agree to arrange Wang visit to Tokyo", "agree to work toward X's visit"; "ahead of Canberra talks")
_HEADLINE_PLAN = lazy_pattern(
    r"(?<![\w-])(?:to\s+(?:visit|meet|hold|host|travel|attend|call|head|fly|go|pay|make|receive|welcome|tour|speak|talk|join|embark"
    r"|arrange|prepare|plan|schedule|work\s+(?:toward|towards|for))|ahead\s+of)(?![\w-])",
    re.IGNORECASE,
)


def named_place(doc: Document, start: int, end: int) -> dict | None:
    """The first place named as where something is ("summit in Lima") between START and END, or None."""
    return next((place_dict(m) for m in doc.mentions_in(start, end) if m.place_like and m.entity.get("type") == "GPE"), None)


def day_of(date: dict) -> dict:
    """A date record of the dates layer as a meeting's date: its day (no time of day) and its words."""
    return {"value": str(date["value"]).split("T")[0], "text": date["text"]}


def place_dict(m: Mention) -> dict:
    """A place as the text names it: a city keeps its spelling ("Kiev", "Bombay") but not a district's letters
    after it ("Washington, D.C."), a country its name."""
    e = m.entity
    country = e.get("code") or e.get("country")
    text = e.get("text")
    if e.get("code") or not isinstance(text, str) or text.isupper():
        name = e.get("name") or text
        if isinstance(text, str) and not e.get("code") and without_accents(name).casefold() == text.casefold():
            name = without_accents(name)  # "BRASILIA": Brasilia, as written (not "Brasília")
        return {"name": name, "type": "country" if e.get("code") else "city", "country": country}
    name = e.get("name")
    if isinstance(name, str) and text.startswith(name) and _QUALIFIER.fullmatch(text, len(name)):
        return {"name": name, "type": "city", "country": country}  # "Washington, DC": Washington
    if isinstance(name, str) and _letters(name) == _letters(text):
        return {"name": name, "type": "city", "country": country}  # "Ha Noi": Hanoi, the same name written apart
    return {"name": text, "type": "city", "country": country}


@lru_cache(maxsize=4096)
def _letters(name: str) -> str:  # (cached, as are the date helpers below: the same few strings come back for every trigger)
    return "".join(c for c in name.casefold() if c.isalpha())  # (accents kept: "Brasilia" as written)


def clause_end_of(text: str) -> int:
    """Where the first clause of TEXT ends."""
    m = _CLAUSE_BREAK.search(text)
    return m.start() if m else len(text)


def _past_relative(doc: Document, stop: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """"met Elon Musk, who leads X, at Blair House on Thursday": where the clause ending at STOP goes on after a
    relative clause on the object closed by a comma before "at"/"in"/"on", and that clause's span (else STOP, None)."""
    if not doc.text.startswith(",", stop):
        return stop, None
    hop = _RELATIVE_HOP.match(doc.text, stop, end)
    if hop is None:
        return stop, None
    return clause_end(doc, hop.end(), end), (stop, hop.end())


def clause_end(doc: Document, start: int, end: int) -> int:
    """Where the clause that starts at START ends (an appositive or relative clause after a comma)."""
    key = ("clause_end", start, end)
    if key not in doc.cache:  # the rules ask this many times for each trigger
        m = _CLAUSE_BREAK.search(doc.text, start, end)
        doc.cache[key] = m.start() if m else end
    return doc.cache[key]


def _clause_reach(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> tuple[int, tuple[int, int] | None, re.Match[str] | None]:
    """Where the trigger's clause ends (past a relative clause on its object, whose span is the second item, and
    through a clause of the gathering's own verb, the third: "the summit, which begins on Monday in Astana").
    Cached: the place and the day of a trigger both read it."""
    key = ("clause_reach", trigger[1], sentence[1])
    if key not in doc.cache:
        reach, hole = _past_relative(doc, clause_end(doc, trigger[1], sentence[1]), sentence[1])
        starts = _STARTS_ON.match(doc.text, reach)
        doc.cache[key] = (clause_end(doc, starts.end(), sentence[1]) if starts else reach, hole, starts)
    return doc.cache[key]


def told_by_own_clause(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether a clause of the gathering's own verb follows the trigger ("the first summit, which Riyadh hosted in
    October 2023"): its day and place are that gathering's."""
    return _clause_reach(doc, sentence, trigger)[2] is not None


def find_place(
    doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], used: list[Mention], until: int | None = None
) -> dict | None:
    """The first place named after the trigger in its clause ("in Beijing", "at the White House") and before the next
    trigger (UNTIL: "at his meeting with X, they recalled their talks in Y"), else one before it with no comma between
    ("In Vladivostok the summit began")."""
    # (through "the summit, which Tokayev hosted in Astana": where it was held)
    reach, hole, starts = _clause_reach(doc, sentence, trigger)
    until = None if starts and until is not None and until < starts.end() else until
    # the reach runs from the last party named after the trigger: "will meet A, B, C, D and E in London"
    objects_end = max([m.end for m in used if trigger[1] <= m.start < reach], default=trigger[1])
    end = min(reach, objects_end + (250 if hole else 150), until or sentence[1])
    other_event = _when_after(doc, trigger[1], end)  # "a meeting before the NATO summit in The Hague"
    end = other_event.start() if other_event else end
    prepared = doc.find(_PREPARING_FOR, trigger[1], end, _PREPARING_STEMS)  # "reviewing preparations for the G20 summit in New Delhi"
    end = prepared.start() if prepared else end
    talked_of = doc.find(_ABOUT_GATHERING, trigger[1], end, _ABOUT_GATHERING_STEMS)
    end = talked_of.start() if talked_of else end
    quote = _QUOTE.search(doc.text, trigger[1], end)
    end = quote.start() if quote else end
    candidates = []
    for m in doc.mentions_in(sentence[0], end):
        kind = m.entity.get("type")
        if kind not in ("GPE", "NORP") or _among(m, used) or hole and hole[0] <= m.start < hole[1]:  # (the cheap test first: most
            continue  # mentions are neither)
        if m.venue_like and kind == "GPE":
            capital_of = _CAPITAL_OF.search(doc.text, max(sentence[0], m.start - 25), m.start) or _CAPITAL.match(doc.text, m.end)
            if capital_of:  # "in the capital of Yunnan Province", "in the Tatarstan capital": its capital city, or no place
                city = _capital_of(m)
                if city is not None:
                    candidates.append((m.start, city))
                continue
            candidates.append((m.start, place_dict(m)))
        elif kind == "GPE" and m.start > trigger[1] and doc.find(_LEAVING, max(sentence[0], m.start - 30), m.start):
            candidates.append((m.start, place_dict(m)))  # "will meet X on Sunday before leaving Addis Ababa": still there
        elif kind == "NORP" and _CAPITAL.match(doc.text, m.end):  # "in the Kenyan capital", "flew to the Kenyan capital"
            city = land_capital(m)
            if city and (doc.find(_VENUE_BEFORE, max(sentence[0], m.start - 12), m.start) or doc.find(_TRIP_TO_THE, max(sentence[0], m.start - 14), m.start)):
                candidates.append((m.start, city))
    named, starts = _venues(doc)
    buildings = named[bisect_left(starts, sentence[0]) : bisect_left(starts, end)]
    if buildings:  # "at Hyderabad House in New Delhi": a city's name inside a building's is no place of its own
        candidates = [c for c in candidates if not any(start <= c[0] < start + len(venue.name) for start, venue in buildings)]
    for start, venue in buildings:
        land = [m for m in doc.mentions_in(max(sentence[0], start - 30), start) if m.end == start - 1 and m.entity.get("type") == "GPE"]
        if land:  # "at the U.S. Capitol": the land names the building, no place of its own
            candidates = [c for c in candidates if c[0] != land[0].start]
        lead = land[0].start if land else start
        on_hill = venue.name.endswith(" Hill") and doc.text.endswith(" on ", 0, lead)  # "on Capitol Hill"
        if (on_hill or doc.find(_VENUE_BEFORE, max(sentence[0], lead - 12), lead)) and not (hole and hole[0] <= start < hole[1]):
            city = _city_after(doc, start + len(venue.name)) or _city_within(doc, start, venue) if not venue.city else None
            candidates.append((start, city or venue_place(venue)))  # ("at the Presidential Villa, Abuja": Abuja)
    city = dateline_city(doc)
    if city:
        here = (trigger[1], min(end, trigger[1] + _HERE_REACH))
        for h in _HERE.finditer(doc.text, *here) if doc.may_hold(*here, ("here",)) else ():
            candidates.append((h.start(), {"name": city, "type": "city", "country": None}))
        near = (trigger[1], min(end, trigger[1] + _THIS_CITY_REACH))
        near_text = doc.text[near[0] : near[1]]
        if (" this " in near_text or " the " in near_text) and doc.may_hold(*near, _THIS_CITY_NOUNS):  # (the cheap tests first)
            for h in _THIS_CITY.finditer(doc.text, *near):
                if h.group().lower().endswith("capital") and " this " not in h.group() and not _is_capital(city):
                    continue  # "in the capital" under a dateline of no capital: some other city
                candidates.append((h.start(), {"name": city, "type": "city", "country": None}))
    after = sorted((c for c in candidates if c[0] >= trigger[1]), key=_AT)
    if not after and " there" in doc.text[trigger[1] : min(end, trigger[1] + _THERE_REACH)]:
        there = _there(doc, sentence, trigger, used, end)
        if there is not None:
            return there
    cities = [c for c in after if c[1]["type"] != "venue"]
    if after:
        if after[0][1]["type"] == "venue" and cities and cities[0][0] - after[0][0] < 60 and not (
            after[0][1].get("city") and _names_region(doc, cities[0][0])
        ):  # (but "at the Bogor Presidential Palace, West Java": the building's city, not its province)
            return cities[0][1]  # "at the Zhongnanhai compound in central Beijing"
        return after[0][1]
    before = sorted((c for c in candidates if c[0] < trigger[0]), key=_AT)
    origins = [  # "flew in from Hanoi, where she met ...": any place named before "where"
        (m.start, place_dict(m), m.end) for m in doc.mentions_in(sentence[0], trigger[0])
        if (m.place_like or doc.text.startswith(", where", m.end)) and m.entity.get("type") == "GPE" and not _among(m, used)
    ]  # (or the place right before ", where": "after visiting Baku, where he held talks")
    where = (  # (the cheap test first: "where" is a rare word)
        sorted({c[0]: c for c in before + origins if _WHERE.match(doc.text, c[0], trigger[0])}.values(), key=_AT)
        if doc.may_hold(sentence[0], trigger[0], ("where",))
        else []
    )
    if where:  # the place nearest "where", unless it is the country of a city before ("Davos, Switzerland, where")
        city = _city_before_its_land(doc, sentence, trigger, where)
        if city is not None:
            return city
        land = where[-1][1]
        cities = [c for c in where if c[1]["type"] != "country" and (not c[1].get("country") or c[1].get("country") == land.get("country"))]
        return (cities[-1] if land["type"] == "country" and cities else where[-1])[1]  # (not "arrived in Cairo from the UAE, where")
    trip = [c for c in origins if _TO_MEET.fullmatch(doc.text, c[2], trigger[0])] + [  # (or to a building: "will travel to
        (start, venue_place(venue), 0)  # Windsor
        for start, venue in buildings  # Castle to meet the Queen")
        if doc.text.endswith((" to ", " to the "), 0, start) and _TO_MEET.fullmatch(doc.text, start + len(venue.name), trigger[0])
    ]
    if trip:  # "flew to Burkina Faso to meet X": where the trip went, not where the sentence opened
        return trip[-1][1]
    present = [  # (the cheap test first: "who" is a rare word)
        c for c in before
        if doc.may_hold(sentence[0], trigger[0], ("who",)) and doc.find(_WHO_IS_IN, max(sentence[0], c[0] - 40), c[0], ("who",))
        and doc.text.count(",", c[0], trigger[0]) == 1 and not doc.find(_OTHER_EVENT, c[0], trigger[0], _OTHER_EVENT_STEMS)
    ]
    if present:  # "X, who arrived in Washington on Monday, was also due to meet Y": there
        return present[0][1]
    staying = before[-1:] if before and doc.may_hold(sentence[0], trigger[0], ("while",)) else []
    if staying and doc.find(_WHILE_IN, max(sentence[0], staying[0][0] - 30), staying[0][0], ("while",)) and not doc.find(
        _OTHER_EVENT, staying[0][0], trigger[0], _OTHER_EVENT_STEMS
    ):  # "X, while in London, did not meet Y but held talks with Z": where the subject stayed, all the clause long
        return staying[0][1]
    close = [  # (not across "after": "gathered in London two days after X's meeting with Y" is another event's place)
        c for c in before if "," not in doc.text[c[0] : trigger[0]] and not doc.find(_OTHER_EVENT, c[0], trigger[0], _OTHER_EVENT_STEMS)
        and not doc.find(_AND_DONE, c[0], trigger[0], (" and ",))
    ]  # (nor across "and" and a verb of its own: "held talks in Muscat and offered to host the next round" is no place)
    if close:
        return close[-1][1]
    opener = _OPENER.match(doc.text, sentence[0], trigger[0])  # "On the margins of the G20 in Rio, X met Y"
    inside = [c for c in before if opener and c[0] < opener.end()]
    if inside:
        return inside[-1][1]
    return _there_opening(doc, sentence, used) if doc.text.startswith("There", sentence[0]) else None


def _there_opening(doc: Document, sentence: tuple[int, int], used: list[Mention]) -> dict | None:
    """"It began in Guangzhou, capital of Guangdong, on Sunday. There, he was received by X": a sentence that opens
    with "There," happens at the last city the text just before it names (else its last province or land)."""
    if not _THERE_OPENING.match(doc.text, sentence[0]):
        return None
    named = [m for m in doc.mentions_in(max(0, sentence[0] - _THERE_BACK), sentence[0]) if m.entity.get("type") == "GPE" and not _among(m, used)]
    cities = [m for m in named if m.entity.get("kind") == "city"]
    return place_dict((cities or named)[-1]) if named else None


def _city_before_its_land(
    doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], where: list[tuple]
) -> dict | None:
    """"In Atlanta, Georgia, where" or "in Houston, Texas, where": the city, which the state or country right after it
    only locates, even where that name is also a country's of which the city is not."""
    land_start = where[-1][0]
    if len(where) < 2 or not any(
        m.start == land_start and m.entity.get("kind") in ("country", "region") for m in doc.mentions_in(sentence[0], trigger[0])
    ):
        return None
    start, place = where[-2][:2]
    return place if place["type"] == "city" and _CITY_THEN_LAND.fullmatch(doc.text, start, land_start) else None


def _among(m: Mention, mentions: list[Mention]) -> bool:
    """``m in mentions``, quicker: a mention's dataclass equality builds a tuple of all its fields for each mention
    compared, and equal mentions start at the same place, which is tested first."""
    for other in mentions:
        if other is m or other.start == m.start and other == m:
            return True
    return False


def dateline_city(doc: Document) -> str | None:
    """The city of the dateline as written, without the land some agencies add ("Kazan [Russia]", "Wonsan /North Korea/")."""
    place = (doc.dateline or {}).get("place")
    return _LAND_AFTER_CITY.sub("", place) if place else None


def dateline_place(doc: Document) -> dict | None:
    """The place the dateline's own text names ("SEOUL, Jan. 13 (Yonhap) --": Seoul), when its offsets point at it."""
    if "dateline_place" not in doc.cache:
        span = dateline_span(doc.text, doc.dateline)
        places = [m for m in doc.mentions_in(*span) if m.entity.get("type") == "GPE" and not _in_land_after_city(doc.text, m)] if span else []
        doc.cache["dateline_place"] = place_dict(places[0]) if places else None
    return doc.cache["dateline_place"]


def _in_land_after_city(text: str, m: Mention) -> bool:
    """Whether M is the land an agency adds after its dateline's city ("Kazan [Russia]", "WONSAN /North Korea/")."""
    return m.start > 0 and text[m.start - 1] in "[/" and text[m.end : m.end + 1] in ("]", "/")


def _city_after(doc: Document, end: int) -> dict | None:
    """The city named right after a building of no known city, after a comma ("the Presidential Villa, Abuja")."""
    if not doc.text.startswith(", ", end):
        return None
    found = next(iter(doc.mentions_in(end + 2, end + 40)), None)
    if found is None or found.start != end + 2 or found.entity.get("type") != "GPE" or found.entity.get("kind") == "country":
        return None
    return place_dict(found)


def _city_within(doc: Document, start: int, venue: Venue) -> dict | None:
    """The city a building of no known city is named after ("the Samarkand Congress Center": Samarkand)."""
    for m in doc.mentions_in(start, start + len(venue.name)):
        if m.entity.get("type") == "GPE" and m.entity.get("kind") != "country" and not m.entity.get("code"):
            return place_dict(m)
    return None


def _names_region(doc: Document, start: int) -> bool:
    """Whether the place named at START is a province or region, no city ("West Java")."""
    return any(m.start == start and m.entity.get("kind") == "region" for m in doc.mentions_in(start, start + 60))


def venue_place(venue: Venue) -> dict:
    """The place a listed building names: itself, with the city and country it stands in when known."""
    return {"name": venue.name, "type": "venue", "city": venue.city or None, "country": venue.country or None}


def _is_capital(city: str) -> bool:
    """Whether CITY is a country's capital in the bundled gazetteer."""
    return city.split(" [")[0].casefold() in _capital_names()


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in capitals().values())


def _there(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], used: list[Mention], end: int) -> dict | None:
    """"the first envoy to visit Hanoi since X met Y there in May": the place "there" stands for, the last
    one named before the trigger in its sentence (else in the text just before the sentence)."""
    found = _THERE.search(doc.text, trigger[1], min(end, trigger[1] + _THERE_REACH))
    if found is None:
        return None
    for start in (sentence[0], max(0, sentence[0] - _THERE_BACK)):
        named = [m for m in doc.mentions_in(start, trigger[0]) if m.entity.get("type") == "GPE" and not _among(m, used) and not m.modifier]
        if named:
            return place_dict(named[-1])
    return None


def land_capital(m: Mention) -> dict | None:
    """The capital city of the land M names by its code ("the Kenyan capital", "the capital of Kenya"), as a place."""
    code = m.entity.get("code") or ""
    city = capitals().get(code)
    return {"name": city, "type": "city", "country": code} if city else None


def _capital_of(m: Mention) -> dict | None:
    """The capital city of the country or province M names, when the gazetteers know it."""
    if m.entity.get("code"):
        return land_capital(m)
    known = region_capitals().get(str(m.entity.get("name") or m.entity.get("text") or "").lower())
    return {"name": known[0], "type": "city", "country": known[1]} if known else None


def _venues(doc: Document) -> tuple[list, list[int]]:
    """Every venue name of the document ("White House"), found once, and where each starts."""
    if "venues" not in doc.cache:
        pattern, table = venues()
        known = [
            (v.start(), table[v.group().lower()] if not _OF_NAMED.match(doc.text, v.end()) else Venue(v.group(), "", ""))
            for v in pattern.finditer(doc.text)
        ]  # ("the Chancellery of the Prime Minister" in Warsaw: another land's building of that name, in no known city)
        taken = {start for start, _ in known}
        named = []  # a building no table knows: a venue in no known city
        for noun in building_nouns().finditer(doc.text):
            words = _BUILDING_WORDS.search(doc.text, max(0, noun.start() - 60), noun.start())
            if words and words.start() not in taken:
                named.append((words.start(), Venue(doc.text[words.start() : noun.end()], "", "")))
        found = sorted(known + named, key=_AT)
        doc.cache["venues"] = (found, [start for start, _ in found])
    return doc.cache["venues"]


def venue_spans(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Where the venues named inside START..END stand ("the Kremlin", "the Great Hall of the People")."""
    found, starts = _venues(doc)
    spans = [(at, at + len(venue.name)) for at, venue in found[bisect_left(starts, start) : bisect_left(starts, end)]]
    return [span for span in spans if span[1] <= end]


def _clause_start(doc: Document, sentence: tuple[int, int], trigger_start: int) -> int:
    """Where a "that"/"when"/"after" clause holding the trigger starts (no comma between), else the sentence."""
    start = sentence[0]
    after_comma = max(start, doc.text.rfind(",", start, trigger_start) + 1)  # (a word before the last comma has one after it)
    if not doc.may_hold(after_comma, trigger_start, _SUBORDINATE_STEMS):
        return start
    twin = case_twin(_SUBORDINATE) if doc.lower is not None else None  # the same spans, quicker
    for m in _SUBORDINATE.finditer(doc.text, after_comma, trigger_start) if twin is None else twin.finditer(doc.lower, after_comma, trigger_start):
        if not doc.inside_date(m.start()):  # (not "earlier that day")
            start = m.start()
            break
    return start


def _when_after(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """The first "when"/"before the ..." clause in START..END (cached: the place and the day of a trigger
    often ask for the same clause)."""
    key = ("when_after", start, end)
    if key not in doc.cache:
        doc.cache[key] = doc.find(_WHEN_AFTER, start, end, _WHEN_AFTER_STEMS)
    return doc.cache[key]


_AT_THE_MEETING = lazy_pattern(r"\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?", re.IGNORECASE)  # "on Tuesday at a meeting"


def find_date(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], others: list[tuple[int, int]]) -> dict | None:
    """The calendar date of the trigger's clause: after it up to the clause's end, or before it with no comma
    between (a date opening the sentence, "On Tuesday, ...", counts too); a date that follows a later trigger
    of the sentence (OTHERS) is that trigger's ("held talks on visits next year")."""
    if not doc.dates_in(*sentence) and not (doc.gathering_dates and doc.gathering_dates_in(*sentence)):
        return None  # (the rules below read only the sentence's days: most sentences name none)
    # (through "for the G20 summit, which begins on Monday": the day it is held)
    end, hole, starts = _clause_reach(doc, sentence, trigger)
    later = [
        o[0] for o in others
        if o[0] > trigger[1] and not doc.find(_DURING_TRIP, max(trigger[1], o[0] - 45), o[0], ("during", "course"))
        and not (starts and o[0] < starts.end())  # (not the gathering's own verb: "which X hosted in Budapest in May")
        and not (_AND_ANOTHER.fullmatch(doc.text, trigger[1], o[0]) and _BOTH_SCHEDULED.match(doc.text, o[1]))
        # ("the leaders' meeting and the special summit, scheduled for March": the day of both)
    ]
    clause = _clause_start(doc, sentence, trigger[0])
    subordinate = _when_after(doc, trigger[1], end)  # "welcomed in Beijing when he called on ..."
    end = subordinate.start() if subordinate else end
    gerund = doc.find(_GERUND_EVENT, trigger[1], end, ("before", "after", "ahead"))
    end = gerund.start() if gerund else end
    if later and (joint := doc.text.find(", and ", trigger[1], min(later))) >= 0:
        later.append(joint)  # "In January we held a videoconference, and in February a call took place": February is the call's
    end = min([end, *later])
    if doc.may_hold(sentence[0], trigger[0], ("where",)) and _WHERE_CLAUSE.search(doc.text, sentence[0], trigger[0]):
        resumed = doc.text.find(", and ", trigger[1], end)  # ("..., where both attended a summit, and asked X to finish by
        end = resumed if resumed >= 0 else end  # the end of the year": the main clause goes on, with a day of its own)
    prepared = doc.find(_PREPARING_FOR, max(sentence[0], trigger[0] - _PREPARED_REACH), trigger[0], _PREPARING_STEMS)
    since = prepared.end() if prepared else sentence[0]  # "spoke on Tuesday, discussing preparations for the summit": not its day
    best, distance = None, None
    moved = doc.dates_in(trigger[1], sentence[1]) if _moves(doc.text[trigger[1] : sentence[1]]) else []
    recent = doc.find(_MOST_RECENTLY, trigger[1], min(sentence[1], trigger[1] + 120), ("recently", "latest", "last time"))
    latest = doc.dates_in(recent.end(), min(sentence[1], recent.end() + 25))[:1] if recent else []
    if latest and latest[0]["start"] == recent.end():  # "have spoken several times since January, most recently on April 16"
        return day_of(latest[0])
    for d in moved:
        if doc.find(_MOVED_TO, max(trigger[1], d["start"] - 40), d["start"]):
            return day_of(d)  # "set for Wednesday, was moved to next week"
    own_days = doc.dates_in(max(sentence[0], trigger[0] - 40), trigger[0])[-1:]
    own_days += doc.gathering_dates_in(max(sentence[0], trigger[0] - 40), trigger[0]) if doc.gathering_dates else []
    for d in own_days:
        own = d["start"] >= clause and _OWN_DAY.fullmatch(doc.text, d["end"], trigger[0])
        if own and (own.group().startswith(("'", "’")) or _THE_BEFORE.search(doc.text, max(0, d["start"] - 6), d["start"])):
            return day_of(d)  # "during Thursday's summit"
    for d in doc.gathering_dates_in(sentence[0], trigger[0]) if doc.gathering_dates else []:
        if _day_of_the_gathering(doc, sentence, d, trigger[0]):
            return day_of(d)  # "On the sidelines of Monday's summit, ..."
    ahead = (trigger[1], min(sentence[1], trigger[1] + _AHEAD))
    for d in [*doc.dates_in(*ahead), *(doc.gathering_dates_in(*ahead) if doc.gathering_dates else [])]:
        if len(str(d["value"])) >= len("2024-10") and _POSSESSIVE_AFTER.match(doc.text, d["end"]) and _BEFORE_ITS_DAY.fullmatch(doc.text, trigger[1], d["start"]):
            return day_of(d)  # "are expected at Thursday's dialogue", "attended June's summit" (not "this year's")
    for d in doc.gathering_dates_in(trigger[1], end) if doc.gathering_dates else []:
        if len(str(d["value"])) >= len("2024-10") and _POSSESSIVE_AFTER.match(doc.text, d["end"]) and doc.find(_AT_ITS_DAY, max(trigger[1], d["start"] - 8), d["start"]):
            return day_of(d)  # "met Y at last month's NATO summit": the gathering met at is the meeting's setting
    for d in doc.dates_in(since, end):
        if hole and hole[0] <= d["start"] < hole[1]:
            continue  # (said of the person: "who took office in May")
        if _attributive(doc, d) and not doc.find(_MARGINS_OF, max(sentence[0], d["start"] - 30), d["start"]) or doc.find(
            _DATING_BACK, max(sentence[0], d["start"] - 22), d["start"], ("dat", "going")
        ):
            continue  # "after the March 1 decree", "a partnership dating back to 2006": the day of something else (but
            # "on the margins of the Jan. 15 inauguration" is the talks' day)
        if d["start"] > trigger[1] and doc.find(_PREPARING_FOR, trigger[1], d["start"], _PREPARING_STEMS):
            continue  # "held talks covering preparations for exchanges this year": the day of what is prepared
        if d["end"] <= trigger[0]:
            between = doc.text[d["end"] : trigger[0]]
            hangs = "when" in between and _DAY_WHEN.fullmatch(between)  # "comes on Monday, when Li will sit down with X"
            if d["start"] < clause and not hangs:
                continue  # "said Thursday that they agreed in a call": the date of the saying
            travel = _TRAVEL_OPENING.match(doc.text, sentence[0], d["start"])
            owner = [o for o in others if o[1] <= d["start"] and "," not in doc.text[o[1] : d["start"]]] if not travel else []
            setting = _AT_THE_MEETING.fullmatch(between)  # "The visit was prepared on Tuesday at a meeting between A and B"
            if owner and not setting and not (hangs and _TRIP_WORD.search(doc.text, *max(owner))):
                continue  # "landed in Lima on Friday for the summit": the landing's date (but "the visit she paid in
                # June, when she held talks": the when-clause's too; not "spoke on May 3, when they discussed")
            opening = bool(_OPENING.match(doc.text[sentence[0] : d["start"]]) or travel) or _opens_with(doc, sentence, d, trigger[0])
            opening = opening or bool(doc.find(_OPENS_REPORTED, max(sentence[0], d["start"] - 24), d["start"], (" that ",))) and not _BARE_WEEKDAY.fullmatch(d["text"])
            # (a bare weekday there was read as the saying's week: "said that on Monday, he would meet" is ahead)
            aside = between.startswith(",") and "," not in between[1:] and bool(_DAY_ASIDE_OPENS.search(doc.text, max(sentence[0], d["start"] - 12), d["start"]))
            if "," in between and not opening and not hangs and not aside:  # ("X, on Wednesday, called on Y", "Before the
                # talks, on the same day, X called on Y": the call's day)
                continue
            if _AHEAD_OF_TALKS.search(between) and not opening:
                continue  # "flew into Beijing on Thursday evening ahead of talks with Wang on Friday": the flight's day
            if _PLANNING_VERB.search(doc.text, max(d["end"], trigger[0] - 30), trigger[0]) or doc.find(
                _PROPOSED_BEFORE, max(d["end"], trigger[0] - 40), trigger[0], _PROPOSED_STEMS
            ):
                continue  # "on Sunday proposed a meeting with X in Istanbul on Thursday": the proposal's day
            gap = len(between) + (0 if len(between) <= _ADJACENT else _AFTER_FIRST)
        else:
            gap = max(0, d["start"] - trigger[1])
        if distance is None or gap < distance:
            best, distance = d, gap
    at = doc.find(_AT_GATHERING_PHRASE, max(clause, trigger[0] - 40), trigger[0], (", at ", ", during ")) if best is None else None
    if at is not None:  # "leaders on Friday announced the deal, at a summit in Montevideo": the main clause's day
        said = [d for d in doc.dates_in(clause, at.start()) if not _attributive(doc, d)]
        best = said[-1] if said else None
    if best is None:  # "wrapped up the tour on Sunday, meeting X"; "said on Feb 18 after talks with X": the main clause's day
        before = doc.dates_in(max(since, trigger[0] - 80), trigger[0])[-1:]
        participle = doc.match(_PARTICIPLE, trigger[0])  # "made a trip this week, travelling to Riyadh for talks"
        reach = participle.end() if participle else trigger[0]
        best = next((d for d in before if _MAIN_CLAUSE_DAY.fullmatch(doc.text, d["end"], reach) and not _attributive(doc, d)), None)
        if best is not None and doc.match(_AFTER_TALKS, best["end"]) and not doc.find(_SAID_BEFORE, max(sentence[0], best["start"] - 20), best["start"]):
            best = None  # "a day after holding talks": the day of something else
    if best is None and doc.may_hold(sentence[0], trigger[0], ("where",)):
        best = _day_before_where(doc, sentence, trigger)
    if best is None or _EITHER.match(doc.text, best["end"]):
        return None  # none, or "in late October or early November": no one day
    value = str(best["value"]).split("T")[0]
    value = _weekday_ahead(doc, sentence, trigger, value, best["text"])
    return {"value": _weekday_before(doc, sentence, trigger, value, best["text"]), "text": best["text"]}


def _day_before_where(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> dict | None:
    """"The tour ends on Thursday in Accra, where he will meet X": a "where" clause with no day of its own is on
    the day of the place named before it."""
    where = _WHERE_CLAUSE.search(doc.text, sentence[0], trigger[0])
    if where is None or _PLANNING_VERB.search(doc.text, max(where.start(), trigger[0] - 30), trigger[0]):
        return None  # (or "where he promised to visit Africa": the promise's day)
    days = [d for d in doc.dates_in(sentence[0], where.start()) if not _attributive(doc, d)]
    while len(days) > 1 and _RANGE_JOIN.fullmatch(doc.text, days[-2]["end"], days[-1]["start"]):
        days.pop()  # "on July 3-4": the first day
    if not days or doc.find(_OTHER_PLACE_CLAUSE, days[-1]["end"], where.start(), _OTHER_PLACE_STEMS):
        return None  # "returned home yesterday after attending the summit in Beijing, where": another event's day
    if " then " in doc.text[days[-1]["end"] : where.start()]:
        return None  # "will meet X on Thursday, and then go on to Kazan, where": a later stop, no day told
    named = doc.mentions_in(max(sentence[0], days[-1]["start"] - 40), where.start())[-1:]
    if not named or named[0].entity.get("type") not in ("GPE", "LOC") or where.start() - named[0].end > _PLACE_TO_WHERE:
        return None  # (a "where" hung on no place named: "at the council's offices, where")
    return days[-1]


def later_day(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], triggers: list[int]) -> dict | None:
    """The first day named after the trigger anywhere in its sentence, when no other trigger (TRIGGERS: the starts of
    all) and no clause of its own ("since X took office in May", "when they met in Osaka last month", "said on Monday")
    comes between: "on the sidelines of the climate summit in Paris on November 30", "the G7 summit he will host in
    Hiroshima in May" (the clause rules stop at the summit's name; the day is still the meeting's)."""
    for d in doc.dates_in(trigger[1], sentence[1]):
        if not str(d["value"])[:1].isdigit() or _attributive(doc, d):
            continue
        if any(trigger[1] <= t < d["start"] for t in triggers) or OTHER_CLAUSE.search(doc.text, trigger[1], d["start"]):
            return None
        return day_of(d)
    return None


def _weekday_ahead(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], value: str, said: str | None) -> str:
    """A bare weekday read backward for an event the present "comes ... before" leads to ("The call comes days
    before the leaders meet in Rio on Monday"): that event is ahead, on that weekday of the coming week."""
    if not _BARE_WEEKDAY.fullmatch(said or ""):  # (the cheap test first: most days are no bare weekday)
        return value
    proposed = doc.find(_PROPOSED_BEFORE, max(sentence[0], trigger[0] - 30), trigger[0], _PROPOSED_STEMS)
    if not (proposed or doc.may_hold(sentence[0], trigger[0], ("comes ",))):
        return value
    day, published = _day(value), _day(doc.published or "")
    if day is None or published is None or not 0 < (published - day).days < 7:
        return value
    if not proposed and not doc.find(_COMES_BEFORE, sentence[0], trigger[0], ("comes ",)):
        return value  # ("proposed a meeting in Istanbul on Thursday": the coming Thursday)
    return (day + dt.timedelta(days=7)).isoformat()


def _weekday_before(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], value: str, said: str | None) -> str:
    """A bare weekday read forward (by a plan elsewhere in the sentence) for a call told as the cause of the news
    ("agreed to send aid, following a call with X on Tuesday"): the call was that weekday of the week before."""
    if not _BARE_WEEKDAY.fullmatch(said or ""):  # (the cheap test first: most days are no bare weekday)
        return value
    words = doc.text[trigger[0] : trigger[1]].lower()
    if not any(noun in words for noun in _CALL_NOUNS):
        return value
    day, published = _day(value), _day(doc.published or "")
    if day is None or published is None or not 0 < (day - published).days <= 7:
        return value
    if not doc.find(_AFTER_A, max(sentence[0], trigger[0] - 40), trigger[0], ("following", "after")):
        return value
    return (day - dt.timedelta(days=7)).isoformat()


def _opens_with(doc: Document, sentence: tuple[int, int], d: dict, trigger_start: int) -> bool:
    """"In Tashkent on Monday, he held talks with X": a date closing the sentence's opening phrase of place, with only
    the subject between that phrase and the trigger."""
    if not doc.text.startswith(("In ", "At ", *_SIDELINES_OPENINGS), sentence[0]):  # (the cheap
        return False  # test first; "On Monday, ..." is an opening already)
    opener = _OPENER.match(doc.text, sentence[0], trigger_start)
    if not opener or opener.end() != d["end"] + 1 or "," in doc.text[opener.end() : trigger_start]:
        return False
    if doc.text.startswith("On ", sentence[0]):
        return True  # "On the sidelines of the conference on Sunday, X met Y": the gathering's day is the meeting's
    place = sentence[0] + 3  # (a place right after "In "/"At ": not "At a briefing on Friday, X said Y had met Z")
    return any(m.start == place and m.entity.get("type") == "GPE" for m in doc.mentions_in(place, d["start"]))


def _day_of_the_gathering(doc: Document, sentence: tuple[int, int], d: dict, trigger_start: int) -> bool:
    """"On the sidelines of Wednesday's summit, X and Y held talks": the day the opening phrase gives its gathering."""
    if not doc.text.startswith(_SIDELINES_OPENINGS, sentence[0]) or len(str(d["value"])) <= len("2024-10"):
        return False  # (the cheap test first; a day, not "last year's summit")
    opener = _OPENER.match(doc.text, sentence[0], trigger_start)
    return bool(opener) and "," not in doc.text[opener.end() : trigger_start] and bool(_GATHERING_OF_DAY.fullmatch(doc.text, d["end"], opener.end()))


def _moves(text: str) -> bool:
    """Whether TEXT holds a verb of moving a meeting to another day (a cheap test before the patterns)."""
    for word in _MOVE_WORDS:  # (a loop, not ``any``: this runs for every trigger)
        if word in text:
            return True
    return False


_MARGINS_OF = lazy_pattern(r"\b(?:margins?|sidelines?|fringes?)\s+of\s+(?:the|this|last)\s+$", re.IGNORECASE)


def _attributive(doc: Document, d: dict) -> bool:
    """A date used as a modifier: after a determiner and before a lowercase noun, or with a possessive.
    (Asked for each trigger of the date's sentence: answered once per date.)"""
    key = ("attributive", d["start"], d["end"])
    if key not in doc.cache:
        doc.cache[key] = bool(_POSSESSIVE_AFTER.match(doc.text, d["end"])) or bool(  # "Tuesday's attack"
            doc.find(_DETERMINER_BEFORE, max(0, d["start"] - 8), d["start"]) and _NOUN_AFTER.match(doc.text, d["end"])
        )
    return doc.cache[key]


def _left_open(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether the "not ... whether" before the trigger stands in its own clause, not in one a contrast word
    closes ("did not say whether he met X, although he held a call with Y": the call was held)."""
    contrast = [m.end() for m in _CONTRAST.finditer(doc.text, sentence[0], trigger[0])] if doc.may_hold(sentence[0], trigger[0], _CONTRAST_STEMS) else []
    if not contrast:
        return True
    return bool(doc.find(_NEGATION_WORD, contrast[-1], trigger[0], ("not", "declined")) and doc.find(cues()["uncertain"], contrast[-1], trigger[0]))


def is_negated(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """"did not meet", "cancelled the visit", "the talks were postponed", or a clause the report leaves open
    ("would not say whether")."""
    negation = doc.window_find(cues()["negated"], max(sentence[0], trigger[0] - 30), trigger[0]) or doc.find(
        _SKIPPED_GATHERING, max(sentence[0], trigger[0] - _SKIPPED_REACH), trigger[0], _SKIPPED_STEMS
    )  # "skipped Thursday's Shanghai Cooperation Organisation summit", "called off his planned June 12 summit": a long
    # name between
    if negation and not (negation.group().lower() == "postponed" and rescheduled(doc, sentence, trigger)):
        return True
    if doc.find(_DENIED_THAT, max(sentence[0], trigger[0] - _DENIAL_REACH), trigger[0], _DENIAL_STEMS):
        return True  # "Peskov denied a claim that Putin and Trump had spoken by phone"
    if doc.find(_NO_SUCH, trigger[1], sentence[1], ("such",)):
        return True  # "Asked about reports that X would meet Y, she said there was no such meeting"
    if doc.may_hold(sentence[0], trigger[0], ("asked",)) and _ASKED_WHETHER.match(doc.text, sentence[0], trigger[0]):
        return True  # "Asked whether India could host talks between A and B, he said": a question, no plan
    if doc.find(_HAD_HOPED, max(sentence[0], trigger[0] - 40), trigger[0], ("had ",)) and doc.find(_BUT, trigger[1], sentence[1], ("but",)):
        return True  # "X had hoped to meet Y on his way home, but Y ...": a hope that came to nothing
    if doc.find(_NEGATION_WORD, sentence[0], trigger[0], ("not", "declined")) and doc.find(cues()["uncertain"], sentence[0], trigger[0]):
        if _left_open(doc, sentence, trigger):
            return True
    if doc.find(_ONLY_IF, max(sentence[0], trigger[0] - 25), trigger[0], ("only",)):
        return True  # "refused to meet X in Tel Aviv, saying he would only welcome him in Jerusalem": a condition, no plan
    after = doc.text[trigger[1] : min(sentence[1], trigger[1] + 250)]
    if not doc.find(_CALLED_OFF_WORD, trigger[1], trigger[1] + len(after), _CALLED_OFF_STEMS):
        return False  # (the cheap check first: most triggers have none of these words after them)
    own = _OWN_CLAUSE_ENDS.search(after)  # "attended the summit, his first since Syria's membership was suspended":
    if own:  # what a clause of its own says was called off is something else (none: the window just searched)
        after = after[: own.start()]
        if not doc.find(_CALLED_OFF_WORD, trigger[1], trigger[1] + len(after), _CALLED_OFF_STEMS):
            return False
    if doc.find(_PUT_OFF_TO, trigger[1], trigger[1] + len(after), ("postponed", "put off", "pushed back", "delayed")):
        return False  # "has been postponed to next month": still planned, for a new day
    if doc.find(cues()["called_off"], trigger[1], min(clause_end(doc, trigger[1], sentence[1]), trigger[1] + 150)):
        return True
    after = _RELATIVE_CLAUSE.sub(" ", after)  # "a meeting with X, who was in town, was cancelled"
    if cues()["called_off"].search(after[: clause_end_of(after)]):
        return True
    if _BUT_CALLED_IT_OFF.search(after):
        return True
    later = _BUT_THE_EVENT.search(after)  # "was to travel for talks with X, but an aide said the trip had been called off"
    if later and _DONE.fullmatch(doc.text, *trigger):
        return False  # "X attended the summit as a guest, but the planned meeting was scrapped": what was done stands
    if later and doc.find(_WHEN_BEFORE, max(sentence[0], trigger[0] - 40), trigger[0], ("when",)) and _of_an_earlier_year(doc, trigger[1], trigger[1] + later.start()):
        return False  # "invited Xi to Seoul when the two leaders held a summit in December 2019, but the trip was put off"
    return bool(later and cues()["called_off"].match(after, later.end()))


def _of_an_earlier_year(doc: Document, start: int, end: int) -> bool:
    """Whether TEXT[START:END] dates something to a year before the story's: a past event, not the one called off."""
    year = (doc.published or "")[:4]
    return year.isdigit() and any(str(d["value"])[:4].isdigit() and str(d["value"])[:4] < year for d in doc.dates_in(start, end))


def rescheduled(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> dict | None:
    """"postponed a trip to Y, which had been scheduled for Wednesday, until March 10": the new day it was put
    off to (value and text), or None."""
    for found in _UNTIL.finditer(doc.text, trigger[1], sentence[1]):
        for d in doc.dates_in(found.end(), min(sentence[1], found.end() + 40)):
            if d["start"] == found.end():
                return day_of(d)
    return None


def is_planned(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], headline: bool, date: dict | None) -> bool:
    """Planned by a modal or scheduling cue before the trigger, a headline infinitive, or a date after publication
    (unless the trigger says it happened: "held talks", "met"); a date before publication means held."""
    window = (max(sentence[0], trigger[0] - 45), trigger[0])
    if doc.find(_PROPOSED_BEFORE, max(sentence[0], trigger[0] - 30), trigger[0], _PROPOSED_STEMS):
        return True  # "proposed a meeting with X", "offered talks", "agree on Wang's visit": a meeting not yet held, whatever day is named
    if doc.find(_AGREED_THEN_TO, max(sentence[0], trigger[0] - 70), trigger[0], ("agree", "decided", "vowed", "pledged", "promised")):
        return True  # "agreed in a phone call on Tuesday to meet soon": the meeting agreed on is ahead
    order = compare(date["value"], doc.published) if date and doc.published else None
    past_day = bool(date and doc.published and FULL_DAY.match(date["value"]) and order == -1)
    if past_day and SAME_DAY_TEXT.fullmatch(date.get("text") or ""):
        past_day = order = False  # "The same day, he will hold talks": the day told last may be a contact recalled
    if date and _TOLD_PAST.fullmatch(date.get("text") or ""):
        return False  # "agreed to come after a telephone conversation with them last week": done
    if doc.find(_PAST_PLAN, max(sentence[0], trigger[0] - 35), trigger[0], ("was ", "were ", "had ")):
        return True  # "was expected to visit Berlin on Monday", "had planned to visit": a plan, whatever day it named
    if not past_day and doc.find(_MODAL_BEFORE, max(sentence[0], trigger[0] - 35), trigger[0], ("will", "would", "shall", "to")):
        return True  # "would instead hold talks in June": the modal, over a month read as past
    if not past_day and doc.text.endswith(" and ", 0, trigger[0]) and _bare_verb(doc.text[trigger[0] : trigger[1]]) and doc.find(
        _MODAL_AND, max(sentence[0], trigger[0] - 120), trigger[0], ("will", "would", "shall", " to ")
    ):
        return True  # "is scheduled to address a joint meeting of Congress and attend a luncheon hosted by Y"
    if not past_day and doc.may_hold(sentence[0], trigger[0], ("comes ",)) and doc.find(_COMES_BEFORE, sentence[0], trigger[0], ("comes ",)):
        return True  # "The visit comes days before Xi travels to India for a summit with Modi"
    if not past_day and doc.may_hold(max(sentence[0], trigger[0] - 80), trigger[0], ("until ", "before ", "unless ")) and _bare_verb(doc.text[trigger[0] : trigger[1]]) and doc.find(
        _UNTIL_THEY, max(sentence[0], trigger[0] - 80), trigger[0]
    ):
        return True  # "no breakthrough until Trump and Putin meet in person": a meeting still to come
    if date and doc.published:
        if order and order < 0:
            return False
        done = doc.match(word_classes()["done"], trigger[0])
        if order and order > 0 and not (done and not doc.window_find(cues()["planned"], *window)):
            return True
    after = doc.text[trigger[1] : min(sentence[1], trigger[1] + 120)]  # (plain substring tests first: these words are rare)
    if " yet to " in after and _YET_TO.match(doc.text, trigger[1], min(sentence[1], trigger[1] + 200)):
        return True  # "a meeting between them has yet to take place"
    if _moves(after) and _MOVED_LATER.search(after):
        return True  # "the call, set for Wednesday, was moved to next week"
    if _SETTING_OFF.fullmatch(doc.text, *trigger) and doc.find(_PROGRESSIVE_BEFORE, max(sentence[0], trigger[0] - 20), trigger[0]):
        return True  # "is heading to Paris for talks with X": on the way, the visit ahead
    cue = doc.window_find(cues()["planned"], *window)
    if cue and not _first_to_be(doc, sentence, window[0] + cue.start(), cue.group()):
        return True
    if doc.find(_COMING_NAME, max(sentence[0], trigger[0] - _COMING_REACH), trigger[0], ("upcoming", "forthcoming")):
        return True
    if _next_step_of_plan(doc, sentence, trigger):
        return True
    if doc.text.startswith(("During ", "during "), max(sentence[0], trigger[0] - 12)) and _main_clause_ahead(doc, sentence, trigger):
        return True
    if doc.may_hold(trigger[1], min(sentence[1], trigger[1] + 90), _TAKES_PLACE_STEMS) and _TAKES_PLACE_LATER.match(doc.text, trigger[1], sentence[1]):
        return not doc.match(word_classes()["done"], trigger[0])  # ("discussed the railway, which is due to start
        # operations": what was discussed starts later, the talks were held)
    if doc.may_hold(trigger[1], min(sentence[1], trigger[1] + 90), _PLANNED_AFTER_STEMS) and _PLANNED_AFTER.match(doc.text, trigger[1], sentence[1]):
        return True
    if "nvit" in doc.text[max(sentence[0], trigger[0] - 90) : trigger[0]] and doc.find(_INVITED_TO, max(sentence[0], trigger[0] - 90), trigger[0]):
        return True
    if doc.text[trigger[0] : trigger[1]].lower() in _HOSTED_BY and doc.find(_PLANNED_PURPOSE, max(sentence[0], trigger[0] - _PURPOSE_REACH), trigger[0], (" for ",)):
        return True  # "is expected to travel to Riyadh on Friday for a gathering of Gulf leaders hosted by X"
    return headline and bool(
        doc.window_find(_HEADLINE_INFINITIVE, *window) or doc.find(_HEADLINE_PLAN, sentence[0], trigger[0]) or _second_infinitive(doc, window)
    )


def is_prepared_trip(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether another trip prepares the trip the trigger names ("travelled to Jakarta on Monday to prepare for
    the president's visit"): that trip is still ahead."""
    return bool(doc.find(PREPARED_TRIP_BEFORE, max(sentence[0], trigger[0] - PREPARED_TRIP_REACH), trigger[0], PREPARED_TRIP_STEMS))


def _main_clause_ahead(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether the main clause after an opening "During his visit to X," tells what is to come ("Biden will discuss")."""
    comma = doc.text.find(",", trigger[1], sentence[1])
    return comma >= 0 and bool(_SUBJECT_WILL.match(doc.text, comma, sentence[1]))


def _second_infinitive(doc: Document, window: tuple[int, int]) -> bool:
    """Whether the trigger is a headline's second verb after "to" and a comma ("Biden to Skip East Africa, Visit
    Angola"): the first word after "to" names no place or person, so "to" opens an infinitive."""
    found = doc.find(_TO_VERB_COMMA, *window, ("to ",))
    return found is not None and not any(m.start == found.start("verb") for m in doc.mentions_in(found.start("verb"), found.end()))


def _bare_verb(trigger: str) -> bool:
    """Whether the trigger opens with a verb's bare form ("attend", "meet", "hold talks"), which a modal before governs."""
    word = trigger.split()[0].lower() if trigger.strip() else ""
    return word.isalpha() and word not in _PAST_FORMS and not word.endswith(("ed", "s", "ing"))


def _next_step_of_plan(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """"will travel to New Delhi for talks, before visiting Seoul for talks with Y": a step told by "before"/"after"
    and a gerund after a modal of the main clause is as planned as the main clause."""
    if not doc.may_hold(sentence[0], trigger[0], (" before ", " after ")):  # (the cheap test first)
        return False
    step = doc.find(_GERUND_STEP, max(sentence[0], trigger[0] - _STEP_REACH), trigger[1], ("before", "after"))
    return bool(step) and bool(doc.find(_PLAN_MODAL, sentence[0], step.start(), ("will", "would", "shall", " to ")))


def _first_to_be(doc: Document, sentence: tuple[int, int], at: int, cue: str) -> bool:
    """"X is the first of the five leaders to be received by Xi": an ordinal's "to be" (at AT) tells a rank, no plan."""
    stems = ("first", "second", "third", "last", "latest", "only")
    return cue.lower() == "to be" and bool(doc.find(_ORDINAL_BEFORE, max(sentence[0], at - 60), at, stems))


@lru_cache(maxsize=4096)
def compare(value: str, published: str) -> int | None:
    """-1, 0, 1 as VALUE lies before, within or after the published date; None when unknown (cached: the rules ask
    it of the same few days again and again)."""
    if _ISO_WEEK.match(published or "") and not _ISO_WEEK.match(value or ""):
        flipped = compare(published, value)  # a month against a week: the week against the month
        return None if flipped is None else -flipped
    week = _ISO_WEEK.match(value or "")
    if week:  # "next week" (2024-W24) against the day of the report
        day = _day(published)
        if day is None:  # against a month or year: the month of the week's Thursday
            try:
                thursday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
            except ValueError:  # ("2023-W53": no such week)
                return None
            return compare(thursday.isoformat(), published) if _digits(published) else None
        this = day.isocalendar()[:2]
        that = (int(week.group(1)), int(week.group(2)))
        return 0 if that == this else -1 if that < this else 1
    part = _YEAR_PART.match(value or "")
    if part:  # "in the second half of the year" (2024-H2), "in the third quarter" (2024-Q3): its first and last months
        size = 6 if part.group(2) == "H" else 3
        last = int(part.group(3)) * size
        ends = {compare(f"{part.group(1)}-{month:02d}", published) for month in (last - size + 1, last)}
        return ends.pop() if len(ends) == 1 else 0
    v, p = _digits(value), _digits(published)
    if not v or not p:
        return None
    n = min(len(v), len(p))
    if v[:n] == p[:n]:
        return 0
    return -1 if v[:n] < p[:n] else 1


_ISO_WEEK = lazy_pattern(r"^(\d{4})-W(\d{2})$")
_YEAR_PART = lazy_pattern(r"^(\d{4})-([HQ])([1-4])$")  # a half or a quarter of a year


@lru_cache(maxsize=4096)
def _digits(value: str) -> str | None:
    """"2024-10-23" -> "20241023"; None for weeks, seasons and unknown years."""
    m = _NUMERIC_DATE.match(value or "")
    return "".join(g for g in m.groups() if g) if m else None


def near(value: str, reference: str | None, days: int = 7) -> bool:
    """Whether a meeting dated VALUE falls within DAYS of REFERENCE (same month or year when coarser)."""
    if not reference:
        return False
    a, b = _day(value), _day(reference)
    if a and b:
        return abs((a - b).days) <= days
    return compare(value, reference) == 0


@lru_cache(maxsize=4096)
def _day(value: str) -> dt.date | None:
    m = FULL_DAY.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
