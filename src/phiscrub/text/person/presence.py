"""PERSON rule ``presence``: a colleague asked about by name, whether they are in, on or around
("is priya in today?", "has Tomasz gone home?", "whos got faith today?").

Source: ward and team chat (who is on the shift). Avoids: what the lists say is no name, and a word asked about
otherwise (see the rule's docstring).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

PRESENCE = re.compile(
    r"(?:^|(?<=[.?!\n\p{So}\ufe0f]))[ \t]*(?i:is|was|has|did|will|can)[ \t]+(?P<name>[^\W\d_][\w'’-]+)[ \t]+"
    r"(?i:in|on|working|around|about|back|off|coming|here|free|ok|okay|still|going|covering|available|gone|left)\b")


# on shift when: "today", "tonight", "on nights", or the question's end ("is grace in today?", "is dawn on?")
_ON_SHIFT = re.compile(r"[ \t]+(?i:today|tonight|tomorrow|tmrw|tmw|this[ \t]+(?:morning|afternoon|evening|week)|"
                       r"on[ \t]+(?:nights|days|lates|earlies|shift))\b|[ \t]*\?")
_SHIFT_VERB = re.compile(r"(?i:in|on|working|off|coming|around|back|here|covering)")
# "whos got faith today?": who has a colleague on the shift
_WHO_HAS = re.compile(r"(?:^|(?<=[.?!\n\p{So}\ufe0f]))[ \t]*(?i:who['’]?s|who[ \t]+has)[ \t]+got[ \t]+(?P<name>\p{Ll}[\p{Ll}'’-]+)(?=" +
                      _ON_SHIFT.pattern + ")")


def from_presence_question(ctx: Context, text: str) -> List[Finding]:
    """Rule ``presence``: a first name of the gazetteer (in any case) asked about at a sentence's start:
    "is priya in today?", "has Tomasz gone home?"; one that is also a word only when asked whether they are on the
    shift ("is grace in today?", "is dawn on?", "whos got faith today?"), and a name in English use ("Grace", not
    "Patience": two lists or more).
    Avoids: ordinary, stop and keep words ("is it in", "is everyone ok", "is Bay 3 free"), a word asked about
    otherwise ("is hope gone", "is mark on the form"), and first names that are stop words ("is will in")."""
    out = []
    res = ctx.res
    for m in [*PRESENCE.finditer(text), *_WHO_HAS.finditer(text)]:
        w = m["name"].lower()
        if not res.is_first_name(w) or ctx.is_stop(w) or res.never_name(w):
            continue
        if res.is_common(w) and not (res.anglo_first_names.get(w, 0) >= 2 and (m.re is _WHO_HAS or (
                _SHIFT_VERB.fullmatch(text[m.end("name"):m.end()].strip()) and _ON_SHIFT.match(text, m.end())))):
            continue
        out.append(finding(m.start("name"), m.end("name"), 0.65, "presence"))
    return out
