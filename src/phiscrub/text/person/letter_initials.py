"""PERSON rule ``letter-initials``: the initials a clinic letter's author and typist are known by after its
"Dictated:" and "Typed:" labels ("Dictated: EKH   Typed: sjw", "Typed by: rt"), and in a letter's reference after
its dictation or reference label ("Typed 12/03. RR/kl", "Our ref: JM/sd"); and the initials a form's signer or
checker writes after "Signed", "Vetted", "Checked by" or "Witnessed by" ("signed   JD   date 14/11/26",
"Vetted: RJ (SpR)"); and the initials engraved, inscribed or embroidered on lost property ('a ring engraved "R.H.W."',
'engraved "R.K. & M.K. 1979"', "engraved with the initials JW"); and a patient's dotted initials opening a list's line
("T.O. ("Tobi") – s3", "R.McG. – informal"), a carer's timesheet or a label ("Mon  J.H., BS16 2RP", '"E.W. – Bay 2"').

Source: NHS clinic and discharge letters (the dictation line at the head or foot of the letter); request, transfusion
and controlled-drug forms (signed and checked by initials). Avoids: what a signer signs or a checker checks
("signed DNR form", "checked BP and temp", "seen by GP"): the initials end the field (a bracketed grade, a dash,
"date", the line's end) and are no word, team or form the lists know; on property, a maker's or a logo's letters
("engraved with the NHS logo": a keep word), a single letter ("J & R 1978": one letter is anyone's) and anything
after the first word in lower case other than "and".
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.anchors import holds_any
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


# what is engraved, inscribed or embroidered on a lost ring, watch or bag, quoted or not: "engraved "R.H.W."", "inscribed
# with the initials J.M.", "engraved JW & RK 1974"
ENGRAVED = re.compile(r"(?<![\w])(?i:engraved|inscribed|monogrammed|embroidered)(?:[ \t]+(?i:with|inside|reading|on[ \t]+it))?"
                      r"(?:[ \t]+(?i:the[ \t]+)?(?i:initials))?[ \t]*:?[ \t]*[\"“‘']?(?P<body>(?:[ \t]*(?:&|\+|and|\d{2,4}"
                      r"|(?:[A-Z]\.[ \t]?){1,4}|[A-Z]{1,3}(?![\w.'’])))+)")
INITIALS_GROUP = re.compile(r"(?:[A-Z]\.[ \t]?)+|(?<![\w.])[A-Z]{1,3}(?![\w.])")


# a list's line opening on a patient's dotted initials, as ward rounds and MDT notes write them: "T.O. ("Tobi") – s3",
# "R.McG. – informal", "• D.W.   clinic no …" (a cell's gap after them) (not a note's abbreviation: "N.B. –", "P.S.:", "R.I.P.")
# (after a bullet, an item's number or a bed's code and a dash: "2. D.W. – NFA", "M3 – J.T. 90M from …"; before an age
# and sex too)
# (also a timesheet's day and its visits, a cell after a middle dot and a label in quotes: "Mon  J.H., BS16 2RP 07:30 ·
# M.O'D, BS16 3TA", "Thu  J.H. · K.D. (new", 'labelled "E.W. – Bay 2"'; before a comma, a visit's time or a record's label:
# "bed 5 – D.W. hosp no …"); after a clinic's time, a board's row number or a plan's day and date: "09:30 A.K. – s2",
# "01 A.O. – informal", "Mon 23: K.L. 10:00"; a double-barrelled surname's: "S.A-B")
LINE_INITIALS = re.compile(r"(?m)(?:^[ \t]*(?:[-•*·][ \t]+|\d{1,2}[.)][ \t]+|(?i:bed[ \t]*)?[A-Z]{0,2}\d{1,2}[a-z]?[ \t]+[–—-][ \t]+|"
                           r"(?:[0-2]?\d[:.][0-5]\d|\d{1,2})[ \t]+|"
                           r"(?i:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:[ \t]+\d{1,2}(?i:st|nd|rd|th)?)?:?[ \t]+)?|(?<=[ \t][·|][ \t]+|[\"“]))"
                           r"(?P<ini>(?:[A-Z]\.){1,2}(?:Ma?c)?[A-Z]\.|[A-Z]\.O['’][A-Z]\.?|[A-Z]\.[A-Z]-[A-Z]\.?)(?=[ \t]*(?:[–—:(,]|-[ \t])|[ \t]{2,}\S|\t|"
                           r"[ \t]+\d{1,3}[ \t]?[MFmf]\b|[ \t]+(?:[0-2]\d:[0-5]\d|·)|[ \t]+(?i:hosp|mrn|bay|bed|room|rm)\b"
                           r"|[ \t]+[A-Z]{1,3}[ \t]?\d{6,8}\b)")  # a record's number after them: "2 – S.A-B K7713360"
NOT_LINE_INITIALS = NOT_INITIALS | frozenset({"nb", "ps", "am", "pm", "eg", "ie", "rip", "dob", "eta", "nhs", "aka", "uk",
                                              "nok", "mrn", "chi", "pps", "qc", "rsvp", "bc", "ad", "uti", "ae"})


# one of these, case aside, is in every match of LETTER_INITIALS, SIGNER_INITIALS, LETTER_REFERENCE and ENGRAVED: a text
# holding none is not scanned for them
LABEL_PARTS = ("dictated", "typed", "transcribed", "signed", "vetted", "checked", "witnessed", "verified", "authori",
               "requested", "ref", "engraved", "inscribed", "monogrammed", "embroidered")
CAPITAL_DOT = re.compile(r"[A-Z]\.")


def _engraved(ctx: Context, text: str) -> List[Finding]:
    out = []
    for m in ENGRAVED.finditer(text):
        for g in INITIALS_GROUP.finditer(text, m.start("body"), m.end("body")):
            w = g.group().rstrip()
            if len(w.replace(".", "").replace(" ", "")) > 1 and not (  # one letter is anyone's: "J & R 1978"
                    ctx.res.never_name(w.lower()) or ctx.is_stop(w.lower()) or w.lower() in NOT_INITIALS):
                out.append(finding(g.start(), g.start() + len(w), SCORE, "letter-initials"))
    return out


def from_letter_initials(ctx: Context, text: str) -> List[Finding]:
    """"Dictated: EKH   Typed: sjw": two to four letters, all capitals or all lower case, after a dictation label.
    Avoids: a word or a stop word there ("Typed: yes", "typed by me", "dictated but not checked")."""
    out = []
    if not holds_any(text, LABEL_PARTS):
        return out + _line_initials(text)
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
    return out + _line_initials(text) + _engraved(ctx, text)


def _line_initials(text: str) -> List[Finding]:
    if CAPITAL_DOT.search(text) is None:  # what LINE_INITIALS needs
        return []
    return [finding(m.start("ini"), m.end("ini"), SCORE, "letter-initials") for m in LINE_INITIALS.finditer(text)
            if m["ini"].replace(".", "").lower() not in NOT_LINE_INITIALS]
