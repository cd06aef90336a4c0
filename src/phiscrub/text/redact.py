"""Redaction: findings replaced in the original text; everything else is kept byte for byte.

Only findings are redacted; mentions (quasi-identifiers) never are.
``redact_segments`` does the same for a long text analysed segment by segment,
yielding the output piece by piece so a large file is never held whole."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator, Sequence, Tuple

from phiscrub.entities import ENTITIES
from phiscrub.text.recognizers.postcode import district
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


def redact_segments(analysed: Iterable, mode: str = "tag") -> Iterator[Tuple[str, tuple]]:
    """``(redacted piece, its SegmentAnalysis)`` in order, from stitched ``SegmentAnalysis`` values."""
    emitted = 0  # offset in the whole text up to which output has been produced
    for sa in analysed:
        seg = sa.segment
        origin = seg.to_global(0)
        stop = max([seg.to_global(seg.own_end)] + [f.end for f in sa.findings])
        if stop <= emitted:
            continue
        local = [replace(f, start=f.start - emitted, end=f.end - emitted) for f in sa.findings]
        yield redact(seg.text[emitted - origin:stop - origin], local, mode), sa
        emitted = stop
