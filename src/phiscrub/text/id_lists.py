"""Lists of patient numbers, one per line: a handover or a clinic's DNA list written as "number – note" lines
("K2291834 – AKI, K+ 6.1", "K 220 7761 – fall, CTH clear", "• SH24-00817 — call after 6"). Where one line's leading number is a hospital or NHS
number the rules found (its label is in the heading: "hosp nos only per policy"), the leading number of every other
line of the same list (consecutive lines, no blank line between) with the same shape is that kind of number too.

Shape: the letters before the digits (as letters, any case) and the count of digits, spaces ignored, so the list's
"RBA1128874" and "RBA 119 0023" are one shape. Source: NHS handover sheets and clinic lists pasted into chat.
Avoids: times and counts ("0830 – Mrs …": six digits at least, five after letters), a list with no found number (no anchor), lines
of another shape ("Bay 2 – …"), a number not opening its line. With no anchor, three bulleted lines or more opening on
a letter-prefixed number of one shape are a clinic's list of hospital numbers ("- H5510244 venous ulcer L leg").
"""

from __future__ import annotations

from typing import FrozenSet, List, Sequence

import regex as re

from phiscrub.types import Finding

ID_TYPES = frozenset({"HOSPITAL_NUMBER", "NHS_NUMBER"})
# a line's leading number: up to four letters, then digits (single spaces may group them), then a dash, a colon, a
# cell gap or the line's end
_BULLET = r"(?:[-•*·▪][ \t]+)?"  # a list item's bullet, before its number
LEADING = re.compile(rf"^[ \t]*{_BULLET}(?P<id>(?P<letters>[A-Za-z]{{0,4}})[ /-]?(?P<digits>\d(?:[ /-]?\d){{4,11}}))"
                     r"(?=[ \t]*(?:[–—:-]|\n|$)|[ \t]{2})", re.MULTILINE)
RULE, SCORE = "leading-id-list", 0.6
# a clinic's list with no number found: three lines or more, each opening (after a bullet) on one letter-prefixed
# number of the same shape, then its note ("- H5510244 venous ulcer L leg"): hospital numbers
BULLETED = re.compile(rf"^[ \t]*{_BULLET}(?P<id>(?P<letters>(?-i:[A-Z]{{1,3}}))(?P<digits>\d{{7,10}}))(?![\w/.-])",
                      re.MULTILINE)
MIN_BULLETED = 3


def _shape(m) -> tuple:
    """The letters' count and the digits with their hyphens and slashes (spaces ignored: "RBA 119 0023" is
    "RBA1128874"'s shape; "SH24-00817" is not "SH2400817"'s)."""
    return len(m["letters"]), re.sub(r"\d", "9", m["digits"].replace(" ", ""))


def leading_ids(text: str, findings: Sequence[Finding], entities: FrozenSet[str]) -> List[Finding]:
    """``findings`` and the leading numbers of a list's other lines typed as its found one (module docstring)."""
    found = _bulleted(text, list(findings), entities)
    if not any(f.entity_type in ID_TYPES for f in found):
        return found  # no anchor: the line scan is skipped (most texts)
    # six digits at least, or five after letters ("GU-55187": a clinic's number; "08305" alone may be a time)
    lines = [m for m in LEADING.finditer(text) if m["letters"] or sum(ch.isdigit() for ch in m["digits"]) >= 6]
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


def _bulleted(text: str, found: List[Finding], entities: FrozenSet[str]) -> List[Finding]:
    """A list's leading letter-prefixed numbers of one shape, three lines or more: hospital numbers (``BULLETED``)."""
    if "HOSPITAL_NUMBER" not in entities or not any(ch.isdigit() for ch in text):
        return found
    for run in _runs(text, list(BULLETED.finditer(text))):
        shapes = [_shape(m) for m in run]
        for m, shape in zip(run, shapes, strict=True):
            if shapes.count(shape) >= MIN_BULLETED and not any(f.start < m.end("id") and m.start("id") < f.end
                                                                for f in found):
                found.append(Finding(m.start("id"), m.end("id"), "HOSPITAL_NUMBER", SCORE, "IdList", RULE))
    return found


def _runs(text: str, lines) -> List[list]:
    """The leading numbers grouped into lists: consecutive lines with no blank line between them."""
    runs: List[list] = []
    for m in lines:
        if runs and "\n\n" not in text[runs[-1][-1].end():m.start()] and text.count("\n", runs[-1][-1].end(), m.start()) <= 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= 2]
