"""Whose birthday a post speaks of, and on how many days it could fall: the poster's own ("my birthday", "Birthday
today 🎂 and the girls made me a cake"), with their age or not (PII-SPEC §3, staff self-disclosure). Part of
``phiscrub.risk.context``'s reading of the words around a detail.
"""

from __future__ import annotations

import regex as re

from phiscrub.risk.context import BORN_ON, FIRST_PERSON, ONE_PERSON
from phiscrub.types import Mention


def born_on(text: str, m: Mention) -> bool:
    """A date or named day right after "born on" ("born on Burns Night") or a birthday ("spent my 40th on Christmas Eve"),
    or before "baby" ("a Christmas Day baby")."""
    return (BORN_ON.search(text, max(0, m.start - 20), m.start) is not None or _BABY_AFTER.match(text, m.end) is not None
            or _BIRTHDAY_ON.search(text, max(0, m.start - 40), m.start) is not None)


# a birthday on a day the post names: "spent my 40th on Christmas Eve", "turned 50 on Burns Night"
_BIRTHDAY_ON = re.compile(r"\b(?:my\s+\d{1,3}(?:st|nd|rd|th)(?:\s+birthday)?|turned\s+\d{1,3}|(?:my\s+)?birthday(?:\s+(?:is|was|falls))?)"
                          r"\s+on\s+(?:the\s+)?$", re.IGNORECASE)


_BABY_AFTER = re.compile(r"[ \t]+baby\b(?![ \t]+(?:unit|clinic|group|club|bank|shower|massage|cafe|café))", re.IGNORECASE)


ORDINAL_AGE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b", re.IGNORECASE)


_PERIOD = re.compile(r"\b(?:this|last|birthday|b['’]?day)\s+(?P<p>week|month)\b", re.IGNORECASE)  # "Birthday month!"
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_MONTH_BIRTHDAY = re.compile(rf"\b{_MONTHS}\s+(?:birthday|b['’]?day)\b|\b(?:birthday|b['’]?day)\s+(?:is\s+)?in\s+{_MONTHS}\b",
                             re.IGNORECASE)
# a season's birthday: "my birthday is in the spring", "a summer baby", "winter birthday" (a quarter of the year)
_SEASON_BIRTHDAY = re.compile(r"\b(?:birthday|b['’]?day)\s+(?:is\s+|falls\s+|comes\s+)?in\s+(?:the\s+)?"
                              r"(?:spring|summer|autumn|fall|winter)\b|\b(?:spring|summer|autumn|winter)\s+"
                              r"(?:birthday|b['’]?day)\b", re.IGNORECASE)
SEASON_DAYS = 91
_SAME_DAY = re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)


def birthday_days(text: str) -> int:
    """The days a birthday could fall on: one when the post is dated by it ("today", "tonight"), 30 or 7 when
    it only says "this month" or "last week" ("Turned 30 this month") or a month ("April birthday"), else one (the
    post's own day)."""
    if not _SAME_DAY.search(text) and _SEASON_BIRTHDAY.search(text):
        return SEASON_DAYS  # "my birthday is in the spring": a season, not the day
    if not _SAME_DAY.search(text) and _MONTH_BIRTHDAY.search(text):
        return 30  # "April birthday means cake every year": the month, not the day
    period = None if _SAME_DAY.search(text) else _PERIOD.search(text)
    return 1 if period is None else (30 if period["p"].lower() == "month" else 7)


def first_person(text: str, m: Mention) -> bool:
    """The poster in the first person within 40 characters of ``m``."""
    return bool(FIRST_PERSON.search(text, max(0, m.start - 40), min(len(text), m.end + 40)))


def opens_post(text: str, m: Mention) -> bool:
    """"Birthday today 🎂 and the girls made me a cake": a birthday opening the post with no one named for it is the
    poster's own (as people post it); not "Birthday today for our Doris" nor "Birthday girl Ivy"."""
    return not any(ch.isalnum() for ch in text[:m.start]) and not SOMEONE_ELSES.match(text, m.end)


def nobody_else(text: str, m: Mention) -> bool:
    """"Walked in to a birthday cake at handover today and a card signed by the whole ED": a birthday in a post that
    singles no one else out, not someone's ("Doris's birthday", "the unit's 10th birthday", "birthday girl Ivy")."""
    return (ONE_PERSON.search(text) is None and not SOMEONE_ELSES.match(text, m.end)
            and _POSSESSIVE_BEFORE.search(text, max(0, m.start - 30), m.start) is None)


_POSSESSIVE_BEFORE = re.compile(r"(?:\w['’]s?|\b(?:his|her|their|your|its))\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?$", re.IGNORECASE)
SOMEONE_ELSES = re.compile(r"\s*(?:today|tomorrow)?\s*(?:for|to|of|girl|boy|wishes|shout|\w+['’]s)\b", re.IGNORECASE)


def stated_age(text: str, m: Mention) -> bool:
    """'my 40th birthday', 'birthday … I'm 40': an age or an ordinal beside the birthday."""
    window = text[max(0, m.start - 40):m.end + 40]
    return bool(ORDINAL_AGE.search(window) or re.search(r"\b(?:i['’]?m|i am|turn(?:ed|ing)?)\s+\d{1,3}\b", window,
                                                          re.IGNORECASE))


# born on a day history dates, so the day, month and year of birth are known: "born the day England won the World Cup",
# "born on the same day as the NHS" (5 July 1948, the NHS's own birthday posts), "born the night of the moon landing"
_DATED_DAYS = (r"nhs\b(?:\s+(?:was\s+)?(?:founded|born|created|launched|began|started|set\s+up))?|"
               r"(?:founding|creation|launch|birth)\s+of\s+the\s+nhs|"
               r"england\s+won\s+the\s+world\s+cup|(?:19)?66\s+world\s+cup\s+final|"
               r"(?:first\s+)?moon\s+landing|(?:man|men|neil\s+armstrong)\s+(?:first\s+)?(?:landed|walked|stepped)\s+on\s+the\s+moon|"
               r"(?:queen['’]?s\s+|king['’]?s\s+)?coronation|ve\s+day|vj\s+day|royal\s+wedding|"
               r"(?:princess\s+)?diana\s+died|millennium")
BORN_ON_A_DATED_DAY = re.compile(rf"\bborn\s+(?:on\s+)?(?:the\s+)?(?:very\s+|same\s+|exact\s+)?(?:day|date|night|morning)"
                                 rf"\s+(?:that\s+|when\s+|as\s+|of\s+)?(?:the\s+)?(?:{_DATED_DAYS})", re.IGNORECASE)
# ... or in the week of one: seven dates of birth ("Born the week England won the World Cup and still doing nights")
BORN_IN_A_DATED_WEEK = re.compile(rf"\bborn\s+(?:in\s+)?(?:the\s+)?(?:very\s+|same\s+)?week\s+(?:that\s+|when\s+|of\s+)?"
                                  rf"(?:the\s+)?(?:{_DATED_DAYS})", re.IGNORECASE)
