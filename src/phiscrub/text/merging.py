"""Merging the analyses of a text's segments (``pipeline``): each segment owns the findings that start in its own
part; a finding that reaches into a later segment is kept whole and the later one clipped."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence, Tuple

from phiscrub.text.segments import Segment
from phiscrub.types import Finding, Mention, TextAnalysis


@dataclass(frozen=True)
class SegmentAnalysis:
    """The analysis of one segment in whole-text offsets: findings it owns, mentions it owns."""

    segment: Segment
    findings: Tuple[Finding, ...]
    mentions: Tuple[Mention, ...]


def stitch(parts: Iterable[SegmentAnalysis]) -> Iterator[SegmentAnalysis]:
    """Segments in order with findings that reach into a later segment kept whole: a later finding
    starting inside one already reported is clipped to start after it (or dropped)."""
    reached = 0
    for sa in parts:
        kept = []
        for f in sa.findings:
            if f.end <= reached:
                continue
            kept.append(f if f.start >= reached else _clip(f, reached))
            reached = max(reached, f.end)
        yield SegmentAnalysis(sa.segment, tuple(kept), sa.mentions)


def _clip(f: Finding, start: int) -> Finding:
    return replace(f, start=start)


def merge(parts: Sequence[SegmentAnalysis]) -> TextAnalysis:
    """The analysis of a whole text from the analyses of its segments."""
    stitched = list(stitch(parts))
    findings = tuple(f for sa in stitched for f in sa.findings)
    found_mentions = tuple(sorted(m for sa in stitched for m in sa.mentions))
    return TextAnalysis(findings, found_mentions)
