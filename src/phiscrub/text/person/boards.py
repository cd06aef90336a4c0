"""Names on bed boards, theatre lists and delivery-suite boards: "BED 3  OWUSU, Yaw", "RM 1   KHATUN   G3P2".

Rule: right after a bed, bay or room label with its number ("BED 3", "RM 1",
"SR 7:"), up to three words in capitals or title case that can be a name (a
surname or first name of the gazetteer that is no ordinary word, or a word of
three letters or more, with a vowel, that no dictionary, gazetteer or keep list
knows; a name in capitals even when also a word or place: "MURPHY", "BRADLEY")
are the patient's name; the completion stage adds a forename after a comma
("OWUSU, Yaw").

Source: UK bed states and whiteboards copied into posts and chat.
Avoids: the board's other words ("BED 2  EMPTY", "RM 3 clean", "Bed 4 will need
a hoist": ordinary words; "NIV", "IVAB": short acronyms and words no name is
spelt like), places ("Bay 4 Kendal ward"), a new sentence or clause after the
label ("Bed 4. Urosepsis"), lower-case chat (``pairs``' job).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.person.tokens import VOWEL
from phiscrub.types import Finding

WORD = re.compile(r"(?:Ma?c|O['’]|N[ií][ \t])?[A-Z][\w'’-]*(?<![-'’])")
GAP = re.compile(r"[ \t]+")
SENTENCE_END = re.compile(r"\d[a-z]?[.,)][ \t]*$")
SCORE = 0.6


def from_bed_board(ctx: Context, text: str) -> List[Finding]:
    """The name right after each bed label, in capitals or title case."""
    out = []
    for cue in ctx.vocab.bed_cue.finditer(text):
        if SENTENCE_END.search(cue.group()):
            continue  # "Bed 4. Urosepsis, improving": a new sentence, not the bed's name
        start = end = cue.end()
        pos = start
        for _ in range(3):
            m = WORD.match(text, pos)
            if not m or not _name_word(ctx, m.group()):
                break
            end = m.end()
            gap = GAP.match(text, end)
            if not gap or gap.end() - end > 1:
                break  # a cell gap ends the name: "KHATUN   G3P2"
            pos = gap.end()
        if end > start and not not_a_person(ctx, text, start, end):
            out.append(finding(start, end, SCORE, "bed-board"))
    return out


def _name_word(ctx: Context, word: str) -> bool:
    res = ctx.res
    w = word.lower()
    if res.never_name(w) or ctx.is_stop(w) or not VOWEL.search(w):
        return False
    if word.isupper() and len(w) <= 3 and not _name_shaped(w):
        return False  # "NIV", "ENT"
    if res.is_name(w):  # "MURPHY", "BRADLEY": a name on the board, even if also a word or a place
        return word.isupper() or not res.is_common(w)
    return (len(w) >= 3 and not res.is_common(w) and not res.is_place(w)
            and not (word.isupper() and len(w) <= 4 and w.isalpha() and not _name_shaped(w)))


def _name_shaped(w: str) -> bool:
    """A short capital word spelt like a name (vowels between consonants: "OJO", "ABE"), not an
    acronym such as "IVAB", "NIV", "SROM"."""
    vowels = sum(ch in "aeiouy" for ch in w)
    return vowels * 2 >= len(w)
