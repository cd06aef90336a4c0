r"""A name wrapped onto the next line: the ``wrapped-line`` growth of the completion stage (``complete``).

Text typed into a narrow box, or copied off a form or a phone, wraps in mid-sentence: "cared for my husband
Thomas\nAdeyemi-Roberts in his final days". A name's two halves then sit on two lines, and growth that stops at a
line break leaves one half readable. The sentence itself shows the wrap:

* a PERSON finding ends its line on a first name, prose runs into it on that line, and the line is not closed (no
  punctuation after the name);
* the next line opens on one capitalised word spelt like a surname (a known surname, or a word no list knows as a
  word, place or first name) and the sentence runs on after it (a lower-case word, a comma or a possessive);
* then the surname is the finding's; and, the other way round, a finding that opens its line on a surname with
  the sentence running on takes a first name that ends the line before.

* a name stacked on two lines, as signature blocks and forms copied line by line set it: a line that holds only a
  first name ("Sarah", "Sarah,"), and a next line that holds only one word spelt like a surname ("Porter", "Porter,
  HCA" with a role after a comma): the surname is the finding's.

* a name's last word broken inside by a line break ("Małgo\nrzata", text copied from a narrow system's column): the
  rest of the word opens the next line in lower case, and the two pieces together are a known name; or the name
  ends on a hyphen before the break, as a printed sheet hyphenates ("Nowak-Zielin-\n   ski").

Avoids: in prose, names listed one per line ("Thomas\nAdeyemi\n" after "to": the line holds only the name; the
stacked case needs the first name alone on its line and no more than a role after the surname), a new sentence on the next
line ("thanks to Sarah\nBrilliant shift": an ordinary word), a sign-off and a job title ("Thomas\nWard Manager").
Source: how mail clients and social-media text boxes hard-wrap lines, and text copied from them.
"""

from __future__ import annotations

from typing import Optional, Tuple

import regex as re

from phiscrub.text import words as wd
from phiscrub.types import Finding

_WORD = r"\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*"
# one line break (a blank line is a new paragraph), then the surname and the sentence running on
_NEXT_LINE = re.compile(rf"[ \t]*\r?\n[ \t]*(?P<w>{_WORD})(?=(?:['’]s)?(?:[ \t]+\p{{Ll}}|,))")
_LINE_BEFORE = re.compile(r"(?<![\w'’\-])(?P<w>\p{Lu}\p{Ll}+)[ \t]*\r?\n[ \t]*\Z")
_RUNS_ON = re.compile(r"(?:['’]s)?(?:[ \t]+\p{Ll}|,)")
_PROSE_BEFORE = re.compile(r"\p{Ll}[\p{L}'’]*[ \t]+\Z")
# a line holding only the surname, or the surname, a comma and a role: "Porter", "Porter, HCA"
# a word broken by a line break inside it: "Małgo\nrzata" (the rest of the word opens the next line in lower case)
_BROKEN_REST = re.compile(r"\r?\n(?P<rest>\p{Ll}+)(?![\p{L}'’-])")
_HYPHENATED_REST = re.compile(r"[ \t]*\r?\n[ \t]*(?P<rest>\p{Ll}+)(?![\p{L}'’-])")
# (not a list of names one per line: no lone capitalised word on the line after)
_STACKED = re.compile(rf"[ \t]*,?[ \t]*\r?\n[ \t]*(?P<w>{_WORD})[ \t]*(?:,[^\n]*)?"
                      rf"(?=\r?\n(?![ \t]*{_WORD}[ \t]*(?:\r?\n|$))|$)")


def _surname_like(word: str, res) -> bool:
    w = wd.without_possessive(word)
    if not wd.names_ok([w], res, caps=False) or res.is_place(w):
        return False
    parts = w.split("-")
    return res.is_surname(w) or all(res.is_surname(p) or not (res.is_common(p) or res.is_first_name(p)) for p in parts)


def wrapped_name(text: str, f: Finding, res, taken) -> Optional[Tuple[int, int]]:
    """``f`` grown over the other half of a name wrapped across one line break (module docstring)."""
    line_start = text.rfind("\n", 0, f.start) + 1
    last = wd.without_possessive(text[f.start:f.end].split()[-1])
    m = _NEXT_LINE.match(text, f.end)
    if m and last[:1].isupper() and res.is_first_name(last) and not res.never_name(last) \
            and _PROSE_BEFORE.search(text, line_start, f.start) and not taken.any_in(*m.span("w")) \
            and _surname_like(m.group("w"), res):
        return f.start, m.end("w")
    if (s := _stacked(text, f, last, res, taken)) is not None or (s := _broken_word(text, f, last, res, taken)):
        return s
    one_word = " " not in text[f.start:f.end]
    if line_start == f.start and f.start > 0 and one_word and _RUNS_ON.match(text, f.end) \
            and _surname_like(text[f.start:f.end], res):
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        b = _LINE_BEFORE.search(text, prev_start, f.start)
        if b and res.is_first_name(b.group("w")) and not (res.never_name(b.group("w")) or res.is_stop(b.group("w"))) \
                and _PROSE_BEFORE.search(text, prev_start, b.start("w")) and not taken.any_in(*b.span("w")):
            return b.start("w"), f.end
    return None


def line_alone(text: str, start: int) -> bool:
    """Whether only blanks come before ``start`` on its line."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


def stacked_surname(text: str, end: int, res) -> Optional[Tuple[int, int]]:
    """The surname alone on the line after ``end`` (where a first name ends its line), or None: "Sarah\nOkafor"."""
    m = _STACKED.match(text, end)
    if m is None:
        return None
    w = m.group("w")  # a known surname even when also a word ("Baker"); a role or keep word is none ("Matron")
    if not (_surname_like(w, res) or (res.is_surname(w) and wd.names_ok([w], res, caps=False, ordinary=True))):
        return None
    return m.span("w")


def _stacked(text: str, f: Finding, last: str, res, taken) -> Optional[Tuple[int, int]]:
    """"Sarah\nOkafor": a first name alone on its line, a surname alone on the next."""
    if not line_alone(text, f.start) or not res.is_first_name(last) or res.never_name(last):
        return None
    span = stacked_surname(text, f.end, res)
    return (f.start, span[1]) if span is not None and not taken.any_in(*span) else None


def _broken_word(text: str, f: Finding, last: str, res, taken) -> Optional[Tuple[int, int]]:
    """"WIŚNIEWSKA, Małgo\nrzata": a name's last word broken across a line break, its two pieces a known name."""
    m = _BROKEN_REST.match(text, f.end)
    if text[f.end - 1:f.end] == "-" and (h := _HYPHENATED_REST.match(text, f.end)) and not taken.any_in(*h.span("rest")):
        return f.start, h.end("rest")  # hyphenated at the line's end, as a printed sheet breaks it: "Nowak-Zielin-\nski"
    h = _HYPHENATED_REST.match(text, f.end + 1) if text[f.end:f.end + 1] == "-" else None
    if h and last[:1].isupper() and not taken.any_in(*h.span("rest")) and _known(last + h["rest"], res):
        return f.start, h.end("rest")  # the name stopped at the hyphen: "Mrs Marga-\nret", and the pieces are a name
    if m is None or not last[:1].isupper() or taken.any_in(*m.span("rest")):
        return None
    return (f.start, m.end("rest")) if _known(last + m["rest"], res) else None


def _known(word: str, res) -> bool:
    return res.is_first_name(word) or res.is_surname(word)
