"""The ``before-place-word`` check of ``filters.NOT_A_PERSON``: a name-like word before a word for a place, a site or a
building names the place, not a person ("Tamar Lakes", "Russell ward", "the Anne Ferguson building"); moved out of
``filters``.
"""

from __future__ import annotations

import regex as re

from phiscrub.text.person.around import Around
from phiscrub.text.person.context import Context

CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]+[ \t]{1,2}\Z")  # a capitalised word just before: "Anne Ferguson", "Queen  Elizabeth" (double-spaced)
# "on Wheal Rose ward": a place's capitalised first word after "on", "at", "in", "to" (``_named_place_before``)
NAMED_PLACE_BEFORE = re.compile(r"\b(?i:on|at|in|to|from)[ \t]+(?P<w>\p{Lu}[\p{L}'’-]+)[ \t]+$")
# a site a town gives its name to, in lower case after it: "Lincoln station", "the Preston unit" (not "Rose ward")
SITE_WORDS = frozenset({"station", "hospital", "unit", "infirmary", "hospice", "depot", "office", "campus", "site",
                        "base", "branch"})
DWELLINGS = frozenset({"house", "home", "flat", "bungalow", "caravan", "cottage", "farm", "place", "gaff"})
# a place word that is a hospital number's label ("unit no", "hosp number", "clinic #")
NUMBER_LABEL_AFTER = re.compile(r"[ \t]+(?i:unit|hospital|hosp|clinic|case)[ \t]*(?i:no\.?|number|num|#)(?![\w])")
WHOLE_WORD_AFTER = re.compile(r"[ \t]+([\w'’-]+)")
NOUN_THEN_WORD = re.compile(r"[ \t]+([a-z][a-z'’-]*)[ \t]+([\w'’-]+)")


def before_place_word(ctx: Context, a: Around) -> bool:
    """"Tamar Lakes", "Russell ward" (a first name before a lower-case place word stays, but not before
    a practice, school or hospital: "Jesmond practice"), "the Anne Ferguson building" (a full name
    before a lower-case word for a building, or a noun and one: buildings are named after people, a
    person is not followed by one; "the Nye Bevan education centre")."""
    if NUMBER_LABEL_AFTER.match(a.after):
        return False  # a record's label, its number after it: "Fatou Jallow unit no 561 007 92"
    last = a.span.split()[-1].lower()
    if not a.single and last in ctx.vocab.organisation_after and not ctx.res.is_surname(last):
        return True  # the word read into the name: "Holly Lodge Primary", "Elgin Academy" (not "Amy Church")
    nxt = a.next_word()
    if not nxt or HOME_AFTER.match(a.after):
        return bool(nxt)  # "Heather View care home", "Ashgrove nursing home": the home's name
    if nxt.lower() in DWELLINGS and a.after.startswith(("'s ", "’s ")):  # "Ate Lorna's house": a home, not a building
        return False
    if nxt.lower() in ctx.vocab.place_after and (nxt[0].isupper() or not ctx.res.is_first_name(a.first)
                                                  or _named_place_before(ctx, a.before)
                                                  or (a.single and nxt in SITE_WORDS and ctx.res.is_place(a.first))):
        return True  # "Tamar Lakes", "on Wheal Rose ward", "out of Lincoln station": a place's site
    whole = WHOLE_WORD_AFTER.match(a.after)  # "house-bound" is no house
    word = whole.group(1).lower() if whole else ""
    named = not a.single or CAPITALISED_BEFORE.search(a.before) is not None
    if word in ctx.vocab.organisation_after or (word in ctx.vocab.building_after and named):
        return True
    two = NOUN_THEN_WORD.match(a.after)  # "the Nye Bevan education centre": a noun between
    return bool(two and named and not ctx.is_stop(two.group(1)) and two.group(1) not in ctx.res.non_noun_words
                and two.group(2).lower() in ctx.vocab.building_after)


HOME_AFTER = re.compile(r"[ \t]+(?:care|nursing|residential|retirement)[ \t]+homes?\b", re.IGNORECASE)


def _named_place_before(ctx: Context, before: str) -> bool:
    """A capitalised word after "on", "at"… that is no title: "on Wheal Rose ward" (not "to Dr Rose ward round")."""
    m = NAMED_PLACE_BEFORE.search(before)
    return m is not None and not ctx.vocab.title_word.fullmatch(m["w"])
