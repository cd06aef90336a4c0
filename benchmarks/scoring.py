"""Span scoring as PII-SPEC.md section 5 defines it.

A gold span is *caught* when at least 80% of its letters and digits lie inside
findings of any type; type accuracy is reported separately. A finding is a
*false positive* when fewer than half of its letters and digits lie inside gold
spans. Recall, precision and false positives per entity type and overall.

A *partial leak* is a gold span with some of its letters or digits redacted and
at least one whole word of it (a run of letters and digits) left readable: the
surname beside a redacted forename, the last digits of a number (a leading title such as "Mrs" does not count). It is worse
than a miss, because the draft looks scrubbed. It is counted whether or not the
span counts as caught.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Sequence, Tuple

CAUGHT = 0.8
FP_BELOW = 0.5

Span = Tuple[int, int, str]  # start, end, label


def load_corpus(path: Path) -> List[dict]:
    rows = []
    for line in Path(path).read_text("utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def _alnum_positions(text: str, start: int, end: int) -> List[int]:
    return [i for i in range(start, end) if text[i].isalnum()]


_WORD = re.compile(r"[^\W_]+")


# a leading title does not count (issue 9): "mrs abara" with "abara" redacted leaks nothing of the name; the
# Hausa and Yoruba honorifics for one who has made the hajj are titles too ("Alhaja Kudirat Balogun"; phiscrub's
# titles list in recognizers/person.yaml has them), as "Mrs" is
_TITLES = frozenset("mr mrs ms miss mx dr prof sr sir dame lady lord rev fr alhaji alhaja hajia".split())


def partial_leak(text: str, start: int, end: int, covered: set) -> bool:
    """Some letters or digits of ``text[start:end]`` are covered and a whole word of it is not (a leading title, such
    as "Mrs", left readable is no leak)."""
    found = list(_WORD.finditer(text[start:end]))
    while len(found) > 1 and found[0].group().lower() in _TITLES:
        found = found[1:]
    words = [range(start + m.start(), start + m.end()) for m in found]
    hit = [any(p in covered for p in w) for w in words]
    return any(hit) and not all(hit)


def _covered(text: str, spans: Sequence[Tuple[int, int]]) -> set:
    out = set()
    for s, e in spans:
        out.update(_alnum_positions(text, s, e))
    return out


@dataclass
class Tally:
    gold: Dict[str, int] = field(default_factory=lambda: defaultdict(int))
    caught: Dict[str, int] = field(default_factory=lambda: defaultdict(int))
    typed: Dict[str, int] = field(default_factory=lambda: defaultdict(int))
    found: Dict[str, int] = field(default_factory=lambda: defaultdict(int))
    false_pos: Dict[str, int] = field(default_factory=lambda: defaultdict(int))
    partial: Dict[str, int] = field(default_factory=lambda: defaultdict(int))
    missed: List[Tuple[str, str]] = field(default_factory=list)  # (doc id, label): never the text
    partial_list: List[Tuple[str, str]] = field(default_factory=list)
    fp_list: List[Tuple[str, str]] = field(default_factory=list)

    def add(self, doc_id: str, text: str, gold: Iterable[Span], found: Iterable[Span]) -> None:
        gold = list(gold)
        found = list(found)
        found_cover = _covered(text, [(s, e) for s, e, _ in found])
        gold_cover = _covered(text, [(s, e) for s, e, _ in gold])
        for s, e, label in gold:
            pos = _alnum_positions(text, s, e)
            self.gold[label] += 1
            if pos and sum(p in found_cover for p in pos) / len(pos) >= CAUGHT:
                self.caught[label] += 1
                same = _covered(text, [(fs, fe) for fs, fe, fl in found if fl == label])
                if sum(p in same for p in pos) / len(pos) >= CAUGHT:
                    self.typed[label] += 1
            else:
                self.missed.append((doc_id, label))
            if partial_leak(text, s, e, found_cover):
                self.partial[label] += 1
                self.partial_list.append((doc_id, label))
        for s, e, label in found:
            pos = _alnum_positions(text, s, e)
            self.found[label] += 1
            if not pos or sum(p in gold_cover for p in pos) / len(pos) < FP_BELOW:
                self.false_pos[label] += 1
                self.fp_list.append((doc_id, label))

    def recall(self, label: str = None) -> float:
        g = sum(self.gold.values()) if label is None else self.gold[label]
        c = sum(self.caught.values()) if label is None else self.caught[label]
        return c / g if g else 1.0

    def precision(self, label: str = None) -> float:
        f = sum(self.found.values()) if label is None else self.found[label]
        fp = sum(self.false_pos.values()) if label is None else self.false_pos[label]
        return (f - fp) / f if f else 1.0

    def partial_leaks(self, label: str = None) -> int:
        return sum(self.partial.values()) if label is None else self.partial[label]

    def type_accuracy(self) -> float:
        c = sum(self.caught.values())
        return sum(self.typed.values()) / c if c else 1.0
