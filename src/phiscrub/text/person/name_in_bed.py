"""PERSON rule ``name-in-bed``: the name right before "(is) in/on bed/bay/side room N" on a line: "handover: yaw
mclaughlin in bed 6", "Gurpreet Young is in bay 2", "Little Harper on bed 6", "Florin in b2", "Bright in ward 22 bed 6",
and a care home's daily notes' "Arthur (rm 4) – ate well" (moved out of ``boards``, which reads the names after a bed
label).
Source: NHS ward chat and handover.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.lower_names import WARD_WORDS
from phiscrub.text.person.tokens import VOWEL
from phiscrub.text.tables import LIST_MARKER
from phiscrub.types import Finding

SCORE = 0.6
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that)[ \t]+\Z", re.IGNORECASE)
# ... and ward shorthand "b2", a ward before its bed ("in ward 22 bed 6")
IN_BED = re.compile(r"(?<=\w)(?=(?:,?[ \t]+(?P<in>(?:is[ \t]+)?(?:in|on)[ \t]+)?|[ \t]*(?P<br>\())"
                    r"(?:bed|bay|side[ \t]*room|sr|cubicle|room|rm|b(?=\d)|"
                    r"ward[ \t]*\d+[a-z]?,?[ \t]+(?:bed|bay))[ \t]*\d)",
                    re.IGNORECASE)  # without "in" only a first name and a surname, or two in title case: "for grace
# o'doherty bay 2", "TTO for Kenechukwu Obi, bed 4"
NAME_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def from_name_in_bed(ctx: Context, text: str) -> List[Finding]:
    """"handover: yaw mclaughlin in bed 6", "Gurpreet Young is in bay 2": the name before a bed.

    Rule: up to three words on the line right before "(is) in/on bed/bay/side room/cubicle N",
    read backwards while each can be a name (a gazetteer name, not a relation, keep or
    stop word; or a word of three letters or more no dictionary knows), at least one
    of them a first name or surname of the gazetteer.
    A lower-case given name that is also a word, a month or a town opens no name otherwise ("dot", "june", "chester");
    right before "in bed N" it does (``_lower_first_name``).
    Avoids: "the lady in bed 6", "pt in bay 2", "ok in bed 4" (relation, keep and ordinary
    words), "who's got abdi in bay 1" (an ordinary word before a name is a first name only if the gazetteer has
    it), "uti in bed 3" (no gazetteer name), "the Foley in bed 7" (an article: a thing).
    """
    out = []
    for m in IN_BED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = list(NAME_TOKEN.finditer(text, line_start, m.start()))[-3:]
        picked = []
        for w in reversed(words):
            # before a gazetteer name, an ordinary word may be a first name too ("yaw mclaughlin")
            after_name = bool(picked) and ctx.res.is_name(picked[0].group())
            # ... and a first name right before a bracketed room, as a list writes it ("- pauline (bed 9) →")
            after_name = after_name or (m.group("br") is not None and ctx.res.is_first_name(w.group()))
            if (picked and w.end() + 1 != picked[0].start()) or not _bed_name_word(ctx, w.group(), after_name):
                break
            if not picked and w.end() != m.start():
                break
            picked.insert(0, w)
        if not picked and m.group("in") is not None and words and _lower_first_name(ctx, text, words[-1], m.start()):
            picked = [words[-1]]  # "dot in bed 9 asking for her daughter", "for chester in bed 9?"
        if len(words) >= 2 and not picked[:-1] and _first_and_surname(ctx, words[-2], words[-1], m.start()):
            picked = words[-2:]  # "adaeze stewart in bed 6": a first name, then a surname that is a word
        if m.group("br") is not None and not (picked and _BULLET.fullmatch(text, line_start, picked[0].start()) and (
                not ctx.res.is_common(picked[0].group()) or ctx.res.anglo_first_names.get(picked[0].group().lower(), 0))):
            continue  # a room in brackets after a name opening its line: "Arthur (rm 4) – ate well" (not "Tea (rm 4)")
        if m.group("in") is None and m.group("br") is None and not (len(picked) >= 2 and (ctx.res.is_first_name(picked[0].group()) or all(
                w.group()[0].isupper() and not w.group().isupper() for w in picked)) or _row_opener(text, picked, line_start, m)):
            continue
        row = _row_opener(text, picked, line_start, m)  # a row's opener no dictionary knows is a name too ("Sithole")
        if picked and (row or any(ctx.res.is_name(w.group()) for w in picked)) and not ARTICLE_BEFORE.search(
                text, max(0, picked[0].start() - 8), picked[0].start()):  # "the Foley in bed 7": a thing
            out.append(finding(picked[0].start(), picked[-1].end(), SCORE, "name-in-bed"))
    return out


# a jobs list's or a board's row: its bed, then a dash or a colon before the task ("DOYLE bed 4 – K+ 3.1 → replace")
ROW_BED = re.compile(r",?[ \t]+(?:bed|bay)[ \t]*\d+[a-z]?[ \t]*[–—:-]", re.IGNORECASE)


_BULLET = re.compile(rf"[ \t]*(?:{LIST_MARKER})?[ \t]*")


def _row_opener(text: str, picked, line_start: int, m) -> bool:
    """One capitalised word opening its line (past a list's bullet or number), then a bed and a dash: the row's patient
    ("Gill bed 16 – TTOs", "• Ferreira bed 4 – chase CT")."""
    return (len(picked) == 1 and _BULLET.fullmatch(text, line_start, picked[0].start()) is not None
            and picked[0].group()[0].isupper() and ROW_BED.match(text, m.start()) is not None)


# a possessive right before the word ("our peg in bed 4"), or an article or a possessive and one more word ("the call
# bell in bay 2"): the word names a thing
_OWNER_BEFORE = re.compile(r"\b(?:(?:my|our|your|his|her|their|me|ur)|(?:the|a|an|this|that|my|our|your|his|her|their)[ \t]+"
                           r"\p{L}+)[ \t]+\Z", re.IGNORECASE)


def _lower_first_name(ctx: Context, text: str, word, end: int) -> bool:
    """A lower-case given name of the UK's birth lists right before "in bed N", though it is also a word, a month or
    a town ("dot", "june", "chester"): nothing else that is a word sits in a bed. Not a ward word ("peg", "tena"),
    a relation or stop word, or a word after a possessive ("our peg in bed 4") or after an article or possessive and
    one more word, with which it makes a thing ("the call bell in bay 2")."""
    w = word.group()
    res = ctx.res
    return (word.end() == end and w.islower() and len(w) >= 3 and res.anglo_first_names.get(w, 0) > 0
            and w not in WARD_WORDS and not ctx.is_stop(w) and not ctx.vocab.relation_word.fullmatch(w)
            and not _OWNER_BEFORE.search(text, max(0, word.start() - 30), word.start()))


def _first_and_surname(ctx: Context, first, last, end: int) -> bool:
    res = ctx.res
    f, s_ = first.group().lower(), last.group().lower()
    return (last.end() == end and first.end() + 1 == last.start() and res.is_first_name(f)
            and not ctx.is_stop(f) and not res.never_name(f) and res.is_surname(s_) and not res.never_name(s_))


def _bed_name_word(ctx: Context, word: str, before_name: bool = False) -> bool:
    res = ctx.res
    w = word.lower()
    if res.never_name(w) or ctx.is_stop(w) or ctx.vocab.relation_word.fullmatch(w) or not VOWEL.search(w):
        return False
    if before_name and len(w) >= 3 and not res.is_place(w) and (res.is_first_name(w) or not res.is_common(w)):
        return True  # "yaw mclaughlin"; not "who's got abdi"
    if res.is_name(w):
        return not res.is_common(w) or word[0].isupper()
    return len(w) >= 3 and not res.is_common(w) and not res.is_place(w)
