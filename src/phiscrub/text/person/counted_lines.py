"""Where a ward list numbered line by line names its patients: "WARD 14\n1 Okoro ✅ d/c\n2 Gallacher – NIV\n3 O'Sullivan".

A numbered line whose number is followed by one space and a word in title case is no board item on its own ("2 Tesco
bags", "3 Church Lane", "1 Amlodipine 5mg"). Three or more lines in a row whose numbers count up by one ("7 —", an
empty bed, counts) in a text about a ward's beds (a bed label, "ward", "bay", a bed emoji) make a bed list: each title-case
item is where a name may start. ``boards.from_bed_board`` decides whether one does (a word no dictionary or
gazetteer knows as an ordinary word or a place). Source: NHS ward bed states and handover lists copied into posts.
Avoids: a list that does not count up, a list of fewer than three lines, lists with no ward word, a drug and its dose.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context

MIN_LINES = 3
_NUMBERED = re.compile(r"^[ \t]*(?P<n>\d{1,2})(?![\d:./,])(?P<gap>[ \t]+(?=\p{Lu}\p{Ll}))?", re.MULTILINE)
# a dose after the item's word: a drug chart, not a bed list ("1 Amlodipine 5mg")
_DOSE = re.compile(r"[ \t]*[\p{L}'’-]+[ \t]+\d+(?:\.\d+)?[ \t]?(?i:mg|mcg|micrograms?|g|ml|units?|iu|%|mmol)(?!\w)")
_WARD = re.compile(r"(?i)\b(?:ward|bay|beds?|handover|board)\b|🛏")


def counted_line_items(ctx: Context, text: str) -> List[int]:
    """The offsets after the number of each title-case item of a run of counted lines (see the module)."""
    if "\n" not in text or not (_WARD.search(text) or ctx.vocab.bed_cue.search(text)):
        return []
    lines = list(_NUMBERED.finditer(text))
    out: List[int] = []
    run: list = []
    for m in lines + [None]:
        if m is not None and run and int(m["n"]) == int(run[-1]["n"]) + 1 and _next_line(text, run[-1], m):
            run.append(m)
            continue
        if len(run) >= MIN_LINES:
            out += [r.end() for r in run if r["gap"] and not _DOSE.match(text, r.end())]
        run = [m] if m is not None else []
    return out


def _next_line(text: str, a: "re.Match", b: "re.Match") -> bool:
    """Whether ``b`` opens the line right after ``a``'s."""
    return text.count("\n", a.start(), b.start()) == 1
