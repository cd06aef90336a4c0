"""Replacing findings in the original text; everything else is kept byte for byte."""

from __future__ import annotations

from typing import Sequence

from phiscrub.text.recognizers.postcode import district
from phiscrub.entities import ENTITIES
from phiscrub.types import Finding

MASK = "\u2588"


def replacement(text: str, f: Finding, mode: str) -> str:
    if mode == "mask":
        return MASK * (f.end - f.start)
    kind = ENTITIES[f.entity_type]
    if mode == "generalise" and kind.generalise == "district":
        return district(text[f.start:f.end])
    return kind.tag


def redact(text: str, findings: Sequence[Finding], mode: str = "tag") -> str:
    """``findings`` must be sorted and non-overlapping (``resolve_overlaps``)."""
    parts = []
    pos = 0
    for f in findings:
        parts.append(text[pos:f.start])
        parts.append(replacement(text, f, mode))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)
