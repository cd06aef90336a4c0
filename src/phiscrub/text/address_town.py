"""The town of an address: a capitalised word or two right after a street address and its comma, before a
postcode, a comma, a dash or the line's end ("12 Ferry Loke, Gorleston – heart failure", "14 Mill Lane, Beverley
HU17 9AA") is the address's town, not a person, whatever the NER or a name list says of it. A strong cue (a title, a
field label, a relative: score 0.75 and over) still makes a person: "4 Mill Lane, Mrs Beverley Shaw".
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

import regex as re

from phiscrub.text.recognizers.street_address import STREET_TYPES
from phiscrub.types import Finding

# a street address's comma, then the town (the name's span), then what ends a town in an address
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_TOWN = re.compile(r"\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?")
_AFTER = re.compile(r"[ \t]*(?:$|\n|,|[–—]|-[ \t]|\.(?:[ \t]|$)|\(|[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b)", re.MULTILINE)
WEAK = 0.75  # below this, a rule read the name from the word alone (NER, name lists), not from a cue before it


def town_of_address(text: str, streets: Sequence[Tuple[int, int]], name: Finding) -> bool:
    """Whether ``name`` is the town right after one of the ``streets`` (see the module)."""
    if name.score >= WEAK or not _TOWN.fullmatch(text, name.start, name.end) or not _AFTER.match(text, name.end):
        return False
    return any(_COMMA.fullmatch(text, e, name.start) for _, e in streets if e <= name.start)


# after a flat's or a building's name, the building's numbered street ("Flat 1, Sea View Mansions, 7 Esplanade",
# "Apartment 6, The Tannery, 19 Bermondsey Wall East"): a number, then one to four capitalised words, to a comma, a
# dash or the line's end
_FLAT = re.compile(r"(?i:flat|apartment|apt|unit|room)\b")
_NUMBERED_STREET = re.compile(r"[ \t]*,[ \t]*\d{1,4}[A-Za-z]?[ \t]+(?:The[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}"
                              r"(?=[ \t]*(?:$|\n|,|[–—]|-[ \t]))", re.MULTILINE)


# ... and a numbered house (or flat) of a named row, yard or court, then the street it stands on, before a comma, a
# dash or the line's end: "3 Harbour Cottages, The Strand, Padstow", "Flat 7 Quarrymans Yard, Tanners Row" (a form's
# field), "22 Jubilee Court, Lozells Road - wheelchair" (a transport list's)
_ROW_OF_HOUSES = re.compile(r"(?:(?i:flat|apartment|apt|unit)[ \t]*)?\d{1,4}[A-Za-z]?[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}"
                            r"(?:Cottages|Terrace|Villas|Buildings|Houses|Row|Mansions|Yard|Court|Mews)$")
_ROW_STREET = re.compile(rf"[ \t]*,[ \t]*(?:The[ \t]+\p{{Lu}}[\p{{L}}'’-]+|\p{{Lu}}[\p{{L}}'’-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'’-]+){{0,2}}[ \t]+"
                         rf"(?=\p{{Lu}})(?i:{STREET_TYPES}))(?![\w'’-])(?=[ \t]*(?:,|$|[–—]|-[ \t]))", re.MULTILINE)


# ... in a lower-case voice note, no comma: the building's street right after it ("flat 12 the maltings station road")
_LOWER_STREET = re.compile(rf"[ \t]+(?:[a-z][a-z'’-]+[ \t]+){{1,2}}(?:{STREET_TYPES})(?![\w'’-])")


def street_after(text: str, f: Finding, res, taken) -> Optional[Tuple[int, int]]:
    """Growth ``street-after``: a flat's address found without its street takes the numbered street after it; a
    numbered house of a named row takes the street the row stands on (a comma and the town after it)."""
    if "\n" in text[f.start:f.end]:
        return None
    if _ROW_OF_HOUSES.fullmatch(text, f.start, f.end) and (m := _ROW_STREET.match(text, f.end)) is not None:
        return None if taken.any_in(f.end, m.end()) else (f.start, m.end())
    if not _FLAT.match(text, f.start):
        return None
    m = _NUMBERED_STREET.match(text, f.end) or (_LOWER_STREET.match(text, f.end) if text[f.start:f.end].islower() else None)
    if m is None or taken.any_in(f.end, m.end()):
        return None
    return f.start, m.end()


# a flat's number right before a numbered street found without it: "home address Flat 11, 40 Peckham Rye"; or before
# a house's name and its street, with a comma: "Flat 3, Beech House, Wood Lane" (OCR's "Fl at 3" too)
# a flat by its floor, before a numbered street: "lives in 2nd floor flat, 9 Gorse Hill Road", "top floor flat, 12 …"
_FLAT_BEFORE = re.compile(r"(?<![\w-])(?:(?i:fl[ \t]?at|apartment|apt|caravan|chalet|pitch|plot)[ \t]*\d{1,4}[A-Za-z]?(?:/\d{1,2})?"
                          r"|(?i:(?:\d(?:st|nd|rd|th)|ground|first|second|third|top|basement)[ \t]+floor[ \t]+(?:flat|apartment)))"
                          r"[ \t]*(?P<comma>,?)[ \t]*\Z")


def flat_before(text: str, f: Finding, res, taken) -> Optional[Tuple[int, int]]:
    """Growth ``flat-before``: a street address takes the flat's number written before it."""
    m = _FLAT_BEFORE.search(text, max(0, f.start - 24), f.start)
    if m is None or not (text[f.start:f.start + 1].isdigit() or (m["comma"] and text[f.start:f.start + 1].isupper())):
        return None
    return None if taken.any_in(m.start(), f.start) else (m.start(), f.end)
