"""DATE_OF_BIRTH: a date in any UK written form, tied to birth context.

Rule: numeric dates day-month-year ("21/08/1983", "5.9.17", "30 1 1951",
"21-08-83"), ISO ("1949-07-22"), and written dates ("2nd October 1958",
"October 2nd, 1958", "3rd of May 1940", "Oct 1958", and "3rd Jan" with no
year, which still gives the birthday away) are found only when a birth
word ("DOB", "d.o.b", "date of birth", "born", "birthday", "DoB:") stands just
before the date in the same sentence, or "(DOB)" just after it. Day and month
are range-checked. Source: the NHS social-media policies' "date of birth";
NHS Data Dictionary "PERSON BIRTH DATE" forms.
Avoids: event dates ("on 14 February 2020 we attended"), appointment dates,
weekdays, "today", durations: none has birth context.
"""

from typing import Optional

import regex as re
from phiscrub.text.recognizers.base import Pattern

from phiscrub.text.recognizers.base import PhiRecognizer

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|'?\d\d)"
_NUMERIC = re.compile(r"(\d{1,4})[/.\- ](\d{1,2})[/.\- ](\d{2,4})")


class DateOfBirthRecognizer(PhiRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        Pattern("numeric d/m/y", r"(?<![\d/.\-])(?P<id>\d{1,2}([/.\-])\d{1,2}\2\d{2}(?:\d{2})?)(?![\d/.\-]*\d)", 0.6),
        Pattern("spaced d m yyyy", r"(?<![\d])(?P<id>\d{1,2} \d{1,2} (?:19|20)\d\d)(?!\d)", 0.6),
        Pattern("iso y-m-d", r"(?<![\d])(?P<id>(?:19|20)\d\d([/.\-])\d{1,2}\2\d{1,2})(?!\d)", 0.6),
        Pattern("d month y", rf"(?<![\w])(?P<id>{_DAY}(?:\s+of)?\s+{_MONTHS},?\s+{_YEAR})(?!\w)", 0.6),
        Pattern("month d, y", rf"(?<![\w])(?P<id>{_MONTHS}\s+{_DAY},?\s+{_YEAR})(?!\w)", 0.6),
        Pattern("d-mon-y", rf"(?<![\w])(?P<id>{_DAY}[-/ ]{_MONTHS}[-/ ]{_YEAR})(?!\w)", 0.6),
        Pattern("month y", rf"(?<![\w])(?P<id>{_MONTHS}\s+(?:1[89]\d\d|20\d\d))(?!\w)", 0.5),
        # day and month without a year still give the birthday away
        Pattern("d month", rf"(?<![\w])(?P<id>{_DAY}(?:\s+of)?\s+{_MONTHS})(?![\w]|\s*,?\s*{_YEAR})", 0.45),
        Pattern("month d", rf"(?<![\w])(?P<id>{_MONTHS}\s+{_DAY})(?![\w]|,?\s*{_YEAR})", 0.45),
    ]
    CONTEXT = [
        r"d\.?\s?o\.?\s?b\.?", r"date\s+of\s+birth", r"birth\s*date", r"born", r"birthday",
        r"b'?day", r"birth", r"b\.", r"deliver(?:ed|ing|y)", r"arrived", r"welcomed",
    ]
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 12
    CONTEXT_BOOST = 0.3
    REQUIRES_CONTEXT = True

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        m = _NUMERIC.fullmatch(pattern_text)
        if not m:
            return None
        a, b, c = (int(g) for g in m.groups())
        if len(m.group(1)) == 4:  # ISO year-month-day
            year, month, day = a, b, c
        else:
            day, month, year = a, b, c
        return 1 <= day <= 31 and 1 <= month <= 12 and (year < 100 or 1880 <= year <= 2100)
