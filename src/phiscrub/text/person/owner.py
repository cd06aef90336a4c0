"""PERSON rule ``owner``: a first name in the possessive before a thing in lower case: "whoever borrowed Grace's
charger", "Sue's cake was amazing", "Kemi's leaving do".

A thing belongs to someone: a capitalised first name with "'s" and a lower-case noun after it names its owner, even
where the name is also a word ("Grace", "Hope"). Source: ward chat and thank-you posts ("Big Sue's charger", "Mo's
leaving do"). Avoids: a saint's church or hospital ("St Mary's ward"), an eponym ("Parkinson's disease", "Bell's
palsy"), keep-list words and the charities, hospitals and phrases the keep list holds in the possessive ("Mother's
Day", "Tommy's", "Guy's", "Captain Tom's"), a dish ("Eve's pudding"), stop words ("Will's"), words no first-name list
knows, and a condition's word, a unit or a day after it ("Grace's sign", "Hope's ward" are no things of hers).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

_OWNER = re.compile(r"(?<![\w'’@#.-])(?P<name>\p{Lu}\p{Ll}[\p{Ll}'’-]*)['’]s[ \t]+(?P<thing>\p{Ll}[\p{Ll}-]+)\b")
_PREV_WORD = re.compile(r"(\w+)[ \t]+\Z")
_SAINT_BEFORE = re.compile(r"\b(?:St|Saint|Ste)\.?[ \t]+\Z")
_NOT_THINGS = frozenset("ward unit wing bay house hospital hospice school church college surgery practice centre "
                        "day eve night birthday today tonight yesterday tomorrow pudding".split())
SCORE = 0.6


def from_owner(ctx: Context, text: str) -> List[Finding]:
    """First names in the possessive before a lower-case thing (see the module's rule)."""
    if "'s" not in text and "’s" not in text:
        return []
    out = []
    res = ctx.res
    for m in _OWNER.finditer(text):
        w, thing = m["name"].lower(), m["thing"].lower()
        if not res.is_first_name(w) or res.never_name(w) or w in res.eponyms or ctx.is_stop(w) or res.never_name(
                w + "'s") or res.is_place(w + "'s"):
            continue  # ... or a charity or hospital named in the possessive ("Tommy's clinic", "Guy's")
        if res.is_common(w) and res.anglo_first_names.get(w, 0) < 2:
            continue  # an ordinary word that is a rare first name
        if thing in _NOT_THINGS or thing in ctx.vocab.condition_words or ctx.is_stop(thing):
            continue  # "Hope's ward", "Grace's sign", "Will's been": no thing of theirs
        if _SAINT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
        if prev and (res.is_place(f"{prev[1]} {w}") or res.never_name(f"{prev[1]} {w}")):
            continue  # a keep phrase's last word: "Captain Tom's foundation"
        out.append(finding(m.start("name"), m.end("name"), SCORE, "owner"))
    return out
