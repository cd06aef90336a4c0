"""Whole names, whole identifiers: the completion stage, after overlaps are resolved.

A half-redacted name is worse than a missed one: the draft looks safe, so nobody
reads it again. Each rule below grows a finding over neighbouring text that
belongs to the same identifier (a named table, in order; each rule states its
shape, source and the false positive it avoids):

* ``word-edges``: a finding never starts or ends inside a word; a cut word is
  taken whole when at least half of it is inside, else left out ("D.O" of
  "D.O.B", "Okonjo" of "Okonjo-Bell").
* ``comma-inverted``: handover order "PATTERSON, Joan", "NGUYEN-SMITH, Thi H",
  "DE LA CRUZ, Maria": a block-capital surname and a comma before a name, or a
  capitalised forename after a block-capital name; in title case, a surname of
  the gazetteer that is no word before a first name ("Siddiqui, Tariq"). The layout decides, not the
  word ("BRADFORD, Joan"); keep-list words ("WARD, Bay 3") stop it.
* ``block-capitals``: "ADEWALE OKONJO-BELL": block-capital words beside a
  block-capital name, up to the line's end; acronyms and keep words stop it.
* ``particles``: "Maria de la Cruz", "Pieter van der Berg", "Ahmed bin Said":
  lower-case name particles then a capitalised word.
* ``nickname-between``: 'Thomas "Tommo" Reid', "Margaret (Peggy) Hale": a quoted
  or bracketed word then a capitalised word after a name.
* ``trailing-initial``: "Thi H", "Priya K.": one capital letter after a name
  ("I" only with a full stop, so "Sam I will" is not grown).
* ``gaelic-patronymic``: "Alasdair Mac an t-Saoir", "Mòrag Nic a' Phearsain": a
  name that ends on "Mac"/"Nic" takes the rest of the Gaelic surname.
* ``first-name-before``: "Will Pritchard", "Grace Okafor": a capitalised first
  name of the gazetteer right before a capitalised name, even one that is also a
  word or a stop word the name rules skip (a half-redacted name leaks; an
  over-redacted "Will" does not). Keep-list words ("Sister", "Ward") stop it.

Growth stops at a line break. Growing may touch a neighbouring finding, so the
findings are resolved again afterwards (each keeps its own type).
Source: NHS handover and ward-board conventions; the naming customs behind
particles (Spanish, Dutch, German, Arabic, Welsh "ap").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Callable, List, Optional, Tuple

import regex as re

from phiscrub.text.resolve import resolve_overlaps
from phiscrub.types import Finding

# a word: letters and digits joined by . - or an apostrophe (O'Neill), but not a possessive 's
_WORD = re.compile(r"[^\W_]+(?:(?:[.\-]|['’](?!s(?![^\W_])))[^\W_]+)*")
_CAPS_WORD = r"(?:(?:Ma?c|O['’])?\p{Lu}(?:[\p{Lu}'’\-]*\p{Lu})?)"  # HOLLOWAY, McLEOD, O'NEILL, WIŚNIEWSKA
_COMMA_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<sur>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})[ \t]*,[ \t]*$")
_TITLE_COMMA_BEFORE = re.compile(r"(?<![\w'’\-])(?P<sur>[A-Z][a-z][\w'’\-]*)[ \t]*,[ \t]*$")
_FORENAME_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?P<fore>[A-Z][a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*)?(?: [A-Z]\.?(?![\w&]))?)"
)
_CAPS_AFTER = re.compile(rf" (?P<w>{_CAPS_WORD})(?![\w&/])")  # one space: a wider gap is a board's next cell
_CAPS_BEFORE = re.compile(rf"(?<![\w&/])(?P<w>{_CAPS_WORD}) $")
# lower-case words inside a name: "de la Cruz", "van der Berg", "bin Said", "ap Rhys", "Mac an t-Saoir"
PARTICLES = ("de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du",
             "al", "el", "bin", "binti", "ibn", "ap", "ab", "ter", "ten", "mac", "nic", "ní", "ó", "uí")
_PARTICLES = "(?:" + "|".join(PARTICLES) + ")"
_PARTICLE = re.compile(_PARTICLES, re.IGNORECASE)
_INITIAL = re.compile(r"[A-Z]\.?")
_PARTICLES_AFTER = re.compile(rf"(?:[ \t]+{_PARTICLES})+[ \t]+(?P<last>[A-Z][\w'’\-]+)")
_NICKNAME_AFTER = re.compile(r"[ \t]+[(\"'‘“][A-Z][a-z]+[)\"'’”][ \t]+(?P<last>[A-Z][\w'’\-]+)")
# rules whose layout makes the word after a block-capital surname and a comma its forename
LAYOUT_RULES = frozenset({"bed-board", "field"})
_GAELIC_HEAD = re.compile(r"(?:^|[ \t])(?:Mac|Nic|Mhic|Nighean)$", re.IGNORECASE)
_GAELIC_REST = re.compile(r"[ \t]+(?:an[ \t]+t-|an[ \t]+|a['’][ \t]*)?\p{Lu}[\p{L}'’-]+")
_GAELIC_AFTER = re.compile(r"[ \t]+(?:Mac|Nic|Mhic)[ \t]+(?:an[ \t]+t-|an[ \t]+|a['’][ \t]*)\p{Lu}[\p{L}'’-]+")
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(?P<w>[A-Z][a-z]+)[ \t]$")
_INITIAL_AFTER = re.compile(r"[ \t]+(?:[A-HJ-Z]\.?|I\.)(?![\w&'’\-/])")


@dataclass(frozen=True)
class Growth:
    """One completion rule: ``grow(text, finding, resources, taken)`` returns the new (start, end) or None;
    ``taken`` tells where the other findings are."""

    name: str
    entity: Optional[str]  # None: every type
    grow: Callable


def _word_edges(text: str, f: Finding, _res, _taken) -> Optional[Tuple[int, int]]:
    start, end = f.start, f.end
    if 0 < start < len(text) and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        word = _word_around(text, start)
        if word is not None:
            inside = _alnum(text, start, min(word[1], end))
            start = word[0] if inside * 2 >= _alnum(text, *word) else word[1]
    if 0 < end < len(text) and _is_word_char(text[end - 1]) and _is_word_char(text[end]):
        word = _word_around(text, end - 1)
        if word is not None:
            inside = _alnum(text, max(word[0], start), end)
            end = word[1] if inside * 2 >= _alnum(text, *word) else word[0]
    return (start, end) if (start, end) != (f.start, f.end) and start < end else None


def _comma_inverted(text: str, f: Finding, res, taken: "Taken") -> Optional[Tuple[int, int]]:
    start, end = f.start, f.end
    line_start = text.rfind("\n", 0, start) + 1
    m = _COMMA_BEFORE.search(text, line_start, start)
    if m and _names_ok(m.group("sur").split(), res, ordinary=True) and not taken.any_in(*m.span("sur")):
        start = m.start("sur")  # the layout decides: "BRADFORD, Joan"
    elif (t := _TITLE_COMMA_BEFORE.search(text, line_start, start)) and _title_inverted(text, f, t, res, taken):
        start = t.start("sur")  # "(Siddiqui, Tariq, NHS no …)": a known surname, then a first name
    if _is_caps(text[f.start:f.end]):
        m = _FORENAME_AFTER.match(text, end)
        layout = f.rule in LAYOUT_RULES  # a board or form: "OWUSU, Yaw" even where the forename is a word
        if (m and _names_ok(m.group("fore").split(), res, caps=False, ordinary=layout)
                and not taken.any_in(*m.span("fore"))):
            end = m.end("fore")
    return (start, end) if (start, end) != (f.start, f.end) else None


def _title_inverted(text: str, f: Finding, m, res, taken: "Taken") -> bool:
    sur = m.group("sur")
    first = text[f.start:f.end].split()[0]
    return (res.is_surname(sur) and not res.is_common(sur) and not res.never_name(sur)
            and res.is_first_name(first) and not taken.any_in(*m.span("sur")))


def _block_capitals(text: str, f: Finding, res, _taken) -> Optional[Tuple[int, int]]:
    if not _is_caps(text[f.start:f.end]) or len(_WORD.findall(text[f.start:f.end])) == 0:
        return None
    start, end = f.start, f.end
    while (m := _CAPS_AFTER.match(text, end)) and _names_ok([m.group("w")], res):
        end = m.end("w")
    line_start = text.rfind("\n", 0, start) + 1
    while (m := _CAPS_BEFORE.search(text, line_start, start)) and _names_ok([m.group("w")], res):
        start = m.start("w")
    return (start, end) if (start, end) != (f.start, f.end) else None


def _after(pattern: re.Pattern) -> Callable:
    def grow(text: str, f: Finding, res, _taken) -> Optional[Tuple[int, int]]:
        m = pattern.match(text, f.end)
        if m and not res.never_name(m.group("last").rstrip("'’s")):
            return f.start, m.end("last")
        return None

    return grow


def _gaelic_patronymic(text: str, f: Finding, _res, _taken) -> Optional[Tuple[int, int]]:
    if _GAELIC_HEAD.search(text, f.start, f.end):
        m = _GAELIC_REST.match(text, f.end)
    else:
        m = _GAELIC_AFTER.match(text, f.end)
    return (f.start, m.end()) if m else None


def _first_name_before(text: str, f: Finding, res, taken: "Taken") -> Optional[Tuple[int, int]]:
    m = _TITLE_WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    if not m or f.rule in ("title", "honorific") or not text[f.start].isupper() or taken.any_in(*m.span("w")):
        return None
    w = m.group("w")
    known = res.anglo_first_names.get(w.lower(), 0) >= 2 or (res.is_first_name(w) and res.is_surname(text[f.start:f.end]))
    if not known or res.never_name(w) or w.isupper():
        return None  # a first name well known in the UK, Ireland or the US ("Will", "Grace"; not "Son", "To"),
        # or any first name before a known surname ("Blessing Khan's husband")
    return m.start("w"), f.end


def _trailing_initial(text: str, f: Finding, _res, _taken) -> Optional[Tuple[int, int]]:
    m = _INITIAL_AFTER.match(text, f.end)
    return (f.start, m.end()) if m else None


GROWTHS: Tuple[Growth, ...] = (
    Growth("word-edges", None, _word_edges),
    Growth("comma-inverted", "PERSON", _comma_inverted),
    Growth("block-capitals", "PERSON", _block_capitals),
    Growth("particles", "PERSON", _after(_PARTICLES_AFTER)),
    Growth("nickname-between", "PERSON", _after(_NICKNAME_AFTER)),
    Growth("trailing-initial", "PERSON", _trailing_initial),
    Growth("first-name-before", "PERSON", _first_name_before),
    Growth("gaelic-patronymic", "PERSON", _gaelic_patronymic),
)


def complete(text: str, findings: List[Finding], resources, growths=GROWTHS) -> List[Finding]:
    """Every finding grown by the rules in ``growths`` (in order), then resolved again."""
    out = []
    taken = Taken(findings)
    for f in findings:
        for g in growths:
            if g.entity is None or g.entity == f.entity_type:
                span = g.grow(text, f, resources, taken)
                if span is not None:
                    f = replace(f, start=span[0], end=span[1])
        out.append(f)
    return resolve_overlaps(out, text) if out != list(findings) else out


# -- helpers --------------------------------------------------------------------------------------

class Taken:
    """Where the findings are, for "is there already a finding in here?" in O(log n)."""

    def __init__(self, findings: List[Finding]):
        self._starts = sorted(f.start for f in findings)

    def any_in(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "'’-."


def _word_around(text: str, at: int) -> Optional[Tuple[int, int]]:
    """The word (letters and digits joined by . ' ’ -) that holds position ``at``."""
    lo = max(0, at - 60)
    for m in _WORD.finditer(text, lo, min(len(text), at + 60)):
        if m.start() <= at < m.end():
            return m.span()
        if m.start() > at:
            return None
    return None


def _alnum(text: str, start: int, end: int) -> int:
    return sum(ch.isalnum() for ch in text[start:end])


def _is_caps(span: str) -> bool:
    letters = [ch for ch in span if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _names_ok(words: List[str], res, *, caps: bool = True, ordinary: bool = False) -> bool:
    """Words that may be part of a name: not keep-list words, stop words, (in capitals) short acronyms,
    or (unless ``ordinary``) ordinary English words that are no name ("REVIEW", "Please")."""
    names = [w for w in words if not _PARTICLE.fullmatch(w) and not _INITIAL.fullmatch(w)]  # ride along
    if not names:
        return False
    for word in names:
        w = word.lower().strip("'’-")
        if len(w) < 2 or res.never_name(w) or res.is_stop(w):
            return False
        if caps and len(w) <= 3 and not res.is_name(w):
            return False  # ED, HDU, GCS
        if not ordinary and res.is_common(w) and not res.is_name(w):
            return False  # "SMITH, Ward", "JONES, Please", "REVIEW ADEWALE"
    return True
