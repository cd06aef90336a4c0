"""NHS_NUMBER: the 10-digit NHS number (3-3-4 with spaces, hyphens or none).

Rule: ten digits, grouped any way with single or double spaces or hyphens
("943 476 5919", "5239 270 139", "641  564  1263"), not part of a longer number, checked with the NHS
modulus-11 check digit (``stdnum.gb.nhs``, not re-implemented). A number that
fails the check is still kept when NHS context is near ("NHS no", "NHS
number:"), because a mistyped NHS number identifies the patient just as well.
Text copied off a form or a board wraps: a 3-3-4 number broken at a group ("943 476\n5919") is read across the
line break; one broken anywhere else ("7235 29\n6879", "CHI:  1409\n421589") only beside its label. A form's dotted
leader may run up to it ("NHS No..........943 476 5919"); one full stop before it is a longer number's. Read out in words
after a spoken label, as dictation transcripts write it ("nhs number four eight five …"): ``spoken``.
Source: NHS Data Dictionary, "NHS NUMBER" (modulus 11 algorithm).
Avoids: a longer number ("943 476 5919 2", "943.476.5919.2"; a full stop and a space before a digit end the
sentence: "NHS 415 015 7049. 38 attendances"; a clock time before it and a house number after it are no part of it:
"07:45 706 598 3986 14 Cedar Road"), a bare 10-digit number that fails the check (incident and job
references), phone numbers (a 0300/01xxx number is 11 digits, and a leading
0 plus 3-3-4 grouping is not taken).
"""

from typing import List

import regex as re
from stdnum.gb import nhs

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.text.recognizers.spoken import spoken_ids
from phiscrub.types import Finding

WRAPPED_ANYWHERE = "nhs across a line break, labelled"


class NhsNumberRecognizer(PhiRecognizer):
    ENTITY = "NHS_NUMBER"
    PREFILTER = r"\d{3}"
    PATTERNS = [
        Pattern(
            "nhs 3-3-4",
            r"(?<![\d+/£$])(?<![A-Za-z])(?<!(?<!\.)\.)(?<!(?<!:\d)\d[ .-])(?<!\d[ -]{2})(?P<id>\d(?:[ -]{0,2}\d){9}|\d{3}\.\d{3}\.\d{4})"
            # (not glued to a letter: "ref C9284-25-0114"; an age and sex may follow: "CHI 020759 3256  65M")
            r"(?![\d/])(?![ -]{1,2}\d(?!\d{0,3}[a-z]?[ \t]+(?-i:\p{Lu}\p{Ll})|\d{0,2}[MFmf]\b)|\.-?\d)",
            0.3,
        ),
        # text copied off a form or a board wraps: "943 476\n5919", one line break between groups
        Pattern(
            "nhs 3-3-4 across a line break",
            r"(?<![\d+/£$])(?<!(?<!\.)\.)(?<!\d[ .-])(?P<id>\d{3}[ -]?\d{3}[ \t]*\n[ \t]*\d{4}|\d{3}[ \t]*\n[ \t]*\d{3}[ -]?\d{4})"
            r"(?![\d/])(?![ -]{1,2}\d|\.-?\d)",
            0.3,
        ),
        # the ten digits broken anywhere by one line break: only with the number's label near (``score_match``)
        Pattern(
            WRAPPED_ANYWHERE,
            r"(?<![\d+/£$])(?<!(?<!\.)\.)(?<!\d[ .-])(?P<id>" + "|".join(
                rf"\d(?:[ -]?\d){{{n - 1}}}[ \t]*\n[ \t]*\d(?:[ -]?\d){{{9 - n}}}" for n in range(1, 10))
            + r")(?![\d/])(?![ -]{1,2}\d|\.-?\d)",
            0.3,
        ),
    ]
    CONTEXT = [
        r"nhs", r"national\s+health\s+service", r"nhs\s*(?:no|num|number|#)\.?",
        r"nhsno", r"nhs\s+num", r"chi(?:\s*(?:no|number))?", r"h\s?&\s?c(?:\s*(?:no|number))?",
    ]
    NEGATIVE_CONTEXT = [
        r"ref(?:erence)?", r"incident", r"job", r"cad", r"order", r"invoice",
        r"account", r"tel", r"phone", r"call", r"mob(?:ile)?", r"case\s+(?:no|number)",
    ]
    CONTEXT_BEFORE = 30
    CONTEXT_BOOST = 0.4
    INVALID_WITH_CONTEXT = True
    EXTRA_RULES = ("spoken",)  # the rule of ``find`` beside the patterns

    def find(self, text: str, ents=()) -> List[Finding]:
        """The patterns' findings, and ten digits read out in words after a spoken NHS or CHI label, as dictation
        transcripts write them ("nhs number four eight five …": ``spoken``; the label vouches, checked or not)."""
        out = super().find(text, ents)
        return out + [Finding(s, e, self.entity, 0.8, self.name, "spoken")
                      for s, e, _ in spoken_ids(text, _SPOKEN_LABEL, (10, 10))
                      if not any(f.start < e and s < f.end for f in out)]

    def score_match(self, pattern: Pattern, text: str, start: int, end: int):
        if pattern.name == WRAPPED_ANYWHERE and not self.has_context(text, start, end):
            return None  # two numbers on two lines ("1409\n421589") are one only beside an NHS or CHI label
        return super().score_match(pattern, text, start, end)

    def validate_result(self, pattern_text: str):
        if sum(pattern_text.count(c) for c in " -.") > 4:
            return False  # "1 2 3 4 …": a list of counts, not a number
        # stdnum strips spaces and hyphens; dots ("943.476.5919") are phiscrub's extra separator.
        return nhs.is_valid(nhs.compact(" ".join(pattern_text.replace(".", " ").split())))


_SPOKEN_LABEL = re.compile(r"\b(?:nhs|n\s?h\s?s|chi|community\s+health\s+index)\s+number\b", re.IGNORECASE)
