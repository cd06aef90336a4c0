"""Replacing findings in the original text; everything else is kept byte for byte."""

from __future__ import annotations

from typing import Sequence

from phiscrub.text.recognizers.postcode import district
from phiscrub.types import Finding

TAGS = {
    "PERSON": "[NAME]",
    "NHS_NUMBER": "[NHS NUMBER]",
    "HOSPITAL_NUMBER": "[HOSPITAL NUMBER]",
    "POSTCODE": "[POSTCODE]",
    "DATE_OF_BIRTH": "[DOB]",
    "STREET_ADDRESS": "[ADDRESS]",
    "PHONE_NUMBER": "[PHONE]",
    "EMAIL_ADDRESS": "[EMAIL]",
    "NI_NUMBER": "[NI NUMBER]",
    "UK_VEHICLE_REG": "[VEHICLE REG]",
}
MASK = "\u2588"


def replacement(text: str, f: Finding, mode: str) -> str:
    if mode == "mask":
        return MASK * (f.end - f.start)
    if mode == "generalise" and f.entity_type == "POSTCODE":
        return district(text[f.start:f.end])
    return TAGS[f.entity_type]


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
