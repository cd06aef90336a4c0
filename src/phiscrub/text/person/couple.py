"""Rule ``couple``: two first names joined by "and", "&" or "+" before one surname share it: "Jim and June Aston",
"rita + ken marshall", "Bill & Mavis Kendal". The surname's slot decides, as a comma-inverted layout does, even where
the surname is also a town or a word ("Aston", "Kendal", "Marshall"); so does the second first name's ("June" after
"Jim and" is no month).

Source: visit lists, thank-you cards and ward chat, which name a couple by their two first names and one surname.
Avoids: a full name before "and" ("Robert Jones and Agnes Hunt", "Bob Marley and Jim Reeves"), a first word that is
no first name of the gazetteer or a common first name as a word ("Will and Grace Street"), a surname that is a stop,
keep or relation word ("Jim and Mary Ward": a ward), a surname of another case than the names ("Jim and Mary TODAY"),
a place word after the surname ("Jim and June Aston Road").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

_WORD = r"\p{L}[\p{L}'’-]*"
COUPLE = re.compile(rf"(?<![\p{{L}}'’-])(?P<a>{_WORD})[ \t]+(?:and|&|\+)[ \t]+(?P<b>{_WORD})[ \t]+(?P<s>{_WORD})"
                    r"(?![\p{L}'’-])")
_PREV_WORD = re.compile(r"(\p{L}[\p{L}'’-]*)[ \t]+\Z")


def from_couple(ctx: Context, text: str) -> List[Finding]:
    """Rule ``couple`` (see the module): both first names with the surname."""
    vocab = ctx.vocab
    out = []
    for m in COUPLE.finditer(text):
        a, b, s = m["a"], m["b"], m["s"]
        if not (a[0].isupper() == b[0].isupper() == s[0].isupper()) or a.isupper() != s.isupper():
            continue  # one case for the three: "Jim and June Aston", "rita + ken marshall"
        if not all(_first_name(ctx, w) for w in (a, b)) or not _surname(ctx, s):
            continue
        before = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
        if before and before.group(1)[0].isupper() == a[0].isupper() and _name_like(ctx, before.group(1)):
            continue  # a full name before "and": "Robert Jones and Agnes Hunt", "Bob Marley and Jim Reeves"
        nxt = re.match(r"[ \t]+(\p{L}+)", text[m.end():m.end() + 24])
        if nxt and nxt.group(1).lower() in vocab.place_after:
            continue  # "Jim and June Aston Road": the street's name
        out.append(finding(m.start("a"), m.end("a"), 0.7, "couple"))
        out.append(finding(m.start("b"), m.end("s"), 0.7, "couple"))
    return out


def _first_name(ctx: Context, word: str) -> bool:
    """A first name of the gazetteer that is no stop or keep word; in lower case, none that is an ordinary word too."""
    w = word.lower()
    if not ctx.res.is_first_name(w) or ctx.is_stop(w) or ctx.vocab.relation_word.fullmatch(w):
        return False
    if ctx.res.never_name(w) and ctx.res.anglo_first_names.get(w, 0) < 2:
        return False
    return not word.islower() or not ctx.res.is_common(w) or ctx.res.anglo_first_names.get(w, 0) >= 3


def _surname(ctx: Context, word: str) -> bool:
    """A surname of the gazetteer, or a capitalised word no list knows; never a stop, keep-list or relation word."""
    w = word.lower()
    town_surname = ctx.res.is_place(w) and ctx.res.is_surname(w)  # "Bolton", "Kendal": the slot decides
    if ctx.is_stop(w) or (ctx.res.never_name(w) and not town_surname) or ctx.vocab.relation_word.fullmatch(w) or (
            w in ctx.vocab.place_after):
        return False
    return ctx.res.is_surname(w) or (word[0].isupper() and not ctx.res.is_common(w) and len(w) > 2)


def _name_like(ctx: Context, word: str) -> bool:
    """A word that may be a name's first half: a first name, or no stop or ordinary word ("Robert"; not "Thanks")."""
    w = word.lower()
    return ctx.res.is_first_name(w) or not (ctx.is_stop(w) or ctx.res.is_common(w) or ctx.res.never_name(w))
