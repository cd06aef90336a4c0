"""PERSON rule ``before-phone``: a first name right before the phone number it is reached on ("Ring ahead to Loveday on
01632 960227", "text Hope on 07700 900123", "Haem CNS Bola – 0121 496 0853"): whoever a number is given for by a
first name is a person, even where the name is also a word.

Source: NHS messages that hand on a contact ("ring X on …", "X: 07…"). Avoids: places, wards and services before a
number ("Cardiff on 029…", "Ward 7 on …", "Pharmacy on …": not a first name of the gazetteer, or a keep word), a
relation word ("Son Oisín on 07…": the kin cue's), a
number that is no phone's (it must open with 0 or +44 and run to ten digits or more).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.types import Finding

_NAME_PHONE = re.compile(r"(?<![\w'’-])(?P<name>\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]\p{Lu}\p{Ll}[\p{L}'’-]*)?)"
                         r"[ \t]*(?:on|at|[:–—-])[ \t]*(?=(?:\+44[ \t]?(?:\(0\)[ \t]?)?|0)\d(?:[ \t-]{0,2}\d){8,11}(?!\d))")
_PHONE_START = re.compile(r"(?:\+44|(?<!\d)0)\d")
SCORE = 0.6


def from_before_phone(ctx: Context, text: str) -> List[Finding]:
    """A first name (and a capitalised word after it) right before a phone number (see the module's rule)."""
    out = []
    res = ctx.res
    if not _PHONE_START.search(text):
        return out  # no phone number: nothing to scan for
    for m in _NAME_PHONE.finditer(text):
        words = m["name"].split()
        first = words[0].lower()
        if ctx.vocab.relation_word.fullmatch(first) or not res.is_first_name(first) or res.never_name(first) or any(res.never_name(w.lower()) for w in words):
            continue
        s, e = m.span("name")
        if not_a_person(ctx, text, s, e):
            continue
        out.append(finding(s, e, SCORE, "before-phone"))
    return out
