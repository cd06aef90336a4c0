"""Rule ``month-name``: a month that is a common first name, a listed surname after it, and then what only a person
does: "For 22 years May Ellison arranged the flowers", "June Parsons died peacefully on Saturday", "April Mensah
retired after 30 years". Months are keep words, so no other rule reads them as a first name without a cue before them.

Source: volunteers' and colleagues' obituaries and retirement posts. Avoids: the month itself ("in May Ellison's
team", "since June Parsons has led": a time word before it, ``words.month_first_name``), a second word no surname list
holds or that is a keep word or place ("May Day was", "June Sale arranged"), and any verb a thing or an event can
also take ("May Ball was a success").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.words import month_first_name
from phiscrub.types import Finding

MONTH_PERSON = re.compile(
    r"(?<![\w'’-])(?P<month>(?-i:April|May|June|July|August))[ \t]+(?P<surname>(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))"
    r"(?=[ \t]+(?:died|passed[ \t]+away|retired|arranged|volunteered|knitted|baked|taught|nursed|"
    r"has[ \t]+(?:died|retired|volunteered)|ran[ \t]+(?:the|our)|worked[ \t]+(?:as|on|in|at|for)|joined[ \t]+(?:us|the))\b)")


def from_month_name(ctx: Context, text: str) -> List[Finding]:
    """Rule ``month-name`` (see the module)."""
    out = []
    res = ctx.res
    for m in MONTH_PERSON.finditer(text):
        surname = m["surname"].lower()
        if not res.is_first_name(m["month"]) or not month_first_name(text, m.start(), m["month"], res):
            continue
        if not res.is_surname(surname) or res.never_name(surname) or res.is_place(surname):
            continue
        if not not_a_person(ctx, text, m.start(), m.end("surname")):
            out.append(finding(m.start(), m.end("surname"), 0.7, "month-name"))
    return out
