"""Rule ``chat-line``: the senders of a chat log copied into a draft.

A chat export's lines open on the sender and a time ("[10:02] Shaz: ta", WhatsApp's "[05/03/2025, 07:12] Bincy
Kurian:"); a chat copied without times opens each message on the sender's first name and a colon ("Ola: cant sorry
hun"). Each sender is a person, even a short form no list knows ("Gav", "Dom"); a form's labels ("Plan:",
"Diet:", "Faith:") are not.

Source: WhatsApp and Teams exports as staff paste them; UK ward chat.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.boards import HAS_DIGIT, LAYOUT_SKIP, SCORE
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.person.tokens import VOWEL
from phiscrub.types import Finding

# a chat export's sender lines: "Gav 11:04: that's a typo", "[10:02] Shaz: ta", "10:02 - Marcus: on my way", and
# WhatsApp's with the date ("[05/03/2025, 07:12] Bincy Kurian:", "05/03/2025, 07:12 - Bincy Kurian:", "[07:15, 14/03] Tolu:")
CHAT_LINE = re.compile(r"^[ \t]*(?:(?P<a>\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)[ \t]+\[?\d{1,2}[:.]\d{2}\]?[ \t]*:"
                       r"|\[?(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:,[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\]?"
                       r"[ \t]*[-–]?[ \t]*"
                       r"(?P<b>\p{L}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+|[ \t]\p{L}\.?)?)(?:[ \t]*\([^()\n]{1,24}\))?[ \t]*:)",
                       re.MULTILINE)  # "ama k:"; the sender's team in brackets: "[09:16] Tish (office):"


CHAT_SKIP = LAYOUT_SKIP | {"field-label"}
# a message line with no time: "Ola: cant sorry hun", "Kwame: no worries x" (the sender's one word, then the colon; or
# with an initial, as a phone lists two people of one name: "Kelly G: our Macca has them")
UNTIMED_SENDER = re.compile(r"^[ \t]*(?P<a>\p{L}[\p{Ll}'’-]+(?:[ \t]\p{Lu}\.?)?)(?:[ \t]*\([^()\n]{1,24}\))?:[ \t]+(?=\S)",
                            re.MULTILINE)  # and the sender's team in brackets: "Yas (CMHT): anyone free?"


_WHEN = re.compile(r"(?i:today|tonight|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|am|pm|nights?|"
                   r"days|lates?|earlies|early)")


def _untimed_senders(ctx: Context, text: str) -> List[Finding]:
    """A chat copied without times: two lines or more opening on a sender's first name and a colon, from two
    senders or more, make every such sender that is a first name or a word no list knows a person ("Ola: cant
    sorry hun"). Avoids: a form's labels ("Surname:", "Plan:", "Diagnosis:": keep or ordinary words; one such label
    makes the text a form, and "Faith:" there is the patient's religion)."""
    found, lines = [], list(UNTIMED_SENDER.finditer(text))
    for k, m in enumerate(lines):
        w = m["a"].split()[0]
        if ctx.res.never_name(w) or ctx.is_stop(w.lower()) or (ctx.res.is_common(w) and not ctx.res.is_first_name(w)):
            if w.islower() or _WHEN.fullmatch(w):
                continue  # in lower-case chat, a word as a sender ("akin: i gave it") is left, and a post's schedule
                # ("Tonight: Ward 14 RN") is no form's label; the others stay senders
            if _answers(ctx, lines, k):
                found.append(m)  # a word that answers a first name's line and writes again ("kev: anyone free? / Ash: 5
                continue  # mins / kev: ta / Ash: thats me"): a sender, where a form's label repeats with no one between
            return []  # a label: the text is a form ("Diet:", "Language:", "Faith:" among them), not a chat
        if ctx.res.is_first_name(w) or not ctx.res.is_place(w):
            found.append(m)
    senders = [m["a"] for m in found]
    lower, res = [w for w in senders if w.islower()], ctx.res  # in lower case ("bex: who's got sr2 / nav: me"): a sender
    # writes twice, or three write and two are first names with no other reading ("tomasz: / precious: / jess:")
    plain = sum(res.is_first_name(w) and not (res.is_common(w) or res.is_place(w) or res.never_name(w)) for w in lower)
    if len(set(senders)) < 2 or not _named_enough(ctx, senders) or (
            lower and len(set(lower)) == len(lower) and not (len(lower) >= 3 and plain >= 2)):
        return []
    return [finding(m.start("a"), m.end("a"), SCORE, "chat-line") for m in found
            if not not_a_person(ctx, text, m.start("a"), m.end("a"), CHAT_SKIP)]


def _named_enough(ctx: Context, senders: List[str]) -> bool:
    """Two sender lines or more opening on a first name; or one, and a sender no list knows (with a vowel: no note's
    "Hx:") who writes twice ("Dom: … / Precious: … / Dom: …")."""
    res = ctx.res
    named = sum(res.is_first_name(w.split()[0]) for w in senders)
    return named >= 2 or (named == 1 and any(senders.count(w) >= 2 and VOWEL.search(w) is not None and not (
        res.is_common(w) or res.is_first_name(w)) for w in senders))


def _answers(ctx: Context, lines, k: int) -> bool:
    """Whether the sender word of ``lines[k]`` is no keep or stop word and sends two lines or more, each right after a
    line of a first name's who writes twice or more too: two people talking, not a form's label after each patient's
    name ("Joan: 84, fall / Plan: bloods / Mary: 90, UTI / Plan: abx")."""
    senders = [m["a"] for m in lines]
    at = [i for i, w in enumerate(senders) if w == senders[k]]
    return not (ctx.res.never_name(senders[k]) or ctx.is_stop(senders[k].lower())) and len(at) >= 2 and all(
        i > 0 and senders[i - 1] != senders[k] and ctx.res.is_first_name(senders[i - 1])
        and senders.count(senders[i - 1]) >= 2 for i in at)


def _town_first_name(ctx: Context, word: str) -> bool:
    """A town that is also a first name ("Preston", "Lincoln", "Devon"): in a sender's place, the person."""
    w = word.lower()
    return ctx.res.is_place(w) and ctx.res.is_first_name(w)


def from_chat_lines(ctx: Context, text: str) -> List[Finding]:
    """Rule ``chat-line``: in a chat log (two lines or more with a sender and a time), each sender is a person,
    even a short form no list knows ("Gav", "Shaz"), a town that is a first name ("[21:03] Lincoln:") or a stop word that
    is one, alone ("[22:14] Will:"). Avoids: a lone timed line ("Obs 14:00: stable"), keep and stop words ("Ward 14:00:",
    "Update 09:30:"), senders with a digit."""
    lines = list(CHAT_LINE.finditer(text))
    out = _untimed_senders(ctx, text)
    if len(lines) < 2:
        return out
    for m in lines:
        group = "a" if m.group("a") else "b"
        s, e = m.span(group)
        words = text[s:e].split()
        named = len(words) > 1 and ctx.res.is_first_name(words[0]) and not ctx.res.never_name(words[0])
        if any((ctx.res.never_name(w) and not _town_first_name(ctx, w) and not (named and i > 0 and ctx.res.is_surname(w)))
               or (ctx.is_stop(w.lower()) and not (w.istitle() and ctx.res.anglo_first_names.get(w.lower(), 0) >= 2
                                                    and len(words) == 1))  # "[22:14] Will:", not "[19:02] You:"
               or HAS_DIGIT.search(w) for i, w in enumerate(words)):
            continue  # (a keep word that is a surname after a first name is one: "[16:44] Gemma Street:", not "Kev Porters")
        if all(ctx.res.is_common(w) and not ctx.res.is_name(w) for w in words):
            continue  # "Update", "Handover": an ordinary word no list knows as a name
        if not not_a_person(ctx, text, s, e, CHAT_SKIP | ({"ends-in-place-word"} if named else set())):
            # (the colon after a sender is no field label's)
            out.append(finding(s, e, SCORE, "chat-line"))
    return out
