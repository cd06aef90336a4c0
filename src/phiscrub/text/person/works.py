"""Titles of songs and hymns sung on the ward, not people: "the choir sang Calon Lân", 'humming
"Jolene" all shift', "singing Sweet Caroline at the bedside", "belted out Danny Boy".

Rule: a candidate right after a verb of singing (sang, sing, sings, singing, sung, hum, hummed,
humming, belt(ed) out), optionally with "along to" or an opening quote, is what was sung, and so is
a name inside a capitalised title there ("sang Sweet Caroline"); a name after "and" is not ("sang
Silent Night and Margaret cried"). Ward and
care-home posts about choirs, carols and singing for patients name songs this way. Avoids: whoever
was sung to ("sang to Margaret", "sang with Joy"), and a person the song was for, which is followed
by the song ("we sang Edna happy birthday", "sang Reg a song", "sang Mavis Happy Birthday") or owns
something ("singing Joan's praises", "sang Reg's favourite hymn").
"""

from __future__ import annotations

import regex as re

from phiscrub.text.person.around import Around
from phiscrub.text.person.context import Context

_SUNG_BEFORE = re.compile(
    r"\b(?:sang|sing|sings|singing|sung|hum|hummed|humming|belt(?:ed|ing|s)?\s+out)(?:\s+along\s+to)?"
    # the title's earlier words ("sang Sweet |Caroline"); never a word after "and": "sang Silent Night and
    # Margaret cried" names Margaret
    r"\s+[\"“‘']?(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){0,3}$", re.IGNORECASE)
# what follows a person sung to: the song, or a song word ("a song", "Happy Birthday", "to sleep")
_SUNG_TO_AFTER = re.compile(r"^(?:['’]s?\b|\s+(?:a|an|the|some|her|his|their|happy|to|songs?|carols?|hymns?)\b)",
                            re.IGNORECASE)  # or a possessive: "singing Joan's praises", "sang Reg's favourite"


def sung(ctx: Context, around: Around) -> bool:
    """Whether the candidate is the title of what was sung."""
    return bool(_SUNG_BEFORE.search(around.before)) and not _SUNG_TO_AFTER.match(around.after)
