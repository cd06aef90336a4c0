"""Advice and alerts addressed to the reader: a post that tells "you" what to do describes no individual.

"Amber ice warning for Elgin tonight. If you have a fall and can't get up, call 999", "Yellow snow warning for
Orkney tonight: check on older neighbours", "If you're a lad in Manchester
struggling tonight, call 116 123", "check the crossing times before you set off": the age, sex, place and time in it are the audience's, not a patient's, so the post
is low whatever they narrow to (as a season's statistics are). It counts only where the post singles no one else out
("a man in his 70s", "she", "one of our patients"): the reader's own description ("if you're a lad", "if you or
someone you know") is taken out before that test. Source: how NHS, ambulance-service and charity accounts word
seasonal alerts and help-seeking campaigns (PII-SPEC section 6: a detail narrows only a person the post is about).
"""

from __future__ import annotations

import regex as re

from phiscrub.risk.context import ONE_PERSON

# advice to the reader: a condition put to "you", then what to do
_IF_YOU = re.compile(r"\bif\s+(?:you|u)(?:['’]re|['’]ve|\s+are|\s+have|\s+feel|\s+need|\s+or\s+(?:someone|anyone|a\s+loved)|"
                     r"\s+think|\s+notice|\s+know|\s+see|\s+can['’]?t|\s+get|\s+start|\s+use|\s+struggle|\s+care)\b"
                     r"|\b(?:before|when|whenever|unless)\s+(?:you|u)\s+(?:set\s+off|go|head|travel|drive|cross|walk)\b",  # a warning
                     re.IGNORECASE)
_DO = re.compile(r"\b(?:call|ring|dial|text|phone|contact|visit|speak\s+to|talk\s+to|see\s+your|book|get\s+(?:a|your)|"
                 r"think\s+pharmacy|go\s+to|use\s+(?:nhs|111)|"
                 # looking in on someone: "knock, and check they've got heating", "keep an eye on", "pop round"
                 r"knock|check\s+(?:on|in\s+on|they|that|their|them|the|your)|look\s+in\s+on|keep\s+an\s+eye|make\s+sure|"
                 r"pop\s+(?:in|round|over)|ask\s+(?:your|a|at|for))\b", re.IGNORECASE)
# the reader described: "if you're a lad", "you're a carer", "you or someone you know"
_READER = re.compile(r"\b(?:you|u)(?:['’]re|\s+are)\s+(?:a|an)\s+[\w'’-]+|\b(?:you|u)\s+or\s+(?:someone|anyone)\s+you\s+"
                     r"(?:know|love|care\s+for)\b", re.IGNORECASE)


# a question put to the reader opening the post: "Pregnant in Swansea? Your whooping cough jab …", "Over 75? …"
_ASKED = re.compile(r"\A[^.!?\n]{2,40}\?[ \t\n]+(?=[^\n]*\b(?:you|your|u)\b)", re.IGNORECASE)


# an appeal to the public, and a question put to the reader then what to do: "volunteers are asking walkers to check tide
# times … Cut off by the tide? Call 999 and ask for the Coastguard"
_APPEAL = re.compile(r"\b(?:asking|urging|reminding|encouraging|advising|warning)\s+(?:all\s+)?(?:walkers|people|everyone|"
                     r"the\s+public|visitors|parents|drivers|residents|swimmers|families|anyone|beachgoers|holidaymakers|"
                     r"runners|cyclists)\s+to\b|[^.!?\n]{2,40}\?\s+(?:call|ring|dial)\s+(?:999|111|112)\b", re.IGNORECASE)


# a public warning, then what to do: "Amber ice warning for Shetland tonight. Check on older neighbours …"
_WARNING = re.compile(r"\b(?:(?:amber|yellow|red|met\s+office|weather|ice|icy|snow|flood|wind|heat|heat[- ]health|cold|"
                      r"cold[- ]weather|fog|storm|thunderstorm|rain|gale|air[- ]quality)\s+)+(?:warnings?|alerts?|advisory)\b",
                      re.IGNORECASE)


def addressed_to_reader(text: str) -> bool:
    """Advice or an alert put to the reader, singling no one else out (see the module docstring)."""
    if not ((_IF_YOU.search(text) or _ASKED.match(text) or _APPEAL.search(text) or _WARNING.search(text))
            and _DO.search(text)):
        return False
    return ONE_PERSON.search(_READER.sub(" ", text)) is None


# a teaching event: what it covers ("stabbed, shot, burnt … just the major trauma study day") is its syllabus, no patient
_TEACHING = re.compile(r"\b(?:study|training|teaching|skills|simulation|sim)\s+(?:day|days|session|sessions|week|event)\b|"
                       r"\b(?:conference|masterclass|webinar|workshop|journal\s+club|grand\s+round|osces?|"
                       r"mandatory\s+training|sim\s+suite|"
                       # a joint rescue or major-incident exercise with a volunteer 'casualty'
                       r"(?:joint|training|major[ \t]+incident|multi-agency|live|table-?top|rescue)\s+exercises?)\b",
                       re.IGNORECASE)


def teaching_only(text: str) -> bool:
    """A study day, a simulation or a conference, singling no one out: the injuries and places in it are its topics
    and venues ("Stabbed, shot, burnt … No, just the Royal London major trauma study day")."""
    return bool(_TEACHING.search(text)) and ONE_PERSON.search(text) is None


# an invented patient, as a campaign pictures one: "He isn't real, but there are thousands of him in Middlesbrough",
# "not a real patient", "a composite case", "Imagine a woman of 60 …" opening the post
_INVENTED = re.compile(r"\b(?:he|she|they|this|who)\s+(?:isn['’]t|is\s+not|aren['’]t|are\s+not|wasn['’]t)\s+real\b|"
                       r"\bnot\s+a\s+real\s+(?:patient|person|case|man|woman)\b|"
                       r"\b(?:composite|fictional|fictitious|made-up|invented)\s+(?:patient|case|person|example|character)\b|"
                       r"\A\s*(?:imagine|picture)\s+(?:a|an)\s", re.IGNORECASE)


def invented_example(text: str) -> bool:
    """A patient the post says is invented: a campaign's example describes no one ("Picture a man of 54 … He isn't
    real, but there are thousands of him in Middlesbrough")."""
    return bool(_INVENTED.search(text))


# a count of patients with a condition ("cared for 14 patients with Guillain-Barré syndrome this year"): the policies'
# "statistical analyses which have very small numbers within a small population" (PII-SPEC): each of them is one of
# so few
SMALL_COUNT = re.compile(r"\b(?P<n>\d{1,2})\s+(?:\w+\s+)?(?:patients|people|children|babies|adults|men|women|cases)\s+"
                         r"(?:with|who\s+(?:have|had)|diagnosed\s+with)\b", re.IGNORECASE)


def small_count(text: str) -> "re.Match | None":
    """A count under 100 of people with a condition, the post's own statistic on very small numbers."""
    return SMALL_COUNT.search(text)
