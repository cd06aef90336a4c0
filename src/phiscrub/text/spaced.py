"""Letter-spaced text: forms and whiteboards read by OCR, or typed for emphasis, with a space between every
letter and two between words ("N H S  N o :  9 3 1 6 8 5 4 5 9 8", "B A R Z A N I ,   Hêja", "S R 4  7 T J").

No rule reads an identifier whose characters stand one space apart. Each line holding a run of three or more
single characters one space apart is read again closed up (``collapse``: a single space between two single
characters taken out, a word gap of two spaces made one, a cell gap of three or more kept), so "9 3 1 6 8 5 4 5 9 8"
reads "9316854598" and "D . O . B" reads "D.O.B"; the pipeline runs its stages on the closed-up text and maps each
finding on such a line back to the characters it came from (``spaced_findings``). Other lines keep their own
findings; a text with no such run costs one regex scan.

Avoids: prose with one-letter words ("I am a nurse": a single character beside a word keeps its space) and short
runs ("B 4": fewer than three); only findings are added, so a line closed up by mistake ("A & E") loses nothing.
Source: OCR output of scanned forms and photographed boards.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, List, Optional, Tuple

import regex as re

from phiscrub.types import Finding

SPACED_RUN = re.compile(r"(?<!\S)\S(?: \S){2,}(?!\S)")  # three or more single characters, one space apart
_TOKEN = re.compile(r"\S+|[ \t]+")


def collapse(text: str) -> Optional[Tuple[str, List[int], List[Tuple[int, int]]]]:
    """The text with its letter-spaced lines closed up, the original offset of each character, and the (start,
    end) of each closed-up line in the original; None when no line is letter-spaced."""
    if not SPACED_RUN.search(text):
        return None
    out: List[str] = []
    index: List[int] = []
    spans: List[Tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if SPACED_RUN.search(line):
            spans.append((pos, pos + len(line)))
            _close_up(line, pos, out, index)
        else:
            out.append(line)
            index.extend(range(pos, pos + len(line)))
        out.append("\n")
        index.append(pos + len(line))
        pos += len(line) + 1
    return "".join(out)[:-1], index[:-1], spans


def _close_up(line: str, pos: int, out: List[str], index: List[int]) -> None:
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    for k, (at, tok) in enumerate(tokens):
        if tok[0] in " \t":
            single_between = (tok == " " and 0 < k < len(tokens) - 1
                              and _single(tokens[k - 1][1]) and _single(tokens[k + 1][1]))
            if single_between:
                continue
            gap = " " if len(tok) <= 2 else tok  # a word gap closes to one space; a cell gap (3 or more) stays
            out.append(gap)
            index.extend(range(pos + at, pos + at + len(gap)))
            continue
        out.append(tok)
        index.extend(range(pos + at, pos + at + len(tok)))


def _single(token: str) -> bool:
    """One character, or one letter or digit with the punctuation after it ("I," in "B A R Z A N I,")."""
    return len(token) == 1 or (len(token) == 2 and token[0].isalnum() and not token[1].isalnum())


def spaced_findings(text: str, analyze: Callable[[str], List[Finding]]) -> List[Finding]:
    """The findings ``analyze`` makes of the closed-up text, on its letter-spaced lines, in ``text``'s offsets."""
    closed = collapse(text)
    if closed is None:
        return []
    ctext, index, spans = closed
    out = []
    for f in analyze(ctext):
        start, end = index[f.start], index[f.end - 1] + 1
        if any(a <= start and end <= b for a, b in spans):
            out.append(replace(f, start=start, end=end))
    return out
