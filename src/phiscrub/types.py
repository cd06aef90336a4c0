"""Frozen result types shared by the whole package.

Results carry offsets, kinds, value-free attributes and scores, never the
identifier text itself, so a ``repr`` in a log or a traceback cannot leak what
was found. Variants are made with ``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from phiscrub.entities import ENTITY_TYPES, MENTION_KINDS

__all__ = ["ENTITY_TYPES", "MENTION_KINDS", "Finding", "Mention", "TextAnalysis", "TextResult"]


def _check_span(start: int, end: int) -> None:
    if not 0 <= start < end:
        raise ValueError(f"invalid span ({start}, {end})")


@dataclass(frozen=True, order=True)
class Finding:
    """A direct identifier at ``text[start:end]`` of the original text (end exclusive).

    ``recognizer`` names the recognizer; ``rule`` the rule inside it that fired
    (a pattern name, or a PERSON rule id such as ``title``), never parsed back
    out of another string.
    """

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str
    rule: str = ""

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)
        if self.entity_type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {self.entity_type!r}")

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict:
        """Machine-readable form: offsets, type and score only (never the value)."""
        return {"start": self.start, "end": self.end, "entity_type": self.entity_type, "score": round(self.score, 3)}


@dataclass(frozen=True, order=True)
class Mention:
    """A quasi-identifier at ``text[start:end]``: kept readable, scored by the risk stage.

    ``attributes`` are value-free (key, value) pairs describing it, never the
    text itself: ``("granularity", "town")``, ``("population", "12000")``,
    ``("age_low", "90")``, ``("age_high", "99")``, ``("rarity", "rare")``.
    """

    start: int
    end: int
    kind: str
    attributes: Tuple[Tuple[str, str], ...] = ()
    score: float = 1.0
    rule: str = ""

    def __post_init__(self) -> None:
        _check_span(self.start, self.end)
        if self.kind not in MENTION_KINDS:
            raise ValueError(f"unknown mention kind {self.kind!r}")

    def attr(self, key: str, default: Optional[str] = None) -> Optional[str]:
        return dict(self.attributes).get(key, default)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind, "attributes": dict(self.attributes),
                "score": round(self.score, 3)}


def _count(keys) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for k in keys:
        out[k] = out.get(k, 0) + 1
    return out


@dataclass(frozen=True)
class TextAnalysis:
    """What one text holds, before anything is redacted.

    ``findings``: direct identifiers, sorted and non-overlapping, to redact.
    ``mentions``: quasi-identifiers, sorted, possibly overlapping each other or
    findings; never redacted. Offsets index the original text, which is not kept.
    """

    findings: Tuple[Finding, ...]
    mentions: Tuple[Mention, ...] = ()

    def counts(self) -> Dict[str, int]:
        return _count(f.entity_type for f in self.findings)

    def mention_counts(self) -> Dict[str, int]:
        return _count(m.kind for m in self.mentions)

    def to_dict(self) -> dict:
        return {"findings": [f.to_dict() for f in self.findings], "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(frozen=True)
class TextResult:
    """The outcome of scrubbing one text: ``text`` redacted, and the analysis it came from.

    ``findings`` are sorted, non-overlapping and index the *original* text.
    """

    text: str
    findings: Tuple[Finding, ...]
    mode: str = "tag"
    mentions: Tuple[Mention, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.findings)

    @property
    def analysis(self) -> TextAnalysis:
        return TextAnalysis(self.findings, self.mentions)

    def counts(self) -> Dict[str, int]:
        return _count(f.entity_type for f in self.findings)

    def to_dict(self) -> dict:
        return {"text": self.text, "findings": [f.to_dict() for f in self.findings]}
