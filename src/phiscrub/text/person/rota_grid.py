"""PERSON rule ``rota-grid``: the names of a rota copied as a grid, one person a row, one shift code a day:
"Reuben N N N - - L L", "Maria José  E E L L - - -", "Storm  - - E E E L -".

A rota grid gives each person a row: the name, then a code for each day of the week (E early, L late, LD long day,
N night, D day, - or OFF off, AL annual leave, SD study day, TR training, S sick). Two such rows or more, each with
four codes or more, make the first cell of every row a person, even one whose name is a word ("Storm", "Hope").
Source: NHS e-rostering exports and ward rota photos pasted into chat (Allocate/HealthRoster shift codes).
Avoids: a header row ("Name  M T W T F S S": a keep or ordinary word that is no first name), a row of a grade or
of agency cover ("Agency N N - -", "Band 5 L L": ordinary words; a digit), a single line of codes (no grid).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

_CODE = r"(?:LD|AL|SD|TR|OFF|Off|off|[ELNDSX]|[-–x/])"
# a row: one to three capitalised words, a gap, then four day codes or more separated by spaces or tabs
_ROW = re.compile(rf"^[ \t]*(?P<name>\p{{Lu}}[\p{{L}}'’-]+(?:[ \t]\p{{Lu}}[\p{{L}}'’-]+){{0,2}})[ \t]+"
                  rf"(?:{_CODE}[ \t]+){{3,}}{_CODE}(?![\w])", re.MULTILINE)
MIN_ROWS = 2
SCORE = 0.65


def from_rota_grid(ctx: Context, text: str) -> List[Finding]:
    """The first cell of each row of a rota grid (see the module's rule)."""
    rows = list(_ROW.finditer(text))
    if len(rows) < MIN_ROWS:
        return []
    res, out = ctx.res, []
    for m in rows:
        words = m["name"].split()
        first = words[0].lower()
        if ctx.is_stop(first) or ctx.vocab.relation_word.fullmatch(first):
            continue
        if not res.is_first_name(first) and (res.is_common(first) or res.never_name(first) or res.is_place(first)):
            continue  # "Name", "Agency", "Bank": a header or cover, no person
        out.append(finding(m.start("name"), m.end("name"), SCORE, "rota-grid"))
    return out
