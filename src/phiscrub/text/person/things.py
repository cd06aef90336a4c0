"""A name that names a thing: "Vera Lynn records", "Peppa Pig stickers", "a Chelsea keyring", "a Thomas splint";
"Young Carers Action Day", "Baby Loss Awareness Week".

Rule: a name-like span right before a lower-case word of ``thing_after`` (recognizers/person.yaml: songs and
records, a character's merchandise, a device named after its inventor) is the thing's name, not a person's.
So is a span opening a run of two or more capitalised words that ends on a day, week, fortnight or month: the
name of an awareness or action day (NHS England and charity awareness calendars).
Source: NHS social-media posts (singalongs, children's wards, equipment, awareness days). Avoids: a possessive
("Gran's cake" is hers: the check reads the word right after the span, and "'s" is a person's), a capitalised
next word; "Priya Day" (one word after the name is a surname, not an event's name).
"""

from __future__ import annotations

import regex as re

from phiscrub.text.person.around import Around
from phiscrub.text.person.context import Context

NEXT_LOWER = re.compile(r"[ \t]([a-z][a-z-]*)\b")
EVENT_AFTER = re.compile(r"(?P<run>(?:[ \t]+(?:&|and|of|for)?[ \t]*\p{Lu}[\p{L}'’-]*){1,4}?)[ \t]+(?:Day|Week|Fortnight|Month)\b")


def thing_after(ctx: Context, a: Around) -> bool:
    """Whether the word right after the span (no possessive between) makes it a thing's name, or the run after it
    ends on an awareness day's word and holds no name ("Carers Action Day"; not "Smith Day shift")."""
    m = NEXT_LOWER.match(a.after)
    if m and m.group(1) in ctx.vocab.thing_after:
        return True
    e = EVENT_AFTER.match(a.after)
    return e is not None and not any(ctx.res.is_name(w) for w in e["run"].split() if w[0].isupper())
