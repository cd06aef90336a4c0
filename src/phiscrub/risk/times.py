"""Time windows: how long a day, a part of day or a season is, in years, and which times date the incident.

A window narrows the pool only through the incident it dates (``phiscrub.risk.estimate``). A time still to
come dates none ("tomorrow", "next May"); the day or week of a follow-up (a visit, a discharge, a letter) or of a later
contact (a call, a photo sent, a visit to say thank you) is not the incident's; a named day's weekend is the whole weekend. The words of a relative date name its length
("this week", "this summer").
"""

from __future__ import annotations

from typing import Optional

import regex as re

from phiscrub.risk.context import EMERGENCY, sentence_bounds
from phiscrub.types import Mention

# time windows in years
HOUR, PART_OF_DAY, DAY, WEEK, MONTH, YEAR = 1 / 8766, 6 / 8766, 1 / 365.25, 7 / 365.25, 1 / 12, 1.0
WINDOWS = {"clock": HOUR, "part_of_day": PART_OF_DAY, "date": DAY, "weekday": DAY, "relative": DAY,
           "named_day": DAY, "month": MONTH, "year": YEAR}

# a date still to come dates no incident: "tomorrow", "next week", "next May", "see you next year"
FUTURE = re.compile(r"(?:tomorrow|next\s+\w+)\b", re.IGNORECASE)
WEEKEND_AFTER = re.compile(r"[ \t]+(?:bank[ \t]+holiday[ \t]+)?weekend\b", re.IGNORECASE)
# a follow-up of an earlier incident beside a day or a time: that day is the visit's, the discharge's or the letter's
# ("came to see us at the base today", "today he walked out of Papworth", "left our stroke rehab unit today", "came back
# to the team base today", "brought his own son in to see me last month"); a month,
# a season or a year may still date the incident
FOLLOW_UP = re.compile(r"\b(?:came\s+(?:back\s+)?to\s+(?:see|visit|thank)\s+us|popped\s+(?:in|back)|visited\s+us|"
                       r"walked\s+out(?:\s+(?:of|to|on))?|(?:was|been|got)\s+discharged|went\s+home|left\s+hospital|"
                       r"left\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?(?:units?|wards?|hospital|hospice|rehab|icu|itu|hdu)\b|sent\s+(?:us|the\s+(?:team|crew))|"
                       r"has\s+written|wrote\s+to\s+us|thank[- ]you\s+(?:card|letter)|back\s+at\s+work|"
                       r"reunited\s+with|came\s+back\s+to\s+say|came\s+back(?:\s+\w+){0,5}?\s+to\s+(?:meet|see|thank|bring|give|show)|"
                       r"(?:meet|met)\s+the\s+(?:crew|team|paramedics|nurses|staff)|came\s+back\s+to\s+(?:(?:the|our)\s+)?(?:[\w-]+\s+)?"
                       r"(?:base|airbase|station|ward|unit|department|hospital|hospice|clinic)|"
                       r"brought\s+(?:\w+\s+){0,3}?in\s+to\s+(?:see|meet)\s+(?:us|me|the\s+team))\b", re.IGNORECASE)
# a later contact: "walked into the station today to say thank you", "a new mum rang us … last week and today she sent
# a photo", "sent the whole unit a hamper today", "waved us down in the street today to tell us she's started tai chi";
# never in the sentence of an emergency, where the call is the emergency's own ("collapsed at 3am, his wife rang us"),
# nor a call with a symptom ("rang us with chest pain")
LATER_CONTACT = re.compile(r"\b(?:walked\s+(?:back\s+)?in(?:to)?|to\s+say\s+(?:thanks|thank\s+you)|got\s+in\s+touch|"
                           r"waved\s+(?:us|me)\s+down|stopped\s+(?:us|me)\s+(?:in|on|at|outside)\b|to\s+tell\s+(?:us|me)\s+(?:she|he|they)|"
                           # "Yesterday he came back with a card" (not "came back with chest pain": a new incident)
                           r"came\s+back\s+(?:in\s+)?with\s+(?:a|an|some|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:cards?|cakes?|"
                           r"flowers|chocolates|box|boxes|tins?|gifts?|presents?|photos?|hampers?|biscuits|balloons|thank)|"
                           r"dropped\s+(?:in|by)|(?:rang|phoned|called|emailed|messaged|texted)\s+(?:us|me|the\s+(?:team|ward|unit|base|station))(?!\s+with\b)|"
                           r"sent\s+(?:us\s+|me\s+|the\s+(?:whole\s+)?(?:team|crew|unit|ward|department|base|station)\s+)?"
                           r"(?:a|an|some|the)\s+(?:photos?|pictures?|pics?|cards?|messages?|letters?|videos?|updates?|texts?|"
                           r"emails?|hampers?|flowers|cakes?|chocolates|gifts?|presents?))\b", re.IGNORECASE)


# an emergency dated before the post's day: "last year", "two months ago", "back in March"
DATED_BEFORE = re.compile(r"\blast\s+(?:year|month|summer|winter|spring|autumn|christmas)\b|\bearlier\s+this\s+(?:year|month)\b"
                          r"|\b(?:\d+|a|an|two|three|four|five|"
                          r"six|several|few)\s+(?:years?|months?)\s+ago\b|\bback\s+in\s+\w+", re.IGNORECASE)


# what befell someone before, in the sentence of the post's day: "her first words since her stroke", "hadn't seen
# a dentist since his stroke"; the day is the milestone's or the visit's, the stroke had its own
SINCE_THEIR = re.compile(r"\bsince\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:stroke|op|operation|surgery|accident|fall|"
                         r"crash|injury|diagnosis|heart\s+attack|amputation|transplant|arrest|bleed|haemorrhage|"
                         r"overdose|admission|breakdown)\b", re.IGNORECASE)


def follow_up(text: str, m: Mention) -> bool:
    start, end = sentence_bounds(text, m.start, m.end)
    if FOLLOW_UP.search(text, max(0, m.start - 30), min(len(text), m.end + 40)) is not None or FOLLOW_UP.search(
            text, max(start, m.start - 50), m.start) is not None:  # further back in its sentence: "walked out to his car
        return True  # on his own this week"
    if LATER_CONTACT.search(text, max(start, m.start - 50), min(end, m.end + 40)) and not (
            EMERGENCY.search(text, start, end) and not DATED_BEFORE.search(text, 0, end)):
        return True  # ... an emergency of its sentence dated before, there or earlier in the post: "had a cardiac arrest …
        # last year walked into our station today", "Earlier this year … CPR …, and today he walked into our station"
    return SINCE_THEIR.search(text, start, end) is not None


# windows named by the words of a relative date ("this week", "last month", "this summer")
SPAN_WORDS = ((re.compile(r"\bweekend\b|\b(?:p|b|ph)enwythnos\b", re.I), 3 / 365.25),  # and the Welsh words
              (re.compile(r"\bweeks?\b|\bfortnight\b|\bwythnos\b", re.I), WEEK),
              (re.compile(r"\bmonths?\b|\b[mf]is\b", re.I), MONTH),
              (re.compile(r"\b(?:summer|winter|spring|autumn|season)\b", re.I), 0.25),
              (re.compile(r"\byears?\b(?!['’]s\s+(?:day|eve)\b)|\b[bf]lwyddyn\b", re.I), YEAR))  # "New Year's Day" is one day


def span_window(surface: str) -> Optional[float]:
    for rx, window in SPAN_WORDS:
        if rx.search(surface):
            return window
    return None


def _years(window: float) -> str:
    """A window as people say it: "6 hours", "1 day", "91 days"."""
    hours = round(window * 8766)
    days = round(window * 365.25)
    if hours < 48:
        return "1 hour" if hours == 1 else f"{hours} hours"
    return "1 day" if days == 1 else f"{days} days"
