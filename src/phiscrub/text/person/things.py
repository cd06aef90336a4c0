"""A name that names a thing: "Vera Lynn records", "Peppa Pig stickers", "a Chelsea keyring", "a Thomas splint".

Rule: a name-like span right before a lower-case word of ``thing_after`` (recognizers/person.yaml: songs and
records, a character's merchandise, a device named after its inventor) is the thing's name, not a person's.
Source: NHS social-media posts (singalongs, children's wards, equipment). Avoids: a possessive ("Gran's cake"
is hers: the check reads the word right after the span, and "'s" is a person's), a capitalised next word.
"""

from __future__ import annotations

import regex as re

from phiscrub.text.person.around import Around
from phiscrub.text.person.context import Context

NEXT_LOWER = re.compile(r"[ \t]([a-z][a-z-]*)\b")


def thing_after(ctx: Context, a: Around) -> bool:
    """Whether the word right after the span (no possessive between) makes it a thing's name."""
    m = NEXT_LOWER.match(a.after)
    return bool(m and m.group(1) in ctx.vocab.thing_after)
