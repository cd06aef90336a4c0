"""The poster's age worked out from what they say of their career or of themselves, in the draft or an earlier
post: "Qualified as a midwife at 21 in 2004" (or ", back in 2004"; "in 2008, aged 22"; "in 2009, … at 18"), "Started at 18 … 10 years a dental nurse",
"Started my training in 1999, the year I turned twenty-one",
"Qualified at 21 … now half my life on the road", "22 years out of 44",
"Night shifts at 58 are not what they were", "22 years a nurse: half my life", "Class of '96 school reunion". Like a
stated age ("I'm 44", ``context.POSTER_AGE``), it leaves two
possible birth years; with their birthday's day, it is their date of birth (PII-SPEC §3, staff self-disclosure).
"""

from __future__ import annotations

from typing import Optional

import regex as re

from phiscrub.risk.context import FIRST_PERSON, ONE_PERSON
from phiscrub.risk.poster_age import AGE_WORDS

# the poster's age worked out from their career, said of themselves (at a sentence's start or after "I"):
# "Qualified as a midwife at 21 in 2004", "Started at 18 … 10 years a dental nurse", "22 years out of 44"
_SELF_START = r"(?:^|[.!?\n]\s*|\bi\s+|\bi['’]ve\s+)"
_AGE_AT = r"(?:1[6-9]|[2-5]\d)(?![:.]\d|\s*(?:am|pm|%|weeks?|days?|months?|mins?|minutes|hours?|o['’]clock)\b)"
_AGE_WORDS = rf"(?:eighteen|nineteen|{AGE_WORDS})"  # "the year I turned twenty-one"
_IN_YEAR = r"\bin\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d\d"  # "in September 2008"
CAREER_AGE = re.compile(
    rf"{_SELF_START}(?:started|qualified|joined|began|trained|enlisted)\b[^.!?\n]{{0,60}}?"
    rf"(?:\b(?:at|when\s+i\s+was|aged)\s+{_AGE_AT}(?P<year>,?\s+(?:(?:way\s+)?back\s+)?in\s+(?:19|20)\d\d\b)?|"
    rf"{_IN_YEAR},?\s+(?:at|aged)\s+{_AGE_AT}(?P<year2>)|"
    # the year first, the age later in the clause: "started my training in 2009, straight out of sixth form at 18"
    rf"{_IN_YEAR}\b[^.!?\n]{{0,40}}?\b(?:at|aged)\s+{_AGE_AT}(?P<year3>))"
    # the year the poster turned an age: "in 1999, the year I turned twenty-one", "I turned 21 in 1999"
    rf"|{_IN_YEAR},?\s+(?:the\s+year|when)\s+i\s+turned\s+(?:{_AGE_AT}|{_AGE_WORDS})\b(?P<year4>)"
    rf"|\bi\s+turned\s+(?:{_AGE_AT}|{_AGE_WORDS})\s+in\s+(?:19|20)\d\d\b(?P<year5>)"
    rf"|{_SELF_START}\d{{1,2}}\s+years\s+out\s+of\s+(?P<out>[2-7]\d)\b"
    # "22 years a dental nurse today. That's half my life": the years doubled
    rf"|\b\d{{1,2}}\s+years\b[^.!?\n]{{0,60}}[.!?,]?\s*(?:that['’]s|it['’]s|which\s+is)\s+(?P<out2>half)\s+(?:of\s+)?my\s+life\b",
    re.IGNORECASE)
# the year the poster left school, with their school: "Class of '96 reunion", "A-levels, class of 1996", "left school
# in 1996" (about 18 then: two birth years)
SCHOOL_YEAR = re.compile(r"\bclass\s+of\s+(?:['’]\d\d|(?:19|20)\d\d)\b|\bleft\s+school\s+in\s+(?:19|20)\d\d\b",
                         re.IGNORECASE)
_SCHOOL = re.compile(r"\b(?:school|a-?levels?|gcses?|o-?levels?|highers|sixth\s+form|leavers|ysgol|academy|grammar)\b",
                     re.IGNORECASE)
# ... and how long ago: "10 years a dental nurse", "it's 30 years", "thirty years ago"
YEARS_SINCE = re.compile(r"\b(?:\d{1,2}|ten|fifteen|twenty|twenty-five|thirty|forty)\s+years\b"
                         r"|\bhalf\s+(?:of\s+)?my\s+life\b", re.IGNORECASE)  # "qualified at 21 … half my life" on the road


# "Night shifts at 58 are not what they were when I qualified": an age after "at" in a sentence where the poster
# speaks of themselves and no one else is described
AT_AGE = re.compile(rf"\bat\s+(?:the\s+age\s+of\s+)?{_AGE_AT}\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+")
# an age then, not now: "I started running at 40", "we married at 21"
_THEN = re.compile(r"\b(?:started|began|qualified|joined|trained|learn(?:ed|t)|took\s+up|retired|left|married|moved|"
                   r"had|became|was|were|passed|got)\b", re.IGNORECASE)


def career_age(text: str) -> Optional[re.Match]:
    """The poster's age from their career (``CAREER_AGE``): with the year it began, or the years since, or
    as "N years out of M"; or an age "at 58" in a sentence of the poster's own (``AT_AGE``). Either leaves two
    birth years, as a stated age does."""
    for m in CAREER_AGE.finditer(text):
        if m.group("out") or m.group("out2") or any(m.group(g) is not None for g in ("year", "year2", "year3", "year4", "year5")) \
                or YEARS_SINCE.search(text):
            return m
    if (m := SCHOOL_YEAR.search(text)) and _SCHOOL.search(text):
        return m
    for sentence in _SENTENCE.finditer(text):
        m = AT_AGE.search(text, sentence.start(), sentence.end())
        if m and FIRST_PERSON.search(sentence.group()) and not ONE_PERSON.search(sentence.group()) \
                and not CAREER_AGE.search(sentence.group()) and not _THEN.search(text, sentence.start(), m.start()):
            return m
    return None
