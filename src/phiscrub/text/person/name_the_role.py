"""Rule ``name-the-role``: a first name right before "the" and a staff job: "Jowan the physio got her walking",
"as was Blessing the HCA", "Faith the HCA who made him toast", or before the job in apposition: "Bethany, our play
specialist", even where the name is also a word; or after "our" (my, the …) and the job, capitalised inside a
sentence: "This is our play specialist Hope", "my student nurse Joy", "New starter Tolu" (a first name of the gazetteer
there); and an ambulance crew's two surnames after "crew", slash-separated, as a control log writes them ("crew Dobson /
Whelan on scene").

Source: NHS thank-you posts and complaints, which name a helper by first name and job. Avoids: a word no first-name
list has ("Ask the nurse", "Thanks the porter": ordinary words that are no name), a word that calls on someone, a
first name too ("Tell the nurse"), stop and keep words; a job after
"the" that is no staff job ("Bob the Builder").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.bracketed import STAFF_JOBS
from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

# one of a job's staff, not its plural: "Haway the nurses!" cheers a team
# (or the job in apposition after a comma: "and to Bethany, our play specialist who designed it")
_PRAISE = r"(?i:(?:new|lovely|amazing|fab|fabulous|wonderful|brilliant)[ \t]+)?"
_JOB = rf"(?i:{STAFF_JOBS}|play[ \t]+specialist|activities[ \t]+co-?ordinator)"
NAME_THE_ROLE = re.compile(rf"(?<![\w'’-])(?P<name>\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*)(?:[ \t]+the|,[ \t]*(?i:our|my|the|their))[ \t]+"
                           rf"(?:{_PRAISE}{_JOB}\b(?!s\b))")
# (a new starter needs no "our": "New starter Tolu – NI to follow", "welcome to new starter Joy")
ROLE_THEN_NAME = re.compile(rf"\b(?:(?i:our|my|the|your|their)[ \t]+{_PRAISE}{_JOB}|(?i:new[ \t]+starter))[ \t]+"
                            rf"(?P<name>\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*)"
                            r"(?![\w'’-]|[ \t]+\p{Lu})")  # one first name: "our ward clerk Faith Adeyemi" is the title rule's


# an ambulance crew's surnames after "crew", slash-separated, as a control log writes them: "14:09 crew Dobson / Whelan
# on scene", "Crew Halliday/Stroud."
CREW_PAIR = re.compile(r"(?<![\w'’-])(?i:crew|crewed[ \t]+by)[ \t]*:?[ \t]+(?P<a>\p{Lu}[\p{Ll}'’-]+)[ \t]*/[ \t]*"
                       r"(?P<b>\p{Lu}[\p{Ll}'’-]+)(?![\w'’-]|[ \t]*/)")


def _crew(ctx: Context, text: str) -> List[Finding]:
    res, out = ctx.res, []
    for m in CREW_PAIR.finditer(text):
        words = [m["a"].lower(), m["b"].lower()]
        if not any(_no_name(ctx, w) or (res.is_common(w) and not res.is_surname(w)) for w in words):
            out += [finding(m.start(g), m.end(g), 0.6, "name-the-role") for g in ("a", "b")]
    return out


def from_name_the_role(ctx: Context, text: str) -> List[Finding]:
    """First names before "the" and a staff job (see the module); a crew's surnames after "crew"."""
    res = ctx.res
    out = _crew(ctx, text)
    for m in NAME_THE_ROLE.finditer(text):
        w = m["name"].lower()
        if _no_name(ctx, w) or (res.is_common(w) and ctx.vocab.naming_cue.match(text, m.start())):
            continue  # ... or a word that calls on someone ("Tell the nurse", "Ask the HCA"), as a verb
        if res.is_first_name(w) or not (res.is_common(w) or res.is_place(w)):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "name-the-role"))
    return out + [finding(m.start("name"), m.end("name"), 0.6, "name-the-role") for m in ROLE_THEN_NAME.finditer(text)
                  if res.is_first_name(m["name"].lower()) and not _no_name(ctx, m["name"].lower())]


def _no_name(ctx: Context, w: str) -> bool:
    """A stop, keep, relation or title word: never the name beside a job."""
    return (ctx.is_stop(w) or ctx.res.never_name(w) or ctx.vocab.relation_word.fullmatch(w) is not None
            or ctx.vocab.title_word.fullmatch(w) is not None)
