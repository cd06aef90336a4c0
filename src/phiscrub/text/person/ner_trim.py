"""Trimming an NER PERSON entity to its name: no titles, relation words, lead-ins or keep-list words at its edges
(``ner_names`` runs the checks on what is left). A form's cell gap or a comma ends the name; "Sarah Whitby" keeps its
town-named surname."""

from __future__ import annotations

from typing import List, Sequence, Tuple

import regex as re

from phiscrub.text.name_before import LEAD_INS
from phiscrub.text.person.context import Context
from phiscrub.text.person.filters import edge_junk, sentence_start
from phiscrub.text.person.ordinary import ordinary
from phiscrub.text.person.tokens import NUMBERED
from phiscrub.text.surname_after import town_surname
from phiscrub.text.words import PARTICLES

# a board's cell, a line, a spaced dash, a drawn column rule, a plus joining two of a list ("Farnworth + Kearsley")
CELL_GAP = re.compile(r"[ \t]{2,}|\t|\n|[–—¦│┃║|]|[ \t][-+][ \t]")
LABEL_GAP = re.compile(r"[ \t]*:[ \t]+")
_HALF_DAY = frozenset({"am", "pm"})
# lower-case words no name holds: a possessive ends it ("it's Stefan your Unison steward")
NEVER_INSIDE = frozenset("your my our his her their its".split())  # (a Gaelic name holds "an": "Mac an t-Saoir")

Span = Tuple[int, int]


def _is_title(ctx: Context, word: str) -> bool:
    return bool(ctx.vocab.title_word.fullmatch(word))


def _keeps_head(ctx: Context, head: str, rest: Sequence[str]) -> bool:
    """"Ed Sheeran": a first name that is also a keep-list word ("ED") opens the name (not before a
    lone letter, "Bay B", nor a half of the day: "Tue am Gwyneth" is Tuesday morning's)."""
    res = ctx.res
    return (bool(rest) and len(rest[0].strip(".")) > 1 and rest[0].lower() not in _HALF_DAY
            and head.istitle() and res.is_first_name(head)
            and (len(head) <= 3 or not res.is_common(head)) and not _is_title(ctx, head))


def trim(ctx: Context, text: str, tokens: Sequence[Span]) -> List[Span]:
    """An entity's word tokens without titles, relation words and keep-list words at its edges."""
    toks = _joined([(s, e) for s, e in tokens if any(ch.isalnum() for ch in text[s:e]) and text[s:e] not in ("'s", "’s")],
                   text)
    labelled = [k for k in range(1, len(toks)) if LABEL_GAP.fullmatch(text, toks[k - 1][1], toks[k][0])]
    toks = toks[labelled[-1]:] if labelled else toks  # a label, then its value: "James Paget ED: Ellis Thrower"
    for k in range(1, len(toks)):
        if CELL_GAP.search(text, toks[k - 1][1], toks[k][0]) or text[toks[k][0]:toks[k][1]] in NEVER_INSIDE or (
                "," in text[toks[k - 1][1]:toks[k][0]] and not text[toks[0][0]:toks[k - 1][1]].isupper()):
            toks = toks[:k]  # a form's cell gap ends the name: "Yaw   IVAB"; so does a comma: "Dr M. Quinn, Govan"
            break
    while toks:
        head = text[toks[0][0]:toks[0][1]]
        if not _lead_in(ctx, [text[s:e] for s, e in toks[:2]]) and not _opening_word(ctx, text, toks):
            if not (edge_junk(ctx, head) or _is_title(ctx, head.rstrip("."))):
                break
            if _keeps_head(ctx, head, [text[s:e] for s, e in toks[1:]]):
                break
        toks = toks[1:]
    while toks and ((edge_junk(ctx, text[toks[-1][0]:toks[-1][1]]) and not _town_surname(ctx, text, toks)
                     and not _syllable_name(text, toks)) or _trailing_word(ctx, text, toks)):
        toks = toks[:-1]
    return toks


def _joined(toks: List[Span], text: str) -> List[Span]:
    """Tokens with no space between them, the second capitalised, as one word ("Al-Farsi", not "Al" and the keep
    word "Farsi"; "Co-authored" stays two)."""
    out: List[Span] = []
    for s, e in toks:
        if out and text[s].isupper() and not any(ch.isspace() for ch in text[out[-1][1]:s]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _syllable_name(text: str, toks: Sequence[Span]) -> bool:
    """"Lau Wai Man", "Chan Ka Yan": three or more short capitalised syllables, as Cantonese, Korean and Vietnamese
    names are written in English, keep a last syllable that is also an English keep word ("Man")."""
    words = [text[a:b] for a, b in toks]
    return len(words) >= 3 and all(2 <= len(w) <= 4 and w.isalpha() and w.istitle() for w in words)


def _town_surname(ctx: Context, text: str, toks: Sequence[Span]) -> bool:
    """"Sarah Whitby was on": a keep-list town that is a surname, after a capitalised first name, is the surname
    (not before a number: "Sarah Chester 4")."""
    if len(toks) < 2:
        return False
    last, prev = text[toks[-1][0]:toks[-1][1]], text[toks[-2][0]:toks[-2][1]]
    return (last.istitle() and prev.istitle() and town_surname(last, ctx.res) and ctx.res.is_first_name(prev)
            and not NUMBERED.match(text, toks[-1][1]))


def _trailing_word(ctx: Context, text: str, toks: Sequence[Span]) -> bool:
    """"Nana Ama rang": a lower-case ordinary word after a capitalised name is the verb, not the name
    (particles such as "van", and lower-case chat names, stay)."""
    if len(toks) < 2:
        return False
    last, first = text[toks[-1][0]:toks[-1][1]], text[toks[0][0]:toks[0][1]]
    return (last.islower() and first[:1].isupper() and last not in PARTICLES and ctx.res.is_common(last)
            and not ctx.res.is_name(last))


def _opening_word(ctx: Context, text: str, toks: Sequence[Tuple[int, int]]) -> bool:
    """"Handler Ngozi says …": an ordinary word that opens the sentence before a name is no part of it."""
    head = text[toks[0][0]:toks[0][1]]
    return (len(toks) > 1 and sentence_start(text, toks[0][0]) and ordinary(ctx, head)
            and not ctx.res.is_name(head))


def _lead_in(ctx: Context, words: Sequence[str]) -> bool:
    """A word before a capitalised name that is no part of it: a closing or salutation ("Cheers
    Bern", "Dear Mrs Mensah") or a lower-case word no gazetteer knows ("tae Hamish"; particles such as "de" stay)."""
    if len(words) < 2:
        return False
    w = words[0].lower()
    if w in LEAD_INS:
        return True
    if ctx.res.is_first_name(w):
        return False
    return w in ctx.vocab.closing_words or (words[0].islower() and words[1][:1].isupper()
                                            and not ctx.res.is_name(w) and w not in PARTICLES)
