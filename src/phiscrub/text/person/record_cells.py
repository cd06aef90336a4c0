"""PERSON rule ``record-cells``: the name cells of a one-line record, as a wristband's or label's OCR and a typed copy
set them out: "KOWALSKA / ANNA MARIA / 01-05-1979 / 404 275 8215", "Okafor | Chidinma | 30/01/1962 | RX1 0048321".

Rule: a line of cells split by " / ", "|" or "¦" with a cell that is a date or a number of an NHS or hospital number's
shape; the cells before the first such cell that are one to four capitalised words, none a keep or stop word and one
of them a name of the gazetteer or a word no list knows (``line_list.name_words``), are a person's name. Source: NHS patient wristband standard
(NPSA Safer Practice Notice 24: name, date of birth, NHS number printed together). Avoids: a ward's or a team's
cells ("WARD 7 / BAY 2 / 12/03/1950": keep words), lines with no record cell ("Mon / Tue / Wed").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.line_list import line_cells, name_words
from phiscrub.types import Finding

SCORE = 0.6
_CELL_SEPARATOR = re.compile(r"[ \t]+/[ \t]+|[ \t]*[|¦][ \t]*")
_RECORD_CELL = re.compile(r"[ \t]*(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d|\d{3}[ -]?\d{3}[ -]?\d{4}"
                          r"|[A-Z]{1,4}\d{0,2}[ -]?\d{6,8})[ \t]*")
_NAME_CELL = re.compile(r"[ \t]*(?P<name>\p{Lu}[\p{L}'’-]+(?:,?[ \t]\p{Lu}[\p{L}'’-]+){0,3})[ \t]*")
_LINE = re.compile(r"[^\n]+")


def from_record_cells(ctx: Context, text: str) -> List[Finding]:
    """The name cells before a record's date or number cell on a line of cells."""
    out = []
    if "|" not in text and "¦" not in text and " / " not in text:
        return out  # no cells (most texts: the loop below reads every line)
    for line in _LINE.finditer(text):
        if len(_CELL_SEPARATOR.findall(line.group())) < 2:
            continue
        cells = line_cells(text, line.start(), line.end(), _CELL_SEPARATOR)
        first = next((i for i, (s, e) in enumerate(cells) if _RECORD_CELL.fullmatch(text, s, e)), None)
        for s, e in cells[:first or 0]:
            m = _NAME_CELL.fullmatch(text, s, e)
            if m and name_words(ctx, m["name"], every=False):
                out.append(finding(m.start("name"), m.end("name"), SCORE, "record-cells"))
    return out

