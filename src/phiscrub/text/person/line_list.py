"""Expansion ``line-list``: the other heads of a list of lines laid out alike, one head a name found: "Ivy Thorne –
3rd March (96!)" above "Cyril Batt – 11th March", "Amira Yusuf – 14/02/2012 – consent Y" above "Jayden Osei – …".

Rule: in a block of lines with no blank line between, where a found name is a line's whole head (the line's start,
after a list number, a bullet, a bed or a visit's clock time, to a dash or a colon), the head of each other line laid out the same way is a name
when its one to three capitalised words are names of the gazetteer or words no list knows, none a keep, stop,
relation word or place (but a town after a first name: "Ivy Thorne"). Source: NHS rotas, birthday boards, clinic and school lists. Avoids: a header line of the
block ("Catch-up – Castle View Academy – 14/03": ordinary words, places), lines laid out otherwise.

Expansion ``timed-list``: a clinic's or a visit list's items, each one to three capitalised words and a clock time ("Still
to see: Harrington 10:20, Yusuf 10:40, O'Toole 10:40"), in one block: where one item's words are a found name, every
other item's are a name under the same test as a line's head. Source: clinic, theatre and district-nursing lists.
Avoids: places, wards and ordinary words before a time ("Clinic 10:30, Theatre 11:00", "Derby 10:20").
"""

from __future__ import annotations

from typing import List, Tuple

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.types import Finding

# a line's head: a list number, a bullet, a bed or a clock time at most, then one to three capitalised words, then a dash or a colon
HEAD = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+|[-•*·][ \t]+|(?i:bed|bay|rm|room|cot)[ \t]*\d{1,3}[a-z]?[ \t]+|(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]+)?(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})"
                  r"(?P<sep>[ \t]+[–—-][ \t]+|:[ \t]+)", re.MULTILINE)


def from_line_lists(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    heads = list(HEAD.finditer(text))
    if len(heads) < 2:
        return []
    taken = {(f.start, f.end) for f in found}
    seeds = [h for h in heads if any(f.start <= h.start("name") and h.end("name") <= f.end for f in found)]
    out = []
    for h in heads:
        if (h.start("name"), h.end("name")) in taken or any(f.start < h.end("name") and h.start("name") < f.end
                                                             for f in found):
            continue
        if any(_same_block(text, s, h) and s.group("sep").strip() == h.group("sep").strip() for s in seeds) \
                and name_words(ctx, h.group("name")) and not not_a_person(ctx, text, h.start("name"), h.end("name")):
            out.append(finding(h.start("name"), h.end("name"), 0.55, "line-list"))
    return out


# a list item: one to three capitalised words, then a clock time ("Harrington 10:20", "Mrs Li @ 2.30pm")
CLOCK = re.compile(r"\d[:.][0-5]\d")  # a text with no clock time has no timed list
TIMED = re.compile(r"(?<![\w'’-])(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]+(?:@[ \t]*)?"
                   r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:.]\d)")


def from_timed_lists(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    items = list(TIMED.finditer(text)) if found and CLOCK.search(text) else []
    seeds = [m for m in items if any(f.start <= m.start("name") and m.end("name") <= f.end for f in found)]
    out = []
    for m in items if seeds and len(items) > 1 else ():
        s, e = m.span("name")
        if not any(f.start < e and s < f.end for f in found) and any(_same_block(text, x, m) for x in seeds) \
                and name_words(ctx, m["name"]) and not not_a_person(ctx, text, s, e):
            out.append(finding(s, e, 0.55, "timed-list"))
    return out


def _same_block(text: str, a, b) -> bool:
    lo, hi = sorted((a.start(), b.start()))
    return "\n\n" not in text[lo:hi].replace(" ", "").replace("\t", "")


def name_words(ctx: Context, name: str, every: bool = True) -> bool:
    """Whether a layout's cell or head can be a name: no keep, stop or relation word, no place but a town after a first
    name ("Ivy Thorne"), and its words (``every``; else one of them) names of the gazetteer or words no list knows."""
    res = ctx.res
    words = [w.lower() for w in re.split(r"[ \t,]+", name) if w]
    first = res.is_first_name(words[0]) and len(words) > 1  # after a first name a town is a surname ("Ivy Thorne")
    if any(res.never_name(w) or ctx.is_stop(w) or (res.is_place(w) and not (first and i)) or
           ctx.vocab.relation_word.fullmatch(w) for i, w in enumerate(words)):
        return False
    return (all if every else any)(res.is_name(w) or not res.is_common(w) for w in words)


def line_cells(text: str, start: int, end: int, separator) -> List[Tuple[int, int]]:
    """The (start, end) of each cell of the line ``text[start:end]``, split where ``separator`` (a compiled regex)
    matches: a record's cells ("KOWALSKA / ANNA / 01-05-1979"), a board row's ("C1 – 88F – WALSH")."""
    bounds = [start] + [x for sep in separator.finditer(text, start, end) for x in sep.span()] + [end]
    return list(zip(bounds[::2], bounds[1::2], strict=True))
