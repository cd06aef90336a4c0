"""PERSON rule ``board-row``: the surname cell of an emergency department's or a ward's board row, cells split by
spaced dashes, one of them the patient's age and sex: "C1 – 88F – ?NOF – WALSH – awaiting ortho", "MAJ 6 – 77M – fall,
HI – STONE – CT head booked".

Rule: a line of three or more cells split by a spaced dash (or "|"), one cell an age and sex ("88F", "34 M") or the first
a bed ("BED 2 – HALAL – MOHAMMED", where one title-case name cell no list calls a word counts too: "Kowalski"); any
other cell that is one or two words in block capitals (a bracketed short form may follow: "KELLY-ANNE (K-A)"), none a
keep, stop or relation word, one of them a name of the gazetteer or a word of four letters or more no list knows, is
the patient's name. In capitals on such a row a surname that is also a word ("STONE") is the name. Source: ED and
ward whiteboards copied into posts and handover chat. Avoids: the board's other capitals ("RTC", "NBM", "MH": short
forms no name list holds, "GA"; "EMPTY", "CT HEAD": ordinary words), rows with no age and sex (a rota's "MON – JONES").
"""

from __future__ import annotations

from itertools import islice
from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.line_list import line_cells
from phiscrub.types import Finding

SCORE = 0.6
_SEPARATOR = re.compile(r"[ \t]+[–—-][ \t]+|[ \t]*\|[ \t]*")
_AGE_SEX = re.compile(r"[ \t]*\d{1,3}[ \t]?[MF][ \t]*")
_CAPS_CELL = re.compile(r"[ \t]*(?P<name>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?)(?:[ \t]+\([A-Z][A-Z.'’-]{0,5}\))?[ \t]*")
# a row that opens on its bed ("BED 7 – COELIAC – Kowalski"): one title-case word no list knows may be the name too
_BED_CELL = re.compile(r"[ \t]*(?i:bed|bay|rm|room|cubicle|side[ \t]*room)[ \t]*\d{1,2}[a-z]?[ \t]*")
_TITLE_CELL = re.compile(r"[ \t]*(?P<name>[A-Z][a-z][\w'’-]+)[ \t]*")
_LINE = re.compile(r"[^\n]+")


def from_board_rows(ctx: Context, text: str) -> List[Finding]:
    """The block-capital name cells of board rows that hold an age and sex (see the module's rule)."""
    out = []
    if len(list(islice(_SEPARATOR.finditer(text), 2))) < 2:
        return out  # no row of cells (most texts: the loop below reads every line)
    for line in _LINE.finditer(text):
        cells = line_cells(text, line.start(), line.end(), _SEPARATOR)
        if len(cells) < 3:
            continue
        bed = _BED_CELL.fullmatch(text, *cells[0]) is not None
        if not (bed or any(_AGE_SEX.fullmatch(text, s, e) for s, e in cells)):
            continue
        for s, e in cells:
            m = _CAPS_CELL.fullmatch(text, s, e) or (_TITLE_CELL.fullmatch(text, s, e) if bed else None)
            if m and _name_cell(ctx, m["name"], title=m.re is _TITLE_CELL):
                out.append(finding(m.start("name"), m.end("name"), SCORE, "board-row"))
    return out


def _name_cell(ctx: Context, name: str, title: bool = False) -> bool:
    """Three letters or more ("GA" is an anaesthetic), no keep, stop or relation word; one word a gazetteer name, or
    four letters or more that no list knows; in title case (``title``) a name that is no ordinary word or place."""
    res = ctx.res
    words = [w.lower() for w in name.split()]
    if any(len(w) < 3 or res.never_name(w) or ctx.is_stop(w) or ctx.vocab.relation_word.fullmatch(w) for w in words):
        return False
    if title and (res.is_common(words[0]) or res.is_place(words[0])):
        return False  # "BED 4 – Awaiting – …", "BED 2 – Leeds"
    return any(res.is_name(w) or (len(w) >= 4 and not (res.is_common(w) or res.is_place(w))) for w in words)
