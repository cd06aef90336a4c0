"""PERSON rule ``spelled``: a name spelt out letter by letter after the word that says so: "that's spelt W O J C I E C H
O W S K A", "mrs nkechi ogbu that's o g b u", 'spelled "K O W A L C Z Y K"', "surname spelt out on tape as S-Z-C-Z-E-P".

A phone call or a voice note spells the name it is unsure of; the letters are the name itself, and closed up they are
one word no list knows. Source: NHS reception and voice-note transcripts ("can you spell that for me?").
Avoids: letters not after a spelling word ("A B C D E"), two letters ("that's a b"), one letter then a word ("that's a
lot"), mixed separators ("S-Z C"), a letter with more after it ("that's a b cde").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.types import Finding

SCORE = 0.7
# the spelling word, then up to 30 characters on the line ("spelt out on tape as", "that's spelt"), an opening quote,
# and three or more single letters joined by one and the same separator: a space, a hyphen or a full stop
SPELLED = re.compile(
    r"(?i:\b(?:spelt|spelled|spelling|spells|that['’]?s|that[ \t]+is))\b[^\n\"“'‘]{0,30}?[ \t:]+[\"“'‘]?"
    r"(?P<id>(?<![\p{L}\d])\p{L}(?P<sep>[ \-.])\p{L}(?:(?P=sep)\p{L})+)(?![\p{L}\d]|[ \-.]\p{L}(?![\p{L}\d]))")


def from_spelled(ctx: Context, text: str) -> List[Finding]:
    """The letters of a name spelt out after "spelt", "spelled" or "that's" (see the module)."""
    return [finding(m.start("id"), m.end("id"), SCORE, "spelled") for m in SPELLED.finditer(text)]
