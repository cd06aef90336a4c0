"""Overlap resolution: a pure function from findings to sorted, non-overlapping findings.

Findings that overlap form a cluster. Within a cluster, findings are placed in
the order of the entity table's ``priority`` (exact shapes first — NHS, NI,
email, phone, postcode … — PERSON last, because a name's edges come from
scanning words and a number's from its shape), then higher score, then longer:

* a finding of the same type as one already placed is merged into it (the union);
* a finding of another type keeps only what lies outside the spans already
  placed: "Jo Bloggs – QQ 12 34 56 C" stays a PERSON and an NI_NUMBER, each with
  its own span and type; a name inside an address is part of the address; a
  piece left with no letter or digit is dropped.

Nothing either recognizer found is left readable: the union of the cluster is
still covered, only the types are kept apart.

Like spaCy's ``filter_spans``, but nothing a recognizer found is dropped from
the redaction. Clusters are found in one sorted sweep, so the cost is linear in
the number of findings (clusters are small).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, List, Tuple

from phiscrub.entities import ENTITIES
from phiscrub.types import Finding


def _placing_order(f: Finding):
    return (ENTITIES[f.entity_type].priority, -f.score, -len(f), f.start)


def resolve_overlaps(findings: Iterable[Finding], text: str = "") -> List[Finding]:
    """``text`` (optional) lets pieces with no letter or digit be dropped; without it every piece stays."""
    out: List[Finding] = []
    for cluster in _clusters(findings):
        out += _resolve_cluster(cluster, text) if len(cluster) > 1 else cluster
    return sorted(out)


def _clusters(findings: Iterable[Finding]) -> Iterable[List[Finding]]:
    cluster: List[Finding] = []
    end = -1
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if cluster and f.start < end:
            cluster.append(f)
            end = max(end, f.end)
        else:
            if cluster:
                yield cluster
            cluster, end = [f], f.end
    if cluster:
        yield cluster


def _resolve_cluster(cluster: List[Finding], text: str) -> List[Finding]:
    placed: List[Finding] = []
    for f in sorted(cluster, key=_placing_order):
        same = [p for p in placed if p.entity_type == f.entity_type and p.start < f.end and f.start < p.end]
        if same:
            grown = same[0]
            for p in same[1:] + [f]:
                grown = replace(grown, start=min(grown.start, p.start), end=max(grown.end, p.end))
            placed = [p for p in placed if p not in same]
            f = grown
        others = [(p.start, p.end) for p in placed if p.entity_type != f.entity_type]
        pieces = _subtract((f.start, f.end), others) if others else [(f.start, f.end)]
        if pieces != [(f.start, f.end)]:  # trimmed: drop the separators left at its edges
            pieces = [_strip(text, s, e) for s, e in pieces]
        placed += [f if (s, e) == (f.start, f.end) else replace(f, start=s, end=e)
                   for s, e in pieces if s < e and (not text or _has_alnum(text, s, e))]
    return _merge_same_type(placed)


def _subtract(span: Tuple[int, int], holes: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The parts of ``span`` outside every hole."""
    pieces = [span]
    for hs, he in sorted(holes):
        nxt = []
        for s, e in pieces:
            if he <= s or e <= hs:
                nxt.append((s, e))
                continue
            if s < hs:
                nxt.append((s, hs))
            if he < e:
                nxt.append((he, e))
        pieces = nxt
    return pieces


def _merge_same_type(placed: List[Finding]) -> List[Finding]:
    """Same-type findings that touch after trimming stay separate only if they do not overlap."""
    out: List[Finding] = []
    for f in sorted(placed):
        if out and out[-1].entity_type == f.entity_type and f.start < out[-1].end:
            out[-1] = replace(out[-1], end=max(out[-1].end, f.end))
        else:
            out.append(f)
    return out


_EDGE = set(" \t\n\r,;:/|-\u2013\u2014")
_LEADING = _EDGE | set(".!?)]")  # what closed the piece cut away before it: "… 42 A. Resubmitting" -> "Resubmitting"
_TRAILING = _EDGE | set("([")


def _strip(text: str, start: int, end: int) -> Tuple[int, int]:
    """A trimmed piece without the spaces and separators left at its edges ("Jo Bloggs – " -> "Jo Bloggs")."""
    if not text:
        return start, end
    while start < end and text[start] in _LEADING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _has_alnum(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])
