"""The poster's own age, as a post states it ("I'm 50", "my 40th today", "Only 30 and my knees …"): with the day it
is reached it is their date of birth (PII-SPEC section 3, staff self-disclosure). Part of ``phiscrub.risk.context``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex as re

from phiscrub.risk.quotes import in_quotes

# an adult's age in words: "forty-one", "Sixty"
AGE_WORDS = r"(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
# the poster's own age: "I'm 50", "my 50th", "of my 50 years", "I turned 50", "I'll be 40", "Forty-one and still …"
POSTER_AGE = re.compile(
    r"\b(?:i['’]?m|i\s+am|i['’]ll\s+be|i\s+turned|i\s+turn|i['’]ve\s+turned)\s+(?P<n>\d{2})\b(?![.,:]\d|\s*(?:%|mins?|minutes|hours?))"
    r"|\bmy\s+(?P<o>\d{2})(?:st|nd|rd|th)\b(?!\s+(?:shift|day|night|week|year|run|parkrun|marathon|baby|delivery|"
    r"patient|call|job|time|anniversary|visit|cake|wedding))"
    r"|\b(?:of\s+)?my\s+(?P<y>\d{2})\s+years\b(?!\s+(?:in|of|as|at|on|with|qualified|service|nursing))"
    # a diary line with no subject, after a sentence's end or an emoji: "Turned 50 this month and …", "Confession: turned
    # 50", "… apparently 😂 Turned 30 this summer" (a capital after the emoji opens a sentence), "35 and still doing nights",
    # "45 and I've just started my degree", "34 and just survived my first shift in charge", "Forty-five this year and
    # I've just signed up", "35 and still the youngest pharmacist here"
    rf"|(?:^|[.!?\n:—–]\s*|\p{{So}}\s*(?=(?-i:[JT])))(?:just\s+)?(?:turned|turning)\s+(?P<t>\d{{2}}|{AGE_WORDS})\b(?![.,:]\d)"
    # (not a reading: "sats 88 and still dropping", "HR 110, 72 now")
    rf"|(?:^|[.!?\n—–]\s*|\p{{So}}\s*(?=(?-i:[A-Z0-9])))(?:(?i:only|just|nearly|almost|barely)\s+)?(?P<s>\d{{2}}|{AGE_WORDS})(?:\s+this\s+year|\s+now)?\s+and\s+(?:fabulous|counting|"
    r"thriving|still\s+(?:doing|going|working|loving|the\s+(?:youngest|oldest))|"
    r"(?:i['’]ve|i\s+have|i['’]m|i\s+am)\s+(?:just\s+)?\w+|just\s+(?:started|survived|finished|qualified|passed|done)|"
    r"finally\s+(?:a|an|qualified|registered|passed|done|made\s+it)|"  # "Thirty-four and finally a qualified paramedic"
    # "Only 30 and my knees already sound like bubble wrap": the poster's own body at that age
    r"my\s+(?:knees|back|hips?|feet|joints|body|bones|eyes|hair|skin))\b"
    r"|\b\d{2}\s+then,?\s+(?P<w>\d{2})\s+now\b(?![.,:]\d)"
    # a line opening on an age and "today" with no noun after it: "30 today 🎉 and on nights" (not "12 today in resus")
    r"|(?:^|[.!?\n]\s*)(?P<d>[2-9]\d|1[89]|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:[- ](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?)(?=\s+today\s*(?:!|\p{So}|,?\s*and\b|[–—-]))"  # "Sixty today 🎂", "50 today, and"
    # a line opening on the poster's half century: "Half a century this month 🎉 and …"
    r"|(?:^|[.!?\n]\s*)(?P<h>half\s+a\s+century)(?=\s+(?:today|this\s+(?:week|month)|on\s+\w+day)\b|\s*(?:!|\p{So}))"
    # the poster, the youngest or oldest somewhere, at an age: "Still the youngest on the estates team at 29"; or still at
    # work at it: "Still doing nights at 52"
    r"|(?:^|[.!?\n]\s*)(?:(?:i['’]?m|i\s+am)\s+)?(?:(?:still\s+)?the\s+(?:youngest|oldest)\b|still\s+(?:doing|working|on)\b)"
    r"[^.!?\n]{0,40}?\bat\s+(?P<a>\d{2})\b"
    r"(?![.,:]\d|\s*(?:weeks?|days?|months?|%|mins?|minutes|hours?))"
    # the poster's decade: "started running in my 40s", "in my late 30s" (ten birth years, not two)
    r"|\bin\s+my\s+(?:(?:early|mid|late)[\s-]+)?(?P<dec>[2-9]0)['’]?s\b"
    # wishing oneself a happy birthday, posted on the day: "Happy 40th to me!"; a line opening on "the big 5-0"
    r"|\bhappy\s+(?P<hb>\d{2})(?:st|nd|rd|th)\s+(?:birthday\s+|b['’]?day\s+)?to\s+me\b"
    r"|(?:^|[.!?\n]\s*)(?:(?:it['’]?s|hit|hitting|reached|reaching)\s+)?the\s+big\s+"
    r"(?P<bg>[2-9]|two|three|four|five|six|seven|eight|nine)\s*-\s*(?:0|oh)\b"  # "Hit the big four-oh this month"
    # the poster's birth year or decade: "As a 1990 baby, I've …", "I'm an '80s kid", "I was born in 1992" (a baby of
    # that year is the poster, not a patient)
    r"|\b(?:as|i['’]?m|i\s+am|i\s+was|being)\s+an?\s+(?:(?P<by>(?:19|20)\d\d)|['’]?(?P<bd>[5-9]0|00)['’]?s)\s+(?:baby|babe|kid|child)\b"
    r"|\bi\s+was\s+born\s+in\s+(?P<by2>(?:19|20)\d\d)\b(?!\s*[-–/])",
    re.IGNORECASE)
# the day right after the poster's age: "my 40th today", "I'm 50 tomorrow", "turning 30 on Saturday"
AGE_DAY_AFTER = re.compile(r"[\s!,.:–-]{0,4}(?:birthday\s+|bday\s+)?(?:today|tomorrow|tonight|yesterday|"
                           r"(?:on|this|next|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
DECADE_BIRTH_YEARS = 10  # "in my 40s" leaves ten
POSTER_BIRTH_YEARS = 2  # an age in whole years leaves two birth years


def birth_years(own: re.Match) -> int:
    """How many birth years the poster's stated age leaves: ten for a decade, two for an age in years, one for a
    stated birth year ("a 1990 baby")."""
    if own.group("by") or own.group("by2"):
        return 1
    return DECADE_BIRTH_YEARS if in_decade(own) else POSTER_BIRTH_YEARS


def in_decade(own: re.Match) -> bool:
    """Whether the poster's stated age is a decade ("in my 40s", "an '80s kid")."""
    return bool(own.group("dec") or own.group("bd"))


@lru_cache(maxsize=16)  # asked once per text and again for each of its dates
def poster_age(text: str) -> Optional[re.Match]:
    """The first statement of the poster's own age outside quotation marks, if any."""
    for m in POSTER_AGE.finditer(text):
        if not in_quotes(text, m.start()):
            return m
    return None


def age_with_its_day(text: str, m: re.Match) -> bool:
    """The poster's age with the day it is reached: their date of birth ("my 40th today", "Happy 40th to me!")."""
    return m.group("hb") is not None or AGE_DAY_AFTER.match(text, m.end()) is not None
