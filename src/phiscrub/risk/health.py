"""What a post says of someone's health and of what happened to them, as ``Detail``s: a condition (with
its published prevalence, an assumed share by rarity, or none for a common one, a service or a group's) and
an event (a road casualty, a vehicle described, an occasion). Part of ``phiscrub.risk.details``.
"""

from __future__ import annotations

from typing import List, Optional

import regex as re

from phiscrub.risk import context as cx
from phiscrub.risk.figures import Figures
from phiscrub.risk.incidents import INCIDENT_RATES
from phiscrub.risk.quotes import in_quotes
from phiscrub.risk.types import Detail, attrs, mention_detail, pct
from phiscrub.types import Mention

# uncommon: 1 in 100 to 1 in 2,000 (a stammer, a stoma), one assumed share; rare: the UK framework's < 1 in 2,000
CONDITION_SHARE = {"common": 0.05, "uncommon": 0.005, "rare": 0.0001}
# "a rare disease", unnamed: all rare diseases together affect 1 in 17 people (UK Rare Diseases Framework, 2021)
ANY_RARE_DISEASE, ANY_RARE = 1 / 17, re.compile(r"\brare\s+(?:genetic\s+)?(?:disease|condition|disorder)s?\b", re.I)
ROAD_INCIDENT = re.compile(r"\b(?:rtcs?|rta|road\s+traffic|crash|collision|hit\s+by\s+a\s+car|knocked\s+down|"
                  r"pedestrian|hit\s+and\s+run|came\s+off\s+(?:his|her|their)\s+(?:motor)?bike|(?:(?:motor)?cyclist|biker|rider)\s+came\s+off|"
                  r"knocked\s+off|run\s+over|"
                  r"cut\s+(?:out|free)\s+(?:of|from)\s+(?:a|the|his|her|their)\s+car|trapped\s+in|extricat\w+|"
                  r"(?:went|came|ran|veered)\s+off\s+the\s+road|left\s+the\s+road|overturned|rolled\s+\w+\s+(?:car|van)|"
                  r"(?:car|van|lorry|motorbike|bike|cyclist|pedestrian)\s+(?:versus|vs|v))\b", re.I)  # "car versus lamp post"
ROAD_CASUALTY_RATE = 0.002
EVENT_RATE = {"common": 0.01, "unusual": 0.00001}  # incidents per resident per year (falls, RTCs; jet skis)


# a condition naming a service, a team or a cause, not someone's illness: "a stroke ward", "the diabetes team"
SERVICE_AFTER = re.compile(r"\s+(?:wards?|units?|teams?|nurses?|nursing|services?|clinics?|centres?|centers?|"
                           r"specialists?|departments?|bays?|rehab|research|awareness|charity|charities|"
                           r"support\s+groups?|survivors|week|day|month|assessments?|waiting\s+lists?|"
                           # what is tested or vaccinated for: "TB screening", "an HIV test", "flu jabs"
                           r"screen(?:s|ing)?|tests?|testing|checks?|jabs?|vaccin\w*|immunis\w*)\b", re.IGNORECASE)
# the condition's patients in the plural: a group ("the afternoon dialysis patients sang to me"), unless one of them
PLURAL_PATIENTS = re.compile(r"\s+(?:patients|residents|clients|service\s+users)\b", re.IGNORECASE)

# a care setting named after the condition its patients have: "the epilepsy clinic", "our eating disorders unit"
CARE_SETTING_AFTER = re.compile(r"\s+(?:(?:day|community|outreach|specialist|support|respite|liaison|inpatient|nursing)\s+)?"
                                r"(?:wards?|units?|clinics?|services?|nurses?|teams?|centres?|hubs?)\b", re.IGNORECASE)
# ("learning disability day service", "autism outreach team")

# a condition of a group: "people with a learning disability", "anyone living with MS", "children who have asthma"
GROUP_WITH = re.compile(r"\b(?:people|those|anyone|everyone|adults|children|kids|patients|families|men|women|folk)\s+"
                        r"(?:(?:who|that)\s+(?:have|live\s+with)|(?:living\s+)?with)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
ONE_OF_THEM = re.compile(r"\bone\s+of\s+(?:our|my|the|their|his|her|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
CARE_AFTER = re.compile(r"['’]?s?\s+(?:care|medicine|homes?|hospitals?|hospice)\b", re.IGNORECASE)


def condition(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    rarity = attrs(m).get("rarity", "common")
    surface = text[m.start:m.end]
    key = surface.lower().replace("’", "'")
    known = fig.conditions.get(key, fig.conditions.get(key.replace("-", " ")))  # "learning-disability day service"
    if (known is not None or rarity == "rare") and CARE_SETTING_AFTER.match(text, m.end) and cx.ONE_PERSON.search(text):
        # "Epilepsy clinic: a lady in her 40s", "our all-Wales CF team … a teenager" (not the service's own news: "our
        # eating disorders team is 10"); a rare condition's service at its assumed share
        share, how = (known, "published") if known is not None else (CONDITION_SHARE["rare"], "assumed")
        return mention_detail(m, source, "share", share, f"a patient of its {surface.lower()} service: about {pct(share)} of "
                              f"people live with it ({how})", "condition")
    if (no_one := _no_ones(m, text, source)) is not None:
        return no_one
    for rx, rate, what in INCIDENT_RATES:
        if rx.search(text, max(0, m.start - 12), m.end + 11):  # and the words around: "her first ever seizure", "a new
            # HIV diagnosis"
            return mention_detail(m, source, "rate", rate, f"{what}: about {rate:g} per resident a year", "condition")
    stated = stated_share(text, m.start, m.end, fig)
    if stated is not None:
        return mention_detail(m, source, "share", stated, f"about {pct(stated)} of people, as the post says", "condition")
    if ANY_RARE.fullmatch(surface):
        return mention_detail(m, source, "share", ANY_RARE_DISEASE, "some rare disease: 1 in 17 people", "condition")
    if known is not None:  # a named condition whose prevalence is published (data/condition-prevalence.csv)
        return mention_detail(m, source, "share", known, f"about {pct(known)} of people live with it (published)",
                              "condition")
    if cx.PREGNANT.fullmatch(surface):  # counted once, by ``incidents``: a share when pregnant now, else a birth
        return mention_detail(m, source, "none", 1.0, "a pregnancy: counted with what happened", "condition")
    if rarity == "common":
        return mention_detail(m, source, "none", 1.0, "common condition: narrows little (not counted)", "condition")
    share = CONDITION_SHARE[rarity]
    return mention_detail(m, source, "share", share, f"{rarity} condition: about {pct(share)} of people (assumed)",
                   "condition")


def _no_ones(m: Mention, text: str, source: str) -> Optional[Detail]:
    """A condition naming a service ("Autism Week", "#autism") or a group's ("people with a learning disability")."""
    if SERVICE_AFTER.match(text, m.end) or text[m.start - 1:m.start] == "#":
        return mention_detail(m, source, "none", 1.0, "names a service, not someone's condition", "service")
    group = GROUP_WITH.search(text, max(0, m.start - 40), m.start)  # "people with a learning disability die earlier"
    if group and not ONE_OF_THEM.search(text, max(0, group.start() - 30), group.start()):  # not "one of our patients"
        return mention_detail(m, source, "none", 1.0, "a group's condition: describes no one person", "group")
    if PLURAL_PATIENTS.match(text, m.end) and not ONE_OF_THEM.search(text, max(0, m.start - 40), m.start):
        return mention_detail(m, source, "none", 1.0, "a group's condition: describes no one person", "group")
    return None


# how rare a condition is, as a post states it: "a condition that affects 1 in 2 million people", "one in every 50,000
# babies", "one of only 30 people in the UK with it" (near the condition: within its sentence and the next)
_ONE_IN = re.compile(r"\b(?:one|1)\s+in\s+(?:every\s+)?(?:(?P<n>\d[\d,]*(?:\.\d+)?)|a|one)\s*(?P<unit>million|m|thousand|k)?\b"
                     r"(?!\s*(?:years?|days?|weeks?|chances?|odds))", re.IGNORECASE)
_ONE_OF_ONLY = re.compile(r"\bone\s+of\s+(?:only\s+|just\s+|about\s+|around\s+)?(?P<n>\d[\d,]*)\s+(?:\w+\s+){0,2}?in\s+the\s+"
                          r"(?P<where>uk|u\.k\.|country|world|britain|england|scotland|wales)\b", re.IGNORECASE)
_UNITS = {"million": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}
STATED_AT_MOST = 0.01  # a stated share only narrows when it is rare: "1 in 4 of us" is everyone's
WORLD_POPULATION = 8.0e9  # UN World Population Prospects 2022: 8 billion in November 2022


def stated_share(text: str, start: int, end: int, fig: Figures) -> Optional[float]:
    """The share of people with the condition at ``text[start:end]`` as the post states it ("1 in 2 million"), or
    None; "one of only 30 in the UK" is the post's own detail (``one_of_only``), not the condition's."""
    m = _ONE_IN.search(text[max(0, start - 80):end + 160])
    if m is None or _ONE_OF_ONLY.search(text):
        return None
    n = float(m["n"].replace(",", "")) if m["n"] else 1.0
    share = 1 / (n * _UNITS.get((m["unit"] or "").lower(), 1.0))
    return share if 0 < share <= STATED_AT_MOST else None


def one_of_only(text: str, source: str, fig: Figures) -> List[Detail]:
    """"One of only 30 children in the UK with it": the share of the country's (or the world's) people the post says
    share the person's rarity."""
    out = []
    for m in _ONE_OF_ONLY.finditer(text):
        world = m["where"].lower() == "world"
        share = float(m["n"].replace(",", "")) / (WORLD_POPULATION if world else fig.uk_population)
        if 0 < share <= STATED_AT_MOST:
            out.append(Detail("RARITY", m.start(), m.end(), source, "share", share,
                              f"one of only {m['n']} in the {'world' if world else 'UK'}, as the post says: "
                              f"about {pct(share)} of people", "rarity"))
    return out


# a vehicle word naming an event of many: "the Christmas tractor run", "a classic car rally", "the bike ride"
VEHICLE_EVENT_AFTER = re.compile(r"['’]?s?\s+(?:runs?|rally|rallies|shows?|parades?|convoys?|processions?|rides?|"
                                 r"meets?|festivals?)\b", re.IGNORECASE)


# a helper at an event, not its casualty: "stopped to help at a crash", "helped out at the scene of a fire"
HELPED_AT = re.compile(r"\b(?:stopped\s+to\s+help|help(?:ed|ing|s)?|assist(?:ed|ing|s)?)\s+(?:out\s+)?at\s+(?:a|an|the)\s+"
                       r"(?:scene\s+of\s+(?:a|an|the)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# a likeness, not an event: "felt like she was drowning", "as if he'd been hit by a bus", "like a car crash"
FIGURATIVE = re.compile(r"\b(?:felt|feels?|feeling|looked|looks?|seemed|seems?)\s+(?:like|as\s+if|as\s+though)\b[^.!?\n]{0,30}$"
                        r"|\b(?:like|as\s+if|as\s+though)\s+(?:a|an|i|she|he|they|we|you)\b[^.!?\n]{0,20}$", re.IGNORECASE)


def event(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    a = attrs(m)
    rarity = a.get("rarity", "common")
    if a.get("vehicle") == "yes" and VEHICLE_EVENT_AFTER.match(text, m.end):
        return mention_detail(m, source, "none", 1.0, "an event of many vehicles, no one's", "occasion")
    if a.get("vehicle") == "yes" and in_quotes(text, m.start):
        return mention_detail(m, source, "none", 1.0, "a vehicle in someone's quoted words, not theirs", "vehicle")
    if a.get("vehicle") == "yes":
        share = 0.01 if rarity == "unusual" or a.get("colour") == "yes" else 0.05
        return mention_detail(m, source, "share", share, f"vehicle described: about {pct(share)} of vehicles (assumed)",
                              "vehicle")
    if a.get("occasion") == "yes":
        return mention_detail(m, source, "none", 1.0, "an occasion: says when, not to whom", "occasion")
    if SERVICE_AFTER.match(text, m.end):  # "our sexual assault service", "the falls team"
        return mention_detail(m, source, "none", 1.0, "names a service, not what befell someone", "service")
    if FIGURATIVE.search(text, max(0, m.start - 40), m.start):  # "she felt like she was drowning"
        return mention_detail(m, source, "none", 1.0, "a figure of speech: how someone felt, not what befell them", "event")
    if HELPED_AT.search(text, max(0, m.start - 40), m.start):  # "a nurse who stopped to help at a crash"
        return mention_detail(m, source, "none", 1.0, "helped at it: the helper, not whom it befell", "event")
    if rarity == "common" and ROAD_INCIDENT.search(text[m.start:m.end]):
        return mention_detail(m, source, "rate", ROAD_CASUALTY_RATE,
                              f"road casualties: about {ROAD_CASUALTY_RATE:g} per resident a year", "event")
    rate = EVENT_RATE[rarity]
    return mention_detail(m, source, "rate", rate, f"{rarity} incident: about {rate:g} per resident a year (assumed)",
                          "event")


def said_again(d: Detail, found: List[Detail], text: str) -> bool:
    """A condition named again ("autism … #autism", "stroke … Strokes") narrows the pool once."""
    same = text[d.start:d.end].lower().rstrip("s")
    return d.kind == "CONDITION" and d.role != "none" and any(
        e.kind == "CONDITION" and e.role != "none" and text[e.start:e.end].lower().rstrip("s") == same for e in found)
