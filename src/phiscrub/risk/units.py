"""The stated size of the poster's own unit, the pool its patients are picked out of: "our 12-bed adolescent unit"
(a ward of 12 beds), "our satellite dialysis unit: 8 chairs, 2 sessions a day" (each chair serves a morning and an
afternoon patient on alternate days: 4 patients a chair), "our little practice: 1,100 patients", "120 pupils and
every one of them a character", "all four of our over-95s … one of them". Often told in an earlier post
(``history``), which is where a profile's "about" lives; the draft then names one of them ("one of our gents, in his
80s").

A count with a time or a tally word after it is a tally, not a size ("412 patients through the tent",
"400 patients yesterday"); ``STATED_POOL`` of ``crowds`` reads those as the people seen.
Source: the labelled risk corpus's convention (``samples/risk/README.md``: the ward formula, dialysis chairs).
"""

from __future__ import annotations

from typing import List, Sequence, Tuple

import regex as re

from phiscrub.risk.context import sentence_bounds
from phiscrub.risk.places import CARE_HOME_RESIDENTS, WARD_BEDS, WORKPLACE_BEFORE
from phiscrub.risk.types import Detail

PATIENTS_PER_CHAIR = 4  # a dialysis chair: two sessions a day, patients on alternate days (Mon/Wed/Fri, Tue/Thu/Sat)

# "our 12-bed unit", "an 8-bedded ward", "our 30-bed care home": a ward of that many beds
BEDS = re.compile(r"\b(?P<n>\d{1,3})[- ]?bed(?:ded)?\s+(?:[\w&'’-]+\s+){0,4}?(?:unit|ward|hospice|home|wing|bay|mbu)\b",
                  re.IGNORECASE)
# "8 chairs, 2 sessions a day": a dialysis or chemotherapy unit's chairs
CHAIRS = re.compile(r"\b(?P<n>\d{1,2})\s+(?:dialysis\s+|treatment\s+)?chairs\b", re.IGNORECASE)
WORD_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                              "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a hundred": 100, "a thousand": 1000})
_NUMBER = r"(?P<n>\d{1,2},\d{3}|\d{1,4}|a\s+thousand|a\s+hundred|(?:twen|thir|four|fif|six|seven|eigh|nine)teen|" \
          r"twenty|thirty|forty|fifty|sixty|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "1,100 patients, two GPs", "💚 120 pupils and every one", "30 patients on our books": a size, not a tally; it opens
# a sentence or a clause or follows "of", "with", "has"
SIZE = re.compile(rf"(?:^|[^\w\s]\s*|\b(?:of|with|has|have|had|serves?|serving|just|only)\s+){_NUMBER}\s+"
                  r"(?:registered\s+)?(?P<who>patients|pupils|residents|students|children)"
                  r"(?=\s*(?:,|and\b|across\b|on\s+(?:our|the)\s+(?:list|books|roll|register)|[.!)]|$))",
                  re.IGNORECASE | re.MULTILINE)
# a small group told whole, then one of them picked out: "all four of our over-95s jabbed today, and one of them rowed
# out to meet the boat" (the group is the pool: four)
ALL_OF = re.compile(rf"\ball\s+{_NUMBER}\s+of\s+(?:our|my|the)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+s\b", re.IGNORECASE)
ONE_OF_THEM = re.compile(r"\bone\s+of\s+them\b", re.IGNORECASE)
# a tally's word in the rest of the sentence: "..., mostly wasp stings", "... this week", "through the door"
_TALLY_AFTER = re.compile(r"\b(?:today|tonight|yesterday|this\s+(?:week|weekend|month|year|summer|winter)|last\s+\w+|"
                          r"through|seen|treated|jabbed|vaccinated|mostly|so\s+far|a\s+(?:day|week|year)|"
                          r"since|over\s+the)\b", re.IGNORECASE)


# one of the poster's residents: "one of our ladies", "one of our lovely gents"
_ONE_OF_OURS = r"\bone\s+of\s+our\s+(?:[\w-]+\s+)?(?:ladies|gents|gentlemen|residents|fellas)"
ONE_OF_OURS = re.compile(_ONE_OF_OURS + r"\b", re.IGNORECASE)
# ... at a named home or ward, its residents "ours": "one of our gents at The Elms", "one of our ladies at Bramblebank
# House" (no town: a town's name is a place mention, ``places``)
OUR_RESIDENT_AT = re.compile(_ONE_OF_OURS + r"\s+(?:at|in)\s+"
                             r"(?P<home>(?:(?i:the)\s+)?(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,2})",
                             re.IGNORECASE)
# ... or the poster's home unnamed, with the resident or apart from them: "one of our ladies at our home in Penzance",
# "Activity session at the home today and one of our ladies showed us"
THE_HOME = re.compile(r"\b(?:at|in)\s+(?:the|our)\s+(?:care\s+|nursing\s+|residential\s+)?home\b", re.IGNORECASE)


# "the stroke unit at Furness General", "our acute ward at Gartnavel": a hospital's unit, one ward's patients
UNIT_AT = re.compile(r"\b(?:our|the|my)\s+(?:[\w&'’-]+\s+){1,3}?(?:unit|ward)(?=\s+(?:at|in)\s+(?:the\s+)?(?-i:\p{Lu}))",
                     re.IGNORECASE)
# "our two elderly-care wards", "my 3 surgical wards": that many wards' beds
WARDS = re.compile(r"\b(?:our|my|the)\s+(?P<n>two|three|four|five|six|[2-9])\s+(?:[\w&'’-]+\s+){0,3}?wards\b", re.IGNORECASE)
# "our hospice in Inverness", "the hospice": its in-patient unit's beds (UK adult hospices have about 15 in-patient
# beds each, a few thousand beds across about 200 hospices; phiscrub's assumption), not its town; not its care at home,
# its shop or its fundraising
HOSPICE = re.compile(r"\b(?:our|the|my)\s+(?:[\w&'’-]+\s+){0,2}?hospice\b(?![\s-]+(?:at[\s-]+home|shops?|charity|"
                     r"fundrais\w*|walk|run|ball|lottery|team|nurses?|community|day|outpatients?|café|cafe)\b)",
                     re.IGNORECASE)
HOSPICE_BEDS = 15
# ... when the post describes one of its patients ("a gentleman in his 70s"), not a volunteer or a visiting dog
HOSPICE_PATIENT = re.compile(r"\b(?:a|an|one\s+of\s+our)\s+(?:[\w-]+\s+){0,2}?(?:gentleman|gent|lady|man|woman|patient|"
                             r"chap|fella|mum|dad|grandad|grandma|nan|husband|wife)\b"
                             r"|\bone\s+of\s+our\s+(?:[\w-]+\s+)?(?:patients|ladies|gents|gentlemen|men|women)\b",
                             re.IGNORECASE)  # "one of our patients at the hospice"
_VOLUNTEER = re.compile(r"\bvolunteer", re.IGNORECASE)
_NEONATAL = re.compile(r"\b(?:neonatal|(?-i:NICU|SCBU|NNU)|special\s+care\s+baby)\b", re.IGNORECASE)  # its patients: babies
_BIRTH_UNIT = re.compile(r"\b(?:midwife|midwifery|maternity|labour|birth\w*|delivery)\b", re.IGNORECASE)
# a unit with no beds, whose patients come and go the same day: its town, not a ward's patients, is the pool ("a woman of
# 53 … at our screening unit in Birmingham")
_DAY_UNIT = re.compile(r"\b(?:screening|outpatients?|imaging|x-?ray|radiology|endoscopy|scanning|ultrasound|"
                       r"eye|audiology|fracture\s+clinic)\b", re.IGNORECASE)


# "one of the GPs at the Lynton surgery", "one of our pharmacists at Boots in Bude": the clinical staff of one named
# practice or pharmacy, a handful (GP practices in England average about 6 GPs, NHS Digital; phiscrub's assumption)
PRACTICE_STAFF = re.compile(r"\bone\s+of\s+(?:the|our)\s+(?:gps|doctors|partners|practice\s+nurses|nurses|pharmacists|"
                            r"dentists|vets|physios|receptionists)\s+(?:at|from|in)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}'’-]+\s+)"
                            r"{0,3}(?:surgery|practice|medical\s+(?:centre|practice)|health\s+centre|pharmacy|"
                            r"dental\s+(?:practice|surgery)|chemist)\b", re.IGNORECASE)
PRACTICE_TEAM = 6


def unit_sizes(text: str, source: str, places: Sequence[Tuple[int, int]] = ()) -> List[Detail]:
    """A place detail for each stated size of a unit in ``text`` (beds, dialysis chairs, a list of patients) and
    for a named home of "our" residents (``places``: the spans of place mentions that are towns or hospitals, not homes)."""
    staff = [Detail("GROUP", m.start(), m.end(), source, "place", PRACTICE_TEAM, "one of a named practice's staff: "
                    f"about {PRACTICE_TEAM} (assumed)", "member") for m in PRACTICE_STAFF.finditer(text)]
    return _homes(text, source, places) + _wards(text, source) + _lists(text, source) + staff


def _place(start: int, end: int, source: str, value: float, note: str, grain: str) -> Detail:
    return Detail("PLACE", start, end, source, "place", value, note, "place", grain=grain)


def _homes(text: str, source: str, places: Sequence[Tuple[int, int]]) -> List[Detail]:
    """"One of our gents at Rowan Lodge": the home's residents, unless the name is a town's; "one of our ladies at our
    home in Penzance": the poster's care home, unnamed."""
    named = [_place(m.start("home"), m.end("home"), source, CARE_HOME_RESIDENTS,
                    f"a named home of the poster's residents, about {CARE_HOME_RESIDENTS} (assumed)", "venue")
             for m in OUR_RESIDENT_AT.finditer(text)
             if not any(s < m.end("home") and m.start("home") < e for s, e in places)]
    home = THE_HOME.search(text) if ONE_OF_OURS.search(text) else None
    return named + ([_place(home.start(), home.end(), source, CARE_HOME_RESIDENTS, "the poster's care home, about "
                            f"{CARE_HOME_RESIDENTS} residents (assumed)", "venue")] if home else [])


def _wards(text: str, source: str) -> List[Detail]:
    """Wards: "a 12-bed unit" (its beds) and "the stroke unit at Furness General" (a ward's 28); a ward's value is
    minus its beds, and the window sets how many patients pass through them."""
    out = [_place(m.start(), m.end(), source, -int(m["n"]), f"a unit of {int(m['n'])} beds, 7-day stays", "ward")
           for m in BEDS.finditer(text) if int(m["n"])]
    out += [_place(m.start(), m.end(), source, -WARD_BEDS * _count(m["n"]),
                   f"{_count(m['n'])} hospital wards: {WARD_BEDS * _count(m['n'])} beds, 7-day stays", "ward")
            for m in WARDS.finditer(text)]
    hospice = HOSPICE.search(text) if HOSPICE_PATIENT.search(text) and not _VOLUNTEER.search(text) else None
    if hospice is not None:  # (not ``context.ONE_PERSON``: "our patients adore him" is the therapy dog)
        out.append(_place(hospice.start(), hospice.end(), source, -HOSPICE_BEDS, "a hospice's in-patient unit: about "
                          f"{HOSPICE_BEDS} beds (assumed), 7-day stays", "ward"))
    # a birth unit's mothers stay a day or two: the birth's own rate counts them; the poster's own job on a unit is no
    # patient's ("my first staff nurse job on the stroke unit")
    out += [_unit(m, source) for m in UNIT_AT.finditer(text) if not (_BIRTH_UNIT.search(m.group()) or _DAY_UNIT.search(m.group())
                                                                    or WORKPLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()))]
    return out


def _unit(m, source: str) -> Detail:
    """A hospital's unit: a ward's beds; a neonatal unit's, whose patients are all babies, kept apart by its grain."""
    kind = "neonatal" if _NEONATAL.search(m.group()) else "ward"
    return _place(m.start(), m.end(), source, -WARD_BEDS, f"a {'neonatal' if kind == 'neonatal' else 'hospital'} unit: "
                  f"{WARD_BEDS} beds, 7-day stays", kind)


def _lists(text: str, source: str) -> List[Detail]:
    """A unit's patients: its dialysis chairs, or a stated list of patients, pupils or residents (not a tally)."""
    out = [_place(m.start(), m.end(), source, int(m["n"]) * PATIENTS_PER_CHAIR,
                  f"the patients of a unit's chairs: {int(m['n']) * PATIENTS_PER_CHAIR}", "unit")
           for m in CHAIRS.finditer(text) if int(m["n"])]
    if (m := ALL_OF.search(text)) and (one := ONE_OF_THEM.search(text, m.end())):
        if pool := _number(m["n"]):
            out += [_place(m.start(), m.end(), source, pool, f"a group told whole: {pool:,}", "unit"),
                    Detail("SOMEONE", one.start(), one.end(), source, "share", 1.0, "one of them picked out", "someone")]
    for m in SIZE.finditer(text):
        if _TALLY_AFTER.search(text, m.end(), sentence_bounds(text, m.start(), m.end())[1]) \
                or _TALLY_AFTER.search(text, max(0, m.start() - 30), m.start()):
            continue
        if pool := _number(m["n"]):
            out.append(_place(m.start("n"), m.end(), source, pool,
                              f"the {m['who'].lower()} of the poster's unit: {pool:,}", "unit"))
    return out


def _count(n: str) -> int:
    return int(n) if n.isdigit() else WORD_NUMBERS[n.lower()]


def _number(n: str) -> int:
    """A stated number in digits or words: "1,100", "a thousand", "four"."""
    n = " ".join(n.lower().replace(",", "").split())
    return WORD_NUMBERS[n] if n in WORD_NUMBERS else int(n)
