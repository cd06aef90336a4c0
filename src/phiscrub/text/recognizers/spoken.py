"""Identifiers read out in words, as voice-to-text dictation and voicemail transcripts write them: a number's digits
as words ("four eight five seven …", "double five" for two), a code's letters one by one ("r h q four four one …").

Used by the recognizers whose label says what the words are (``nhs_number``, ``hospital_number``): only a run right
after its label ("nhs number", "hospital number") in the same sentence counts. A code spelt in the NATO alphabet
("Lima Sierra two seven, seven Papa Quebec", as a 111 call's transcript writes a postcode) needs no label: its letters
are words no sentence strings together (``phonetic_runs``). Source: NHS clinic-letter dictation
(Dragon, G2 Speech) and voicemail transcripts. Avoids: counts and doses in words ("four tablets", "one two three"):
no label, or fewer digits than the identifier has.
"""

from __future__ import annotations

from typing import Iterator, Tuple

import regex as re

DIGIT_WORDS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
DIGIT_WORD = r"(?:double|triple|nought|zero|one|two|three|four|five|six|seven|eight|nine|oh)"  # and the phone's ``_SPOKEN``
# a run of read-out digits, with single letters (a code's) at its start: "r h q four four one two eight nine"
_RUN = re.compile(rf"(?<![\w])(?P<run>(?:[a-z][ ,]+){{0,4}}{DIGIT_WORD}(?:[ ,-]+{DIGIT_WORD})+)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)


def spoken_ids(text: str, label: "re.Pattern", digits: Tuple[int, int]) -> Iterator[Tuple[int, int, str]]:
    """(start, end, characters) of each read-out run right after a match of ``label`` (within 20 characters, nothing
    but link words between) with a digit count in ``digits`` (inclusive): the characters are the letters and digits
    it spells ("rhq4412889")."""
    for lab in label.finditer(text):
        m = _RUN.match(text, _after_link(text, lab.end()))
        if m is None:
            continue
        chars = _spell(m["run"])
        count = sum(ch.isdigit() for ch in chars)
        if digits[0] <= count <= digits[1]:
            yield m.start("run"), m.end("run"), chars


_LINK = re.compile(r"[ \t,:]*(?:(?:is|was|of|number|no)[ \t,:]+)*", re.IGNORECASE)


def _after_link(text: str, at: int) -> int:
    return _LINK.match(text, at).end()


def _spell(run: str) -> str:
    out = []
    for w in (t.lower() for t in _TOKEN.findall(run)):
        if w in ("double", "triple"):
            out.append("*" if w == "double" else "**")  # the next digit again, once or twice
        elif w in DIGIT_WORDS:
            d = DIGIT_WORDS[w]
            if out and out[-1].startswith("*"):
                out[-1] = d * len(out[-1])
            out.append(d)
        else:
            out.append(w)
    return "".join(ch for ch in out if not ch.startswith("*"))


NATO = ("alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar papa "
        "quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu").split()
_NATO_WORD = rf"(?:{'|'.join(NATO)})"
_NATO_SET = frozenset(NATO)
# two NATO words or more among read-out digits: "Lima Sierra two seven, seven Papa Quebec"; or capital letters read one
# by one among them, as a transcript writes a spelt code: "Widnes W A eight seven P L"
_LETTER = rf"(?:{_NATO_WORD}|(?-i:[A-Z]))"
_PHONETIC_RUN = re.compile(rf"(?<![\w-])(?P<run>(?:{_LETTER}|{DIGIT_WORD})(?:[ ,-]+(?:{_LETTER}|{DIGIT_WORD})){{3,9}})(?![\w-])",
                           re.IGNORECASE)
_ANY_NATO = re.compile(rf"\b{_NATO_WORD}\b|(?<![\w-])(?-i:[A-Z])[ ,]+(?-i:[A-Z])[ ,]+{DIGIT_WORD}\b", re.IGNORECASE)
_WORDS = re.compile(r"[a-z-]+", re.IGNORECASE)


def phonetic_runs(text: str) -> Iterator[Tuple[int, int, str]]:
    """(start, end, characters) of each run of NATO-alphabet words (or capital letters read one by one) and read-out
    digits with two such letters or more: the characters it spells ("LS277PQ", "WA87PL")."""
    if not _ANY_NATO.search(text):
        return
    for m in _PHONETIC_RUN.finditer(text):
        words = [w if len(w) == 1 else w.lower() for w in _WORDS.findall(m["run"])]
        if sum(w in _NATO_SET or len(w) == 1 for w in words) < 2:
            continue
        letters = " ".join(("x" if w in ("x-ray", "xray") else w[0]) if w in _NATO_SET or len(w) == 1 else w for w in words)
        yield m.start("run"), m.end("run"), _spell(letters).upper()
