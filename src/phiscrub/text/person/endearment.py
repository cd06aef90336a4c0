"""PERSON rule ``endearment``: a child or baby a family names with an endearment, in thank-you, memorial and appeal
posts: "Our little Gruff didn't stay long", "our wee Iain", "my beautiful boy Osian", "our precious Elsie".

After "our", "my", "his", "her" or "their" and an endearment ("little", "wee", "baby", "beautiful", "precious",
"darling", "brave"), with "boy", "girl", "one" or a relation between at most, a capitalised first name is that child,
even one that is also a word ("Gruff", "Hope", "Sonny"). Source: NHS neonatal, children's and bereavement thank-you
posts. Avoids: a keep, stop or place word ("our little Ward 4 family", "our little Christmas party", "our wee Glasgow
team"), an ordinary word no first-name list knows ("our little Team").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import KIN_SKIP, not_a_person
from phiscrub.types import Finding

SCORE = 0.65
ENDEARED = re.compile(r"(?<![\w'’-])(?i:our|my|his|her|their)[ \t]+(?i:little|wee|baby|beautiful|precious|darling|brave|"
                      r"gorgeous|tiny)(?:[ \t]+(?i:boy|girl|one|man|lad|lass|son|daughter|grandson|granddaughter|"
                      r"brother|sister|nephew|niece))?[ \t]+(?P<w>\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\w'’-])")


def from_endearment(ctx: Context, text: str) -> List[Finding]:
    out = []
    res = ctx.res
    for m in ENDEARED.finditer(text):
        low = m["w"].lower()
        if res.never_name(low) or ctx.is_stop(low) or not res.is_first_name(low) or (
                res.is_place(low) and res.anglo_first_names.get(low, 0) < 2):
            continue  # a town only where a first name well known here ("our little Hope", not "our wee Glasgow team")
        if not not_a_person(ctx, text, m.start("w"), m.end("w"), KIN_SKIP):
            out.append(finding(m.start("w"), m.end("w"), SCORE, "endearment"))
    return out
