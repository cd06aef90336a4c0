"""A patient's record: where a hospital number's shape, too weak to pass the threshold alone, is the patient's.

Rule: the shape passes (at the threshold) within ``RECORD_GAP`` characters after a name, date of birth or NHS number
that passed, with no blank line between ("HASSAN, Layla / RWA 7720019": a list's next line); anywhere after one further
along a list row whose cells a separator divides (``ROW_CELLS``: "1 · Ogundipe · 23F · RIF pain · K4471288"); or right
before a name that passed ("GU-308417 Kacper – CT pos", a clinic's call-back list). Source: PAS printouts, handover
sheets and clinic lists. Avoids: a shape alone or a blank line away from any record ("we had an RTA 4410986 on the M5").
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex as re

from phiscrub.types import Finding

RECORD_ANCHORS, RECORD_GAP = frozenset({"PERSON", "DATE_OF_BIRTH", "NHS_NUMBER"}), 40
ROW_CELLS = re.compile(r"[^\n]*(?:[·¦|\t]|[ ]{2,}|[ ][–—][ ])[^\n]*")
NAME_GAP = re.compile(r"[ \t]{1,2}")  # between a number and the name after it


def in_record(text: str, f: Finding, anchors: Sequence[int], names: Collection[int]) -> bool:
    """Whether the finding ``f`` stands in a patient's record: ``anchors``, where the names, dates of birth and NHS
    numbers that passed end; ``names``, where the names that passed start."""
    return any(0 <= f.start - end and "\n\n" not in text[end:f.start] and (
        f.start - end <= RECORD_GAP or ROW_CELLS.fullmatch(text, end, f.start)) for end in anchors) or (
        (gap := NAME_GAP.match(text, f.end)) is not None and gap.end() in names)
