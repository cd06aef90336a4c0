"""Results of the jigsaw-risk stage, as frozen dataclasses. No field ever holds text of the post:
details carry kinds, offsets and value-free notes ("village, 2,161 residents (GeoNames)")."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Dict, Tuple

from phiscrub.types import Mention

LEVELS = ("low", "medium", "high")
HIGH_BELOW = 10.0  # k below this: a motivated intruder could single the person out (PII-SPEC §6)
MEDIUM_BELOW = 1000.0  # k below this: a small group, or one more detail from singling them out
# an incident rarer than this a year (strokes, cardiac arrests, road casualties, poisonings, shingles) is specific and
# counted over a year when no time is given, as samples/risk/README.md's convention counts them; a common incident
# (a fall, phiscrub's assumed 0.01 a year) is not: most people have had one
UNUSUAL_RATE_AT_MOST = 0.005


@dataclass(frozen=True)
class Detail:
    """One quasi-identifier (or readable identifier) as the estimate uses it.

    ``role`` says how it narrows: ``place`` (``value`` = people who live or are there),
    ``share`` (a fraction of them), ``window`` (years of a time window), ``rate`` (incidents of
    this kind per resident per year), ``count`` (people it points to outright: "my dad" is 1),
    ``direct`` (a direct identifier left readable: high by definition), ``none`` (kept for
    the report, not multiplied). ``source``: "draft", "history 2", "photo 1"; offsets index that
    source's text (-1 for a photo's metadata). ``bits``: how much it narrows, log2 of the factor.
    """

    kind: str
    start: int
    end: int
    source: str
    role: str
    value: float
    note: str
    group: str = ""  # what it describes, for generalising ("age", "place", "time", "event"...)
    band: Tuple[int, ...] = ()  # an age detail's (low, high) years, for the sex share within it; an event's (days,)
    grain: str = ""  # a place's or time's granularity ("village", "road", "clock"…), for generalising
    bits: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Suggestion:
    """Generalise or drop one detail: ``replacement`` is generic wording ("an older patient"),
    or "" to drop it; ``k_after``/``level_after`` re-score the post with this and every earlier
    suggestion applied."""

    kind: str
    start: int
    end: int
    source: str
    action: str  # "generalise" | "drop" | "redact"
    replacement: str
    k_after: float
    level_after: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class JigsawRisk:
    """How identifying a post is: ``level`` (low | medium | high), ``k`` the expected number of
    people matching every detail, ``bits`` = log2(UK population / k), the ``factors`` that
    narrow it (with their bits) and the ``suggestions`` that lift k, each re-scored."""

    level: str
    k: float
    bits: float
    factors: Tuple[Detail, ...]
    suggestions: Tuple[Suggestion, ...] = ()
    reason: str = ""

    def to_dict(self) -> dict:
        return {"level": self.level, "k": self.k, "bits": round(self.bits, 2), "reason": self.reason,
                "factors": [d.to_dict() for d in self.factors],
                "suggestions": [s.to_dict() for s in self.suggestions]}


def level_of(k: float, direct: bool = False) -> str:
    """PII-SPEC §6: high below 10 (or any readable direct identifier), medium below 1,000, else low."""
    if direct or k < HIGH_BELOW:
        return "high"
    return "medium" if k < MEDIUM_BELOW else "low"


@dataclass(frozen=True)
class PostResult:
    """A whole post scrubbed: the safe ``text``, one safe ``images`` entry per photo (None where the
    photo could not be fully processed: no safe copy, and ``errors`` says why), the jigsaw risk
    before and after redaction, and the text's ``findings`` (types and offsets)."""

    text: str
    images: Tuple[object, ...]
    risk_before: JigsawRisk
    risk_after: JigsawRisk
    findings: Tuple[object, ...] = ()
    errors: Tuple[str, ...] = ()

    @property
    def safe(self) -> bool:
        """Whether every photo was processed; the risk level is a separate question."""
        return not self.errors


def attrs(m: Mention) -> Dict[str, str]:
    """A mention's attributes as a dict."""
    return dict(m.attributes)


def mention_detail(m: Mention, source: str, role: str, value: float, note: str, group: str) -> Detail:
    """The ``Detail`` of mention ``m``: its kind and offsets, with how it narrows."""
    return Detail(m.kind, m.start, m.end, source, role, value, note, group)


def pct(share: float) -> str:
    """A share as people read it: "0.87%", or "1 in 37,868" below 0.01%."""
    return f"{share:.2%}" if share >= 0.0001 else f"1 in {round(1 / share):,}"
