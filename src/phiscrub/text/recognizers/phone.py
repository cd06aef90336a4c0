"""PHONE_NUMBER: UK national and international phone numbers.

Rule: Google's libphonenumber (``phonenumbers``, the library Presidio uses)
finds numbers with region GB at POSSIBLE leniency, so Ofcom's drama ranges
("07700 900123", "0117 496 0123") count as they would for a real person; a
candidate must be written as a phone number is written: starting "+", "00",
"0" or "(0". Scoring uses ``is_possible_number`` (the length fits the
numbering plan), never ``is_valid_number`` (the range is allocated): a mistyped
or unallocated number, and Ofcom's drama ranges 07700 900xxx and 01632 960xxx
that libphonenumber calls invalid, are still someone's number to redact.
North American numbers written the national way ("(415) 555-0132", "312-515-2239 ext. 12", "312.714.8142":
a relative in the US or Canada) count too: an area code and an exchange that start 2-9, then four digits,
the groups joined by "-" or "." or the area code bracketed, the country code 1 before it and an
extension after it taken in ("1-312-515-2239"). Space-separated 3-3-4 is
an NHS number's shape and stays the NHS recognizer's, and so do ten bare digits, unless a phone's own word comes
right before in the sentence and no NHS label does ("my phone number is 4258829090", "cell: 1 415 666 7777").
Source: the North American Numbering Plan (NANPA).
A labelled number wrapped onto the next line, as text copied off a form wraps it ("Tel: 020 7946\n0278",
"PHONE: 07700\n900 243"), is read across that one line break; an unlabelled one is not (a list of numbers, one
per line).
Source: Ofcom National Telephone Numbering Plan; libphonenumber metadata.
A number after a phone label as OCR reads a scanned form, letters for digits ("Contact: O77OO 9OO 225"), is read
with its digits by ``phiscrub.text.normalise``.
A number read out in words after a phone's word in its sentence ("my number is oh one two one four nine six oh five five two",
a voicemail's or a dictation's transcript) is one: from "oh", "zero" or "nought", ten or eleven digits.
Avoids: NHS numbers and incident references (no leading 0 or +; two slashes:
"ref 01/228391/25"), years,
doses, clock times, 111, 999 and 101 (too short to be a line number).
"""

from typing import List

import phonenumbers
import regex as re

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.text.recognizers.spoken import DIGIT_WORD
from phiscrub.types import Finding

_LEADS = ("+", "00", "0", "(0", "(+")


class PhoneNumberRecognizer(PhiRecognizer):
    ENTITY = "PHONE_NUMBER"
    EXTRA_RULES = ("spoken",)  # the rule of ``find`` beside the patterns
    # The pattern documents the shape; matching is libphonenumber's.
    PATTERNS = [Pattern("libphonenumber GB", r"(?:\+|\(?0)[\d ()-]{8,}", 0.6),
                Pattern("north american", r"\(?[2-9]\d\d\)?[-.][2-9]\d\d[-.]\d{4}", 0.6)]
    CONTEXT = [r"tel(?:ephone)?", r"phone", r"mob(?:ile)?", r"call", r"ring", r"contact", r"whatsapp", r"text", r"landline", r"number", r"no\."]
    CONTEXT_BEFORE = 30
    CONTEXT_BOOST = 0.15
    VALID_SCORE = 0.85

    def find(self, text: str, ents=()) -> List[Finding]:
        out = []
        if sum(map(str.isdigit, text)) < 10:
            return self._spoken(text)
        if not any(sum(map(str.isdigit, c.group())) >= 10 for c in _SHAPE.finditer(text)):
            return self._north_american(text, out) + self._spoken(text)  # no run of ten digits: the matcher is slow
        masked = _TRAILING.sub(lambda g: " " * len(g.group()), _GLUED.sub(lambda g: "x" * len(g.group()), text))
        masked = _WRAPPED.sub(_join_wrapped, _CELL_GAP.sub(lambda g: ";" + g.group()[1:], masked))  # same length
        for m in phonenumbers.PhoneNumberMatcher(masked, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            start, end, raw = m.start, m.end, m.raw_string
            if not raw.startswith(_LEADS) or raw.count("/") > 1:
                continue  # "01/228391/25": a police or case reference, not a number someone dials
            if (start and text[start - 1].isalpha()) or _DATE_INSIDE.search(raw):
                continue  # "RTH0057713 – 03.01.1991": a code's digits, then a date, not one number
            digits = sum(map(str.isdigit, raw))
            if digits < 10:
                continue
            if raw.startswith("(") and ")" not in raw:
                start += 1  # the bracket around the whole number, not its area code's: "(07700 900678)."
            score = self.VALID_SCORE if phonenumbers.is_possible_number(m.number) else self.patterns[0].score
            if self.has_context(text, start, end):
                score = min(1.0, score + self.CONTEXT_BOOST)
            out.append(Finding(start, end, self.entity, score, self.name, self.patterns[0].name))
        return out + self._north_american(text, out) + self._spoken(text)

    def _spoken(self, text: str) -> List[Finding]:
        """A number read out in words, as voicemail and dictation transcripts write it ("my number is oh one two one
        four nine six oh five five two"): from "oh", "zero" or "nought", ten or eleven digits ("double five": two),
        after a phone's words in its sentence or a question for it on the line before ("nine hundred": three)."""
        out = []
        for m in _SPOKEN.finditer(text):
            words = [w.lower() for w in _SPOKEN_WORD.findall(m.group())]
            digits = sum(w not in ("double", "triple") for w in words) + words.count("double") + 2 * words.count("triple")
            digits += words.count("hundred")  # "nine hundred": 9, 0, 0
            if 10 <= digits <= 11 and (_SPOKEN_LABEL.search(text, max(0, m.start() - 40), m.start())
                                       or _SPOKEN_ASKED.search(text, max(0, m.start() - 120), m.start())):
                out.append(Finding(m.start(), m.end(), self.entity, 0.85, self.name, "spoken"))
        return out

    def _north_american(self, text: str, found: List[Finding]) -> List[Finding]:
        out = []
        for m in [*_NANP.finditer(text), *(m for m in _NANP_PLAIN.finditer(text) if _phone_word_before(text, m.start()))]:
            if any(f.start < m.end() and m.start() < f.end for f in [*found, *out]):
                continue
            score = self.patterns[1].score + (self.CONTEXT_BOOST if self.has_context(text, m.start(), m.end()) else 0.0)
            out.append(Finding(m.start(), m.end(), self.entity, round(score, 4), self.name, self.patterns[1].name))
        return out


# a number read out in words: "oh one two one four nine six oh five five two", "zero seven seven double oh …"
_DIGIT_WORDS = rf"(?:{DIGIT_WORD}|o|hundred)"  # a lone "o" too: no code's letter stands in a phone number
_SPOKEN = re.compile(rf"\b(?:oh|zero|nought)(?:[ ,-]+{_DIGIT_WORDS}){{8,12}}\b", re.IGNORECASE)
_SPOKEN_WORD = re.compile(rf"\b{_DIGIT_WORDS}\b", re.IGNORECASE)
_SPOKEN_LABEL = re.compile(r"\b(?:number|phone|mobile|call|ring|contact|tel|landline|text|txt|whatsapp|message|msg)\b"
                           r"[^.!?\n]*\Z", re.IGNORECASE)  # "text her on oh seven seven …"
# ... or a question for it on the line before, as a call's transcript writes the answer: "CH: And a phone number in case
# we get cut off?\nCaller: oh seven seven …"
_SPOKEN_ASKED = re.compile(r"\b(?:number|phone|mobile|landline|contact)\b[^.!\n]*\?[ \t]*\n[^\n]{0,20}\Z", re.IGNORECASE)
# a North American number: "(415) 555-0132", "(415)555-0132", "415-555-0132", "415.555.0132", "… ext. 12"
_NANP = re.compile(r"(?<![\w.+/-])(?:1[-. ]?(?=[(2-9]))?(?:\([2-9]\d\d\)[ \t]?[2-9]\d\d[-. ]|[2-9]\d\d[-.][2-9]\d\d[-.])\d{4}"
                   r"(?:[ \t]*(?:ext\.?|x|extension)[ \t]*\d{1,5})?(?![\w-]|[./]\d)", re.IGNORECASE)
# the same digits bare or spaced 3-3-4 (an NHS number's shapes): only after a phone's own word (``_phone_word_before``)
_NANP_PLAIN = re.compile(r"(?<![\w.+/-])(?:\+?1[ -]?)?[2-9]\d\d[ ]?[2-9]\d\d[ ]?\d{4}"
                         r"(?:[ \t]*(?:ext\.?|x|extension)[ \t]*\d{1,5})?(?![\w-]|[./]\d)", re.IGNORECASE)
_PHONE_WORD = re.compile(r"\b(?:tel(?:ephone)?|phone|mob(?:ile)?|cell|call|ring|whatsapp|text|landline)\b[^.!?\n]*$",
                         re.IGNORECASE)
_NHS_WORD = re.compile(r"\b(?:nhs|chi|h&c|hosp(?:ital)?|mrn|patient|pt)\b", re.IGNORECASE)


def _phone_word_before(text: str, start: int) -> bool:
    """A phone's own word in the 30 characters before ``start`` in its sentence, and no NHS or hospital label there."""
    before = text[max(0, start - 30):start]
    return _PHONE_WORD.search(before) is not None and _NHS_WORD.search(before) is None


# a phone label, then the start of a number ending its line, the rest on the next line: the line break is read
# as a space ("Tel: 020 7946\n0278"); the label stands on the same line ("Tel", "Phone", "Mob", Welsh "Ffôn")
_WRAPPED = re.compile(r"(?<![\w])(?i:tel(?:ephone)?|phone|mob(?:ile)?|ff[oô]n|contact)(?:[ \t]*(?:no|number))?\.?[ \t]*[:#-]?"
                      r"[ \t]*(?:\+|\(?0)[\d ()-]{2,12}?\d[ \t]*\n(?=[ \t]*\d)")


def _join_wrapped(m: "re.Match") -> str:
    """The line break after a labelled number's start read as a space, unless the number is whole already (ten
    digits or more: "mob 0121 496 0557" above "09:40 Stan …" is one number, then the next line's time)."""
    return m.group() if sum(ch.isdigit() for ch in m.group()) >= 10 else m.group()[:-1] + " "  # a label has no digit


# a table's cell gap between two numbers (three spaces or a tab): no number runs across it ("430 861 3027   01632 960233"
# is an NHS number's cell, then a phone's); a ";" ends libphonenumber's candidate there
_CELL_GAP = re.compile(r"(?<=\d)(?:[ ]{3,}|\t[ \t]*)(?=[\d(+])")
# what a candidate's raw string can be made of, from its lead on: digits, spaces and libphonenumber's punctuation
_DATE_INSIDE = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d")  # a date with its year
_SHAPE = re.compile(r"(?:\+|\(?0)[\d\s()./~\-‐-―−ー－／　（）［］\[\]⁓∼～]{8,}")
# a short number right before a national number, which libphonenumber would read as one with it: "Ward 3 0161
# 496 0127"; it is hidden (same length, offsets kept) before matching
_GLUED = re.compile(r"(?<![\d])\d{1,3}(?=[ \t]+\(?0\d{2,4}[ \t-]?\d{3}[ \t-]?\d{3,4}(?!\d))")
# and a short number right after one, a count of minutes or hours or a clock time: "ring 01632 960 719 30 min before",
# "called her back on 07700 900883 16:20" (the hour, before ":" or "." and two digits), a date's day ("… 16.05.24",
# a list's due date "…   03/11")
_TRAILING = re.compile(r"(?<=(?<![\d])\(?0\d{2,4}[ \t-]?\d{3}[ \t-]?\d{3,4})[ \t]+\d{1,3}(?=[ \t]*(?i:mins?|minutes|hrs?|hours|"
                       r"secs?|seconds|am|pm|days?|weeks?|x)\b|[:.][0-5]\d(?!\d|[./]\d)|[./]\d{1,2}[./]\d{2,4}(?!\d)|/\d{1,2}(?![\d/.]))")
