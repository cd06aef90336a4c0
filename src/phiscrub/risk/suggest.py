"""Safer wordings: generalise or drop the details that narrow a post most, each step re-scored.

Rule: while the post is above low, try generalising each detail that counts (bits > 0) one step
(``GENERALISE``), keep the one that raises k most, and go on from there (at most ``MAX_STEPS``).
The replacement is generic wording, never a value from the post: "in her 90s" -> "an older
patient", "Appledore" -> "locally", "3am" -> "recently", "jet ski" -> "an accident".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from phiscrub.risk.details import BIRTH_YEARS, CONDITION_SHARE, EVENT_RATE
from phiscrub.risk.estimate import estimate
from phiscrub.risk.figures import Figures
from phiscrub.risk.places import CATCHMENT
from phiscrub.risk.times import MONTH
from phiscrub.risk.types import Detail, Suggestion

MAX_STEPS = 5
Step = Tuple[str, str, Optional[Detail]]  # action, replacement words, the coarser detail (None: dropped)


def _age(d: Detail, fig: Figures) -> Step:
    low = d.band[0] if d.band else 0
    band, words = ((65, 105), "an older patient") if low >= 65 else (((18, 105), "an adult") if low >= 18
                                                                      else ((0, 17), "a young person"))
    if d.band == band:
        return "drop", "", None
    return "generalise", words, replace(d, value=fig.age_share(*band), band=band, note=f"{words} (generalised)")


# generic wording for a place of each granularity ("B3212" -> "a local road", "Ward 7" -> "one of our wards")
PLACE_WORDS = {"road": "a local road", "ward": "one of our wards", "neonatal": "one of our wards", "hospital": "our hospital",
               "venue": "a local venue", "region": "our area"}


def _place(d: Detail, fig: Figures) -> Step:
    if 0 <= d.value and d.value >= CATCHMENT:
        return "drop", "", None
    words = PLACE_WORDS.get(d.grain, "locally")
    return "generalise", words, replace(d, value=CATCHMENT, note=f"{words} (generalised)")


def _time(d: Detail, fig: Figures) -> Step:
    """A clock time or a date becomes "recently"; "this morning", "last night" and "today" are dropped."""
    if d.value >= MONTH or d.grain in ("part_of_day", "relative"):
        return "drop", "", None
    return "generalise", "recently", replace(d, value=MONTH, note="recently (generalised)")


def _event(d: Detail, fig: Figures) -> Step:
    if d.value < EVENT_RATE["common"]:
        return "generalise", "an accident", replace(d, value=EVENT_RATE["common"], note="an accident (generalised)")
    return "drop", "", None


def _condition(d: Detail, fig: Figures) -> Step:
    if d.value < CONDITION_SHARE["common"]:
        return "generalise", "an illness", replace(d, value=CONDITION_SHARE["common"], note="an illness (generalised)")
    return "drop", "", None


def _self(d: Detail, fig: Figures) -> Step:
    if d.value < BIRTH_YEARS:
        return "drop", "", replace(d, value=BIRTH_YEARS, note="a birthday with no age")
    return "drop", "", None


def _drop(d: Detail, fig: Figures) -> Step:
    return ("redact", "", None) if d.group == "direct" else ("drop", "", None)


GENERALISE: Dict[str, Callable[[Detail, Figures], Step]] = {
    "age": _age, "place": _place, "time": _time, "event": _event, "condition": _condition,
    "self_disclosure": _self, "sex": _drop, "rarity": _drop, "unique": _drop, "occupation": _drop, "vehicle": _drop, "relationship": _drop,
    "direct": _drop,
}


def suggestions(details: Sequence[Detail], fig: Figures) -> Tuple[Suggestion, ...]:
    """The greedy chain of generalisations (module docstring), each with k and level after it."""
    current: List[Optional[Detail]] = list(details)
    out: List[Suggestion] = []
    for _ in range(MAX_STEPS):
        now = estimate([d for d in current if d is not None], fig)
        if now.level == "low":
            break
        best = _best(current, now, fig)
        if best is None:
            break
        i, (action, words, coarser), after = best
        d = current[i]
        out.append(Suggestion(d.kind, d.start, d.end, d.source, action, words, after.k, after.level))
        current[i] = coarser
    return tuple(out)


def _best(current: List[Optional[Detail]], now, fig: Figures):
    scored = {(f.source, f.start, f.end, f.kind): f.bits for f in now.factors}
    best = None
    for i, d in enumerate(current):
        if d is None or scored.get((d.source, d.start, d.end, d.kind), 0.0) <= 0 and d.group != "direct":
            continue
        step = GENERALISE.get(d.group, _drop)(d, fig)
        trial = current[:i] + [step[2]] + current[i + 1:]
        after = estimate([t for t in trial if t is not None], fig)
        if best is None or after.k > best[2].k:
            best = (i, step, after)
    return best if best is not None and best[2].k > now.k else None
