"""PERSON rule ``addressing``: a message opening on the name of the one it speaks to, as ward chat writes it: "kemi can u
do the bloods", "Mo ur pt in bed 3", "linh + trang can u swap" (moved out of ``candidates``); a reply's "yes chloe,".

Source: UK ward group chats. Avoids: ordinary words, listed or not ("Right can you", "Burnout can", "She's Hope"; after
"and", one that is no first name well known here: "and said thank you"), verbs before "you"/"u"/"the" ("Mark your
diaries", "Love u lots"; "Mark, your shift" stays), relatives ("son will ring"), acronyms ("HMRC have a mismatch"); a
stop word only when it is a well-known first name asked something ("also will can u cover my break", not "will you").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.anchors import cue_matches, text_words
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.person.ordinary import ordinary, plural_subject
from phiscrub.text.person.tokens import CONTRACTION, PLURAL_ACRONYM
from phiscrub.types import Finding

ON_SHIFT_ASKED = re.compile(r"[ \t]+(?:u|you)[ \t]+(?:on|in|around|free|about|working)\b", re.IGNORECASE)
IMPERATIVE_NEXT = re.compile(r"[ \t]+(?:you|your|yours|yourself|u|ya|yous|youse|everyone|everybody|i|we|it|this|that|the"
                             r"|a|an)\b", re.IGNORECASE)
# a request to the one addressed, right after a first name that is also a stop word ("will can u", "may pls")
ASKED_NEXT = re.compile(r"[ \t]+(?:(?:can|could|would)[ \t]+(?:u|you|ya)|pls|please|plz)\b", re.IGNORECASE)
# what a closing, a cheer or an addressed name outranks: an ordinary-word or eponym reading ("Go on Bell!")
ROLE_SKIP = frozenset({"noun-modifier", "eponym-word"})


def from_addressing(ctx: Context, text: str) -> List[Finding]:
    """"kemi can u do the bloods", "Mo ur pt in bed 3": a message opening on a name. Avoids: ordinary words, listed
    or not ("Right can you", "Burnout can", "She's Hope"; after "and", one that is no first name well known here: "and
    said thank you"), and verbs before "you"/"u"/"the" ("Mark your diaries", "Love u lots"); "Mark, your shift" stays."""
    out = []
    for m in cue_matches(ctx.vocab, "addressing", text):
        if m.group("name2") is None:
            names = ("name",) if _addressed(ctx, text, m, "name", m.end("name")) else ()
        else:  # two names joined by "+" or "&" ("linh + trang can u swap"): both first names of the gazetteer
            names = ("name", "name2") if all(ctx.res.is_first_name(m.group(g)) and _addressed(
                ctx, text, m, g, m.end("name2")) for g in ("name", "name2")) else ()
        out.extend(finding(m.start(g), m.end(g), 0.6, "addressing") for g in names)
    return out + _replies(ctx, text)


# a reply's answer word, then the one it answers, in lower-case chat, before a comma or "!": "(yes chloe, anonymise
# everything)", "no jo, it's tuesday" (a first name that is no word: not "no worries,", "yes please,", "ok hun,")
REPLY_WORDS = frozenset("yes yeah yep yup no nope nah aye ok okay sure".split())
REPLY = re.compile(rf"(?:^|(?<=[\n(]))[ \t]*(?i:{'|'.join(sorted(REPLY_WORDS, key=lambda w: (-len(w), w)))})[ \t,]+"
                   r"(?P<name>\p{Ll}[\p{Ll}'’-]+)[ \t]*(?=[,!])", re.MULTILINE)


def _replies(ctx: Context, text: str) -> List[Finding]:
    if text_words(text).isdisjoint(REPLY_WORDS):
        return []
    res = ctx.res
    return [finding(m.start("name"), m.end("name"), 0.6, "addressing") for m in REPLY.finditer(text)
            if res.is_first_name(w := m["name"]) and not (res.is_common(w) or res.never_name(w) or ctx.is_stop(w)
                                                           or ctx.vocab.relation_word.fullmatch(w) or w in ctx.vocab.address_terms)]


MID_OPENER = re.compile(r"\b(?i:and|but|then)[ \t,]+\Z")


def _addressed(ctx: Context, text: str, m, group: str, end: int) -> bool:
    """Whether the word of ``group`` is a name the message is addressed to (``end``: where the names end)."""
    res = ctx.res
    s, e, word = m.start(group), m.end(group), m.group(group)
    w = word.lower()
    if ctx.is_stop(w) and res.anglo_first_names.get(w, 0) >= 2 and ASKED_NEXT.match(text, end):
        return True  # "also will can u cover my break": a modal is never the subject of "can u"
    if res.never_name(w) or ctx.is_stop(w) or len(w) < 2 or CONTRACTION.search(w) or any(map(str.isdigit, w)) \
            or ctx.vocab.relation_word.fullmatch(w) or w in ctx.vocab.address_terms or w in ctx.vocab.openers:
        return False  # ... a digit: "b4 hope smith" opens on bed 4; a relative: "son will ring"; "hiya hun can u", "hey can"
    if (word.isupper() or PLURAL_ACRONYM.fullmatch(word)) and not res.is_name(w):
        return False  # an acronym: "HMRC have a mismatch", "PSNI are appealing", "STIs don't"
    if ordinary(ctx, w) and (not res.is_first_name(w) or (MID_OPENER.search(text, max(0, s - 5), s) and not res.anglo_first_names.get(w))):
        return False
    if res.is_first_name(w) and ON_SHIFT_ASKED.match(text, end):
        return True  # asked whether they are on: "mo u on tmrw??" ("see u on monday": no first name)
    # ... a naming verb ("tell will the bloods r back"), or a plural noun: "Gritters are out"
    return not ((res.is_common(w) and (IMPERATIVE_NEXT.match(text, end) or ctx.vocab.naming_cue.match(text, s)))
                or plural_subject(ctx, text, end, word) or not_a_person(ctx, text, s, e, ROLE_SKIP))
