"""PERSON rule ``asked-by-name``: a lower-case name in chat where the words around it can only take a person: "ask olu to
call him back", "tell tolu to ring the desk", "hes called lee and hes lovely".

Rule: "ask", "tell", "get" or "remind" then one lower-case word then "to" and a verb, or (not "get") the message told
("tell mo i left the keys", "tell hope her son rang", "ask rose if she can swap"); or "he's / she's / is / was
called" then one lower-case word; the word is a first name of the gazetteer (even one that is also a word: "tolu",
"lee") or a word no dictionary knows ("olu"). Source: NHS ward group chats.
Avoids: pronouns, relation, keep and stop words ("ask them to", "ask mum to", "ask bay 4 to"), ordinary words that are
no first name ("ask pharmacy to", "she's called back"), chat shorthand with no vowel.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.ordinary import chat_word
from phiscrub.types import Finding

SCORE = 0.6
ASKED = re.compile(r"\b(?:ask|tell|get|remind)[ \t]+(?P<w>\p{Ll}[\p{Ll}'’-]*\p{Ll})[ \t]+to[ \t]+\p{Ll}")
# ... or "tell" / "remind" / "ask" then one lower-case word then the message told, opening on a pronoun, an article or
# "if": "tell mo i left the keys", "tell hope her son rang", "ask rose if she can swap"
TOLD = re.compile(r"\b(?:ask|tell|remind)[ \t]+(?P<w>\p{Ll}[\p{Ll}'’-]*\p{Ll})[ \t]+(?i:i|i['’]?(?:m|ve|ll|d)|her|his|their|the|"
                  r"that|we|our|my|she|he|they|there|if|whether)\b")
CALLED = re.compile(r"\b(?:he['’]?s|she['’]?s|(?:he|she|who)[ \t]+(?:is|was))[ \t]+called[ \t]+(?P<w>\p{Ll}[\p{Ll}'’-]*\p{Ll})"
                    r"(?![\w'’-])")


def from_asked_by_name(ctx: Context, text: str) -> List[Finding]:
    out = []
    res = ctx.res
    for rx in (ASKED, TOLD, CALLED):
        for m in rx.finditer(text):
            w = m["w"]
            if (ctx.is_stop(w) or res.never_name(w) or ctx.vocab.relation_word.fullmatch(w) or chat_word(ctx, w)
                    or ctx.vocab.title_word.fullmatch(w)):
                continue
            if res.is_first_name(w) or not (res.is_common(w) or res.is_name(w) or res.is_place(w)):
                out.append(finding(m.start("w"), m.end("w"), SCORE, "asked-by-name"))
    return out
