"""PERSON rule ``letter-initials``: the initials a clinic letter's author and typist are known by after its
"Dictated:" and "Typed:" labels ("Dictated: EKH   Typed: sjw", "Typed by: rt"), and in a letter's reference after
its dictation or reference label ("Typed 12/03. RR/kl", "Our ref: JM/sd"); and the initials a form's signer or
checker writes after "Signed", "Vetted", "Checked by" or "Witnessed by" ("signed   JD   date 14/11/26",
"Vetted: RJ (SpR)").

Source: NHS clinic and discharge letters (the dictation line at the head or foot of the letter); request, transfusion
and controlled-drug forms (signed and checked by initials). Avoids: what a signer signs or a checker checks
("signed DNR form", "checked BP and temp", "seen by GP"): the initials end the field (a bracketed grade, a dash,
"date", the line's end) and are no word, team or form the lists know.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

SCORE = 0.6
LETTER_INITIALS = re.compile(r"(?<![\w-])(?i:dictated|typed|transcribed)(?:[ \t]+(?i:by))?[ \t]*:?[ \t]*"
                             r"(?P<ini>[A-Z]{2,4}|[a-z]{2,4})(?![\w.'’@/-])")


# a form's signer or checker: "Signed:", "Signed by", "Checked by:", "Vetted: RJ (SpR)", "countersigned   AB   date …"
SIGNER_INITIALS = re.compile(r"(?<![\w-])(?:(?i:(?:counter[ -]?)?signed|vetted|checked|witnessed|verified|authori[sz]ed|requested)"
                             r"(?P<by>[ \t]+(?i:by)[ \t]*:?|[ \t]*:)|(?i:(?:counter[ -]?)?signed|vetted))[ \t]*(?P<ini>[A-Z]{2,3})"
                             r"(?=[ \t]*(?:\([ \t]*\p{Lu}|[–—-]|\n|$|(?i:date|on|at)\b|[,;]))")
NOT_INITIALS = frozenset({"mdt", "dn", "hv", "dnr", "nic", "fy", "ooh", "dols", "poa", "lpa", "tto", "gp", "ed", "ok", "na"})


# a letter's reference, the author's initials in capitals over the typist's in lower case, ending a line or a sentence
# in a letter's dictation line ("Typed 12/03. RR/kl", "Our ref: JM/sd"): both are initials of people
LETTER_REFERENCE = re.compile(r"(?<=(?i:typed|dictated|transcribed|ref|reference)\b[^\n]{0,20}?)(?<![\w/-])"
                              r"(?P<a>[A-Z]{2,3})/(?P<b>[a-z]{2,3})(?![\w/-])")


def from_letter_initials(ctx: Context, text: str) -> List[Finding]:
    """"Dictated: EKH   Typed: sjw": two to four letters, all capitals or all lower case, after a dictation label.
    Avoids: a word or a stop word there ("Typed: yes", "typed by me", "dictated but not checked")."""
    out = []
    for m in LETTER_INITIALS.finditer(text):
        w = m["ini"].lower()
        if ctx.is_stop(w) or ctx.res.is_common(w) or ctx.res.never_name(w):
            continue
        out.append(finding(m.start("ini"), m.end("ini"), SCORE, "letter-initials"))
    for m in SIGNER_INITIALS.finditer(text):  # a form's signer or checker
        w = m["ini"].lower()
        if not (w in NOT_INITIALS or ctx.is_stop(w) or (ctx.res.is_common(w) and not m["by"]) or ctx.res.never_name(w)
                or ctx.vocab.title_word.fullmatch(w)):  # "signed by KW": a word's letters too, after "by"
            out.append(finding(m.start("ini"), m.end("ini"), SCORE, "letter-initials"))
    for m in LETTER_REFERENCE.finditer(text):  # "RR/kl": the author's and the typist's
        out += [finding(m.start(g), m.end(g), SCORE, "letter-initials") for g in ("a", "b")]
    return out
