"""Published UK figures for the estimate: who lives where, at what age and sex, and how often
an ambulance is called, and how many live with some named conditions. Read once from the CSV copies in ``risk/data`` (sources: data/SOURCES.md).

Ages 0-89 come from the mid-2021 single-year table; 90-104 and 105+ from the 2021 rows of the
very-old estimates, both divided by the same UK total (the data README's advice). A band's share
is the sum of its single years; a sex's share within a band is that sex's part of the band.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Dict, Optional, Tuple

OLDEST = 105  # the open top group "105+"


@dataclass(frozen=True)
class Figures:
    """``by_age[age] = (male, female)`` residents for 0..104 and 105 (105+); ``districts[code]``
    usual residents; the national total and the rates the estimate multiplies by."""

    by_age: Tuple[Tuple[int, int], ...]
    districts: Dict[str, int]
    uk_population: int
    ambulance_rate: float  # incidents per resident per year (England 2024-25)
    residents_per_postcode: float
    islands: Dict[str, int] = field(default_factory=dict)  # a name of an island (lower case) -> its residents
    conditions: Dict[str, float] = field(default_factory=dict)  # a condition's name (lower case) -> share of people
    regions: Dict[str, int] = field(default_factory=dict)  # a county's or region's name (lower case) -> its residents
    events: Tuple[Tuple[str, str, int, int], ...] = ()  # (event, regex pattern, crowd, days) of event-crowds.csv
    hospitals: Tuple[Tuple[str, str], ...] = ()  # (regex pattern, host town, lower case) of hospital-towns.csv
    mortality: Tuple[Tuple[int, float], ...] = ()  # (age, deaths per person a year) of uk-mortality-by-age.csv

    def death_rate(self, low: int, high: int) -> Optional[float]:
        """Deaths per person a year among residents aged ``low``..``high`` (life-table rates interpolated between
        the rows, weighted by the residents at each age), or None without the table."""
        if not self.mortality:
            return None
        low, high = min(max(0, low), OLDEST), min(OLDEST, max(low, high))
        ages = [a for a, _ in self.mortality]
        people = deaths = 0.0
        for age in range(low, high + 1):
            i = max(0, min(len(ages) - 2, bisect_right(ages, age) - 1))
            (a0, q0), (a1, q1) = self.mortality[i], self.mortality[i + 1]
            q = q0 + (q1 - q0) * min(1.0, max(0.0, (age - a0) / (a1 - a0)))
            n = sum(self.by_age[age])
            people, deaths = people + n, deaths + n * q
        return deaths / people if people else None

    def age_share(self, low: int, high: int) -> float:
        """The share of UK residents aged ``low``..``high`` inclusive (ages above 105 count as 105+)."""
        low, high = min(max(0, low), OLDEST), min(OLDEST, high)  # "turned 106" is in the 105+ group
        if high < low:
            return 0.0
        return sum(m + f for m, f in self.by_age[low:high + 1]) / self.uk_population

    def sex_share(self, sex: str, low: int = 0, high: int = OLDEST) -> float:
        """The share of ``sex`` ("male" or "female") among residents aged ``low``..``high``."""
        rows = self.by_age[max(0, low):min(OLDEST, high) + 1] or self.by_age
        male = sum(m for m, _ in rows)
        female = sum(f for _, f in rows)
        return (male if sex == "male" else female) / (male + female)

    def island(self, name: str) -> Optional[int]:
        """Residents of an island named ``name`` ("Skye", "the Isle of Arran"), or None: the sum of the
        2011 Census residents of the postcode districts that make it up."""
        key = _ISLAND_PREFIX.sub("", " ".join(name.lower().split()))
        return self.islands.get(key)

    def region(self, name: str) -> Optional[int]:
        """Residents of a county, council area or region named ``name`` ("Cumbria", "the Borders"), or None."""
        return self.regions.get(_THE.sub("", " ".join(name.lower().split())))

    def district(self, code: str) -> Optional[int]:
        """Usual residents of a postcode district ("EX39"), or None when it is not in the table."""
        return self.districts.get(code.upper().replace(" ", ""))


_ISLAND_PREFIX = re.compile(r"^(?:the\s+)?(?:isle\s+of\s+)?")
_THE = re.compile(r"^the\s+")


def _regions() -> Dict[str, int]:
    """Counties, council areas and regions with their residents (``uk-region-populations.csv``)."""
    return {name.strip(): int(r["population"]) for r in _rows("uk-region-populations.csv")
            for name in r["names"].split(";")}


def _islands(districts: Dict[str, int]) -> Dict[str, int]:
    out = {}
    for r in _rows("island-postcode-districts.csv"):
        codes = r["districts"].split()
        missing = [c for c in codes if c not in districts]
        if missing:
            raise ValueError(f"island-postcode-districts.csv: {r['island']}: no population for {missing}")
        people = int(r["population"]) if r["population"] else sum(districts[c] for c in codes)
        for name in r["names"].split(";"):
            out[_ISLAND_PREFIX.sub("", name.strip())] = people  # the island's own count where its district is shared
    return out


def _rows(name: str):
    with files("phiscrub.risk").joinpath("data").joinpath(name).open(encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


@lru_cache(maxsize=1)
def figures() -> Figures:
    """The figures, read and checked once per process."""
    ages = {int(r["age"]): (int(r["male"]), int(r["female"])) for r in _rows("uk-population-by-age.csv")
            if r["age"].isdigit()}
    very_old = {r["sex"]: r for r in _rows("uk-centenarians.csv") if r["year"] == "2021"}
    for age in range(90, OLDEST):
        ages[age] = (int(very_old["male"][f"age_{age}"]), int(very_old["female"][f"age_{age}"]))
    ages[OLDEST] = (int(very_old["male"]["age_105_plus"]), int(very_old["female"]["age_105_plus"]))
    ref = {r["key"]: r["value"] for r in _rows("uk-reference-figures.csv")}
    districts = {r["district"]: int(r["population"]) for r in _rows("postcode-district-population-2011.csv")
                 if r["population"].isdigit()}
    return Figures(
        by_age=tuple(ages[a] for a in range(OLDEST + 1)),
        districts=districts,
        uk_population=int(ref["uk_population_mid2021"]),
        ambulance_rate=float(ref["derived_ambulance_incidents_per_resident_per_year"]),
        residents_per_postcode=float(ref["derived_residents_per_live_postcode_ew"]),
        islands=_islands(districts),
        conditions=_conditions(int(ref["uk_population_mid2021"])),
        regions=_regions(),
        events=tuple((r["event"], r["pattern"], int(r["crowd"]), int(r["days"])) for r in _rows("event-crowds.csv")),
        hospitals=tuple((r["pattern"], r["town"]) for r in _rows("hospital-towns.csv")),
        mortality=tuple((int(r["age"]), float(r["deaths_per_person_a_year"])) for r in _rows("uk-mortality-by-age.csv")),
    )


def _conditions(uk: int) -> Dict[str, float]:
    """Share of UK residents living with each condition of ``condition-prevalence.csv``, under its
    name and aliases (lower case, straight apostrophes): people living with it over the UK total, or,
    for a condition present from birth and counted per birth, that share of births."""
    out = {}
    for r in _rows("condition-prevalence.csv"):
        share = int(r["people_uk"]) / uk if r["people_uk"] else float(r["share_of_births"])
        for name in [r["condition"], *filter(None, r["aliases"].split("|"))]:
            out[name.lower()] = share
    return out
