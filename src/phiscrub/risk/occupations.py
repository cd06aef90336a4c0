"""The OCCUPATION converter of ``details``: a job named in the draft, as a share of residents (by category); as its one
holder when one person holds it in a named place ("the lollipop man", "our village vicar"); as one of a handful when it
is someone from the poster's past ("my old PE teacher"); none when it names no patient's work. Moved out of
``details``."""

from __future__ import annotations

from typing import Optional

import regex as re

from phiscrub.risk import context as cx
from phiscrub.risk import picked_out as po
from phiscrub.risk.figures import Figures
from phiscrub.risk.types import Detail, attrs, mention_detail, pct
from phiscrub.types import Mention

FELLOW_BEFORE = re.compile(r"\bfellow\s+$", re.IGNORECASE)  # a patient of the poster's own trade
# shares of residents: teachers about 1 in 110 (DfE school workforce); armed forces veterans 3.8% of residents aged 16+ in
# England and Wales (ONS, Census 2021), about 3% of all; a rare job (a lighthouse keeper, a town crier) a few hundred
# people in the UK, a national-team player, an Olympian, a thatcher or a farrier a few thousand
# (recognizers/mentions/occupations.yaml); farmers 3% of a rural place's residents (0.7% nationally, Defra; a farmer is
# named in a rural place: the samples/risk README's convention); the others phiscrub's orders of magnitude
OCCUPATION_SHARE = {"health": 0.01, "emergency": 0.002, "public": 0.002, "teaching": 0.009, "trade": 0.005, "other": 0.005,
                    "veteran": 0.03, "rare": 0.00001, "elite": 0.00005, "craft": 0.00005, "rural": 0.03,
                    "student": 0.044}

OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*$")  # a role with no article opening a line is the poster's heading
# ... unless a person's age follows it, as a terse post describes a patient: "Farmer in his 80s came in", "Joiner, 52,"
AGED_AFTER = re.compile(r"[ \t]*(?:,[ \t]*\d{1,3}\b|in[ \t]+(?:his|her|their)[ \t]+(?:early[ \t]+|late[ \t]+|mid[ \t-]+)?\d0s\b|"
                        r"aged[ \t]+\d|of[ \t]+\d{1,3}\b)", re.IGNORECASE)
# someone from the poster's past: "he was my old PE teacher", "my former boss" (the poster had a handful of each)
FROM_POSTERS_PAST = re.compile(r"\bmy\s+(?:old|former|first)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
POSTERS_PAST = 5
THIRD_PERSON_OWNER = re.compile(r"\b(?:her|his|their)\s+$", re.IGNORECASE)
# the poster's own work: "I'm a", "I started as a", "years as a", "25 years a" (one word of setting may come between:
# "hospital"); the "I" dropped where the verb opens a sentence: "25 years a nurse today. Started as a student on Ward 9"
OWN_JOB = re.compile(r"(?:\b(?:i['’]?m|i\s+am|i\s+(?:started|began|work(?:ed)?|trained|qualified)\s+as|years(?:\s+as)?)"
                     r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:started|began|trained|qualified)\s+as)\s+an?(?:\s+[\w-]+)?\s+$", re.IGNORECASE)
# jobs whose word is also a comparative ("cleaner", "fitter"): a job only after a determiner or a describing word
COMPARATIVE_JOBS = frozenset({"cleaner", "fitter"})
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|our|my|his|her|their|your|as|retired|former|school|office|ward|hospital|"
                               r"contract|agency|night|domestic)[ \t]+$", re.IGNORECASE)
# the poster's own path: "From a student on Ward 9 to leading the team", "went from a cleaner to a ward sister"
CAREER_PATH = re.compile(r"(?:(?-i:From)|\bwent\s+from|\bI\s+(?:came|got)\s+here\s+from)\s+(?:being\s+)?an?(?:\s+[\w-]+)?\s+$",
                         re.IGNORECASE)
CAREER_PATH_TO = re.compile(r"[^.!?\n]{0,60}?\bto\s+(?:be(?:ing)?\s+)?(?:an?\s+|the\s+)?[\w-]+", re.IGNORECASE)
# a service or a body named for an occupation: "the student health centre", "a farmers' market", "veterans' breakfast"
SERVICE_FOR = re.compile(r"['’]?s?[ \t]+(?:health|wellbeing|union|halls|accommodation|services?|centres?|support|"
                         r"markets?|clubs?|associations?|charity|networks?|breakfasts?|days?|week|mental\s+health)\b",
                         re.IGNORECASE)
# a likeness, not a job: "she looks like a real scientist" (not "worked as a miner"; and "our village postmistress" is
# the patient, "our pilot" the crew's: an owner alone does not tell them apart)
LIKENESS = re.compile(r"\blike\s+an?(?:\s+(?:real|proper|little|tiny|mini))?\s+$", re.IGNORECASE)
# whom someone marries or should not ("never marry a farmer", "she married a vet"), or sees for care ("hadn't seen a
# dentist for years", "registered with a GP"): a spouse's or a carer's work, not theirs
MARRYING = re.compile(r"\b(?:marr(?:y|ying|ied|ies)|seen|see|saw|seeing|registered\s+with)\s+an?\s+$", re.IGNORECASE)
# what someone hopes to be ("he's going to be a dinosaur vet", "wants to become a nurse", "dreams of becoming a pilot"),
# not what one was ("used to be a miner" is a former job)
ASPIRATION = re.compile(cx.HOPES_TO_BE + r"(?:\s+[\w-]+)?\s+$", re.IGNORECASE)
# a job's one word as a verb: "we won't judge", "I'll cook", "to guide you"
AS_VERB = re.compile(r"\b(?:won['’]?t|wont|will|['’]ll|would|don['’]?t|do|didn['’]?t|never|to|can|could|should|must|we|i|"
                     r"you|they)(?:\s+(?:always|often|usually|still|also|sometimes|just|now|regularly|happily))?\s+$",
                     re.IGNORECASE)  # "I always volunteer for the 26th"


# a place's last or only holder of a trade: "Shetland's last cooper", "the island's only blacksmith"
LAST_OF_A_PLACE = re.compile(r"(?:\b\w+['’]s|\bthe|\bour|\bits|\btheir)\s+(?:last|only|sole|oldest|youngest)\s+"
                             r"(?:(?:remaining|working|surviving|practising|full-time|traditional)\s+)?$", re.IGNORECASE)


def occupation(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    a = attrs(m)
    category = a.get("category", "other")
    fellow = FELLOW_BEFORE.search(text, max(0, m.start - 10), m.start) is not None  # "a fellow nurse we looked after"
    if not fellow and (a.get("staff") == "yes" or (category in ("health", "emergency") and not a.get("status"))):
        return None  # the poster's, the team's or the crews' roles describe no patient ("a retired midwife" does)
    if cx.many_people(text, m):
        return None  # "the volunteers", "our drivers"
    if _no_patients_work(text, m):
        return None
    if po.role_in_named_place(text, m.start, m.end):
        return mention_detail(m, source, "count", 1, f"the {text[m.start:m.end].lower()} of a named place: one person",
                              "occupation")
    if LAST_OF_A_PLACE.search(text, max(0, m.start - 40), m.start):
        return mention_detail(m, source, "count", 1, f"the last or only {text[m.start:m.end].lower()} of a place: one "
                              "person", "occupation")
    if FROM_POSTERS_PAST.search(text, max(0, m.start - 30), m.start):
        return mention_detail(m, source, "count", POSTERS_PAST, f"the poster's own old {text[m.start:m.end].lower()}: "
                              f"about {POSTERS_PAST} such people", "relationship")
    share = OCCUPATION_SHARE.get(category, 0.005)
    return mention_detail(m, source, "share", share, f"occupation: about {pct(share)} of people (assumed)", "occupation")


def _no_patients_work(text: str, m: Mention) -> bool:
    """Whether the job word names no patient's work: a service, someone else's job, a likeness or a hope, the poster's own
    role heading the post or their career."""
    if SERVICE_FOR.match(text, m.end):
        return True  # a service named for people of that work ("student health centre"), no one's work
    if THIRD_PERSON_OWNER.search(text, max(0, m.start - 8), m.start):
        return True  # someone else the patient knows ("ask her teacher", "his GP"), not the patient's own work
    if LIKENESS.search(text, max(0, m.start - 24), m.start) or MARRYING.search(text, max(0, m.start - 16), m.start) or \
            ASPIRATION.search(text, max(0, m.start - 40), m.start) or (
            " " not in text[m.start:m.end] and AS_VERB.search(text, max(0, m.start - 10), m.start)):
        return True  # what a child plays at ("like a real scientist") or hopes to be, whom to marry, a verb: no work
    if (OPENS_LINE.search(text, max(0, m.start - 4), m.start) is not None or m.start == 0) and not AGED_AFTER.match(text, m.end):
        return True  # "Volunteer driving today: …", "Student nurse life": the poster's own role, heading the post
    if text[m.start:m.end].lower() in COMPARATIVE_JOBS and not DETERMINER_BEFORE.search(text, max(0, m.start - 16), m.start):
        return True  # "Quieter, cleaner, and the crew say": a comparison, not a job ("our cleaner", "a fitter")
    if OWN_JOB.search(text, max(0, m.start - 40), m.start):
        return True  # "since I started as a hospital chaplain", "twenty-two years as a chaplain": the poster's work
    if CAREER_PATH.search(text, max(0, m.start - 40), m.start) and CAREER_PATH_TO.match(text, m.end):
        return True  # "From a student on Ward 9 to leading the community team": where the poster's career began
    return False
