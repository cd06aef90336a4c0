"""Rule ``in-office``: whom to send or hand something to, found where they work: "Send cards to Tharushi in the X-ray
office", "cash to Deb in the recovery office", "Collection via Nirosha in the renal office", "ask Sam at reception"; or
whose word is passed on, by the post they staff: "Rose on the tea trolley says we've all earned a biscuit", "ade on
dispensary said after lunch" (a first name of the gazetteer, in lower case too, before what they said).

Source: NHS staff collections, leaving cards and charity posts, which tell readers whom to give money or a card to
and where that colleague sits. Avoids: a department or a place there ("to Estates in the main office", "to Ward 7 at
reception": an ordinary, keep or place word, or a number), stop and relation words; a first name of the gazetteer or
a capitalised word no list knows is the name.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

# after a word of giving, sending or asking; the name (one or two capitalised words) then where they sit
IN_OFFICE = re.compile(r"(?<![\w'’-])(?i:to|via|see|ask|with|from|contact|collect(?:ion)?\s+from)[ \t]+"
                       r"(?P<name>\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?)"
                       r"[ \t]+(?:in[ \t]+(?:the|our)[ \t]+(?:[\p{L}&/-]+[ \t]+){0,3}?(?i:office|reception|hub|base|"
                       r"staff[ \t]?room)|at[ \t]+(?:the[ \t]+)?(?i:reception|front[ \t]+desk|main[ \t]+desk|switchboard))\b")


# a colleague at their post, then what they said: "Rose on the tea trolley says", "ade on dispensary said"
ON_POST = re.compile(r"(?<![\w'’@#-])(?P<name>\p{L}\p{Ll}[\p{Ll}'’-]*)[ \t]+on[ \t]+(?:the[ \t]+)?(?i:dispensary|reception|"
                     r"switch|switchboard|(?:front[ \t]+|main[ \t]+)?desk|door|(?:tea[ \t]+)?trolley|phones?|bleep)[ \t]+"
                     r"(?i:said|says|reckons|told|tells|thinks)\b")


def from_in_office(ctx: Context, text: str) -> List[Finding]:
    """Names of colleagues found where they sit (see the module)."""
    out = []
    for m in IN_OFFICE.finditer(text):
        if all(_name_word(ctx, w.lower()) for w in m["name"].split()):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "in-office"))
    for m in ON_POST.finditer(text):
        if ctx.res.is_first_name(m["name"].lower()) and _name_word(ctx, m["name"].lower()):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "in-office"))
    return out


def _name_word(ctx: Context, w: str) -> bool:
    """A word that can be part of the name: no stop, keep, relation or title word, no ordinary word unless a name."""
    res = ctx.res
    if ctx.is_stop(w) or res.never_name(w) or ctx.vocab.relation_word.fullmatch(w) or ctx.vocab.title_word.fullmatch(w):
        return False
    return res.is_name(w) or not (res.is_common(w) or res.is_place(w))
