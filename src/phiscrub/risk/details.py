"""Each quasi-identifier a text keeps, turned into a ``Detail`` the estimate can multiply.

One function per mention kind (``CONVERTERS``). The figures they use are published (``figures``)
or phiscrub's assumptions, named here as constants: orders of magnitude, chosen on the side of
over-estimating the risk (a smaller share, a smaller crowd).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Dict, Iterable, List, Optional

import regex as re

from phiscrub.risk import birthday as bd
from phiscrub.risk import context as cx
from phiscrub.risk import picked_out as po
from phiscrub.risk.career import career_age
from phiscrub.risk.circumstances import YOUNGER_SELF, circumstances
from phiscrub.risk.crowds import at_first_aid, crowds, event_roles
from phiscrub.risk.figures import Figures
from phiscrub.risk.health import (
    CARE_AFTER,
    CONDITION_SHARE,
    EVENT_RATE,
    SERVICE_AFTER,
    condition,
    event,
    one_of_only,
    said_again,
)
from phiscrub.risk.incidents import incidents
from phiscrub.risk.occupations import occupation
from phiscrub.risk.places import place
from phiscrub.risk.quotes import in_quotes
from phiscrub.risk.times import DAY, FUTURE, PART_OF_DAY, WEEK, WEEKEND_AFTER, WINDOWS, _years, follow_up, span_window
from phiscrub.risk.types import Detail, attrs, mention_detail, pct
from phiscrub.risk.units import unit_sizes
from phiscrub.types import Mention

# -- phiscrub's assumptions ---------------------------------------------------------------------------
TWIN_SHARE = 0.03  # people born a twin or triplet (about 1.5% of births are multiple, two or three babies each)
RELATIVES = {  # people a poster has in each relation ("my dad" points to one person)
    "mother": 1, "father": 1, "parent": 2, "wife": 1, "husband": 1, "partner": 1, "ex_partner": 1, "son": 2,
    "daughter": 2, "child": 2, "grandmother": 2, "grandfather": 2, "grandparent": 4, "grandson": 2,
    "granddaughter": 2, "grandchild": 4, "brother": 2, "sister": 2, "sibling": 2, "twin": 1, "aunt": 3,
    "uncle": 3, "cousin": 8, "niece": 3, "nephew": 3, "in_law": 4, "neighbour": 10, "friend": 20, "best_friend": 2,
    "carer": 2, "next_of_kin": 1,
}
BIRTH_YEARS = 50  # a birthday with no age leaves about this many possible birth dates of the poster
# a newborn's age in days or weeks: born within that day or week of the year's births (an age in months is said
# loosely, "an 8-month-old", and stays the share of babies under one)
BABY_AGE = re.compile(r"(?P<u>days?|weeks?)[- ]olds?\b", re.IGNORECASE)
BABY_AGE_DAYS = {"day": 1.0, "week": 7.0}


# a service or a body with its age: "our community mental health team in East Kilbride is 20 years old", "the unit
# turns 50" (its anniversary, no one's age)
BODY_IS = re.compile(r"\b(?:teams?|services?|units?|wards?|hospitals?|hospices?|practices?|surgery|charity|clinics?|"
                     r"centres?|departments?|trusts?|stations?|groups?|clubs?|schools?|buildings?|choirs?|partnership|"
                     r"network)\b[^.!?\n]{0,40}?\b(?:is|was|turns|turned|has\s+turned|will\s+be)\s+$", re.IGNORECASE)


# a day, a season or a year's turn before "baby": when someone was born, not a baby's age ("a Boxing Day baby")
DAY_BEFORE_BABY = re.compile(r"\b(?:day|eve|night|year['’]?s|valentine['’]?s|leap[- ](?:day|year)|summer|spring|autumn|"
                             r"winter|christmas|easter|halloween|millennium)[ \t]+$", re.IGNORECASE)


def age(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    if cx.many_people(text, m):
        return mention_detail(m, source, "none", 1.0, "a group: describes no one person", "group")
    if SERVICE_AFTER.match(text, m.end) or (CARE_AFTER.match(text, m.end) and not any(c.isdigit() for c in text[m.start:m.end])):
        return mention_detail(m, source, "none", 1.0, "names a service, not someone's age", "service")  # "elderly care"
        # (not a number's "home": "got a lady of 88 home on the last boat")
    if text[m.start:m.end].lower() == "baby" and DAY_BEFORE_BABY.search(text, max(0, m.start - 30), m.start):
        return mention_detail(m, source, "none", 1.0, "born on a day, not a baby's age ('a Christmas Day baby')", "time")
    if BODY_IS.search(text, max(0, m.start - 80), m.start):
        return mention_detail(m, source, "none", 1.0, "the age of a service or a body, not of a person", "service")
    a = attrs(m)
    low, high = int(a.get("age_low", 0)), int(a.get("age_high", 105))
    if high == 0 and cx.expecting(text):  # "knitting for the baby" of a mum-to-be: not born, no one's age yet
        return mention_detail(m, source, "none", 1.0, "a baby on the way: no one's age yet", "group")
    share = fig.age_share(low, high)
    span = f"age {low}" if low == high else f"ages {low}-{min(high, 105)}"
    if not share:
        return None
    unit = BABY_AGE.search(text, m.start, m.end) if high == 0 else None
    if unit is not None:  # "a 6-week-old": the babies born in that one week, not all babies under one
        days = BABY_AGE_DAYS[unit["u"].lower().rstrip("s")]
        share *= days / cx.DAYS_IN_A_YEAR
        span = f"born within the same {unit['u'].lower().rstrip('s')} (age 0 x {days:g} / 365)"
    return replace(mention_detail(m, source, "share", share, f"{span}: {pct(share)} of UK residents", "age"), band=(low, high))


# someone in a prison: each holds men or women only, so its population is the pool already of one sex (HM Prison
# Service); a named prison, "in prison", its healthcare or wing; not someone out of one ("released from prison last
# month", "a former prisoner")
PRISON = re.compile(r"\b(?:(?-i:HMP|HMYOI|YOI)|young\s+offenders?\s+institution|(?<!\b(?:from|of|left|leaving)\s+)(?:in|at|inside)"
                    r"\s+(?:the\s+)?prison|prison\s+(?:healthcare|nurs\w*|wings?|landings?|cells?|dentist\w*)|on\s+the\s+wings?)\b",
                    re.IGNORECASE)


def sex(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    if cx.many_people(text, m):
        return None
    s = attrs(m).get("sex")
    if s and PRISON.search(text):
        return mention_detail(m, source, "share", 1.0, f"{s}: a prison holds one sex, its population is the pool", "sex")
    return mention_detail(m, source, "share", 0.5, f"{s}", "sex") if s else None


# someone's words being quoted, the quotation still open: "she told me I had 'kind hands, like my …"
REPORTED_SPEECH = re.compile(r"\b(?:told\s+(?:me|us)|said|says|asked(?:\s+(?:me|us))?)\b[^.!?\n]{0,40}?['‘\"“][^'’\"”\n]*$",
                             re.IGNORECASE)


# a service named for a relation ("our children's diabetes team") and a thing named for a day ("a Christmas card")
SERVICE_NEXT = re.compile(r"['’]?s?[ \t]+(?:[\w-]+[ \t]+)?(?:teams?|wards?|units?|hospitals?|hospices?|services?|nurses?|"
                          r"centres?|clinics?|departments?|charity|(?-i:ED)|a\s?&\s?e|emergency\s+department)\b", re.IGNORECASE)
GIVER_NEXT = re.compile(r"[ \t]+(?:gave|bought|made|taught|sent|left|knitted|got|passed[ \t]+down[ \t]+to)[ \t]+(?:me|us)\b",
                        re.IGNORECASE)
DAY_AS_THING = re.compile(r"[ \t]+(?:cards?|party|parties|jumpers?|dinner|lunch|tree|presents?|fair|market|songs?|carols?|"
                          r"decorations?|do|raffle|hamper|film|menu|cake|pudding|spirit|cheer|wishes)\b", re.IGNORECASE)


ONE_EACH = frozenset({"mother", "father", "grandmother", "grandfather"})  # a person has one of each (by birth)
PLURAL_END = re.compile(r"(?<!['’])s['’]?\Z", re.IGNORECASE)


def relationship(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    a = attrs(m)
    if a.get("relation") == "twin" and (a.get("of") != "poster" or PLURAL_END.search(text, m.start, m.end)):
        # ... "our twins went home from the neonatal unit": a pair of twins, not the poster's own twin
        return mention_detail(m, source, "share", TWIN_SHARE, f"a twin: about {pct(TWIN_SHARE)} of people", "rarity")
    if a.get("of") != "poster" or SERVICE_NEXT.match(text, m.end) or GIVER_NEXT.match(text, m.end):
        return None  # "her husband": says who visited, not who the patient is; "our children's diabetes team": a service;
        # "the fob watch my nan gave me": the poster's own life, no patient
    if REPORTED_SPEECH.search(text, max(0, m.start - 80), m.start):
        return None  # "told me I had 'kind hands, like my husband's'": the patient's husband, in her words
    if a.get("relation") in ONE_EACH and PLURAL_END.search(text, m.start, m.end):
        return None  # "one of our mums", "our dads' group": a unit's patients; one has one mother, one father
    count = RELATIVES.get(a.get("relation", ""), 10)
    return mention_detail(m, source, "count", count, f"the poster's own {a.get('relation', 'relation').replace('_', ' ')}: "
                   f"about {count} such people", "relationship")


def date(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    a = attrs(m)
    if (a.get("birthday") == "yes" or bd.born_on(text, m)) and (bd.first_person(text, m) or bd.opens_post(text, m)
                                                                  or bd.nobody_else(text, m)):
        stated = bd.stated_age(text, m)
        own = None if stated else cx.poster_age(text)  # "in my 30s" leaves ten birth years, "I'm 34" one
        count = (cx.birth_years(own) if own and cx.in_decade(own) else 1 if own or stated else BIRTH_YEARS) * bd.birthday_days(text)
        return mention_detail(m, source, "count", count, "the poster's own birthday" + (" and age: their date of birth"
                              if count == 1 else ": the day and month of their birth"), "self_disclosure")
    level = a.get("granularity", "relative")
    if a.get("birthday") == "yes":  # someone else's: its day is a share of the birthday's rate only with "today"
        return mention_detail(m, source, "none", 1.0, "a birthday says no day by itself ('today' does)", "time")
    if level == "named_day" and DAY_AS_THING.match(text, m.end):
        return mention_detail(m, source, "none", 1.0, "names a thing, not a day ('a Christmas card')", "time")
    if FUTURE.match(text, m.start):
        return mention_detail(m, source, "none", 1.0, "a time still to come: no incident has happened then", "time")
    after = WEEKEND_AFTER.match(text, m.end)  # "over the Easter weekend": the named day's whole weekend
    window = span_window(text[m.start:after.end() if after else m.end]) or WINDOWS.get(level, DAY)
    if window <= WEEK and follow_up(text, m):  # a week too: "went home from hospital this week"
        return mention_detail(m, source, "none", 1.0, "the day of a follow-up (a visit, a discharge, a letter), not of the "
                              "incident", "time")
    return replace(mention_detail(m, source, "window", window, f"{level.replace('_', ' ')}: a window of {_years(window)}",
                                  "time"), grain=level)


def time(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    level = attrs(m).get("granularity", "part_of_day")
    window = WINDOWS.get(level, PART_OF_DAY)
    if follow_up(text, m):
        return mention_detail(m, source, "none", 1.0, "the time of a follow-up (a visit, a discharge, a letter), not of the "
                              "incident", "time")
    return replace(mention_detail(m, source, "window", window, f"{level.replace('_', ' ')}: a window of {_years(window)}",
                                  "time"), grain=level)


CONVERTERS: Dict[str, Callable[[Mention, str, str, Figures], Optional[Detail]]] = {
    "PLACE": place, "AGE": age, "SEX": sex, "CONDITION": condition, "EVENT": event, "OCCUPATION": occupation,
    "RELATIONSHIP": relationship, "DATE": date, "TIME": time,
}


# phrases that pick one person out: a superlative, one member of a small group, a role one person holds
_PICKED_OUT = ((po.UNIQUE, "UNIQUE", "count", 1, "a superlative that names one person", "unique"),
               (cx.ONE_OF_GROUP, "GROUP", "place", cx.GROUP_MEMBERS,
                f"one of a small group: about {cx.GROUP_MEMBERS} people (assumed)", "member"),
               (po.ROLE_HOLDER, "UNIQUE", "count", 1, "a role one person holds in one place", "unique"),
               (bd.BORN_ON_A_DATED_DAY, "BIRTH_DATE", "count", 1, "born on a day history dates: a date of birth",
                "unique"),
               (bd.BORN_IN_A_DATED_WEEK, "BIRTH_DATE", "count", 7, "born in a week history dates: seven dates of birth",
                "unique"))


_AGE_PRONOUN = re.compile(r"\b(?:(?P<f>her)|his)\b", re.IGNORECASE)


def _sex_of_age(text: str, found: List[Detail], source: str) -> List[Detail]:
    """With no sex named, the one an age phrase gives: "in his 60s" is a man's age, "in her 80s" a woman's."""
    if any(d.group == "sex" for d in found):
        return []
    for d in found:
        m = _AGE_PRONOUN.search(text, d.start, d.end) if d.group == "age" and d.role == "share" else None
        if m:
            return [Detail("SEX", m.start(), m.end(), source, "share", 0.5, "female" if m["f"] else "male", "sex")]
    return []


def details_of(text: str, mentions: Iterable[Mention], source: str, fig: Figures) -> List[Detail]:
    """The details of one text's mentions, in text order (mentions no converter uses are left out),
    and the superlatives that name one person ("Britain's oldest man", "the youngest resident")."""
    out = []
    own = cx.poster_age(text)
    mentions = list(mentions)
    places = [(m.start, m.end) for m in mentions if m.kind == "PLACE"]
    younger_self = [m.span() for m in YOUNGER_SELF.finditer(text)]
    for m in mentions:
        if own is not None and m.kind == "AGE" and m.start < own.end() and own.start() < m.end:
            continue  # the poster's own age (below), not a patient's
        if m.kind == "OCCUPATION" and any(s <= m.start and m.end <= e for s, e in places):
            continue  # part of a place's name ("Bishop Auckland"), no one's job
        if m.kind in ("SEX", "AGE") and any(s <= m.start and m.end <= e for s, e in younger_self):
            continue  # the poster's younger self ("Started as a skinny lad with hair"), no patient
        d = CONVERTERS[m.kind](m, text, source, fig)
        if d is not None and not said_again(d, out, text):
            out.append(d)
    # a named venue may be the home ("our gents at Rowan Lodge"); a town or a hospital is not
    towns = [(m.start, m.end) for m in mentions if m.kind == "PLACE" and attrs(m).get("granularity") != "venue"]
    events = crowds(text, source, fig) + unit_sizes(text, source, towns)
    if events:  # the crowd replaces the town an event is named after ("Glastonbury", "Notting Hill")
        out = [d for d in out if d.role != "place" or not any(e.start < d.end and d.start < e.end for e in events)]
    out += events + event_roles(text, source, events)  # (a match told by its minutes needs no named event)
    for rx, kind, role, value, note, group in _PICKED_OUT:  # (a superlative someone is quoted saying is their
        # view, no fact: "'the only person who talks to me and not my wheelchair'")
        out += [Detail(kind, m.start(), m.end(), source, role, value, note, group) for m in rx.finditer(text)
                if not (rx is po.UNIQUE and in_quotes(text, m.start()))]
    jobs = [d for d in out if d.group == "occupation" and d.role == "share"]  # "one of the skippers on the Mallaig
    # ferry": the pool is that work's share of the place's people, not a small group of 100 with that share again
    out = [d for d in out if not (d.kind == "GROUP" and any(d.start <= j.start and j.end <= d.end for j in jobs))]
    if own is not None:
        count = 1 if cx.age_with_its_day(text, own) else cx.DAYS_IN_A_YEAR * cx.birth_years(own)
        out.append(Detail("SELF_AGE", own.start(), own.end(), source, "count", count,
                          "the poster's own age and its day: their date of birth" if count == 1 else
                          f"the poster's own age: about {count} possible dates of birth", "self_disclosure"))
    elif (career := career_age(text)) is not None:
        count = cx.DAYS_IN_A_YEAR * cx.POSTER_BIRTH_YEARS
        out.append(Detail("SELF_AGE", career.start(), career.end(), source, "count", count, "the poster's age from "
                          f"their career: about {count} possible dates of birth", "self_disclosure"))
    out += _sex_of_age(text, out, source) + one_of_only(text, source, fig) + circumstances(text, source)
    out = at_first_aid(text, out + incidents(text, source, fig))
    return sorted(out, key=lambda d: (d.start, d.end))


__all__ = ["BIRTH_YEARS", "CONDITION_SHARE", "EVENT_RATE", "details_of", "pct"]
