"""What happened in a post, with its rate per resident a year: a birth, a death, a cardiac arrest, an emergency.

A time narrows a post's pool only through the rate of what happened then (``phiscrub.risk.estimate``). A post
that names neither an emergency nor routine care is taken as an emergency (the safe side). Rates: the
ambulance rate from the reference figures; births, deaths and the named incidents below from
samples/risk/README.md (NHS England and ONS).
"""

from __future__ import annotations

from typing import List, Optional

import regex as re

from phiscrub.risk import birthday as bd
from phiscrub.risk import context as cx
from phiscrub.risk.figures import Figures
from phiscrub.risk.types import Detail
from phiscrub.types import Mention

# incidents with a published rate per resident a year (samples/risk/README.md, from NHS England and ONS):
# out-of-hospital cardiac arrests about 30,000 a year, strokes about 100,000, road casualties about 135,000;
# hospital admissions for poisoning, overdoses included, about 120,000 a year (NHS Digital, Hospital Episode Statistics:
# 0.0018 per resident, the rate samples/risk/README.md gives); shingles about 3 cases per 1,000 people a year (NICE CKS,
# "Shingles": UK incidence 1.85 to 3.9 per 1,000 person-years); a first seizure about 32,000 a year (Epilepsy Action:
# 87 people a day diagnosed with epilepsy in the UK); a new HIV diagnosis about 4,000 a year in the UK (UKHSA, HIV
# testing, new HIV diagnoses and outcomes: England's first diagnoses about 2,500 to 3,000 a year; 0.00006 per resident)
INCIDENT_RATES = ((re.compile(r"cardiac\s+arrests?|\barrested\b", re.I), 0.00045, "cardiac arrests"),
                  (re.compile(r"\bstrokes?\b", re.I), 0.0015, "strokes"),
                  (re.compile(r"\boverdos(?:e|es|ed)\b|\bpoisoning\b", re.I), 0.0018, "poisoning admissions"),
                  (re.compile(r"\bshingles\b", re.I), 0.003, "shingles"),
                  # sepsis someone had: about 245,000 people a year in the UK (UK Sepsis Trust), 0.0037 per resident (not
                  # an awareness post's "could it be sepsis?")
                  (re.compile(r"\b(?:treated|admitted|ventilated|in|for|with|had|developed|survived|from)\s+(?:\w+\s+)?"
                              r"(?:(?:uro)?sepsis|septic\s+shock)\b", re.I), 0.0037, "sepsis cases"),
                  # burns and scalds seen in A&E: about 175,000 a year in the UK (NHS, "Burns and scalds"; British Burn
                  # Association), 0.0026 per resident; not Scotland's Burns Night or supper, a poet's feast
                  (re.compile(r"\bburns\b(?![ \t]+(?:supper|night|day|ceilidh|poems?)\b)|\bscalds?\b|\bscalded\b|\bburn\s+injur(?:y|ies)\b", re.I), 0.0026,
                   "burns and scalds seen in A&E"),
                  (re.compile(r"\bfirst\s+(?:ever\s+)?(?:seizure|fit)\b", re.I), 0.0005, "first seizures"),
                  (re.compile(r"\bHIV\s+diagnos[ie]s\b|\bdiagnos(?:ed|is)\b[^.!?\n]{0,40}?\bHIV\b", re.I), 0.00006,
                   "new HIV diagnoses"))
# rescue services with their own, much smaller call-out counts (per UK resident a year, 67 million residents):
# HM Coastguard about 30,000 incidents a year (HMCG annual statistics), the RNLI about 9,000 lifeboat launches
# (RNLI annual report 2023: 9,192), mountain rescue about 4,300 (Mountain Rescue England and Wales about 3,600,
# Scottish Mountain Rescue about 700 a year), air ambulances about 40,000 missions (Air Ambulances UK)
# a hill rescue told in words, with no team named: a casualty carried, stretchered or lowered off a hill or a crag,
# a stretcher lower, a casualty on a named ridge or face ("a broken ankle on Tryfan's north ridge")
HILL_RESCUE = (r"\b(?:carried|stretchered|lowered|brought|winched|helped)\s+(?:\w+\s+){0,3}?(?:off|down)\s+(?:the\s+)?"
               r"(?:(?:hill|mountain|fell|crag|summit|ridge|munro)s?\b|(?-i:Ben)\s+(?-i:\p{Lu})\w+)|"  # "off Ben Nevis"
               r"\bstretcher[- ](?:lower|carry)\b|"
               r"\bstretchered\s+(?:him|her|them|the\s+\w+)\s+down\b(?!\s+(?:the\s+|a\s+)?(?:stairs|steps|corridor|ramp|"
               r"garden|path|hall|landing))|"  # "stretchered her down to the railway", not "down the stairs"
               r"\bon\s+(?:the\s+)?(?:\p{Lu}[\w'’-]*\s+){0,2}(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+(?:ridge|face)\b")
SERVICE_RATES = ((re.compile(r"\b(?:coastguard|hmcg)\b", re.I), 0.00045, "the coastguard"),
                 (re.compile(r"\b(?:rnli|lifeboats?|lifeboat\s+crew)\b", re.I), 0.00014, "a lifeboat"),
                 (re.compile(r"\bmountain\s+rescue|\bmrt\b|\bcave\s+rescue|" + HILL_RESCUE, re.I), 0.000064,
                  "mountain rescue"),
                 (re.compile(r"\bair\s+ambulance|\bhems\b|\bhelimed\b", re.I), 0.0006, "an air ambulance"))
# the service's own people, no call-out: "the volunteer crew from Sheringham lifeboat", "our mountain rescue team", "a
# weekend with the mountain rescue lot", "lifeboat training"
# money raised or given for a rescue service: "raised £412 for the air ambulance", "sponsored walk for the RNLI"
FUNDRAISED_FOR = re.compile(r"\b(?:raised|raising|fundrais\w*|donat\w*|collect\w*|sponsor\w*|bake\s+sale|charity)\b"
                            r"[^.!?\n]{0,60}?\bfor\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:air\s+ambulance|lifeboats?|rnli|"
                            r"mountain\s+rescue|coastguard)\b", re.IGNORECASE)
SERVICE_PEOPLE = re.compile(r"\b(?:volunteer\s+)?crew(?:\s+members?)?\s+(?:from|of|at|on)\s+(?:the\s+)?(?:\p{Lu}[\w'’-]*\s+)?"
                            r"(?:lifeboat|rnli|coastguard|mountain\s+rescue)\b|\b(?:lifeboat|rnli|coastguard|mountain\s+"
                            r"rescue)\s+(?:crew|team|volunteers?|station|lot|gang|folk|members?|training)s?\b", re.IGNORECASE)
# what someone hopes to be: "he's going to be a paramedic", "wants to become an ambulance driver" (not "used to be")
HOPED_JOB = re.compile(cx.HOPES_TO_BE + r"\s+[\w-]+(?:\s+[\w-]+)?", re.IGNORECASE)
# an emergency vehicle shown off, no emergency: "took the ambulance to a primary school", "brought the helicopter to
# the Brownies"
SHOWN_OFF = re.compile(r"\b(?:took|brought|showed|showing|taking|bringing)\s+(?:the|our|an|a)\s+(?:ambulance|fire\s+engine|"
                       r"helicopter|air\s+ambulance|lifeboat|response\s+car)\s+(?:to|into|round)\s+(?:a|the|our|their)\s+"
                       r"(?:[\w-]+\s+)?(?:school|nursery|college|scouts?|brownies|cubs|f[eê]te|fair|open\s+day)\b",
                       re.IGNORECASE)
# births of a kind, with their share of all births: a stillbirth about 1 in 285 (ONS, Births in England and Wales
# 2022: 3.5 per 1,000), a baby born before 28 weeks about 1 in 200 and at 28-31 weeks about 1 in 100 (Bliss); the
# gestation as neonatal teams write it: "a 27-weeker", "born at 26+3 weeks", "Born on our unit at the Royal Jubilee at
# 22 weeks" (not "one of our 23-weekers": a group
# of former patients, born years before the post's day)
BIRTH_KINDS = ((re.compile(r"\bstill\s?born\b|\bstill\s?births?\b|\bborn\s+(?:sleeping|asleep)\b", re.I), 0.0035,
                "a stillbirth"),
               (re.compile(r"\b2[2-7][- ]?weeker\b|" + cx.BORN_AT + r"2[2-7](?:\s*\+\s*[0-6])?\s*weeks\b|"
                           r"\bborn\s+(?:at\s+)?(?:under|less\s+than|before)\s+2[3-8]\s+weeks\b", re.I), 0.005,
                "a birth before 28 weeks"),
               (re.compile(r"\b(?:2[89]|3[01])[- ]?weeker\b|" + cx.BORN_AT + r"(?:2[89]|3[01])(?:\s*\+\s*[0-6])?\s*weeks\b",
                           re.I), 0.01, "a birth at 28-31 weeks"),
               # born under 29-32 weeks: all births before 32 weeks, about 1 in 65 (Bliss: 1 in 200 before 28, 1 in 100 at 28-31)
               (re.compile(r"\bborn\s+(?:at\s+)?(?:under|less\s+than|before)\s+(?:29|3[0-2])\s+weeks\b", re.I), 0.015,
                "a birth before 32 weeks"),
               # born before a midwife or crew arrived: about 1 in 200 births (samples/risk/README.md, thaw's figure)
               (re.compile(r"\bborn\s+(?:in\s+(?:the\s+back\s+of\s+)?(?:a|the|her|his|their)\s+(?:car|taxi|cab|van|"
                           r"ambulance|lay-?by|hallway|bathroom)|on\s+the\s+(?:way|hard\s+shoulder|roadside)|at\s+the\s+"
                           r"roadside|before\s+(?:we|the\s+(?:midwife|midwives|crew|ambulance))\s+(?:arrived|got\s+there))",
                           re.I), 0.005, "a birth before a midwife or crew arrived"),
               # born aboard a ferry, a plane or a train: a handful a year among the UK's ~700,000 births (news reports;
               # phiscrub's assumption: about 1 in 100,000)
               (re.compile(r"\bborn\s+(?:on|aboard|in\s+mid-?air\s+on)\s+(?:the|a|an|board)\s+(?:\w+\s+)?(?:ferry|boat|ship|"
                           r"plane|flight|train|bus|crossing)\b", re.I), 0.00001, "a birth aboard a ferry, plane or train"),
               # a home birth: 2.4% of births in England and Wales (ONS, Birth characteristics 2021)
               (re.compile(r"\bhome\s+births?\b|\bborn\s+at\s+home\b", re.I), 0.024, "a home birth"),
               # quadruplets, written "quads" (triplets and "quadruplets" are unusual events of mentions/events.yaml): a set
               # or two a year among ~600,000 maternities (ONS, Births in England and Wales: multiple births); only as a set
               # ("our first quads visit", not "my quads" or "quad bikes")
               (re.compile(r"\b(?:first|set\s+of|the|our|new)\s+quads\b(?!\s+bikes?)", re.I), 0.000003, "quadruplets"))
# CPR given to someone, or a heart restarted: a cardiac arrest ("started CPR", "minutes of CPR", "CPR on her husband",
# "whose heart we restarted"); CPR as a skill ("learned CPR", "CPR training") gives no one's incident
CARDIAC_ARREST = re.compile(r"\b(?:(?:start(?:ed)?|did|doing|gave|giving|performed|performing|continued|bystander|"
                            r"(?:minutes|rounds|cycles)\s+of)\s+cpr|(?<!\b(?:learn|learned|learnt|learning|teach|taught|teaching|know|knows|"
                            r"knew)\s+)cpr\s+(?:on|was\s+started|in\s+progress|ongoing)|"
                            r"chest\s+compressions\s+on|"
                            # and its return of circulation: "whose heart we restarted", "restarted her heart", "got ROSC"
                            r"(?:restart(?:ed)?|re-?started)\s+(?:his|her|their)\s+heart|heart\s+(?:(?:we|they|i|you|the\s+crew|the\s+team|"
                            r"paramedics)\s+|(?:was|got)\s+)restarted|"
                            r"(?:got|achieved|had|with)\s+rosc)\b", re.I)

# a detention under the Mental Health Act: about 52,000 a year in England (NHS England, Mental Health Act Statistics
# 2023-24) and 2,000 in Wales, about 0.0009 per resident a year; a place of safety order (s136) is one of them
DETENTION = re.compile(r"\b(?:detain(?:ed|ing)?|sectioned|section(?:ing)?)\b[^.!?\n]{0,60}?\bmental\s+health\s+act\b|"
                       r"\b(?:was|been|being|got|getting)\s+sectioned\b|\b(?:section|s\.?)\s?136\b|"
                       r"\bdetained\s+under\s+(?:a\s+|the\s+)?(?:section|s\.?)\s?\d{1,3}\b|"  # "detained under section 3"
                       r"\b(?:had|have|has)\s+to\s+(?:detain|section)\b", re.I)  # "our crisis team had to detain"
DETENTION_RATE = 0.0009
# an assessment under the Act, a detention's first step: about two for each detention (AMHP caseloads; phiscrub's
# assumption), about 0.0018 per resident a year
MHA_ASSESSMENT = re.compile(r"\b(?:mental\s+health\s+act|(?-i:MHA))\s+assessments?\b", re.I)
MHA_ASSESSMENT_RATE = 2 * DETENTION_RATE


# a sexual health service's consultations: about 4 million a year in England (UKHSA, Sexually transmitted infections
# and chlamydia screening in England, 2023 data), about 0.07 per resident; its own routine visit, not an emergency
SEXUAL_HEALTH = re.compile(r"\b(?:sexual\s+health|gum|genito-?urinary)\s+(?:clinic|drop-in|service|centre|team)s?\b",
                           re.IGNORECASE)
SEXUAL_HEALTH_RATE = 0.07
# A&E: about 25 million attendances a year in England, about 0.44 per resident (NHS England, A&E Attendances and
# Emergency Admissions, 2023-24; samples/risk/README.md); an ambulance brings about a third of them
A_AND_E = re.compile(r"\b(?:a\s?&\s?e|(?-i:ED)|emergency\s+department|minors|majors)\b", re.IGNORECASE)
A_AND_E_RATE = 0.44
# an ambulance that came, not one named in advice ("didn't want to bother the ambulance", "Call 999")
AMBULANCE = re.compile(r"\b(?:by\s+ambulance|ambulances?\s+(?:brought|crews?|took|arrived|came|was\s+called)|"
                       r"(?:our|the|a)\s+crews?|crews?\s+(?:brought|took|were|arrived)|paramedics?\s+(?:brought|took|were|"
                       r"arrived)|blue[- ]light\w*|conveyed|on\s+scene|(?:called|rang|dialled|phoned)\s+(?:an?\s+)?(?:999|"
                       r"ambulance)|999\s+call|call[- ]?outs?|air\s+ambulance|hems|coastguard|rescued?|brought\s+in)\b",
                       re.IGNORECASE)

# someone else's birthday, or an age reached on the post's day ("Happy 100th birthday to one of our residents", "is
# 98 today", "turned 100 today"): one a year for each person, so its day holds 1 in 365 of the pool. Not the poster's
# own (within 40 characters of "my", "I", "me", or opening the post: a self-disclosure, ``phiscrub.risk.details``)
BIRTHDAY = re.compile(r"\b(?:birthday|b['’]?day)\b|\b(?:is|turn(?:s|ed)|turning|reached|reaches)\s+\d{2,3}\s+"
                      r"(?:today|tonight|yesterday|tomorrow|this\s+week)\b", re.IGNORECASE)
BIRTHDAY_RATE = 1.0


def _someone_elses_birthday(text: str) -> Optional[re.Match]:
    if cx.poster_age(text) is not None:
        return None
    for m in BIRTHDAY.finditer(text):
        mention = Mention(m.start(), m.end(), "DATE", ())
        if not bd.first_person(text, mention) and not bd.opens_post(text, mention):
            return m
    return None



def _widowed(text: str, source: str) -> List[Detail]:
    """Widowed ("a widower", "since his wife died"): a share of older people, when the post's death is that state."""
    m, w = cx.DEATH.search(text), cx.WIDOWED.search(text)
    if m is None or w is None or not w.start() <= m.start() < w.end():
        return []
    return [Detail("RARITY", w.start(), w.end(), source, "share", cx.WIDOWED_SHARE,
                   f"widowed: about {cx.WIDOWED_SHARE:.0%} of older people", "rarity")]


def incidents(text: str, source: str, fig: Figures) -> List[Detail]:
    """What happened, with its rate per resident a year: a birth, a death, an emergency (or, where the
    text names neither an emergency nor routine care, an emergency assumed: the safe side)."""
    out = _widowed(text, source)  # a state, not a death in the post's window
    rows = ((cx.BIRTH, cx.BIRTH_RATE, "births", "birth"),) + ((cx.DEATH, cx.DEATH_RATE, "deaths", "death"),)[len(out):]
    for rx, rate, what, group in rows:
        m = rx.search(text)
        if m is None and group == "birth" and not cx.routine(text):
            m = cx.EXPECTING.search(text)
        if m is not None:
            out.append(Detail("INCIDENT", m.start(), m.end(), source, "rate", rate,
                              f"a {group}: about {rate:g} {what} per resident a year", group))
    out += _birth_kind(text, source, any(d.group == "birth" for d in out))
    m = None if any(d.group == "birth" for d in out) else (cx.PREGNANT.search(text) or cx.EXPECTING.search(text))
    if m is not None and cx.expecting(text):  # a pregnancy now ("she's pregnant", "a mum-to-be"): a share, no rate
        out.append(Detail("RARITY", m.start(), m.end(), source, "share", cx.PREGNANT_SHARE,
                          f"pregnant: about {cx.PREGNANT_SHARE:.2%} of residents at any time", "rarity"))
    m = CARDIAC_ARREST.search(text)
    if m is not None:  # CPR is given for a cardiac arrest: its rate, not the ambulance rate
        rate = INCIDENT_RATES[0][1]
        out.append(Detail("INCIDENT", m.start(), m.end(), source, "rate", rate,
                          f"a cardiac arrest (CPR): about {rate:g} per resident a year", "incident"))
    out += _mental_health_act(text, source)
    if (m := SEXUAL_HEALTH.search(text)) is not None and cx.ONE_PERSON.search(text):  # someone who came to the clinic
        return out + [Detail("INCIDENT", m.start(), m.end(), source, "rate", SEXUAL_HEALTH_RATE, "a sexual health "
                             f"consultation: about {SEXUAL_HEALTH_RATE:g} per resident a year", "incident")]
    unfunded = _blank(FUNDRAISED_FOR, text)  # money raised for a rescue service is no call-out of it
    service = next(((m, rate, what) for rx, rate, what in SERVICE_RATES if (m := rx.search(unfunded))), None)
    if service is not None and cx.routine(text) and not cx.EMERGENCY.search(_blank(SERVICE_PEOPLE, text)):
        service = None  # routine care of the service's own people ("flu jab for one of the lifeboat crew"): no call-out
    if service is not None:  # a rescue service's call-out: its own rate, far below the ambulance rate
        m, rate, what = service
        out.append(Detail("INCIDENT", m.start(), m.end(), source, "rate", rate,
                          f"a call-out of {what}: about {rate:g} per resident a year", "incident"))
        return out
    birthday = [] if out else _birthday(text, source)
    return birthday or out + _emergency(text, source, fig)


def _mental_health_act(text: str, source: str) -> List[Detail]:
    """A detention under the Mental Health Act, or an assessment under it: its own rate, far below the ambulance rate."""
    m = DETENTION.search(text)
    if m is not None:
        return [Detail("INCIDENT", m.start(), m.end(), source, "rate", DETENTION_RATE, "a detention under the Mental "
                       f"Health Act: about {DETENTION_RATE:g} per resident a year", "incident")]
    m = MHA_ASSESSMENT.search(text)
    return [] if m is None else [Detail("INCIDENT", m.start(), m.end(), source, "rate", MHA_ASSESSMENT_RATE, "an "
                                        f"assessment under the Mental Health Act: about {MHA_ASSESSMENT_RATE:g} per "
                                        "resident a year", "incident")]


def _birthday(text: str, source: str) -> List[Detail]:
    """Someone else's birthday where no emergency is named: what the post is about."""
    m = None if cx.EMERGENCY.search(text) else _someone_elses_birthday(text)
    return [] if m is None else [Detail("INCIDENT", m.start(), m.end(), source, "rate", BIRTHDAY_RATE,
                                        "a birthday: one a year for each person, so its day is one of 365", "birthday")]


def _emergency(text: str, source: str, fig: Figures) -> List[Detail]:
    """An emergency: an A&E attendance where no ambulance is said, else the ambulance rate; assumed where no routine
    care is named."""
    # a rescue service's crew is its people, not a call-out; a job a child hopes for ("going to be a paramedic") is none
    m = cx.EMERGENCY.search(_blank(SHOWN_OFF, _blank(HOPED_JOB, _blank(SERVICE_PEOPLE, text))))
    ed = A_AND_E.search(text) if m is not None and not AMBULANCE.search(text) else None
    if ed is not None:  # seen in A&E, no ambulance said: any of its attendances, most of whom walk in
        return [Detail("INCIDENT", ed.start(), ed.end(), source, "rate", A_AND_E_RATE,
                       f"an A&E attendance: about {A_AND_E_RATE:g} per resident a year", "incident")]
    if m is not None:
        return [Detail("INCIDENT", m.start(), m.end(), source, "rate", fig.ambulance_rate,
                       f"an emergency: {fig.ambulance_rate:g} ambulance incidents per resident a year", "incident")]
    if text and not cx.routine(text):
        return [Detail("INCIDENT", -1, -1, source, "rate", fig.ambulance_rate, "no routine care named: taken as an "
                       f"emergency, {fig.ambulance_rate:g} ambulance incidents per resident a year", "assumed")]
    return []


def _blank(rx: re.Pattern, text: str) -> str:
    """``text`` with ``rx``'s matches blanked out, offsets kept."""
    return rx.sub(lambda m: " " * len(m.group()), text)


def _birth_kind(text: str, source: str, birth_found: bool) -> List[Detail]:
    """A birth of a rare kind (``BIRTH_KINDS``): its share of births, and the birth's rate where no birth was found."""
    kind = next(((m, share, what) for rx, share, what in BIRTH_KINDS if (m := rx.search(text))), None)
    if kind is None:
        return []
    m, share, what = kind
    out = [] if birth_found else [Detail("INCIDENT", m.start(), m.end(), source, "rate", cx.BIRTH_RATE,
                                         f"a birth: about {cx.BIRTH_RATE:g} births per resident a year", "birth")]
    return out + [Detail("RARITY", m.start(), m.end(), source, "share", share,
                         f"{what}: about 1 in {round(1 / share):,} births", "rarity")]
