"""DATE and TIME: when something happened, for dates and times that are not birth dates.

DATE rule, ``granularity``: date ("14 February 2020", "14th Feb", "Feb 14th",
"14/02/2020", "on 14/02", "2020-02-14"); weekday ("Tuesday", "last Friday",
"Weds", "on Sat"); relative ("today", "yesterday", "last week", "3 days ago",
"the other day"); named_day ("Bonfire Night", "Christmas Day", "bank holiday"
and "birthday", which carries ``birthday: yes``: "it's my birthday today"
gives the poster's birth date away); month ("in March", "February 2019",
"October"); year ("in 2019", "since 1998"). A date inside a DATE_OF_BIRTH
finding is dropped by ``MentionFinders``.
TIME rule, ``granularity``: clock ("3am", "3.12am", "03:40", "14:00", "0340hrs",
"at 0600", "midnight") and part_of_day ("at night", "early hours", "tonight",
"overnight", "lunchtime"). A day with a part of the day ("this morning",
"last night", "Tuesday night", "yesterday afternoon") is one TIME
part_of_day mention with ``day`` relative | weekday; the weekday or
"yesterday" inside it is also a DATE. Source: PII-SPEC §3 "time: clock time,
part of day, weekday, date, 'this morning', named days".
Avoids: months that are words ("march", "may": capitalised and with a
preposition, a day or a year), "Sat"/"Sun" alone, scores and fractions ("5/10",
"1.5"), durations ("3 weeks", "12 hr night"), "night shift"/"nights" (the
rota, not an incident), "Morning all" (a greeting).
"""

from __future__ import annotations

from typing import Iterator, List

import regex as re

from phiscrub.text.mentions.base import MentionFinder, PhraseMatcher, Scan, leftmost_longest
from phiscrub.text.mentions.wordlists import load_lists
from phiscrub.types import Mention

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)")
_MONTH_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_WORD_MONTHS = frozenset(("mar", "march", "may", "august"))  # ordinary words in lower case
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_PART = r"(?:morning|afternoon|evening|night|lunchtime|teatime)(?!\s*shifts?\b|s\b)"
_I = re.IGNORECASE
# a weekday naming a thing, not a day: "after Sunday league", "Sunday school", "a Sunday roast", "Friday club"
_DAY_AS_NOUN = r"(?:league|school|roast|lunch|dinner|best|papers?|club|market|team|side|football|footy|rugby|service)\b"

_DATES = (
    ("date", re.compile(rf"(?=\d)(?<![\w/.-]){_DAY}(?:\s+of)?\s+(?P<mon>{_MONTH})(?:,?\s+(?:{_YEAR}|'\d\d))?(?![\w/])", _I)),
    ("date", re.compile(rf"\b(?P<mon>{_MONTH})\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w/:.]\d|\w)", _I)),
    ("date", re.compile(r"(?<![\d/.:-])(?P<d>\d{1,2})([/.-])(?P<mo>\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.:-]*\d)")),
    ("date", re.compile(rf"(?<![\d/.:-]){_YEAR}-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?!\d)")),
    ("date", re.compile(r"\b(?i:on)\s+(?P<m>(?P<d>\d{1,2})/(?P<mo>\d{1,2}))(?![\d/])")),
    ("weekday", re.compile(rf"\b(?P<m>(?:(?:last|this|next)\s+)?{_WEEKDAY})\b(?!\s+{_DAY_AS_NOUN})", _I)),
    ("weekday", re.compile(r"\b(?P<m>Mon|Tues?|Weds?|Thu(?:rs?)?|Fri)\.?(?![\w'’])")),
    ("weekday", re.compile(r"\b(?i:on|this|next|last|every|till|until|by)\s+(?P<m>Sat|Sun)\b")),
    ("relative", re.compile(r"\b(?:today|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+other\s+day"
                            r"|(?:last|this|next)\s+(?:week(?:end)?|month|year|summer|winter|spring|autumn|fortnight)"
                            r"|(?:a|one|two|three|four|five|six|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?|years?|fortnights?)\s+ago"
                            r"|a\s+fortnight\s+ago|(?<=\b(?:over|at)\s+)the\s+weekend"
                            # Welsh: "heddiw" (today), "ddoe" (yesterday), "fis diwethaf" (last month), "wythnos yma" (this week)
                            r"|heddiw|ddoe|echdoe|yfory|(?:yr\s+)?(?:wythnos|[mf]is|[bf]lwyddyn|(?:p|b|ph)enwythnos)"
                            r"\s+(?:diwethaf|diwetha|yma|hon|nesaf))\b", _I)),
    ("month", re.compile(rf"\b(?:in|of|since|during|until|till|by|from|through|throughout|early|late|mid|last|next|this"
                         rf"|end\s+of|start\s+of|beginning\s+of)\s+(?P<m>(?P<mon>{_MONTH_FULL})(?:\s+{_YEAR})?)\b", _I)),
    ("month", re.compile(rf"\b(?P<m>(?P<mon>{_MONTH_FULL})\s+{_YEAR})\b", _I)),
    ("month", re.compile(r"\b(?P<m>January|February|July|September|October|November|December)\b")),
    ("year", re.compile(rf"\b(?:in|since|during|until|till|by|from|back\s+in|summer|winter|spring|autumn|class\s+of)"
                        rf"\s+(?P<m>{_YEAR})\b(?![:\d]|\s*(?:calls|patients|people|jobs|mg|ml|steps))", _I)),
)
_TIMES = (
    ("clock", re.compile(r"(?=\d)(?<![\d:.£$])(?:[01]?\d|2[0-3])[:.][0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.)", _I)),
    ("clock", re.compile(r"(?=\d)(?<![\d:.£$/])(?:1[0-2]|0?[1-9])\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])", _I)),
    ("clock", re.compile(r"(?<![\d:.£$/])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?(?:hrs|h)\b)?(?![\d:]|,\d)", _I)),
    ("clock", re.compile(r"(?<![\w.])(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|h)\b"
                         # (after "since", "from", "by" … a year is none: "every day since 1958")
                         r"|(?:(?<=\bat\s+|@\s?)|(?<=\b(?:by|from|until|till|since|before|after)\s+)(?!19\d\d|20[0-2]\d))"
                         r"(?:[01]\d|2[0-3])[0-5]\d(?![\d:.]|\s*(?:people|patients|calls|staff|jobs|feet|ft|metres|miles"
                         r"|steps|mg|ml|units|times|pounds|quid)\b)", _I)),
    ("clock", re.compile(r"\b(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]?clock\b"
                         r"|\b(?:midnight|midday|noon)\b", _I)),
    ("day part", re.compile(rf"\b(?P<d>this|last|yesterday|tomorrow|{_WEEKDAY})\s+{_PART}", _I)),
    ("part_of_day", re.compile(r"\b(?:tonight|overnight|(?:at|during\s+the|in\s+the\s+middle\s+of\s+the)\s+night"
                               # Welsh: "neithiwr" (last night), "heno" (tonight), "bore 'ma" (this morning)
                               r"|neithiwr|heno|bore(?:\s+(?:yma|heddiw|ddoe)|\s+['’]ma)"
                               r"|(?:in\s+the\s+)?(?:early|small|wee)\s+hours(?:\s+of\s+the\s+morning)?"
                               r"|(?:at|by|before|around|after)\s+(?:dawn|dusk|sunrise|sunset|first\s+light)"
                               r"|(?:at|over|by)\s+(?:lunchtime|teatime|lunch|breakfast)|rush\s+hour"
                               r"|in\s+the\s+(?:morning|afternoon|evening)"
                               # spent with someone: "Spent the afternoon with a young lad", "spent the evening in resus"
                               r"|(?<=\bspent\s+)the\s+(?:morning|afternoon|evening|night))\b(?!\s*shifts?\b)", _I)),
)


def _valid(rule: str, m) -> bool:
    g = m.groupdict()
    mon = g.get("mon")
    if mon and mon.lower().rstrip(".") in _WORD_MONTHS and not mon[0].isupper():
        return False  # "march", "may": words unless capitalised
    if g.get("mo") is not None and not (1 <= int(g["d"]) <= 31 and 1 <= int(g["mo"]) <= 12):
        return False
    return True


class DateFinder(MentionFinder):
    KIND = "DATE"
    ATTRIBUTES = {"granularity": ("date", "weekday", "relative", "named_day", "month", "year"), "birthday": ("yes",)}

    def __init__(self, resources):
        super().__init__(resources)
        self._named = PhraseMatcher(load_lists("dates.yaml", self.ATTRIBUTES, ("named_days", "birthdays")))

    def _candidates(self, scan: Scan) -> Iterator[Mention]:
        for rule, pattern in _DATES:
            for m in pattern.finditer(scan.text):
                if _valid(rule, m):
                    group = "m" if m.groupdict().get("m") else 0
                    yield self.mention(m.start(group), m.end(group), rule, (("granularity", rule),))
        tokens = scan.tokens
        for i, j, wl in self._named.matches(tokens):
            yield self.mention(tokens.starts[i], tokens.ends[j - 1], wl.name, wl.attributes)

    def scan(self, scan: Scan) -> List[Mention]:
        return leftmost_longest(self._candidates(scan))


class TimeFinder(MentionFinder):
    KIND = "TIME"
    ATTRIBUTES = {"granularity": ("clock", "part_of_day"), "day": ("relative", "weekday")}

    def _candidates(self, text: str) -> Iterator[Mention]:
        for rule, pattern in _TIMES:
            for m in pattern.finditer(text):
                if rule == "day part":
                    day = "weekday" if m.group("d").lower().endswith("day") and m.group("d").lower() != "yesterday" \
                        else "relative"
                    yield self.mention(m.start(), m.end(), rule, (("granularity", "part_of_day"), ("day", day)))
                else:
                    day = "relative" if rule == "part_of_day" and m.group().lower() == "tonight" else None
                    yield self.mention(m.start(), m.end(), rule, (("granularity", rule), ("day", day)))

    def scan(self, scan: Scan) -> List[Mention]:
        return leftmost_longest(self._candidates(scan.text))
