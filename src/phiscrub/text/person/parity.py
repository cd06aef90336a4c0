"""PERSON rule ``parity``: a woman's name on a labour-ward board, read from the parity written after it: "Pool –
Dawn P0 37+6, active labour", "Pool rm: FLORENCE Jess P0 active", "Rm 4: Aisha Begum G2P1 IOL".

Midwives write each woman as her name, then her gravidity and parity ("G2P1", "P0"), then the gestation or the
labour's state. The obstetric code after a name says a woman stands before it, even where her name is a word or a
month ("Dawn", "June", "Florence"). Source: NHS labour-ward and delivery-suite boards (the "G_P_" shorthand of the
obstetric history, NICE CG190). Avoids: a car park's or a floor's level ("Car Park P1", "Level P2": no maternity
word or gestation follows), words no name list knows as a name that are ordinary words ("Pool P1"), stop words.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

_WORD = r"\p{Lu}[\p{L}'’-]+"
# one or two capitalised words (title case or capitals), the parity code, then on the line a gestation ("37+6") or a
# word of labour ("active", "IOL", "SROM", "VBAC", "epidural")
_PARITY = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+(?-i:(?:G\d{{1,2}}[ \t]?)?P\d{{1,2}}(?:\+\d{{1,2}})?)\b"
    r"(?=[^\n]{0,40}?(?:\b[2-4]\d\+[0-6]\b|(?i:\b(?:active|labour|latent|established|iol|srom|arom|vbac|epidural|"
    r"ctg|edd|induction|pushing|delivered|cat\s?[1-4]|fully)\b)))")
SCORE = 0.7


def from_parity(ctx: Context, text: str) -> List[Finding]:
    """Names before a parity code on a labour-ward board (see the module's rule)."""
    if "P" not in text:
        return []
    out = []
    res = ctx.res
    for m in _PARITY.finditer(text):
        words = m["name"].split()
        if any(ctx.is_stop(w.lower()) or (not res.is_name(w.lower()) and (res.is_common(w.lower())
                                                                         or res.never_name(w.lower())))
               for w in words):
            continue
        out.append(finding(m.start("name"), m.end("name"), SCORE, "parity"))
    return out
