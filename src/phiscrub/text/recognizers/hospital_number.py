"""HOSPITAL_NUMBER: local patient identifiers (MRN, hospital/unit/PAS number).

Rule: an identifier shape right after a patient-number label ("hosp no",
"hospital number", "MRN", "unit no", "PAS no", "patient ID", "K no", "RD&E
no", a hospital's initials and "no" ("RCH no", "RUH number") or its name in the possessive and six to eight digits
("Guy's no 7730215"), or an electronic record system's name: "RiO", "RiO ID", "SystmOne", "Lorenzo"; Welsh "rhif ysbyty"): a letter + 6-7 digits ("K1234567"), two or three letters + 6-8 digits
("RH0012345"), a site's code of up to four letters ("SWAH 0812736"), a three-character ODS code + digits
("RX1 2345678"), spaced digit
groups ("123 456 78"), 6-10 digits, or a year and a serial after a service's letters ("MAT26/04418",
"GUM/25/004417"). Trust-specific shapes are data, loaded
from ``recognizers/*.yaml`` (see ``yaml_recognizer.py``), so a Trust adds its
format without code. Source: NHS Data Dictionary "LOCAL PATIENT IDENTIFIER".
Avoids: "Ward 7", "Bed 12", "Band 8a", incident/job/CAD references: no
patient-number label, so nothing is found.

Short labels: a form field's bare "Hosp:" / "Hospital:" (the colon makes it a
label), a bed list's "HN", a bare "hosp" or "GUM" right before letters run into digits or a letter and grouped digits ("hosp
HUL8823104", "GUM SH2204417", "Hosp K 2209 8813"), a pharmacy's "H/N", "Case no" / "case note no", "URN" (unit record number), a clinic's or service's
own number ("clinic no", "renal no", "GUM no", "ED no"), plurals ("hosp nos", "hospital numbers are").
Source: the labels PAS printouts and handover sheets use. Avoids: "Hospital:
Derriford" (no identifier shape after it).

Lists and answers: in the sentence of such a label, a 7-8 digit number (up to four letters
may lead) right after "and", "or", "&", "/", a comma, "is"/"are"/"it's" is another
patient's number or the answer ("hosp numbers are K1234567 and 7654321"; "hosp
no for bed 4 is 1234567"); only the number is the span, never the joining word.
Avoids: counts and times in the same sentence ("and 2 more", "is 14:30": too
few digits), a number in the next sentence. Within 40 characters of the label in its sentence, a number with
up to four capitals of its own is one too ("Hosp no from a previous visit BEH 7712903"), never a reference's
or another identifier's ("CAD 4418207", "NHS 4715564").

The span is the identifier alone: words after the label ("is", "was", "of",
"pt": spaCy's stop words, in any order with ":" or "#") are skipped, and letters
set apart before the digits that are such a word are never taken into it.
"""

from typing import List

import regex as re

from phiscrub.resources import stop_words
from phiscrub.text.recognizers.base import STOP_WORDS_HERE, Pattern, PhiRecognizer, with_stop_words
from phiscrub.text.recognizers.spoken import spoken_ids
from phiscrub.types import Finding

_NO = r"(?:n[o0]s?|n[ \t][o0](?=[ \t]*:)|nums?|numbers?|#|ids?)"  # and OCR's "N0", "N o:"
LABEL = (
    rf"(?:ho[s5]p(?:ital)?\.?\s*{_NO}|(?:hosp(?:ital)?|medical\s+record)(?=\s*:)|mrns?|m\.r\.n|medical\s+record\s+{_NO}"
    # a bare "hosp" or "GUM" right before letters run into digits: "hosp HUL8823104", "GUM SH2204417"
    r"|(?:hosp|gum)(?=\s+(?-i:[A-Z]{1,4})(?:\d{5,}|[ /-]?\d{3,4}[ -]\d{3,4})(?![\w]))"
    # ... or "GUM" in capitals right before five to eight digits, as a results call-back list writes a clinic number
    r"|(?-i:GUM)(?=\s\d{5,8}(?![\w]))"
    rf"|unit\s*{_NO}|pas\s*{_NO}?|patient\s*(?:{_NO}|ref)|pt\s*(?:id|no)|case\s*(?:note\s*)?{_NO}|k\s*no"
    r"|rd&e\s*no|local\s+(?:patient\s+)?(?:id|no|number)|urn|h/n|hn"
    # a hospital's initials, then "no": "RCH no" (Royal Cornwall), "RUH no", "JCUH number" (not "NHS no")
    r"|(?-i:(?!NHS)[A-Z]{1,3}H)\s*(?:no|number)"
    # a hospital named in the possessive, then "no" and six to eight digits: "Guy's no 7730215", "Addenbrooke's number"
    r"|(?-i:[A-Z][a-z]+(?:['’]s|s['’]))\s*(?:no|number)(?=\s*:?\s*(?-i:[A-Z]{0,3})\d{6,8}(?![\w]))"
    # a clinic's or service's own patient number: "clinic no GUM 44018", "renal no RL-55193", a neonatal unit's
    # baby number "NNU no N26-1187"
    rf"|(?:clinic|renal|dialysis|gum|maternity|antenatal|a&e|ed|attendance|nnu|nicu|scbu|neonatal)\s*{_NO}"
    r"|hospital\s+id|record\s+(?:no|number)|crn|rtx|trust\s+(?:no|number)|trak|epr\s*(?:no|id)?|pas\s*id"
    # the record systems whose number is the patient's: "RiO 1048823", "SystmOne no", "Lorenzo ID"
    rf"|(?:rio|systm\s*one|s1|lorenzo|medway|careflow|emis)(?:\s*{_NO}(?![^\W\d_]))?"
    # Welsh: "rhif ysbyty" (hospital number), "rhif uned" (unit number)
    r"|rhif\s+(?:ysbyty|uned|claf))(?![^\W\d_])\.?"
)
# Letters set apart before the digits are never a word ("hosp no pt 1234567", "MRN of 1234567"): "pt" and
# spaCy's stop words of two letters or more, filled in at ``STOP_WORDS_HERE`` when the recognizer is built.
_NOT_ID_LETTERS = rf"(?!(?=[A-Z]{{2}})(?:pt{STOP_WORDS_HERE})[ -])"
# Up to three letters (or an ODS code), then 5-10 digits that may be grouped by single spaces or hyphens, and up to three
# letters after them: K1234567, RH0012345, RX1 2345678, AB 556 1020, J 882104, 123 456 78, 12345-567STC; the letters
# may be set off by a slash, as clinic numbers are written ("GU/88217", "A/883021").
# Or a year and a serial, the letters of a service before them: "MAT26/04418", "GUM/25/004417", "25/004417".
_YEAR_SERIAL = r"(?:(?-i:[A-Z]{1,4})/?)?\d{2,4}/\d{4,8}(?![/\d])"
ID_SHAPE = (rf"(?:{_YEAR_SERIAL}|(?:{_NOT_ID_LETTERS}(?:[A-Z]{{1,3}}[ /-]?|(?-i:[A-Z]{{4}})[ -]?|[A-Z0-9]{{3}}[ -]?|"
            rf"(?-i:[A-Z]{{2,3}}-[A-Z])[ -]?))?"  # a site's letter after its Trust's: "MRN BT-H 3398114"
            rf"\d(?:[ -]?\d){{4,9}}[A-Z]{{0,3}})")
# Between the label and the number: "pt", stop words ("is", "was", "of"), ":", "#", "=" in any order
# ("hosp no: is 1234567", "hosp no pt 1234567"); they are skipped, never part of the span.
_LINK = rf"(?:\s*(?:(?=[A-Z]{{2}})(?:pt{STOP_WORDS_HERE})(?![\w])|[:#=-]))*\s*"
# letters before a number that are a label or another identifier's, never a site's code: "MRN 87654321",
# "NHS 4715564" of a broken NHS number, "CAD 4418207"
_NOT_A_CODE = r"(?!(?:NHS|CHI|HC|NI|CAD|INC|DTX|REF|JOB|PO|ESR|CR|IR|SI|PALS|FOI|MRN|URN|CRN|PAS|HN)[ -]?\d)"
# After the label, within its sentence (no full stop, "!" or new line): the joining word of a list or answer.
_LISTED = rf"(?:{_NOT_A_CODE}(?-i:[A-Z]{{1,4}})[ -]?)?\d{{7,9}}(?![\w])"  # a label is no code
# Later in the label's sentence, a number with its letters (a site's or Trust's code; never a reference's or another
# identifier's label, "NHS 4715564" of a broken NHS number):
# "Hosp no from a previous visit BEH 7712903"
_LETTERED = rf"{_NOT_A_CODE}(?-i:[A-Z]{{1,4}})[ -]?\d{{6,8}}(?![\w])"
_JOIN = r"(?:(?<![\w'’])(?:and|or|&|is|are|was|it['’]?s)|,|/)"


class HospitalNumberRecognizer(PhiRecognizer):
    ENTITY = "HOSPITAL_NUMBER"
    PREFILTER = r"\d{3}"
    EXTRA_RULES = ("spoken",)  # the rule of ``find`` beside the patterns
    PATTERNS = [
        Pattern(
            "label + local id",
            rf"(?<![\w]){LABEL}{_LINK}(?P<id>{ID_SHAPE})(?![\w])",
            0.8,
        ),
        Pattern(
            "label ... and/is + number",
            # the lookahead first: the label is looked for behind a joining word only when a number follows
            rf"(?={_JOIN}\s*{_LISTED})(?<=(?<![\w]){LABEL}[^.!\n]{{0,60}}){_JOIN}\s*(?P<id>{_LISTED})",
            0.7,
        ),
        Pattern(
            "label ... lettered number",
            rf"(?<![\w])(?={_LETTERED})(?<=(?<![\w]){LABEL}[^.!\n]{{1,40}}\s)(?P<id>{_LETTERED})",
            0.7,
        ),
    ]

    def __init__(self, resources=None, **kwargs):
        words = resources.stop_words if resources is not None else stop_words()
        kwargs.setdefault("patterns", with_stop_words(self.PATTERNS, frozenset(words)))
        super().__init__(resources, **kwargs)

    def find(self, text: str, ents=()) -> List[Finding]:
        """The patterns' findings, and a number read out in words after a spoken label, as dictation transcripts
        write it ("hospital number r h q four four one two eight nine": ``spoken``)."""
        out = super().find(text, ents)
        return out + [Finding(s, e, self.entity, 0.8, self.name, "spoken")
                      for s, e, _ in spoken_ids(text, _SPOKEN_LABEL, (5, 10))
                      if not any(f.start < e and s < f.end for f in out)]


_SPOKEN_LABEL = re.compile(r"\b(?:hospital|hosp|unit|case|clinic|patient)\s+number\b|\bm\s?r\s?n\b", re.IGNORECASE)
