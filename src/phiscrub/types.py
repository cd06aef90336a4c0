"""Frozen result types shared by the whole package.

Results carry offsets, types and scores, never the identifier text itself, so a
``repr`` in a log or a traceback cannot leak what was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple

ENTITY_TYPES: Tuple[str, ...] = (
    "PERSON",
    "NHS_NUMBER",
    "HOSPITAL_NUMBER",
    "POSTCODE",
    "DATE_OF_BIRTH",
    "STREET_ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "NI_NUMBER",
    "UK_VEHICLE_REG",
)


@dataclass(frozen=True, order=True)
class Finding:
    """A direct identifier at ``text[start:end]`` of the original text (end exclusive)."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid span ({self.start}, {self.end})")
        if self.entity_type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {self.entity_type!r}")

    def __len__(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict:
        """Machine-readable form: offsets, type and score only (never the value)."""
        return {
            "start": self.start,
            "end": self.end,
            "entity_type": self.entity_type,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True)
class TextResult:
    """The outcome of scrubbing one text.

    ``text`` is the redacted text; ``findings`` are sorted, non-overlapping and
    index the *original* text. The original is not kept.
    """

    text: str
    findings: Tuple[Finding, ...]
    mode: str = "tag"

    @property
    def found(self) -> bool:
        return bool(self.findings)

    def counts(self) -> dict:
        out: dict = {}
        for f in self.findings:
            out[f.entity_type] = out.get(f.entity_type, 0) + 1
        return out

    def to_dict(self) -> dict:
        return {"text": self.text, "findings": [f.to_dict() for f in self.findings]}
