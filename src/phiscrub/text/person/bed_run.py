"""PERSON rule ``bed-run``: the names of a lower-case bed list written as one run of bed numbers:
"bay B: 5 jones d 6 jones e 7 chester 8 faith adeleke", "1 mr le page 2 cissy o'brien 3 empty 4 sunny (LD pt)".

Ward chat copies a bay's beds onto one line, each bed number followed by who is in it. Three or more numbers that
count up by one on a line, each followed by lower-case words, make the numbers bed numbers; what follows one (up to
the next number, a bracket, a comma or a dash) is a patient when it is one word that a name list knows as a first
name or a surname (even one that is also a word or a town: "sunny", "chester"), or a surname and an initial ("jones
d"). Longer items are left to the pair rules ("faith adeleke"). Source: NHS ward group chats and bed states.
Avoids: state words in a bed's place ("3 empty", "9 flu A": no name list knows them), relation and stop words,
numbered lists that do not count up ("2 bloods 4 obs"), and capitalised items (the board rules read those).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

MIN_RUN = 3
# a bed number and the lower-case word after it (not a time, a dose or a fraction: "2/1", "10:30", "5.5")
_NUMBER = re.compile(r"(?<![\w/.:,-])(\d{1,2})[ \t]+(?=[a-zà-ÿ])")
# one item: its words up to a bracket, comma, dash or the line's end
_ITEM = re.compile(r"[a-zà-ÿ][\w'’-]*(?:[ \t]+[a-zà-ÿ][\w'’-]*)*")
SCORE = 0.6


def from_bed_run(ctx: Context, text: str) -> List[Finding]:
    """Names in a one-line run of counted bed numbers (see the module's rule)."""
    out: List[Finding] = []
    start = 0
    for line in text.split("\n"):
        out += _line(ctx, text, start, start + len(line))
        start += len(line) + 1
    return out


def _line(ctx: Context, text: str, lo: int, hi: int) -> List[Finding]:
    numbers = list(_NUMBER.finditer(text, lo, hi))
    if len(numbers) < MIN_RUN:
        return []
    out: List[Finding] = []
    run = [numbers[0]]
    for m in numbers[1:] + [None]:
        if m is not None and int(m.group(1)) == int(run[-1].group(1)) + 1:
            run.append(m)
            continue
        if len(run) >= MIN_RUN:
            ends = [n.start() for n in run[1:]] + [m.start() if m is not None else hi]
            out += [f for n, end in zip(run, ends, strict=True) if (f := _item(ctx, text, n.end(), end)) is not None]
        if m is not None:
            run = [m]
    return out


def _item(ctx: Context, text: str, start: int, end: int):
    m = _ITEM.match(text, start, end)
    if m is None:
        return None
    words = m.group().split()
    res = ctx.res
    if any(ctx.is_stop(w) or ctx.vocab.relation_word.fullmatch(w) for w in words if len(w) > 1):
        return None
    if len(words) == 1 and len(words[0]) >= 3 and res.is_name(words[0]):
        return finding(m.start(), m.end(), SCORE, "bed-run")
    if len(words) == 2 and len(words[1]) == 1 and res.is_surname(words[0]):
        return finding(m.start(), m.end(), SCORE, "bed-run")
    return None
