"""The allow-list: consented names and public strings that are never redacted.

An entry matches as whole words, in any case and with any spacing; a finding
wholly inside an occurrence is dropped, one that only overlaps it stays
redacted (allowing "Priya" never un-redacts "Priya Patel"). One compiled regex
per allow-list, cached; one sweep over sorted spans, so the cost is linear.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, List, Sequence, Tuple

import regex as re

from phiscrub.types import Finding


@lru_cache(maxsize=32)
def allow_regex(entries: Tuple[str, ...]):
    """One regex for an allow-list: whole words, any case, any spacing; longest entries first."""
    bodies = [r"\s+".join(re.escape(part) for part in entry.split()) for entry in entries if entry.split()]
    if not bodies:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(bodies, key=len, reverse=True))})(?!\w)", re.IGNORECASE)


def allowed_spans(text: str, entries: Sequence[str]) -> List[Tuple[int, int]]:
    """Where allow-listed strings occur (overlapping entries each count), sorted by start."""
    rx = allow_regex(tuple(entries))
    return sorted(m.span() for m in rx.finditer(text, overlapped=True)) if rx is not None else []


def drop_allowed(findings: Iterable[Finding], spans: Sequence[Tuple[int, int]]) -> List[Finding]:
    """Findings not wholly inside an allow-listed occurrence: one sweep over both sorted lists."""
    ordered = sorted(findings, key=lambda f: f.start)
    if not spans:
        return ordered
    out, i, reach = [], 0, -1  # reach: the furthest end of allow spans starting at or before f.start
    for f in ordered:
        while i < len(spans) and spans[i][0] <= f.start:
            reach = max(reach, spans[i][1])
            i += 1
        if f.end > reach:
            out.append(f)
    return out
