"""The ``ocr-fragments`` growth of the completion stage (``complete``): OCR of a board or a label breaks a word
at random places ("Gl ad ys", "Ed na", "Ch audhry"), so a name rule finds its first piece and leaves the rest
readable. A found name takes up to three lower-case pieces of one to three letters right after it (four to six
after a piece that is no word: "Bartl omiej", "Mrs Harg reaves"), one space apart, when its last word and those pieces
joined are a name of the gazetteer that is no ordinary word; or two or three pieces that alone join into a surname of
six letters or more that is no word (speech-to-text splits a surname it does not know: "gloria am pon sah").
Source: OCR output of photographed theatre and ward boards and scanned labels (Tesseract and PP-OCR both split
words at wide letter gaps).
Avoids: prose after a name ("Ann a lot", "Sam is in": after a word or a name, a piece that is a stop word stops it, unless
a well-known first name ends a board's cell: "HARGREAVES, Al an ¦"), pieces
that join into a word ("Al so" is "also"; a first name well known in the UK is a name first: "Jo hn", and so is a
surname after a head that is no word: "Kha n") or into nothing the gazetteer knows.
"""

from __future__ import annotations

from typing import Optional, Tuple

import regex as re

from phiscrub.text.words import Taken
from phiscrub.types import Finding

_LAST_WORD = re.compile(r"\p{L}+\Z")
_CELL_END = re.compile(r"[ \t]*(?:[¦│┃|\n]|$)|[ \t]{2}|\t")  # a board's cell or line ends: "HARGREAVES, Al an ¦ Iqbal"
_PIECES = re.compile(r"(?: \p{Ll}{1,6}){1,3}(?![\w'’\-])")  # a piece of four to six letters only after no word
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(\p{L}+)[ \t]+\Z")


def joins_name(res, text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``text[start:]`` and the word right before it are one name OCR split: "Ch audhry", "Marg aret"
    (a name rule reads the lower-case piece as the name's next word then)."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and res.is_name(before.group(1) + word)


def ocr_fragments(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    last = _LAST_WORD.search(text, f.start, f.end)
    m = _PIECES.match(text, f.end) if last is not None else None
    if m is None or taken.any_in(f.end, m.end()):
        return None
    pieces = m.group().split()
    head = last.group().lower()
    whole_word = res.is_name(head) or res.is_common(head) or res.is_stop(head)
    for k in range(len(pieces), 0, -1):  # the longest run of pieces that completes a name
        joined = (last.group() + "".join(pieces[:k])).lower()
        well_known = res.anglo_first_names.get(joined, 0) >= 5  # "Jo hn": a name first, whatever else "john" is
        end = f.end + sum(len(p) + 1 for p in pieces[:k])
        if whole_word and any(len(p) > 3 for p in pieces[:k]):
            continue  # "Bartl omiej" ("Bartl" is no word), not "Don aside"
        if whole_word and any(res.is_stop(p) for p in pieces[:k]) and not (well_known and _CELL_END.match(text, end)):
            continue  # "Ann a lot"; but "Gr ah am" ("Gr" is no word: the pieces are its rest), and "Al an ¦" ending a cell
        # "Dr Kha n": a head that is no word, joined into a surname that is also one ("Khan")
        surname = res.is_surname(joined) and not res.is_common(head)
        if res.is_name(joined) and not res.never_name(joined) and (well_known or surname or not res.is_common(joined)):
            return f.start, f.end + sum(len(p) + 1 for p in pieces[:k])
    rest = "".join(pieces)  # the surname after the name in pieces, as speech-to-text splits one it does not know
    if len(pieces) >= 2 and len(rest) >= 6 and res.is_surname(rest) and not (res.is_common(rest) or res.never_name(rest)):
        return f.start, m.end()  # "it's gloria am pon sah calling" (Amponsah)
    return None
