"""A Welsh verb that is also a given name, opening a Welsh clause, is no one's name.

"Mae" is Welsh for "is" and also a given name; in Welsh-language posts it opens most sentences ("Mae hi adre",
"Mae o'n well", "Mae ei ferch ar gael", "Mae Heddlu Dyfed-Powys yn apelio"), where the NER reads it as a person.
The word after it decides: a Welsh pronoun or particle, or a word the keep-list knows, makes it the verb. Avoids:
"Mae and Ted Corrigan", "Mae West" (an English word or a name after it). Source: Welsh grammars (the present
tense of "bod"); the keep-list holds the Welsh words that are no names at all.
"""

from __future__ import annotations

from phiscrub.text.person.around import Around
from phiscrub.text.person.context import Context

# Welsh verbs that are also given names ("Mae" is "is"), and the Welsh words that follow them as a verb: a pronoun,
# a particle or a word the keep-list knows ("Mae hi adre", "Mae o'n well", "Mae ei ferch", "Mae Heddlu Dyfed-Powys")
WELSH_VERBS = frozenset({"mae", "bydd"})
WELSH_AFTER_VERB = frozenset("hi o fo fe e ef nhw ni chi fi ei eu yn y yr wedi ar gan na ddim dal angen".split())


def welsh_verb(ctx: Context, a: Around) -> bool:
    """"Mae hi adre yn Tŷ Capel": a Welsh verb that is also a name, opening a Welsh clause (Mae West stays)."""
    if not a.single or a.span.lower() not in WELSH_VERBS:
        return False
    nxt = a.next_word()
    return bool(nxt) and (nxt.lower() in WELSH_AFTER_VERB or ctx.res.never_name(nxt))
