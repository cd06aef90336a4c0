"""Quasi-identifier mentions (PII-SPEC §3): what a draft keeps readable, reported for the risk scorer.

A mention is never redacted. Each kind is one finder class in its own module;
``MENTION_FINDERS`` is the registry (a new kind = one module + one line here).
``MentionFinders`` builds every finder once from a ``Resources`` (reading the
word lists of ``recognizers/mentions/*.yaml`` then, never at import) and runs
them over one shared tokenisation of the text.

Mentions may overlap each other and findings, with two exceptions
(``DROPPED_INSIDE``): a DATE inside a DATE_OF_BIRTH finding is the birth date
itself, and an AGE, PLACE or OCCUPATION inside a PERSON finding is part of a
name ("Mr Preston", "Anna Bishop"). Those are dropped with one bisect per mention over the merged
finding spans, so the cost stays linear in the text.
"""

from __future__ import annotations

from typing import Dict, FrozenSet, List, Sequence, Tuple

from phiscrub.text.mentions.age import AgeFinder
from phiscrub.text.mentions.base import MentionFinder, Scan, SpanIndex
from phiscrub.text.mentions.condition import ConditionFinder
from phiscrub.text.mentions.event import EventFinder
from phiscrub.text.mentions.occupation import OccupationFinder
from phiscrub.text.mentions.place import PlaceFinder
from phiscrub.text.mentions.relationship import RelationshipFinder
from phiscrub.text.mentions.sex import SexFinder
from phiscrub.text.mentions.time import DateFinder, TimeFinder
from phiscrub.types import Mention

__all__ = ["MENTION_FINDERS", "DROPPED_INSIDE", "MentionFinder", "MentionFinders", "find_mentions"]

MENTION_FINDERS: Tuple[type, ...] = (
    AgeFinder,
    SexFinder,
    PlaceFinder,
    DateFinder,
    TimeFinder,
    ConditionFinder,
    OccupationFinder,
    RelationshipFinder,
    EventFinder,
)

# finding type -> mention kinds that are not mentions when they overlap a finding of that type
DROPPED_INSIDE: Dict[str, FrozenSet[str]] = {
    "DATE_OF_BIRTH": frozenset({"DATE"}),
    "PERSON": frozenset({"AGE", "PLACE", "OCCUPATION"}),  # "Mr Preston", "Anna Bishop"
}


class MentionFinders:
    """Every registered finder, built once; ``find`` returns mentions sorted by (start, end, kind)."""

    def __init__(self, resources, finders: Sequence[type] = MENTION_FINDERS):
        self.finders: Tuple[MentionFinder, ...] = tuple(cls(resources) for cls in finders)

    def find(self, text: str, entities: Sequence = (), findings: Sequence = ()) -> List[Mention]:
        scan = Scan(text, entities)
        found = [m for finder in self.finders for m in finder.scan(scan)]
        return sorted(set(_drop_inside(found, findings)), key=lambda m: (m.start, m.end, m.kind, m.rule))


def _drop_inside(mentions: List[Mention], findings: Sequence) -> List[Mention]:
    if not findings:
        return mentions
    index = {kind: SpanIndex((f.start, f.end) for f in findings if kind in DROPPED_INSIDE.get(f.entity_type, ()))
             for kind in {k for kinds in DROPPED_INSIDE.values() for k in kinds}}
    return [m for m in mentions if m.kind not in index or not index[m.kind].overlaps(m.start, m.end)]


def find_mentions(text: str, resources, entities: Sequence = (), findings: Sequence = ()) -> List[Mention]:
    """Convenience: build the finders and find the mentions of one text (build ``MentionFinders`` once for many)."""
    return MentionFinders(resources).find(text, entities, findings)
