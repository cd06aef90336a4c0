"""Part of rule ``caps-pair`` (``surnames``): a known surname in capitals standing alone in a sentence of lower-case
words, as staff write a patient's surname in chat and job lists ("they want WISNIEWSKI down next, then CT", "TTO for
OKAFOR please"). Source: ward chat, porters' job lists. Avoids: a ward or house named after someone ("ASHBY WARD"), a
surname that is also a word, a place or a first name ("PRICE", "HAMILTON", "MORGAN": other rules read those by their
layout), headings and shouts ("WARD 9 HANDOVER", "PLEASE DON'T": capital words of four letters or more beside it),
lines with fewer than two lower-case words.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.types import Finding

SCORE = 0.6
# a word in capitals of four letters or more
LONE_CAPS = re.compile(r"(?<![\w@#/.'’-])(?P<w>\p{Lu}[\p{Lu}'’-]{3,})(?![\w'’-])")
_CAPS_WORD = re.compile(r"(?<![\w'’-])\p{Lu}[\p{Lu}'’-]+(?![\w'’-])")
_LOWER_WORD = re.compile(r"(?<![\w'’-])\p{Ll}{2,}(?![\w'’-])")
_LAYOUT_SKIP = frozenset({"organisation"})  # "OKAFOR AMU": the patient, then the unit


def from_lone_caps(ctx: Context, text: str) -> List[Finding]:
    """A known surname in capitals that is no word, place, first name or keep word, with lower-case words on its line
    and no capital word beside it but a keep word or an acronym ("AMU", "CT"): not a heading's or a shout's capitals
    ("WARD 9 HANDOVER", "PLEASE DON'T"). Source: ward chat and porters' job lists."""
    res, out = ctx.res, []
    for m in LONE_CAPS.finditer(text):
        w = m["w"]
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not known_surname(ctx, w) or res.is_first_name(w.lower()) or len(_LOWER_WORD.findall(text, line_start, line_end)) < 2:
            continue
        beside = [c.group() for c in _CAPS_WORD.finditer(text, max(line_start, m.start() - 12), min(line_end, m.end() + 12))]
        if any(c != w and len(c) > 3 and not res.never_name(c.lower()) for c in beside) or not_a_person(
                ctx, text, m.start(), m.end(), _LAYOUT_SKIP):
            continue
        out.append(finding(m.start(), m.end(), SCORE, "caps-pair"))
    return out


def known_surname(ctx: Context, word: str) -> bool:
    """A surname of the gazetteer that is no ordinary word or place; for "Adeyemi-Ojo", any part (and a part of a
    double-barrelled one may be a word that is a surname too, beside one that is no word: "CAMPBELL-OKAFOR")."""
    res = ctx.res
    parts = [p for p in word.lower().split("-") if p]
    plain = any(res.is_surname(p) and not res.is_common(p) for p in parts)  # a part that can only be a surname
    if not parts or any((res.is_common(p) and not (plain and res.is_surname(p))) or res.is_place(p) or res.never_name(p)
                        for p in parts):
        return False
    return res.is_surname(word) or any(res.is_surname(p) for p in parts)
