"""PERSON rule ``from-team``: a first name, then the team or department its bearer works in: "Grace from discharge
team is chasing", "Kev from estates fixed the door", "ask Jo from IT".

Staff name a colleague by first name and team ("X from pharmacy") in handovers, chat and thank-you posts; a team
has people in it, not places, so the first name stands even where it is also a word ("Grace", "Hope", "Will"). Source:
NHS ward and office usage (the team list is ``words.FROM_A_TEAM``'s). Avoids: a word no first-name list knows ("Cover
from night team"), a place ("Leeds from the Pharmacy team" is none: a first name is asked for), stop and keep words
other than first names well known in the UK ("Will", "April"), and those opening a sentence ("Love from all the team")
or ending a phrase of keep words ("Eid Mubarak from nights").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import sentence_start
from phiscrub.text.words import FROM_A_TEAM
from phiscrub.types import Finding

_NAME = re.compile(r"(?<![\w'’@#-])(?P<name>\p{Lu}\p{Ll}[\p{L}'’-]*)(?=[ \t]+(?i:from)[ \t])")
_PREV = re.compile(r"(?<![\w'’-])(\p{Lu}[\p{L}'’-]*)[ \t]+\Z")
SCORE = 0.6


def from_team(ctx: Context, text: str) -> List[Finding]:
    """First names before "from <a team>" (see the module's rule)."""
    if "from" not in text and "From" not in text:
        return []
    out = []
    res = ctx.res
    for m in _NAME.finditer(text):
        w = m["name"].lower()
        if not FROM_A_TEAM.match(text, m.end()) or not res.is_first_name(w):
            continue
        word_too = ctx.is_stop(w) or res.never_name(w) or res.is_place(w) or w in ctx.vocab.closing_words
        if word_too and (res.anglo_first_names.get(w, 0) < 2 or sentence_start(text, m.start())):
            continue  # a word or a town that is also a rare first name, or opens a sentence ("Love from all the team")
        prev = _PREV.search(text, max(0, m.start() - 30), m.start())
        if prev and res.never_name(prev[1].lower()) and not ctx.vocab.title_word.fullmatch(prev[1].lower()):
            continue  # the end of a phrase of keep words: "Eid Mubarak from nights"
        out.append(finding(m.start(), m.end(), SCORE, "from-team"))
    return out
