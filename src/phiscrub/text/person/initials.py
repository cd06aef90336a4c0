"""Rule ``initials``: initials, then a surname ("J. Bloggs", "A.K. Shah", "A. Ní Bhriain", "J.SMITH"); or, in a list's
inverted order, a block-capital surname, a comma and the initials ("RAMSBOTTOM, E.", "PRICE, G.H.").

Source: how staff lists, letters and boards shorten a first name. Avoids: a place's letter before a sentence ("Car
Park D. Carers of…"), an ordinary word after the initials ("A. Walk"), words in capitals no surname list knows ("C.DIFF").
Inverted: the capital word no acronym (a vowel, four letters or more), keep word or ordinary word no surname list has
("NOTE, A.", "PLAN, B."), and no capitalised word after the initials ("RAMSBOTTOM, E. Jane" is the comma rule's).
The same layout with a first name of the gazetteer after the comma ("CT: BAPTISTE, Marcel – trolley"): the layout
decides, so the first name may be a word too ("HOLT, Grace"); it ends its cell or its phrase.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.tokens import CONTRACTION, POSSESSIVE_END
from phiscrub.text.surname_first import caps_surname
from phiscrub.text.words import JOINED_PARTICLE, PARTICLE
from phiscrub.types import Finding

# initials, any name particles, then a capitalised surname: "J. Bloggs", "A.K. Shah", "A. Ní Bhriain", "P. O'Neill"
INITIAL_SURNAME = re.compile(r"(?<![\w.@#])(?:(?:[A-Z]|Ma)\.[ \t]?){1,3}[ \t]*"
                             rf"(?:(?i:{PARTICLE.pattern})[ \t]+)*(?:{JOINED_PARTICLE})?(?P<surname>[A-Z](?:[a-z]|['’][A-Z])[\w'’\-]*|"
                             rf"[A-Z]{{2,}}(?![\w'’]))")  # "A. al-Hashimi"

# a block-capital surname, a comma and one to three dotted initials, then no word of a name: "notes for RAMSBOTTOM, E. to"
CAPS_COMMA_INITIALS = re.compile(r"(?<![\w'’.-])(?P<surname>[A-Z][A-Z'’-]{3,})[ \t]*,[ \t]*(?:[A-Z]\.[ \t]?){1,3}(?![\w])"
                                 r"(?![ \t]*[A-Z][a-z])")
# ... or a first name in title case, then the end of its cell or phrase: "BAPTISTE, Marcel – trolley", "OKAFOR, Grace to CT"
CAPS_COMMA_GIVEN = re.compile(r"(?<![\w'’.-])(?P<surname>\p{Lu}[\p{Lu}'’-]{2,})[ \t]*,[ \t]*(?P<given>\p{Lu}\p{Ll}[\p{Ll}'’-]*)"
                              r"(?=[ \t]*(?:[–—|·;:,(\n]|-[ \t]|\Z)|[ \t]+\p{Ll})")
_NUMBER_NEXT = re.compile(r"[ \t]*\d")  # "Ward 3": a keep word's number; after two initials a surname is "R.E. Ward"
# a word that a letter labels: a car park's, a block's, a desk's ("Car Park D", "Block B", "Desk C")
LETTERED_BEFORE = re.compile(r"\b(?i:(park|block|bay|desk|gate|level|lift|wing|zone|area|room|ward|pod|floor|stand|"
                             r"entrance|door|corridor|section|unit|theatre|window|building|tower|court|row))[ \t]+\Z")


def from_initial_surname(ctx: Context, text: str) -> List[Finding]:
    """"J. Bloggs", "A.K. Shah", "A. Ní Bhriain", "J.SMITH": initials then a capitalised surname (not an ordinary
    word: "A. Walk"; in capitals, a known surname; after two initials or more a surname that is a keep word: "R.E. Ward"),
    or "Ma." (María) then a second given name: "Ma. Teresa"."""
    out = []
    for m in INITIAL_SURNAME.finditer(text):
        prev = LETTERED_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if prev and not ctx.vocab.title_word.fullmatch(prev.group(1)):
            continue  # a place's letter, then a sentence: "Car Park D. Carers of inpatients…", "by Desk B. Please"
        w = m.group("surname").lower()
        named = ctx.res.is_surname(w) or (m.group().startswith("Ma.") and ctx.res.is_first_name(w) and not ctx.is_stop(w))
        kept = ctx.res.never_name(w) and not (m.group().count(".") >= 2 and named and not _NUMBER_NEXT.match(text, m.end()))
        if kept or ((ctx.res.is_common(w) or m.group("surname").isupper()) and not named) or \
                CONTRACTION.search(w) or ctx.is_stop(POSSESSIVE_END.sub("", w)):
            continue  # "in Block B. It's a test": a sentence after a letter, no surname; "C.DIFF", "E.COLI" in capitals
        out.append(finding(m.start(), m.end(), 0.6, "initials"))
    return out


def from_caps_comma_initials(ctx: Context, text: str) -> List[Finding]:
    """"RAMSBOTTOM, E.", "PRICE, G.H.": a block-capital surname, its comma, then initials (see the module)."""
    out = []
    for m in CAPS_COMMA_INITIALS.finditer(text):
        if not caps_surname(m.group("surname"), ctx.res) or ctx.is_stop(m.group("surname").lower()):
            continue
        out.append(finding(m.start(), m.start() + len(m.group().rstrip()), 0.6, "initials"))
    return out + _caps_comma_given(ctx, text)


def _caps_comma_given(ctx: Context, text: str) -> List[Finding]:
    res, out = ctx.res, []
    for m in CAPS_COMMA_GIVEN.finditer(text):
        sur, given = m["surname"], m["given"].lower()
        if not caps_surname(sur, res) or ctx.is_stop(sur.lower()) or not res.is_first_name(given) or (
                res.never_name(given) or ctx.is_stop(given) or ctx.vocab.relation_word.fullmatch(given)):
            continue
        out.append(finding(m.start(), m.end(), 0.6, "initials"))
    return out
