"""Dates of birth known by a record's layout, with no birth word: the date between a patient's name and number.

Rule: a date with a four-digit year before this one is a date of birth

* in a **record row**: a name, then the date alone between separators, then an NHS or hospital number's label or
  an NHS number's shape ("Thapa Magar, Sushila - 1966.09.14 - nhs 795 …", "JONES, Ann / 03.04.1941 / CHI …",
  "FITZGERALD,Mary Rose,1944-02-29,4694703587"); or a name, then a number of an NHS or hospital number's shape, then
  the date alone between separators, as theatre and clinic lists print them ("PATEL, Hemant – RK9 443019 – 03MAR66 –
  R THR"), where a two-digit year past this one's two digits is of the last century;
* in a **list of names and dates**, two lines or more, each a name of two to four capitalised words, a dash and the
  date alone ("Amira Yusuf – 14/02/2012 – consent Y", a school nurse's consent list);
* in a **birthday list**: under a heading that names birthdays ("March birthdays at Rosemount House 🎂", "birthday list
  for March"), lines each opening on a name with the day and month soon after it ("Ivy Thorne – 3rd March (96!)",
  "Harold 2nd Feb", 'Dorothy "Dot" Pennington – 2nd July 1930', "Cyril in rm 14 – 22.07.1939"; above it, a bullet and a
  name with the date further on: "- Olive Maddocks (Rm 4) turns 97 on the 3rd"): a care home's or a ward's birthdays
  are its residents' dates of birth;
* on a **patient label** as a wristband, an addressograph sticker or a request form's corner prints it and a photo's
  OCR or a typist copies it: the name alone on its line (capitalised words, a sex letter after it at most), the date
  opening the next line, and a number of an NHS or hospital number's shape after the date on its line, on the line
  after it, or between the name and the date ("ADEBAYO Funmilayo / 12/04/1958 / 943 476 5919", "KOWALSKI, Marek  M /
  03.11.1947   RX1 0048321"). Name, date and number printed together are one person's record.

Source: NHS patient wristband standard (NPSA Safer Practice Notice 24: name, date of birth, NHS number) and
addressograph labels. Avoids: a date under a name with no number in the block ("Jane Smith / 12/04/1990 / Leaving
do"), a date with words before it on its line, this year's and later dates (an appointment on a label).
"""

from __future__ import annotations

import datetime

import regex as re

from phiscrub.text.recognizers.months import MONTH_NUMBER
from phiscrub.text.recognizers.postcode import WHOLE_POSTCODE

# a patient's record row: the name, then the date alone between separators, then the NHS or hospital number's label
_ROW_BEFORE = re.compile(r"(?<![\w'’-])\p{Lu}[\p{L}'’-]*[ \t]*[-–—/|,;][ \t]*\Z")  # a capitalised name word
# after the date: the NHS or hospital number's label, or a number of an NHS number's shape (a CSV export's row:
# "FITZGERALD,Mary Rose,1944-02-29,4694703587")
RECORD_ROW_ID = re.compile(r"[-–—/|,;][ \t]*(?:(?i:nhs|chi|h&c|hosp|mrn|unit[ \t]+no)\b|\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-]))")
_ID_AFTER = re.compile(r"[ \t]*" + RECORD_ROW_ID.pattern)

# a number of an NHS or hospital number's shape: letters (and a digit) of a prefix at most, then six to ten digits
# grouped by spaces or hyphens ("RX1 0048321", "943 476 5919", "K1234567")
ID_SHAPE = r"(?:[A-Z]{1,4}\d{0,2}[ /-]?)?\d(?:[ -]?\d){5,9}[A-Z]?"
# a record row's name and number before the date: "PATEL, Hemant – RK9 443019 – " (the number's shape as _ID_LINE's)
_NAME_ID_BEFORE = re.compile(rf"(?<![\w'’-])\p{{Lu}}[\p{{L}}'’-]*[ \t]*[-–—/|,;][ \t]*{ID_SHAPE}[ \t]*[-–—/|,;][ \t]*\Z")
_ROW_AFTER = re.compile(r"[ \t]*(?:[-–—/|,;(]|$)", re.MULTILINE)  # a bracketed note too: "27/06/2012 (needle phobic)"
# a list line's name and separator before the date, and a whole list line (a name, a separator, a date with its year)
# a list item's number or bullet, or the resident's room or bed before the name ("Rm 4 – Dorothy Quigley – 2nd March")
# (a checklist's tick or cross too: "✔ Tyler-Jay Brennan – 12/02/2012"); a comma may set the date off ("1. Leon Chisholm,
# 12/12/1990 – abscess"), and its month may be a month's name (``months``: "4. Jaroslav Novák, 5 Feb 1956"); the name may be
# comma-inverted ("ABBOTT, Will – 12/03/1951", a surgery's prescriptions for collection)
_MARKER = r"(?:\d{1,2}[.)][ \t]+|[-•*·✔✓✘✗☑☒][ \t]+|(?i:rm|room|bed|flat)[ \t]*\d{1,3}[a-z]?[ \t]*[–—:-][ \t]*)?"
_LIST_HEAD = rf"[ \t]*{_MARKER}\p{{Lu}}[\p{{L}}'’-]+(?:,?[ \t]+\p{{Lu}}[\p{{L}}'’-]+){{1,3}}(?:[ \t]+[–—-][ \t]+|,[ \t]+)"
_LIST_NAME = re.compile(_LIST_HEAD)
_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
LIST_ROW = re.compile(rf"^{_LIST_HEAD}\d{{1,2}}(?:[/.-]\d{{1,2}}[/.-]|[ \t]+(?i:{_MONTH})\.?[ \t]+)(?:19|20)\d\d[ \t]*(?:[–—,;|(-]|$)",
                      re.MULTILINE)
# a birthday list's heading
BIRTHDAYS = re.compile(r"(?i)(?<![\w])(?:birthdays|b['’]?days|birthday[ \t]+(?:list|board))(?![\w])")  # a list, not one party
# the head of one of its lines: a name of one to four capitalised words (a quoted or bracketed nickname among them),
# its room at most, a separator ('Dorothy "Dot" Pennington – ', "Cyril in rm 14 – ", "Harold ")
_NAME_WORD = r"\p{Lu}[\p{L}'’-]+\.?"
_BIRTHDAY_NAME = (rf"[ \t]*{_MARKER}{_NAME_WORD}(?:[ \t]+(?:[\"“(][^\"”()\n]{{1,20}}[\"”)]|{_NAME_WORD})){{0,4}}"
                  r"(?:[ \t]+(?i:in|on)[ \t]+(?i:rm|room|bed|flat)[ \t]*\w{1,4})?")
_AGE_ON = r"(?:\d{1,3}[ \t]+(?i:on)[ \t]+(?:(?i:the)[ \t]+)?)?"  # the age the day brings: "Winifred Ashby – 100 on 14 July!!"
_BIRTHDAY_HEAD = re.compile(rf"{_BIRTHDAY_NAME}[ \t]*(?:[–—:,-][ \t]*)?{_AGE_ON}")
# a line of the list: its head, then a day and month ("2nd July", "9 Mar", "17/07/1941")
_BIRTHDAY_LINE = re.compile(rf"{_BIRTHDAY_NAME}[ \t]*(?:[–—:,-][ \t]*)?{_AGE_ON}\d{{1,2}}(?:st|nd|rd|th)?"
                            r"(?:[ \t]+(?:of[ \t]+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|[/.-]\d{1,2}(?!\d))")
# ... or a bulleted line opening on a capitalised word, its date further on ("- Olive Maddocks (Rm 4) turns 97 on the
# 3rd, born 3 March 1928")
_BULLETED_NAME = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)]|[-•*·])[ \t]+{_NAME_WORD}")
_TWO_DIGIT_YEAR = re.compile(r"(?<=\D)\d\d$")
# a label's name line: two to four capitalised words (a comma after the surname), a title before, a sex letter after
_NAME_LINE = re.compile(r"[ \t]*(?:(?:Mrs|Mr|Ms|Miss|Mx)\.?[ \t]+)?\p{Lu}[\p{L}'’-]+(?:,?[ \t]{1,2}\p{Lu}[\p{L}'’-]*){1,3}"
                        r"(?:[ \t]+\(?[MF]\)?)?[ \t]*")
# a number of an NHS or hospital number's shape, its label before it at most ("NHS 943 476 5919", "RX1 0048321", "K123456")
_ID_LINE = re.compile(r"[ \t]*(?:(?i:nhs|chi|h&c|hosp|mrn|unit|pas|k)[\w.]*[ \t]*(?i:no\.?|number)?[ \t]*:?[ \t]*)?"
                      rf"{ID_SHAPE}[ \t]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
# the test that some text may hold a record (the recognizer's prefilter): a row's label, a line opening on a date,
# or a number between separators before a date
RECORD_ID = re.compile(rf"{RECORD_ROW_ID.pattern}|(?m:^[ \t]*\d{{1,4}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}})"
                       rf"|[-–—/|,;][ \t]*{ID_SHAPE}[ \t]*[-–—/|,;][ \t]*\d")


def record_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a date with a four-digit year before this one, is a record's date of birth."""
    year = _YEAR.search(text, start, end)
    if year is None:
        return last_century(text[start:end]) and _after_name_and_number(text, start, end)
    if int(year.group()) >= datetime.date.today().year:
        return False
    return (_row_date(text, start, end) or _label_date(text, start, end) or _after_name_and_number(text, start, end)
            or _name_list_date(text, start, end))


def _name_list_date(text: str, start: int, end: int) -> bool:
    """A list of lines each a name then a date alone ("Amira Yusuf – 14/02/2012 – consent Y" above "Jayden Osei –
    03/09/2011 – consent N"): the dates are the names' dates of birth; one such line alone is not a list."""
    line = text.rfind("\n", 0, start) + 1
    if not _LIST_NAME.fullmatch(text, line, start) or not _ROW_AFTER.match(text, end):
        return False
    return sum(1 for _ in LIST_ROW.finditer(text)) >= 2


def birthday_list_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a day and month) opens a birthday list's line after its name: every line above it
    up to the heading naming birthdays (fifteen at most, no blank line) is a name and a date too."""
    line = text.rfind("\n", 0, start) + 1
    if not _BIRTHDAY_HEAD.fullmatch(text, line, start):
        return False
    for above, stop in _lines_before(text, line, 15):
        if BIRTHDAYS.search(text, above, stop):
            return True
        if _BIRTHDAY_LINE.match(text, above, stop) is None and _BULLETED_NAME.match(text, above, stop) is None:
            return False  # a blank line or a line of another kind ends the list
    return False


def last_century(date: str) -> bool:
    """Whether ``date`` ends on a two-digit year past this year's two digits ("03MAR66": 1966; not "12/06/24")."""
    yy = _TWO_DIGIT_YEAR.search(date)
    return yy is not None and int(yy.group()) > datetime.date.today().year % 100


def _after_name_and_number(text: str, start: int, end: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return (_ROW_AFTER.match(text, end) is not None
            and _NAME_ID_BEFORE.search(text, max(line, start - 60), start) is not None)


def _row_date(text: str, start: int, end: int) -> bool:
    if _ROW_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    year = _YEAR.search(text, start, end)
    return _ID_AFTER.match(text, end) is not None or (year is not None and _CONTACT_LATER.match(text, end) is not None
                                                      and int(year.group()) <= datetime.date.today().year - 2)


# ... or a postcode or a phone number later on its row, and a year two or more back (a CSV export's row: "Ronan Kilbride,
# 1968-06-20,The Granary, Moor Lane,S17 3BY,0114 496 0095"; not this year's or last year's appointment)
_CONTACT_LATER = re.compile(rf"[ \t]*[-–—/|,;\t][^\n]*?(?:(?i:{WHOLE_POSTCODE.pattern})|(?<![\d])0\d{{2,4}}[ ]?\d{{3}}[ ]?\d{{3,4}}(?!\d))")


def _lines_before(text: str, at: int, count: int) -> list:
    """Up to ``count`` (start, end) of the lines before the line opening at ``at``, nearest first."""
    out = []
    while at > 0 and len(out) < count:
        end = at - 1
        at = text.rfind("\n", 0, end) + 1
        out.append((at, end))
    return out


def _label_date(text: str, start: int, end: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        return False  # words before the date on its line
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    after = text[end:stop]
    above = _lines_before(text, line, 2)
    if not above:
        return False
    if _NAME_LINE.fullmatch(text, *above[0]):
        if after.strip():
            return _ID_LINE.fullmatch(after) is not None
        nxt = text.find("\n", stop + 1)
        return stop < len(text) and _ID_LINE.fullmatch(text, stop + 1, len(text) if nxt < 0 else nxt) is not None
    return (not after.strip() and len(above) == 2 and _ID_LINE.fullmatch(text, *above[0]) is not None
            and _NAME_LINE.fullmatch(text, *above[1]) is not None)


# a full name, then a full date of an earlier year alone in brackets: how letters and complaints give a patient's
# date of birth ("Desmond Campbell (11/10/1941)"; not "Meeting with Finance (04/02/2024)": one word, no name)
# (or a relation word and a first name: "her son Tobi (4/2/2016)", "my mum Edna (12/03/1938)")
_KIN = r"(?i:son|daughter|mum|mam|mom|dad|mother|father|wife|husband|partner|grandson|granddaughter|brother|sister|baby)"
# (a capital after a hyphen or an apostrophe, or after "Mc": "Mary-Kate O'Dowd", "Ann McBride")
_NAME_W = r"(?:Ma?c)?\p{Lu}(?:\p{Ll}|['’-]\p{Lu}?)+"
_FULL_NAME = (rf"(?-i:{_NAME_W}[ \t]{_NAME_W}|\p{{Lu}}{{2}}[\p{{Lu}}'’-]*,[ \t]*\p{{Lu}}[\p{{Ll}}'’-]+"  # "EVANS, Rhiannon"
              rf"|(?<![\w]){_KIN}[ \t]+\p{{Lu}}[\p{{Ll}}'’-]+)")
# ... an age may stand between the name and the bracket, as a children's ward lists them: "Ahmad Karimi 9y (01/05/2016)",
# and the day a birthday list says it turns ("Ethel Brindley – 96 on the 3rd (03/06/1928)")
_AGE = (r"(?:(?:,|[ \t]+[–—-])?[ \t]+\d{1,3}[ \t]?(?i:y|yo|yrs?|m|f|mo|mths?|months?|wks?|weeks?)?"
        r"(?:[ \t]+(?i:on[ \t]+(?:the[ \t]+)?)\d{1,2}(?i:st|nd|rd|th)?)?)?")
NAME_THEN_DATE = re.compile(rf"{_FULL_NAME}{_AGE}[ \t]?\((?=[^()\n]{{6,20}}\))[^()\n]*?\d\d[ \t]?\)")
_NAME_BRACKET = re.compile(rf"{_FULL_NAME}{_AGE}[ \t]?\([ \t]?\Z")
NAME_SPACE_DATE = re.compile(rf"{_FULL_NAME}[ \t]+\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)\d\d")  # (a cheap test for the text)
_NAME_SPACE = re.compile(rf"(?:^|(?<=[\n•·\-–—:;,]))[ \t]*(?:\d{{1,2}}[.)][ \t]+)?{_FULL_NAME}[ \t]+\Z")  # opening a line or item
_CLOSE = re.compile(r"[ \t]?\)")
_YEAR_AT_END = re.compile(r"(?:19|20)\d\d$")


def name_then_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a date with a four-digit year before this one (or two digits past this year's),
    stands alone in brackets after a full name (the cheap tests first: it runs for every date with no birth word near it);
    or right after the name, a space between, as a task list writes it ("• Shirin Begum 11.04.1987 rang re her son"),
    when its year is two or more before this one (not a visit's date: "Joan Smith 03/12/2025 seen")."""
    year = _YEAR_AT_END.search(text, start, end)  # or two digits past this year's: "Mr Gheorghe Popescu (3/2/64)"
    if _CLOSE.match(text, end) is None:
        return (year is not None and int(year.group()) <= datetime.date.today().year - 2
                and _NAME_SPACE.search(text, max(0, start - 40), start) is not None)
    return ((int(year.group()) < datetime.date.today().year if year else last_century(text[start:end]))
            and _NAME_BRACKET.search(text, max(0, start - 40), start) is not None)


# a life's dates after a name, as a memorial, a plaque or an order of service writes them: "our little Osian Gethin Morgan
# (3rd March 2019 – 12th August 2024)", "LORRAINE STUBBINGS" above "14.6.1961 – 3.3.2026": the first is the date of
# birth (the second, the date of death, stays readable); in a text that remembers someone
MEMORIAL = re.compile(r"(?i:\bmemor(?:y|ial)|\br\.?i\.?p\b|passed[ \t]+away|funeral|rest[ \t]+in[ \t]+peace|\bplaque\b|\bangel\b"
                      r"|remember)")
_LIFE_BEFORE = re.compile(r"(?<!\b(?i:the)[ \t]+)(?-i:\p{Lu}[\p{L}'’-]+)[ \t]*(?:\(|\n)[ \t]*\Z")  # not an event's: "the Somme ("
_LIFE_AFTER = re.compile(r"[ \t]*(?:[–—-]|to)[ \t]*[^()\n]{0,20}?(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)")


def lifespan(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a date with a four-digit year, opens a life's dates (a dash, then a date of the same
    year or later) in brackets or on the line after a name, in a text that remembers someone (``MEMORIAL``)."""
    year = _YEAR_AT_END.search(text, start, end)
    after = _LIFE_AFTER.match(text, end) if year else None
    return (after is not None and int(after["year"]) >= int(year.group()) and int(after["year"]) <= datetime.date.today().year
            and _LIFE_BEFORE.search(text, max(0, start - 40), start) is not None and MEMORIAL.search(text) is not None)


# a date, then the age it gives in brackets: "Wilf Stott – 24th December 1929 (96)", "Nora, 3.4.1931 (aged 94)"
AGE_AFTER = re.compile(r"(?:19|20)\d\d[ \t]*\((?:aged?[ \t]+)?(?P<age>\d{1,3})!?\)")


def age_after(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a date with a four-digit year, is followed by the age it gives today, within a year or
    two either way (a draft written last year; a birthday still to come): the date is when that person was born."""
    year, m = _YEAR_AT_END.search(text, start, end), AGE_AFTER.match(text, end - 4)
    return year is not None and m is not None and abs(datetime.date.today().year - int(year.group()) - int(m["age"])) <= 2

