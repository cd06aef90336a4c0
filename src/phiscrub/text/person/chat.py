"""Rule ``chat-subject``: in ward chat, a first name opening a clause before a verb only a person does is a
person, in any case and even where it is also a word: "grace said she wud", "precious went home with them",
"kasia swapped her late", "lewis u left ur steth", "April is off sick", "Will can you swap".

Source: UK ward group chats, where names are written in lower case and open the message. Avoids: words that are
no first name ("ward said", "bay 3 asked"), stop, keep, relation and title words ("he said", "mum rang",
"sister said"), a name-like word in mid-clause ("the hope is"), verbs a thing can do ("hope is on the way",
"grace period has ended"): a word that is also an ordinary word needs a verb of speaking, swapping or leaving
(grace "said before the roast" is a prayer).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.types import Finding

_OPEN = (r"(?:^|(?<=[.!?;:,\n)]|\p{So})|(?<=\b(?:and|but|also|lol|omg|ok|okay|so|fyi|tho|coz|cos|pls|plz|"
         r"hiya|hi|hey|morning|evening)))[ \t]*")
# verbs of speaking, swapping, leaving and messaging: only a person does them
_SAID = (r"said(?![ \t]+(?:before|over)\b)|says|asked|asks|swapped|swapping|rang|rung|phoned|texted|messaged|knows|agreed|offered|"
         r"went[ \t]+home|left[ \t]+(?:ur|your|her|his|the|early)|is[ \t]+off[ \t]+sick|can[ \t]+(?:u|you)|wud|u[ \t]+left")
# and what a colleague is doing, for a name that is no ordinary word: "dom has it", "tash is covering"
_DOING = (r"has[ \t]+(?:it|got|them|the|her|his|agreed|swapped)|is[ \t]+(?:off|on|stuck|asking|covering|leaving|"
          r"in[ \t]+charge|doing|coming|free)|was[ \t]+(?:asking|off|on)|can[ \t]+(?:do|cover|swap)|needs|wants")
CHAT_SUBJECT = re.compile(rf"{_OPEN}(?P<name>\p{{L}}[\p{{L}}'’-]+)[ \t]+(?P<verb>(?i:{_SAID})|(?i:{_DOING}))\b",
                          re.MULTILINE)
SAID = re.compile(rf"(?i:{_SAID})")
SKIP = frozenset({"abroad", "field-label"})


def from_chat_subject(ctx: Context, text: str) -> List[Finding]:
    """Rule ``chat-subject``: a first name opening a clause before a person's verb (see the module)."""
    out = []
    res, vocab = ctx.res, ctx.vocab
    for m in CHAT_SUBJECT.finditer(text):
        name = m["name"]
        w = name.lower()
        if (not res.is_first_name(w) or ctx.is_stop(w) or vocab.relation_word.fullmatch(w) or vocab.title_word.fullmatch(w)
                or w in vocab.address_terms or (res.never_name(w) and res.anglo_first_names.get(w, 0) < 2)):
            continue
        if (res.is_common(w) or res.never_name(w)) and not SAID.match(m["verb"]):
            continue  # "hope is on the way": a word that is a name only before a verb of speaking or leaving
        if not not_a_person(ctx, text, m.start("name"), m.end("name"), SKIP):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "chat-subject"))
    return out
