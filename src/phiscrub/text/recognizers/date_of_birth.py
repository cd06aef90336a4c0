"""DATE_OF_BIRTH: a date in any UK written form, tied to birth context.

Rule: numeric dates day-month-year ("21/08/1983", "5.9.17", "30 1 1951",
"21-08-83"), ISO ("1949-07-22"), and written dates ("2nd October 1958",
"October 2nd, 1958", "3rd of May 1940", "Oct 1958", and "3rd Jan" with no
year, which still gives the birthday away) are found only when a birth
word ("DOB", "d.o.b", "date of birth", "born", "birthday", "DoB:") stands just
before the date in the same sentence, or "(DOB)" just after it; or the date alone in brackets right after a
full name, its year in four digits and before this one ("Desmond Campbell (11/10/1941)", how letters give it). A date that
cannot exist on the calendar but has a date's shape (a day of 1-31, a month of 1-12: "31/06/1985",
"29/02/1951", "30th Feb") is a mistyped date of birth and still one, its digits giving the birthday away
(``datetime.date`` decides existence, a two-digit year in either century); one with no such day or month
("13/13/1970", "00/04/1970", "32nd May") is no date. Source: the NHS social-media policies' "date of birth";
NHS Data Dictionary "PERSON BIRTH DATE" forms.
Avoids: event dates ("on 14 February 2020 we attended"), appointment dates,
weekdays, "today", durations: none has birth context; a date on a line below a birth label that
already has its date ("DOB: 1949-07-22" then "Admitted 02/03/2026"). Labels as forms and OCR write
them: "D0B" (a zero for the O), "19  /  04  /  1979" (spaced slashes).

Month first: a numeric date impossible day-first but valid month-first ("DOB:
03/18/1976", US forms and phones) is still a date of birth; so is one mistyped
either way ("02/30/1970"); "13/13/1970" is not. Source: ISO 8601 / US date order.

Month in words with a two-digit year: any separator or none between day, month and year ("3 Mar 76", "12-Jan-49",
"12.Jan.49", "12JAN49", the form PAS systems print), and month + year alone when the year cannot be a day ("born
Sept 62", "Mar '76"). Source: NHS Data Dictionary date forms; PAS print formats.
Avoids: "born May 12" read as a year (12 can be a day: it is "month d").

The day in words ("born on the twelfth of March 1941", "March twenty-second, 1983") and Welsh month
names with Welsh birth words ("ganwyd 3 Mawrth 1950", "dyddiad geni"). Source: how thank-you posts
and bilingual NHS Wales forms write dates.
"""

import datetime
from typing import Iterable, Optional, Tuple

import regex as re

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.text.recognizers.dob_records import (
    AGE_AFTER,
    BIRTHDAYS,
    LIST_ROW,
    MEMORIAL,
    NAME_SPACE_DATE,
    NAME_THEN_DATE,
    RECORD_ID,
    age_after,
    birthday_list_date,
    lifespan,
    name_then_date,
    record_date,
)
from phiscrub.text.recognizers.months import FULL_MONTHS, MONTH_NUMBER

# a month's abbreviation may take a full stop ("Nov.", "Sept."), its full name not: the stop ends the sentence ("died
# on 28 November. Born in Kumasi …": no birth's date). English names are ``calendar``'s; Welsh ones keep the stop
_MONTHS = rf"(?:(?:{'|'.join(sorted(MONTH_NUMBER, key=lambda m: (-len(m), m)))})(?:\.(?<!\b(?:{FULL_MONTHS})\.))?)"
_MONTH_WORD = re.compile(_MONTHS, re.IGNORECASE)
# a day written as an ordinal word: "the twelfth of March 1941", "twenty-second of July"
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
ORDINAL_DAY = {w: i + 1 for i, w in enumerate(_UNITS + "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
                                                        "seventeenth eighteenth nineteenth twentieth".split())}
ORDINAL_DAY.update({f"{tens}{sep}{u}": base + i + 1 for tens, base in (("twenty", 20), ("thirty", 30))
                    for i, u in enumerate(_UNITS[:9 if base == 20 else 1]) for sep in ("-", " ", "")})
ORDINAL_DAY["thirtieth"] = 30
_ORDINAL_WORD = re.compile(rf"(?:{'|'.join(sorted(ORDINAL_DAY, key=lambda w: (-len(w), w)))})(?!\w)", re.IGNORECASE)
# English ordinals and Welsh ones ("1af", "2il", "3ydd", "5ed", "12fed", "11eg", "21ain": Ganwyd ar 12fed Ionawr)
_DAY = rf"(?:(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?|{_ORDINAL_WORD.pattern})"
_YEAR = r"(?:1[89]\d\d|20\d\d|'?\d\d)"
# a year in words, as a chaplain or a relative writes a birth date out: "nineteen thirty-nine", "nineteen
# hundred and five", "nineteen oh two", "two thousand and three", "twenty twelve", dictation's "forty seven"
_U, _TEENS = r"(?:one|two|three|four|five|six|seven|eight|nine)", \
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = rf"(?:(?:twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+{_U})?|{_TEENS})"
_YEAR_SPOKEN = (rf"(?:(?:eighteen|nineteen)[\s-]+(?:hundred(?:\s+and)?[\s-]+(?:{_TENS}|{_U})|{_TENS}|oh[\s-]+{_U})|two[\s-]+thousand"
                rf"(?:(?:\s+and)?[\s-]+(?:{_TENS}|{_U}))?|twenty[\s-]+(?:oh[\s-]+{_U}|{_TENS})|(?:thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)[\s-]+{_U})(?![\w-])")
# A year that cannot be read as a day of the month: four digits, "'62", or 32-99.
_YEAR_NOT_DAY = r"(?:1[89]\d\d|20\d\d|'\d\d|3[2-9]|[4-9]\d)"
_YEAR_ONLY = re.compile(rf"{_YEAR_NOT_DAY}$")
_NUMERIC = re.compile(r"(\d{1,4}) {0,2}[/.\- ] {0,2}(\d{1,2}) {0,2}[/.\- ] {0,2}(\d{2,4})")
_DIGITS = re.compile(r"\d+")
_LEAP_YEAR = 2000  # a day and month with no year: 29 February is a birthday


def is_date(day: int, month: int, years: Iterable[int]) -> bool:
    """Whether the day exists in that month in any of ``years`` (``datetime.date`` decides)."""
    for year in years:
        try:
            datetime.date(year, month, day)
            return True
        except ValueError:
            continue
    return False


def _years(year_text: Optional[str]) -> Tuple[int, ...]:
    """A two-digit year in both centuries ("29/02/00" is 2000); no year: a leap year (29 Feb is a birthday)."""
    if year_text is None:
        return (_LEAP_YEAR,)
    year = int(year_text.lstrip("'"))
    return (1900 + year, 2000 + year) if len(year_text.lstrip("'")) <= 2 else (year,)


def _mistyped_date(day: int, month: int) -> bool:
    """A day and month of a date's shape that the calendar lacks ("31/06", "30/02", "29/02" in 1951): after a
    birth word it is still someone's date of birth, mistyped, and its digits still give it away."""
    return 1 <= day <= 31 and 1 <= month <= 12


def _numeric_is_date(m: re.Match) -> Optional[bool]:
    """True: the date exists, day-first or else month-first ("03/18/1976"; ISO is year-month-day only); None: a
    mistyped one ("31/06/1985", "29/02/1951": birth context decides, as for any date); False: no date at all
    ("13/13/1970", "00/04/1970", "1970-13-12"), or a four-digit year outside 1880..2100."""
    a, b, c = m.groups()
    day, month, year = (c, b, a) if len(a) == 4 else (a, b, c)
    if len(year) > 2 and not 1880 <= int(year) <= 2100:
        return False
    years = _years(year)
    if is_date(int(day), int(month), years) or (len(a) != 4 and is_date(int(month), int(day), years)):
        return True
    if _mistyped_date(int(day), int(month)) or (len(a) != 4 and _mistyped_date(int(month), int(day))):
        return None
    return False


def _written_is_date(text: str) -> Optional[bool]:
    """A written date: False when its day is no day of any month ("32nd May", "0 Jan"); None otherwise, a
    mistyped day too ("31st June 1962", "30th Feb")."""
    month = _MONTH_WORD.search(text)
    runs = _DIGITS.findall(text)
    word = _ORDINAL_WORD.search(text)
    if word and month:  # "twelfth of March 1941": the day in words
        runs = [str(ORDINAL_DAY[word.group().lower()])] + runs
    if month is None or not runs or len(runs[0]) > 2 or (len(runs) == 1 and _YEAR_ONLY.search(text)):
        return None  # "Oct 1958", "Sept 62", "Mar '76": no day to check
    year = runs[1] if len(runs) > 1 else None
    number = MONTH_NUMBER[month.group().rstrip(".").lower()]
    return None if is_date(int(runs[0]), number, _years(year)) or _mistyped_date(int(runs[0]), number) else False


# days with a fixed date that people are born "on" (UK calendar): the day and month without digits
# (in any case, and the part of Christmas or New Year's Day: "born Christmas morning 1950", "christmas day 2022")
_NAMED_DAY = (r"(?i:Christmas\s+(?:Day|Eve|morning|night)|Boxing\s+Day|New\s+Year['’]?s\s+(?:Day|Eve|morning)|Hogmanay"
              r"|Valentine['’]?s\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Hallowe['’]?en|Burns\s+Night|Armistice\s+Day"
              r"|Leap\s+Day|St\.?\s+(?:Patrick|David|George|Andrew|Swithin)['’]?s\s+Day)")
_DEATH_BEFORE = re.compile(
    r"(?i:\b(?:died|d\.|dod|d\.o\.d\.?|date\s+of\s+death|passed\s+away|passed|deceased|rip)"
    r"[ \t]*(?:on[ \t]+)?[:\-–]?[ \t]*)\Z")
# another event's date label right before it, with or without a colon: a maternity booking's "EDD 18/06/2026, DOB
# 24/02/1996" (estimated date of delivery, last menstrual period), "TCI 03/12" (to come in), "Adm 12/11/2025"
_EVENT_LABEL = re.compile(r"(?i:\b(?:edd|edc|lmp|lnmp|tci|adm|admitted|appt)\.?[ \t]*[:\-–]?[ \t]*)\Z")
# a field label of the date's own line right before it ("Admitted: 28/11/2026" under "DOB: 02-Jan-1962")
_BIRTH_LABEL = re.compile(r"(?i)d\.?[ \t]?[o0]\.?[ \t]?b|b[ \t]?[i1l][ \t]?rt?h|born|deliver|b['’]?day|ganwyd|geni|ddg|age")
_OWN_LABEL = re.compile(r"(?:^|(?<=\n)|(?<=[ \t]{2}))[ \t]*(?P<label>\p{L}[\p{L} ./()'’-]{0,30}?)[ \t]*:[ \t]*\Z")


_OLD_YEAR = re.compile(r"(?<!\d)1[0-8]\d\d(?!\d)")


_BIRTH_WORD = re.compile(r"(?i)d\.?[ \t]?[o0]\.?[ \t]?b|date[ \t]+of[ \t]+birth|born")
_ANY_FULL_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}[ \-]?\p{L}{3,9}[ \-]?\d{2,4}")


# a second date of birth, set against the first by a correction: "DOB on the board says 09/09/15, should be
# 19/09/15", "her birthday is 12/03/1990 but the wristband says 12/03/1909", "(12/05/1968) doesn't match PACS ("
_CORRECTION = re.compile(r"(?i)\b(?:should[ \t]+(?:be|read|say)|but|not|doesn['’]?t[ \t]+match|does[ \t]+not[ \t]+match|"
                         r"instead[ \t]+of|rather[ \t]+than|vs\.?|versus|corrected[ \t]+to|actually)\b")


def _corrected_birth_date(text: str, start: int) -> bool:
    """Whether a birth word, its full date, then a correction word (and no other date) stand before ``start`` in the
    same line, within 90 characters: the date is the same person's date of birth, given again."""
    line = max(text.rfind("\n", 0, start) + 1, start - 90)
    words = list(_BIRTH_CUE.finditer(text, line, start))
    if not words:
        return False
    first = _ANY_FULL_DATE.search(text, words[-1].end(), start)
    return (first is not None and _CORRECTION.search(text, first.end(), start) is not None
            and _ANY_FULL_DATE.search(text, first.end(), start) is None)  # the date right after the birth word's


# a chat's answer: the line above asks for the date of birth ("and DOB?"), this one opens on the date after its
# sender's name ("Saima: 1 March 1952")
_ASKED_ABOVE = re.compile(r"(?i)(?:d\.?o\.?b|date[ \t]+of[ \t]+birth|birthday)[ \t]*\?+[ \t]*\n(?:[^\n:]{1,30}:)?[ \t]*\Z")


def _asked_above(text: str, start: int) -> bool:
    return _ASKED_ABOVE.search(text, max(0, start - 90), start) is not None


# "born" far before the date in one sentence, the date after "on": "was born in one – this one, on Maternity at Burnley
# General on 14 June 1959" (no other date, year or death between: "born 17 March 1938 in Brașov, died peacefully on …")
_BORN_ON = re.compile(r"(?i:\bborn\b)(?:(?!\d{1,2}[/.\-]\d|(?:19|20)\d\d|(?i:died|passed|death|funeral))[^.!?\n]){0,90}?"
                      r"\bon[ \t]+(?:the[ \t]+)?\Z")
_GLUED_LABEL = re.compile(r"(?i)(?<![^\W_])d\.?[o0]\.?b\.?(?=\d)")  # typed with no space: "pt Bilal Q dob18/07/2009"
_BIRTH_CUE = re.compile(rf"{_BIRTH_WORD.pattern}|(?i:\bbirthday\b)")  # a birth word, or "her birthday is …"


def _birth_date_above(text: str, start: int) -> bool:
    """Whether the birth word before the date already has its own date after it: "DOB: 1949-07-22" then "Admitted
    02/03/2026" on the next line; on its line, in brackets closed before it: "(DOB 4.7.29), who attended A&E on 2nd Dec."."""
    line = text.rfind("\n", 0, start) + 1
    words = list(_BIRTH_WORD.finditer(text, max(0, start - 40), start))
    if not words or (_BIRTH_LABEL.search(text, line, start) if words[-1].start() < line
                     else ")" not in text[words[-1].end():start]):  # not a twin's or a correction's: "twin 2 01/12/2026"
        return False
    return _ANY_FULL_DATE.search(text, words[-1].end(), line if words[-1].start() < line else start) is not None


class DateOfBirthRecognizer(PhiRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        # the same mark twice, spaced as OCR and typists leave it ("30 .08 . 1961"), after a form's dotted leader too
        # ("Date of Birth.....30/11/1954"; not after one full stop, a decimal's)
        Pattern("numeric d/m/y", r"(?<![\d/\-])(?<!(?<!\.)\.)(?P<id>\d{1,2} {0,2}([/.\-]) {0,2}\d{1,2} {0,2}\2 {0,2}\d{2}(?:\d{2})?)(?![\d/.\-]*\d)", 0.6),
        Pattern("spaced d m yyyy", r"(?<![\d])(?P<id>\d{1,2} \d{1,2} (?:19|20)\d\d)(?!\d)", 0.6),
        # year first, also with spaces and a two-digit month and day, as passport and visa forms write it ("1990 06 17")
        # and with a space after each full stop, as Hungarian and Korean documents write it ("1941. 06. 17")
        Pattern("iso y-m-d", r"(?<![\d])(?P<id>(?:19|20)\d\d(?:([/.\-])\d{1,2}\2\d{1,2}|\. [01]?\d\. [0-3]?\d| [01]\d [0-3]\d))(?!\d)",
                0.6),
        # (a day read out in words takes its "the" along: "date of birth the eighth of march nineteen fifty two")
        Pattern("d month y", rf"(?<![\w])(?P<id>(?:(?i:the)\s+(?=\p{{L}}))?{_DAY}(?:\s+day)?(?:\s+o[f’']?)?\s+{_MONTHS},?\s+(?:{_YEAR}(?!\w)|{_YEAR_SPOKEN}))", 0.6),
        Pattern("month d, y", rf"(?<![\w])(?P<id>{_MONTHS}\s+{_DAY},?\s+(?:{_YEAR}(?!\w)|{_YEAR_SPOKEN}))", 0.6),
        Pattern("d-mon-y", rf"(?<![\w])(?P<id>{_DAY}[-/. ]?{_MONTHS}[-/. ]?{_YEAR})(?!\w)", 0.6),
        # no day before it: "31-Apr-1944" is an impossible date, not "Apr-1944" (the month's lookahead first: the
        # lookbehind then runs only at a month)
        Pattern("month y", rf"(?<![\w])(?={_MONTHS})(?<!\d(?:st|nd|rd|th)?(?:\s+day)?(?:\s+o[f’']?)?[\s/.-]{{0,2}})(?P<id>{_MONTHS}[\s-]+{_YEAR_NOT_DAY})(?!\w)", 0.5),
        # a named day and a year are a date: "born Christmas Day 1938", "born on Hogmanay, 1951"
        Pattern("named day + year", rf"(?<![\w])(?P<id>{_NAMED_DAY},?\s+(?:in\s+)?(?:19|20)\d\d)(?!\w)", 0.6),
        # day and month without a year still give the birthday away
        # eight digits right after a birth label, as PAS exports write them: "DOB 19541231", "D.O.B: 31121954"; or
        # six, day first with a two-digit year, as referral forms and CHI numbers write it: "DOB 240688"
        # (or a system export's key: "PatientBirthDate": "19360722")
        Pattern("compact after label", r"(?<=(?i:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born|(?:patient)?birth_?date)[\s:]{1,3})"
                r"(?P<id>(?:19|20)\d{6}|\d{4}(?:19|20)\d{2}|\d{6})(?!\d)", 0.6),
        # a day and month in figures right after "born" ("born 03/01 at 27+2", a neonatal unit's handover)
        Pattern("numeric d/m after born", r"(?<=(?i:\bborn)[ \t]{1,2}(?:on[ \t]+)?)(?P<id>[0-3]?\d/[01]?\d)(?![/\d]|[ \t]+(?i:of|mins?|minutes?|hours?|hrs?|days?|weeks?|wks?)\b)", 0.6),
        Pattern("d month", rf"(?<![\w])(?P<id>{_DAY}(?:\s+o[f’']?)?\s+{_MONTHS})(?![\w]|\s*,?\s*(?:{_YEAR}|{_YEAR_SPOKEN}))", 0.45),
        Pattern("month d", rf"(?<![\w])(?P<id>{_MONTHS}\s+{_DAY})(?![\w]|,?\s*(?:{_YEAR}|{_YEAR_SPOKEN}))", 0.45),
    ]
    CONTEXT = [
        r"d[./]?\s?[o0][./]?\s?b(?:\.|['’]?s)?",  # and "D0B", a zero typed or read for the O, "D/O/B"; two people's "DOBs"
        r"d\.\s?[o0]\.\s?8\b",  # "D.O.8": OCR's 8 for the B, dotted only ("do 8 obs" is none)
        r"date\s+of\s+birth", r"(?:patient)?birth[\s_]*date", r"born", r"birthday", r"(?<!\b(?:nhs|trust|hospital|hospice|service|unit|clinic|ward|team|charity|practice)\s)turns\s+\d{1,3}\s+on",
        r"b'?day", r"b[ \t]?[i1l][ \t]?rt?h", r"b\.", r"deliver(?:ed|ing|y)", r"arrived", r"welcomed", r"into\s+the\s+world",  # and "turns 90 on 19 April"; OCR's "b1rth", "B irth"
        r"ganwyd", r"geni",  # Welsh: "was born", "birth" ("dyddiad geni", date of birth)
        r"rugadh", r"breithe?",  # Irish and Gaelic: "was born", "birth" ("dáta breithe", date of birth)
    ]
    CONTEXT_BEFORE = 40  # (a label of the date's own line decides over a birth word before it: ``adjust``)
    CONTEXT_AFTER = 12
    CONTEXT_BOOST = 0.3
    REQUIRES_CONTEXT = True

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A birth word near the date, or the date alone in brackets right after a capitalised name with its
        year in four digits: "my father, Desmond Campbell (11/10/1941), on Ward 8" (``NAME_THEN_DATE``), and more."""
        return super().has_context(text, start, end) or any(rule(text, start, end) for rule in (
            name_then_date, record_date, birthday_list_date, lifespan, age_after)) or _corrected_birth_date(
            text, start) or _asked_above(text, start) or _BORN_ON.search(text, max(0, start - 110), start) is not None or (
            (glued := _GLUED_LABEL.search(text, max(0, start - 7), start + 1)) is not None and glued.end() == start)

    def _context_anywhere(self, text: str) -> bool:
        return (super()._context_anywhere(text) or NAME_THEN_DATE.search(text) is not None
                or NAME_SPACE_DATE.search(text) is not None
                or RECORD_ID.search(text) is not None or LIST_ROW.search(text) is not None
                or BIRTHDAYS.search(text) is not None or MEMORIAL.search(text) is not None or _GLUED_LABEL.search(text) is not None
                or AGE_AFTER.search(text) is not None)

    def adjust(self, text: str, start: int, end: int, score: float, context: bool) -> Optional[float]:
        """A date right after "died", "d.", "passed away" or "DOD" is the date of death, an event date that stays
        readable (PII-SPEC section 4), even with "born" nearby ("born Christmas Day 1938, died 14/10/2026"), and so is
        one right after another event's label ("EDD 18/06/2026, DOB …"); a date right after a field label of its own that names no birth is that field's ("DOB: 02-Jan-1962" then
        "Admitted: 28/11/2026" on the next line)."""
        if _DEATH_BEFORE.search(text, max(0, start - 30), start) or _EVENT_LABEL.search(text, max(0, start - 14), start):
            return None
        own = _OWN_LABEL.search(text, max(0, start - 40), start)
        if own and not _BIRTH_LABEL.search(own["label"]) and not _asked_above(text, start):
            return None
        return None if _birth_date_above(text, start) else score

    def invalidate_result(self, pattern_text: str) -> Optional[bool]:
        """A year before 1900 is no living patient's birth: a historical figure's ("Florence Nightingale was born on 12
        May 1820")."""
        return any(int(y) < 1900 for y in _OLD_YEAR.findall(pattern_text))

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """A numeric date that exists is confirmed (True); a mistyped one is left to context (None); a shape with no
        day or month of the calendar is ruled out (False)."""
        m = _NUMERIC.fullmatch(pattern_text)
        if m:
            return _numeric_is_date(m)
        if pattern_text.isdigit() and len(pattern_text) == 6:  # compact DDMMYY: either century
            v = pattern_text
            return is_date(int(v[:2]), int(v[2:4]), (1900 + int(v[4:]), 2000 + int(v[4:])))
        if pattern_text.isdigit():  # compact: year first, else day first
            v = pattern_text
            return any(1880 <= int(y) <= 2100 and is_date(int(d), int(mo), (int(y),))
                       for y, mo, d in ((v[:4], v[4:6], v[6:]), (v[4:], v[2:4], v[:2])))
        return _written_is_date(pattern_text)
