"""Overlap resolution: a pure function from findings to non-overlapping findings.

Findings that overlap form a cluster; the cluster becomes one finding covering
the union of its spans (nothing a recognizer found is left readable), typed
and scored by its strongest member: the higher score, then the longer span,
then the entity table's ``priority``. Like spaCy's ``filter_spans``, but nothing is dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, List

from phiscrub.entities import ENTITIES
from phiscrub.types import Finding


def _strength(f: Finding):
    return (f.score, len(f), -ENTITIES[f.entity_type].priority)


def resolve_overlaps(findings: Iterable[Finding]) -> List[Finding]:
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    out: List[Finding] = []
    cluster: List[Finding] = []
    end = -1

    def close() -> None:
        if cluster:
            best = max(cluster, key=_strength)
            start = min(f.start for f in cluster)
            stop = max(f.end for f in cluster)
            out.append(replace(best, start=start, end=stop))

    for f in ordered:
        if cluster and f.start < end:
            cluster.append(f)
            end = max(end, f.end)
        else:
            close()
            cluster = [f]
            end = f.end
    close()
    return out
