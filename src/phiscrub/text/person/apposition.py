"""Rule ``apposition``: a name set off by commas right after a word for a person: "to the student, Olu, who held my
hand", "the man from the shop, Dev, rang 999", "our porter, Marek Nowak, found it"; or right before one, which a clause
or a place goes on to pick out: "a card from Desmond, the lad who came in at 3am", "Doris, the lady in bed 4".

Source: NHS thank-you posts and complaints, which introduce a helper by role and then name them. Avoids: a word after
the comma that is ordinary, a place or a keep word unless it is a first name ("the nurse, Manchester, was …", "the
porter, Estates, …"), a title (the title rule decides: "the doctor, Dr Okafor,"), a relation word ("the man, Dad, …");
no closing comma or clause word after the name: "the student, Olu and Sam" is a list the list rules read.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.person.ordinary import ordinary
from phiscrub.types import Finding

# a word for a person that is no relation (relations have their own cues), after a determiner and up to four words
# that say which one, before or after it in lower case ("our lovely student", "the man from next door")
_NOUNS = (r"student|nurse|midwife|doctor|porter|hca|physio|carer|paramedic|volunteer|cleaner|chaplain|neighbour|"
          r"neighbor|man|woman|lady|gentleman|gent|lad|lass|girl|boy|fella|bloke|guy|chap|driver|technician|receptionist|"
          r"pharmacist|surgeon|consultant|registrar|matron|housekeeper|domestic|therapist|interpreter|officer|guard|"
          r"firefighter|crew|stranger|passer-by|bystander|lifeguard|teacher|vicar|priest|imam|rabbi|cook|chef|waitress|"
          r"waiter|shopkeeper|postman|postwoman|volunteer|apprentice|trainee|assistant|worker|member|colleague|friend")
APPOSITION = re.compile(rf"(?<![\p{{L}}])(?i:the|our|my|his|her|their|a|your|one)[ \t]+(?:[\p{{L}}'’-]+[ \t]+){{0,4}}?"
                        rf"(?i:{_NOUNS})s?(?:[ \t]+[\p{{Ll}}'’-]+){{0,4}}[ \t]*,[ \t]*(?P<name>\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*(?:[ \t]+\p{{Lu}}[\p{{L}}'’-]+){{0,2}})"
                        r"(?=[ \t]*,|[ \t]+(?i:who|whose|was|is|had|has|did|came|stayed|held|sat|found)\b)")
# ... or a name, a comma, then the word for the person and what picks them out ("Desmond, the lad who came in")
APPOSITION_AFTER = re.compile(rf"(?P<name>\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*(?:[ \t]+\p{{Lu}}[\p{{L}}'’-]+){{0,2}})[ \t]*,[ \t]*"
                              rf"(?i:the|our|my)[ \t]+(?:[\p{{Ll}}'’-]+[ \t]+){{0,2}}?(?i:{_NOUNS})"
                              r"[ \t]+(?i:who|whose|in[ \t]+(?:bed|bay|side[ \t]+room)|from[ \t]+(?:bed|bay))\b")
SKIP = frozenset({"noun-modifier"})


def from_apposition(ctx: Context, text: str) -> List[Finding]:
    """Names set off by commas after a word for a person (see the module)."""
    res, vocab = ctx.res, ctx.vocab
    out = []
    for m in (*APPOSITION.finditer(text), *APPOSITION_AFTER.finditer(text)):
        words = m["name"].split()
        first = words[0].lower()
        if vocab.title_word.fullmatch(first) or vocab.relation_word.fullmatch(first) or ctx.is_stop(first):
            continue
        if any(res.never_name(w) for w in words) or (
                (ordinary(ctx, first) or res.is_place(first)) and not res.is_first_name(first)):
            continue
        if not not_a_person(ctx, text, m.start("name"), m.end("name"), SKIP):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "apposition"))
    return out
