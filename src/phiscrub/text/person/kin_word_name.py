"""PERSON rule ``kin-word-name``: a relative's first name that is also an ordinary or stop word, in lower case right
after the relation word, as chat writes it: "her son will – he's not coming til 7", "wife rose in relatives room", "his
daughter carol to be rung" (capitalised, the relation rule reads it: "wife Rose").

The relation word says a name comes next; the cue rules leave a word-name out there because it reads as the word. A
first name well known in the UK, Ireland or the US (``anglo_first_names``) is taken, unless a verb follows it, which
makes it the verb it also is ("his wife rose to the occasion"); one that is a stop word only in lower case with no word
after it ("her son will – he's …"; not the modal: "her son will be in at 2", "Son will follow in his own car").

Source: UK ward group chats and handover notes. Avoids: a word no first-name list knows well ("wife struggling"), a
relation, title or keep word ("son ward"), a possessive's thing ("her daughter's car"), a name the other rules read
(a first name that is no word: ``relation/bare``).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.anchors import cue_matches
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import KIN_SKIP, not_a_person
from phiscrub.types import Finding

SCORE = 0.6
WORD = re.compile(r"(?P<w>\p{Ll}[\p{Ll}'’-]+)(?![\w'’@-])")  # in lower case (the relation rule reads "wife Rose")
# a verb after a modal or a verb that is also a name: "will be", "may come", "can drive"; "mark the chart"
VERB_NEXT = re.compile(r"[ \t]+(?:be|been|come|ring|call|phone|visit|bring|take|pick|collect|need|have|stay|go|get|do|not|"
                       r"never|also|still|just|probably|definitely|want|like|help|sort|see|speak|talk|text|meet|drive|"
                       r"arrive|know|the|a|an|up|down|in[ \t]+(?:a|an|the)|"
                       # an object after a verb in the past: "his granddaughter drew him a poster", "rose to the occasion"
                       r"him|me|us|them|it|to[ \t]+(?:the|his|her|my|our|their|a|an))\b", re.IGNORECASE)
# what follows a name that is also a stop word, in chat: no word ("her son will – he's not coming til 7")
NO_WORD_NEXT = re.compile(r"[ \t]*(?:[–—,.!?()]|-[ \t]|$)", re.MULTILINE)
WELL_KNOWN = 2  # ``anglo_first_names`` rank: a first name many people here have


def from_kin_word_name(ctx: Context, text: str) -> List[Finding]:
    out = []
    res = ctx.res
    for cue in ("bare_kin_cue", "kin_is_cue"):
        for m in cue_matches(ctx.vocab, cue, text):
            w = WORD.match(text, m.end())
            if w is None:
                continue
            word = w["w"]
            low = word.lower()
            if not (res.is_common(low) or ctx.is_stop(low)) or res.anglo_first_names.get(low, 0) < WELL_KNOWN:
                continue  # a word-name only: the other relation rules read the rest
            if (res.never_name(low) or ctx.vocab.relation_word.fullmatch(low) or ctx.vocab.title_word.fullmatch(low)
                    or VERB_NEXT.match(text, w.end()) or text.startswith(("'s", "’s"), w.end())):
                continue
            if ctx.is_stop(low) and not NO_WORD_NEXT.match(text, w.end()):
                continue  # a modal: "Son will follow in his own car", "Sister will check at 2"; a dash after it: the name
            if not not_a_person(ctx, text, w.start(), w.end(), KIN_SKIP):
                out.append(finding(w.start(), w.end(), SCORE, "kin-word-name"))
    return out
