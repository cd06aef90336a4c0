"""PERSON rule ``shift-line``: the people on a rota line, after a day, a shift or a time range ("Wed: Will, Mairéad,
agency x1", "22–06: Sandy, Mo", "Mon  LD: Ferreira / Oyelaran   N: Dunne"; moved out of ``roles``), and the two first
names of a shift swap ("Grace ↔ Will: 24th LD for 27th N").
Source: NHS ward and ED rotas and staffing sheets (E early, L late, N night, LD long day).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.boards import HAS_DIGIT, LAYOUT_SKIP, SCORE
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.person.tokens import VOWEL
from phiscrub.types import Finding

_DAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?"
# a rota line: a day (or a range of days: "Fri–Sun") or shift label, or a time range, then a colon or dash and the
# people on it, each alone or with a shift in brackets: "Wed: Will, Mairéad, agency x1", "22–06: Sandy, Mo", "Mon: Kofi (LD) · June (N)"
SHIFT_LINE = re.compile(
    rf"^[ \t]*(?i:{_DAY}(?:[ \t]*[–-][ \t]*{_DAY})?(?:[ \t]+(?:e|l|n|ld|early|late|night)s?)?"
    r"|\d{1,2}(?::?\d{2})?[ \t]*[–-][ \t]*\d{1,2}(?::?\d{2})?|nights?|earl(?:y|ies)|lates?|long[ \t]+days?)"
    r"[ \t]*(?::|[–—]|-(?=[ \t]))[ \t]*(?P<items>[^\n]+)$", re.MULTILINE)
# the items of a rota line, apart by a comma, "&", "+", a slash, a bullet or a swap's arrow ("Abimbola ⇄ Ciarán")
SHIFT_ITEM = re.compile(r"(?:^|(?<=[,&+/·•;⇄↔⇆]|\band\b|\b(?-i:E|L|N|LD|LN|Early|Late|Night)s?:))[ \t]*(?P<name>\p{Lu}[\p{L}'’-]+)"
                        r"(?P<alone>(?:[ \t]*\([\w/ ]{1,10}\))?[ \t]*(?:[,&+/·•;⇄↔⇆]|and\b|$|(?=(?-i:E|L|N|LD|LN|Early|Late|Night)s?:)))?")


SHIFT_CODE = re.compile(r"\([ \t]*(?-i:D|N|E|L|LD|LN|AM|PM|Early|Late|Night|Day)[ \t]*\)")  # the shift worked


def from_shift_lines(ctx: Context, text: str) -> List[Finding]:
    """Rule ``shift-line``: on a rota line, an item that is a first name standing alone is a person, even a
    word ("Will", "Sandy", "Mo"); one that opens a clause only when it is no ordinary word ("Bola can do
    nights"); a surname or a word no list knows standing alone ("LD: Ferreira / Oyelaran   N: Dunne"), after a
    shift code inside the line too; a surname that is also a word, with its shift in brackets ("Obi (D)"). Avoids: items with a digit ("agency x1", "Band 5"), lower-case words, keep
    words ("Bank"), ordinary words and places ("Mon: Closed", "Tue: Leeds")."""
    out = []
    res = ctx.res
    for line in SHIFT_LINE.finditer(text):
        base = line.start("items")
        for m in SHIFT_ITEM.finditer(line.group("items")):
            w, alone = m.group("name"), m.group("alone") is not None  # a common first name alone: "June (N)"
            if alone and (_rota_surname(ctx, w) or (SHIFT_CODE.search(m.group("alone")) and res.is_name(w) and not (
                    res.never_name(w) or ctx.is_stop(w.lower()) or res.is_place(w)))):
                pass  # "LD: Ferreira / Oyelaran   N: Dunne": a medical rota names its doctors by surname; "Obi (D)": a word too
            elif not res.is_first_name(w) or (res.never_name(w) and not (alone and res.anglo_first_names.get(w.lower(), 0) >= 2)):
                continue
            if not alone and (res.is_common(w) or ctx.is_stop(w.lower())):
                continue
            s, e = base + m.start("name"), base + m.end("name")
            if not not_a_person(ctx, text, s, e, LAYOUT_SKIP):
                out.append(finding(s, e, SCORE, "shift-line"))
    return out + _swaps(ctx, text)


# a shift swap opening its line: two first names either side of a swap's arrow, then the shifts ("Grace ↔ Will: 24th LD
# for 27th N"); both first names, even words ("Grace", "Will"), as a train's "Leeds ↔ York" never is
SWAP = re.compile(r"^[ \t]*(?P<a>\p{Lu}[\p{Ll}'’-]+)[ \t]*(?:↔|⇄|⇆|<->)[ \t]*(?P<b>\p{Lu}[\p{Ll}'’-]+)[ \t]*(?::|$)", re.MULTILINE)


def _swaps(ctx: Context, text: str) -> List[Finding]:
    out = []
    for m in SWAP.finditer(text):
        if all(ctx.res.is_first_name(m[g]) and not ctx.res.never_name(m[g]) for g in ("a", "b")):
            out += [finding(m.start(g), m.end(g), SCORE, "shift-line") for g in ("a", "b")
                    if not not_a_person(ctx, text, m.start(g), m.end(g), LAYOUT_SKIP)]
    return out


def _rota_surname(ctx: Context, word: str) -> bool:
    """A surname of the gazetteer that is no word, place or keep word, or a word no list knows at all."""
    res, w = ctx.res, word.lower()
    return (len(w) >= 3 and VOWEL.search(w) is not None and not res.never_name(w) and not ctx.is_stop(w)
            and not res.is_common(w) and not res.is_place(w) and not HAS_DIGIT.search(w)
            and all(p[:1].isupper() for p in word.split("-")))  # "Okonjo-Bell", not an activity's "Sing-along"
