"""Names in a line's other cells: "ODP: Gaz   Scrub: Mercy, Lenka   Recovery: Sunny", "Physio: Gethin / TI: Precious".

Rule: a line of two cells or more "Label: Value" (a label of one to three words and a colon; cells apart by a gap of
two spaces or more, a tab, a spaced slash or bar, or a semicolon) says who does what. Where a name already found is
one cell's value, a value of another cell that is a first name of the gazetteer is a name too, even an ordinary word
("Sunny", "Precious", "Mercy"): the line lists the staff on. A value is one or two capitalised words, or a comma or
"and" list of such.

Source: theatre lists, team boards and allocation footers copied into posts and chat.
Avoids: lines with no name found ("Diet: Soft   Mobility: Frame"), values that are not first names ("Recovery: Bay
2", "Theatre: Main"), keep words, stop words and places, a single cell ("Play: Hope").
"""

from __future__ import annotations

from typing import List, Tuple

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.types import Finding

_LINE = re.compile(r"[^\n]+")
_GAP = re.compile(r"[ \t]{2,}|\t|[ \t]+[/|][ \t]+|[ \t]*;[ \t]*")
_CELL = re.compile(r"(?P<label>\p{Lu}[\w'’.-]*(?:[ \t][\w'’.-]+){0,2})[ \t]*:[ \t]*(?P<value>\S.*)")
_ITEM = re.compile(r"\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?")
_ITEM_GAP = re.compile(r"[ \t]*(?:,|&|\band\b)[ \t]*")


def _cells(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """(start, end) of each cell value of the line ``text[start:end]`` (none unless two cells or more)."""
    out, pos = [], start
    for piece_end in [g.start() for g in _GAP.finditer(text, start, end)] + [end]:
        m = _CELL.fullmatch(text, pos, piece_end)
        if m:
            out.append(m.span("value"))
        pos = piece_end
        gap = _GAP.match(text, pos, end)
        pos = gap.end() if gap else pos
    return out if len(out) >= 2 else []


def _items(text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """The names' places in a value: "Mercy, Lenka" -> two items; None unless the whole value is items."""
    out, pos = [], start
    while pos < end:
        m = _ITEM.match(text, pos, end)
        if not m:
            return []
        out.append(m.span())
        gap = _ITEM_GAP.match(text, m.end(), end)
        pos = gap.end() if gap and gap.end() > m.end() else m.end()
        if pos == m.end() and pos < end:
            return []
    return out


def from_cell_siblings(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    """First names in the other cells of a "Label: Value" line that holds a name found."""
    names = [(f.start, f.end) for f in found if f.entity_type == "PERSON"]
    if not names or ":" not in text:
        return []
    out = []
    for line in _LINE.finditer(text):
        if not any(line.start() <= s < line.end() for s, _ in names):
            continue
        values = _cells(text, *line.span())
        if not any(vs <= s < ve for vs, ve in values for s, _ in names):
            continue
        for vs, ve in values:
            for s, e in _items(text, vs, ve):
                if not any(s < ne and ns < e for ns, ne in names) and _first_name(ctx, text[s:e]) \
                        and not not_a_person(ctx, text, s, e):
                    out.append(finding(s, e, 0.55, "cell-sibling"))
    return out


def _first_name(ctx: Context, item: str) -> bool:
    first = item.split()[0]
    res = ctx.res
    return res.is_first_name(first) and not (res.never_name(first) or ctx.is_stop(first) or res.is_place(item))
