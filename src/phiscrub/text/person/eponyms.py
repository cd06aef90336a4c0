"""Conditions named after people: "Parkinson's", "Down's syndrome", "Bell palsy", "Charles Bonnet syndrome".

``eponym`` says whether a name ending at ``end`` names a condition: an eponym of the keep-list (``eponyms``) with a
possessive or a condition word after it, one of two sharing the condition word ("Rubin and Woods' screw"), or any
name right before "syndrome" or "disease" with no possessive ("Charles Bonnet syndrome", "Creutzfeldt-Jakob
disease"; but "Jim's disease" is his, and "Mrs Jones disease" a typo for hers). Source: the eponymous conditions of clinical usage.
"""

from __future__ import annotations

import regex as re

from phiscrub.text.person.context import Context
from phiscrub.text.words import HONORIFIC

CONDITION_AFTER = re.compile(r"[ \t]+(?i:syndrome|disease)\b")  # no possessive: "Jim's disease" is his
TITLE_BEFORE = re.compile(rf"(?<![\w]){HONORIFIC}[ \t]+(?:\p{{Lu}}[\w'’-]*[ \t]+)?\Z")  # "Mrs Jones"
# a clinical sign or rule after a possessive: what only an eponym has (a person has a test, a score or a disease)
SIGN_AFTER = re.compile(r"(?:['’]s|s['’])[ \t]+(?i:signs?|palsy|phenomenon|manoeuvre|maneuver|triad|reflex|"
                        r"classification|criteria)\b(?![ \t]+of\b|-)")  # not "Bami's sign of approval", "sign-off"
CONDITION_NEXT = re.compile(r"[\s'’s]*([a-z]+)")
EPONYM_PAIR_NEXT = re.compile(r"[ \t]*(?:and|&|or|/)[ \t]*([A-Z][\w-]*)")  # a second eponym after a conjunction


def eponym(ctx: Context, text: str, end: int, last_word: str) -> bool:
    """A condition named after a person: "Parkinson's", "Down's syndrome", "Bell palsy"; or one of two
    sharing the condition word: "Rubin and Woods' screw". Never after a title: "Mrs Jane Baker's dressing", "Mr
    Wilson's wife" are theirs (Baker's cyst and Wilson's disease are eponyms)."""
    if TITLE_BEFORE.search(text, max(0, end - len(last_word) - 40), end - len(last_word)):
        return False
    if CONDITION_AFTER.match(text, end):
        return True  # "Charles Bonnet syndrome", "Creutzfeldt-Jakob disease": a name before these is a condition's
    if SIGN_AFTER.match(text, end) and not ctx.res.is_name(last_word):
        return True  # "Shafer's sign +ve", "Cushing's triad": a word no name list knows, then what only a finding has
    if last_word.lower() not in ctx.res.eponyms:
        return False
    after = text[end:end + 30].lower()
    if after.startswith(("'s", "’s", "s'")) or (last_word[-1:] in "sS" and after[:1] in "'’"):
        return True  # "Crohn's", "Woods' screw"
    if condition_follows(ctx, text, end):
        return True
    pair = EPONYM_PAIR_NEXT.match(text, end)  # "Rubin and Woods' screw", "McRoberts & Rubin manoeuvres"
    return bool(pair and pair.group(1).lower() in ctx.res.eponyms and eponym(ctx, text, pair.end(), pair.group(1)))


def condition_follows(ctx: Context, text: str, end: int) -> bool:
    """A condition's word right after an eponym, its possessive between or not: "Graves' disease", "Bell's palsy"."""
    nxt = CONDITION_NEXT.match(text[end:end + 30].lower())
    return bool(nxt and nxt.group(1) in ctx.vocab.condition_words)


PHENOTYPES = ("-negative", "-positive")


def phenotype(text: str, start: int, end: int) -> bool:
    """"Duffy-negative", "Kell-positive", "HER2-positive": a blood group named after the patient it was found in, or a
    tumour's marker, with its phenotype; the span ends on the suffix or right before it. Never a person."""
    return text.startswith(PHENOTYPES, end) or text[start:end].endswith(PHENOTYPES)
