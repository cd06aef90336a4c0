"""PERSON rule ``bed-lines``: the names of a lower-case bed list, one bed a line with its patient's age: "1 agnes
thwaite 90 dementia", "4 patrick "paddy" doyle 80 TWOC failed", "7 stan brook 77 end of life", "2 – jimmy kerrigan 67 – alcohol w/d".

Three lines or more opening on a bed number that counts up, then two to four lower-case words and an age, make a bed
list: the words before each age are the patient's name, even words a dictionary knows ("stan brook") or a nickname
in quotes between them. Source: NHS ward bed states copied into chat.
Avoids: lines with no age ("6 empty - cleaning"), observation lines ("3 sats stable 94": ordinary words only), a
relation word, or a stop or keep word that is no first name opening or surname closing a name of names ("2 his wife
80", "4 will need 80"), single words (the bed-run and pair rules read those),
and numbered lists that do not count up.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.boards import stop_word_in_name
from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

MIN_LINES = 3
SCORE = 0.6
LINE = re.compile(r"^[ \t]*(?P<n>\d{1,2})(?:[.)]|[ \t]+[-–—])?[ \t]+(?P<name>[a-z][a-z'’-]*(?:[ \t]+[\"“‘']?[a-z][a-z'’-]*[\"”’']?){1,3})"
                  r"[ \t]*(?P<age>\d{1,3})[mf]?(?![\w/.:])", re.MULTILINE)  # the age typed on: "may sterling86"
_WORD = re.compile(r"[a-z][\w'’-]*")


def from_bed_lines(ctx: Context, text: str) -> List[Finding]:
    rows = list(LINE.finditer(text))
    numbers = [int(m["n"]) for m in rows]
    if len(rows) < MIN_LINES or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return []
    out = []
    for m in rows:
        words = _WORD.findall(m["name"])
        if _named(ctx, words) and 0 < int(m["age"]) <= 110:
            out.append(finding(m.start("name"), m.end("name"), SCORE, "bed-lines"))
    return out


def _named(ctx: Context, words: List[str]) -> bool:
    """Words that can be a name: no relation word, not all ordinary words; no stop or keep word (a particle may be: "mac
    an"), but where every word is a name, a first name that is a month or a modal ("may sterling") or a surname that is
    a keep word ("sonny ward")."""
    res = ctx.res
    if any(ctx.vocab.relation_word.fullmatch(w) for w in words):
        return False
    if stop_word_in_name(ctx, words) or any(res.never_name(w) for w in words):
        last = len(words) - 1
        if not all(res.is_name(w) for w in words) or any(
                (ctx.is_stop(w) or res.never_name(w)) and not ((i == 0 and res.is_first_name(w)) or
                                                            (i == last and res.is_surname(w)))
                for i, w in enumerate(words)):
            return False
    return not all(res.is_common(w) and not res.is_name(w) for w in words) and any(res.is_name(w) for w in words)
