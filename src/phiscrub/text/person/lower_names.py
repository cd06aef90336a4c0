"""Rule ``lower-name``: a first name written in lower case that is no word of any kind is a name wherever it stands
in an English line: "bay 3 w ebuka", "tasha payroll said", "(yes chloe, anonymise it)", "mum in bed 6 (bogdana)".

Chat and quick notes drop capitals, and the other rules then need a cue before or a verb after the name; a first
name that no list knows as an ordinary word, place, drug or keep word needs neither, as a capitalised one does not.

Source: UK ward group chats and handover notes, written in lower case. Avoids: a word with any ordinary reading
("will", "grace", "mo": ``ordinary``), a ward's short form or product ("cath", "abdo", "tena": ``WARD_WORDS``), a place ("kendal"), a keep, stop, relation or title word;
a word after a determiner or possessive, which makes it a thing ("the sara stedy", "a tray of gulab jamun", "me
nana"), or after "in", "near", "via", which makes it a place ("a nurse in hong kong"); short words (three letters or fewer: "ade", "bex" need a cue) and words with accents ("míle"); a foreign phrase (a word beside it that is
neither English nor a name: "Merci bien", "Ceud mìle fàilte"); a line mostly in another language (under 70 in 100 of
its words English) or a Welsh or Gaelic line.
"""

from __future__ import annotations

from typing import List, Optional

import regex as re

from phiscrub.text.celtic import celtic_line
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.ordinary import chat_word, drug_name, ordinary
from phiscrub.text.words import PARTICLE
from phiscrub.types import Finding

# a lower-case word of four letters or more (or two joined by a hyphen: "alfie-ray", "jun-jun"), not inside a handle,
# path, address or hyphenated compound
LOWER = re.compile(r"(?<![\p{L}\p{M}\d'’@#/.\-_])\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\d'’@/\-_]|\.\p{L})")
# a lower-case surname right after it: "maisie featherstone"
_NEXT = re.compile(r"[ \t](\p{Ll}[\p{Ll}\p{M}'’-]*\p{Ll})(?![\p{L}\p{M}\d@/_])")
# a determiner or possessive right before it: the word names a thing ("the sara stedy", "our tena pads", "me nana");
# or a preposition of place: a place ("a nurse in hong kong")
_THING_BEFORE = re.compile(r"(?<![\p{L}])(?i:the|a|an|our|my|me|his|her|their|your|ur|yer|some|of|any|this|that|"
                           r"these|those|no|each|every|in|near|via|around)[ \t]+\Z")
_PREV = re.compile(r"(?<![\p{L}\p{M}\d'’@#/.\-_])(\p{Ll}+)[ \t]\Z")
_WORD = re.compile(r"\p{L}[\p{L}\p{M}]*")
_WORD_BEFORE = re.compile(r"(\p{L}[\p{L}\p{M}]*)[^\p{L}\p{M}\n]{1,3}\Z")
_WORD_AFTER = re.compile(r"[^\p{L}\p{M}\n]{1,3}(\p{L}[\p{L}\p{M}]*)")
# words a ward writes in lower case that the name lists hold as given names: clinical short forms and ward products
# (a catheter, the abdomen, a hemicolectomy, an appendicectomy, an angiogram, Hartmann's operation, the mortuary,
# a PEG feeding tube, Tena pads, the Sara Stedy standing aid), kin words and foods of the UK's South Asian and Filipino communities
# ("nani", "didi", "tita", "chai", "gulab jamun"), and HMRC's "nino" (a National Insurance number). Source: NHS ward
# usage, HMRC manuals; the name lists of ``phiscrub.resources``.
WARD_WORDS = frozenset("cath abdo hemi appy angi hartmann mort tena sara nana nani didi tita lola bibi oma chai gulab "
                       "momo nasi nino peg".split())
_ENGLISH_SHARE = 0.7
SCORE = 0.6


def from_lower_name(ctx: Context, text: str) -> List[Finding]:
    """Lower-case first names that are no word (see the module)."""
    out = []
    lines = {}
    for m in LOWER.finditer(text):
        w = m.group()
        if len(w) < 4 or not w.isascii() or not _name_only(ctx, w):
            continue
        if _THING_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _foreign_beside(ctx, text, m.start(), m.end()):
            continue
        start = _start(ctx, text, m)
        line = text.rfind("\n", 0, m.start()) + 1
        if line not in lines:
            lines[line] = _english(ctx, text, line)
        if start is not None and lines[line] and not celtic_line(text, m.start()):
            nxt = _NEXT.match(text, m.end())
            grows = nxt and (_surname(ctx, nxt.group(1)) or _list_row_end(ctx, text, nxt) or _aged(ctx, text, nxt))
            out.append(finding(start, nxt.end() if grows else m.end(), SCORE, "lower-name"))
    return out


def _start(ctx: Context, text: str, m: "re.Match") -> Optional[int]:
    """Where the name opens: at the word, or at a first name that is also a word right before it ("will bautista");
    None when the word before decides (two name-only words: "in hong kong") or would be left half ("will" before a
    word that is no surname)."""
    prev = _PREV.search(text, max(0, m.start() - 30), m.start())
    if prev is None:
        return m.start()
    p = prev.group(1)
    if _name_only(ctx, p):
        return None  # the second of two: the first decides, and takes it as its surname
    res = ctx.res
    if (len(p) < 3 or not res.is_first_name(p) or ctx.vocab.relation_word.fullmatch(p)
            or (ctx.is_stop(p) or res.is_common(p)) and res.anglo_first_names.get(p, 0) < _NAME_AS_OFTEN):
        return m.start()  # a word that is rarely a name ("to bernie", "im rowena", "well done niamh"; not "will", "may")
    return prev.start(1) if _surname(ctx, m.group()) else None  # no half of a name alone


def _name_only(ctx: Context, w: str) -> bool:
    """A gazetteer first name (every part of a hyphenated one) with no other reading."""
    res = ctx.res
    return (w not in WARD_WORDS and res.is_first_name(w) and not any(ordinary(ctx, p) or res.is_place(p) or res.never_name(p) or ctx.is_stop(p)
                                             or drug_name(res, p) for p in [w, *w.split("-")])
            and not ctx.vocab.relation_word.fullmatch(w) and not ctx.vocab.title_word.fullmatch(w)
            and not res.is_place(w))


def _surname(ctx: Context, w: str) -> bool:
    """A word of the surname list (of any part: "llewellyn-parry"), even one that is an ordinary word, or a word no list
    knows or only as a place ("maisie featherstone"): right after a lower-case first name, its surname. Never a stop
    word, a term of address, a relation or a particle."""
    res = ctx.res
    if (ctx.is_stop(w) or chat_word(ctx, w) or w in ctx.vocab.address_terms or ctx.vocab.relation_word.fullmatch(w)
            or PARTICLE.fullmatch(w)):
        return False  # ... nor a particle: the completion stage reads "mac an t-saoir" whole
    if any(res.is_surname(p) for p in w.split("-") if p):
        return True  # a surname list's word, whatever else it is
    return len(w) >= 4 and not (ordinary(ctx, w) or res.never_name(w) or res.is_first_name(w))


_NAME_AS_OFTEN = 2  # a word this common as a first name (``anglo_first_names``' scale) may open a name: "will bautista"
# what ends a list's row after a name: an age, a dash, a bed, the line's end
_ROW_END = re.compile(r"[ \t]*(?:\d{1,3}\b|[–—-]|\(|(?:is[ \t]+)?(?:in|on)[ \t]+(?:bed|bay|b\d)|$)", re.MULTILINE)


def _list_row_end(ctx: Context, text: str, nxt: "re.Match") -> bool:
    """Whether the word after a lower-case first name is a first-name-list word and the row ends after it: then it is
    the name's surname, however ordinary ("b4 eilidh london 63 –", "ayesha love in bed 6"): no half of a name alone."""
    return ctx.res.is_first_name(nxt.group(1)) and _ROW_END.match(text, nxt.end()) is not None


# an age right after: "(4)", "(14m)", "6m", "83F", "23 yo"
_AGE_NEXT = re.compile(r"[ \t]*(?:\([ \t]*\d{1,3}[ \t]*(?:[mfyw]|mo|mths?|yrs?|wks?)?[ \t]*\)|\d{1,3}[ \t]?(?:[mfMFyw]|mo|yo|yrs?|wks?)\b)")


def _aged(ctx: Context, text: str, nxt: "re.Match") -> bool:
    """A word that is no dictionary word (a compound's look aside: "sandberg", "lindqvist"), keep or stop word, right
    before an age: the surname of the name before it ("linnea sandberg (4) – croup"), no half of a name alone."""
    w = nxt.group(1)
    return (_AGE_NEXT.match(text, nxt.end()) is not None and len(w) >= 4 and not (
        ctx.res.is_common(w) or ctx.res.never_name(w) or ctx.is_stop(w) or ctx.vocab.relation_word.fullmatch(w)))


def _foreign_beside(ctx: Context, text: str, start: int, end: int) -> bool:
    """Whether the word right before or after, on the same line, is no English word and no name: the name-like word
    is a foreign phrase's ("Merci bien", "Go raibh míle maith agaibh", "Dhanyabad didi")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    if after is not None and _NEXT.match(text, end) and _surname(ctx, after.group(1)):
        after = None  # its surname ("maisie featherstone"), read as the name's
    return any(m is not None and not _known(ctx, m.group(1).lower()) for m in (before, after))


def _known(ctx: Context, w: str) -> bool:
    return ordinary(ctx, w) or ctx.is_stop(w) or chat_word(ctx, w) or ctx.res.is_name(w) or ctx.res.is_place(w)


def _english(ctx: Context, text: str, line: int) -> bool:
    """Whether at least 70 in 100 of the line's words are English: ordinary, stop or chat words or places (names aside:
    a word that is a name and nothing else counts neither way)."""
    end = text.find("\n", line)
    words = [w.lower() for w in _WORD.findall(text, line, len(text) if end < 0 else end)]
    known = [ordinary(ctx, w) or ctx.is_stop(w) or chat_word(ctx, w) or ctx.res.is_place(w) for w in words]
    counted = [k for w, k in zip(words, known, strict=True) if k or not ctx.res.is_name(w)]
    return not counted or sum(counted) >= _ENGLISH_SHARE * len(counted)
