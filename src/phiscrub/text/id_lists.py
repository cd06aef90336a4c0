"""Lists of patient numbers, one per line: a handover or a clinic's DNA list written as "number – note" lines
("K2291834 – AKI, K+ 6.1", "K 220 7761 – fall, CTH clear"). Where one line's leading number is a hospital or NHS
number the rules found (its label is in the heading: "hosp nos only per policy"), the leading number of every other
line of the same list (consecutive lines, no blank line between) with the same shape is that kind of number too.

Shape: the letters before the digits (as letters, any case) and the count of digits, spaces ignored, so the list's
"RBA1128874" and "RBA 119 0023" are one shape. Source: NHS handover sheets and clinic lists pasted into chat.
Avoids: times and counts ("0830 – Mrs …": six digits at least), a list with no found number (no anchor), lines
of another shape ("Bay 2 – …"), a number not opening its line.
"""

from __future__ import annotations

from typing import FrozenSet, List, Sequence

import regex as re

from phiscrub.types import Finding

ID_TYPES = frozenset({"HOSPITAL_NUMBER", "NHS_NUMBER"})
# a line's leading number: up to four letters, then digits (single spaces may group them), then a dash, a colon, a
# cell gap or the line's end
LEADING = re.compile(r"^[ \t]*(?P<id>(?P<letters>[A-Za-z]{0,4})[ ]?(?P<digits>\d(?:[ ]?\d){5,11}))"
                     r"(?=[ \t]*(?:[–—:-]|\n|$)|[ \t]{2})", re.MULTILINE)
RULE, SCORE = "leading-id-list", 0.6


def _shape(m) -> tuple:
    return len(m["letters"]), sum(ch.isdigit() for ch in m["digits"])


def leading_ids(text: str, findings: Sequence[Finding], entities: FrozenSet[str]) -> List[Finding]:
    """``findings`` and the leading numbers of a list's other lines typed as its found one (module docstring)."""
    found = list(findings)
    if not any(f.entity_type in ID_TYPES for f in found):
        return found  # no anchor: the line scan is skipped (most texts)
    lines = list(LEADING.finditer(text))
    if len(lines) < 2:
        return found
    for run in _runs(text, lines):
        anchors = {}
        for m in run:
            kind = next((f.entity_type for f in found if f.entity_type in ID_TYPES
                         and f.start <= m.start("id") and m.end("id") <= f.end), None)
            if kind is not None:
                anchors[_shape(m)] = kind
        for m in run:
            kind = anchors.get(_shape(m))
            if kind in entities and not any(f.start < m.end("id") and m.start("id") < f.end for f in found):
                found.append(Finding(m.start("id"), m.end("id"), kind, SCORE, "IdList", RULE))
    return sorted(found, key=lambda f: (f.start, f.end))


def _runs(text: str, lines) -> List[list]:
    """The leading numbers grouped into lists: consecutive lines with no blank line between them."""
    runs: List[list] = []
    for m in lines:
        if runs and "\n\n" not in text[runs[-1][-1].end():m.start()] and text.count("\n", runs[-1][-1].end(), m.start()) <= 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= 2]
