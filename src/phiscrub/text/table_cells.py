"""The cells of a text's tables (``tables``): lines of two or more cells, split at a tab, a drawn column rule, a
typed " :: " or a gap of two or more spaces, or at each spaced dash or slash of a line with two or more of them ("1 - GRACE,
Winifred - 11/02/1931 - TTO", "Oisín Fahy / 07/01/2010 / ? / form lost"), or, for a CSV export, at the commas between fields ("3","PRAMANIK","Ruksana" or
bed,surname,forename: a comma with no space after it, quotes around a field taken off the cell; or three slashes or more
with no space after them, on a line with no date or web address: "MORGAN/Idris/B1129984/thrombolysed").

Avoids: prose, whose commas have a space after them ("Ann, Bob and Carl"): a line is a CSV row only when it has
three fields or more and no separating comma is followed by a space.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, List, Optional, Tuple

import regex as re

# a cell boundary: a tab, a drawn rule, or two or more spaces between two non-space characters
SEP = re.compile(r"[ \t]*(?:\t|[¦│┃║|]|(?<=\S)[ \t]+(?:::|·)(?=[ \t])|(?<=\S) {2,}(?=\S))[ \t]*")  # and " :: ", " · " typed
# a board typed with dashes or slashes between its cells: two or more of " - " or " / " on the line (a gap each side):
# "1 - GRACE, Winifred - 11/02/1931 - TTO", "Name / DOB / NHS no / consent"
DASH_SEP = re.compile(r"(?<=\S)[ \t]+[-–—/][ \t]+(?=\S)")
BORDER = re.compile(r"[\s─━┄┈┼┬┴├┤┌┐└┘═╬╦╩╠╣╔╗╚╝╪╫║│┃+=_|¦:.-]*")
# a CSV field: quoted (commas and spaces inside are the field's) or bare (no comma, quote or line break)
# (or a semicolon, as a spreadsheet set to a European locale exports: "09-01;NGUYEN;Van Duc;RWE6621903")
_CSV_FIELD = {d: re.compile(rf'"(?P<q>[^"\n]*)"|(?P<b>[^{d}"\n]*)') for d in ",;/"}
# (or a slash, as a board typed into a message splits its cells: "MORGAN/Idris/B1129984/thrombolysed 02:10"; three or
# more, on a line with no web address or date: "https://…", "12/03/1950" keep theirs)
_SLASH = r"^(?![^\n]*://)(?![^\n]*\d/\d)(?:[^/\n]*/(?! )){3}"
_SLASH_ROW = re.compile(_SLASH)
CSV_HINT = re.compile(r'(?m)^[^\n,]*,(?! )[^\n,]*,(?! )|^[^\n;]*;(?! )[^\n;]*;(?! )|'  # two commas (or semicolons) that no space follows
                      + _SLASH)  # or three slashes: one pattern for the hint and the row

# a name column's header: the name itself, or the person a row names by role: the patient's consultant,
# named nurse, GP, key worker or next of kin ("Cons", "Named nurse", "NOK")
NAME_HEADER = re.compile(r"(?i)(?:^|\b)(?:(?:pt|patient|resident|client|service[ \t_]user)(?:['’]?s)?(?:[ \t_]name)?|"
                         r"(?:sur|fore|first[ \t_]|last[ \t_]|full[ \t_]|given[ \t_])?names?|enw|cons|consultant|named[ \t_]nurse|"
                         r"key[ \t_]?worker|gp|midwife|nok|next[ \t_]of[ \t_]kin|carer)\b")
NAME_PART_HEADER = re.compile(r"(?i)(?:sur|fore|first[ \t_]|last[ \t_]|given[ \t_])names?|enw|cyfenw")
RECORD_TYPES = frozenset({"NHS_NUMBER", "HOSPITAL_NUMBER", "DATE_OF_BIRTH"})
# (an underscore joins a CSV export's header words: "hosp_no", "unit_no")
HOSP_HEADER = re.compile(r"(?i)(?<![^\W_])(?:hosp(?:ital)?\.?(?:[ \t_]*(?:no|num|number|id))?|mrn|unit[ \t_]*no"
                         r"|pas(?:[ \t_]*no)?|k[ \t_]*no|case[ \t_]*no|crn|rtx|urn)(?![^\W_])")
# a staff member's employee number: no local patient identifier (PII-SPEC HOSPITAL_NUMBER): "Emp No", "ESR", "Payroll"
STAFF_HEADER = re.compile(r"(?i)(?<![^\W_])(?:emp(?:loyee)?|staff|payroll|assignment|esr|badge|pin)(?![^\W_])")
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a cell that is wholly a date with a year: day-month-year, year-month-day, the month as a word or a number; run
# together only as a whole day and month ("19061939", not a number "4410728": "4/41/0728")
DATE_CELL = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ ./-]?{_MONTH}[ ./-]?(?:\d{{4}}|\d\d)|\d{{1,2}}[ ./-]\d{{1,2}}[ ./-](?:\d{{4}}|\d\d)"
                       r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:\d{4}|\d\d)"
                       r"|\d{4}[ ./-]\d{1,2}[ ./-]\d{1,2})(?:[ \t]*\(\d{1,3}\w?\))?")
DOB_HEADER = re.compile(r"(?i)(?:d\.?[ \t]?o\.?[ \t]?b\.?|date[ \t]of[ \t]birth|birth[ \t]?date|born|dyddiad[ \t]geni|ddg)")
# a cell that opens on a house or flat number and goes on in words
ADDRESS_CELL = re.compile(r"(?:(?i:flat|apartment|apt)[ \t]*\d{1,4}[A-Za-z]?(?:/\d{1,3})?,?[ \t]+)?"
                          r"(?:\d{1,4}[A-Za-z]?,?[ \t]+)?\p{Lu}[\p{L}'’-]*(?:,?[ \t]+\p{L}[\p{L}'’-]*){1,5}")
ADDRESS_HEADER = re.compile(r"(?i)(?:(?:home|patient|postal)[ \t])?(?:address|addr\.?|cyfeiriad|seòladh)")
# a local identifier's cell: letters (any case), then six digits or more, or five with a letter prefix, a year and a
# serial split by slashes or dashes too, as clinics number their patients ("GU-50311", "SH/24/08851", "ak-25-01977")
ID_CELL = re.compile(r"(?:[A-Za-z]{1,4}[ /-]?)?\d(?:[ -]?\d){5,9}[A-Z]?|[A-Za-z]{1,4}[ /-]?\d(?:[ /-]?\d){4,9}")

@dataclass(frozen=True)
class Cell:
    start: int
    end: int


def blocks(text: str) -> Iterator[List[List[Cell]]]:
    """The text's tables: runs of lines of two or more cells (border lines skipped, a blank line ends one)."""
    rows: List[List[Cell]] = []
    pos, dashed = 0, False
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip() and BORDER.fullmatch(line) and rows:
            continue
        inside = dashed and len(rows) >= 2  # a dashed table of two rows goes on over a row of one dash
        was = dashed
        cells, dashed = _cells(line, start, inside)
        dashed = dashed and len(cells) >= 2
        if len(cells) >= 2 and (not rows or dashed == was):
            rows.append(cells)
            continue
        if len(rows) >= 2:
            yield rows
        rows = [cells] if len(cells) >= 2 else []  # a row split another way opens a table of its own
    if len(rows) >= 2:
        yield rows


def _cells(line: str, offset: int, inside: bool = False) -> Tuple[List[Cell], bool]:
    """The line's cells, and whether spaced dashes split them (``_dashed``)."""
    csv = _csv_cells(line, offset)
    if csv is not None:
        return csv, False
    out, at = [], 0
    dashed = _dashed(line, inside)
    seps = list(DASH_SEP.finditer(line) if dashed else SEP.finditer(line))
    for m in [*seps, None]:
        end = m.start() if m else len(line.rstrip())
        a = at + (len(line[at:end]) - len(line[at:end].lstrip()))
        if end > a:
            out.append(Cell(offset + a, offset + end))
        at = m.end() if m else len(line)
    return out, dashed


def _dashed(line: str, inside: bool = False) -> bool:
    """A row whose cells the dashes split: no other cell boundary, two spaced dashes or more (one inside a dashed
    table: "4 - empty")."""
    return SEP.search(line) is None and len(DASH_SEP.findall(line)) >= (1 if inside else 2)


def _csv_cells(line: str, offset: int) -> Optional[List[Cell]]:
    """The fields of a CSV row (three or more, no separating comma followed by a space), or None. An empty field is
    an empty cell in its place ("A3,,,,,," is a row of the table, "A4,,Mary" keeps "Mary" under the forename), so a
    column is the same column in every row."""
    sep = "," if line.count(",") >= 2 else ";" if line.count(";") >= 2 else "/" if _SLASH_ROW.match(line) else ""
    if not sep:
        return None
    out, at = [], 0
    while True:
        m = _CSV_FIELD[sep].match(line, at)
        q = "q" if m.group("q") is not None else "b"
        a, b = m.span(q)
        text = line[a:b]
        a, b = a + len(text) - len(text.lstrip()), b - (len(text) - len(text.rstrip()))
        out.append(Cell(offset + a, offset + max(a, b)))  # an empty field keeps its place: the columns stay aligned
        at = m.end()
        if at >= len(line.rstrip()):
            break
        if line[at] != sep or line[at + 1:at + 2] == " ":
            return None  # not a CSV row: a quote inside a bare field, or prose's "comma space"
        at += 1
    return out if len(out) >= 3 else None


def column(rows, col) -> List[Tuple[int, Cell]]:
    """The column's cells with their row numbers (a CSV row's empty field is no cell)."""
    return [(i, r[col]) for i, r in enumerate(rows) if len(r) > col and r[col].end > r[col].start]


def dob_cell(text: str, head: List[Cell], j: int, c: Cell) -> bool:
    """A date alone in a cell under a DOB header ("FEATHER  Grace  01.06.1940"), not yet found."""
    return j < len(head) and DOB_HEADER.search(text, head[j].start, head[j].end) is not None and DATE_CELL.fullmatch(
        text, c.start, c.end) is not None
