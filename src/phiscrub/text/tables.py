"""Tables: a column of a list or board holds one kind of value, so a name or number the rules found in one row
tells what the same column holds in the others.

Bed states, theatre and clinic lists, rotas and PAS printouts are pasted into chat as text: cells split by tabs,
runs of two or more spaces, drawn rules ("¦", "│", "║") or spaced dashes, one row per line. The rules that read a sentence miss
a row whose name is also a word ("ROSE, April", "JANUARY, Thabo", "Will Marsh") or whose number has no label of its
own ("D 771 0392" under the same column as a labelled one); the layout decides instead.

Rule (after every other stage): the text's tables are found (``blocks``: two or more consecutive lines of two or
more cells, border lines skipped); in each column,

* a **name column** (a cell wholly a PERSON finding, and at least half its cells name-shaped; a header cell "Name",
  "Patient", "Surname", "Enw"; or, unheaded, one gazetteer name a cell beside a found name or number in each row:
  a board's consultants) makes every other name-shaped cell a PERSON when each of its words can be a name
  (``name_ok``: the person rules' test, where a word that is also a month or a thing is a name in this column;
  under "Surname" or "Forename", in a row with a number or date of birth, any word the lists allow);
* an **identifier column** (a cell wholly an NHS or hospital number) gives its type to every other cell of the
  same shape (letters as letters, digits as digits: "D 771 0392" beside "D 118 4467"); a column headed "Hosp",
  "MRN", "Unit no", "PAS", "K no" makes every cell of a local identifier's shape a hospital number;
* a **birth-date column** (headed "DOB", "Date of birth", "Born", "Dyddiad geni", or a cell wholly a date of birth)
  makes every cell that is wholly a date ("19/06/1939", "7 Aug 1944", "1987/08/19", "03 MAR 1995") a date of birth,
  and, where every column has its header, a date under another header that column's ("date_raised", "Admitted");
  with no header (a list continued past a blank row), a column of dates of earlier years (a two-digit year not
  this year's) beside a name in every row is too (an expected discharge date, this year's, is not); a column of dates is never a hospital number's;
* an **address column** (headed "Address", "Addr", "Home address", "Cyfeiriad", or a cell wholly a street
  address) makes every cell that opens on a house or flat number and goes on in words ("112 Mile End Road",
  "Flat 8, Twinnell House") a street address.

A name between a street address and its postcode is the town ("4 Ballaquayle Road, Douglas, IM2 4NR").

Source: PAS printouts, ward boards and theatre lists copied as text. Avoids: a column of any other finding
(a phone column is left to the phone rules), ordinary words in a name column ("EMPTY", "closed", "TTO today":
not name-shaped, or words no name list knows), prose (a line of one cell is no row), a single row (no column).
"""

from __future__ import annotations

import datetime
from bisect import bisect_left
from dataclasses import replace
from typing import Callable, List, Sequence, Tuple

import regex as re

from phiscrub.text import table_cells as tc
from phiscrub.text.table_cells import CSV_HINT, DASH_SEP, SEP, Cell, blocks
from phiscrub.types import Finding

RECOGNIZER, RULE, SCORE = "TableColumns", "table-column", 0.6
ID_TYPES = frozenset({"HOSPITAL_NUMBER", "NHS_NUMBER"})
# where a name always ends: a tab, a drawn rule, three or more spaces
CUT = re.compile(r"[ ]*(?:\t|[¦│┃║|]| {3,})[ \t]*")
LONG_WORD = re.compile(r"\p{L}{2}")
NAME_PIECE = re.compile(r"\p{L}{2}|\p{L} \p{L}")  # a word of two letters, or letter-spaced ("R o w e", an OCR'd board)
# a list item's marker at a row's start: "1.", "2)", "•"
LIST_MARKER = r"(?:\d{1,2}[.)]?|[•*·‣▪◦☐☑☒✓✔□■▢-])"  # and a to-do list's boxes and ticks
MARKER = re.compile(LIST_MARKER + r"[ \t]+")
_TOKEN = r"(?:(?:Ma?c|O['’]|N[ií][ \t]|(?i:van|von|de|da|di|du|del|le|la|al|el|ap|ab|bin|ó|ní|nic)[ \t])*" \
         r"\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}\.?)"
# the name part of a cell: an optional title, one to four name words (a comma after the first: "ROSE, April"),
# then nothing, a bracket, a number or a flag ("ABIODUN (NBM)", "Lindiwe Dlamini, 79", "S. PATEL ⚠")
NAME_CELL = re.compile(rf"(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?[ \t]+)?(?P<name>{_TOKEN}(?:,?[ \t]{_TOKEN}){{0,3}})"
                       r"(?=[ \t]*(?:$|[(\d⚠✓✔*!]|,[ \t]*\d))")
TOWN_AFTER = re.compile(r",?[ \t]*")
NUMBER = re.compile(r"\d{1,2}[.)]?[ \t]+")
WORD = re.compile(r"\p{L}[\p{L}'’-]*")
LETTER, DIGIT = re.compile(r"\p{L}"), re.compile(r"\d")


def propagate(text: str, findings: Sequence[Finding], name_ok: "Callable[[str], int] | None",
              types: "frozenset[str]") -> List[Finding]:
    """``findings`` with the tables of ``text`` applied: a name cut at its cell's end, and the names and numbers
    each column implies added (``types``: the entity types wanted). The same list when ``text`` has no table."""
    gaps = [m.span() for m in CUT.finditer(text)]  # sorted, disjoint
    found = [piece for f in findings for piece in _cut(f, gaps, text)] if gaps else list(findings)
    found = _without_towns(text, found)
    tables = list(blocks(text)) if "\n" in text and (SEP.search(text) or CSV_HINT.search(text) or DASH_SEP.search(text)) else []
    for rows in tables:
        width = max(len(r) for r in rows)
        if "PERSON" in types:  # names first: an identifier column without a label needs names beside it
            for col in range(width):
                found += _names(text, rows, col, found, name_ok)
        named = [_has(text, row, found, "PERSON") for row in rows]
        for col in range(width):
            found += [f for f in _ids(text, rows, col, found, named) if f.entity_type in types]
            for kind, header, shape in _VALUE_COLUMNS:
                if kind in types:
                    found += _values(text, rows, col, found, kind, header, shape)
        if "PERSON" in types:
            found += [f for row in rows for f in _numbered_row(text, row, found, name_ok)]
        found = _without_other_dates(text, rows, found)
    return found


def _without_other_dates(text: str, rows, findings: List[Finding]) -> List[Finding]:
    """A table with a date-of-birth column and a header over every column, each row as wide as the header: a date
    under another header is that column's ("date_raised", "Admitted", "EDD"), not a date of birth, though "dob" is
    near it ("SG-2291,2025-09-14,Doherty,Kian,2016-03-29" under "ref,date_raised,surname,forename,dob")."""
    heads = [text[c.start:c.end].strip(" :*\"") for c in rows[0]]
    if any(len(r) != len(heads) for r in rows) or not any(tc.DOB_HEADER.fullmatch(h) for h in heads) or any(
            not h or DIGIT.search(h) for h in heads):
        return findings
    other = {(c.start, c.end) for r in rows[1:] for col, c in enumerate(r)
             if not tc.DOB_HEADER.fullmatch(heads[col]) and tc.DATE_CELL.fullmatch(text, c.start, c.end)}
    return [f for f in findings if not (f.entity_type == "DATE_OF_BIRTH" and (f.start, f.end) in other)]


def _without_towns(text: str, findings: List[Finding]) -> List[Finding]:
    """An address line's layout too: a name standing between a street address and its postcode is the town
    ("4 Ballaquayle Road, Douglas, IM2 4NR"; "41 Teras Glanmor, Barry CF62 8RJ"), no one's name."""
    ends = {f.end for f in findings if f.entity_type == "STREET_ADDRESS"}
    starts = {f.start for f in findings if f.entity_type == "POSTCODE"}
    if not ends or not starts:
        return findings
    return [f for f in findings if not (f.entity_type == "PERSON" and _slot(text, f, ends, starts))]


def _slot(text: str, f: Finding, ends, starts) -> bool:
    comma = len(text[:f.start].rstrip(" \t")) - 1  # the comma right before the name, if any
    after = TOWN_AFTER.match(text, f.end)
    return comma >= 0 and text[comma] == "," and comma in ends and after.end() in starts


def _numbered_row(text, row, findings, name_ok) -> List[Finding]:
    """A board's row of numbered beds ("BAY A ¦ 1 SZABÓ ¦ 2 DE LUCA ¦ 3 — ¦ 4 McGILL"): three or more cells of
    a number and a name, one of them found, make the others' names names."""
    names = [_name_part(text, c) for c in row if NUMBER.match(text, c.start, c.end)]
    items = [(_kind(text, Cell(*n), findings), n, False) for n in names if n]
    if len(items) < 3 or not any(k == "PERSON" for k, _, _ in items):
        return []
    return _named(text, items, name_ok)


def _cut(f: Finding, gaps: List[Tuple[int, int]], text: str) -> List[Finding]:
    """A finding never spans a cell gap (a tab, a drawn rule, three or more spaces). A name is cut there and the
    pieces with a word of two letters or more stay ("OYELARAN\tNgozi\tF" → two names; "Hauwa        D" →
    "Hauwa"); any other finding keeps its first piece when that holds most of it ("07700 900406   Ext 2280"),
    else it is dropped ("2\tRobin Wren\tCT" is no street address). A postcode stays whole."""
    if f.entity_type == "POSTCODE":
        return [f]  # its halves a column apart ("M2    5BE"): the inward code's shape is the postcode's own
    lo = bisect_left(gaps, (f.start + 1,))
    inside = [g for g in gaps[lo:bisect_left(gaps, (f.end,), lo)] if g[1] < f.end]
    if not inside:
        return [f]
    bounds = [f.start] + [x for g in inside for x in g] + [f.end]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    if f.entity_type == "PERSON":
        return [replace(f, start=a, end=b) for a, b in pieces if NAME_PIECE.search(text, a, b)]
    first, whole = (sum(ch.isalnum() for ch in text[a:b]) for a, b in (pieces[0], (f.start, f.end)))
    return [replace(f, end=pieces[0][1])] if first * 5 >= whole * 3 else []


_VALUE_COLUMNS = (("DATE_OF_BIRTH", tc.DOB_HEADER, tc.DATE_CELL), ("STREET_ADDRESS", tc.ADDRESS_HEADER, tc.ADDRESS_CELL))


def _header(text, rows, col, kinds) -> str:
    """The column's header: the first row's cell if nothing was found in it and no digit, past a sentence before it."""
    head = text[rows[0][col].start:rows[0][col].end] if len(rows[0]) > col and kinds[0] is None else ""
    head = re.sub(r"^.*[.!?]\s+(?=\S)", "", head, flags=re.DOTALL)  # "Ward 3 – typed from the board. Surname"
    return "" if DIGIT.search(head) else head


def _names(text, rows, col, findings, name_ok) -> List[Finding]:
    cells = tc.column(rows, col)
    kinds = [_kind(text, c, findings) for _, c in cells]
    if len(cells) < 2 or any(k not in (None, "", "PERSON", "PERSON?") for k in kinds):
        return []  # a column of numbers, phones or dates: their own rules decide
    head = _header(text, rows, col, kinds) if cells[0][0] == 0 else ""
    names = [_name_part(text, c) for _, c in cells]
    kinds = [_kind(text, Cell(*n), findings) if n else None for n in names]  # the name part decides
    seeded = "PERSON" in kinds
    shaped = sum(n is not None for n in names)
    if not ((seeded and shaped * 2 >= len(cells)) or (tc.NAME_HEADER.fullmatch(head.strip(" :*")) and shaped >= 2)
            or _named_by_records(text, rows, cells, names, findings, name_ok)):
        return []
    # under a header row's "Surname" or "Forename" (not a form's "SURNAME  O'SULLIVAN"), in a row holding a number or
    # date of birth, an ordinary word is the name ("Temperance"): "EMPTY" in a bay's row holds no record
    part = tc.NAME_PART_HEADER.fullmatch(head.strip(" :*")) is not None and not any(
        _kind(text, c, findings) for c in rows[0])
    lenient = [part and i > 0 and any(_kind(text, c, findings) in tc.RECORD_TYPES or tc.dob_cell(text, rows[0], j, c)
                                      for j, c in enumerate(rows[i])) for i, _ in cells]
    return _named(text, zip(kinds, names, lenient, strict=True), name_ok)


def _named_by_records(text, rows, cells, names, findings, name_ok) -> bool:
    """One gazetteer name a cell ("OKORO": a board's consultant), each row with a name or number found elsewhere."""
    one_name = all(n and n == (c.start, c.end) and " " not in text[c.start:c.end] and name_ok(text[c.start:c.end]) == 2
                   for n, (_, c) in zip(names, cells, strict=True))
    return len(cells) >= 2 and one_name and all(any(
        c is not cell and _kind(text, c, findings) in tc.RECORD_TYPES | {"PERSON"} for c in rows[i]) for i, cell in cells)


def _named(text, items, name_ok) -> List[Finding]:
    """A PERSON finding for each name part not yet wholly found whose words can be a name: each a possible name
    word, or two or more words, one of them a gazetteer name, none forbidden ("Robin Wren"); in a ``lenient`` row,
    any word no list forbids."""
    out = []
    for k, n, lenient in items:
        if k not in (None, "PERSON?") or not n:
            continue
        strength = [name_ok(w.group()) for w in WORD.finditer(text, n[0], n[1])]
        if min(strength) >= (0 if lenient else 1) or (len(strength) >= 2 and max(strength) == 2 and min(strength) >= 0):
            out.append(Finding(n[0], n[1], "PERSON", SCORE, RECOGNIZER, RULE))
    return out


def _ids(text, rows, col, findings, named) -> List[Finding]:
    """An identifier column: the seeds' types by shape; under a hospital-number header, or beside a name in every
    row with one shape throughout ("L1029384"), a hospital number."""
    cells = tc.column(rows, col)
    kinds = [_kind(text, c, findings) for _, c in cells]
    seeds = {_shape(text[c.start:c.end]): k for (_, c), k in zip(cells, kinds, strict=True) if k in ID_TYPES}
    if any(k and k not in ID_TYPES for k in kinds):
        return []
    head = _header(text, rows, col, kinds) if cells[0][0] == 0 else ""
    if tc.STAFF_HEADER.search(head):
        return []  # "Emp No": staff numbers
    values = [(i, c, text[c.start:c.end]) for (i, c), k in zip(cells, kinds, strict=True) if k is None]
    if not seeds and (tc.DOB_HEADER.fullmatch(head.strip(" :*")) or all(tc.DATE_CELL.fullmatch(v) for _, _, v in values)):
        return _past_dates(values, named)  # dates are no hospital numbers: under a header, ``_values`` reads them
    if not seeds and not tc.HOSP_HEADER.search(head):
        data = [(i, v) for i, _, v in values if i or not head]
        shapes = {_shape(v) for _, v in data}
        if len(data) < 2 or len(shapes) != 1 or not all(named[i] and tc.ID_CELL.fullmatch(v) for i, v in data):
            return []
        seeds = dict.fromkeys(shapes, "HOSPITAL_NUMBER")
    default = None if seeds else "HOSPITAL_NUMBER"
    return [Finding(c.start, c.end, kind, SCORE, RECOGNIZER, RULE) for _, c, v in values
            if tc.ID_CELL.fullmatch(v) and (kind := seeds.get(_shape(v), default))]


_YEAR = re.compile(r"(?:19|20)\d\d")


def _past_dates(values, named) -> List[Finding]:
    """A column with no header whose every cell is a date of an earlier year, beside a name in every row: the
    dates of birth of a list continued past a blank row (an expected discharge date, this year's, stays)."""
    if len(values) < 2 or not all(named[i] and _earlier_year(v) for i, _, v in values):
        return []
    return [Finding(c.start, c.end, "DATE_OF_BIRTH", SCORE, RECOGNIZER, RULE) for _, c, _ in values]


_YEAR2 = re.compile(r"[./-](\d\d)$")


def _earlier_year(value: str) -> bool:
    """A date of an earlier year: a four-digit year before this one, or a two-digit year that is not this year's
    ("6/4/56": 1956, or 2056, never this year's discharge date)."""
    this_year = datetime.date.today().year
    if (y := _YEAR.search(value)) is not None:
        return int(y.group()) < this_year
    return (y := _YEAR2.search(value)) is not None and int(y.group(1)) != this_year % 100


def _values(text, rows, col, findings, kind, header, shape) -> List[Finding]:
    """A column of dates of birth or of addresses: under its header, or with one cell wholly of ``kind``, every
    empty cell wholly of the value's ``shape`` becomes one ("19/06/1939" under "DOB"; "112 Mile End Road" under
    "Address"). Any other finding but a name (a shifted row's) in the column leaves it alone."""
    cells = tc.column(rows, col)
    kinds = [_kind(text, c, findings) for _, c in cells]
    if any(k not in (None, kind, "PERSON") for k in kinds):
        return []
    head = _header(text, rows, col, kinds) if cells[0][0] == 0 else ""
    if kind not in kinds and not header.fullmatch(head.strip(" :*")):
        return []
    is_address = kind == "STREET_ADDRESS"
    return [Finding(c.start, c.end, kind, SCORE, RECOGNIZER, RULE) for (i, c), k in zip(cells, kinds, strict=True)
            if k is None and (i or not head) and shape.fullmatch(text, c.start, c.end)
            and (not is_address or DIGIT.search(text, c.start, c.end))]


def _has(text, row, findings, kind) -> bool:
    return any(_kind(text, c, findings) == kind for c in row)


def _shape(value: str) -> str:
    return DIGIT.sub("9", LETTER.sub("A", value))


def _kind(text: str, cell: Cell, findings: Sequence[Finding]) -> "str | None":
    """The type whose findings cover at least 80% of the cell's letters and digits; "PERSON?" when names cover
    part of it, "" when another type does, None when nothing does."""
    alnum = [i for i in range(cell.start, cell.end) if text[i].isalnum()]
    covered: dict = {}
    for f in findings:
        if f.end > cell.start and f.start < cell.end:
            covered.setdefault(f.entity_type, set()).update(i for i in alnum if f.start <= i < f.end)
    if not alnum or not covered:
        return None
    kind, n = max(((k, len(v)) for k, v in covered.items()), key=lambda kv: kv[1])
    if n * 5 >= len(alnum) * 4:
        return kind
    return "PERSON?" if kind == "PERSON" else ""


def _name_part(text: str, cell: Cell) -> "Tuple[int, int] | None":
    m = MARKER.match(text, cell.start, cell.end)
    m = NAME_CELL.match(text, m.end() if m else cell.start, cell.end)
    return (m.start("name"), m.end("name")) if m and LONG_WORD.search(m["name"]) else None
