"""The first word of a name read after a cue, where the word alone would not pass: a stop word that is a common first
name after a title ("Dr Will Okafor", "paramedic Will was"), a lower-case first name that is also a word after a
relative's word, before what a named person does next ("grandson jack coming 2pm"), and which words may open a name
after a cue that asks for a first name ("daughter Xiaoling", "He's Chidubem")."""

from __future__ import annotations

import regex as re

from phiscrub.text.person.context import Context
from phiscrub.text.words import PARTICLES, well_known_first_name


def named_first_word(ctx: Context, m, word: str, strong: bool, first_name: bool) -> bool:
    """After a strong cue, a stop word that is a common first name; after a relative, a first name that is a word
    before what a named person does next."""
    return (strong and (_stop_word_first_name(ctx, m, word) or _lower_initial(ctx, m))) or (
        first_name and _relative_named_next(ctx, m, word))


_LOWER_INITIAL = re.compile(r"[a-z]\.?")  # with its full stop or without: "mr c. pascoe", "mr j kowalczyk"
_LOWER_WORD_NEXT = re.compile(r"[ \t]{1,2}(?P<w>[a-z][\w'’-]{1,})")


def _lower_initial(ctx: Context, m) -> bool:
    """A lower-case initial with its full stop after a title in chat, before a word that can be a surname or a
    particle ("mr c. pascoe", "mrs d. okafor-james", "m. da costa", "mr j kowalczyk"; not "dr a. lot", "mr i think")."""
    nxt = _LOWER_WORD_NEXT.match(m.string, m.end()) if _LOWER_INITIAL.fullmatch(m.group()) else None
    w = nxt["w"] if nxt else ""
    return bool(nxt) and (ctx.res.is_surname(w) or w in PARTICLES or not (
        ctx.is_stop(w) or ctx.res.is_common(w) or ctx.res.never_name(w)))


# after a relative's word and a lower-case first name that is also a word: a verb of coming, calling or asking, or a
# phone number ("grandson jack coming 2pm", "daughter rose rang", "son bill rings every eve", "son harj 07700 900903")
_PERSON_NEXT = re.compile(r"[ \t]+(?:(?:usually|always|normally|often|sometimes|also|still|just|now|never)[ \t]+)?"
                          r"(?:is|was|has|had|coming|comes|came|visiting|visits|visited|rang|rings|rung|called|calls|"
                          r"phoned|phones|says|said|will\s+(?:be|come|ring|call|visit|bring)|wants|needs|asked|asks|asking|"
                          r"brought|brings|bringing|staying|stays|lives|knows|arriving|arrived|picking|picks|collecting|"
                          r"collects|helps|does|did|gets|got|takes|took)\b|[ \t]*[,:-]?[ \t]*(?:0|\+44)\d")


def _relative_named_next(ctx: Context, m, word: str) -> bool:
    """A lower-case first name that is also a word, before what a named person does next (``_PERSON_NEXT``) or in the
    possessive ("my husband frank's catheter")."""
    return (word.islower() and ctx.res.is_first_name(word) and not ctx.is_stop(word)
            and not ctx.vocab.relation_word.fullmatch(word)
            and (m.group().endswith(("'s", "’s")) or bool(_PERSON_NEXT.match(m.string, m.end()))))


_CAPITALISED_NEXT = re.compile(r"[ \t]+(?P<w>\p{Lu}\p{Ll}[\p{L}'’-]+)")
_NO_MODAL_AFTER = re.compile(r"[ \t]*(?:[,.!?;:)]|$)|[ \t]+(?:was|is|has|had|did|and|&|who|x)\b", re.MULTILINE)


def _stop_word_first_name(ctx: Context, m, word: str) -> bool:
    """A capitalised stop word that is a common first name ("Will"), a capitalised surname after it (a known surname
    or no ordinary word: not "Matron Will Visit"), or what never follows a modal verb ("paramedic Will was", "Will,")."""
    if not (word.istitle() and ctx.is_stop(word.lower()) and well_known_first_name(word, ctx.res)):
        return False
    after = _CAPITALISED_NEXT.match(m.string, m.end())
    return (after is not None and (ctx.res.is_surname(after["w"]) or not ctx.res.is_common(after["w"]))) or bool(
        _NO_MODAL_AFTER.match(m.string, m.end()))


def first_name_here(ctx: Context, word: str) -> bool:
    """A first name of the gazetteer, or a capitalised word no dictionary or gazetteer knows
    ("daughter Xiaoling", "He's Chidubem")."""
    res = ctx.res
    return res.is_first_name(word) or (word.istitle() and len(word) >= 3 and not res.is_common(word)
                                       and not res.is_place(word))
