"""PERSON rule ``kin-unknown``: a relation word, then one word no dictionary, gazetteer or keep list knows, is that
relative's name ("wife erzsebet struggling", "daughter Oluwatoyin (lives in Leeds)"): the gazetteer's
first names miss many Hungarian, Yoruba, Tagalog and other names, and a relative is named right after the word.

Source: NHS community-nursing notes and next-of-kin fields. Avoids: ordinary words ("wife struggling", "son aware"),
chat shorthand and words with no vowel ("dtr nok", "son pls"), places and keep words ("husband Leeds",
"son ward"), titles ("wife Aling Nenita": the name is the title rule's), verbs of a kin word ("wife said"), short
words (three letters or fewer: "son ok"), acronyms and their plurals ("twins DOBs"), contractions and compounds ("a
man who'd", "self-discharged"), English endings a dictionary may lack ("niece contactable").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.anchors import cue_matches
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import KIN_SKIP, not_a_person
from phiscrub.text.person.ordinary import chat_word
from phiscrub.text.person.tokens import PLURAL_ACRONYM
from phiscrub.types import Finding

SCORE = 0.6
# a word of letters only, its possessive aside: no contraction ("who'd"), no compound ("self-discharged")
WORD = re.compile(r"(?P<w>\p{L}{4,})(?=(?:['’]s)?(?![\w'’@-]))")
# endings of English words a dictionary may lack ("contactable", "unrousable", "mobilising"), never of a name here
WORD_ENDING = re.compile(r"(?:able|ible|ing|tion|sion|ness|ment|ful|less|ous|ise|ize|ised|ized|ity)$")


def from_kin_unknown(ctx: Context, text: str) -> List[Finding]:
    out = []
    res = ctx.res
    for m in cue_matches(ctx.vocab, "bare_kin_cue", text):
        w = WORD.match(text, m.end())
        if w is None:
            continue
        word = w["w"]
        low = word.lower()
        if (word.isupper() or PLURAL_ACRONYM.fullmatch(word) or res.is_name(low) or res.is_common(low) or res.is_place(low)
                or res.never_name(low) or ctx.is_stop(low) or chat_word(ctx, low) or low in res.non_noun_words
                or ctx.vocab.relation_word.fullmatch(low) or ctx.vocab.title_word.fullmatch(low) or WORD_ENDING.search(low)):
            continue
        if not_a_person(ctx, text, w.start(), w.end(), KIN_SKIP):
            continue
        out.append(finding(w.start(), w.end(), SCORE, "kin-unknown"))
    return out
