"""k: the expected number of people matching every detail of a post, and its level.

k = people in the finest place x the share for each further detail (age, sex within that age,
condition, occupation, vehicle) x, when a time window is given, the rate of such incidents per
resident per year x the window; a detail that points to people outright ("my dad", the poster's
own birthday and age) caps k at their number. Details are treated as independent, which is an
approximation (age and condition are not), and nested details are never double-counted: only the
finest place (a ward inside a hospital inside a town) and the narrowest window, age or share of a
kind count; the others are reported with 0 bits. A time narrows the pool only through what happened
then: the rate of the incident described (an emergency with no named kind, or a post that names no
routine care: the ambulance rate), so a time on a routine visit, a clinic or a class counts for
nothing (``context.EMERGENCY``, ``context.ROUTINE``).
Without a time, a common incident adds nothing (most people have had a fall at some point); a
specific one (a stroke, a cardiac arrest, an unusual mechanism), a birth or a death is counted over a year.
A post whose details describe no person (a ward's thank-you, a count of babies) is low, whatever its place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Sequence, Tuple

from phiscrub.risk.context import DAYS_IN_A_YEAR
from phiscrub.risk.details import BIRTH_YEARS
from phiscrub.risk.figures import Figures
from phiscrub.risk.places import CATCHMENT, WARD_STAY_DAYS
from phiscrub.risk.poster_age import POSTER_BIRTH_YEARS
from phiscrub.risk.times import DAY, YEAR, _years
from phiscrub.risk.types import UNUSUAL_RATE_AT_MOST, Detail, level_of, pct

PERSON_GROUPS = frozenset({"age", "sex", "condition", "event", "vehicle", "occupation", "relationship",
                           "self_disclosure", "direct", "rarity", "unique", "birth", "member", "performer",
                           "someone"})
SHARE_GROUPS = ("age", "condition", "occupation", "vehicle", "rarity", "presentation", "attendance", "performer")
# counted over a year with no time given: strokes (0.0015), cardiac arrests and rarer; not road crashes (0.002),
# which a post often mentions as where someone helped rather than what befell them
COMMON_SHARE = 0.05
# births and deaths are counted over a year with no time given, as rarer incidents are (samples/risk/README.md)
YEAR_DEFAULT = frozenset({"birth", "death"})


@dataclass(frozen=True)
class Estimate:
    k: float
    level: str
    bits: float
    factors: Tuple[Detail, ...]
    reason: str


def estimate(details: Sequence[Detail], fig: Figures) -> Estimate:
    """k, its level and the details with the bits each one takes off (see the module docstring)."""
    details = list(details)
    direct = any(d.role == "direct" for d in details)
    windows = [d for d in details if d.role == "window"]
    window = _incident_window(details, windows)
    base, pi = _base(details, window, fig)
    on_ward = pi is not None and details[pi].value < 0  # the window already sets a ward's patients
    if on_ward:  # "the dialysis unit": its patients already have what its name holds, no share of them again
        unit = details[pi]
        details = [replace(d, role="none") if d.group == "condition" and d.source == unit.source
                   and unit.start <= d.start and d.end <= unit.end else d for d in details]
    used: Dict[int, float] = {}  # index in details -> bits
    steps: List[str] = [f"{base:,.0f} ({details[pi].note.split(',')[0] if pi is not None else 'the UK'})"]
    if pi is not None:
        used[pi] = _bits(fig.uk_population / base)
    k = float(base)
    person = any(_describes_someone(d) for d in details) or _someone_befallen(details)
    if any(d.group == "statistics" for d in details) and not any(d.group == "self_disclosure" for d in details):
        person = False  # a season's or an event's figures describe no one (the poster's own birthday still does)
    if person and _poster_only(details):  # where and when the poster ran a marathon dates no one's birth
        used, steps = {}, []
        k = _counts(details, float(fig.uk_population), used, steps)
    elif person:
        k = _shares(details, k, used, steps, fig)
        if not (on_ward and window is not None and _birth(details)):
            k = _time(details, None if on_ward else window, k, used, steps, fig)  # (a ward's mothers over a window are
            # its births then: "Baby number 2,000 for me this week" on a delivery suite is one of its week's mothers)
        k = _counts(details, k, used, steps, narrowed=k / base if base else 1.0)
    factors = tuple(replace(d, bits=round(used.get(i, 0.0), 2)) for i, d in enumerate(details))
    level = level_of(k, direct) if person or direct else "low"
    why = " x ".join(steps) + f" ≈ {_k(k)} → {level}"
    if direct:
        why = "a direct identifier is readable → high by definition; " + why
    elif not person:
        why = f"no detail describes a person; {steps[0]} → low"
    return Estimate(k, level, max(0.0, math.log2(fig.uk_population / max(k, 1e-12))), factors, why)


# characters between an incident's words and its own time: right beside them ("had a stroke last year"); 12 or 30
# also took a time two words off and lost a high-risk draft of the held-out set
INCIDENT_TIME_GAP = 5
CLOCK_GRAINS = frozenset({"clock", "part_of_day"})  # a time of day, whatever the day


def _incident_window(details: List[Detail], windows: List[Detail]) -> Optional[Detail]:
    """The window of what happened: the time right beside the incident's or condition's own words in the draft ("had
    a stroke last year … back at work this week": last year, not this week); else the narrowest. A time of day with no
    day named, beside a longer window, is some day of that window ("a memory from this year: at 3am she taught us to
    waltz": this year). An earlier post's time counts only when the draft names none ("Two years on the island this
    month" then "4am call: …": the hour)."""
    if not windows:
        return None
    windows = [w for w in windows if w.source == "draft"] or windows  # an earlier post's time is its own story's
    days = [w for w in windows if w.grain not in CLOCK_GRAINS and w.value <= DAY]
    if not days and any(w.value > DAY for w in windows):  # "this year … at 3am": a clock names no day of the year
        windows = [w for w in windows if w.grain not in CLOCK_GRAINS] or windows
    rated = [d for d in details if d.role == "rate" and d.start >= 0 and d.source == "draft"]
    near = [w for w in windows if w.source == "draft" and w.start >= 0]
    if not rated or not near:
        return min(windows, key=lambda d: d.value)
    anchor = rated[0]

    def gap(w: Detail) -> int:
        return max(w.start - anchor.end, anchor.start - w.end, 0)

    nearest = min(near, key=lambda w: (gap(w), w.value))
    return nearest if gap(nearest) <= INCIDENT_TIME_GAP else min(windows, key=lambda d: d.value)


def _describes_someone(d: Detail) -> bool:
    """A detail about a person; a condition one person in twenty has ("some rare disease") is not one alone."""
    if d.group not in PERSON_GROUPS or d.role == "none":
        return False
    return not (d.group == "condition" and d.role == "share" and d.value >= COMMON_SHARE)


def _poster_only(details: List[Detail]) -> bool:
    """The poster's own age or birthday is all that describes anyone: the place and time are the poster's, and
    the estimate is the dates of birth the post leaves ("started running in my 40s; a marathon in Leeds on Sunday")."""
    someone = [d for d in details if _describes_someone(d)]
    return bool(someone) and all(d.group == "self_disclosure" for d in someone) and not _someone_befallen(details)


def _someone_befallen(details: List[Detail]) -> bool:
    """An emergency and what befell someone in it ("the crew … after her fall"): a patient, even with
    no age or sex given."""
    return (any(d.group == "incident" for d in details)
            and any(d.group in ("condition", "event") for d in details))


def _base(details: List[Detail], window: Optional[Detail], fig: Figures) -> Tuple[float, Optional[int]]:
    """People in the finest place (a ward's patients over the window, a year without one), and
    which detail it is."""
    best, best_i = float(fig.uk_population), None
    for i, d in enumerate(details):
        if d.role != "place":
            continue
        value = d.value
        if value < 0:  # a ward of -value beds
            days = (window.value if window else YEAR) * 365.25
            value = -value * (1 + days / WARD_STAY_DAYS)
        if value < best:
            best, best_i = value, i
    return best, best_i


def _birth(details: List[Detail]) -> bool:
    """Whether what happened is a birth (its rate is a detail)."""
    return any(d.group == "birth" and d.role == "rate" for d in details)


def _shares(details: List[Detail], k: float, used: Dict[int, float], steps: List[str], fig: Figures) -> float:
    """The narrowest share of each kind, and sex within the narrowest age band."""
    band = (0, 105)
    # the birth's rate, or a neonatal unit's patients, already count the newborns
    born = _birth(details) or any(d.grain == "neonatal" for d in details)
    for group in SHARE_GROUPS:
        cands = [(d.value, i) for i, d in enumerate(details) if d.role == "share" and d.group == group]
        if group == "age" and born:  # the birth's rate already counts the newborns: "a baby" is no further share, and
            # a child's age is a sibling's ("her toddler asleep upstairs"); the mother's ("a mum of 41") narrows
            cands = [(v, i) for v, i in cands if not details[i].band or details[i].band[0] >= 12]
        if not cands:
            continue
        share, i = min(cands)
        if group == "age" and details[i].band:
            band = details[i].band
        k *= share
        used[i] = _bits(1 / share)
        steps.append(f"{pct(share)} ({group})")
    sexes = [i for i, d in enumerate(details) if d.group == "sex"]
    if sexes:
        i = sexes[0]
        share = 1.0 if details[i].value >= 1 else fig.sex_share(details[i].note, *band)  # 1: the pool is of one sex
        k *= share
        used[i] = _bits(1 / share)
        steps.append(f"{share:.2f} ({details[i].note} at that age)")
    return k


def _time(details: List[Detail], window: Optional[Detail], k: float, used: Dict[int, float], steps: List[str],
          fig: Figures) -> float:
    """With a window: the lowest rate among the incidents the details name (``details_of`` adds the
    ambulance rate for an emergency, or where no routine care is named) x the window; no rate, no
    narrowing. Without a window: a specific incident (rate up to ``UNUSUAL_RATE_AT_MOST``) over a year."""
    rates = [(d.value, i) for i, d in enumerate(details) if d.role == "rate"]
    if not rates:
        return k  # nothing happened that has a rate: a routine visit's day narrows nothing
    # the lowest rate; of equal rates, a birth's or a death's, which a year without a time still counts ("another home
    # birth": the birth, not the event word of the same rate)
    rate, ri = min(rates, key=lambda r: (r[0], details[r[1]].group not in YEAR_DEFAULT))
    rate = _death_at_age(details, ri, rate, fig)
    if window is None:
        if rate > UNUSUAL_RATE_AT_MOST and details[ri].group not in YEAR_DEFAULT:
            return k
        used[ri] = _bits(1 / rate)
        steps.append(f"{rate:g} (such incidents per resident a year)")
        return k * rate
    wi = details.index(window)
    used[wi] = _bits(1 / (fig.ambulance_rate * window.value))
    used[ri] = _bits(fig.ambulance_rate / rate) if rate < fig.ambulance_rate else 0.0
    steps.append(f"{rate:g} (such incidents per resident a year)")
    steps.append(_years(window.value))
    return k * rate * window.value


def _death_at_age(details: List[Detail], ri: int, rate: float, fig: Figures) -> float:
    """A death of someone whose age the post gives: the deaths a year at that age (life tables), not all ages'
    ("her dad, in his 80s, died this month": about 6 in 100 a year, not 1 in 100)."""
    ages = [d for d in details if d.group == "age" and d.role == "share" and d.band]
    if details[ri].group != "death" or not ages:
        return rate
    at_age = fig.death_rate(*min(ages, key=lambda d: d.value).band)
    return at_age if at_age is not None else rate


def _counts(details: List[Detail], k: float, used: Dict[int, float], steps: List[str], narrowed: float = 1.0) -> float:
    """The smallest count caps k. The poster's own relations ("one of my neighbours") are a pool the post's other
    details narrow as they narrow a place (``narrowed``: k over its base): of about ten neighbours, the one who
    collapsed on Sunday."""
    counts = [(d.value * (narrowed if d.group == "relationship" else 1.0), i) for i, d in enumerate(details)
              if d.role == "count"]
    days = [i for i, d in enumerate(details) if d.kind == "DATE" and d.group == "self_disclosure"]
    ages = [i for i, d in enumerate(details) if d.kind == "SELF_AGE"]
    if days and ages:  # the poster's birthday in one post, their age in another: their date of birth
        years = details[ages[0]].value / DAYS_IN_A_YEAR  # two for an age in years, ten for a decade
        years = years if years >= 1 else POSTER_BIRTH_YEARS
        day = details[days[0]].value  # the birthday's candidates: its days, times BIRTH_YEARS when no age was with it
        counts.append((float(day if day < BIRTH_YEARS else years * day / BIRTH_YEARS), days[0]))
    if not counts:
        return k
    count, i = min(counts)
    if count < k:
        used[i] = _bits(k / count)
        steps.append(f"capped at {count:g} ({details[i].group.replace('_', ' ')})")
        return float(count)
    return k


def _bits(ratio: float) -> float:
    return math.log2(ratio) if ratio > 1 else 0.0


def _k(k: float) -> str:
    return f"{k:,.0f}" if k >= 10 else f"{k:.2g}"


__all__ = ["CATCHMENT", "Estimate", "estimate"]
