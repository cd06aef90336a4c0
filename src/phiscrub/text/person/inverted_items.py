"""PERSON rule ``inverted-items`` (rule id ``bed-board``): a list or board item opening on "Surname, Forename"
("• Fletcher, June – eye drops QDS", "A3 PORTER, MAY 91 – falls"); moved out of ``boards``, whose layout it shares.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.boards import SCORE, _names_a_thing
from phiscrub.text.person.context import Context, finding
from phiscrub.text.words import DAY_OR_YEAR, NUMBERED_UNITS
from phiscrub.types import Finding

# a list item opening on "Surname, Forename" in title case or capitals, then a dash, comma, bracket, an age,
# a record label or the line's end: "• Fletcher, June – eye drops", "A3 PORTER, MAY 91 – falls", "- Okafor, Grace
# (NOK)", "MACINNES, Seonag CHI 120…"
INVERTED_ITEM = re.compile(r"(?:^|(?<=[¦│┃║\t])|(?<=[:—][ \t]|[ \t]-[ \t]))[ \t]*(?:[•*·‣▪◦-]|\d{1,2}[:.]\d{2}|\d{1,2}[a-zA-Z]?(?:[.)]|[ \t]*[-–—/|:])?"
                           r"|[A-Z]{1,3}\d{1,2}[a-z]?)?[ \t]*"
                           r"(?P<last>(?:Ma?c|O['’])?\p{Lu}[\w'’-]*\p{L}),[ \t]*(?P<first>\p{Lu}[\w'’-]*\p{L})"
                           # then a dash, comma, bracket, nickname's quote, number, line's end, record label, cell's end
                           # or a hospital number's letters and digits ("10:00 CHARLTON, Ivy K2284017: DNA")
                           r"(?=[ \t]*(?:[-–—,(/\"“→]|\d|$|(?-i:CHI|NHS|DOB|D\.O\.B|MRN|URN|H&C|Hosp|HOSP)\b|[¦│┃║]"
                           r"|(?-i:[A-Z]{1,3})\d{5,}\b)"
                           r"|[ \t]{2,}\S|\t)", re.MULTILINE)


_NUMBER_NEXT = re.compile(r"[ \t]+\d")


def _aged(ctx: Context, text: str, m) -> bool:
    """A block-capital surname of the gazetteer, a first name that is also a stop word, then an age: a bed state's row
    ("1A JONES, Will 83 – MFFD"), not "Sorry, Will –"."""
    last, first = m["last"], m["first"]
    return (last.isupper() and first.istitle() and ctx.res.is_surname(last.lower()) and ctx.res.is_first_name(first.lower())
            and _NUMBER_NEXT.match(text, m.end()) is not None)


def from_inverted_items(ctx: Context, text: str) -> List[Finding]:
    """A list or board item opening on "Surname, Forename": "• Fletcher, June – eye drops QDS".

    Rule: at a line's start (or after a label's colon or a spaced dash, in block capitals only: "Re: referral –
    ADEYEMI, Folasade"), after an optional bullet, item or bed number ("1.", "1 –", "3 /", "1a", "1A") or bay
    code, a surname (of the
    gazetteer, or a word no dictionary knows such as a town), a comma and a first name of the
    gazetteer (after a block-capital surname, any title-case word no list knows as a word, place or keep
    word: "ADEYEMI, Folasade"), in title case or capitals, then a dash, comma, bracket, number or the line's end: the
    layout decides even where both are words, places or months ("PORTER, MAY 91", "KENDAL, Ruth").
    Source: issue 9's handover form ("BRADFORD, Joan").
    Avoids: stop and relation words ("Sorry, James –", "Mum, Grace –"), a month before a day or a
    year ("Clinic, May 12 –", "Leeds, Jan 2024"), two places ("Exeter, Devon –"), an organisation
    or building word ("Surgery, Grace –").
    """
    out = []
    res, vocab = ctx.res, ctx.vocab
    for m in INVERTED_ITEM.finditer(text):
        last, first = m["last"], m["first"]
        lw, fw = last.lower(), first.lower()
        inline = m.start() > 1 and text[m.start() - 1] in " \t" and text[m.start() - 2] in ":—-"
        if (last.isupper() != first.isupper() and not last.isupper()) or (inline and not (
                last.isupper() and (res.is_surname(lw) or len(last) > 3) and not res.is_common(fw))):
            continue  # "Fletcher, JUNE": a heading; after a label or a dash in a line only "SURNAME, Forename"
            # with no acronym or word in it ("Role: HCA, Ward 2")
        month = len(fw) >= 3 and any(c.startswith(fw) for c in vocab.calendar_words)
        # a block-capital surname takes a title-case forename no list knows ("ADEYEMI, Folasade –")
        unknown = last.isupper() and first.istitle() and not (res.is_common(fw) or res.never_name(fw) or res.is_place(fw))
        if not (res.is_first_name(fw) or unknown) or (month and DAY_OR_YEAR.match(text, m.end())):
            continue
        # a block-capital surname before a first name; a first name that is also a place after a surname that is a
        # name too ("LINCOLN, Bryn"; not "EXETER, Devon")
        capital_name = last.isupper() and len(last) > 2 and res.is_first_name(fw) and (
            not res.is_place(fw) or res.is_name(lw))
        if not res.is_surname(lw) and not capital_name and (res.is_place(fw) or (res.is_common(lw) and not res.is_place(lw))):
            continue  # a place no list knows as a surname takes a first name that is no place: "KENDAL, Ruth"; a word in
            # capitals takes a first name as a surname: "BROOK, April"
        if ctx.is_stop(lw) or (ctx.is_stop(fw) and not month and not _aged(ctx, text, m)) or any(
                vocab.relation_word.fullmatch(w) for w in (lw, fw)):
            continue
        if (_names_a_thing(vocab, lw) and not (last.isupper() and res.is_surname(lw))) \
                or lw in vocab.closing_words or (res.never_name(lw) and not (res.is_surname(lw) or res.is_place(lw) or last.isupper())):
            continue  # a thing's word, a closing before the sender's name ("Diolch, Siân (front desk)", "Thx, Dominic")
        pieces = (("last", "first"),) if inline else (("last", "last"), ("first", "first"))  # as a list writes it
        if fw in NUMBERED_UNITS and _NUMBER_NEXT.match(text, m.end()):
            pieces = (("last", "last"),)  # a numbered unit after the surname: "- Fairbairn-Smythe, Ward 5 12: …" (where)
        out += [finding(m.start(a), m.end(b), SCORE, "bed-board") for a, b in pieces]
    return out
