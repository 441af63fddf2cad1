"""Meeting mentions: one per trigger in a sentence, with its sides, place, date and status.

A mention is what one sentence says about one contact; ``merging`` turns the
mentions of a document into its meetings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from dipkit.meetings import setting, sides
from dipkit.meetings.document import Document, Mention, has_twin
from dipkit.meetings.lexicon import (
    blocs,
    class_stems,
    named_gathering,
    named_gathering_noun,
    trigger_heads,
    trigger_rules,
    trigger_source,
    triggers_from,
    venues,
    word_classes,
)
from dipkit.meetings.parties import Party, dedupe, same_side, states_of, union
from dipkit.lazy_patterns import lazy_pattern

_FOR_A = lazy_pattern(r"\s+(?:on|for)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)  # "in X for a two-day visit"
_IN_BEFORE = lazy_pattern(r"(?<![\w-])in\s+$", re.IGNORECASE)
_EARLIER_ROUND = lazy_pattern(r"\b(?:last|previous|previously|prior|such)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_HAD_LAST = lazy_pattern(r"(?:had|has|have)\s+(?:last|previously)\s", re.IGNORECASE)  # a trigger that opens "had last held talks"
_AFTERWARDS = lazy_pattern(r"\W*(?:shortly\s+)?afterwards?\s*,", re.IGNORECASE)  # "Afterward, X and Y went on to a lunch": the next event
_OTHER_ROUND = lazy_pattern(r"\b(?:first|inaugural|previous|prior|last|earlier)\s+(?:[\w'’-]+,?\s+){0,3}$", re.IGNORECASE)  # "the first summit in X in 2023"
# (or "the first GCC-ASEAN summit, hosted by Riyadh in October 2023")
_PLANNED_THEN_TO = lazy_pattern(  # "is expected to pay a visit to China in late August to attend": the plan covers the purpose
    r"\b(?:will|shall|is\s+to|are\s+to|(?:expected|scheduled|due|set|slated|plans?|planning)\s+to)\s+(?:[\w'’-]+\s+){1,10}?to\s+$", re.IGNORECASE
)
_AGENT_BY = lazy_pattern(r"\bby\s+(?:[\w.-]+\s+){0,3}$")  # "read out by Foreign Secretary X": X does the participle
_OFFER_TO = lazy_pattern(r"\b(?:offer|offers|offered|offering|willing|ready)\s+to\s+$", re.IGNORECASE)
_ONGOING = lazy_pattern(r"\b(?:is|are|was|were|been|has|have)\s+(?:\w+ly\s+)?(?:also\s+)?$", re.IGNORECASE)
_GATHERING_NOUN = lazy_pattern(r"\b(?:summit|forum|conference|session|congress|assembly)\b", re.IGNORECASE)
_PEER_STYLE = lazy_pattern(r"(?<![\w-])(?:Lord|Lady|Baroness|Baron|Viscount|Earl)\s+$")  # "Lord X": a peer sits in a legislature
_SEPARATE = lazy_pattern(r"\bseparate(?:ly)?\b", re.IGNORECASE)
_ANAPHORIC = lazy_pattern(r"(?:the|their|this|that|these|those|its|his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_THE_TWO_HELD = lazy_pattern(  # "the talks (that) the two leaders had held": a contact of the pair told by a relative clause
    r"\s+(?:that\s+|which\s+)?(?:the\s+two|both)(?:\s+(?:leaders|ministers|presidents|prime\s+ministers|men|women|sides))?\s+(?:had\s+)?(?:held|had)\b", re.IGNORECASE
)
# "the Quad Leaders' Summit ", "the next BRICS summit, to be ", "the SCO meeting, which was ": a gathering, then its host
_GATHERING_BEFORE_HOSTED = lazy_pattern(
    r"(?<![\w-])(?:the|a|an|this|last|next)\s+(?:[\w'’-]+\s+){1,5}?(?:summit|meeting|conference|forum|gathering|session)s?,?\s+"
    r"(?:(?:to\s+be|(?:which|that)\s+(?:was|is|will\s+be))\s+)?(?:co-)?$",
    re.IGNORECASE,
)
_GATHERING_HOSTED_REACH = 90
_THE_OR_THIS = lazy_pattern(r"(?<![\w-])(?:[Tt]he|[Tt]his)\s+$")
_THEIR = lazy_pattern(r"\btheir\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DETERMINERS = ("the", "their", "that", "this")
_LINES_MEET = lazy_pattern(r"\b(?:borders|frontiers|boundaries|rivers|roads|railways|lines|paths|pipelines)\s+(?:\w+\s+)?$", re.IGNORECASE)
_WELCOMED_TO_COME = lazy_pattern(r"\s+to\s+(?:attend|visit|join|participate|take\s+part|come)\b")
_OBJECT_PRONOUN = lazy_pattern(r"\s+(?:him|her)\b", re.IGNORECASE)
_BLOC_MEETING = lazy_pattern(r"(?:\s+(?:[A-Z][\w-]*|foreign|defen[cs]e|finance|trade|ministers['’]?|leaders['’]?|ministerial|senior|officials['’]?|heads['’]?|of|state|government))*\s+")
_WHEN_WHERE = lazy_pattern(  # the day, hall and city a host receives at, before the guest ("on Monday" or "Monday")
    r"(?:,?\s+(?:(?:on\s+)?[A-Z][a-z]+day(?:,?\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?)?"
    r"|at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4}"
    r"|in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|today|yesterday|(?:this|in\s+the)\s+(?:morning|afternoon|evening)))+,?\s+(?=(?:the\s+)?[A-Z])"
)
_SENDER_BEFORE = lazy_pattern(r"\b(?:message|letter|greetings)\s+from\s+(?:(?!to\s)[\w'’.-]+\s+){0,9}$")  # "a written message from Leader X"
_TO_THE = lazy_pattern(r"\s+to(?=\s+the\s)")  # "a welcome to the visiting leader": the bare title after "to"
_WITH = lazy_pattern(r"\bwith\b", re.IGNORECASE)
_LATE_WITH = lazy_pattern(
    r"^\s*(?:\([A-Z][\w&.-]*\)\s+)?"  # "the Ministerial Consultations (AUSMIN) with": the acronym of the talks' name
    r"(?:(?:here|there|again|also|separately|briefly|today|later|earlier|jointly)\s+){0,2}"  # "held talks here with"
    r"(?:(?:in|at)\s+(?:the\s+)?(?:X|(?:[\w-]+\s+)?(?:capital|city))\s+)?"  # "in Moscow", "in the Russian capital" (X: a place)
    r"(?:(?:here|there|again|also|separately|briefly|today|later|earlier|jointly)\s+){0,2}"
    r"(?:on\s+(?!(?:the\s+)?(?:sidelines|margins|fringes?)\s)(?:(?-i:[a-z][\w-]*)\s+){1,4}(?<!war\s)(?<!conflict\s)(?<!dispute\s)(?<!ties\s)(?<!relations\s)(?<!tensions\s)(?<!talks\s)(?<!negotiations\s))?"  # "talks on grid links with"
    # (not "a meeting on the talks with": the topic's other side)
    r"(?:(?:on|in)\s*|(?:via|by|over)\s+(?:a\s+)?(?:video|phone|telephone)(?:\s+(?:link|call))?\s+|(?:online|virtually)\s+)?with\b",
    re.IGNORECASE,
)
_LATE_WITH_REACH = 80
_SIDELINES_GAP = lazy_pattern(r"\s*(?:on|at|in)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s[^,;()]*?\s", re.IGNORECASE)
# a second object after the first one's place or day ("... in Dar es Salaam on Sunday and with B"), no other verb between
_AND_WITH = lazy_pattern(r"(?:,?\s+[\w.'’-]+){1,7}?,?\s+and\s+(?:then\s+|later\s+|also\s+)?with\s+")
_AND_LATER_BY = lazy_pattern(r"(?:,?\s+[\w.'’-]+){1,7}?,?\s+and\s+(?:then\s+|later\s+|also\s+)?by\s+")
_AND_AGAIN_WITH = lazy_pattern(r"(?:,\s[^,;()]{1,100}?,)?\s+and\s+(?:also\s+)?with\s+")  # "with A[, who ...,] and with B"
_AND_BARE = lazy_pattern(r"(?:,?\s+[\w.'’-]+){1,7}?,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?=[A-Z])")  # "... on Monday and B"
_OWN_SETTING_REACH = 40
_VISIT_VERBS = ("visit", "visits", "visiting", "visited")  # (with an object of their own: no "visit to")
_TITLES_ONLY = lazy_pattern(r"\s*(?:[A-Z][\w.'’-]*\s+){0,4}")  # "a visit to [President] X": no more than a title between
_RESUMED = lazy_pattern(r"\b(?:continue|resume|pursue|carry\s+on)\s+(?:(?:their|the|these|those)\s+)?$", re.IGNORECASE)  # "to continue their talks"
_FIRST_ROUND_BEFORE = lazy_pattern(r"\btheir\s+first\s+$", re.IGNORECASE)  # "following their first summit in Sochi"
_AND_A_NEXT = lazy_pattern(r"[^;.]{0,60}?\s(?:and|then)\s+(?:a|the)\s+(?P<ordinal>second|third|fourth|fifth|next)(?:\s+one)?\s+(?=(?:in|at)\s)")
_OFFICE = r"foreign|defen[cs]e|finance|trade|economy|energy|interior"  # the ministers' offices a meeting names
_MINISTERS_OF = lazy_pattern(rf"\s+of\s+(?:the\s+)?(?P<office>{_OFFICE})\s+ministers\s+of\s+", re.IGNORECASE)
_ORG_LINK = lazy_pattern(r"\s*(?:,\s*|and\s+|\()?\s*")  # "BRICS and SCO", "A, B", "Organisation (SCO"
_PLURAL_GATHERING = lazy_pattern(r"\)?\s+(?:[\w'’-]+\s+){0,2}?(?:summits|meetings|conferences|forums)\b")
_NOUN_OF_GATHERING = r"\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|conference|forum|session|ministerial)\b"  # "G20 foreign ministers' meeting"
_GATHERING_AFTER = lazy_pattern(_NOUN_OF_GATHERING, re.IGNORECASE)
_IN_CITY = r"(?-i:\s+in\s+[A-Z][\w'’-]*(?:\s+(?:de\s+|da\s+)?[A-Z][\w'’-]*){0,2}(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)"  # " in Rio de Janeiro, Brazil"
_GATHERING_THEN_AND = lazy_pattern(  # "... meeting and the", "... summit in Lima, Peru, and the"
    rf"(?:\s*\([A-Z][\w-]*\))?(?:{_NOUN_OF_GATHERING}{_IN_CITY}?)?\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?", re.IGNORECASE
)
_ABBREVIATION_AFTER = lazy_pattern(r"\s*\([A-Z][\w-]*\)")  # "Asia-Pacific Economic Cooperation [(APEC)]"
_GATHERING_NAME = lazy_pattern(r"(?:Summit|Forum|Conference|Assembly|Dialogue)$")  # an organization that is a gathering
_TOPIC_FOR = lazy_pattern(rf"\b(?:{setting.PREPARING}|priorities|proposals?|bid|support)\s+$", re.IGNORECASE)
_LEADERS_BEFORE = lazy_pattern(r"\bleaders['’]?\s+(?:[a-z]+\s+)?$", re.IGNORECASE)  # "leaders' meeting", "leaders summit"
_THEIR_MINISTERS = lazy_pattern(  # "their foreign ministers will meet", "the two countries' defence ministers are to hold"
    rf"\b(?:their|the\s+two\s+(?:countries|nations|sides)['’]|both\s+countries['’])\s+(?P<office>{_OFFICE})"
    r"\s+ministers\s+(?:[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)
_LEADERS_AFTER = lazy_pattern(r"\s*(?:between|of)\s+(?:their|the\s+two|both)\s+(?:top\s+)?leaders\b")  # "between their top leaders"
_AT_THE_SUMMIT = lazy_pattern(r"(?<![\w-])at\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)  # "at the same summit"
_JOINT_CALL = lazy_pattern(r"conference|joint|three-way|trilateral|together|summit", re.IGNORECASE)  # a call of several at once
_TOUR_THAT = lazy_pattern(r"\b(?:tour|trip|journey|visit)\s+(?:that|which)\s+(?:[a-z]+\s+){0,3}$")  # "a tour that will also "
_TO_WORD = lazy_pattern(r"\sto\s")
_HIM_HER = lazy_pattern(r"\s+(?:him|her)\s")
_WHICH_VISITED = lazy_pattern(r",\s+which\s+(?:[\w.'’-]+\s+){1,4}$")  # "Mali, which Merkel last ": the place before is visited
# an office held at a running negotiation, right before its noun ("the chief negotiator at the", "envoy to the peace")
_OFFICE_AT = lazy_pattern(
    r"\b(?:representatives?|negotiators?|envoys?|delegates?|mediators?|facilitators?)\s+(?:for|to|at|in)\s+the\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_OFFICE_STEMS = ("representative", "negotiator", "envoy", "delegate", "mediator", "facilitator")  # one per office above
_OWN_PLACE = lazy_pattern(r"\s+(?:in|at)\s+[A-Z]")
_EACH = lazy_pattern(r"\b(?:bilateral|including)\b", re.IGNORECASE)
_INCLUDING_WITH = lazy_pattern(r"\bincluding\s+with\b", re.IGNORECASE)  # "20 meetings, including with A and B"
_INCLUDING_REACH = 150
# a trip's purpose: "for the ASEAN-India Economic Ministers' consultations", "for a meeting of ..." (dates between: "on Friday")
_FOR_GATHERING_PURPOSE = lazy_pattern(
    r"[^,;]{0,60}?\bfor\s+(?:(?:the|a|an|its|this|next|their|his|her)\s+)?(?:[\w'’.\"“”+()-]+\s+){0,6}?"
    r"(?P<noun>summits?|conference|forum|assembly|gathering|session|ministerial|meetings?|consultations|talks)(?![\w-])(?P<of>\s+of\b)?",
    re.IGNORECASE,
)
_PURPOSE_REACH = 150
_APPOSED = lazy_pattern(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")  # ", a meeting that ...": an apposition
_THAT_AFTER = lazy_pattern(r"\s+(?:that|which)\s")
_OF_JOINT_BODY_AFTER = lazy_pattern(  # "of the (joint) council", "of the High-Level Strategic Cooperation Council": a body of two lands
    r"\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,5}?(?:council|commission|committee|mechanism|dialogue)\b(?!\s+of\b)", re.IGNORECASE
)
_TO_MEET_GAP = lazy_pattern(r"[^,;()]{1,60}?\bto\s+")  # between a trip and the talks it is made for: "Madrid on Monday to "
_THE_MEETING_WAS = lazy_pattern(  # (or "The working meeting at the Ministry was also attended by")
    r"\W*the\s+(?:[\w-]+\s+)?(?:meeting|meetings|talks|reception|audience|session|consultations|discussions)\s+(?:(?:at|in)\s+the\s+[A-Z][\w-]*\s+)?(?:was|were)\s+(?:also\s+)?", re.IGNORECASE
)
_THE_TALKS_OPEN = lazy_pattern(r"\W*the\s+(?:[\w-]+\s+)?(?:audience|meeting|talks|session)(?:,\s+which\s[^,;]{1,60},)?\s+", re.IGNORECASE)
_THE_OPENS = lazy_pattern(r"\W*the\s+(?:[a-z-]+\s+)?", re.IGNORECASE)  # a sentence opening "The talks with X"
_URGED_FOR = lazy_pattern(
    r"\b(?:press|presses|pressed|pressing|push|pushes|pushed|pushing|call|calls|called|calling|urge|urges|urged|urging|appeal|appeals|appealed)"
    r"\s+for\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_HE_BEFORE = lazy_pattern(r"(?<![\w-])(?:he|she)\s+(?:(?:was|were|is|had|has|have|been|be|will|would|also|later|then|first|briefly)\s+){0,3}$", re.IGNORECASE)
_DAY_AFTER = lazy_pattern(r"\s+(?:on\s+|in\s+)?")
_GATHERING_OF = lazy_pattern(
    r"\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|conference|forum|session)\s+of\s+(?:the\s+)?", re.IGNORECASE
)
_DELEGATED = lazy_pattern(
    r"\b(?:instruct|instructed|instructs|order|ordered|orders|task|tasked|tasks|direct|directed|directs|told|tell|tells|asked|ask|asks|authori[sz]ed)"
    r"\s+(?:their|his|her|its|the)\s+(?:respective\s+)?(?:[\w-]+\s+)?(?:teams|delegations|negotiators|envoys|officials)\s+to\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_FOR_EVENT = lazy_pattern(
    r"\s+(?:on\s+\w+\s+|in\s+[A-Z][\w-]+\s+)?for\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}?(summit|meeting|talks|consultations|conference|forum|dinner|lunch|luncheon|breakfast)(?![\w-])"
)
_MEALS = ("breakfast", "lunch", "luncheon", "dinner")
_FOR_MEAL = lazy_pattern(rf"\bfor\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:{'|'.join(_MEALS)})\b")  # "joined Y for a working lunch"
_CO_CHAIR_WITH = lazy_pattern(r"\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?with\b", re.IGNORECASE)
_EVENT_NOUN = lazy_pattern(r"\b(?:summit|forum|conference|session|congress|assembly|talks|meetings?|consultations)\b", re.IGNORECASE)
_AGREED_WITH = lazy_pattern(r"\s+with(?=\s+(?:[\w.'’-]+\s+){1,6}?(?:to|on|that)\s)", re.IGNORECASE)  # "agreed with Wang to"
_HOSTED_MEAL = lazy_pattern(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:dinner|lunch|luncheon|banquet|breakfast|reception|tea)\s+(?:for|in\s+honou?r\s+of)\b",
    re.IGNORECASE,
)
_TO_BEFORE = lazy_pattern(r"\bto\s+$", re.IGNORECASE)
# "virtually" as "online", not as "almost" ("the talks virtually collapsed"): a pause or a day, place or party after it
_VIRTUALLY = (
    r"virtually(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|with|from|last|this|earlier|today|yesterday|and|amid|after|before|since|during|due)\b)"
)
_REMOTE_AFTER = lazy_pattern(  # "talks by video", "the leaders' meeting held virtually", "the talks were held online"
    rf",?\s+(?:(?:(?:was|were)\s+)?held\s+)?(?:{_VIRTUALLY}|online\b|(?:via|by|over)\s+(?:a\s+)?(?:video|phone|telephone))", re.IGNORECASE
)
_REMOTE_LATER = lazy_pattern(  # "spoke to X by phone", "met X virtually"
    rf"\b(?:(?:via|by|over)\s+(?:a\s+|the\s+)?(?:video(?:\s+link|\s+conference)?|phone|telephone)\b|{_VIRTUALLY}|online\b)",
    re.IGNORECASE,
)
_REMOTE_STEMS = ("phone", "video", "virtually", "online")  # (what every match of _REMOTE_LATER holds)
_REMOTE_OPENING = lazy_pattern(
    r"^\W*(?:in|during|over)\s+(?:a|an|the|their|his|her)\s+(?:(?:[\w-]+\s+){0,2}?(?:phone|telephone|video)\s+)?(?:call|conversation|conference|link)\b",
    re.IGNORECASE,
)
_IN_A_CALL = lazy_pattern(r"\bin\s+(?:a|an|their)\s+(?:[\w-]+\s+)?(?:phone|telephone|video)\s+(?:call|conversation)\b", re.IGNORECASE)
_COUNTERPARTS_LISTED = lazy_pattern(r"\s+(?:his|her|their)\s+(?P<bloc>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+counterparts\s*[-–—,:]\s*")
_SENT_FROM = lazy_pattern(  # the guests by where they come from: "his counterparts from", "a delegation of"
    r"\s+(?:his|her|their|its|a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:counterparts|delegations?|envoys|ministers|officials|leaders)\s+(?:from|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_IN_AUDIENCE_AT = lazy_pattern(
    r"\s+in\s+(?:an?\s+)?audience\s+(?:(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}?)?(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening))\s+)?(?=[A-Z])"
)
_AMONG_VERB = lazy_pattern(r"\s(?:were|are|was|is|included|includes)\s+")  # "Among those attending [were] A and B"
_AT_VENUE = lazy_pattern(  # "received at Bayan Palace on Thursday Iran's Foreign Minister X": the guest after the hall
    r"\s+at\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}?(?:(?:on\s+[A-Z]\w+|today|yesterday|this\s+(?:morning|afternoon|evening))\s+)?(?=[A-Z])"
)
_VENUE_TO = lazy_pattern(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+in\s+[A-Z][\w'’-]*)?\s+to(?=\s)")
_AT_VENUE_IN_CITY = lazy_pattern(  # "received at Al-Salam Palace in Jeddah yesterday evening Prime Minister X"
    r"\s+at\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}in\s+(?:[A-Z][\w'’-]*\s+){1,3}?"
    r"(?:(?:on\s+[A-Z]\w+|today|yesterday|this|last)(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?=[A-Z])"
)
_FOR_A_WHILE = lazy_pattern(
    r"\s+(?:again\s+|briefly\s+)?for\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+|around\s+)?"
    r"(?:an?|one|two|three|four|five|\d+|half\s+an?)\s+(?:hours?|minutes?)\b",
    re.IGNORECASE,
)
_PROCESS_START = lazy_pattern(
    r"\b(?:begin|began|start|started|launch|launched|open|opened|push\s+ahead\s+with|pushing\s+ahead\s+with|press\s+ahead\s+with"
    r"|continue|continued|accelerate|expedite|speed\s+up|step\s+up|conclude|finalise|finalize)\s+(?:the\s+|formal\s+|their\s+)?$",
    re.IGNORECASE,
)
_PROCESS_STEMS = ("begin", "began", "start", "launch", "open", "ahead", "continu", "accelerat", "expedit", "speed", "step", "conclud", "finali")
_TO_BEGIN = lazy_pattern(r"\bto\s+(?:[\w-]+\s+){0,3}?(?:begin|start|launch|open|push|press|continue|accelerate|expedite|speed|step|conclude|finali[sz]e)\b", re.IGNORECASE)
_PROCESS_VERBS = ("begin", "began", "start", "launch", "open")  # "agreed to begin talks on renewing the treaty"
_ON_TOPIC = lazy_pattern(r"\s+(?:on|over|about|towards?|for)\s", re.IGNORECASE)
_HOW_REACH = 30  # "spoke face to face", "spoke by phone on Monday"
_REMOTE_REACH = 100  # "conferred with Russian President Vladimir Putin by phone": the medium after the other side
_BETWEEN = lazy_pattern(r"\bbetween\b", re.IGNORECASE)
_LATE_BETWEEN = lazy_pattern(r"^\s*(?:on|in)?\s*between\b", re.IGNORECASE)
_HE_HAD = lazy_pattern(r"\s+(?:(?:that\s+|which\s+)?(?:he|she)\s+(?:had|held)|held)\b")  # "the call he had on Monday with X",
# "the telephone conversation held last week between A and B"
_NAMED_HAD = lazy_pattern(r"\s+(?:that\s+|which\s+)?(?P<who>(?:(?:[A-Z][\w'’.-]*|of|and|the|for)\s+){1,12}?)(?:had|held)\b")  # "the call that
# Foreign Minister X had on Monday with Y"
_AND_TO = lazy_pattern(r"\band\s+(?:to|then)\s+$", re.IGNORECASE)  # "to meet X and to visit Y", "will meet X, and then travel to Y"
_EDITION_NUMBER = lazy_pattern(r"(?<![\w-])(\d{1,3})(?:st|nd|rd|th)\s+(?:[\w'’-]+\s+){0,3}$")  # "the 44th GCC [summit]"
_WITHIN_PLAN = lazy_pattern(  # "will hold meetings during his four-day visit to China, including talks with X", "as part of": of the plan
    r"\b(?:during|including|within\s+the\s+framework\s+of|as\s+part\s+of|in\s+the\s+course\s+of)\s+(?:(?:his|her|their|the|a|an|its)\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_ON_A_TRIP = lazy_pattern(r"\bon\s+(?:a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)  # "arrive ... on a two-day visit"
_GUESTS_FOR_TALKS = lazy_pattern(  # after a host's guests (or "for a trilateral summit": a summit of the three)
    r",?(?:\s+[\w'’.-]+){0,8}?\s+for\s+(?:(?:(?:bilateral|official|formal|further|direct)\s+)?talks|a\s+meeting|meetings|consultations|(?P<summit>(?:an?|their)\s+(?:[\w-]+\s+){0,2}summit)"
    r"|(?P<told>the\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit|gathering)(?!\s+of\s)))\b"  # (not "for the first summit of the AES")
)
_FOR_TALKS = lazy_pattern(r"(?:\s+[\w'’.-]+){1,6}?\s+for\s+(?:talks|a\s+meeting|meetings|consultations)\b")  # "to the oasis of X for talks"
_FOR_TALKS_WITH = lazy_pattern(  # "hosted X (in Paris) for trilateral talks with Y": the talks the guest came for
    r"(?:\s+(?:in|at|on|last|this|earlier)\s+[^,;:“”\"]{1,40}?)?\s+for\s+(?:[\w-]+\s+){0,2}?(?:talks|a\s+meeting|meetings|consultations|discussions)\s+with\s+"
)
_A_TARGET = lazy_pattern(  # "[meeting] and exceeding the NATO spending target", "[meeting] its commitments"
    r"\s+(?:and\s+[a-z]+ing\s+)?(?:(?:the|its|their|his|her|all|most|some|key)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:targets?|objectives?|aims|challenges?|thresholds?|conditions|criteria|requirements|deadlines?|demands|expectations|goals|benchmarks|obligations|standards|needs|quotas?|commitments)\b"
)
_CIVIL_REACH = 70  # how far before a verb its subject's civil noun is looked for ("business leaders from Japan will meet")
_OF_JOINT_BODY = lazy_pattern(  # "of the Malaysia-Brazil Joint Commission", "of the Kuwaiti-Iraqi Joint Ministerial Committee"
    r"\s+of\s+(?:the\s+)?(?P<lands>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?[-–][A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?)"
    r"\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Commission|Committee|Council|Mechanism|Dialogue|Forum)\b"
)
# "travelled to Brussels for a meeting of the European Council": a trip's purpose, as "for the meeting" (not "called
# for a meeting of the Security Council": one asked for, see _URGED_FOR)
_FOR_A_PURPOSE = lazy_pattern(r"(?<![\w-])(?<!ask\s)(?<!asked\s)(?<!asking\s)(?<!requested\s)for\s+an?\s+$", re.IGNORECASE)
_OF_LEGISLATURE = lazy_pattern(  # "a joint meeting of Congress", "a session of the National Assembly"
    r"\s+of\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:Congress|Parliament|Senate|House|Diet|Knesset|Bundestag|Duma|National\s+Assembly|Lok\s+Sabha|Rajya\s+Sabha)\b"
)
_SEPARATELY_NEXT = lazy_pattern(r"\s+separately\b(?!\s+with\b)")
_CAPITAL_NEXT = lazy_pattern(r"\s+(?-i:[A-Z])")
_FOR_PURPOSE = lazy_pattern(r"\bfor\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_INVITED_PRONOUN = lazy_pattern(  # (or "an invitation for him to visit")
    r"\b(?:invit(?:ed|es|e|ing)|invitation\s+(?:to|for))\s+(?:him|her)\s+to\s+(?:(?:pay|make|come|return|attend)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$", re.IGNORECASE
)
_INVITED_TITLE = lazy_pattern(  # (or "an invitation for the President to visit")
    r"\b(?:invit(?:ed|es|e|ing)|invitation\s+(?:to|for))\s+(?:both\s+)?(?P<the>the)\s+[\w\s-]{3,40}?\s+to\s+(?:(?:pay|make|come|return|attend)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$", re.IGNORECASE
)
_URGED_TO = lazy_pattern(  # "called on X (and Y) to end the war" (not "to discuss", "to hand over": a visit's purpose)
    r"\s+(?:[\w'’.-]+\s+){0,5}?to\s+(?!(?:discuss|review|exchange|brief|hold|convey|deliver|present|pay|seek|hand|extend|greet|sign)\b)[a-z]+\b"
)
_INVITED = lazy_pattern(r"\b(?:invited|invites|invite|asked|urged)\s+(?:[\w.]+\s+){0,2}$", re.IGNORECASE)
_HOSTED_FOR_VISIT = lazy_pattern(  # "will host Y for a state visit to", "welcomed Y on a two-day visit to": Y's trip
    r"\b(?:host|hosts|hosted|hosting|receive|receives|received|receiving|welcome|welcomes|welcomed|welcoming)\s+"
    r"(?P<guest>[^,;:“”\"]{3,90}?)\s+(?:for|on)\s+(?:a|an|his|her|their|the)\s+(?:(?!(?:of|to|and|after|before)\s)[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_HOSTED_FOR_VISIT_STEMS = ("host", "recei", "welcom")
_HOSTED_FOR_VISIT_REACH = 150
_INVITATION_FROM = lazy_pattern(  # (or "an invitation from X for the crown prince to visit": the guest it names)
    r"\binvitation\s+from\s+(?P<who>(?:[\w.'’-]+\s+){1,7}?)(?:for\s+(?P<guest>(?:[\w.'’-]+\s+){1,5}?))?to\s+$", re.IGNORECASE
)
_HIS_OPENS = lazy_pattern(r"(?:his|her)\s", re.IGNORECASE)
_CALL_NOUN = lazy_pattern(r"(?:call|conversation|talk|conference|meeting|summit)s?$")  # a call trigger that is a noun
_COUNTERPART_AFTER = lazy_pattern(r"\s+(?:counterpart|colleague|peer)\b")  # "his Azerbaijani colleague": a person of that land
_FROM_INVITER = lazy_pattern(r"\binvitation\s+from\s+(?:[\w.'’-]+\s+){1,7}$", re.IGNORECASE)  # "an invitation from X [for Y to visit]"
_INVITATION_REACH = 90
_AT_INVITATION = lazy_pattern(r"\b(?:At|at|On|on|Upon|upon)\s+the\s+invitation\s+of\s+(?P<who>[^,]{3,160}?),\s+")
_INVITATION_OPENING = 60  # (a dateline may come first)
_INVITATION_GAP = lazy_pattern(  # (and the guest it names: "Modi's invitation to Oli to pay an official visit")
    r"['’]s?\s+(?:\w+\s+)?invitation\s+to\s+(?P<guest>(?:[\w.'’-]+\s+){1,6}?to\s+)?(?:(?:pay|make)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_CALL_GOES_ON = lazy_pattern(  # (what may follow the one called: "called X separately by phone on Thursday")
    r"\s*(?:separately\b\s*)?(?:[,.;]|and\b|on\b|by\s+(?:tele)?phone\b|to\s+(?:discuss|express|congratulate|offer|convey|thank|condole)\b|$)", re.IGNORECASE
)
_TOPIC_OF = lazy_pattern(
    r"\b(?:discuss|discussed|discusses|discussing|about|regarding)\s+(?:(?:the|their|a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# "to discuss the talks with the IMF", "on the ongoing negotiations with": talks named as a meeting's topic
_TOPIC_TALKS = lazy_pattern(r"\b(?:discuss|discussed|discusses|discussing|about|regarding|on)\s+the\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_MET_BEFORE = lazy_pattern(r"\b(?:met|meet|meets|meeting|session|convened)\b", re.IGNORECASE)
_HOST_CLAUSE = lazy_pattern(
    r"\s+(?:(?:that|which)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+)?host|"
    r"(?:to\s+be|will\s+be|is\s+to\s+be)\s+(?:held|hosted)\s+(?:in|by))(?![\w-])"
)
_BY = lazy_pattern(  # "was received by", "was received on Thursday evening by", "was received here by", "at the Quirinale by",
    # "was received the same day by"
    r"\s+(?:(?:(?:(?:late|early|earlier|later)\s+)?on\s+[A-Z]\w+(?:\s+(?:morning|afternoon|evening|night))?|(?:earlier\s+|later\s+)?(?:here|there|today|yesterday)"
    r"|in\s+(?:an\s+)?audience|together|jointly"  # "is to be received in audience by King X", "received together by"
    r"|(?:on\s+)?(?:the\s+same|that(?:\s+same)?)\s+(?:day|morning|afternoon|evening|night)|(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day)"  # "the same day"
    r"|(?:at|in|to)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+){0,2}?by\b",  # ("welcomed to Warsaw today by")
    re.IGNORECASE,
)
_FULL_DAY_VALUE = lazy_pattern(r"^\d{4}-\d{2}-\d{2}")  # a day (not a month, a week "2025-W36" or coarser)
_DAY_WORDS = lazy_pattern(r"\b(?:in|on|at|by|early|late|later|mid|next|this|the|of)\b", re.IGNORECASE)  # around a date
_AT_GATHERING = lazy_pattern(
    r"\b(at|during|for|sidelines\s+of|margins\s+of|fringes?\s+of|hosting|host|hosted|hosts|ahead\s+of|eve\s+of|run-up\s+to|before|after|attend|attended|attending)"
    r"\s+(?:(the|a|an|this|last|next|its|their|his|her)\s+)?(?:(?!(?:at|during|for|before|after)\s)[\w'’.()-]+\s+){0,5}$",  # the nearest
    re.IGNORECASE,
)
_THE_GATHERING = lazy_pattern(
    r"\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|forum|conference|gathering|meeting|talks|session)\b", re.IGNORECASE
)
_THE_MEAL = lazy_pattern(rf"\s+the\s+(?:[\w-]+\s+){{0,2}}?(?P<meal>{'|'.join(_MEALS)}|banquet)\b", re.IGNORECASE)  # "also attended the lunch"
_MEAL_HOSTED_BY = lazy_pattern(  # "attended a breakfast hosted by Y at her residence": a meal with its host
    rf"\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{'|'.join(_MEALS)}|banquet)\b[^;:“”\"]{{0,50}}?\s+(?:hosted|given|offered)\s+by\s+",
    re.IGNORECASE,
)
_REMOTE = lazy_pattern(r"\b(?:phone|telephone|video|virtual|online)\b")
_RECALLED_TALK = lazy_pattern(r"\b(?:(?:since|when)\s+they|first|last|previously)\s+$", re.IGNORECASE)
_AS_ROLE = lazy_pattern(r"\bas\b")
_HOST_NOUN_BEFORE = lazy_pattern(r"\b(?:where|the|as|summit|session|meeting|conference|forum|its|their)\s+$", re.IGNORECASE)
_GROUP_OPENS = lazy_pattern(r"\W*(?:The\s+two|Both)\s+(?:leaders|presidents|prime\s+ministers|premiers|ministers|foreign\s+ministers|men|women)\b")
_EARLIER_TRIPS = lazy_pattern(r"\b(?:following|after|since|besides)\s+(?:his|her|their)\s+(?:\w+\s+)?$", re.IGNORECASE)
_TWO_SIDED = lazy_pattern(r"\b(?:informal|another)\s+(?:[\w-]+\s+)?summit$", re.IGNORECASE)
_THEIR_NOUN = lazy_pattern(r"\btheir\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SWORN_IN = lazy_pattern(  # "his swearing-in ceremony", "Lula's inauguration", "the inauguration of President X"
    r"\s+(?:(?P<pronoun>his|her)\s+|(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?['’]s\s+|the\s+)(?:presidential\s+)?"
    r"(?:swearing-in|inauguration|oath-taking|investiture)(?:\s+(?:ceremony|ceremonies))?(?:\s+of\s+(?:President\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2})?",
    re.IGNORECASE,
)
_AFTER_BARE = lazy_pattern(r"\b(?:after|since|following)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_GROUP_GUESTS = lazy_pattern(r"(?:the|both|all)\s", re.IGNORECASE)  # "received the two ministers" (not "they")
_AT_OTHER_LEVEL = lazy_pattern(  # "consultations at deputy foreign minister level", "at the level of senior officials"
    r"(?:\s+[\w-]+){0,3}?\s+at\s+(?:the\s+)?(?:(?!highest|top|summit|leaders)[\w-]+\s+){1,3}?level(?![\w-])|(?:\s+[\w-]+){0,3}?\s+at\s+the\s+level\s+of\s",
    re.IGNORECASE,
)
_THEIR_EARLIER = lazy_pattern(r"\btheir\s+(?:first|second|third|fourth|fifth|\w+th|latest|last|previous)\b", re.IGNORECASE)
_CALL_WORD = lazy_pattern(r"\b(?:call|calls|phone|telephone|video|virtual|online)\b", re.IGNORECASE)
# a means, not a meeting: "resolve their differences through dialogue and consultation", "through peaceful negotiations"
_THROUGH = lazy_pattern(
    r"\bthrough\s+(?:(?:peaceful|political|diplomatic|direct|friendly|bilateral|sincere|constructive|equal|dialogue|and|or)\s+){0,3}$",
    re.IGNORECASE,
)
_SPELL_OF = lazy_pattern(r"\b(?:years|months|decades|weeks|century|centuries|rounds)\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SPELL_STEMS = ("years", "months", "decades", "weeks", "centur", "rounds")  # one per span above
_COUNTERPART = lazy_pattern(r"\band\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b", re.IGNORECASE)
_JOINS = lazy_pattern(
    r"\b(?:(?:expanded|widened|broadened)\s+to\s+include|(?:was|were)\s+(?:later\s+|also\s+)?joined\s+by|also\s+included)\b", re.IGNORECASE
)
_AND_BY = lazy_pattern(r",?\s+and\s+by\s+")  # a second agent of a passive ("attended by X, and by Y")
_RAN_BY = lazy_pattern(  # "The meeting was chaired by X", "The working meeting at the Ministry was also attended by Y"
    r"(?:\s+(?:at|in)\s+the\s+[A-Z][\w-]*)?\s+(?:was|were)\s+(?:also\s+)?(?:co-)?(?:chaired|attended|presided\s+over)\s+by\b", re.IGNORECASE
)
_FOR_TO = lazy_pattern(r"\bfor\s+((?:the\s+|both\s+)?(?:(?!(?:and|or|but|its|his|her)\s)[\w'’-]+\s+){1,5}?)to\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_AT_GATHERING_NAME = lazy_pattern(r"\b(?:at|of|during)(?=\s)", re.IGNORECASE)  # "at the X Summit", "sidelines of the X Forum"
_HOSTED_TALKS = lazy_pattern(
    r"\s+(?:(?:a|an|the|new|fresh|another|next|further|first|second|third|fourth|fifth|sixth|seventh|round|rounds|of|\d+\w*)\s+){0,5}"
    r"(?:[\w'’.–-]+\s+){0,3}?(?:talks|negotiations|meeting|consultations)(?![\w-])(?:\s+between(?![\w-]))?",
    re.IGNORECASE,
)
_FOR_GATHERING = lazy_pattern(r"\bfor(?=\s)", re.IGNORECASE)  # "gathered for the X Summit" ("met at" it: maybe a side meeting)
_CHAIRED_BY = lazy_pattern(r"\b(?:co-)?(?:chaired|hosted|convened)\s+by\s+", re.IGNORECASE)  # "join a meeting of EU ministers chaired by X"
_TOGETHER_WITH = lazy_pattern(r"(?<![\w-])(?:[Tt]ogether|along)\s+with\s+")  # a companion named with a side
_BROUGHT_TOGETHER = lazy_pattern(r"\b(?:brought|brings|bringing)\s+together\s+", re.IGNORECASE)
_REPRESENTED_BY = lazy_pattern(r"\s(?:was|were|is|are|will\s+be)\s+represented\s+by\s", re.IGNORECASE)
_DELEGATION_LED = lazy_pattern(  # "the Russian delegation was led by", "the Ethiopian side was headed by"
    r"\b(?P<land>(?:[A-Z][\w'’-]*\s+){1,2})(?:delegation|side)\s+(?:was|is|will\s+be)\s+(?:led|headed)\s+by\s"
)
_CLAUSE_STOP = lazy_pattern(r",\s+(?:while|whereas|and\s+the)\s|;")  # where one side's list ends
_REPRESENTED_REACH = 3  # sentences on each side of "X was represented by" whose mentions of X mean those persons
_NAMED_MEMBERS = lazy_pattern(
    r"\s+of\s+(?:the\s+)?(?:two|three|four|five)\s+(?:[\w-]+\s+)?(?:countries|nations|states|governments|powers|guarantors)\s*,\s*", re.IGNORECASE
)
_MEMBERS_FROM = lazy_pattern(r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:ministers|leaders|officials|diplomats|envoys|representatives|delegations)\s+from\s", re.IGNORECASE)
_WORD_BEFORE = lazy_pattern(r"(?<![\w-])([A-Z][\w-]*)\s+$")  # "Arab " in "the Arab summit"
_CO_CHAIRED_GATHERING = lazy_pattern(r"\s+(?:(?:the|a|an|this|their)\s+)?(?:[\w'’-]+\s+){0,4}?(?:summit|conference|forum|gathering)(?![\w-])", re.IGNORECASE)
_BY_REACH = 120  # characters after "chaired by" that may hold the chair's title and name ("Minister of Foreign Affairs Dato' Seri X")
_IN_PRESENCE_OF = lazy_pattern(  # who sits in on talks or brokers them
    r"\b(?:in\s+the\s+presence|under\s+the\s+(?:facilitation|mediation|auspices)|with\s+the\s+mediation)\s+of\s+|\b(?:facilitated|mediated|brokered)\s+by\s+"
)
_PRESENCE_WORDS = ("presence", "facilitat", "mediat", "auspices", "brokered")
_JOINED_BY = lazy_pattern(r",\s*(?:also\s+)?joined\s+by\s+", re.IGNORECASE)
_DETERMINER_BEFORE = lazy_pattern(r"\b(?:the|a|an|his|her|their)\s+$", re.IGNORECASE)
_HE_TALKS = lazy_pattern(r"\b(?:he|she|it|who)\s+$", re.IGNORECASE)
# "In a phone call, X told Y that ...": the comma closes the opening phrase, and whom X told is the other side
_TOLD_AFTER_OPENING = lazy_pattern(r",\s+(?:[\w'’.-]+\s+){0,6}?told\s")
# "Schumer said the meeting would ...", "Wang said X and Y agreed at their meeting": whoever speaks, not a side
# (but "Erdogan said at the meeting that": there)
_SPEAKER_ON = lazy_pattern(
    r"\b(?:said|says|stated|added|warned|argued|insisted|predicted|complained|noted)\s+(?:that\s+)?(?!(?:at|during|after|before|following|on|in|ahead|while|when)\b)",
    re.IGNORECASE,
)
_HOSTED_BEFORE = lazy_pattern(r"\bhost(?:s|ed|ing)?\s+(?:the|this|its)\s+(?:[\w'’-]+\s+){0,3}$")  # "host the (next) [meeting] of":
# a body's session (not "host a trilateral meeting of ministers from A, B and C")
_BEFORE_DATE = lazy_pattern(r"\s*(?:(?:in|on|during)\s+)?")  # "to Washington [in] late October by X"
_BARE_AND = lazy_pattern(r",\s+and\s+(?:(?:also|then|later|subsequently)\s+)?$")  # ", and (also) held talks with"
_AND_THEN = lazy_pattern(r"[^,;.]{0,60}?,?\s+and\s+(?:[a-z]+\s+)?")  # "visited Abuja in August(,) and (later) met"
_WHO_ASIDE = lazy_pattern(r",\s+(?:who|which)\s+[^,]*$")  # "X, who co-chairs the commission between the two countries"
_TO_WHICH = lazy_pattern(r",\s+to\s+which\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)  # ", to which he was (invited by)"
_OWN_INVITATION = lazy_pattern(r"(?:['’]s?)?\s+invitation\b")  # "at Putin's invitation"
_INVITATION = lazy_pattern(r"\b(?:invitation\s+of|invited\s+by|hosted\s+by)\s+(?:the\s+)?", re.IGNORECASE)
# an opening phrase whose subject follows the comma: "During talks with X, Y said", "Arriving in Z, Y met"
_OPENING_PHRASE = lazy_pattern(r"\s*(?:during|in|at|on|after|before|following|ahead\s+of|amid|[a-z]+ing)\s[^,]*$", re.IGNORECASE)
_NOUN_ENDINGS = ("talks", "meeting", "meetings", "call", "conversation")  # "held talks": no direct object follows
_REACH = 300  # characters on each side of a trigger that the rules read (a sentence is rarely longer)
_REACH_MORE = 150  # characters more after the trigger when the sentence ends within them
_MEMORY = 20  # earlier objects of the sentence kept for the subject rules
_SIDELINES_NAME_REACH = 60  # where the gathering's organization is named after "on the sidelines of"
_LONG_NAME = 50  # room for the organization's name to end
_BLOC_SUMMIT_REACH = 40  # "on the sidelines of the emergency Arab summit": where its noun stands
_SUMMIT_WORD = lazy_pattern(r"(?<![\w-])[Ss]ummit(?![\w-])")
_SIDELINES_REACH = 150  # "met X on Friday at a hotel in the Indian port of Goa on the margins of ..."
# a gathering's host in a relative clause: ", which Li hosted on Thursday with the participation of A and B"
HOSTED_AFTER = lazy_pattern(
    r",\s*(?:which|that)\s+(?P<host>(?:[\w'’.-]+\s+){1,4}?)(?:(?P<plan>will|is\s+(?:due\s+|set\s+|expected\s+)?to)\s+(?:host|chair|convene)|hosted|chaired|convened|co-hosted|co-chaired)(?![\w-])",
    re.IGNORECASE,
)
# a gathering's guest in a relative clause: "summit in Kuala Lumpur in May, which Mr X is expected to attend"
ATTENDED_AFTER = lazy_pattern(
    r"[^,;.]{0,80}?,\s*(?:which|that)\s+(?P<guest>(?:[\w'’.-]+\s+){1,4}?)(?P<plan>(?:is|are)\s+(?:expected|due|scheduled|set)\s+to\s+|will\s+|plans?\s+to\s+)?"
    r"(?:attend|attended|attends)(?![\w-])",
    re.IGNORECASE,
)
_TO_PLACE = lazy_pattern(r",?\s+to\s+(?:the\s+)?(?=[A-Z])")  # "welcomed X to London", "to Downing Street"
_TRAVEL_TO = lazy_pattern(
    r"(?<![\w-])(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|head|heads|headed|heading"
    r"|go|goes|went|going|come|comes|came|coming|leave|leaves|left|leaving|depart|departs|departed|departing|arrive|arrives|arrived|arriving"
    r"|land|lands|landed)\s+(?:on\s+)?(?:to|for|in)\s+$"
    r"|(?<![\w-])(?:visit|visits|visited|visiting)\s+$"  # "invited X to visit Egypt next year for the second meeting of the council"
    r"|(?<![\w-])(?:was|were|is|are|be|been|due|expected)\s+in\s+$"  # "was in Beijing last month for a meeting of SCO
    # ministers", "is due in Vientiane on Saturday for the ASEAN summit"
    r"|(?<![\w-])(?:trip|trips|journey|tour|visit|visits)\s+to\s+$",  # "Modi's trip to Tianjin for the SCO summit"
    re.IGNORECASE,
)
_VISIT_ENDINGS = ("visit ", "visits ", "visited ", "visiting ")  # "could visit Seoul" (_TRAVEL_TO reads "a trip to Seoul")
_FOR_BEFORE = lazy_pattern(r"(?<![\w-])for\s+(?:(?:the|a|an|this|next|its|their)\s+)?(?:[\w'’.“”\"+()-]+\s+){0,6}$", re.IGNORECASE)
_GROUP_NUMBER = lazy_pattern(r"(?<![\w-])(?P<n>two|three|four|both)\s+(?P<noun>[a-z-]+)\b", re.IGNORECASE)  # "the two ministers"
_GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4}
_LEADERS = lazy_pattern(  # "both leaders": heads of state or government
    r"\b(?:both|the\s+two|the\s+three|all\s+three)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government))\b", re.IGNORECASE
)
_MINISTERS = lazy_pattern(  # "the two ministers", "the foreign ministers": holders of a minister's (or secretary's) office
    r"\b(?:both|the(?:\s+two|\s+three)?|all\s+three)\s+(?:foreign\s+|defence\s+|defense\s+)?(?:ministers|secretaries)\b", re.IGNORECASE
)
_GROUP_AFTER = 32  # room for "the two foreign ministers" after a trigger ("a telephone conversation between the two leaders")
_BY_NAME = lazy_pattern(r"\s+by\s+(?=[A-Z])")  # "a visit to Tokyo by President X"
_THE_LAND_CAPITAL = lazy_pattern(r"(?:\s+to)?\s+the\s+(?P<land>[A-Z][\w'’-]+)\s+capital(?![\w-])(?!,?\s+(?:of\s+)?[A-Z])")  # "the French capital"
_VISIT_OF = lazy_pattern(r"\s+of\s+(?=[A-Z])")  # "the visit of President X to Y"
_TO_AFTER = lazy_pattern(r",?\s+to\s+(?:(?:return|come(?:\s+back)?)\s+to\s+)?(?:the\s+)?(?=[A-Z])")  # ("to come back to Ireland")
_LEADER_ROLE = lazy_pattern(r"(?<!vice )(?<!vice-)(?<!deputy )\b(?:president|prime minister|premier|chancellor|taoiseach|king|emir|amir|sultan)\b", re.IGNORECASE)
_MOUTHPIECE_ROLE = lazy_pattern(r"(?<![\w-])(?:aide|spokes(?:man|woman|person)|press\s+secretary|adviser|advisor)(?![\w-])", re.IGNORECASE)
_SPEECH_VERB = lazy_pattern(r"(?<![\w-])(?:said|says|added|adds|noted|notes|told|tells|stated|announced|confirmed)(?![\w-])", re.IGNORECASE)
_PERSONAL_PRONOUN = lazy_pattern(r"(?<![\w-])(?:he|she|they|we|I)(?![\w-])", re.IGNORECASE)
_BARE_ATTEND = lazy_pattern(r"\s*(?:(?:in\s+person|virtually|online|remotely|by\s+video(?:\s+link)?|as\s+well|too)\s*)?(?:[,.;]|$)", re.IGNORECASE)
_DUE_TO = lazy_pattern(r"\b(?:is|are)\s+(?:also\s+)?(?:due|expected|set|scheduled)\s+to\s+$", re.IGNORECASE)  # (not "had been expected to")
_RELATIVE_BEFORE = lazy_pattern(r"\b(?:which|that)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)  # "the summit, which he will attend"
_THE_CITY_GATHERING = lazy_pattern(r"\s+the\s+([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+(?:summit|meeting|talks|conference|forum)\b")
_AT_THE_BEFORE = lazy_pattern(r"\bat\s+the\s+$", re.IGNORECASE)
_THE_EVENT_BEFORE = lazy_pattern(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|conference|forum|session),?\s+$", re.IGNORECASE)
# words every match of the "sidelines" word class (words.tsv) holds: where none stands, it need not be tried
SIDELINES_STEMS = ("sidelines", "margins", "fringe", "summit", "forum", "assembly", "conference", "gathering")
# words every match of the "group" word class holds ("the two leaders", "both sides", "the pair", "they")
GROUP_STEMS = (
    "two", "both", "three", "leaders", "heads", "presidents", "prime", "premiers", "chancellors", "ministers", "pair", "counterparts", "diplomats", "they",
    "agreed", "decided",
)
_PLURAL_CONTACTS = lazy_pattern(r"\b(?:summits|meetings|calls|phone\s+calls|bilaterals)\b", re.IGNORECASE)  # one each (not "talks")
_SEPARATELY_AFTER = lazy_pattern(  # "with A and B separately", "met A and B of the Syrian Arab Republic, in separate meetings"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?"
    r"(?:\s+(?:in|on|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}){0,2},?\s+" + sides.SEPARATE_WAYS + r"\b",  # ("in X on Monday")
    re.IGNORECASE,
)
_WHOM_BEFORE = lazy_pattern(r",\s+whom\s+(?:[\w'’-]+\s+){1,3}$")  # ", whom he had [received]"
_THREE_WAY = lazy_pattern(r"\b(?:trilateral|three-way|tripartite)\b", re.IGNORECASE)  # a meeting of three, by its name
_THREE_WAY_STEMS = ("trilateral", "three-way", "tripartite")
_SUMMIT_BEFORE = lazy_pattern(r"\bsummit\s+(?:to\s+be\s+|(?:is|was|will\s+be)\s+)?$", re.IGNORECASE)  # "a trilateral summit [to be] hosted by"
_TALKS_WORD = lazy_pattern(r"(?<![\w-])talks(?![\w-])", re.IGNORECASE)  # "X holds talks with Y" (in a headline)
_THEIR_OWN_NOUN = lazy_pattern(r"(?<![\w-])[Tt]heir\s+(?:[a-z]+\s+){0,2}$")  # "their planned meeting"
_THEIR_SIDES = lazy_pattern(  # "their leaders will meet", "their foreign ministers are due to hold talks"
    rf"\b[Tt]heir\s+(?:top\s+)?(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|(?:(?:{_OFFICE})\s+)?ministers|governments|envoys|diplomats)"
    r"\s+(?:[a-z]+\s+){0,3}$"
)
_DELEGATES = lazy_pattern(r"(?<!prime\s)ministers|governments|envoys|diplomats")  # a group that stands for others, not their leaders
_DELEGATES_FROM = lazy_pattern(  # "Officials from the two countries", "Senior diplomats of both sides": a group that
    r"(?:(?:Senior|Top|Some)\s+)?(?:[Oo]fficials|[Dd]elegations|[Dd]iplomats|[Ee]nvoys|[Nn]egotiators|[Rr]epresentatives)\s+(?:from|of)\s+"
)  # opens its sentence behind those it stands for
_THE_TWO = lazy_pattern(r"(?<![\w-])the\s+two\s+$", re.IGNORECASE)  # "when the two met": the group, its verb the trigger
_OF_THE = lazy_pattern(r"\s+of\s+(?:the\s+)?")  # "the meeting of the SCO Council"
_WHERE_AFTER = lazy_pattern(r",\s*where\s")  # the place a trip went to, and what was done there ("visited Kyiv, where he urged X")
_FELLOW_REACH = 60
_ATTEND_SKIP = 30  # characters after an attended gathering's name that still belong to it ("G20 Leaders' meeting")


@dataclass(slots=True)
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
    leaders: bool = False  # "both leaders": the group names heads of state or government
    heads: dict = field(default_factory=dict)  # and then each land's leader the story names, by country code
    ministers: bool = False  # "the two ministers": the group names ministers
    lands: frozenset = frozenset()  # "Relations between Ankara and Cairo ... the two presidents": the lands the group's sentence names
    group_size: int = 0  # "the two ministers": 2, "the three sides": 3 (0: no number said)
    of_sides: bool = False  # "the three sides last met": the states, not the persons met last
    joins: bool = False  # "the talks were later widened to include X and Y": they join the meeting before
    meal: str = ""  # "also attended the lunch": the meal joined ("lunch"), told before
    bare: bool = False  # "which Y is also expected to attend.": the verb alone, what it attends told before it
    sequel: bool = False  # "in a separate meeting with": on the occasion of the meeting before
    three_way: bool = False  # "a trilateral meeting": a meeting of three by its name
    edition_number: str | None = None  # "the 44th GCC summit": its number, which no other numbered edition shares
    onward: bool = False  # "attend the forum before leaving for Japan": a trip after the contact told before it
    paired: bool = False  # "talks between X and Y": exactly two sides, even when one is an organization
    named_gathering: bool = False  # "attended the Cairo Peace Summit": a gathering of its own, whoever else is named
    travelled: bool = False  # "travelled to Beijing for a meeting of SCO ministers": its persons went there to attend
    earlier_round: bool = False  # "the last such meeting", "last met": an earlier round of a recurring contact
    other_round: bool = False  # "since the first summit in Xi'an in May 2023": a round long before, no mention of this one
    hosts_talks: bool = False  # "Oman will host US-Iran talks": the talks named after it are this mention
    talks_with: bool = False  # "hosted X for talks with Y": the talks named after the guest are this mention
    fallback: list[Party] = field(default_factory=list)  # the sides of "they" when no meeting came before
    fallback_date: dict | None = None  # and the day the sentence naming them gives
    resumed: bool = False  # "agreed to continue their talks": the talks told before taken up again (a new round when planned)
    next_round: bool = False  # "their first summit in X and a second in Y": the second, the pair's own like the first
    hosts_summit: bool = False  # "hosted A and B for the trilateral summit": leaders of three lands at the summit told before
    edition: bool = False  # "the previous summit, hosted by X": another edition of the bloc's gathering, one of its own
    lands_ahead: bool = False  # "ahead of the India-US summit": the two lands' gathering still to come, one of its own
    named_last: tuple[tuple[str, int], ...] = ()  # "the pair": the persons named before it (and where), the latest first
    objects: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
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
    at_gathering: bool = False  # a noun trigger naming where something else happened (``_at_gathering``)
    between: bool = False
    anaphoric: bool = False
    group: bool = False
    unnamed: bool = False
    of_countries: bool = False
    gathering: bool = False  # the trigger's object is a gathering named in capitals ("the Cairo Peace Summit")
    hosts_talks: bool = False  # "Oman will host US-Iran talks": the host and the sides of the talks
    talks_with: bool = False  # "hosted X in Paris for trilateral talks with Y": Y joins the host and the guest
    delegation: bool = False  # "received a delegation from the African Union": talks with one body's envoys, no summit
    joining: bool = False  # "X also attended the meeting": X joins the meeting reported before
    meal: str = ""  # "also attended the lunch": the meal it joins
    bare: bool = False  # "Y is also due to attend.": the verb alone
    reported: bool = False  # "The talks with X covered ...": the talks with X reported before, no other side here
    fallback: list[Mention] = field(default_factory=list)
    visitors: list[Mention] = field(default_factory=list)  # "the visit of X to Y", "the call that X had with Y": X, named after the noun
    inviters: list[Party] = field(default_factory=list)  # "X invited Y to visit Z": X, a head of state or government
    destination: Mention | None = None  # "invited Y to Ankara": where the planned meeting is to be held
    trip_place: Mention | None = None  # "travelled to Davos for the World Economic Forum": where the gathering was
    inviters_out: list[Mention] = field(default_factory=list)  # "Minister X invited him to visit Y": X, no side of the trip
    sworn_in: bool = False  # "to attend his swearing-in": the one sworn in, whom "his" names, hosts the attendee
    hosted_by: bool = False  # "the BRICS summit hosted by Russia": the host is named after the trigger


def find_mentions(doc: Document) -> list[MeetingMention]:
    """Every trigger of every sentence that is not negated, as a mention (parties may be missing)."""
    _, rules, _ = trigger_source()
    lowered = doc.lower is not None and _triggers_have_twin()  # the same spans; quicker on the lowercased text
    scanned = (None, doc.lower) if lowered else (trigger_rules()[0], doc.text)  # (lowercased: the rules of each word)
    found: list[MeetingMention] = []
    heads = list(trigger_heads(doc.lower is not None).finditer(doc.lower or doc.text))
    starts = [head.start() for head in heads]
    words = [head.group() for head in heads] if lowered else None  # (on the lowercased text: the rules each word can start)
    for index, sentence in enumerate(doc.sentences):
        matches = [(m, rules[int(m.lastgroup[1:])]) for m in _scan(*scanned, starts, sentence, words)]
        if not matches:
            continue  # (most sentences hold no trigger)
        headline = doc.is_headline(index)
        objects: list[Mention] = []
        skip_until = -1  # "attend the APEC Economic Leaders' meeting": the gathering's own name is no new trigger
        venues = {  # noun triggers naming where something else happened ("met at the G20 summit"), by start
            m.start() for m, rule in matches
            if rule.frame == "noun" and _at_gathering(doc, sentence, m.span(), m.group().lower(), m.start() > matches[0][0].start())
        }
        spans = [m.span() for m, _ in matches if m.start() not in venues]  # the triggers that report something of their own
        for match, rule in matches:
            trigger = match.span()
            right = trigger[1] + _REACH
            reach = (max(sentence[0], trigger[0] - _REACH), sentence[1] if sentence[1] <= right + _REACH_MORE else right)  # (a long list of
            # attendees is read to its end, a longer sentence only so far)
            if trigger[0] < skip_until:
                continue
            near = spans[bisect_left(spans, (reach[0], 0)) : bisect_left(spans, (reach[1], 0))]
            in_call = doc.find(_IN_A_CALL, trigger[1], min(reach[1], trigger[1] + _REMOTE_REACH), ("phone", "video")) if rule.frame == "sym" else None
            if in_call is not None:  # "the two presidents discussed X in a phone call last month": the call is this
                near = [o for o in near if not in_call.start() <= o[0] < in_call.end()]  # trigger's, with its day
            reading = Reading(
                doc, index, reach, trigger, rule.frame, rule.kind, match.group().lower(), headline, objects[-_MEMORY:], near, matches[0][0].start(),
                at_gathering=trigger[0] in venues,
            )
            mention = _read(reading)
            if mention is None:
                continue
            doc.with_contacts.add(index)  # (a negated contact too: "A did not meet B. The two ministers ...")
            if setting.is_negated(doc, reach, trigger):  # (negation is dearer to test: last)
                continue
            mention.sentence = sentence
            if found and found[-1].sentence == sentence and not _later_plan(doc, found[-1], mention) and (
                doc.find(_AND_TO, max(sentence[0], trigger[0] - 12), trigger[0])
                or found[-1].status == "planned" and rule.frame == "verb" and doc.text.endswith(" and ", 0, trigger[0])
                or found[-1].frame == rule.frame == "visit" and doc.find(_ON_A_TRIP, max(found[-1].end, trigger[0] - 40), trigger[0])
                or found[-1].status == "planned" and rule.frame in ("noun", "visit") and doc.find(_WITHIN_PLAN, max(found[-1].end, trigger[0] - 40), trigger[0])
                or _for_purpose(doc, max(found[-1].end, trigger[0] - 40), trigger[0]) and ", and " not in doc.text[found[-1].end : trigger[0]]
            ):  # (not "met X in Cairo on Saturday, and is due in Accra on Monday for talks with Y": a clause of its own)
                mention.status = found[-1].status  # "planned to call him on Monday and (to) meet him on Thursday",
                # "plans to visit Tokyo next month for a follow-up meeting", "is to arrive in Dhaka on May 2 on a two-day visit"
            if found and found[-1].sentence == sentence:
                _on_the_trip(doc, found[-1], mention)
                _onward_leg(doc, found[-1], mention)
                _trip_purpose(doc, found[-1], mention)
                _trip_to_meet(doc, found[-1], mention)
                if not mention.anaphoric and rule.frame in ("verb", "call") and (not mention.parties or _only_its_gathering(found[-1], mention)):
                    _shares_subject(doc, found[-1], mention)
                elif rule.frame in ("verb", "host", "call", "callon") and mention.objects:
                    _subject_of_before(doc, found[-1], mention)
            if found and found[-1].sentence == sentence and _earlier_trips_of(doc, found[-1], mention):
                found += _each_trip(doc, found[-1], mention)
                continue
            found += _separately(doc, mention) + _also_with(doc, mention) + _next_round(doc, mention)
            objects += mention.objects
            if in_call is not None:  # (the call noun is read with it, not again)
                mention.kind, skip_until = "call", in_call.end()
            if (rule.frame == "attend" or mention.hosts_talks or mention.talks_with) and mention.objects:
                skip_until = mention.objects[-1].end + _ATTEND_SKIP
                comma = doc.text.find(",", mention.objects[-1].end, skip_until)
                skip_until = comma if comma >= 0 else skip_until  # (not past the clause: "X, who is attending the ASEAN talks,
                # met Y", "where he arrived to take part in the SCO summit, X had a meeting with Y")
            elif rule.frame == "host" and mention.objects and (purpose := _GUESTS_FOR_TALKS.match(doc.text, mention.objects[-1].end, sentence[1])):
                skip_until = purpose.end()  # "hosted A and B in Ohrid on Saturday for talks": the talks are the hosting
                if purpose.group("summit") and len({p.country for p in mention.parties} - {None}) >= 3:
                    mention.kind = "summit"  # "hosted A and B for a trilateral summit": a gathering of three lands
                comma = doc.text.find(",", purpose.end(), sentence[1])  # (a day of its own, before any aside)
                told = bool(purpose.group("told")) and mention.status == "held" and not doc.dates_in(purpose.end(), comma if comma >= 0 else sentence[1])
                mention.joins = mention.joins or told  # "hosted A and B for the talks": those told before (not "hoped to
                # welcome X for the annual summit later this year": a summit to come)
                mention.hosts_summit = told and purpose.group("told").endswith("summit") and len({p.country for p in mention.parties} - {None}) >= 3
            elif mention.objects and sides.SEPARATE_ASIDE.match(doc.text, trigger[1], mention.objects[0].start):
                skip_until = mention.objects[0].start  # "received, in separate meetings, A and B": the aside's noun is no meeting of its own
            elif mention.objects and (tail := _SEPARATELY_AFTER.match(doc.text, mention.objects[-1].end, sentence[1])):
                skip_until = tail.end()  # "met A and B in separate meetings": nor is the noun after them
            elif rule.frame == "attend" and mention.joins:  # "also attended the meeting": no new meeting
                the = _THE_GATHERING.match(doc.text, trigger[1])
                skip_until = the.end() if the else skip_until
    calls = {m.sentence for m in found if m.kind == "call"}
    headline = doc.sentences[0] if doc.sentences and doc.is_headline(0) else None
    for mention in found:
        if mention.frame == "sym" and not mention.anaphoric and mention.sentence in calls:
            mention.kind = "call"  # "Turkish, Malaysian foreign ministers discuss Gaza in phone call": what they said on it
        elif (mention.frame == "sym" or _TALKS_WORD.search(doc.text, mention.start, mention.end)) and mention.sentence == headline and _only_called(found, mention):
            mention.kind = "call"  # "X, Y discuss partnership", "X holds talks with Y" over a story of their phone call: that call
        if len(mention.parties) >= 2 and all(p.type == "GPE" for p in mention.parties) and _of_leaders(doc, mention):
            mention.parties = _leaders_of(doc, mention.parties) or mention.parties  # "ahead of leaders' meeting"
        elif mention.status == "planned" and _prepared_by_ministers(mention) and _of_leaders(doc, mention):
            lands = states_of(mention.parties)  # "the ministers discussed preparations for the leaders' meeting": theirs
            mention.parties = _leaders_of(doc, lands) or lands
        elif len(mention.parties) >= 2 and all(p.type == "GPE" for p in mention.parties) and " ministers " in doc.text[max(0, mention.start - 50) : mention.start]:
            mention.parties = _their_ministers(doc, mention) or mention.parties  # "their foreign ministers will meet"
        if mention.leaders:
            mention.heads = _heads_named(doc)  # "a call between the two heads of state", after their ministers' talks
        if mention.frame == "noun" and " ministers of " in doc.text[mention.end : mention.end + 40]:
            mention.parties = union(mention.parties, _ministers_of(doc, mention))  # "a meeting of the foreign ministers of A, B and C"
    for index, party, persons in _representatives(doc):
        near = (doc.sentences[max(0, index - _REPRESENTED_REACH)][0], doc.sentences[min(len(doc.sentences) - 1, index + _REPRESENTED_REACH)][1])
        for mention in found:
            at = next((i for i, p in enumerate(mention.parties) if p == party or p.type == party.type == "GPE" and p.country == party.country), None)
            if near[0] <= mention.start < near[1] and at is not None:  # ("the US delegation": the United States)
                mention.parties = dedupe([*mention.parties[:at], *persons, *mention.parties[at + 1 :]])
    return found


def _only_called(found: list[MeetingMention], mention: MeetingMention) -> bool:
    """Whether the sides of MENTION, with no place or day of its own, have a call told of them and no other contact held."""
    if mention.place or mention.date or len(mention.parties) < 2:
        return False
    kinds = {m.kind for m in found if m is not mention and not m.anaphoric and m.status == "held" and _same_sides(m.parties, mention.parties)}
    return kinds == {"call"}


def _same_sides(told: list[Party], sides: list[Party]) -> bool:
    """Whether TOLD are SIDES, one by one, a land SIDES name by its leader's title standing for a person of it
    ("Mexican President holds talks with Trump": the President the body names)."""

    def alike(p: Party, q: Party) -> bool:
        return p.name == q.name or q.type == "GPE" and q.via_adjective and p.type == "PERSON" and p.country == q.country

    return len(told) == len(sides) and all(any(alike(p, q) for q in sides) for p in told) and all(any(alike(p, q) for p in told) for q in sides)


@lru_cache(maxsize=1)
def _triggers_have_twin() -> bool:
    """Whether the trigger alternation has a ``case_twin``: on a lowercased text the rules of each word run then."""
    return has_twin(trigger_source()[0], re.IGNORECASE)


def _lands_named(doc: Document, start: int, end: int) -> frozenset:
    """The countries two or more places or states named in START..END stand for ("between Ankara and Cairo"), else none."""
    lands = frozenset(m.party.country for m in doc.mentions_in(start, end) if m.party is not None and m.party.type == "GPE" and m.party.country)
    return lands if len(lands) >= 2 else frozenset()


def _of_leaders(doc: Document, mention: MeetingMention) -> bool:
    """Whether MENTION's trigger names a meeting of leaders ("leaders' meeting", "a meeting between their top leaders")."""
    return bool(
        doc.find(_LEADERS_BEFORE, max(mention.sentence[0], mention.start - 20), mention.start, ("leaders",))
        or "leaders" in doc.text[mention.end : mention.end + 30] and _LEADERS_AFTER.match(doc.text, mention.end, mention.sentence[1])
    )


def _prepared_by_ministers(mention: MeetingMention) -> bool:
    """Whether MENTION's sides are two or more persons of two or more lands, none of them a head of state or
    government: those who speak of a leaders' meeting to come, not its sides."""
    persons = [p for p in mention.parties if p.type == "PERSON" and p.country and not _LEADER_ROLE.search(p.role or "")]
    return len(persons) == len(mention.parties) >= 2 and len({p.country for p in persons}) >= 2


def _leaders_of(doc: Document, lands: list[Party]) -> list[Party]:
    """The one head of state or government the document names for each of LANDS, in their order; [] unless each has
    exactly one."""
    heads = _heads_named(doc)
    return [heads[p.country] for p in lands] if all(p.country in heads for p in lands) else []


def _heads_named(doc: Document) -> dict[str, Party]:
    """The head of state or government the document names for each land that has exactly one, by country code."""
    if "heads_named" not in doc.cache:
        leaders: dict[str, list[Party]] = {}
        for m in doc.mentions:
            p = m.party
            if p is not None and p.type == "PERSON" and p.country and _LEADER_ROLE.search(p.role or "") and p not in leaders.get(p.country, []):
                leaders.setdefault(p.country, []).append(p)
        doc.cache["heads_named"] = {land: people[0] for land, people in leaders.items() if len(people) == 1}
    return doc.cache["heads_named"]


def _ministers_of(doc: Document, mention: MeetingMention) -> list[Party]:
    """"a trilateral meeting of the foreign ministers of Pakistan, China and Afghanistan": for each land listed, the
    one person the document names with that office for it; [] unless each has exactly one."""
    found = _MINISTERS_OF.match(doc.text, mention.end, mention.sentence[1])
    lands = [m.party for m in sides.object_side(doc, mention.sentence, found.end(), places_ok=True)] if found else []
    if len(lands) < 2 or any(p.type != "GPE" for p in lands):
        return []
    return _holders_of(doc, lands, found.group("office"))


def _their_ministers(doc: Document, mention: MeetingMention) -> list[Party]:
    """"Chile and Peru agreed that their foreign ministers will meet": the one person the document names with that
    office for each of the mention's lands; [] unless each has exactly one."""
    found = doc.find(_THEIR_MINISTERS, max(mention.sentence[0], mention.start - 50), mention.start, ("ministers",))
    return _holders_of(doc, mention.parties, found.group("office")) if found else []


def _holders_of(doc: Document, lands: list[Party], office: str) -> list[Party]:
    """The one minister the document names with OFFICE ("foreign", "defence") for each of LANDS, in their order; []
    unless each has exactly one."""
    office = office.lower()[:5]  # "defence", "defense": "defen"
    holders: dict[str, list[Party]] = {p.country: [] for p in lands}
    for m in doc.mentions:
        p, role = m.party, (m.party.role or "").lower() if m.party is not None else ""
        if p is not None and p.type == "PERSON" and p.country in holders and office in role and "minister" in role and p not in holders[p.country]:
            holders[p.country].append(p)
    return [people[0] for people in holders.values()] if all(len(people) == 1 for people in holders.values()) else []


def _representatives(doc: Document) -> list[tuple[int, Party, list[Party]]]:
    """"The EU was represented by A and B", "The US delegation was headed by A and included B, while the Russian
    delegation was led by C": the persons who stand for a state or body at the meeting the story tells around that
    sentence, as (sentence index, that side, its persons)."""
    lowered = doc.lower or doc.text.lower()
    if "represented by" not in lowered and " delegation was " not in lowered and " side was " not in lowered:
        return []  # (the cheap test first: most stories say nothing of the kind)
    out = []
    for index, sentence in enumerate(doc.sentences):
        found = doc.find(_REPRESENTED_BY, *sentence, ("represented",))
        if found is not None:
            sides_before = [m for m in doc.mentions_in(sentence[0], found.start()) if sides.eligible(m)]
            persons = dedupe([m.party for m in sides.all_persons(doc, (found.end(), sentence[1])) if not m.possessive])
            if len(sides_before) == 1 and sides_before[0].party.type != "PERSON" and persons:
                out.append((index, sides_before[0].party, persons))
            continue
        led = list(_DELEGATION_LED.finditer(doc.text, *sentence)) if doc.may_hold(*sentence, (" delegation was ", " side was ")) else []
        for match, after in zip(led, [*(m.start() for m in led[1:]), sentence[1]]):
            land = next((m.party for m in doc.mentions_in(*match.span("land")) if m.party is not None and m.party.type == "GPE"), None)
            stop = _CLAUSE_STOP.search(doc.text, match.end(), after)
            persons = dedupe([m.party for m in sides.all_persons(doc, (match.end(), stop.start() if stop else after)) if not m.possessive])
            if land is not None and persons:  # "The US delegation was headed by A and included B": A and B, for the US
                out.append((index, land, persons))
    return out


def _separately(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    """"held separate talks with A and B", "met separately with A and B": one meeting with each object."""
    if len(mention.objects) < 2:
        return [mention]  # (the cheap test first: most triggers have one object)
    stops = _cities_of_one_land(mention)
    if stops:  # "visited Baghdad and Erbil in April": one visit to each city
        return [replace(mention, place=setting.place_dict(m), objects=[m]) for m in stops]
    guests = dedupe([m.party for m in mention.objects if m.party is not None])
    hosts = [p for p in mention.parties if p not in guests]
    if len(guests) < 2 or not hosts:
        return [mention]
    days = _each_on_its_day(doc, mention, guests)
    if days:  # "received A and B this week – A on Monday and B on Thursday"
        return [replace(mention, parties=[*hosts, guest], date=days[guest.name], objects=[m for m in mention.objects if m.party == guest]) for guest in guests]
    if mention.frame == "attend" and all(p.multilateral for p in guests) and (
        _PLURAL_GATHERING.match(doc.text, mention.objects[-1].end, mention.sentence[1])
        or len(_gatherings_listed(doc, mention.objects[0], mention.sentence[1])) > 1
    ):  # "attend the BRICS and SCO summits", "the G20 ministers' meeting and the ARF": one summit each (not "a joint
        # summit of the EAC and SADC"), each in the city named after it ("the APEC summit in Lima and the G20 summit in Rio")
        named = [next(m for m in mention.objects if m.party == guest) for guest in guests]
        ends = [m.start for m in named[1:]] + [min(mention.sentence[1], named[-1].end + _REACH)]
        return [
            replace(mention, parties=[*hosts, guest], objects=[m for m in mention.objects if m.party == guest], place=setting.named_place(doc, m.end, end) or mention.place)
            for guest, m, end in zip(guests, named, ends)
        ]
    if _one_city_each(mention, guests):  # "who visited Bamako and Ouagadougou in May": one trip to each
        return [
            replace(mention, parties=[*hosts, guest], place=setting.place_dict(next(m for m in mention.objects if m.party == guest)), objects=[m for m in mention.objects if m.party == guest])
            for guest in guests
        ]
    stops = _stop_of_each(doc, mention, guests)
    if stops:  # "made a tour of Berlin, Paris and Brussels, meeting A, B and C": A in Berlin, B in Paris, C in Brussels
        days = doc.dates_in(mention.sentence[0], mention.start)  # (on the tour's day)
        date = mention.date or (setting.day_of(days[-1]) if days else None)
        return [
            replace(mention, parties=[*hosts, guest], place=setting.place_dict(stop), date=date, objects=[m for m in mention.objects if m.party == guest])
            for guest, stop in zip(guests, stops)
        ]
    if _one_call_each(doc, mention, guests):  # "Trump says he spoke with Putin and Zelensky": two calls
        return [replace(mention, parties=[*hosts, guest], objects=[m for m in mention.objects if m.party == guest]) for guest in guests]
    if _host_country_round(doc, mention, hosts, guests):  # "met Party chief A, Prime Minister B and Assembly Chairman C"
        return [replace(mention, parties=[*hosts, guest], objects=[m for m in mention.objects if m.party == guest]) for guest in guests]
    first = mention.objects[0].start
    apart = doc.find(_SEPARATE, max(mention.sentence[0], mention.start - 30), mention.end + 12) or doc.find(
        _EACH, max(mention.sentence[0], mention.start - 30), first
    )  # "bilateral meetings with A and B", "20 meetings, including with A and B"
    apart = apart or doc.find(sides.APART_WITH, mention.objects[0].end, mention.objects[-1].start)  # "with A, and separately with B"
    apart = apart or _SEPARATELY_AFTER.match(doc.text, mention.objects[-1].end, mention.sentence[1])  # "with A and B separately"
    apart = apart or sides.SEPARATE_ASIDE.match(doc.text, mention.end, first)  # "received, in separate meetings, A and B"
    plural = _PLURAL_CONTACTS.search(doc.text, mention.start, mention.end)  # "holds summits with Tanzanian, Ghanaian leaders"
    if not (apart or plural):
        return [mention]
    kind = "meeting" if mention.kind == "summit" and not any(p.multilateral for p in guests) else mention.kind  # (a summit of two)
    return [replace(mention, kind=kind, parties=[*hosts, guest], objects=[m for m in mention.objects if m.party == guest]) for guest in guests]


def _also_with(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    """"talks with A in X on Sunday and with B in Y on Monday": a meeting of the same subject with B, at the
    place and on the day named after B (a second object after A's own place or day)."""
    if not mention.objects or mention.kind == "call" or " and " not in doc.text[mention.objects[-1].end : mention.sentence[1]]:
        return []  # (the cheap test first)
    link = _AND_WITH.match(doc.text, mention.objects[-1].end, mention.sentence[1])
    if link is None and mention.frame == "host" and doc.text.startswith(" by ", mention.end):  # "was received by A in X
        link = _AND_LATER_BY.match(doc.text, mention.objects[-1].end, mention.sentence[1])  # and later by B in Y"
    bare = None if link or mention.frame != "verb" else _AND_BARE.match(doc.text, mention.objects[-1].end, mention.sentence[1])
    again = _AND_AGAIN_WITH.match(doc.text, mention.objects[-1].end, mention.sentence[1]) if mention.frame == "verb" else None
    if link is None and bare is None and again is None:
        return []
    own_day = doc.dates_in(mention.objects[-1].end, (link or bare or again).end())
    own_place = bool(_OWN_PLACE.match(doc.text, mention.objects[-1].end))
    repeated = False  # the "with" said again with no setting of A's own
    if not (own_day or (link or bare) and own_place):
        if again is None:
            return []  # (no place or day of A's own between: "with A and his aide, and with B" is one meeting)
        link, bare, repeated = again, None, True  # "met with A, the only EU leader there, and with B": a meeting each
    guests = sides.object_side(doc, mention.sentence, (link or bare).end())
    hosts = [p for p in mention.parties if not any(same_side(p, m.party) for m in mention.objects)]
    if not guests or not hosts or any(m.party in mention.parties for m in guests) or bare and sides.opens_clause(doc, guests[-1]):
        # ("met Xi in June, and Yellen visited Beijing in July": Yellen's own clause)
        return []
    end = min(mention.sentence[1], guests[-1].end + _OWN_SETTING_REACH)
    place = next((m for m in doc.mentions_in(guests[-1].end, end) if m.venue_like), None)
    day = _first_date(doc, (guests[-1].end, end))
    date = day or (None if own_day else mention.date)  # ("On Sunday he was received by A in X and later by B in Y": the
    # day told before both)
    if bare and (day is None and not (own_place and place) or not all(m.party is not None and m.party.type == "PERSON" for m in guests)):
        return []  # "met A in Tokyo on Monday and B in Seoul on Tuesday", "A in Belgrade and B in Pristina": B with a day
        # (or place) of B's own, else "A and B" met
    return [replace(
        mention, parties=dedupe([*hosts, *(m.party for m in guests)]), objects=guests, start=(link or bare).start(), end=(link or bare).end(),
        place=setting.place_dict(place) if place else mention.place if repeated or bare else None, date=date,
    )]  # (B with no place of B's own meets where A did: "met A in Tianjin on Sunday and B on Monday")


def _next_round(doc: Document, mention: MeetingMention) -> list[MeetingMention]:
    """"following their first summit in Sochi in January and a second in Istanbul in April": the pair's
    next round, at the place and on the day named after "a second" (none when the words do not follow)."""
    if mention.frame != "noun" or not doc.find(_FIRST_ROUND_BEFORE, max(mention.sentence[0], mention.start - 15), mention.start):
        return []
    link = _AND_A_NEXT.match(doc.text, mention.end, mention.sentence[1])
    if link is None:
        return []
    end = min(mention.sentence[1], link.end() + _OWN_SETTING_REACH)
    place = next((m for m in doc.mentions_in(link.end(), end) if m.venue_like), None)
    day = _first_date(doc, (link.end(), end))
    if place is None and day is None:
        return []
    return [replace(mention, start=link.start("ordinal"), end=link.end("ordinal"), next_round=True, place=setting.place_dict(place) if place else None, date=day)]


def _listed_orgs(doc: Document, org: Mention, end: int) -> list[Mention]:
    """ORG and the organizations listed after it ("BRICS and Shanghai Cooperation Organisation (SCO)"), one mention
    each, before END."""
    listed = [org]
    for m in doc.mentions_in(org.end, end):
        if m.party is None or m.party.type != "ORG" or not _ORG_LINK.fullmatch(doc.text, listed[-1].end, m.start):
            break
        if m.party != listed[-1].party:
            listed.append(m)
        else:
            listed[-1] = m  # "(SCO)" after its full name: the same organization, named again
    return listed


def _gatherings_listed(doc: Document, org: Mention, end: int) -> list[Mention]:
    """ORG and the organization after it when each is told as a gathering of its own ("the G20 foreign ministers'
    meeting and the ASEAN Regional Forum"), before END; else ORG alone."""
    link = _GATHERING_THEN_AND.match(doc.text, org.end, end)
    after = next((m for m in doc.mentions_in(link.end(), end) if m.party is not None), None) if link else None
    if after is None or after.start != link.end() or after.party.type != "ORG" or not after.party.multilateral:
        return [org]
    named = _ABBREVIATION_AFTER.match(doc.text, org.end)  # (the noun after the short name)
    if not _is_gathering(doc, org, named.end() if named else link.start(), link.end()):
        return [org]
    return [org, after] if _is_gathering(doc, after, after.end, end) else [org]


def _is_gathering(doc: Document, org: Mention, start: int, end: int) -> bool:
    """Whether ORG is told as a gathering: by its name ("ASEAN Regional Forum") or by a gathering noun after it."""
    return bool(_GATHERING_NAME.search(org.party.name) or _GATHERING_AFTER.match(doc.text, start, end))


def _one_city_each(mention: MeetingMention, lands: list[Party]) -> bool:
    """Whether a trip names one city in each of two or more countries ("visited Bamako and Ouagadougou"): a
    visit to each (not "Tel Aviv, Jerusalem and Ramallah", two of them in one country, nor a list of countries)."""
    if mention.frame != "visit" or len(mention.objects) != len(lands) or not all(p.type == "GPE" for p in lands):
        return False
    return not any(m.entity.get("code") for m in mention.objects)  # (cities: "a tour of Ghana and Togo" is one trip)


def _stop_of_each(doc: Document, mention: MeetingMention, guests: list[Party]) -> list[Mention]:
    """The cities of a tour its sentence names before ", meeting A, B and C", one for each guest in turn (a guest's
    own land's city where the guest has a land), when there are as many cities as guests, each in another land."""
    if not doc.text.endswith(", ", mention.sentence[0], mention.start) or not all(p.type == "PERSON" for p in guests):
        return []
    cities = [m for m in doc.mentions_in(mention.sentence[0], mention.start) if m.party is not None and m.entity.get("kind") == "city"]
    if len(cities) != len(guests) or len({m.party.name for m in cities}) != len(cities):
        return []
    stops: list[Mention] = []
    for guest in guests:  # (its land's city, else the next city no guest took)
        stop = next((m for m in cities if guest.country and m.party.country == guest.country and m not in stops), None)
        stop = stop or next((m for m in cities if m not in stops and not any(g.country == m.party.country for g in guests)), None)
        if stop is None:
            return []
        stops.append(stop)
    return stops


def _cities_of_one_land(mention: MeetingMention) -> list[Mention]:
    """The cities a trip goes to when it names two or more, all of one country ("visited Baghdad and Erbil",
    "visits to Riyadh and Makkah"), each once; [] otherwise (one city, a country or region named: "Palm Beach,
    Florida"; "Tel Aviv, Jerusalem and Ramallah" across two lands: one tour)."""
    if mention.frame != "visit" or not all(m.party is not None and m.entity.get("kind") == "city" for m in mention.objects):
        return []
    if len({m.party.name for m in mention.objects}) != 1:
        return []
    cities: dict[str, Mention] = {}
    for m in mention.objects:  # (in the text's order: the first naming of each city)
        cities.setdefault(setting.place_dict(m)["name"], m)
    return list(cities.values()) if len(cities) > 1 else []


def _one_call_each(doc: Document, mention: MeetingMention, guests: list[Party]) -> bool:
    """Whether one side "spoke with" two or more persons of different countries: two-way talks, one with each (not
    "a telephone conversation with A and B", "a video conference with A and B", "a three-way call")."""
    if mention.kind != "talk" or not all(p.type == "PERSON" for p in guests) or len({p.country for p in guests}) < len(guests):
        return False
    return not doc.find(_JOINT_CALL, *mention.sentence, ("conference", "joint", "three", "trilateral", "together", "summit"))


def _host_country_round(doc: Document, mention: MeetingMention, hosts: list[Party], guests: list[Party]) -> bool:
    """Whether a visitor met three or more officials of one other country, each named with an office or a peer's
    style ("Lord X"): the rounds of a state visit, one meeting each (two guests, or guests of several countries,
    meet together). The head of an international body met on that round ("Commonwealth Secretary-General Y")
    counts for no country."""
    if len(guests) < 3 or len(hosts) != 1 or hosts[0].type != "PERSON" or mention.frame not in ("verb", "callon"):
        return False
    lands = set()
    after = mention.end
    for m in mention.objects:
        guest = m.party
        if guest is None or guest.type != "PERSON":
            return False
        if not guest.role and not _PEER_STYLE.search(doc.text, max(after, m.start - 12), m.start):
            return False
        of_body = any(o.party is not None and o.party.multilateral for o in doc.mentions_in(after, m.start))
        if guest.country and not of_body:
            lands.add(guest.country)
        after = m.end
    return len(lands) == 1 and hosts[0].country not in lands


def _each_on_its_day(doc: Document, mention: MeetingMention, guests: list[Party]) -> dict[str, dict] | None:
    """Each guest's own day when the sentence names them again, each with a date ("– A on Monday and B on
    Thursday"), or each object is followed by a day of its own ("met A on Monday and B on Tuesday"), by guest name;
    else None."""
    days: dict[str, dict] = {}
    for m in mention.objects:
        after = _DAY_AFTER.match(doc.text, m.end)
        found = next((d for d in doc.dates_in(m.end, m.end + 25) if after and d["start"] == after.end()), None)
        guest = next((g for g in guests if m.party is not None and same_side(g, m.party)), None)
        if found is None or guest is None:
            break
        days.setdefault(guest.name, setting.day_of(found))
    else:
        if len(days) == len(guests) and len({d["value"] for d in days.values()}) > 1:
            return days
    days = {}
    for m in doc.mentions_in(mention.objects[-1].end, mention.sentence[1]):
        guest = next((g for g in guests if m.party is not None and same_side(g, m.party)), None)
        if guest is None or guest.name in days:
            continue
        after = _DAY_AFTER.match(doc.text, m.end)
        found = next((d for d in doc.dates_in(m.end, m.end + 25) if after and d["start"] == after.end()), None)
        if found is None:
            return None
        days[guest.name] = setting.day_of(found)
    return days if len(days) == len(guests) else None


def _scan(
    pattern: re.Pattern[str] | None, text: str, starts: list[int], sentence: tuple[int, int], words: list[str] | None = None
) -> list[re.Match[str]]:
    """PATTERN's matches in SENTENCE of TEXT, tried only at STARTS (words a trigger can begin with), none overlapping.
    With WORDS (the word at each start, TEXT lowercased), only the rules that can start with the word are tried."""
    out: list[re.Match[str]] = []
    end = sentence[1]
    taken = -1  # where the last match ends
    for i in range(bisect_left(starts, sentence[0]), bisect_left(starts, end)):
        start = starts[i]
        if start < taken:
            continue
        found = (pattern if words is None else triggers_from(words[i], True)).match(text, start, end)
        if found:
            out.append(found)
            taken = found.end()
    return out


def _read(r: Reading) -> MeetingMention | None:
    doc, word, frame = r.doc, r.word, r.frame  # (locals: the tests below run once per trigger)
    s0, s1 = r.sentence
    t0, t1 = r.trigger
    signed = frame == "joint" and word in ("signed", "inked")
    agreed_with = word == "agreed" and _AGREED_WITH.match(doc.text, t1, s1)
    if frame == "joint" and not signed and not agreed_with and not doc.find(_COUNTERPART, s0, t0, ("counterpart",)):
        return None  # (the cheap test first: "agreed", "signed" are frequent words)
    if word in ("meet", "meets", "met") and doc.find(_LINES_MEET, max(s0, t0 - 14), t0):
        return None  # "where the three countries' borders meet": lines that join, no one who meets
    if frame == "sym" and r.first < t0 and doc.find(_TO_BEFORE, max(s0, t0 - 4), t0):
        return None  # "will host a meeting with A and B to discuss": the purpose of the meeting before
    r.between = word.endswith("between")
    noun = frame == "noun"
    bare_noun = noun and not word.endswith(("with", "between"))  # a noun trigger with no object word of its own
    if (
        bare_noun
        and doc.find(_TOPIC_OF, max(s0, t0 - 40), t0, ("discuss", "about", "regarding"))
        and not _HOST_CLAUSE.match(doc.text, t1, s1)
    ):
        return None  # "to discuss the hostage talks", "about the meeting": what was talked about, not a meeting (but
        # "discussed the summit that Kenya will host in May" tells of that summit too)
    topic = doc.find(_TOPIC_TALKS, max(s0, t0 - 30), t0, ("discuss", "about", "regarding", "on ")) if noun and word.startswith(("talks ", "negotiations ")) else None
    if topic and doc.find(_MET_BEFORE, s0, topic.start(), ("met", "meet", "session", "convened")):
        return None  # "The cabinet met to discuss the talks with the IMF": the talks are the meeting's topic, the IMF
        # no side of it (but "held talks with the IMF", "Commenting on the talks with X, Y said")
    if bare_noun and doc.find(_URGED_FOR, max(s0, t0 - 50), t0, (" for ",)):
        return None  # "Qatar, Egypt press for Gaza ceasefire talks": others' talks the subject wants
    if doc.find(_DELEGATED, max(s0, t0 - 60), t0, ("teams", "delegations", "negotiators", "envoys", "officials")):
        return None  # "agreed to instruct their teams to begin negotiations": talks between unnamed aides
    talks_noun = noun and word in ("talks", "negotiations")
    if talks_noun and doc.find(_OFFICE_AT, max(s0, t0 - 50), t0, _OFFICE_STEMS):
        return None  # "X and Y, the Special Representatives for the boundary talks, held": an office, not a meeting
    if noun and doc.find(_SPELL_OF, max(s0, t0 - 50), t0, _SPELL_STEMS):
        return None  # "after 25 years of talks", "months of negotiations": a process, not one meeting
    process = talks_noun and doc.find(_PROCESS_START, max(s0, t0 - 40), t0, _PROCESS_STEMS)
    process = process or frame == "verb" and word.endswith(("talks", "negotiations")) and word.startswith(_PROCESS_VERBS)
    if process and _ON_TOPIC.match(doc.text, t1) and (doc.text.endswith(("to ", "To "), 0, t0) or doc.find(_TO_BEGIN, max(s0, t0 - 60), t0, ("to ",))):
        return None  # (not "India and China began talks on the border in Beijing on Monday": "agreed to begin
        # negotiations on sharing supplies", "to push ahead with talks on exports": a process to come, no one meeting
    if noun and r.first < t0 and _APPOSED.search(doc.text, max(s0, t0 - 30), t0) and _THAT_AFTER.match(doc.text, t1):
        return None  # "traveled to Tokyo for talks with X, a meeting that paved the way": the talks just told
    if noun and doc.find(_THROUGH, max(s0, t0 - 50), t0, ("through",)):
        return None  # "resolve differences through dialogue and consultation": a means, not one meeting
    if word.startswith("talks") and doc.find(_HE_TALKS, max(s0, t0 - 8), t0):
        return None  # "he talks regularly with": the verb, a habit, no meeting
    if bare_noun and r.at_gathering:
        return None  # "met at the G20 summit", "on the margins of an ASEAN summit": a venue, not a meeting
    if noun and word == "meeting" and doc.text.startswith(" of ", t1) and doc.find(_HOSTED_BEFORE, max(s0, t0 - 40), t0, ("host",)):
        return None  # "is set to host the meeting of the SCO Council": the gathering the host's reading has
    if word in ("host", "co-host") and doc.find(_HOST_NOUN_BEFORE, max(s0, t0 - 12), t0):
        return None  # "where host X opened the session", "as host, X": the title of the host, no verb
    if frame in ("verb", "visit", "host", "callon", "attend") and sides.civil_subject(doc, max(s0, t0 - _CIVIL_REACH), t0):
        return None  # "the national football team will visit Tokyo": people of no office, no diplomatic contact
    right = _object(r)
    if right is None:
        return None
    if frame == "host" and word.startswith("welcom") and right and _WELCOMED_TO_COME.match(doc.text, right[-1].end, s1):
        return None  # "China welcomes President X to attend the summit": an invitation, which the trigger after it reads
    right = sides.without_spouses(right)
    left = _subject(r, right)
    if r.group and right and right[0].party is not None and right[0].party.multilateral:
        lands = [m for m in sides.compound_orgs(doc, right[0]) if m.party.type == "GPE"]  # "both leaders are to attend the
        right = [m for m in right if m not in lands]  # ASEAN-Japan summit": the pair told before, for whose land the name's stands
    if r.unnamed:
        return None
    if r.word == "meetings" and len(left) >= 2 and not right and not r.doc.text[left[-1].end : r.trigger[0]].strip():
        return None  # "Kremlin lines up Xi, Modi meetings": the guests of separate meetings with someone else
    recalled = r.frame == "sym" and r.kind == "talk" and r.doc.find(_RECALLED_TALK, max(r.sentence[0], r.trigger[0] - 30), r.trigger[0])
    if r.frame == "sym" and (len(left) < 2 or r.kind == "talk" and not recalled and not _told_how(r)) and not r.anaphoric:
        return None  # "X discussed Y" is no meeting; "X and Y discussed", "the two ministers discussed", "X and Y spoke
        # face to face", "since they spoke in Rome", "the pair first spoke in May" are (not "they spoke warmly")
    if signed and _signed_there(r, left) or agreed_with and left and right:
        pass  # "El-Sisi and Mohamud signed a protocol in Cairo", "she agreed with Lind to step up patrols": they met
    elif r.frame == "joint" and (len(left) < 2 or not r.doc.find(_COUNTERPART, left[0].end, left[-1].start, ("counterpart",))):
        return None  # "China and Russia agreed" may be by letter; "X and his Japanese counterpart Y agreed" met
    elif r.frame == "joint" and r.doc.find(_AGENT_BY, max(r.sentence[0], left[0].start - 30), left[0].start, ("by",)):
        return None  # "a statement, read out by X and his Indian counterpart Y, said the premiers agreed": the agents of another verb
    if not right and (r.sworn_in or _OBJECT_PRONOUN.match(r.doc.text, r.trigger[1])):
        right = sides.object_pronoun(r.doc, r.doc.sentences[r.index], r.trigger[0], left)
    used = _with_bystanders(r, left + right)
    body = sides.lands_body_after(r.doc, r.trigger[1], r.sentence[1]) if r.frame in ("verb", "noun") else []
    if body:  # "agreed to hold the fourth session of the Viet Nam-Serbia Intergovernmental Committee": the two states'
        used, r.anaphoric, r.group = body, False, False
    ahead = _lands_ahead_of(r.doc, r.sentence, r.trigger) if r.frame == "noun" and not r.at_gathering else []
    if ahead:
        used, r.anaphoric, r.group = ahead, False, False
    if (used or r.anaphoric) and r.frame == "noun" and r.word.lower().startswith("summit") and r.doc.find(_AT_THE_SUMMIT, max(r.sentence[0], r.trigger[0] - 60), r.trigger[0], ("at ",)):
        used = used + [m for m in sides.all_persons(r.doc, r.sentence) if m not in used and sides.eligible(m)]  # "At the
        # summit, X took over the chair from Y": those the sentence places there attend
    parties = dedupe([m.party for m in used if m.party is not None])
    kind = r.kind
    paired = r.between and len(parties) == 2 or r.hosts_talks or r.delegation  # "talks between Iran and the IAEA": two sides, no summit
    paired = paired or len(parties) == 2 and _two_named(r, used)  # "the EU-China summit": a bilateral one, a meeting
    lands = {p.country for p in parties if p.type == "GPE"}
    hosting = bool(r.inviters) and all(p.country in (None, *lands) for p in r.inviters) and len(lands) == 1  # a leader invites to his land
    if r.frame == "visit" and (hosting or any(p.type == "PERSON" and p.country in lands for p in parties)):
        kind = "meeting"  # a trip whose host is named is a meeting with the host
        parties = [p for p in parties if not (p.type == "GPE" and p.country in lands)]
    elif r.frame != "visit":  # "Wang Yi hosts China-Afghanistan-Pakistan meeting": Wang stands for China
        served = {p.country for p in parties if p.type == "PERSON" and p.country}
        sides_left = [p for p in parties if not (p.type == "GPE" and p.country in served)]
        parties = sides_left if len(sides_left) >= 2 else parties
    multilateral = any(p.multilateral for p in parties)  # (a virtual summit of a bloc is still its summit)
    if kind == "meeting" and not multilateral and (_REMOTE.search(r.word) or _REMOTE_AFTER.match(r.doc.text, r.trigger[1]) or _remote_later(r) or _remote_before(r)):
        kind = "call"  # "held a virtual meeting with", "held talks via video link with", "conferred with X by phone"
    elif kind == "talk" and _remote_later(r):
        kind = "call"  # "Xi spoke to Macron by phone"
    if kind == "meeting" and r.frame == "sym" and r.doc.find(_IN_A_CALL, r.trigger[1], min(r.sentence[1], r.trigger[1] + _REMOTE_REACH), ("phone", "video")):
        kind = "call"  # "X and Y discussed the ceasefire in a phone call on Thursday"
    gathered = "summit" in r.word or r.frame == "host" and sum(p.type == "PERSON" for p in parties) > 3  # "X welcomed A, B and C": four or more leaders
    gathered = gathered or len(parties) > 2 and _gathering_named(r)  # "leaders of A, B and C gathered for the X Summit"
    if kind == "meeting" and not paired and (any(p.multilateral for p in parties) or gathered and len(parties) > 2):
        kind = "summit"
    if r.anaphoric and r.frame == "noun" and r.word.endswith("summit"):
        kind = "summit"  # "the summit": the gathering reported before
    mention = _mention(r, kind, parties, used, right)
    mention.paired = paired
    if r.frame == "sym" and kind == "talk":  # "since they spoke", "the pair first spoke": an earlier round (a talk at
        mention.earlier_round = True  # a place, with no call named, was face to face: "spoke briefly in Geneva")
        mention.kind = "meeting" if mention.place and not r.doc.find(_CALL_WORD, *r.sentence) else kind
    if r.destination is not None:
        mention.place, mention.status = setting.place_dict(r.destination), "planned"
    if _postponed(r):  # "postponed a trip to Y until March 10": planned for the new day
        mention.status, mention.date = "planned", setting.rescheduled(r.doc, r.sentence, r.trigger) or mention.date
    if r.frame in ("attend", "visit") and r.word.startswith(("expected", "due")):
        mention.status = "planned"  # "Both leaders are expected at the AU meeting in Accra next month", "is due in Accra"
    if ahead:
        mention.status = "planned"  # what was done "ahead of" the two lands' gathering came first: it is still to come
        mention.lands_ahead = True
    return mention


def _two_named(r: Reading, used: list[Mention]) -> bool:
    """Whether a summit noun is named by its two sides alone, "A-B summit" (not "A-Africa summit": B no side)."""
    if r.frame != "noun" or not r.word.lower().startswith("summit") or len(used) != 2:
        return False
    a, b = sorted(used, key=lambda m: m.start)
    if a.party is None or b.party is None or a.party.multilateral and b.party.multilateral:
        return False  # "the EAC-SADC summit": a joint summit of two blocs
    text = r.doc.text
    return b.end <= r.trigger[0] and text[a.end : b.start] in ("-", "–", "—") and not text[b.end : r.trigger[0]].strip()


def _postponed(r: Reading) -> bool:
    """Whether "postponed" stands right before the trigger and the sentence names a new day for it."""
    start = max(r.sentence[0], r.trigger[0] - 30)
    return "postponed" in (r.doc.lower or r.doc.text)[start : r.trigger[0]] and setting.rescheduled(r.doc, r.sentence, r.trigger) is not None


def _three_lands_hosting(r: Reading, hosts: list[Mention]) -> list[Mention]:
    """"The foreign ministers of A, B and C agreed to prepare a trilateral summit to be hosted by C": the three lands
    its sentence names, when the host is one of them and a three-way word names the gathering; else []."""
    doc, (start, _), (trigger_start, _) = r.doc, r.sentence, r.trigger
    if len(hosts) != 1 or hosts[0].party is None or hosts[0].party.type != "GPE" or not _SUMMIT_BEFORE.search(doc.text, max(start, trigger_start - 30), trigger_start):
        return []
    if not doc.find(_THREE_WAY, max(start, trigger_start - 50), trigger_start, _THREE_WAY_STEMS):
        return []
    lands: dict[str, Mention] = {}
    for m in doc.mentions_in(start, trigger_start):
        if m.party is not None and m.party.type == "GPE" and m.party.country:
            lands.setdefault(m.party.country, m)
    if len(lands) != 3 or hosts[0].party.country not in lands:
        return []
    lands[hosts[0].party.country] = hosts[0]  # (the host as named after the trigger: where it is held)
    return list(lands.values())


def _object(r: Reading) -> list[Mention] | None:
    """Who or what the trigger is done to: the guest, the host, the place visited, the gathering attended.
    None when the trigger turns out to report no meeting."""
    doc, sentence, trigger = r.doc, r.sentence, r.trigger
    if r.word.endswith("presence of"):  # "The audience took place in the presence of Y": Y sat in on the talks before
        if not _THE_TALKS_OPEN.fullmatch(doc.text, sentence[0], trigger[0]):
            return None
        r.kind, r.anaphoric, r.joining = "meeting", True, True
        return [m for m in sides.object_side(doc, sentence, trigger[1]) if m.party.type == "PERSON"] or None
    passive = _BY.match(doc.text, trigger[1]) if r.frame in ("attend", "host") or r.word.startswith("co-chair") else None
    if passive and r.frame == "host":  # "Fidan will be received by President Sisi": the host comes after "by"
        right = sides.object_side(doc, sentence, passive.end()) or sides.title_object(doc, passive.end(), sentence[1])
        bloc = _gathering_hosted(r) if right and r.word.endswith("hosted") else None
        if bloc is not None:  # "the Quad Leaders' Summit hosted by the United States in Wilmington last September":
            r.kind, r.hosted_by = "summit", True  # the bloc's gathering and its host, a land or a person
            return [bloc, right[0]]
        if doc.find(_THE_EVENT_BEFORE, max(sentence[0], trigger[0] - 40), trigger[0], ("the ",)):
            r.anaphoric = r.joining = True  # "at the meeting hosted by Y": Y hosts the meeting reported before
        three = _three_lands_hosting(r, right)
        if three:  # "agreed to prepare for a trilateral leaders' summit to be hosted by Japan": the three lands' summit
            r.kind, r.hosted_by, r.between = "summit", True, True  # (the lands are all its sides: no subject to read)
            return three
        return right if any(m.party.type == "PERSON" for m in right) else None  # (the host by title: "by the prime minister")
    if passive:  # "his talks with X were also attended by Y": Y joins the meeting before
        r.frame, r.kind, r.between, r.anaphoric = "noun", "meeting", True, True
        if r.word.startswith("attend") and _THE_MEETING_WAS.fullmatch(doc.text, sentence[0], trigger[0]):
            r.frame, r.joining = "attend", True  # "The meeting was attended by Y and Z": aides join it (no summit for that)
        owner = _last_event(doc, sentence[0], trigger[0])
        if owner is not None and (_GATHERING_NOUN.fullmatch(owner.group()) or _of_bloc(doc, owner.end(), trigger[0]) is not None):
            r.kind = "summit"  # "the Summit, co-chaired by A and B, was attended by C": they join the gathering
            r.joining = r.word.startswith("attend")  # "a summit hosted by X and attended by Y and Z": Y and Z too
        if r.word == "joined":  # "The pair were joined by Y and Z": aides join the talks before (no summit for that)
            r.frame, r.joining = "attend", True
        right = sides.object_side(doc, sentence, passive.end())
        more = _AND_BY.search(doc.text, right[-1].end, sentence[1]) if right else None
        if more is not None:  # "attended by the Secretary of Security, X, and by the Ambassador to Mexico, Y"
            right = right + sides.object_side(doc, sentence, more.end())
        return right or None
    if r.word.startswith("co-chair") and not _CO_CHAIR_WITH.match(doc.text, trigger[1], sentence[1]) and _CO_CHAIRED_GATHERING.match(doc.text, trigger[1], sentence[1]):
        r.frame, r.kind = "attend", "summit"  # "X and Y co-chair joint EAC-SADC summit": the co-chairs attend the gathering
    if r.word.startswith("invite") and r.frame == "verb":  # "invited al-Shaibani to Ankara": a planned meeting there
        guests = [m for m in sides.object_side(doc, sentence, trigger[1]) if m.party.type == "PERSON"]
        to = _TO_AFTER.match(doc.text, guests[-1].end, sentence[1]) if guests else None
        there = doc.mentions_in(to.end(), sentence[1])[:1] if to else []
        if not there or there[0].start != to.end() or there[0].entity.get("type") != "GPE":
            return None  # "invited him to visit", "invited her to the summit": read by the trip's or gathering's trigger
        r.destination = there[0]
        return guests
    if r.frame == "noun" and _OF_LEGISLATURE.match(doc.text, trigger[1]):
        return None  # "address a joint meeting of Congress": a sitting of a chamber, no diplomatic contact
    body = _OF_JOINT_BODY.match(doc.text, trigger[1], sentence[1]) if r.frame == "noun" and doc.text.startswith(" of ", trigger[1]) else None
    lands = [m for m in doc.mentions_in(*body.span("lands")) if m.party is not None and m.party.type == "GPE"] if body else []
    if len(lands) == 2 and lands[0].party.country != lands[1].party.country:
        r.between = True  # "the next session of the Kuwaiti-Iraqi Joint Ministerial Committee": the two lands meet
        return lands
    the = r.frame == "noun" and r.word in ("meeting", "session", "summit") and (
        doc.text.endswith(("the ", "The "), 0, trigger[0]) or doc.text.endswith((" a ", " an "), 0, trigger[0]) and bool(doc.find(_FOR_A_PURPOSE, max(sentence[0], trigger[0] - 24), trigger[0]))
    )
    bloc = _of_bloc(doc, trigger[1], sentence[1]) if the else None
    if bloc is not None:  # "travel to Brussels for the meeting of the European Council": that body's gathering (not
        # "demanded a meeting of the Security Council": one wished for)
        return [bloc]
    if r.word == "meeting" and _A_TARGET.match(doc.text, trigger[1], sentence[1]):
        return None  # "Poland was already meeting and exceeding the NATO spending target": a goal met, no contact
    had = _HE_HAD.match(doc.text, trigger[1], sentence[1]) if r.frame == "call" and r.word.split()[0] in _DETERMINERS else None
    determined = r.word.split()[0] in _DETERMINERS if r.frame == "call" else r.frame == "noun" and doc.text.endswith(("the ", "The "), 0, trigger[0])
    named = _NAMED_HAD.match(doc.text, trigger[1], sentence[1]) if had is None and determined else None
    callers = [m for m in doc.mentions_in(*named.span("who")) if sides.person_like(doc, m)][-1:] if named else []
    if callers:  # "the call that Foreign Minister X had on Monday with Y": X, and Y after "with"
        r.visitors, had = callers, named
    late = _late_with(doc, sentence, (trigger[0], had.end())) if had else None
    if late is not None:  # "the telephone conversation he had on Monday with X": X, and whom "he" names
        return sides.object_side(doc, sentence, late)
    late = _late_with(doc, sentence, (trigger[0], had.end()), _BETWEEN) if had else None
    if late is not None:  # "the telephone conversation held last week between A and B": A and B
        r.between = True
        return sides.object_side(doc, sentence, late)
    if r.word.split()[0] in _DETERMINERS:  # "the call": the call reported before
        r.anaphoric = r.between = True
        return []
    ran_by = _RAN_BY.match(doc.text, trigger[1]) if r.frame == "noun" else None
    if ran_by and doc.find(_ANAPHORIC, max(sentence[0], trigger[0] - 40), trigger[0]):
        r.anaphoric = r.between = True  # "The meeting was chaired by X": X took part in the one reported before
        if r.kind == "meeting" and "attended" in ran_by.group():
            r.frame = "attend"  # "The meeting was attended by Y and Z": aides of the talks, which stay no summit
        return sides.object_side(doc, sentence, ran_by.end())
    if r.frame == "mediate":
        if doc.find(_ONGOING, max(sentence[0], trigger[0] - 25), trigger[0]):
            return None  # "whose country is mediating between A and B": a role, not one meeting
        if doc.find(_OFFER_TO, max(sentence[0], trigger[0] - 20), trigger[0], ("offer", "willing", "ready")):
            return None  # "X offered to mediate between A and B": an offer, which names no meeting
        between = _LATE_BETWEEN.match(sides.without_dates(doc, trigger[1], min(sentence[1], trigger[1] + 40)))
        if not between:
            return None  # "mediation" alone names no sides
        return sides.object_side(doc, sentence, _BETWEEN.search(doc.text, trigger[1]).end())
    if r.frame == "visit" and r.word.startswith(("take", "took")):
        return _tour_stops(r)
    if r.frame == "visit":
        if r.word == "visiting" and doc.find(_DETERMINER_BEFORE, max(sentence[0], trigger[0] - 8), trigger[0]):
            return None  # "received the visiting Pakistani premier": a guest, told by the verb before
        of = _VISIT_OF.match(doc.text, trigger[1], sentence[1]) if r.word.startswith("visit") else None
        visitors = [m for m in sides.object_side(doc, sentence, of.end()) if m.party.type == "PERSON"] if of else []
        to = _TO_AFTER.match(doc.text, visitors[-1].end, sentence[1]) if visitors else None
        of_the = not visitors and r.word.startswith("visit") and doc.text.startswith(" of the ", trigger[1])
        titled = word_classes()["title_anaphor"].match(doc.text, trigger[1] + 8, sentence[1]) if of_the else None
        if titled is not None:  # "the state visit of the President of the Republic to Brazil": whom the title names
            to = _TO_AFTER.match(doc.text, titled.end(), sentence[1])
            visitors = sides.title_object(doc, trigger[1] + 3, sentence[1]) if to else []
        r.visitors = visitors if to else []  # "the official visit of Prime Minister X to Manila": X goes to Manila
        places = sides.object_side(doc, sentence, to.end() if to else trigger[1], places_ok=True)
        if places and (r.word.endswith(" to") or r.word in _VISIT_VERBS) and places[0].party.type == "PERSON" and _TITLES_ONLY.fullmatch(doc.text, trigger[1], places[0].start):
            r.frame, r.kind = "verb", "meeting"  # "pay a return visit to (King) X in Y", "visited Chancellor X in Berlin": a trip
            return places[:1]  # whose host is named, talks with the host
        host = sides.title_object(doc, trigger[1], sentence[1]) if not places and r.word in _VISIT_VERBS else []
        if host:  # "looked forward to visiting the Taoiseach in Dublin": the holder of the title named before
            r.frame, r.kind = "verb", "meeting"
            return host
        places = places[: next((i for i, m in enumerate(places) if m.party.type != "GPE" or m.entity.get("type") != "GPE"), len(places))]
        by = _BY_NAME.match(doc.text, _past_date(doc, places[-1].end, sentence[1]), sentence[1]) if places and not of and r.word.startswith("visit") else None
        if by:  # "a visit to Tokyo by President X": X, named after the place, is the visitor
            r.visitors = [m for m in sides.object_side(doc, sentence, by.end()) if m.party.type == "PERSON"]
        elif not places and not of and r.word == "visit":
            r.visitors = _visitors_by(doc, sentence, trigger[1])
        if places and _for_gathering(doc, sentence, places[-1].end):
            forum = _forum_named(doc, sentence, places[-1].end)
            if forum:  # "will travel to Davos for the World Economic Forum": no trigger names it; the trip attends it
                r.frame, r.kind, r.trip_place = "attend", "summit", places[-1]
                return forum
            return None  # "will travel to Vientiane for the ASEAN ministers' meeting": the gathering, not a visit
        if not places and r.word.startswith(("due", "expected")):
            return None  # "are expected in the coming weeks to sign": no place, no trip
        return places or _capital_visited(doc, sentence, trigger) or _destination_before(doc, sentence, trigger)
    if r.frame == "attend":
        bare = r.word == "attended" or r.word == "attend" and doc.find(_DUE_TO, max(sentence[0], trigger[0] - 30), trigger[0], ("to ",))
        if bare and _BARE_ATTEND.match(doc.text, trigger[1], sentence[1]) and not doc.find(_RELATIVE_BEFORE, max(sentence[0], trigger[0] - 40), trigger[0]):
            r.anaphoric = r.joining = r.bare = True  # "X attended in person, while Y ...", "Y is also due to attend.": they
            return []  # join the gathering reported before
        sworn = _SWORN_IN.match(doc.text, trigger[1], sentence[1]) if r.word.startswith("attend") else None
        if sworn:  # "to attend Lula's inauguration", "attend his swearing-in ceremony": a meeting with the one sworn in
            r.kind, r.sworn_in = "meeting", sworn.group("pronoun") is not None
            return [m for m in doc.mentions_in(*sworn.span()) if m.party is not None and m.party.type == "PERSON"][:1]
        meal = _THE_MEAL.match(doc.text, trigger[1]) if r.word.startswith("attend") else None
        stem = meal.group("meal")[:5] if meal else ""  # ("lunch" in "luncheon")
        if stem and doc.text.rfind(stem, 0, sentence[0]) >= 0:
            r.anaphoric, r.joining, r.kind, r.meal = True, True, "meeting", stem  # "Y and Z also attended the lunch": they
            return []  # join the lunch reported before
        host = _MEAL_HOSTED_BY.match(doc.text, trigger[1], sentence[1]) if r.word.startswith("attend") else None
        hosts = [m for m in sides.object_side(doc, sentence, host.end()) if m.party.type == "PERSON"] if host else []
        if hosts:  # "attended a breakfast hosted by Vice President Y": a meeting with its host, as "met Y over
            r.frame, r.kind = "verb", "meeting"  # breakfast" (not aides joining the talks told before)
            return hosts
        event = word_classes()["event"]
        if r.word.endswith("counterparts"):  # "joined her G20 counterparts in Rio": the bloc's ministers' gathering
            blocs = [m for m in doc.mentions_in(*trigger) if m.party is not None and m.party.multilateral]
            if blocs:
                return blocs[:1]
        joining = r.word in ("joined", "joins", "joining")
        reach = min(sentence[1], trigger[1] + 90)
        if not doc.find(event, trigger[1], reach, class_stems()["event"]) and not (joining and doc.find(_FOR_MEAL, trigger[1], reach, _MEALS)):
            return None  # "allowed to participate in the election": no gathering, no meeting (but "joined Y for breakfast")
        if joining and _THE_GATHERING.match(doc.text, trigger[1]):
            r.anaphoric = r.joining = True  # "Y joined the talks by video link": Y joins the gathering reported before
            return []
        if joining:  # "joined A and B for a trilateral summit", "joined A for breakfast": those named
            return _joined_for(r)
        if r.word.endswith(("other", "fellow")):  # "join other NATO leaders in Washington for a summit": the bloc's
            end = min(setting.clause_end(doc, trigger[1], sentence[1]), trigger[1] + _FELLOW_REACH)  # ("fellow heads of state
            bloc = [m for m in doc.mentions_in(trigger[1], end) if m.party is not None and m.party.multilateral]  # at the AU summit")
            return bloc[:1]  # gathering ("join other leaders at the forum": the gathering reported before, none here)
        bloc = [m for m in doc.mentions_in(*trigger) if m.party is not None and m.party.multilateral]
        if (r.word.endswith("counterparts") or r.word.startswith("among")) and bloc:
            return bloc[:1]  # "joined his GCC counterparts for the session", "among the leaders of the 21 APEC member
            # economies gathered in Lima for the summit": the bloc's gathering
        org = sides.nearest_org(doc, (trigger[1], sentence[1]), (trigger[1], trigger[1]), reach=90)  # (after it only)
        if org is not None and _AS_ROLE.search(doc.text, trigger[1], org.start):
            org = None  # "attending the summit of the bloc as the leader of a partner country, the only NATO member"
        listing = _AMONG_VERB.search(doc.text, trigger[1], sentence[1]) if org is not None and trigger[0] == doc.sentences[r.index][0] else None
        if listing is not None and org.start >= listing.end():
            org = None  # "Taking part in the meeting were the Secretary General of the Presidency, X, and Y": attendees
        listed = _listed_orgs(doc, org, sentence[1]) if org is not None and org.start >= trigger[1] else []
        if len(listed) > 1 and _PLURAL_GATHERING.match(doc.text, listed[-1].end, sentence[1]):
            return listed  # "to attend the BRICS and SCO summits": one summit of each (split by ``_separately``)
        listed = _gatherings_listed(doc, org, sentence[1]) if org is not None and org.start >= trigger[1] else []
        if len(listed) > 1:
            return listed  # "attended the G20 ministers' meeting and the ASEAN Regional Forum": one summit of each
        if org is not None and org.start >= trigger[1] and doc.find(event, trigger[1], min(sentence[1], org.end + 40)):
            return [org, *sides.compound_orgs(doc, org)]  # "the ASEAN-GCC summit": both organizations
        if named_gathering().match(doc.text, trigger[1]):
            r.gathering, r.kind = True, "summit"  # "attended the China–Arab States Summit": those named there met
            return []
        the = _THE_GATHERING.match(doc.text, trigger[1]) or _placed_gathering(doc, trigger[1], sentence[1])
        pair = sides.possessor(doc, sentence, the.end() - len(the.group().split()[-1])) if the and "-" in the.group() else []
        if len(pair) == 2 and all(sides.is_land(m) for m in pair):
            r.kind = "meeting"  # "Modi and Kishida attended the India-Japan summit": the two lands' own talks, as "held" reads
            return pair
        bloc = _bloc_named_before(doc, the.end() - len("summit")) if the and the.group().lower().endswith("summit") else None
        if bloc is not None:  # "attended the emergency Arab summit": the Arab League's summit
            return [bloc]
        r.anaphoric = r.joining = bool(the)  # "attended the summit": the one reported before, with more attendees
        if the and not the.group().lower().endswith(("summit", "forum", "conference", "gathering")):
            r.kind = "meeting"  # "X and Y also attended the meeting": they join the talks reported before
        return []
    chaired = _CO_CHAIR_WITH.match(doc.text, trigger[1], sentence[1]) if r.word.startswith("co-chair") else None
    if chaired:  # "will co-chair the commission with X": X
        return sides.object_side(doc, sentence, chaired.end())
    agreed = _AGREED_WITH.match(doc.text, trigger[1], sentence[1]) if r.word == "agreed" else None
    if agreed:  # "she agreed with Lind to step up patrols": Wang, when a person
        return [m for m in sides.object_side(doc, sentence, agreed.end()) if m.party.type == "PERSON"][:1]
    from_caller = r.frame == "call" or r.word.endswith(("courtesy call", "courtesy visit"))
    callers = sides.object_side(doc, sentence, trigger[1] + len(" from ")) if from_caller and doc.text.startswith(" from ", trigger[1]) else []
    if callers:  # "received phone calls from A and B", "received a courtesy call from X": the callers
        return callers
    late = _late_with(doc, sentence, trigger) if r.frame in ("call", "noun", "verb") else None
    if late is not None:
        return sides.object_side(doc, sentence, late)  # "a call on Monday with", "talks in Moscow on Wednesday with"
    late = _late_with(doc, sentence, trigger, _BETWEEN) if r.frame == "noun" and not r.between else None
    if late is not None:  # "X and Y issued a statement after talks in Beijing between A and B": A and B
        r.between = True
        return sides.object_side(doc, sentence, late)
    if r.frame == "dial":
        right = sides.object_side(doc, sentence, trigger[1])
        persons = [m for m in right if m.party.type == "PERSON"]
        if not persons or persons[0].start - trigger[1] > 40:
            return None
        if not (_CALL_GOES_ON.match(doc.text, right[-1].end) or _CALL_GOES_ON.match(doc.text, _past_date(doc, right[-1].end, sentence[1]))):
            return None  # ("called Lula in November, days after the election": past the day)
        return right
    talks = _HOSTED_TALKS.match(doc.text, trigger[1], sentence[1]) if r.frame == "host" else None
    if talks:  # "Oman will host a new round of US-Iran talks", "offered to host talks between A and B"
        named = [m for m in doc.mentions_in(trigger[1], talks.end()) if sides.eligible(m)]
        named += sides.object_side(doc, sentence, talks.end()) if talks.group().endswith("between") else []
        if len(named) >= 2:
            r.hosts_talks = True
            return named
    meal = _HOSTED_MEAL.match(doc.text, trigger[1], sentence[1]) if r.frame == "host" else None
    if meal:  # "hosted a dinner for X", "gave a luncheon in honour of X": the guest
        guests = sides.object_side(doc, sentence, meal.end()) or sides.title_object(  # (or the one "the visitor" is)
            doc, meal.end(), sentence[1], sides.all_persons(doc, (doc.sentences[r.index][0], trigger[0])), honoured=True
        )
        return guests if any(sides.person_like(doc, m) for m in guests) else None
    of_orgs = _GATHERING_OF.match(doc.text, trigger[1], sentence[1]) if r.frame == "host" else None
    if of_orgs:  # "co-hosted a joint summit of the EAC and SADC": the host and the organizations
        orgs = [m for m in sides.object_side(doc, sentence, of_orgs.end()) if m.party.multilateral]
        if orgs:
            r.kind = "summit"
            return orgs
    hosted = _THE_GATHERING.match(doc.text, trigger[1], sentence[1]) if r.frame == "host" else None
    blocs = [m for m in doc.mentions_in(trigger[1], hosted.end()) if m.party is not None and m.party.multilateral] if hosted else []
    if blocs and hosted.group().lower().endswith(("summit", "forum", "conference", "gathering", "meeting")):
        r.kind = "summit"  # "Argentina will host the next Mercosur summit": the host and the bloc ("the GCC-ASEAN
        return [blocs[0], *sides.compound_orgs(doc, blocs[0])]  # summit": both blocs, as when attended)
    if hosted and hosted.group().lower().endswith(("summit", "forum", "conference", "gathering")):
        r.anaphoric = r.joining = True  # "Ramaphosa, who is hosting the summit, ...": the host joins the gathering reported before
        r.kind = "summit"
        return []
    if hosted and hosted.group().lower().endswith(("talks", "meeting", "session")) and not hosted.group().lower().startswith((" that", " this")):
        r.anaphoric = r.joining = True  # "Kishida hosted the talks": the host joins the talks reported before
        r.kind = "meeting"
        return []
    if r.frame == "host" and named_gathering().match(doc.text, trigger[1]):
        r.gathering, r.kind = True, "summit"  # "X hosted the second China–Central Asia Summit": the host and its guests
        return []
    if r.word.endswith(("meetings", "talks")):  # "will hold 20 meetings at the summit, including with A and B"
        including = doc.find(_INCLUDING_WITH, trigger[1], min(sentence[1], trigger[1] + _INCLUDING_REACH), ("including",))
        if including:
            return sides.object_side(doc, sentence, including.end())
    named_members = _NAMED_MEMBERS.match(doc.text, trigger[1], sentence[1]) if r.frame == "noun" else None
    if named_members:  # "the next meeting of the three guarantor countries, Turkey, Russia and Iran": those named
        lands = sides.object_side(doc, sentence, named_members.end(), places_ok=True)
        if len(lands) >= 2:
            return lands
    if r.frame == "noun" and _MEMBERS_FROM.match(doc.text, trigger[1], sentence[1]):  # "a meeting of foreign ministers
        lands = sides.object_side(doc, sentence, trigger[1])  # from A, B and C": the countries they come from
        if len(lands) >= 2:
            return lands
    if r.frame == "noun" and doc.text.startswith(" of ", trigger[1]) and r.word.endswith("summit"):  # "a trilateral summit of
        persons = [m for m in sides.object_side(doc, sentence, trigger[1] + 4) if m.party.type == "PERSON"]  # A, B and C":
        if len(persons) >= 2:  # those it gathered
            return persons
    if r.frame == "noun" and r.word == "meeting" and doc.text.startswith("Meeting ", trigger[0]) and not doc.text[sentence[0] : trigger[0]].strip():
        guests = [m for m in sides.object_side(doc, sentence, trigger[1]) if m.party.type == "PERSON"]
        if guests and doc.text.startswith(",", guests[-1].end):
            r.frame = "verb"  # "Meeting Ambassador X, Prime Minister Y welcomed ...": Y met X (a gerund, no noun)
            return guests
    if r.frame == "noun" and r.word == "meeting" and doc.text.endswith(", ", sentence[0], trigger[0]) and _CAPITAL_NEXT.match(doc.text, trigger[1]):
        guests = [m for m in sides.object_side(doc, sentence, trigger[1]) if m.party.type == "PERSON"]
        if guests:
            r.frame = "verb"  # "flew to Muscat on Tuesday, meeting Foreign Minister X": the subject met X
            return guests
    direct = r.frame in ("verb", "host", "call", "callon") and not r.word.endswith(_NOUN_ENDINGS)
    if not (r.between or r.word.endswith(("with", " to")) or direct):
        return []
    after = trigger[1]
    if r.frame == "host" and doc.text.startswith(" in", trigger[1]):  # "received in audience at the Amiri Diwan this
        audience = _IN_AUDIENCE_AT.match(doc.text, trigger[1], sentence[1])  # morning Minister ... HE X": the guest after
        after = audience.end() if audience else after  # the audience, its hall and its time
    elif r.frame == "host" and r.word.endswith("audience"):  # "granted an audience at the Star Building in Yaounde to
        hall = _VENUE_TO.match(doc.text, trigger[1], sentence[1])  # X": the guest after "to"
        after = hall.end() if hall else after
    elif r.frame == "host" and doc.text.startswith(" at ", trigger[1]):
        hall = _AT_VENUE_IN_CITY.match(doc.text, trigger[1], sentence[1]) or _AT_VENUE.match(doc.text, trigger[1], sentence[1])
        after = hall.end() if hall else after
    right = sides.numbered_guests(doc, trigger[1], sentence[1]) or sides.numbered_lands(doc, trigger[1], sentence[1]) or sides.object_side(doc, sentence, after, lead_to=r.word.endswith(("welcome", "reception")))
    setting_first = _WHEN_WHERE.match(doc.text, trigger[1], sentence[1]) if r.frame == "host" and not right else None
    if setting_first:  # "received on Wednesday, February 12, 2025, at the Presidential Palace in Abidjan, the Minister
        right = sides.object_side(doc, sentence, setting_first.end())  # of Foreign Affairs of Ghana, X": the guest after
    if not right and r.frame == "verb" and r.word.startswith("me") and sides.civil_object(doc, trigger[1], sentence[1]):
        return None  # "met students of the Institute": no office holder, no contact
    if not right and not r.between:  # "met the president", "called on the prime minister": whom the title names
        led = _TO_THE.match(doc.text, trigger[1]) if r.word.endswith(("welcome", "reception")) else None  # "accorded a
        # welcome to the visiting leader"
        right = sides.title_object(doc, led.end() if led else trigger[1], sentence[1], sides.all_persons(doc, (doc.sentences[r.index][0], trigger[0])))
    delegations = sides.DELEGATIONS_OF.match(doc.text, trigger[1], sentence[1]) if not right and r.between else None
    if not right and r.between and (group := word_classes()["group"].match(doc.text, delegations.end() if delegations else trigger[1] + 1)):
        named = sides.all_persons(doc, (sentence[0], trigger[0]))
        if len(named) == 2 and not same_side(named[0].party, named[1].party):
            return named  # "X says Y has agreed to ..., following a call between the two leaders": X and Y
        r.anaphoric = r.group = True  # "the second meeting between the two premiers": whoever the story last had meet
        r.of_countries = bool(word_classes()["countries"].search(group.group())) and (delegations or not doc.text.startswith(("'", "’"), group.end()))
        # ("consultations between the two countries": their states; not "between the two countries' leaders", but "between
        # delegations of the two countries' foreign ministries": delegations of no named leader stand for their lands)
        r.fallback = sides.previous_subjects(doc, r.index)  # (with no meeting before: the pair the last sentence named)
        return []
    if not right and r.frame == "host" and (group := word_classes()["group"].match(doc.text, trigger[1] + 1)) and _GROUP_GUESTS.match(group.group()):
        r.anaphoric = r.group = True  # "X received the two ministers": the pair told before, at a meeting of its own
        r.fallback = sides.previous_subjects(doc, r.index)
        return []
    if r.frame == "callon" and _URGED_TO.match(doc.text, trigger[1], sentence[1]):
        return None  # "called on the Hungarian premier to drop his veto": an appeal, no courtesy call
    whom = doc.find(_WHOM_BEFORE, max(sentence[0], trigger[0] - 40), trigger[0], ("whom",)) if not right and r.frame in ("host", "verb", "callon") else None
    if whom is not None:  # "alongside X, whom he had received earlier that morning": X, named before "whom"
        right = [m for m in doc.mentions_in(max(sentence[0], whom.start() - 80), whom.start()) if m.end == whom.start() and sides.person_like(doc, m)]
    if r.frame in ("callon", "host") and not right and _OBJECT_PRONOUN.match(doc.text, trigger[1]):
        return []  # "X had called on him at his hotel", "Biden hosted him at the White House": whom "him" names (read
        # with the subject)
    if r.frame in ("host", "callon") and not any(sides.person_like(doc, m) or sides.office_of_land(doc, m) for m in right):  # a guest,
        # "the Pakistani premier", "Qatar's Emir" too
        orgs = [m for m in right if m.party.multilateral]
        if r.frame == "host" and orgs and doc.find(word_classes()["event"], orgs[0].end, min(sentence[1], orgs[0].end + 40), class_stems()["event"]):
            r.kind = "summit"  # "Italy hosts a G7 ministers' meeting": the host and the gathering
            return orgs[:1]
        listed = _COUNTERPARTS_LISTED.match(doc.text, trigger[1], sentence[1]) if r.frame == "host" else None
        if listed:  # "hosted his Quad counterparts - India's X, Japan's Y and Australia's Z -": the bloc's ministers
            blocs = [m for m in doc.mentions_in(*listed.span("bloc")) if m.party is not None and m.party.multilateral]
            guests = [m for m in sides.object_side(doc, sentence, listed.end()) if m.party.type == "PERSON"]
            if blocs and guests:
                r.kind = "summit"
                return [*blocs[:1], *guests]
        sent = _SENT_FROM.match(doc.text, trigger[1], sentence[1]) if r.frame == "host" else None
        if sent:  # "hosted his counterparts from Russia, Iran and Armenia", "received a delegation from the African Union"
            sides_from = [m for m in sides.object_side(doc, sentence, sent.end(), places_ok=True) if m.party.type in ("GPE", "ORG")]
            if sides_from:
                r.delegation = len(sides_from) == 1  # "a delegation from the African Union": talks with the bloc's envoys
                return sides_from
        return None  # "welcomed the decision", "called on China to": no guest or host, no meeting
    talks = _FOR_TALKS_WITH.match(doc.text, right[-1].end, sentence[1]) if r.frame == "host" and right else None
    joined = [m for m in sides.object_side(doc, sentence, talks.end()) if m.party.type == "PERSON"] if talks else []
    if joined:  # "hosted X in Paris for trilateral talks with Y": one meeting of the three
        r.talks_with = True
        return [*right, *joined]
    return right


def _told_how(r: Reading) -> bool:
    """Whether "X and Y spoke" goes on to say how: "face to face", "in person", "by phone" (not "spoke warmly of")."""
    end = min(r.sentence[1], r.trigger[1] + _HOW_REACH)
    return bool(
        r.doc.find(word_classes()["in_person"], r.trigger[1], end) or r.doc.find(_REMOTE_LATER, r.trigger[1], end, _REMOTE_STEMS)
        or _FOR_A_WHILE.match(r.doc.text, r.trigger[1], r.sentence[1])
    )  # ("the two leaders spoke for more than two hours": a conversation, not "spoke at the forum")


def _remote_before(r: Reading) -> bool:
    """"In a phone call on Tuesday, X and Y discussed ...": the verb the sentence opened with a call for (a verb's)."""
    if r.frame not in ("sym", "verb"):
        return False
    return bool(r.doc.find(_REMOTE_OPENING, r.sentence[0], r.trigger[0], ("phone", "video", "call")))


def _remote_later(r: Reading) -> bool:
    """Whether the trigger's clause says, after the other side, that the talks went by phone or video (a verb's:
    "a summit held via video link" is a summit still)."""
    if r.frame not in ("verb", "sym", "host", "call") or "summit" in r.word:
        return False
    if not r.doc.may_hold(r.trigger[1], min(r.sentence[1], r.trigger[1] + _REMOTE_REACH), _REMOTE_STEMS):
        return False  # (the cheap test first)
    end = min(setting.clause_end(r.doc, r.trigger[1], r.sentence[1]), r.trigger[1] + _REMOTE_REACH)
    medium = r.doc.find(_REMOTE_LATER, r.trigger[1], end, _REMOTE_STEMS)
    if medium is None or any(r.trigger[1] <= other[0] < medium.start() for other in r.others):
        return False  # ("held talks with X in Maputo and spoke to him by telephone last week": the call's medium)
    return not setting.OTHER_CLAUSE.search(r.doc.text, r.trigger[1], medium.start())  # (not "met X, days after they
    # spoke by phone")


def _later_plan(doc: Document, before: MeetingMention, mention: MeetingMention) -> bool:
    """"The visit comes days before Xi travels to India for a summit": a plan told after "before" is an event of its
    own, later than the held one told first, and keeps its mood."""
    return mention.status == "planned" and before.status == "held" and " before " in doc.text[before.end : mention.start]


def _on_the_trip(doc: Document, trip: MeetingMention, mention: MeetingMention) -> None:
    """"visited Tehran last week and met A as well as B": talks joined by "and" to the held TRIP before them took
    place there and then (each of them, once split), unless they are with someone of a third country; "arrived in the
    Saudi capital on Monday and held talks with X": then, whatever the place."""
    if mention.kind != "meeting" or trip.frame != "visit" or trip.status != "held" or not _AND_THEN.fullmatch(doc.text, trip.end, mention.start):
        return
    lands = {p.country for p in trip.parties if p.type == "GPE"}
    hosts = [p for p in mention.parties if p.type == "PERSON" and p not in trip.parties]
    if mention.place is None and trip.place and all(p.country in (None, *lands) for p in hosts):
        mention.place = trip.place
    mention.date = mention.date or trip.date


def _earlier_trips_of(doc: Document, trip: MeetingMention, mention: MeetingMention) -> bool:
    """"X's third visit to Vietnam, following his visits in November 2015 and 2017": earlier trips of TRIP's
    traveller (whom "his" stands for), told with no place of their own, went where TRIP goes."""
    if mention.frame != "visit" or trip.frame != "visit" or any(p.type == "GPE" for p in mention.parties):
        return False
    travellers = [p for p in trip.parties if p.type == "PERSON"]
    return len(travellers) == 1 and len(mention.parties) <= 1 and any(p.type == "GPE" for p in trip.parties) and bool(
        doc.find(_EARLIER_TRIPS, max(trip.end, mention.start - 40), mention.start)
    )


def _each_trip(doc: Document, trip: MeetingMention, mention: MeetingMention) -> list[MeetingMention]:
    """The earlier trips of MENTION to TRIP's place, one for each date that follows it ("in May 2015 and June 2017")."""
    lands = [p for p in trip.parties if p.type == "GPE"]
    end = setting.clause_end(doc, mention.end, mention.sentence[1])
    days = [d for d in doc.dates_in(mention.end, end) if str(d["value"])[:1].isdigit()]
    dated = [setting.day_of(d) for d in days] or [mention.date]
    travellers = [p for p in trip.parties if p.type == "PERSON"]  # ("his": the traveller just named, not the clause's subject)
    return [replace(mention, parties=travellers + lands, place=mention.place or trip.place, date=day, status="held") for day in dated]


def _onward_leg(doc: Document, before: MeetingMention, leg: MeetingMention) -> None:
    """"met X in Abu Dhabi on Monday, before flying to Riyadh for talks with Y", "will meet X on Thursday, and then
    travel to Kazan": a trip told as what the traveller did next, in the same sentence, is onward; one for talks, with
    no day of its own, is made that day (not "before heading to Accra, where she will meet Y on Wednesday": those
    talks have a day of their own)."""
    if leg.frame != "visit" or not doc.text.endswith((" before ", " and then "), max(before.end, leg.start - 10), leg.start):
        return
    leg.onward = True  # (no trip to the gathering told before it: it leaves for elsewhere)
    if leg.date is None and before.date is not None and before.status == leg.status == "held" and _FOR_TALKS.match(doc.text, leg.end, leg.sentence[1]):
        leg.date = before.date


def _trip_purpose(doc: Document, trip: MeetingMention, mention: MeetingMention) -> None:
    """"X's trip to Berlin in July for the yearly summit with Y": the talks a held TRIP was made for are its
    traveller's, there and then (the noun names only the host after "with")."""
    if trip.frame != "visit" or mention.frame != "noun" or mention.anaphoric or len(mention.parties) not in (1, 2) or not mention.objects:
        return
    travellers = [p for p in trip.parties if p.type == "PERSON"]
    if len(travellers) != 1:
        return
    if (travellers[0] in mention.parties) != (len(mention.parties) == 2):
        return  # (the host alone, or the host and the traveller found already: no one else)
    if not doc.find(_FOR_PURPOSE, max(trip.end, mention.start - 40), mention.start):
        return
    mention.parties = dedupe(travellers + mention.parties)
    mention.place = mention.place or trip.place
    mention.date = mention.date or trip.date


def _visitors_by(doc: Document, sentence: tuple[int, int], after: int) -> list[Mention]:
    """"the visit by X": X, named right after the noun, is the visitor (not in "a visit by X to the US", which
    the sentence's subject may say more of)."""
    by = _BY_NAME.match(doc.text, after, sentence[1])
    visitors = [m for m in sides.object_side(doc, sentence, by.end()) if m.party.type == "PERSON"] if by else []
    return [] if visitors and _TO_AFTER.match(doc.text, visitors[-1].end, sentence[1]) else visitors


def _for_purpose(doc: Document, start: int, trigger_start: int) -> bool:
    """"flew to Paris for talks": the trigger is what the verb before it is done for (not "discussed arrangements
    for a visit": the topic of the talk, with a mood of its own)."""
    found = doc.find(_FOR_PURPOSE, start, trigger_start)
    return found is not None and not _TOPIC_FOR.search(doc.text, max(0, found.start() - 20), found.start())


def _trip_to_meet(doc: Document, trip: MeetingMention, mention: MeetingMention) -> None:
    """"is to travel to Madrid on Monday to meet X": talks the infinitive after a TRIP names are held there and then,
    and are planned when the trip is."""
    if trip.frame != "visit" or mention.frame != "verb" or mention.kind != "meeting" or not _TO_MEET_GAP.fullmatch(doc.text, trip.end, mention.start):
        return
    if " and " in doc.text[trip.end : mention.start]:
        return  # "arrived in Jakarta and is expected to meet X": a plan of its own
    mention.place = mention.place or trip.place
    mention.date = mention.date or trip.date
    mention.status = trip.status


def _shares_subject(doc: Document, before: MeetingMention, mention: MeetingMention) -> None:
    """"The two presidents first shook hands in Doha and met again in New Delhi": a verb with no side of its own
    joined by "and" to the mention BEFORE it in the sentence meets the same sides (the group, or both named); "first
    met on the margins of a G20 gathering in Rio and met again in New York": past the gathering's name."""
    gathering = before.sidelines_span if _only_its_gathering(before, mention) else None
    if not _AND_THEN.fullmatch(doc.text, gathering[1] if gathering else before.end, mention.start):
        return
    mention.parties = []
    if gathering:  # (held on the margins of no gathering: the second meeting is of the kind of the first)
        kind = mention.kind if mention.kind == "call" else before.kind  # ("and spoke by phone in January": a call still)
        mention.kind, mention.sidelines, mention.sidelines_of, mention.sidelines_span = kind, False, None, None
    if before.group:
        mention.anaphoric = mention.group = True
        mention.named_last = before.named_last
        mention.of_countries, mention.leaders, mention.ministers, mention.group_size = before.of_countries, before.leaders, before.ministers, before.group_size
    elif before.frame in ("verb", "sym") and len(before.parties) >= 2 and not before.objects:
        mention.parties = list(before.parties)  # "X and Y shook hands in Doha and met again in New Delhi"


def _only_its_gathering(before: MeetingMention, mention: MeetingMention) -> bool:
    """Whether MENTION's only side is the gathering on whose margins the mention BEFORE it was held, named in between
    ("met on the margins of a G20 gathering in Rio and met again"): the gathering is no subject of the second verb."""
    span, gathering = before.sidelines_span, before.sidelines_of
    if span is None or gathering is None or not before.end <= span[0] <= span[1] <= mention.start:
        return False
    return bool(mention.parties) and all(p.name == gathering.name for p in mention.parties)


def _subject_of_before(doc: Document, before: MeetingMention, mention: MeetingMention) -> None:
    """"X met Y, with whom he discussed trade, and held a separate meeting with Z": a verb after a bare ", and" has
    no subject of its own; it shares the subject of the mention BEFORE it in the sentence (not Y, named last)."""
    if not _BARE_AND.search(doc.text, max(before.end, mention.start - 30), mention.start) or not before.objects:
        return
    guests = {m.party.name for m in before.objects if m.party is not None}
    subject = [p for p in before.parties if p.name not in guests]
    objects = dedupe([m.party for m in mention.objects if m.party is not None])
    if subject and objects and not any(same_side(p, q) for p in subject for q in objects):
        mention.parties = dedupe([*subject, *objects])


def _past_date(doc: Document, start: int, end: int) -> int:
    """Where the words after START go on past a date right there ("to Washington [in late October] by X"), else START."""
    right = doc.dates_in(start, min(end, start + 40))[:1]
    return right[0]["end"] if right and _BEFORE_DATE.fullmatch(doc.text, start, right[0]["start"]) else start


def _placed_gathering(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """"attended the Dar es Salaam summit": the gathering reported before, named by its city, or None."""
    found = _THE_CITY_GATHERING.match(doc.text, start, end)
    if found is None:
        return None
    named = doc.mentions_in(found.start(1), found.end(1))
    city = len(named) == 1 and named[0].start == found.start(1) and named[0].end == found.end(1) and named[0].entity.get("type") == "GPE"
    return found if city else None


def _for_gathering(doc: Document, sentence: tuple[int, int], start: int) -> bool:
    """Whether a trip's purpose after START is a gathering of many sides: "for the Group of 20 summit", "for the
    ASEAN-India ministers' consultations", "for a meeting of the foreign ministers of ..." (not "for talks", "for
    political consultations", "for the annual bilateral summit")."""
    end = min(sentence[1], start + _PURPOSE_REACH)
    found = _FOR_GATHERING_PURPOSE.match(doc.text, start, end) if doc.may_hold(start, end, ("for ",)) else None
    if not found or "bilateral" in found.group().lower() or doc.text.startswith(" with ", found.end()):
        return False  # ("for the annual summit with President X": the talks of two, the trip's meeting)
    noun = found.group("noun").lower()
    blocs = any(m.party is not None and m.party.multilateral for m in doc.mentions_in(found.start(), found.end()))
    if noun == "summit" and not blocs and _TWO_SIDED.search(found.group()):
        return False  # "invited Y to visit India for another informal summit": the two leaders' own summit
    if noun in ("summit", "summits", "conference", "forum", "assembly", "gathering", "session", "ministerial"):
        return True
    body = _OF_JOINT_BODY_AFTER.match(doc.text, found.end()) if found.group("of") and not blocs else None
    if body and not any(m.entity.get("type") == "ORG" for m in doc.mentions_in(*body.span())):
        return False  # "to visit Egypt for the second meeting of the council": the two lands' own body, the trip's talks
    return bool(found.group("of")) or blocs


def _forum_named(doc: Document, sentence: tuple[int, int], start: int) -> list[Mention]:
    """The organization a trip's purpose after START names as its gathering when no trigger word does: "for the
    World Economic Forum", "for the UN General Assembly" (not "for the NATO summit": "summit" is read itself)."""
    found = _FOR_GATHERING_PURPOSE.match(doc.text, start, min(sentence[1], start + _PURPOSE_REACH))
    if not found:
        return []
    blocs = [m for m in doc.mentions_in(found.start(), found.end()) if m.party is not None and m.party.type == "ORG" and m.party.multilateral]
    if found.group("noun").lower() in ("forum", "assembly", "conference", "ministerial"):
        return blocs[:1]
    return [m for m in blocs if m.end == found.end("noun")][:1]  # "for the East Asia Summit": the word ends the name


def _last_event(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """The last noun of a meeting or gathering in START..END: what "attended by X" after it is said of."""
    found = None
    if doc.may_hold(start, end, ("summit", "forum", "conference", "session", "congress", "assembly", "talks", "meeting", "consultations")):
        for found in _EVENT_NOUN.finditer(doc.text, start, end):
            pass
    return found


def _of_bloc(doc: Document, start: int, end: int) -> Mention | None:
    """The bloc named right after a meeting noun ending at START, whose gathering it is ("the meeting of the SCO
    Council of Heads of State hosted by X, which was also attended by Y", "the meeting of the European Council"): no
    two-sided talks."""
    of = _OF_THE.match(doc.text, start, end)
    named = doc.mentions_in(of.end(), end)[:1] if of else []
    return named[0] if named and named[0].start == of.end() and named[0].party is not None and named[0].party.multilateral else None


def _joined_for(r: Reading) -> list[Mention] | None:
    """"X joined A and B for a trilateral summit", "joined A for talks": A and B, the kind from the noun."""
    joined = [m for m in sides.object_side(r.doc, r.sentence, r.trigger[1]) if m.party.type == "PERSON"]
    purpose = _FOR_EVENT.match(r.doc.text, joined[-1].end, r.sentence[1]) if joined else None
    if purpose is None:
        return None  # "joined the EU", "joined forces": no meeting
    noun = purpose.group(1).lower()
    r.kind = "summit" if noun in ("summit", "conference", "forum") else "meeting"
    if noun in _MEALS:
        r.frame = "verb"  # "joined Y for breakfast": a meal of their own, as "had breakfast with Y" (not aides of talks before)
    return joined


def _signed_there(r: Reading, left: list[Mention]) -> bool:
    """Whether persons signed something together at a place the clause names ("A and B signed a protocol in
    Cairo"): a signing by two named persons in one place is a meeting (by countries, or with no place, it may not be)."""
    if len(left) < 2 or not all(m.party is not None and m.party.type == "PERSON" for m in left):
        return False
    if r.doc.text[left[-1].end : r.trigger[0]].strip():
        return False  # the names right before the verb ("A and B signed"), not "A said B signed"
    end = setting.clause_end(r.doc, r.trigger[1], r.sentence[1])
    return any(m.venue_like for m in r.doc.mentions_in(r.trigger[1], end))


def _late_with(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int], word: re.Pattern[str] = _WITH) -> int | None:
    """Where "with" (or WORD: "between") ends when only adverbs, dates and a place ("in Moscow", "in the Russian
    capital") stand between the trigger and it ("held talks in Moscow on Wednesday with"), else None."""
    found = doc.find(word, trigger[1], min(sentence[1], trigger[1] + _SIDELINES_REACH), ("with",) if word is _WITH else ("between",))
    if found is None:
        return None
    gap = sides.without_dates(doc, trigger[1], found.start())
    if _SIDELINES_GAP.fullmatch(gap):
        return found.end()  # "held talks on the sidelines of the SCO summit in Tianjin with"
    if found.start() - trigger[1] > _LATE_WITH_REACH:
        return None
    if _LATE_WITH.match(gap + "with"):
        return found.end()
    buildings = setting.venue_spans(doc, trigger[1], found.start()) if doc.may_hold(trigger[1], found.start(), (" the ",)) else []
    if len(buildings) == 1:  # "held talks in the Kremlin on Thursday with": the building as the place "X"
        gap = sides.without_dates(doc, trigger[1], buildings[0][0]) + "X " + sides.without_dates(doc, buildings[0][1], found.start())
        return found.end() if _LATE_WITH.match(gap + "with") else None
    for m in reversed(doc.mentions_in(trigger[1], found.start())):  # the places named in the gap, as "X"
        if m.party is None or m.party.type != "GPE" or not m.place_like:
            return None
        gap = sides.without_dates(doc, trigger[1], m.start) + " X " + sides.without_dates(doc, m.end, found.start())
    return found.end() if _LATE_WITH.match(gap + "with") else None


def _lands_of_group(r: Reading, group_start: int, delegates: bool = False) -> list[Mention]:
    """The lands the sentence names together before the group at GROUP_START ("their leaders", "the two countries"),
    when they say or agree what the group will do ("Chile and Peru agreed that their leaders will meet"), or, for
    a group that opens the sentence (or follows "Officials from"), those the sentence before opens with (for
    DELEGATES, a group that stands for others, also the lands of the persons it opens with); else [] ("Chile and
    Peru will hold talks in Lima when ministers of the two nations visit": those talks' sides)."""
    opening = r.doc.sentences[r.index][0]
    behind = 0 < group_start - opening < 40 and bool(_DELEGATES_FROM.fullmatch(r.doc.text, opening, group_start))
    if group_start == opening or behind:  # "Chile and Peru restored ties. Their leaders will meet": the lands the
        lands = sides.opening_lands(r.doc, r.index - 1)  # sentence before opens with ("Boric and Boluarte spoke. Their
        return lands or (sides.lands_of_subjects(r.doc, r.index) if delegates or behind else [])  # envoys": the persons')
    lands = sides.lands_before(r.doc, r.sentence, group_start)
    verb = r.doc.find(word_classes()["clause_verb"], lands[-1].end, group_start, class_stems()["clause_verb"]) if lands else None
    return lands if verb is not None else []


_SUMMIT_CLAUSE = lazy_pattern(r",\s+(?:where|at\s+which|during\s+which)\s", re.IGNORECASE)  # "..., at which X and Y signed"


def _leaders_in_clause(doc: Document, sentence: tuple[int, int], after: int, lands: list[Mention]) -> list[Mention]:
    """"The India-Japan summit took place in Tokyo, where Modi and Kishida signed ...": the persons of the two LANDS
    the "where" ("at which", "during which") clause after the summit names, one for each land; else []."""
    if len(lands) != 2 or not all(sides.is_land(m) for m in lands) or not doc.may_hold(after, sentence[1], ("where", "which")):
        return []
    clause = _SUMMIT_CLAUSE.search(doc.text, after, sentence[1])
    if clause is None:
        return []
    persons = [m for m in doc.mentions_in(clause.end(), sentence[1]) if m.party is not None and m.party.type == "PERSON"]
    named = [next((p for p in persons if p.party.country == land.party.country), None) for land in lands]
    return named if all(named) else []


def _subject(r: Reading, right: list[Mention]) -> list[Mention]:
    """Who does it: a possessor, the subject of the clause, a title or pronoun pointing back, or, for
    "the two leaders" and "the talks", nobody yet (the mention is anaphoric)."""
    if r.between:
        return []
    if r.visitors:
        return r.visitors
    doc, sentence, start = r.doc, r.sentence, r.trigger[0]
    opens = r.frame == "attend" and start == doc.sentences[r.index][0]  # "Taking part in the meeting were A and B"
    verb = _AMONG_VERB.search(doc.text, r.trigger[1], sentence[1]) if r.word.startswith("among") or opens else None
    listed = sides.object_side(doc, sentence, verb.end()) if verb else []
    if listed:  # "Among the leaders attending the summit were A and B": those after the verb (not "A and B were among")
        return [m for m in listed if m.party.type == "PERSON"] or listed  # ("the Secretary General of the Presidency, X": X)
    invited = _AT_INVITATION.search(doc.text, sentence[0], start) if doc.may_hold(sentence[0], min(start, sentence[0] + _INVITATION_OPENING), ("invitation",)) else None
    if invited is not None and r.frame in ("visit", "verb"):  # "At the invitation of Xi, Dissanayake will pay a state
        inviters = [m for m in doc.mentions_in(invited.start("who"), invited.end("who")) if m.party is not None and m.party.type == "PERSON"]
        guests = sides.subject_side(doc, (invited.end(), sentence[1]), start, r.objects)  # visit to China": the guest, and
        if inviters and guests:  # the host who invited him (of the land visited, when several invite)
            lands = {m.party.country for m in right[:1] if m.party is not None}
            return [*guests, next((m for m in inviters if m.party.country in lands), inviters[-1])]
    hosted = doc.find(_HOSTED_FOR_VISIT, max(sentence[0], start - _HOSTED_FOR_VISIT_REACH), start, _HOSTED_FOR_VISIT_STEMS) if r.frame == "visit" else None
    if hosted is not None:  # "X will host Y for a state visit to Z": Y's trip, with X as host
        guests = [m for m in doc.mentions_in(hosted.start("guest"), hosted.end("guest")) if sides.person_like(doc, m)]
        hosts = sides.subject_side(doc, sentence, hosted.start(), r.objects)
        if guests and hosts:
            return guests + hosts
    purpose = doc.find(_FOR_TO, max(sentence[0], start - 60), start, ("for",))
    if purpose and doc.find(_TRAVEL_TO, max(sentence[0], purpose.start() - 12), purpose.start() + 4):
        purpose = None  # "is to leave for New York next week to attend": a trip's destination, not whom "for" names
    if purpose and (doc.text.endswith("invitation ", 0, purpose.start()) or doc.find(_FROM_INVITER, max(sentence[0], purpose.start() - 70), purpose.start())):
        purpose = None  # "extended an invitation for the President to visit" ("an invitation from X for the crown prince
        # to visit"): the guest, with the one who invites (below)
    if purpose:  # "pressed for the rebels to rejoin talks": the subject is whoever "for" names
        named = [m for m in doc.mentions_in(purpose.start(1), purpose.end(1)) if sides.eligible(m)]
        if len(named) >= 2:
            return named
        if sides.group_before(doc, (purpose.start(1), purpose.end(1)), purpose.end(1)):
            r.anaphoric = r.group = True  # "urged the two leaders to meet"
        r.unnamed = not r.group  # "for the rebels to rejoin talks": sides the story does not name here
        return []
    speakers = sides.pronoun_in_turn(doc, sentence, start) or sides.pronoun_in_quote(doc, sentence, start) or sides.between_us_in_turn(doc, sentence, r.trigger[1])
    if speakers and (len(speakers) == 1 or not right or r.word.startswith("expect")):  # "Vladimir Putin: ... We saw each
        return speakers  # other in December": the two who speak in the transcript; "Wang Yi: ... I held consultations with
        # X": the speaker; "we are expecting you in Kazan for the summit": the host and the guest, both there
    holders = sides.office_holders(doc, sentence, start) if not right else []
    if holders:  # "The foreign ministers agreed to convene ...": the two named with that office
        return holders
    if r.frame == "noun" and not right:  # "Speaking alongside X after talks in Y, Z said": X and Z
        whole = doc.sentences[r.index]
        opener = sides.opening_subject(doc, whole, r.trigger[1])
        phrase = [m for m in sides.all_persons(doc, (whole[0], start)) if opener and not same_side(m.party, opener[0].party)]
        if phrase:
            return phrase + opener
    if right and r.frame == "noun" and _THE_OPENS.fullmatch(doc.text, doc.sentences[r.index][0], start):
        r.reported = True  # "The talks with Mr. Lavrov covered trade": the talks with him reported before
        return []
    if right and r.frame == "noun" and doc.find(_THEIR_NOUN, max(sentence[0], start - 20), start, ("their",)):
        r.reported = True  # "After their talks with X, the leaders called Y": the talks with X reported before
        return []
    their = doc.find(_THEIR_SIDES, max(sentence[0], start - 50), start, ("their",))
    lands = _lands_of_group(r, their.start(), bool(_DELEGATES.search(their.group()))) if their else []
    if lands:  # "Chile and Peru said their presidents will meet": those lands, or the leaders named for them
        return lands
    pair = _pair_before_their(r) if r.frame == "noun" and not right else []
    if pair:  # "X said Y regretted missing their planned meeting": the two the sentence named
        return pair
    near_group = doc.find(word_classes()["group"], max(sentence[0], start - 60), start, GROUP_STEMS) or doc.find(_THE_TWO, max(sentence[0], start - 9), start, ("two",))
    if near_group and any(sides.eligible(m) or m.possessive for m in doc.mentions_in(near_group.end(), start)):
        near_group = None  # ("the second summit between the two leaders, after Mr. Modi's visit": Modi's visit)
    elif near_group and "," in doc.text[near_group.end() : start] and doc.find(_WHO_ASIDE, max(sentence[0], near_group.start() - 120), near_group.start()):
        near_group = None  # ("X, who co-chairs the commission between the two countries, held talks": X)
    if near_group:  # the group right before the trigger is its subject
        persons = sides.all_persons(doc, (sentence[0], near_group.start()))
        named = dedupe([m.party for m in persons])
        countries = word_classes()["countries"].search(near_group.group())
        if len(named) == 2 and not countries:  # "X has not spoken with Y, but the two leaders will meet"
            return [m for m in persons if m.party in named]
        lands = _lands_of_group(r, near_group.start()) if not named else []
        if lands:  # "Chile and Peru agreed that the two leaders will meet": the lands, or the leaders named for them
            return lands
        speaker = sides.reporting_pronoun(doc, r.index) if len(named) == 1 and not countries else []
        if speaker and speaker[0].party not in named:  # "She added that a meeting with Y was off, although the two
            return speaker + persons  # leaders have spoken by phone": she is whoever the story last quoted
        left = []
    else:
        land = next((m.party.country for m in right if m.party is not None and m.party.type == "GPE"), None) if r.frame == "visit" else None
        if r.frame == "visit" and land is None:  # "arrived in the Chinese capital": the land of the capital named after it
            land = next((m.party.country for m in doc.mentions_in(r.trigger[1], min(sentence[1], r.trigger[1] + 16)) if m.party is not None and m.party.type == "GPE"), None)
        left = sides.possessor(doc, sentence, start) or sides.title_possessor(doc, sentence, start) or sides.pronoun_possessor(doc, r.index, start, land)
        left = _leaders_in_clause(doc, sentence, r.trigger[1], left) or left
        gap = _INVITATION_GAP.match(doc.text, left[-1].end, start) if r.frame == "visit" and left and "invitation" in doc.text[left[-1].end : start] else None
        if gap is not None:
            r.inviters_out = left  # "Modi accepted Hasina's invitation to visit Dhaka": Modi's trip, to which she invites him
            guests = [m for m in doc.mentions_in(gap.start("guest"), gap.end("guest")) if sides.person_like(doc, m)] if gap["guest"] else []
            left = guests or sides.subject_side(doc, sentence, left[0].start, r.objects)  # (or the guest it names)
        opening = doc.match(_GROUP_OPENS, sentence[0]) if not left and right and r.frame == "noun" else None
        if opening and not any(m.party is not None and m.party.type == "PERSON" for m in doc.mentions_in(opening.end(), start)):
            r.anaphoric = r.group = True  # "The two leaders last met in Sochi, and before that in Tehran for a summit with
            return []  # X": the pair the sentence opens with, and X
    invited = (not right or r.frame == "visit") and r.frame in ("verb", "visit") and doc.may_hold(max(sentence[0], start - _INVITATION_REACH), start, ("invitation",))
    inviter = _INVITATION_FROM.search(doc.text, max(sentence[0], start - _INVITATION_REACH), start) if invited else None
    if inviter is not None and left and not _HIS_OPENS.match(inviter["who"]):
        inviter = None  # (but "an invitation from his Azerbaijani colleague to visit": the "his" read above is the inviter's)
    if inviter is not None:  # "he had accepted an invitation from Trump to meet in Washington": the accepter and Trump
        hosts = [
            m for m in doc.mentions_in(inviter.start("who"), inviter.end("who"))
            if m.party is not None and (m.party.type == "PERSON" or sides.person_like(doc, m) or m.party.via_adjective and _COUNTERPART_AFTER.match(doc.text, m.end))
        ][-1:]
        named = [m for m in doc.mentions_in(inviter.start("guest"), inviter.end("guest")) if sides.person_like(doc, m)] if inviter["guest"] else []
        named = named or (sides.title_object(doc, inviter.start("guest") - 1, inviter.end("guest"), hosts) if inviter["guest"] else [])
        guests = named or sides.subject_side(doc, sentence, inviter.start(), r.objects) or sides.pronoun_owner(doc, r.index, inviter.start())
        guests = [m for m in guests if m.party is not None and m.party.type == "PERSON" and not any(same_side(m.party, h.party) for h in hosts)]
        if hosts and guests and hosts[0].party.type != "PERSON" and _COUNTERPART_AFTER.match(doc.text, hosts[0].end):
            hosts = sides.counterpart_named(doc, hosts[0], guests[0], inviter.start()) or hosts  # ("an invitation from his
            # Azerbaijani colleague": named here, as the land visited would otherwise stand for him)
        if hosts and guests:
            return guests[:1] + hosts
    if near_group is None:
        left = left or sides.relative_subject(doc, sentence, start) or sides.infinitive_subject(doc, sentence, start, r.objects)
    called = r.frame == "call" and _CALL_NOUN.search(r.word)  # ("their January 9 phone call", not "the two spoke by phone")
    if not left and (r.frame == "noun" or called) and not right and doc.find(_ANAPHORIC, max(sentence[0], start - 40), start) and not _names_its_bloc(r) and not _preparatory(r):
        r.joining = doc.find(_AT_THE_BEFORE, max(sentence[0], start - 8), start) is not None  # "shared the podium with X
        # at the meeting": X was at the meeting reported before
        if doc.find(_THEIR, max(sentence[0], start - 40), start):  # "X and Y signed ... after their talks"
            clause = sides.clause_start(doc, sentence, start)  # ("Mali, Niger and Chad signed a treaty at their summit": the subject)
            owners = sides.subject_side(doc, (sentence[0], sentence[1]), clause - 1 if clause > sentence[0] else start, r.objects)
            if len(owners) >= 2:
                return owners
        r.anaphoric = True
        r.group = r.group or bool(_THE_TWO_HELD.match(doc.text, r.trigger[1], sentence[1]))  # "recalled the talks the two had held in
        # June": the pair's own
        if sides.group_before(doc, sentence, start):  # "They last crossed paths at the G20 summit": who the sentence
            r.fallback = sides.previous_subjects(doc, r.index)  # before named, should the summit be none told before
        return []
    if not left and not near_group and doc.find(_HE_BEFORE, max(sentence[0], start - 40), start, ("he ", "she ")):
        left = sides.pronoun_owner(doc, r.index, start)  # "when, as Crown Prince, he was received by X": whom "he" names
    if not near_group:
        left = left or sides.latter_or_former(doc, r.index, start)  # "after the latter spoke with Z"
        left = sides.with_titled_partner(doc, sentence, left or sides.subject_side(doc, sentence, start, right + r.objects)) or sides.title_antecedent(doc, sentence, start, land, right)
        left = sides.land_title_holder(doc, left, start) or left  # "the Chinese foreign minister could visit": the one named
    if not left and r.frame == "noun" and not right and doc.find(_AFTER_BARE, max(sentence[0], start - 30), start, ("after", "since", "following")):
        if doc.find(_THEIR_EARLIER, sentence[0], start, ("their",)):  # "It was their second meeting, after talks in Geneva in
            r.anaphoric = r.group = True  # April": the same pair's earlier talks
            return []
    if not left:
        group = sides.group_before(doc, sentence, start)
        if group:
            r.anaphoric = r.group = True
            r.of_countries = bool(word_classes()["countries"].search(group) or doc.match(_AT_OTHER_LEVEL, r.trigger[1], sentence[1]))
            # ("The two ministers agreed to hold consultations at deputy minister level": a meeting of their states)
            r.fallback = sides.previous_subjects(doc, r.index)  # "They" with no meeting before: who the last sentence named
            return []
        left = sides.pronoun_antecedent(doc, r.index, start, sentence[0])
        window = (max(sentence[0], start - 80), start, ("invitation",))
        invitation = doc.find(_INVITED_TITLE, *window) or doc.find(_INVITED_PRONOUN, *window) if not left and r.frame == "visit" else None
        if invitation is not None and invitation.group().lower().startswith("invitation"):  # "X extended an invitation for the President to visit Japan": X, who invites (the guest
            left = sides.subject_side(doc, sentence, invitation.start(), r.objects)  # joins below)
        if not left and right and _opening(doc, sentence, start):
            left = sides.person_after(doc, sentence, right[-1].end, right) or sides.main_person(doc, start, right)  # "At the
            # meeting with X, issues of transit were considered": the story's main person met X
    guest_at = left[0].start if left and left[0].start >= sentence[0] else None
    if left and guest_at is None and r.frame in ("attend", "visit"):  # "The Taoiseach invited the President to visit
        titled = doc.find(_INVITED_TITLE, max(sentence[0], start - 80), start, ("invit",))  # Ireland": the guest, named before,
        guest_at = titled.start("the") if titled is not None and titled.group().lower().startswith("invit") else None  # by title here
    if r.frame in ("attend", "visit") and guest_at is not None and doc.find(_INVITED, max(sentence[0], guest_at - 30), guest_at):
        subject = sides.subject_side(doc, sentence, guest_at, r.objects) or [  # "Putin invited Modi to take part in",
            m for m in sides.pronoun_antecedent(doc, r.index, guest_at, sentence[0]) or sides.title_antecedent(doc, sentence, guest_at) if m not in left
        ]  # "Lula invited Xi to visit Brazil", "He invited Xi to visit India" (whom "he" stands for): the leader who
        # invites hosts the trip (a minister's guest makes a visit)
        if r.frame == "visit":
            subject = [m for m in subject if m.party is not None and m.party.type == "PERSON" and _LEADER_ROLE.search(m.party.role or "")]
            r.inviters = [m.party for m in subject]
        left = [m for m in subject if m not in left] + left
    if r.frame in ("attend", "visit") and left:
        invited = [m for m in _invitee(r, left) if m not in left]  # "X invited him to visit": X and whom "him" names
        if invited and r.frame == "visit" and not any(m.party is not None and _LEADER_ROLE.search(m.party.role or "") for m in left):
            r.inviters_out, left = left, []  # "Foreign Minister X invited him to visit Hanoi": his trip (a leader who invites hosts it)
        left = left + invited
    left = sides.without_companions(doc, left)
    if len(left) == 1 and left[0].party is not None and left[0].party.via_adjective:
        left = sides.team_lead(doc, left[0], start) or left  # "The Syrian team also met X": the one who leads it
    if r.frame == "attend" and left:  # everyone named between the attendee and the gathering (in this sentence: "He" may
        left += [m for m in sides.all_persons(doc, (max(left[-1].end, sentence[0]), start)) if m not in left]  # name one before)
    if r.frame in ("noun", "verb") and len(left) == 1:
        left = _principal(doc, left[0], start) or left
    return left


def _pair_before_their(r: Reading) -> list[Mention]:
    """The two persons, and no more, that the sentence names before "their" right before a noun trigger ("their
    planned meeting"); [] otherwise."""
    doc, sentence, start = r.doc, r.sentence, r.trigger[0]
    their = doc.find(_THEIR_OWN_NOUN, max(sentence[0], start - 25), start, ("their",))
    if their is None:
        return []
    persons = sides.all_persons(doc, (sentence[0], their.start()))
    named = dedupe([m.party for m in persons])
    return [next(m for m in persons if m.party == p) for p in named] if len(named) == 2 else []


def _principal(doc: Document, speaker: Mention, start: int) -> list[Mention]:
    """"Kremlin aide X added that a meeting with Y is also planned": the one the aide (spokesperson, adviser) speaks
    for, the leader of the aide's land the story named most before START, not the aide; [] when SPEAKER speaks
    for no one or says nothing before START."""
    party = speaker.party
    if party is None or not party.country or not _MOUTHPIECE_ROLE.search(party.role or ""):
        return []
    if not _SPEECH_VERB.search(doc.text, speaker.end, start) or _PERSONAL_PRONOUN.search(doc.text, speaker.end, start):
        return []  # ("the spokesman said he met Y": the spokesman himself)
    leaders = [
        m for m in sides.all_persons(doc, (0, start))
        if m.party.country == party.country and m.party.name != party.name and _LEADER_ROLE.search(m.party.role or "")
    ]
    return sides.most_named(leaders)


def _invitee(r: Reading, inviters: list[Mention]) -> list[Mention]:
    """Whom "him"/"her" stands for in "X invited him to visit Y": the last other person named before it in the
    sentence ("met Xi and invited him"), else the first person of the sentence before ("Lee invited him")."""
    doc, start = r.doc, r.trigger[0]
    found = doc.find(_INVITED_PRONOUN, max(r.sentence[0], start - 60), start)
    if not found:
        titled = doc.find(_INVITED_TITLE, max(r.sentence[0], start - 80), start, ("invit",))  # "invited the President to pay
        return sides.title_object(doc, titled.start("the") - 1, start, inviters) if titled else []  # a state visit": by title
    here = [m for m in doc.mentions_in(doc.sentences[r.index][0], found.start()) if sides.person_like(doc, m) and m not in inviters]
    if here:
        return here[-1:]
    if r.index == 0:
        return []
    s0, s1 = doc.sentences[r.index - 1]
    before = [m for m in doc.mentions_in(s0, s1) if sides.person_like(doc, m) and not any(m.party == i.party for i in inviters)]
    return before[:1]


def _opening(doc: Document, sentence: tuple[int, int], start: int) -> bool:
    """Whether the trigger at START stands in a phrase opening the sentence, before its subject."""
    return not doc.text[sentence[0] : start].strip() or bool(_OPENING_PHRASE.match(doc.text, sentence[0], start))


def _with_bystanders(r: Reading, used: list[Mention]) -> list[Mention]:
    """USED, plus the persons of the trigger's clause for a bare noun ("Macron greeted Scholz's aides as the
    talks opened"), plus the organization named with a gathering ("the BRICS summit")."""
    doc, sentence, trigger = r.doc, r.sentence, r.trigger
    gathering = word_classes()["gathering"]
    gathering_word = _names_gathering(r.word)
    parties = [m for m in used if m.party is not None]
    if r.frame in ("noun", "call") and len(parties) < 2 and not r.between and not gathering_word and not r.reported and not r.group:
        end = setting.clause_end(doc, trigger[1], sentence[1])
        if _TOLD_AFTER_OPENING.match(doc.text, end) and _opening(doc, sentence, trigger[0]):
            end = setting.clause_end(doc, end + 1, sentence[1])  # "In a phone call, X told Y that": the main clause too
        end = sides.clause_stop(doc, trigger[1], end)
        later = [(start, stop) for start, stop in r.others if trigger[1] < start < end][:1]
        owner = [m for m in sides.possessor(doc, sentence, later[0][0]) if m.possessive] if later else []
        new_clause = bool(later) and (", and " in doc.text[trigger[1] : later[0][0]] or bool(_REMOTE.search(doc.text, *later[0])))
        end = owner[0].start if owner and owner[0].start > trigger[1] else later[0][0] if new_clause else end  # (not "The talks
        # also covered X's visit to Y for a summit with Z": X's trip; nor "recalled their first meeting, held in June, and
        # welcomed the visit of A and B": those the later trigger's clause tells; nor "The meeting followed a phone call
        # between A and B": the call's own sides)
        opening = sides.after_attribution(doc, sides.clause_start(doc, sentence, trigger[0]), trigger[0])  # not the source
        stems = ("said", "says", "stated", "added", "warned", "argued", "insisted", "predicted", "complained", "noted")
        speakers = [s.end() for s in _SPEAKER_ON.finditer(doc.text, opening, trigger[0])] if doc.may_hold(opening, trigger[0], stems) else []
        opening = speakers[-1] if speakers else opening  # nor whoever speaks of it
        extra = [m for m in sides.outside_asides(doc, opening, trigger[0], sides.all_persons(doc, (opening, end))) if m not in used]
        spoken = doc.quote_around(trigger[0])  # (not whom a quotation before the trigger names: "'... Modi in Russia,'
        extra = [m for m in extra if doc.quote_around(m.start) in (None, spoken)]  # Putin said at the start of the meeting")
        if extra and doc.may_hold(opening, end, ("message", "letter", "greetings")):  # (nor the sender of a message the
            extra = [m for m in extra if not _SENDER_BEFORE.search(doc.text, max(opening, m.start - 90), m.start)]  # guest hands over)
        if extra and doc.may_hold(trigger[1], end, ("according", "citing", "quoting")):  # "..., according to spokesman X": the source
            extra = [m for m in extra if not sides.is_source(doc, m, trigger[1])]
        if extra and len(parties) + len(extra) >= 2:
            used = used + extra
    joined = doc.find(_JOINED_BY, trigger[1], sentence[1], ("joined",)) if r.frame in ("attend", "noun", "verb", "host") else None
    joined = joined or (doc.find(_CHAIRED_BY, trigger[1], min(sentence[1], trigger[1] + 120), ("chaired", "hosted", "convened")) if r.frame == "attend" else None)
    if joined:  # "opened the forum, joined by the Japanese premier"
        used = used + [m for m in sides.all_persons(doc, (joined.end(), min(sentence[1], joined.end() + _BY_REACH)))[:1] if m not in used]
    presence = doc.find(_IN_PRESENCE_OF, trigger[1], sentence[1], _PRESENCE_WORDS) if r.frame != "call" and r.kind != "call" else None
    if presence and any(trigger[1] < start < presence.start() and setting.OTHER_CLAUSE.search(doc.text, trigger[1], start) for start, _ in r.others):
        presence = None  # "X received him, while Y received him in the presence of Z": Z sits in on the later one
    if presence:  # "received X, in the presence of Foreign Minister Y", "met ... under the facilitation of Y": Y too
        used = used + [m for m in sides.object_side(doc, sentence, presence.end()) if m.party.type == "PERSON" and m not in used]
    if doc.may_hold(*sentence, ("together with", "along with")):
        start, end = sides.clause_start(doc, sentence, trigger[0]), setting.clause_end(doc, trigger[1], sentence[1])
        for found in _TOGETHER_WITH.finditer(doc.text, start, end):  # "A and B met in Berlin together with C": C too
            used = used + [m for m in sides.object_side(doc, sentence, found.end()) if m.party.type == "PERSON" and m not in used]
    together = doc.find(_BROUGHT_TOGETHER, trigger[1], sentence[1], ("together",)) if gathering_word else None
    if together:  # "the summit, hosted by X, which brought together A, B and C": those named after attend it
        used = used + [m for m in sides.all_persons(doc, (together.end(), sentence[1])) if m not in used]
    if r.gathering:  # everyone the sentence names after a named gathering attends it ("alongside X", "that Y hosted")
        used = used + [m for m in sides.all_persons(doc, (trigger[1], sentence[1])) if m not in used and not m.possessive]
    invited = doc.find(_INVITATION, trigger[1], sentence[1], ("invitation", "invited", "hosted"))
    if invited and (doc.find(_WHERE_AFTER, trigger[1], invited.start(), ("where",)) or doc.text.find(", who ", trigger[1], invited.start()) >= 0):
        invited = None  # "arrived from New Delhi, where he attended the summit at the invitation of X": that clause's host
        # ("The meeting capped a morning for X, who began it at a breakfast hosted by Y": the breakfast's host)
    if invited and doc.find(_TO_WHICH, max(trigger[1], invited.start() - 40), invited.start(), ("which",)):
        invited = None  # "to attend the BRICS summit, to which he was invited by X": the gathering's, no talks with X
    if invited and _opening(doc, sentence, trigger[0]) and any(
        trigger[1] < start < invited.start() and "," in doc.text[trigger[1] : start] for start, _ in r.others
    ):
        invited = None  # "Following the meeting, X attended a lunch hosted by Y": the host of what the later trigger tells
    if invited and r.frame != "call" and r.kind != "call":  # "at the invitation of President Ramaphosa": the host takes part
        used = used + [m for m in sides.all_persons(doc, (invited.end(), min(sentence[1], invited.end() + 80)))[:1] if m not in used]
    elif r.frame != "call" and r.kind != "call" and doc.text.find("invitation", trigger[1], sentence[1]) >= 0:
        used = used + [  # "at President Ramaphosa's invitation": the host takes part
            m for m in sides.all_persons(doc, (trigger[1], sentence[1]))
            if m not in used and m.possessive and _OWN_INVITATION.match(doc.text, m.end)
        ][:1]
    if r.frame == "visit" and r.word.startswith("visit"):  # "Park's visit to Beijing" in a sentence naming Xi
        lands = {m.party.country for m in used if m.party is not None and m.party.type == "GPE"}
        guests = [m.party for m in used if m.party is not None and m.party.type == "PERSON"]
        opening = max(sides.clause_start(doc, sentence, trigger[0]), doc.text.rfind(",", sentence[0], trigger[0]) + 1)
        later = [start for start, _ in r.others if start > trigger[1]]  # (not "..., who met with X": X is that trigger's)
        stop = setting.clause_end(doc, trigger[1], sentence[1])
        where = _WHERE_AFTER.match(doc.text, stop, sentence[1]) if lands else None
        stop = setting.clause_end(doc, where.end(), sentence[1]) if where else stop  # "visited Kyiv, where he urged X"
        clause = (opening, min([stop, *later[:1]]))
        hosted = any(g.country in lands for g in guests)  # ("an invitation from X for Y to visit Tehran": X hosts it, not the envoy who brought it)
        used = used + [  # only in the visit's own clause: "met X, their first talks since she visited Y" is another trip
            m for m in sides.all_persons(doc, clause)
            if not hosted and m not in used and m not in r.inviters_out and m.party.country in lands and not any(same_side(m.party, g) for g in guests)
        ]
    named_gathering = gathering_word or r.frame == "noun" and "summit" in r.word and gathering.search(
        doc.text[max(sentence[0], trigger[0] - 20) : min(sentence[1], trigger[1] + 40)]  # the words around "summit"
    )
    if named_gathering and not any(m.party is not None and m.party.type == "ORG" for m in used):
        org = sides.nearest_org(doc, sentence, trigger)
        if org is not None and org.start > trigger[1] and doc.find(word_classes()["sidelines"], trigger[1], org.start, SIDELINES_STEMS):
            return used  # "The summit, held on the sidelines of the APEC forum": the pair's talks, with APEC their setting
        if org is None and "summit" in r.word:  # "AU heads of state ... gathered at a summit in X"
            org = next((m for m in sides.eligible_orgs(doc, (sentence[0], trigger[0])) if m.party.multilateral), None)
        org = org or (_bloc_named_before(doc, trigger[0]) if "summit" in r.word else None)
        if org is not None:
            used = used + [org]
    elif r.frame == "noun" and r.word.lower() == "meeting" and not any(m.party is not None and m.party.type == "ORG" for m in used):
        bloc = doc.mentions_in(max(sentence[0], trigger[0] - 40), trigger[0])[-1:]  # "the SCO Plus meeting", "the ASEAN
        if bloc and bloc[0].party is not None and bloc[0].party.multilateral and _BLOC_MEETING.fullmatch(doc.text, bloc[0].end, trigger[0]):
            used = used + bloc  # foreign ministers' meeting": the bloc's gathering
    return used


def _gathering_hosted(r: Reading) -> Mention | None:
    """The bloc of the gathering named right before "hosted by" ("the Quad Foreign Ministers' Meeting, hosted by
    Japan", "the next BRICS summit, to be hosted by India"), or None."""
    noun = r.doc.find(_GATHERING_BEFORE_HOSTED, max(r.sentence[0], r.trigger[0] - _GATHERING_HOSTED_REACH), r.trigger[0])
    blocs = [m for m in r.doc.mentions_in(noun.start(), noun.end()) if m.party is not None and m.party.multilateral] if noun else []
    return blocs[-1] if blocs else None


def _preparatory(r: Reading) -> bool:
    """"the preparatory meeting of the bloc's foreign ministers", told past the lead's first sentence, readies the gathering
    the story reports, so it is not the meeting told before (in the lead's sentence it is the news itself)."""
    before = r.doc.text[max(r.sentence[0], r.trigger[0] - 14) : r.trigger[0]].lower()
    if not any(word in before for word in class_stems()["preparatory"]):
        return False
    return r.index > (1 if r.doc.is_headline(0) else 0)


def _names_its_bloc(r: Reading) -> bool:
    """"The G7 summit opened in Kananaskis": a summit noun right after "the" and the organization whose gathering it
    is names that gathering, told for the first time as often as not (not "their summit": the one reported)."""
    if r.frame != "noun" or not r.word.startswith("summit"):
        return False
    bloc = r.doc.mentions_in(max(r.sentence[0], r.trigger[0] - 40), r.trigger[0])[-1:]
    if not bloc or bloc[0].party is None or not bloc[0].party.multilateral or r.doc.text[bloc[0].end : r.trigger[0]].strip():
        return False
    return bool(_THE_OR_THIS.search(r.doc.text, max(0, bloc[0].start - 6), bloc[0].start))


def _bloc_named_before(doc: Document, noun: int) -> Mention | None:
    """"the emergency Arab summit": the bloc whose members' adjective names the summit (its noun at NOUN), as a
    mention of that bloc."""
    word = _WORD_BEFORE.search(doc.text, max(0, noun - 30), noun)
    pattern, names = blocs()
    bloc = pattern.fullmatch(doc.text, *word.span(1)) if word else None
    if bloc is None:
        return None
    return Mention(word.start(1), word.end(1), {"type": "ORG", "name": names[bloc.lastgroup], "text": word.group(1)}, Party(names[bloc.lastgroup], "ORG"))


def _gathering_city(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> dict | None:
    """The city a gathering the trigger happened at is named after ("on the sidelines of the Antalya Diplomacy
    Forum", "at the Sharm El Sheikh Peace Summit", "at the Brussels conference on Syria")."""
    end = min(sentence[1], trigger[1] + _SIDELINES_REACH)
    if not named_gathering_noun().search(doc.text, trigger[1], end):
        return None  # (the cheap test first: most sentences name no gathering)
    starts = [trigger[1]] + [at.end() for at in _AT_GATHERING_NAME.finditer(doc.text, trigger[1], end)]
    for start in starts:  # ("attended the Brussels conference": the name right after the trigger)
        named = named_gathering(any_case=True).match(doc.text, start)
        if named:
            cities = [m for m in doc.mentions_in(*named.span()) if m.entity.get("type") == "GPE" and not m.entity.get("code")]
            return setting.place_dict(cities[0]) if cities else None
    return None


def _gathering_named(r: Reading) -> bool:
    """Whether the trigger's clause names a gathering it happened at or for ("... for the Trade Summit",
    "for the Trade Summit hosted by X")."""
    end = min(setting.clause_end(r.doc, r.trigger[1], r.sentence[1]), r.trigger[1] + 120)
    return any(named_gathering().match(r.doc.text, m.end()) for m in _FOR_GATHERING.finditer(r.doc.text, max(r.sentence[0], r.trigger[0] - 80), end))


def _mention(r: Reading, kind: str, parties: list[Party], used: list[Mention], right: list[Mention]) -> MeetingMention:
    doc, sentence, trigger = r.doc, r.sentence, r.trigger
    if r.anaphoric and r.frame == "noun" and not parties and not r.fallback:
        r.fallback = sides.previous_subjects(doc, r.index)  # (no meeting before: "X and Y agreed ... The talks, held in Z")
    resumed = r.anaphoric and bool(doc.find(_RESUMED, max(sentence[0], trigger[0] - 20), trigger[0], ("continue ", "resume ", "pursue ", "carry on ")))
    if resumed and kind == "call" and not any(word in r.word for word in ("phone", "video", "virtual")):
        kind = "talk"  # "continue their conversation next week in Brussels": in person where a place is named
    place = None
    if r.frame == "visit":
        destinations = [m for m in right if m.party is not None and m.party.type == "GPE"]
        one_place = _one_destination(destinations)
        # ("visited the French capital": that land's capital city)
        by_adjective = one_place is not None and one_place.entity.get("type") == "NORP" and doc.text.startswith(" capital", one_place.end)
        place = (setting.land_capital(one_place) if by_adjective else setting.place_dict(one_place)) if one_place else _there_for(doc, sentence, trigger)
    elif r.frame != "call" and kind != "call" or kind == "talk":  # ("spoke to X on the sidelines of ... in Dubai")
        later = next((o[0] for o in r.others if o[0] > trigger[1]), None)  # the next trigger after a comma has its own place
        until = later if later is not None and "," in doc.text[trigger[1] : later] else None
        named = named_gathering().match(doc.text, trigger[1]) if r.gathering else None
        inside = [m for m in doc.mentions_in(*named.span())] if named else []  # "the Vibrant Gujarat Global Summit in
        place = setting.find_place(doc, sentence, trigger, used + inside, until) if inside else None  # Gandhinagar": the
        place = place or setting.find_place(doc, sentence, trigger, used, until)  # city after the name, else one in it
        hosts = [
            m for m in used
            if (m.start >= trigger[1] if r.hosted_by else m.end <= trigger[0]) and m.party is not None and m.party.type == "GPE"
            and (m.entity.get("code") or r.hosted_by)
        ]  # ("the next Quad Leaders' Summit, to be hosted by India": in India; "hosted by Riyadh": there)
        if place is None and r.frame == "host" and kind == "summit" and hosts:
            place = setting.place_dict(hosts[0])  # "Pakistan will host the SCO meeting": in Pakistan
        if place is None and r.frame == "host" and right:
            place = _welcomed_to(doc, sentence, right[-1].end) or _welcomed_to(doc, sentence, trigger[1])  # (or "was welcomed to
            # Warsaw today by X")
    if place is None and r.frame != "visit" and kind != "call":
        place = setting.place_dict(r.trip_place) if r.trip_place is not None else _gathering_city(doc, sentence, trigger)
    others = [] if r.gathering else r.others  # "the Summit that X hosted on May 3"; "will host US-Iran talks on May 3"
    owned = (r.hosts_talks or r.frame == "attend") and right  # the talks or gathering named after the trigger are its own
    owned_end = right[-1].end + _ATTEND_SKIP if owned else trigger[1] + _ATTEND_SKIP if r.frame == "attend" else trigger[1]
    others = [o for o in others if not trigger[1] <= o[0] < owned_end]  # ("take part in a meeting of X on Monday": its day)
    date = setting.find_date(doc, sentence, trigger, others)
    planned = r.word.startswith("invited") or setting.is_planned(doc, sentence, trigger, r.headline, date)
    if not planned and r.frame == "visit":
        planned = setting.is_prepared_trip(doc, sentence, trigger)
    if not planned and r.frame == "attend" and doc.text.endswith("to ", 0, trigger[0]):
        planned = bool(doc.find(_PLANNED_THEN_TO, max(sentence[0], trigger[0] - 100), trigger[0]))
    trip = _trip_to(doc, sentence, trigger, attend=r.frame == "attend") if r.frame in ("noun", "attend") else None
    if trip is not None:  # "is expected to travel to Vientiane next month for the ministers' talks": the trip's place, day, mood
        destination, verb = trip
        if not any(p.type == "PERSON" for p in parties):  # "The prime minister flies to Rio for the G20 summit": the traveller
            travellers = (
                sides.possessor(doc, sentence, verb[0]) or sides.subject_side(doc, sentence, verb[0], []) or sides.title_antecedent(doc, sentence, verb[0])
            ) or sides.pronoun_in_turn(doc, sentence, verb[0])  # ("Vladimir Putin: ... I will come to Tianjin for the summit": the speaker)
            parties = union(parties, [m.party for m in travellers if m.party is not None and m.party.type == "PERSON"])  # (the
            # traveller stands for the state: "arrived in Moscow for the annual Russia-India summit" is Modi's talks)
        place = place or setting.place_dict(destination)
        due = doc.text.startswith(("due", "expected", "Due", "Expected"), verb[0])  # "is due in Banjul on Saturday for the summit": there then
        ahead = planned or due or setting.is_planned(doc, sentence, verb, r.headline, date)
        whole_days = due or ahead and r.frame == "noun"  # "will travel to Tokyo on Friday for the summit": the plan's day
        days = [d for d in doc.dates_in(verb[0], trigger[0]) if whole_days or not _FULL_DAY_VALUE.match(str(d["value"]))]  # "travel to
        trip_day = next(({"value": str(d["value"]), "text": d["text"]} for d in days), None)  # China in September for the summit"
        # (not "arrived in Beijing on Monday to attend the summit": the arrival's day, not the summit's)
        planned = ahead or date is None and trip_day is not None and setting.is_planned(doc, sentence, verb, r.headline, trip_day)
        date = date or trip_day
    later = [o[0] for o in r.others if o[0] > trigger[1]]  # a later trigger owns what follows it
    number = doc.find(_GROUP_NUMBER, max(sentence[0], trigger[0] - 40), trigger[0]) if r.group else None
    numbered = _edition_number(doc, sentence, trigger) if kind == "summit" else None
    sidelines = _sidelines(doc, sentence, trigger, min([sentence[1], *later]), r.frame != "visit") if kind != "call" else None
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
        leaders=r.group and bool(doc.find(_LEADERS, max(sentence[0], trigger[0] - 40), min(sentence[1], trigger[1] + _GROUP_AFTER))),
        lands=_lands_named(doc, sentence[0], trigger[0]) if r.group else frozenset(),
        ministers=r.group and bool(doc.find(_MINISTERS, max(sentence[0], trigger[0] - 40), min(sentence[1], trigger[1] + _GROUP_AFTER), ("ministers", "secretaries"))),
        group_size=_GROUP_SIZES.get(number.group("n").lower(), 0) if number else 0,
        of_sides=bool(number) and number.group("noun").lower() == "sides",
        meal=r.meal,
        bare=r.bare,
        joins=r.joining or r.anaphoric and bool(doc.find(_JOINS, trigger[1], min(sentence[1], trigger[1] + 120)) or _RAN_BY.match(doc.text, trigger[1])),
        fallback=[m.party for m in r.fallback if m.party is not None],
        fallback_date=_first_date(doc, doc.sentences[r.index - 1]) if r.fallback else None,
        named_last=_persons_named_before(doc, trigger[0]) if r.group else (),
        sequel=bool(doc.find(word_classes()["sequel"], max(sentence[0], trigger[0] - 25), trigger[0], class_stems()["sequel"]))
        or bool(_SEPARATELY_NEXT.match(doc.text, trigger[1]))  # "A and B met separately at the embassy"
        or trigger[0] == r.first and bool(_AFTERWARDS.match(doc.text, sentence[0], trigger[0])),
        three_way=bool(doc.find(_THREE_WAY, max(sentence[0], trigger[0] - 12), trigger[1], _THREE_WAY_STEMS)),
        objects=right,
        named_gathering=r.gathering,
        resumed=resumed,
        travelled=trip is not None or r.trip_place is not None,
        hosts_talks=r.hosts_talks,
        talks_with=r.talks_with,
        earlier_round=bool(doc.find(_EARLIER_ROUND, max(sentence[0], trigger[0] - 25), trigger[0], ("last", "previous", "prior", "such")))
        or bool(_HAD_LAST.match(doc.text, trigger[0])),
        edition_number=numbered,
        edition=bool(numbered) and r.anaphoric and _long_before(doc, date),  # "The 44th GCC summit was held in Doha last December"
        other_round=kind == "summit"
        and _long_before(doc, date)
        and (r.anaphoric or r.hosted_by or setting.told_by_own_clause(doc, sentence, trigger))  # ("which Riyadh hosted in")
        and bool(doc.find(_OTHER_ROUND, max(sentence[0], trigger[0] - 50), trigger[0], ("first", "inaugural", "previous", "prior", "last", "earlier"))),
    )


def _long_before(doc: Document, date: dict | None) -> bool:
    """Whether DATE lies well before publication (a month or more): "the first summit in May 2023"."""
    if not date or not doc.published or setting.compare(date["value"], doc.published) != -1:
        return False
    return not setting.near(date["value"], doc.published, 31)


def _welcomed_to(doc: Document, sentence, after: int) -> dict | None:
    """"welcomed the Emir of Qatar to London": the city (or known building) a host welcomes the guest to."""
    to = _TO_PLACE.match(doc.text, after, sentence[1])
    if to is None:
        return None
    named = doc.mentions_in(to.end(), min(sentence[1], to.end() + 40))[:1]
    if named and named[0].start == to.end() and named[0].entity.get("type") == "GPE":
        return setting.place_dict(named[0])
    pattern, table = venues()
    venue = pattern.match(doc.text, to.end())
    known = table.get(venue.group().lower()) if venue else None
    return setting.venue_place(known) if known else None


def _one_destination(destinations: list[Mention]) -> Mention | None:
    """The one place a trip goes to: the only one named, or the city of "Nairobi, Kenya" (a city and its own
    country); None for a tour of several lands or of two cities of one land."""
    cities = [m for m in destinations if m.entity.get("kind") == "city"]  # (a region gives way: "Palm Beach, Florida")
    if len({m.party.name for m in destinations if m.party is not None}) != 1 or len(cities) > 1:
        return None  # (not "his visits to Riyadh and Makkah": two stops)
    return cities[0] if cities else destinations[0]


def _there_for(doc: Document, sentence, trigger) -> dict | None:
    """The place a visit names before its noun: "was in Dar es Salaam for a two-day working visit"."""
    before = [m for m in doc.mentions_in(max(sentence[0], trigger[0] - 60), trigger[0]) if m.entity.get("type") == "GPE"][-1:]
    if before and _FOR_A.fullmatch(doc.text, before[0].end, trigger[0]) and doc.find(_IN_BEFORE, max(sentence[0], before[0].start - 4), before[0].start):
        return setting.place_dict(before[0])
    return None


def _persons_named_before(doc: Document, position: int) -> tuple[tuple[str, int], ...]:
    """The persons named before POSITION, the latest first, each once: whom "the pair" may pick up."""
    names: dict[str, int] = {}
    for m in reversed(doc.mentions_in(0, position)):
        if m.party is not None and m.party.type == "PERSON":
            names.setdefault(m.party.name, m.start)
    return tuple(names.items())


def _edition_number(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> str | None:
    """"the 44th GCC summit", "ahead of 45th summit": the number of the edition the trigger names, if any."""
    found = _EDITION_NUMBER.search(doc.text, max(sentence[0], trigger[0] - 30), trigger[0])
    return found.group(1) if found else None


def _first_date(doc: Document, sentence: tuple[int, int]) -> dict | None:
    found = next(iter(doc.dates_in(*sentence)), None)
    return setting.day_of(found) if found else None


@lru_cache(maxsize=1024)
def _names_gathering(word: str) -> bool:
    """Whether a trigger's words name a gathering ("summit", "held a conference"): asked three times per trigger, of
    a few words."""
    return word_classes()["gathering"].search(word) is not None


def _at_gathering(doc: Document, sentence, trigger, word: str, earlier: bool = True) -> bool:
    """A summit, or an organization's meeting, named as where something else happened (EARLIER: another
    trigger of the sentence reports that something; "join the SCO at a summit" reports the summit itself)."""
    found = doc.find(_AT_GATHERING, max(sentence[0], trigger[0] - 60), trigger[0])
    if not found or found.group(1).lower() in ("at", "during") and not earlier:
        return False
    if found.group(2) and found.group(2).lower() == "their" and found.group(1).lower() in ("at", "during"):
        return False  # "decisions taken at their annual summit in New Delhi": the pair's own summit, reported
    if found.group(1).lower() == "during" and doc.gathering_dates_in(found.end(1), trigger[0]):
        return False  # "agreed during Thursday's summit": the dated summit is reported, not a venue of something else
    if word[:1] == "s" and HOSTED_AFTER.match(doc.text, trigger[1], sentence[1]):
        return False  # "before the GMS Summit, which Li hosted on Thursday with ...", "ahead of the first UK-EU summit, which
        # London will host later this year": the summit is reported
    if word[:1] == "s" and ATTENDED_AFTER.match(doc.text, trigger[1], sentence[1]):
        return False  # "ahead of the bloc's summit in May, which Mr X is expected to attend": the summit is reported
    if found.group(1).lower() == "for" and _trip_to(doc, sentence, trigger) is not None:
        return False  # "flies to Rio for the G20 summit": the trip is made to attend the gathering, which is reported
    between = [m for m in doc.mentions_in(found.start(), trigger[0]) if m.party is not None]
    if found.group(1).lower().startswith("ahead") and _hyphened_lands(doc, between):
        return False  # "ahead of the India-US summit": the two lands' own meeting, still to come
    if found.group(1).lower().startswith(("ahead", "before", "after", "eve", "run-up")):  # "a call ahead of an Arab League meeting"
        other = (found.group(2) or "").lower() in ("the", "a", "an", "this", "last", "next", "its")  # is another event;
        named = any(m.party.type == "ORG" for m in between) or word.startswith("summit")  # "after talks in Pyongyang",
        return (other or named) and not any(m.party.type == "PERSON" for m in between)  # "after their talks" are not
    named = any(m.party.type == "ORG" for m in between)
    return named or word.startswith("summit")


def _hyphened_lands(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The first two of MENTIONS that are countries joined by a hyphen ("India-US", "Malaysia-Singapore"), or []."""
    for first, second in zip(mentions, mentions[1:]):
        if first.party.type == "GPE" and second.party.type == "GPE" and doc.text[first.end : second.start] in ("-", "–"):
            return [first, second]
    return []


def _lands_ahead_of(doc: Document, sentence: tuple[int, int], trigger: tuple[int, int]) -> list[Mention]:
    """"ahead of the 11th Malaysia-Singapore Leaders' Retreat": the two lands whose gathering, still to come, the
    trigger names after "ahead of" (a meeting of its own, not that of the pair told before it), or []."""
    found = doc.find(_AT_GATHERING, max(sentence[0], trigger[0] - 60), trigger[0], ("ahead",))
    if not found or not found.group(1).lower().startswith("ahead"):
        return []
    return _hyphened_lands(doc, [m for m in doc.mentions_in(found.start(), trigger[0]) if m.party is not None])


def _trip_to(doc: Document, sentence, trigger, attend: bool = False) -> tuple[Mention, tuple[int, int]] | None:
    """The destination and the travel verb of a trip made for the gathering the trigger names ("travel to
    Vientiane next month for the ministers' meeting", "flies to Rio for the G20 summit"; ATTEND: the trigger is
    the verb, "leave for New York next week to attend"), or None."""
    if attend:
        purpose = doc.find(_TO_BEFORE, max(sentence[0], trigger[0] - 4), trigger[0], ("to",))
    else:
        purpose = doc.find(_FOR_BEFORE, max(sentence[0], trigger[0] - 80), trigger[0], ("for",))
    before = doc.mentions_in(max(sentence[0], purpose.start() - 80), purpose.start()) if purpose else []
    if not before or before[-1].entity.get("type") != "GPE":
        return None
    verb = doc.find(_TRAVEL_TO, max(sentence[0], before[-1].start - 40), before[-1].start)  # (which makes it a destination)
    if verb is None:
        return None  # (not "welcomed X to Rio for the summit": the host's gathering, read by the host rule)
    gap = doc.text[before[-1].end : purpose.start()]
    for d in doc.dates_in(before[-1].end, purpose.start()):
        gap = gap.replace(d["text"], " ")
    return (before[-1], verb.span()) if not _DAY_WORDS.sub("", gap).strip(" ,") else None  # ("to China in September for")


def _sidelines(doc: Document, sentence, trigger, until: int, before: bool = True) -> Mention | None:
    """"on the sidelines of the G20": the phrase near the trigger, as the gathering's mention when one is named
    (or its host's, "of the Korea-Africa Summit"; a bare phrase gives a mention without a party). The phrase after
    the trigger starts before UNTIL, where the next trigger owns the text ("met X during his visit to the UN General
    Assembly": that visit is the phrase). BEFORE: whether a phrase before the trigger counts (not for a trip: "met X
    on the sidelines of the summit and invited him to visit Nairobi" tells of talks there, the trip is elsewhere)."""
    pattern = word_classes()["sidelines"]
    windows = ((trigger[1], min(sentence[1], trigger[1] + _SIDELINES_REACH)), (max(sentence[0], trigger[0] - 80), trigger[0]))
    for start, end in windows if before else windows[:1]:
        found = doc.find(pattern, start, end, SIDELINES_STEMS)
        if found and found.group()[:3].lower() == "for" and _TOPIC_FOR.search(doc.text, max(0, found.start() - 20), found.start()):
            continue  # "discussed preparations for the BRICS summit": what was talked about, not where
        if found and start == trigger[1] and found.start() >= until:
            continue
        if found:
            stop = max(until, found.end()) if start == trigger[1] else sentence[1]
            inside = found.start() if start == trigger[1] else found.end()  # after the trigger, "at the G20 summit" too
            for m in doc.mentions_in(inside, min(stop, found.end() + _SIDELINES_NAME_REACH + _LONG_NAME)):
                if m.party is not None and m.party.type == "ORG" and m.start <= found.end() + _SIDELINES_NAME_REACH:
                    return m  # ("summits related to the Association of Southeast Asian Nations": a long name, begun near)
            noun = _SUMMIT_WORD.search(doc.text, found.start(), min(stop if start == trigger[1] else trigger[0], found.end() + _BLOC_SUMMIT_REACH))
            bloc = _bloc_named_before(doc, noun.start()) if noun else None
            if bloc is not None:  # "on the sidelines of the emergency Arab summit": the Arab League's
                return bloc
            named = named_gathering().match(doc.text, found.end(), stop) if start == trigger[1] else None
            hosts = [m for m in doc.mentions_in(*named.span()) if m.party is not None and m.party.type == "GPE"] if named else []
            return hosts[0] if hosts else Mention(found.start(), found.end(), {}, None)  # "the Korea-Africa Summit": its host
    return None


def _tour_stops(r: Reading) -> list[Mention] | None:
    """"a tour that will also take Xi to Rwanda", "a trip that has taken her to Senegal and Zambia": the places
    the tour takes its traveller to (the person between, or whom "him"/"her" stands for, set as the visitor);
    None when no tour or trip is the subject."""
    doc, sentence, trigger = r.doc, r.sentence, r.trigger
    if not doc.find(_TOUR_THAT, max(sentence[0], trigger[0] - 40), trigger[0], ("tour", "trip", "journey", "visit")):
        return None  # "take steps to", "took him to task": no trip
    to = _TO_WORD.search(doc.text, trigger[1], min(sentence[1], trigger[1] + 60))
    if to is None:
        return None
    between = [m for m in doc.mentions_in(trigger[1], to.start()) if m.party is not None and m.party.type == "PERSON"]
    if not between and _HIM_HER.match(doc.text, trigger[1]):  # "taken her to": the person the sentence named first
        s0 = doc.sentences[r.index][0]
        between = sides.all_persons(doc, (s0, trigger[0]))[:1] or sides.pronoun_antecedent(doc, r.index, to.start(), s0)
    places = [m for m in sides.object_side(doc, sentence, to.start(), places_ok=True) if m.party.type == "GPE"]
    if not between or not places:
        return None
    r.visitors = between[:1]
    return places


def _capital_visited(doc: Document, sentence, trigger) -> list[Mention]:
    """"visited the French capital", "a trip to the Chinese capital": the land whose capital it is, by its adjective
    (not "the Kazakh capital Astana", whose city is named)."""
    found = _THE_LAND_CAPITAL.match(doc.text, trigger[1], sentence[1])
    if found is None:
        return []
    land = doc.mentions_in(found.start("land"), found.end("land"))
    return land if land and land[0].party is not None and land[0].entity.get("type") == "NORP" else []


def _destination_before(doc: Document, sentence, trigger) -> list[Mention]:
    """The place visited, named before the trigger: right before it ("Pelosi's Taiwan visit"), before "which"
    ("Mali, which Merkel last visited"), or as a trip's destination ("will fly to Vienna on Tuesday for a
    two-day visit", "was in Lusaka for a state visit")."""
    before = doc.mentions_in(sentence[0], trigger[0])
    if before and before[-1].party is not None and before[-1].party.type == "GPE" and not doc.text[before[-1].end : trigger[0]].strip():
        return [before[-1]]
    which = doc.find(_WHICH_VISITED, max(sentence[0], trigger[0] - 40), trigger[0], ("which",))
    lands = [m for m in before if m.end == which.start()] if which else []  # "Mali, which Merkel last visited in 2016"
    if lands and lands[0].party is not None and lands[0].party.type == "GPE":
        return lands
    trip = _trip_to(doc, sentence, trigger)
    if trip is None:
        return _preparing_trip_place(doc, sentence, trigger)
    return [trip[0]] if trip[0].party is not None else []


def _preparing_trip_place(doc: Document, sentence, trigger) -> list[Mention]:
    """The destination of the trip that prepares the trigger's ("could visit Seoul in early October to coordinate
    President Xi's trip"): the trip it makes ready goes there too."""
    prepared = doc.find(setting.PREPARED_TRIP_BEFORE, max(sentence[0], trigger[0] - setting.PREPARED_TRIP_REACH), trigger[0], setting.PREPARED_TRIP_STEMS)
    before = doc.mentions_in(max(sentence[0], prepared.start() - 80), prepared.start()) if prepared else []
    if not before or before[-1].party is None or before[-1].entity.get("type") != "GPE":
        return []
    travelled = doc.text.endswith(_VISIT_ENDINGS, sentence[0], before[-1].start) or doc.find(_TRAVEL_TO, max(sentence[0], before[-1].start - 40), before[-1].start)
    if not travelled:  # ("will travel to Seoul"; not "met X in Seoul to prepare the trip": talks, no trip, there)
        return []
    gap = doc.text[before[-1].end : prepared.start()]
    for d in doc.dates_in(before[-1].end, prepared.start()):
        gap = gap.replace(d["text"], " ")
    return [] if _DAY_WORDS.sub("", gap).strip(" ,") else [before[-1]]  # ("to Seoul in early October to prepare")
