"""AGE: an age as written in drafts, with the range of years it allows.

Rule: an age needs an age word next to the number: "a 6-year-old", "84 yo",
"a six-year-old", "3-week-old", "90 years young", "aged 84", "age: 7", ward shorthand "84F",
"(63M)", "m, 72", "70s F" (the letter also gives a SEX mention), "in her 90s",
"late 80s", "70-something", "over-80s", "aged 60-70", "her 100th birthday", "turned
90", "I'm 40 today", "Doris, 92, went home" (a name's age set off by commas), a school year or school before a child ("a Year 10 girl": 14..15; "our P5 girl": 8..9;
"a primary-school lad": 4..11), and life-stage words. Attributes: ``form`` exact | decade
| range | stage, ``age_low``/``age_high`` in whole years (ages under one year
are 0..0). Stage bounds (chosen for phiscrub, the risk scorer reads them as a
range): newborn/neonate/baby/infant 0..0 (under a year: the NHS and ONS sense of "infant"), toddler 1..3, child/kid
0..15, schoolchild 4..16, teenager/teenage 13..19, adolescent 10..19,
middle-aged 45..65, pensioner/OAP 66..115 (UK state pension age), elderly
75..115 (the age British frailty services and drafts mean by it; "older
people" at 65+ would be wider), centenarian 100..115, supercentenarian
110..115; 115 is the cap. Source: PII-SPEC §3 "age (exact, 63F, a
6-year-old, in her 70s, elderly)".
Avoids: numbers with no age word ("Bay 3", "Ward 7", "GCS 13", "Band 6",
"NEWS 5", "1g"), durations ("3 weeks", "6 hours": only "N weeks old" is an
age), "stage 3", "£10M", "a 10m fall" (a lower-case m is metres), "turned 90
degrees", "over 80 calls" (over/under need "aged" or the "-80s" form).
"""

from __future__ import annotations

from typing import Iterator, List, Optional, Tuple

import regex as re

from phiscrub.text.mentions.base import MentionFinder, Scan, leftmost_longest
from phiscrub.text.mentions.wordlists import NUMBER
from phiscrub.types import Mention

AGE_MAX = 115
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_NUMBER_WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_DECADE_WORDS = {"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
_STAGES = {
    "newborn": (0, 0), "new-born": (0, 0), "neonate": (0, 0), "baby": (0, 0), "babies": (0, 0), "infant": (0, 0),
    "new-birth visit": (0, 0), "new birth visit": (0, 0),  # the health visitor's visit to a baby of 10-14 days
    "young man": (18, 29), "young woman": (18, 29), "young lad": (18, 29), "young lass": (18, 29),
    "young fella": (18, 29), "young adult": (18, 29), "young men": (18, 29), "young women": (18, 29),
    "toddler": (1, 3), "child": (0, 15), "children": (0, 15), "kid": (0, 15), "schoolboy": (4, 16),
    "schoolgirl": (4, 16), "schoolchild": (4, 16), "schoolchildren": (4, 16), "teenager": (13, 19),
    "teen": (13, 19), "teenage": (13, 19), "adolescent": (10, 19), "middle-aged": (45, 65), "middle aged": (45, 65),
    "pensioner": (66, AGE_MAX), "oap": (66, AGE_MAX), "elderly": (75, AGE_MAX), "centenarian": (100, AGE_MAX),
    "supercentenarian": (110, AGE_MAX), "septuagenarian": (70, 79), "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
}
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30}

_NUM = r"(?<![\w.,:/£$#-])(?P<n>\d{1,3})"
_UNIT = r"(?P<u>years?|yrs?|months?|mths?|weeks?|wks?|days?)"
_WORDNUM = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_POSS = r"(?:his|her|their|my|our|your)"  # not "the": "in the 80s" is an era
_CHILD = r"(?:girl|boy|lad|lass|pupil|student|child|kid|son|daughter)s?\b"
# a school year's ages: England and Wales Year N, N + 4 to N + 5; Scotland P N, N + 3 to N + 4, and S N, N + 10 to N + 11
_SCHOOL = {"primary": (4, 11), "secondary": (11, 16), "high": (11, 16)}
_NOT_UNIT_AFTER = r"(?!\s*(?:degrees|°|%|mins?|minutes|hours?|hrs?|seconds?|times|x\b|miles|metres|m\b|mg|ml|kg|calls|jobs|patients|people))"

_PATTERNS: Tuple[Tuple[str, "re.Pattern"], ...] = tuple((name, re.compile(rx, re.IGNORECASE)) for name, rx in (
    ("n-unit-old", rf"{_NUM}\s?-?\s?{_UNIT}\s?-?\s?(?:olds?|young)\b"),  # "90 years young" too
    ("words-year-old", rf"\b(?P<w>{_WORDNUM})(?:[- ](?P<w2>{_WORDNUM}))?[- ](?P<u>years?|months?|weeks?|days?)[- ]olds?\b"),
    ("yo", rf"{_NUM}\s?(?:yo|y/o|y\.o\.?)(?![a-z])"),
    ("aged-range", r"\bage[ds]?\s+(?:between\s+)?(?P<a>\d{1,3})\s*(?:-|–|to|and)\s*(?P<b>\d{1,3})\b"),
    ("range-year-olds", r"(?<![\w.])(?P<a>\d{1,3})\s?(?:-|–|to)\s?(?P<b>\d{1,3})[- ]years?[- ]olds?\b"),
    ("aged", rf"\bage[d:]?\s*:?\s*(?P<n>\d{{1,3}})(?:\s?{_UNIT}(?:\s+old)?)?(?![\d.:/]|,\d|\s*(?:-|–|to)\s*\d){_NOT_UNIT_AFTER}"),
    ("over-under", r"\b(?:aged\s+)?(?P<o>over|under)[- ](?P<n>\d{1,3})s\b"),
    ("aged-over-under", r"\baged\s+(?P<o>over|under)\s+(?P<n>\d{1,3})\b(?!s)"),
    ("decade", rf"\bin\s+{_POSS}\s+(?:(?P<q>early|mid|late)[- ]?)?(?:(?P<d>[1-9]0)['’]?s|(?P<dw>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"),
    ("qualified-decade", r"(?<!\bthe\s+)\b(?P<q>early|mid|late)[- ]?(?:(?P<d>[1-9]0)['’]?s|(?P<dw>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"),
    ("decade-something", r"(?<![\w.])(?P<d>[1-9]0)[- ]?something\b"),
    ("birthday", r"(?<![\w.])(?P<n>\d{1,3})(?:st|nd|rd|th)\s+birthday\b"),
    # "a gentleman of 97", "our lady of 102": the age after a person word (not "a patient of 10 years")
    ("person-of", r"(?<=\b(?:man|woman|lady|gentleman|gent|chap|fella|fellow|girl|boy|lad|lass|patient|resident)\s+)"
                  r"of\s+(?P<n>\d{1,3})\b(?![.:,]\d|\s*(?:%|years?|yrs?|mins?|minutes|hours?|stone|kg|miles|foot|feet|ft|inch))"),
    # "twin sisters … turn 90 today": the plural verb before a day
    ("turned", rf"\b(?:turned|turns|turning|turn(?=\s+\d{{1,3}}\s+(?:today|tomorrow|this|next|on)\b))\s+(?P<n>\d{{1,3}})\b"
               rf"(?![.:,]\d){_NOT_UNIT_AFTER}"),
    ("is-n", r"\b(?:i['’]?m|i\s+am|she['’]s|he['’]s|she\s+is|he\s+is|who\s+is|who['’]s)\s+(?P<n>\d{1,3})"
             r"(?=\s*(?:today|tomorrow|now|next|this|years?\b|yrs?\b|and\b|[^\w\s]|$))"),
    # ... and a person word's "who's NN" before what they do: "my lady who's 102 made me scones" (not "who's 5 mins late")
    ("is-n", r"(?<=\b(?:lady|gent|gentleman|man|woman|resident|patient|chap|fella|lad|lass|boy|girl)\s+)who(?:['’]s|\s+is)\s+"
             r"(?P<n>\d{1,3})(?=\s+\p{Ll})(?!\s+(?:doors?|streets?|houses?|beds?|mins?|minutes|hours?|hrs?|days?|weeks?|"
             r"miles|stone|kg|times|points)\b)"),
    # a person word, a few words, then "is NN", "now NN" or ", NN,": "one of my ladies is 101 and", "a young man
    # I've worked with, now 19, who", "lovely lady in today, 93, came on the bus", "one of our men, 71 and", "one of our
    # patients this morning: 101, landed on Gold Beach", "our twin sisters are 90!"
    ("noun-is-n", r"(?=(?:is|are|now)\s+\d|\d)"  # where the match can begin, before the costly look back
                  r"(?<=\b(?:lady|ladies|gent|gents|gentleman|man|woman|resident|patient|mum|dad|nan|nana|gran|granny|"
                  r"grandma|grandad|grandpa|grandmother|grandfather|mother|father|husband|wife|son|daughter|boys?|girls?|"
                  r"lad|lass|chap|fella|twins|sisters|brothers|(?<=\bone\s+of\s+(?:our|my|the)\s+(?:[\w-]+\s+)?)(?:men|women|patients|residents|islanders|"
                  r"villagers|regulars|clients|gents|ladies|lads|lasses|boys|girls|chaps|fellas|kids|children|teenagers|"
                  r"youngsters|service\s+users|members|pupils|students))\b"
                  r"(?:(?!\b(?:sats|obs|score|bp|hr|pulse|temp|weight|bmi|gcs|news2?|sugars?|glucose|"
                  r"level|count|rate|number|bed|room|bay|ward|height|total)\b)[^.!?\n\d]){0,60}?(?:[,:]\s+(?:now\s+)?)?)"
                  r"(?:(?<=\s)(?:is|are|now)\s+|(?<=[,:]\s+|,\s+now\s+))(?P<n>\d{1,3})(?=\s*(?:today|now|this|next|years?\b|yrs?\b|and\b|who\b|[.,!;:)]|\p{So}|$))(?![.,:]\d)"),
    # a name, then the age set off by commas, as news and thank-you posts write it: "Doris, 92, went home", "Mr Eric
    # Hale, 88." (not a reading's label, a month or a day: "Sats, 92, HR", "June, 12,")
    ("name-comma-n", r"(?<=(?<![\w'’-])(?-i:\p{Lu}[\p{Ll}'’-]+)(?<!\b(?:sats|temp|pulse|news|score|total|weight|height|"
                     r"glucose|ward|bed|bay|room|flat|house|page|year|band|level|floor|number|"
                     r"january|february|march|april|may|june|july|august|september|october|november|december|"
                     r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)),[ \t])"
                     r"(?P<n>\d{1,3})(?=[ \t]*(?:,(?![ \t]*\d)|\)|\.(?!\d)|!|;|\n|$))"),
    # praise for an age: "not bad for 96", "going strong for 101" (the number ends the phrase)
    ("praise-for-n", r"(?<=\b(?:not\s+bad|not\s+too\s+shabby|pretty\s+good|good|great|amazing|incredible|brilliant|"
                     r"sharp|fit|strong)\s+)for\s+(?:a\s+)?(?P<n>\d{2,3})(?![.,:]\d)(?=\s*(?:[!.,;)]|\p{So}|$|years?\b))"),
    # an old age opening a sentence, then what they still do: "88 and didn't miss a beat", "101 and going strong" (not
    # the poster's "60 and still doing nights": ``phiscrub.risk.poster_age``)
    ("opening-n-and", r"(?=\d)(?<=(?:^|[.!?\n]|\p{So})[ \t]{0,3})(?P<n>[6-9]\d|1[01]\d)(?=[ \t]+and[ \t]+(?:didn['’]t|never|"
                      r"going[ \t]+strong|not[ \t]+out|sharp|fit|can[ \t]+still|still[ \t]+(?:dancing|singing|driving|"
                      r"swimming|walking|gardening|playing|sharp|going[ \t]+strong))\b)"),
    # a birthday announced with the age: "is 100 today!", "— 105 today", "turns 90 tomorrow" is "turned"
    ("n-today", r"(?:\b(?:is|are|be|was)|[—–!,:])\s+(?P<n>\d{1,3})\s+today\b"),
    # ... or opening a line or sentence as its exclamation in a birthday post: "104 today! Our team popped round … Happy
    # birthday" (not "103 calls today", nor a tally: "Busy one. 12 today! and more to come")
    # (a very old age goes on in its sentence: "101 today and still walks up the hill"; Welsh "penblwydd hapus")
    ("n-today", r"(?=\d)(?<=(?:^|[.!?\n]|\p{So})[ \t]{0,3})(?:(?P<n>9\d|1[01]\d)[ \t]+today\b|(?P<n>\d{1,3})[ \t]+today\b"
                r"(?=[ \t]*(?:!|[🎂🎉🎈🥳🎊]|\n|$)))"
                r"(?:(?=[\s\S]{0,300}?(?:birthday|bday|b'day|pen-?blwydd|🎂|🎈|🥳|cake|candles))|"
                r"(?<=(?:birthday|bday|b'day|pen-?blwydd|🎂|🎈|🥳|cake|candles)[\s\S]{0,300}))"),
    # a school year before a child: "a Year 10 girl", "our P5 girl" (Scottish primary), "an S3 pupil"; "a primary-school lad"
    ("school-year", r"\b(?:(?i:year|yr)\s?(?P<y>1[0-3]|[1-9])|(?-i:P)(?P<p>[1-7])|(?-i:S)(?P<s>[1-6]))\s+" + _CHILD),
    # ... or after the child, with "in": "a girl in P5", "our son in Year 10" (not "in year 2 of her degree": a child first)
    ("child-in-year", r"(?<=\b(?:girl|boy|lad|lass|pupil|child|kid|son|daughter)s?\s+in\s+)"
                      r"(?:(?i:year|yr)\s?(?P<y>1[0-3]|[1-9])|(?-i:P)(?P<p>[1-7])|(?-i:S)(?P<s>[1-6]))\b(?!\s+of\b)"),
    ("school-stage", r"\b(?P<k>primary|secondary|high)[- ]school\s+" + _CHILD),
    ("stage", r"\b(?P<w>young[ \t]+(?:man|woman|men|women|lad|lass|fella|adult)|supercentenarians?|centenarians?|septuagenarians?|octogenarians?|nonagenarians?|newborns?"
              r"|new-borns?|new[- ]birth[ \t]+visit|neonates?|babies|baby|infants?|toddlers?|schoolboys?|schoolgirls?|schoolchild(?:ren)?"
              r"|teenagers?|teenage|teens?|adolescents?|middle[- ]aged|pensioners?|oaps?|elderly|kids?|child(?:ren)?)\b"
              # a baby's things are no baby: "my baby photos", "baby shower", "baby steps", "baby teeth"
              r"(?<!\bbaby(?=\s+(?:photos?|pictures?|pics?|shower|steps|teeth|clothes|monitor|food|wipes|bump|blues|brain|boomers?)\b))"),
))
# Ward shorthand for a decade and sex: "70s F", "80s M".
DECADE_SHORTHAND = re.compile(r"(?<![\w.£$])(?P<d>[1-9]0)['’]?s\s?(?P<s>[MF])(?![\w'’-])")
# Ward shorthand: the letter is upper case (a lower-case "m" after a number is metres).
SHORTHAND = re.compile(r"(?<![\w£$.,:/#-])(?P<n>\d{1,3})\s?(?:yo\s?)?(?P<s>[MF]|f)(?![\w'’-])"
                       r"(?!\s*(?:catheters?|cannula|tubes?|foley|sheath|needle))"
                       r"|(?<![\w-])(?P<s2>[MmFf]|[Mm]ale|[Ff]emale)\s?[,/]\s?(?P<n2>\d{1,3})(?![\w.:/]|,\d)")


def _years(n: int, unit: Optional[str]) -> int:
    u = (unit or "y")[0].lower()
    return n if u == "y" else (n * _UNIT_DAYS[u]) // 365


def _decade(m) -> Tuple[int, int]:
    base = int(m.group("d")) if m.group("d") else _DECADE_WORDS[m.group("dw").lower()]
    low, high = (13, 19) if base == 10 else (base, base + 9)
    q = (m.groupdict().get("q") or "").lower()
    if q == "early":
        return low, low + (2 if base == 10 else 3)
    if q == "mid":
        return low + (1 if base == 10 else 3), high - (1 if base == 10 else 3)
    if q == "late":
        return high - 2, high
    return low, high


def _read(name: str, m) -> Optional[Tuple[str, int, int]]:
    """(form, low, high) of one match, or None when it is not an age."""
    g = m.groupdict()
    if name in ("n-unit-old", "yo", "aged", "birthday", "turned", "is-n", "noun-is-n", "praise-for-n", "n-today", "person-of",
                "name-comma-n", "opening-n-and"):
        n = _years(int(g["n"]), g.get("u"))
        return "exact", n, n
    if name == "words-year-old":
        n = _NUMBER_WORDS[g["w"].lower()] + (_NUMBER_WORDS[g["w2"].lower()] if g["w2"] else 0)
        n = _years(n, g["u"])
        return "exact", n, n
    if name in ("aged-range", "range-year-olds"):
        a, b = int(g["a"]), int(g["b"])
        return ("range", a, b) if a < b else None
    if name in ("over-under", "aged-over-under"):
        n = int(g["n"])
        if g["o"].lower() == "under":
            return "range", 0, n - 1
        return "range", (n if name == "over-under" else n + 1), AGE_MAX
    if name in ("decade", "qualified-decade", "decade-something"):
        return ("decade",) + _decade(m)
    if name in ("school-year", "child-in-year"):
        n, low = next((int(g[k]), off) for k, off in (("y", 4), ("p", 3), ("s", 10)) if g[k])
        return "range", n + low, n + low + 1
    if name == "school-stage":
        return ("range",) + _SCHOOL[g["k"].lower()]
    w = " ".join(g["w"].lower().split())
    low, high = _STAGES[w.rstrip("s") if w not in _STAGES else w]
    return "stage", low, high


class AgeFinder(MentionFinder):
    KIND = "AGE"
    ATTRIBUTES = {"form": ("exact", "decade", "range", "stage"), "age_low": (NUMBER,), "age_high": (NUMBER,)}

    def _candidates(self, text: str) -> Iterator[Mention]:
        for name, pattern in _PATTERNS:
            for m in pattern.finditer(text):
                read = _read(name, m)
                if read is None or not 0 <= read[1] <= read[2] <= AGE_MAX:
                    continue
                yield self.mention(m.start(), m.end(), name,
                                   (("form", read[0]), ("age_low", read[1]), ("age_high", read[2])))
        for m in DECADE_SHORTHAND.finditer(text):
            low, high = _decade(m)
            yield self.mention(m.start(), m.end(), "decade shorthand",
                               (("form", "decade"), ("age_low", low), ("age_high", high)))
        for m in SHORTHAND.finditer(text):
            n = int(m.group("n") or m.group("n2"))
            if n <= AGE_MAX:
                yield self.mention(m.start(), m.end(), "shorthand", (("form", "exact"), ("age_low", n), ("age_high", n)))

    def scan(self, scan: Scan) -> List[Mention]:
        return leftmost_longest(self._candidates(scan.text))
