"""Lower-case names in bed lists and ward chat: "b4 priya raman 63", "bed 12 john o'hara", "son is callum reid".

Rule: after a bed or bay cue ("bed 12", "b4", "side room 2"), a naming cue
("pt", "hi", "ask"), a thanks cue ("congratulations", "well done") or a relation with "is"
("son is"), a first name of the
gazetteer followed by a word that is a surname or no ordinary English word
("raman", "o'hara", "fforde-smythe") takes both, and a third such word; when an
age or a record field follows within three words ("76f", "aged 80", "DOB", or
after a bed cue a bare "63" after two words), the name runs up to it. The first name may be an
ordinary word ("john", "rose"): the word after it decides.

Source: UK bed states, handovers and ward group chats (names of patients and
relatives written in lower case); gazetteers as in ``phiscrub.resources``.
Avoids: "bed 4 will need a hoist" and "b4 handover" (no name-like word after a
first name), chat words after a name ("stayin", "tbh": no vowel, or a dropped
"g" of an ordinary word), keep-list words ("bay", "obs").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple

import regex as re

from phiscrub.text.person.anchors import cue_matches
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.eponyms import eponym
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.person.ordinary import chat_word
from phiscrub.text.person.tokens import CONTRACTION, NAME_AGE, POSSESSIVE_END, TOKEN
from phiscrub.text.words import NUMBERED_UNITS, PARTICLE
from phiscrub.types import Finding

GAP = re.compile(r"[ \t]+")
BARE_AGE = re.compile(r"[ \t]*[,(–—-]?[ \t]*\d{1,3}\b(?![:/.]\d)")
NAME_SHAPE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MAX_WORDS = 3
_LOWER_WORD = r"[a-zà-ÿłśźżćńąęó][\w'’-]*"
LOWER_LIST = re.compile(rf"(?<![\w@#'’-]){_LOWER_WORD}(?:(?:[ \t]*[,/&↔⇄][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_LOWER_WORD})+"
                        r"(?![\w'’-])")
# a lower-case word and the next one, with no cue before: "rajesh owusu starts monday"
LOWER_PAIR = re.compile(rf"(?<![\w@#/'’.-])(?P<first>{_LOWER_WORD})[ \t]+"
                        rf"(?=(?P<particles>(?:(?:{PARTICLE.pattern})[ \t]+)*)(?P<last>{_LOWER_WORD})(?![\w'’-]))")
LOWER_ITEM = re.compile(r"(?<![\w'’-])(?!and\b)[^\W\d_][\w'’-]*")

Span = Tuple[int, int]


@dataclass(frozen=True)
class PairRule:
    """A cue after which a lower-case full name may follow; ``bare_age``: a bare number after it is an age."""

    key: str
    cue: str
    bare_age: bool = False


PAIR_RULES: Tuple[PairRule, ...] = (
    PairRule("pair/bed", "bed_cue", bare_age=True),  # "b4 priya raman 63 – chest pain"
    PairRule("pair/naming", "naming_cue"),  # "pt mary-jane fforde-smythe 76f"
    PairRule("pair/relation", "kin_is_cue"),  # "her son is callum reid"
    PairRule("pair/thanks", "thanks_cue"),  # "congratulations rose patel", "thanks to rhiannon lloyd"
)


def _words(text: str, pos: int) -> List[Span]:
    """Up to three word tokens from ``pos``, on one line, spaces between them."""
    out: List[Span] = []
    while len(out) < _MAX_WORDS:
        m = TOKEN.match(text, pos)
        if not m:
            break
        end = m.end() - 1 if m.group().endswith(".") else m.end()
        out.append((m.start(), end))
        gap = GAP.match(text, end)
        if end != m.end() or not gap:
            break
        pos = gap.end()
    return out


def _first_name(ctx: Context, w: str) -> bool:
    res = ctx.res
    return len(w) >= 2 and res.is_first_name(w) and not (res.never_name(w) or ctx.is_stop(w.lower()))


def _surname_like(ctx: Context, word: str) -> bool:
    """A surname, or a name-shaped word that is no ordinary word, keep word or chat word."""
    w = word.lower()
    res = ctx.res
    if res.never_name(w) or ctx.is_stop(POSSESSIVE_END.sub("", w)) or not NAME_SHAPE.fullmatch(w) or CONTRACTION.search(w):
        return False  # "and said he'd": a contraction is no surname; nor "who's" (a stop word's "'s")
    base = POSSESSIVE_END.sub("", w)  # "from Sheffield Children's": the word before its possessive is ordinary
    return res.is_surname(w) or (len(w) >= 2 and not res.is_common(w) and not res.is_common(base) and not chat_word(ctx, w))


def _up_to_age(ctx: Context, text: str, words: List[Span], bare_age: bool) -> Optional[int]:
    """Where the name ends when an age follows one of ``words`` (every word before it name-shaped)."""
    for k in range(len(words), 0, -1):
        end = words[k - 1][1]
        if not (NAME_AGE.match(text, end) or (bare_age and k > 1 and BARE_AGE.match(text, end))):
            continue
        inner = [text[s:e].lower() for s, e in words[1:k]]
        if all(NAME_SHAPE.fullmatch(w) and not ctx.res.never_name(w)
               and (not ctx.is_stop(w) or ctx.res.is_name(w)) for w in inner):
            return end
    return None


def pair_at(ctx: Context, text: str, pos: int, bare_age: bool = False) -> Optional[Span]:
    """The full name starting at ``pos`` by the rule of this module, or None."""
    words = _words(text, pos)
    if not words or not _first_name(ctx, text[words[0][0]:words[0][1]]) or ctx.vocab.relation_word.fullmatch(
            text[words[0][0]:words[0][1]].lower()):
        return None  # "thanks to son iain": a relation word opens no full name (the relation rules name iain)
    end = _up_to_age(ctx, text, words, bare_age)
    if end is not None:
        return words[0][0], end
    n = 1
    while n < len(words) and _surname_like(ctx, text[words[n][0]:words[n][1]]):
        n += 1
    return (words[0][0], words[n - 1][1]) if n > 1 else None


def from_pairs(rule: PairRule, ctx: Context, text: str) -> List[Finding]:
    """Full names after each match of the rule's cue; eponyms and places dropped."""
    out = []
    for m in cue_matches(ctx.vocab, rule.cue, text):
        span = pair_at(ctx, text, m.end(), rule.bare_age)
        if span is None:
            continue
        s, e = span
        if eponym(ctx, text, e, text[s:e].split()[-1]) or not_a_person(ctx, text, s, e):
            continue
        out.append(finding(s, e, 0.7, "pair"))
    return out


def from_lower_list(ctx: Context, text: str) -> List[Finding]:
    """"tomasz, gosia and dominika all put in for xmas off": a lower-case list of first names.

    Rule: two or more lower-case words joined by commas, "and", "&" or "/", at least two of
    them first names of the gazetteer that are no ordinary word, and the rest words no
    dictionary knows: each is a name. Avoids: lists of ordinary words ("bloods, obs and
    fluids"), one name in a list of things ("obs and kai": the list rule's job).
    """
    out = []
    for m in LOWER_LIST.finditer(text):
        items = [w for w in LOWER_ITEM.finditer(m.group())]
        known = [w for w in items if _lower_first_name(ctx, w.group())]
        rest_ok = all(_lower_first_name(ctx, w.group()) or _unknown_lower(ctx, w.group()) for w in items)
        if len(known) >= 2 and rest_ok:
            out += [finding(m.start() + w.start(), m.start() + w.end(), 0.6, "lower-list") for w in items]
    return out


def _lower_first_name(ctx: Context, w: str) -> bool:
    res = ctx.res
    return _first_name(ctx, w) and not res.is_common(w)


def _unknown_lower(ctx: Context, w: str) -> bool:
    res = ctx.res
    return (len(w) >= 3 and not res.is_common(w) and not res.never_name(w) and not ctx.is_stop(w)
            and not res.is_place(w) and not chat_word(ctx, w))


def from_lower_pairs(ctx: Context, text: str) -> List[Finding]:
    """"rajesh owusu (Band 5) starts monday": a lower-case full name with no cue before it.

    Rule: a first name of the gazetteer (three letters or more) that is no ordinary word, then a surname of
    the gazetteer that is no verb or adjective, stop or keep word or place (a noun may be one: "bishop"):
    a rare first name and a surname side by side are a name wherever they stand; ``pair_at`` then takes a
    third word or runs to an age.
    Avoids: ordinary words that are also names ("will young", "rose hill": the cued rules' job),
    places ("emeka leeds"), particles alone ("ahmed da").
    """
    out = []
    res = ctx.res
    for m in LOWER_PAIR.finditer(text):
        first, last = m["first"], m["last"].lower().removesuffix("'s").removesuffix("’s")  # "ewan nguyen's husband"
        particled = bool(m["particles"]) and not res.is_common(last)  # "sienna van der merwe": particles and no word
        if len(first) < 3 or not _first_name(ctx, first) or (
                res.is_common(first) and not (particled or _telling_surname(ctx, first, last))):
            continue
        # the surname may be an ordinary noun ("tariq bishop"), never a verb or adjective ("priya rang") unless a rare
        # first name comes first and the surname is listed ("zofia savage", "rajesh banks", "chinedu english"; not a
        # ward's or bay's word: "kemi ward round"); with name particles
        # between ("ahmed da silva") it need not be listed
        known = res.is_surname(last) or bool(m["particles"])
        rare = not res.is_common(first) and res.is_surname(last) and last not in NUMBERED_UNITS
        if (not known or (not rare and (last in res.non_noun_words or res.is_place(last) or res.never_name(last)))
                or ctx.is_stop(last) or ctx.vocab.relation_word.fullmatch(first)):
            continue
        end = m.start("last") + len(last)
        s, e = (m.start(), end) if m["particles"] else (pair_at(ctx, text, m.start()) or (m.start(), end))
        e -= 2 if text[e - 2:e] in ("'s", "’s") else 0  # the possessive is not the name
        if not (eponym(ctx, text, e, text[s:e].split()[-1]) or not_a_person(ctx, text, s, e)):
            out.append(finding(s, e, 0.6, "pair"))
    return out


def _telling_surname(ctx: Context, first: str, last: str) -> bool:
    """A first name that is also a word ("lily", "kit") names someone beside a surname that is nothing else: no word,
    or place ("lily adeyemi", "kit owusu", "precious sandhu"; not "rose hill", "grace park")."""
    res = ctx.res
    return (not (ctx.is_stop(first) or res.never_name(first)) and res.is_surname(last)
            and not (res.is_common(last) or res.is_place(last)))  # a surname that is also a first name: "sandhu"


# a word ending in "s" then a lower-case word, as chat writes a possessive: "chloes last shift", "Adwoas email"
GLUED_POSSESSIVE = re.compile(r"(?<![\w@#/'’.-])(?P<name>[^\W\d_]{2,}s)[ \t]+(?=[a-z])")


def from_glued_possessive(ctx: Context, text: str) -> List[Finding]:
    """"its chloes last shift", "send me Adwoas email": a possessive written without its apostrophe.

    Rule: a word ending in "s" whose stem is a first name of the gazetteer, neither the word nor the
    stem an ordinary, stop or keep word or a place, before a lower-case word; the whole word is the
    name (the "s" carries no letter of it to leave readable).
    Avoids: plurals of words that are names ("marks", "bills", "hopes": ordinary words), names
    ending in "s" themselves ("james", "chris": the gazetteer rule's job).
    """
    out = []
    res = ctx.res
    for m in GLUED_POSSESSIVE.finditer(text):
        word = m["name"]
        w, stem = word.lower(), word[:-1].lower()
        if res.is_first_name(w) or not res.is_first_name(stem) or len(stem) < 3:
            continue
        if any(res.is_common(x) or res.never_name(x) or ctx.is_stop(x) or res.is_place(x) for x in (w, stem)):
            continue
        if not not_a_person(ctx, text, m.start("name"), m.end("name")):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "glued-possessive"))
    return out
