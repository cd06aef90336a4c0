"""PERSON rule ``flagged-name``: a name the writer flags as a name in brackets right after it, because it is also a
word: "Hope Brook (yes really)", "dtr sterling (yes thats her name)", "sunny (the man in bed 9, not the weather lol)",
"dawn (night co-ord, not the sunrise)", "mo (MOHAMMED FARAH not the runner)".

Source: ward chat and handovers, where writers joke about word-names so the reader does not misread them.
Avoids: words no name list holds ("side room (not the bay)"), stop, keep, title and relation words; two words only
when the first is a first name ("bed 2 grace (yes really)" takes "grace").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

_WORD = r"\p{L}[\p{L}'’-]*"
FLAGGED = re.compile(
    rf"(?<![\p{{L}}'’-])(?:(?P<first>{_WORD})[ \t]+)?(?P<last>{_WORD})[ \t]*\("
    r"(?=[^()\n]{0,60}?(?:\byes[ \t,]*(?:really|(?:that['’]?s|thats|it['’]?s|its)[ \t]+(?:her|his|their|my|the)[ \t]+"
    r"(?:real[ \t]+|actual[ \t]+)?name)\b|\bnot[ \t]+the[ \t]+\p{L}+)[^()\n]{0,30}\))", re.IGNORECASE)
SCORE = 0.65


def _name_word(ctx: Context, word: str) -> bool:
    w = word.lower()
    return (ctx.res.is_name(w) and not ctx.is_stop(w) and not ctx.res.never_name(w)
            and not ctx.vocab.title_word.fullmatch(w) and not ctx.vocab.relation_word.fullmatch(w))


def from_flagged(ctx: Context, text: str) -> List[Finding]:
    """A word-name the writer flags in brackets after it (see the module)."""
    out = []
    if "(" not in text:
        return out
    for m in FLAGGED.finditer(text):
        if not _name_word(ctx, m["last"]):
            continue
        two = m["first"] and ctx.res.is_first_name(m["first"].lower()) and _name_word(ctx, m["first"])
        out.append(finding(m.start("first") if two else m.start("last"), m.end("last"), SCORE, "flagged-name"))
    return out
