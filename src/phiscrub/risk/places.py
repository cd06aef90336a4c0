"""Where a post's person is, as a ``Detail``: a place mention's residents (a nation, a county, a town of the
gazetteer, a postcode district, an island, a ward's patients, a care home's residents, a hospital named after its
town), or an assumed pool for a place of its kind; a place named in a breed or a product is none. Part of
``phiscrub.risk.details``; the assumptions are named here as constants, on the side of over-estimating the risk.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional, Tuple

import regex as re

from phiscrub.resources.places import place_populations
from phiscrub.risk import context as cx
from phiscrub.risk.figures import Figures
from phiscrub.risk.quotes import in_quotes
from phiscrub.risk.types import Detail, attrs, mention_detail
from phiscrub.types import Mention

CATCHMENT = 500_000  # people an NHS trust or ambulance sector serves: a hospital, region or unknown place
REGION = 1_000_000  # a county or region named without a population
# a village or town GeoNames does not list (its cities500 holds every UK place of 500 people or more it knows), named
# right after "in", "at", "near" or "from": a small place or a part of a town ("in Newlyn", part of Penzance), about
# 10,000 people (phiscrub's assumption); a name with no such word before it may be no place at all ("Makaton")
UNLISTED_PLACE = 10_000
_LOCATIVE_BEFORE = re.compile(r"(?<![\w])(?:in|at|near|from|outside)[ \t]+$", re.IGNORECASE)
CARE_HOME_RESIDENTS = 40
_VENUE_HEAD = re.compile(r"\b(?-i:Bridge|Viaduct|Stadium|Arena|Pier|Tower|Castle|Cathedral|Abbey|Harbour|Marina|Beach|"
                         r"Station|Airport|Prison|Pass|Gardens|Museum|Theatre|Market|Leisure\s+Centre)$")
CARE_HOME = re.compile(r"\b(?:care|nursing|residential)\s+home\b", re.IGNORECASE)
NATIONS = {"england": 56_536_419, "wales": 3_105_410, "scotland": 5_479_900, "northern ireland": 1_904_563,
           "uk": 67_026_292, "u.k.": 67_026_292, "united kingdom": 67_026_292, "britain": 67_026_292,
           "great britain": 67_026_292}  # ONS mid-2021 (the UK's: uk-population-by-age.csv's total)
STREET = 100  # residents of a street named without a number (about 3 unit postcodes x 36)
VENUE = 1_000  # people at a named venue on a given day (a shop, a church, a beach)
# a GP practice's list: about 62 million patients registered at about 6,300 practices in England (NHS Digital,
# Patients Registered at a GP Practice, 2024), about 10,000 each
GP_PRACTICE, PRACTICE_LIST = re.compile(r"\b(?:surgery|medical\s+(?:centre|practice)|health\s+centre|practice)\b", re.I), 10_000
# an adult ward: patients present over W days = 28 x (1 + W / 7); a ward's place value is minus its beds
WARD_BEDS, WARD_STAY_DAYS = 28, 7.0
ROAD = 20_000  # people who live along and use a numbered road (a postcode district)

# the emergency department is a hospital's front door, not a ward of 28 beds
EMERGENCY_DEPT = re.compile(r"(?:the\s+)?(?:ed|a\s*&\s*e|ae|resus|majors|minors|emergency\s+department|"
                            r"emergency\s+dept|casualty)", re.IGNORECASE)


# a breed, a food or a drink named after a place: "a Shetland pony", "Highland cattle", "a Yorkshire pudding"
NAMED_AFTER_PLACE = re.compile(r"\s+(?:pon(?:y|ies)|terriers?|collies?|sheepdogs?|spaniels?|cobs?|cattle|cows?|"
                               r"sheep|ewes|rams?|bulls?|hens?|pudding|puddings|pasty|pasties|cheese|fudge|tea|"
                               r"shortbread|whisky|gin|ale|cider)\b", re.IGNORECASE)


def place(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    if NAMED_AFTER_PLACE.match(text, m.end):
        return mention_detail(m, source, "none", 1.0, "names a breed or a product, not where someone is", "place")
    if (attrs(m).get("granularity") in ("village", "town", "city") and _THE_BEFORE.search(text, max(0, m.start - 4), m.start)
            and _IN_TOWN.match(text, m.end)):
        return mention_detail(m, source, "none", 1.0, "a place inside the town named after it ('the Horton in Banbury'): "
                              "the town counts", "place")
    if attrs(m).get("granularity") == "street" and in_quotes(text, m.start):
        return mention_detail(m, source, "none", 1.0, "a street's words in quotes name a song or a title ('My Way')",
                              "place")
    if attrs(m).get("granularity") == "ward" and WORKPLACE_BEFORE.search(text, max(0, m.start - 40), m.start):
        return mention_detail(m, source, "none", 1.0, "the poster's own workplace ('my first staff nurse job on the "
                              "stroke unit'), no patient's ward", "place")
    if _SAINTS.fullmatch(text, m.start, m.end) and _COMMA_TOWN.match(text, m.end) and not _IN_BEFORE.search(
            text, max(0, m.start - 4), m.start):
        return mention_detail(m, source, "none", 1.0, "a saint's hospital or church in the town after it ('St Mary's, "
                              "Manchester'): the town counts", "place")
    d = _place(m, text, source, fig)
    return replace(d, grain=attrs(m).get("granularity", "town")) if d else None


# the poster's job or post on a unit: their workplace ("got my first staff nurse job on the stroke unit", "my new post
# in ICU", "started my placement on Ward 7")
WORKPLACE_BEFORE = re.compile(r"\b(?:my|our)\s+(?:[\w-]+\s+){0,3}(?:job|post|placement|rotation|secondment)\s+"
                               r"(?:on|in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# a saint's name in the possessive, then a comma and a town: a hospital or church there, not a village of that name
# (but "in St Sampson's, Guernsey" is the parish)
_SAINTS = re.compile(r"(?:St\.?|Saint)[ \t]+\p{Lu}\p{Ll}+(?:['’]s|s['’])")
_COMMA_TOWN = re.compile(r",[ \t]*\p{Lu}\p{Ll}")
_IN_BEFORE = re.compile(r"\bin[ \t]+$", re.IGNORECASE)


# a labour ward or delivery suite where a birth is told: the hospital's births over the window, not its beds' patients
_BIRTHS_HERE = re.compile(r"\b(?:labour|delivery|birth\w*)\b", re.IGNORECASE)


def _place(m: Mention, text: str, source: str, fig: Figures) -> Optional[Detail]:
    a = attrs(m)
    level = a.get("granularity", "town")
    population = int(a["population"]) if a.get("population", "").isdigit() else None
    if level == "postcode_district":
        population = fig.district(text[m.start:m.end])
        return mention_detail(m, source, "place", population or ROAD, f"postcode district, {population or ROAD:,} residents"
                              + (" (2011 Census)" if population else " (assumed)"), "place")
    if level == "ward" and EMERGENCY_DEPT.fullmatch(text[m.start:m.end]):
        return mention_detail(m, source, "place", CATCHMENT, f"emergency department, about {CATCHMENT:,} people (assumed)",
                              "place")
    if level == "ward" and _BIRTHS_HERE.search(text[m.start:m.end]) and cx.BIRTH.search(text):
        return mention_detail(m, source, "none", 0, "a birth unit: its births are counted with the birth rate", "place")
    if level == "ward":
        return mention_detail(m, source, "place", -WARD_BEDS, f"hospital ward: {WARD_BEDS} beds, {WARD_STAY_DAYS:g}-day stays", "place")
    surface = _POSSESSIVE_END.sub("", text[m.start:m.end])  # "Orkney's North Isles": Orkney's residents
    island = fig.island(surface) if level in ("village", "town", "region") else None
    if island:  # "on Skye": the residents of its postcode districts, not a region's million
        return mention_detail(m, source, "place", island, f"island, {island:,} residents (2011 Census)", "place")
    # "the Foyle Bridge" is named: "the", then capitalised words that end on what a venue is called
    named = surface[4:] if surface[:4].lower() == "the " and _VENUE_HEAD.search(surface) else surface
    unnamed = level == "venue" and (not named[:1].isupper() or _INDEFINITE.search(text, max(0, m.start - 4), m.start)
                                    or CARE_HOME.fullmatch(surface) is not None)  # "Care home activities": no name
    if level == "venue" and CARE_HOME.search(surface) and (not unnamed or (  # named, or "our care home in Bude"
            _OWN_BEFORE.search(text, max(0, m.start - 12), m.start) and _IN_TOWN.match(text, m.end))):
        return mention_detail(m, source, "place", CARE_HOME_RESIDENTS, f"care home, about {CARE_HOME_RESIDENTS} residents "
                              "(assumed)", "place")
    past = level == "venue" and _PAST_DECADE_AFTER.match(text, m.end) is not None  # "dancing at the Locarno in the 60s"
    if unnamed or past:
        return mention_detail(m, source, "none", 0, "a venue of the past ('in the 60s'): not where anyone is now" if past
                              else "an unnamed venue: narrows nothing", "place")
    patch = _host_town(surface) if level == "venue" and _STATION.search(surface) else None
    if patch:  # "the Fort William station", "Kilkeel fire station": the crew's patch is the town's people, not a crowd
        return mention_detail(m, source, "place", patch, f"the station's town, {patch:,} residents (GeoNames)", "place")
    if level == "venue" and GP_PRACTICE.search(surface):  # "our Wensleydale surgery": its registered patients
        return mention_detail(m, source, "place", PRACTICE_LIST, f"GP practice, about {PRACTICE_LIST:,} registered patients "
                              "(NHS Digital)", "place")
    located = _LOCATIVE_BEFORE.search(text, max(0, m.start - 10), m.start) is not None
    return _named_place(m, source, level, surface, population, fig, located)


def _named_place(m: Mention, source: str, level: str, surface: str, population: Optional[int], fig: Figures,
                 located: bool = False) -> Detail:
    """A named place's residents: a nation's, a county's, a hospital's town's, GeoNames', or an assumed pool (a
    small place for a village or town GeoNames does not list, ``located`` right after "in", "at" …)."""
    if surface.lower() in NATIONS:
        value = NATIONS[surface.lower()]
        return mention_detail(m, source, "place", value, f"nation, {value:,} residents (ONS mid-2021)", "place")
    county = fig.region(surface) if level == "region" else None
    if county:  # "in Highland": the council area's residents, not an assumed million
        return mention_detail(m, source, "place", county, f"county or region, {county:,} residents (ONS, NRS, NISRA)", "place")
    town = (_named_host(surface, fig.hospitals) or _host_town(surface)) if level == "hospital" else None
    if town:  # "Wrexham Maelor", "the RVI": the town it is named after or serves, as the patients' home
        return mention_detail(m, source, "place", town, f"the hospital's town, {town:,} residents (GeoNames)",
                              "place")
    fixed = {"street": STREET, "venue": VENUE, "road": ROAD, "hospital": CATCHMENT, "region": REGION}
    full = SHORT_FORMS.get(surface.lower())
    if full and place_populations().get(full, 0) > (population or 0):  # "Newcastle": Newcastle upon Tyne
        population = place_populations()[full]
    if population:
        return mention_detail(m, source, "place", population, f"{level}, {population:,} residents (GeoNames)", "place")
    value = UNLISTED_PLACE if located and level in ("village", "town") else fixed.get(level, CATCHMENT)
    return mention_detail(m, source, "place", value, f"{level.replace('_', ' ')}, about {value:,} people (assumed)", "place")


# a city's or town's everyday short name, the name GeoNames gives a smaller place (Newcastle, County Down: 7,444) or
# none: the big one is meant (Royal Mail post towns and NHS trust names use the long forms)
# (the mention gazetteer derives the others from GeoNames' long forms where no other place has the name: "Southend",
# "Berwick")
SHORT_FORMS = {"newcastle": "newcastle upon tyne", "hull": "kingston upon hull", "stoke": "stoke-on-trent",
               "burton": "burton upon trent", "ashton": "ashton-under-lyne", "ashby": "ashby-de-la-zouch",
               "weston": "weston-super-mare", "merthyr": "merthyr tydfil"}
_PAST_DECADE_AFTER = re.compile(r"[^.!?\n]{0,30}?\bin\s+the\s+(?:19)?[2-9]0['’]?s\b", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s\Z")
_INDEFINITE = re.compile(r"\ban?\s+$", re.IGNORECASE)  # "a Glasgow secondary school": one of many
_HOSPITAL_WORDS = frozenset({"hospital", "hospitals", "infirmary", "general", "royal", "county", "district", "university",
                             "community", "memorial", "the", "of", "and", "st", "st.", "saint", "city", "new", "old"})
TOWN_AT_LEAST = 1_000  # a place of fewer people is a word that happens to be a hamlet's name ("Hospital")


@lru_cache(maxsize=2)
def _hospital_patterns(rows: Tuple[Tuple[str, str], ...]) -> Tuple[Tuple["re.Pattern", str], ...]:
    return tuple((re.compile(rf"(?:the\s+)?(?:{pattern})", re.IGNORECASE), town) for pattern, town in rows)


def _named_host(surface: str, rows: Tuple[Tuple[str, str], ...]) -> Optional[int]:
    """The population of the town a hospital whose name does not hold it serves ("the RVI": Newcastle upon Tyne;
    ``data/hospital-towns.csv``), if listed."""
    town = next((t for rx, t in _hospital_patterns(rows) if rx.fullmatch(surface.strip())), None)
    return place_populations().get(town) if town else None


def _host_town(surface: str) -> Optional[int]:
    """The population of the first town (GeoNames, 1,000 or more people) a hospital's name holds, if any."""
    words = [w for w in re.findall(r"[\p{L}'’.-]+", surface.lower())]
    towns = place_populations()
    for i, w in enumerate(words):
        if w in _HOSPITAL_WORDS:
            continue
        for name in (" ".join(words[i:i + 2]), w):
            if towns.get(name, 0) >= TOWN_AT_LEAST:
                return towns[name]
    return None
_STATION = re.compile(r"\bstation\Z", re.IGNORECASE)  # an ambulance, fire, police, lifeboat or train station
# an unnamed care home made one by "the"/"our" and the town it is in ("our care home in Bude", not "a care home")
_OWN_BEFORE, _IN_TOWN = re.compile(r"\b(?:the|our)\s+$", re.IGNORECASE), re.compile(r"\s+in\s+(?-i:\p{Lu})")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # a village's name after "the" is a building's ("the Horton")
