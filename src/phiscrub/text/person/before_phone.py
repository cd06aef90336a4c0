"""PERSON rule ``before-phone``: a first name right before the phone number it is reached on ("Ring ahead to Loveday on
01632 960227", "text Hope on 07700 900123", "Haem CNS Bola – 0121 496 0853"): whoever a number is given for by a
first name is a person, even where the name is also a word.

Source: NHS messages that hand on a contact ("ring X on …", "X: 07…"). Avoids: places, wards and services before a
number ("Cardiff on 029…", "Ward 7 on …", "Pharmacy on …": not a first name of the gazetteer, or a keep word), a
relation word ("Son Oisín on 07…": the kin cue's), a
number that is no phone's (it must open with 0 or +44 and run to ten digits or more).

Rule ``before-email``: a capitalised word or two right before an email address in brackets or angle brackets whose
local part spells the first of them ("Changes to Bryony (bryony.tate@nhs.net)", "Dawn Reyes <dawn.reyes@…>"): the
address names its holder, whatever the word is. Avoids: a team before its mailbox ("Pharmacy (pharmacy.team@…)" is a
keep word; "Payroll Services <payroll.services@…>", "Castle Pharmacy <…>" end on an organisation's word), an address
that does not spell the word.
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
_NAME_EMAIL = re.compile(r"(?<![\w'’-])(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)[ \t]*[(<\[][ \t]*"
                         r"(?P<local>[\w.+'-]+)@")


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


def from_before_email(ctx: Context, text: str) -> List[Finding]:
    """A name right before its holder's email address in brackets (see the module's second rule)."""
    out = []
    if "@" not in text:
        return out
    for m in _NAME_EMAIL.finditer(text):
        words = m["name"].split()
        first = words[0].lower()
        if len(first) < 3 or first not in m["local"].lower() or ctx.res.never_name(first) or ctx.is_stop(first):
            continue
        s, e = m.span("name")
        if len(words) > 1 and words[1].lower() not in m["local"].lower():
            e = s + len(words[0])  # "Bryony Team (bryony.x@…)": only the word the address spells
        elif len(words) > 1 and words[-1].lower() in ctx.vocab.place_after and not ctx.res.is_surname(words[-1]):
            continue  # "Payroll Services <payroll.services@…>", "Castle Pharmacy <castle.pharmacy…>": a department's
        out.append(finding(s, e, SCORE, "before-email"))
    return out
