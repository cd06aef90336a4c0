"""PERSON rule ``kin-unknown``: a relation word, then one word no dictionary, gazetteer or keep list knows, is that
relative's name ("wife erzsebet struggling", "daughter Oluwatoyin (lives in Leeds)"): the gazetteer's
first names miss many Hungarian, Yoruba, Tagalog and other names, and a relative is named right after the word. A
family word's relative may be a word or a place a dictionary knows when capitalised mid-sentence and the sentence goes
on in lower case ("lives with son Rubel at", "Nephew Royston collecting"; not "our partner Trust colleagues").

Source: NHS community-nursing notes and next-of-kin fields. Avoids: ordinary words ("wife struggling", "son aware"),
chat shorthand and words with no vowel ("dtr nok", "son pls"), places and keep words otherwise ("husband Leeds.",
"son ward"), titles ("wife Aling Nenita": the name is the title rule's), verbs of a kin word ("wife said"), short
words (three letters or fewer: "son ok"), acronyms and their plurals ("twins DOBs"), contractions and compounds ("a
man who'd", "self-discharged"), English endings a dictionary may lack ("niece contactable").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.anchors import cue_matches
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import KIN_SKIP, not_a_person, sentence_start
from phiscrub.text.person.ordinary import chat_word
from phiscrub.text.person.tokens import PLURAL_ACRONYM
from phiscrub.types import Finding

SCORE = 0.6
# a word of letters only, its possessive aside: no contraction ("who'd"), no compound ("self-discharged")
WORD = re.compile(r"(?P<w>\p{L}{4,})(?=(?:['’]s)?(?![\w'’@-]))")
# endings of English words a dictionary may lack ("contactable", "unrousable", "mobilising"), never of a name here
WORD_ENDING = re.compile(r"(?:able|ible|ing|tion|sion|ness|ment|ful|less|ous|ise|ize|ised|ized|ity)$")
# a capitalised word, then the sentence going on in lower case: "lives with son Rubel at …", "Nephew Royston collecting"
_PROSE_NEXT = re.compile(r"[ \t]+\p{Ll}+\b")
# family only: "patient", "partner", "friend" also open a service's or a body's name ("partner Trust", "patient Experience")
_FAMILY = re.compile(r"(?i:(?:grand|step)?(?:son|daughter)|wife|husband|nephew|niece|brother|sister|mum|dad|uncle|aunt(?:ie)?"
                     r"|cousin|(?:grand)?(?:mother|father))")
_CAPITALISED_BEFORE = re.compile(r"\p{Lu}[\p{Ll}'’-]*[ \t]+\Z")  # "our Patient Safety …": a heading's title case


def from_kin_unknown(ctx: Context, text: str) -> List[Finding]:
    out = []
    res = ctx.res
    for m in cue_matches(ctx.vocab, "bare_kin_cue", text):
        w = WORD.match(text, m.end())
        if w is None:
            continue
        word = w["w"]
        low = word.lower()
        if (word.isupper() or PLURAL_ACRONYM.fullmatch(word) or res.is_name(low)
                or ((res.is_common(low) or res.is_place(low)) and not _capitalised_in_prose(text, m, w))
                or res.never_name(low) or ctx.is_stop(low) or chat_word(ctx, low) or low in res.non_noun_words
                or ctx.vocab.relation_word.fullmatch(low) or ctx.vocab.title_word.fullmatch(low) or WORD_ENDING.search(low)):
            continue
        if not_a_person(ctx, text, w.start(), w.end(), KIN_SKIP):
            continue
        out.append(finding(w.start(), w.end(), SCORE, "kin-unknown"))
    return out


def _capitalised_in_prose(text: str, cue, w) -> bool:
    """A word or place capitalised mid-sentence right after a relation word that is no heading's ("son Rubel at",
    not "Patient Safety team"), the sentence going on in lower case: the relative's name ("Nephew Royston collecting")."""
    rel = text[cue.start():cue.end()].strip(" \t:,-")
    return (w.group()[0].isupper() and w.group()[1:].islower()
            and (rel.islower() or (rel.istitle() and sentence_start(text, cue.start())))
            and _FAMILY.fullmatch(rel) is not None
            and not _CAPITALISED_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
            and _PROSE_NEXT.match(text, w.end()) is not None)
