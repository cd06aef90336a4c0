"""Name particles: the ``particles`` and ``particles-before`` growths of the completion stage (``complete``).

"Maria de la Cruz", "Pieter van der Berg", "Ahmed bin Said": lower-case name particles then a capitalised word
(after a lower-case name, a word no stop word); "E. ap Gwilym", "Reg Ní Bhriain", "van der Berg": particles in any
case before a capitalised name, with the first name or initial before them. Particles that are also English words
("do", "la") need that first name ("to do Smith's obs" stays), or a block-capital surname opening a list's row
("3. de GRUCHY, Philippe"). A name cut after a surname's "St." takes its rest ("Anne-Marie St. John-Smythe").
Source: the naming customs behind particles (Spanish, Dutch, German, Arabic, Welsh "ap"; English "St John").
"""

from __future__ import annotations

from typing import Optional, Tuple

import regex as re

from phiscrub.text import words as wd
from phiscrub.text.surname_first import ROW_LABEL
from phiscrub.text.words import Taken, names_ok
from phiscrub.types import Finding

_LOWER_PARTICLES_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?P<first>\p{{Ll}}[\p{{Ll}}'’\-]+)[ \t]+(?:(?:{wd.PARTICLE.pattern})[ \t]+)+\Z")
_ROW_START = re.compile(rf"(?:^|(?<=\n))[ \t]*(?:{ROW_LABEL}[ \t]+)?$", re.MULTILINE)  # "3. de GRUCHY, Philippe"
_CLAUSE_OPENER = re.compile(r"['’](?:ll|ve|m|re|d|s|t)$", re.IGNORECASE)  # "I'll", "We're", "It's"
_MORE_PARTICLES_NAME = re.compile(rf"(?:[ \t]+{wd.PARTICLE.pattern})*{wd.NAME_AFTER_PARTICLE.pattern}")


# a surname opening on "St." after a first name, cut there: "Anne-Marie St.| John-Smythe", "Ross St| Clair"
_SAINT_END = re.compile(r"(?<=\p{L}[ \t])S[Tt]\.?\Z")
_SAINT_REST = re.compile(r"[ \t]?(?P<last>\p{Lu}[\p{Ll}'’][\w'’\-]*)")


# a particle elided onto the surname in lower case, Italian, French and Portuguese style: "d'Souza", "dell'Acqua"; and
# Irish "Ní" typed without its accent, in lower case only ("Siobhan ni Cheallaigh"; "Le, NI AB 12 …" is a label)
_ELIDED_AFTER = re.compile(r"[ \t]+(?P<last>(?:d|dell|dall|degl|l)['’]\p{Lu}[\p{L}'’-]+|ni[ \t]+\p{Lu}[\p{L}'’-]+)(?<!['’]s)")


# a second surname after a surname with particles, as Spanish and Portuguese names have: "Sofía de la Fuente Ortega"
_SECOND_SURNAME = re.compile(r"[ ](?P<last>\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\w'’-])")


def _second_surname(text: str, start: int, end: int, res) -> Optional[Tuple[int, int]]:
    words = text[start:end].split()
    if len(words) < 3 or not any(wd.PARTICLE.fullmatch(w) for w in words[1:-1]) or not words[-1][:1].isupper():
        return None
    m = _SECOND_SURNAME.match(text, end)
    if m is None or res.never_name(m["last"]) or res.is_stop(m["last"]) or res.is_place(m["last"]):
        return None  # a surname, or a word ending the clause ("… Ortega\n"), not "de la Cruz Ward 3"
    return (start, m.end("last")) if res.is_surname(m["last"]) or wd.ends_clause(text, m.end("last"), res) else None


def particles_after(text: str, f: Finding, res, taken) -> Optional[Tuple[int, int]]:
    """The particles and the surname after a name ("Maria de la Cruz"), and a second surname after those ("Sofía de la
    Fuente Ortega")."""
    span = _particles_after(text, f, res, taken) or (f.start, f.end)
    span = _second_surname(text, *span, res) or span
    return span if span != (f.start, f.end) else None


def _particles_after(text: str, f: Finding, res, _taken) -> Optional[Tuple[int, int]]:
    lower, words = text[f.start:f.end].islower(), text[f.start:f.end].split()
    if len(words) > 1 and _SAINT_END.search(text, f.start, f.end) and (m := _SAINT_REST.match(text, f.end)):
        return f.start, m.end("last")
    if wd.PARTICLE.fullmatch(words[-1]) and (not wd.PARTICLE.fullmatch(words[0]) if len(words) > 1 else lower):
        # a finding cut after its particles: "Bill van der| Berg", "Thanks van| der Berg"
        m = _MORE_PARTICLES_NAME.match(text, f.end)
        return (f.start, m.end("last")) if m and not res.never_name(m.group("last")) else None
    if not lower and (e := _ELIDED_AFTER.match(text, f.end)):
        return f.start, e.end("last")  # an elided particle joined to the surname: "Anne d'Souza", "Anne d’Arcy"; "ni"
    m = (wd.LOWER_PARTICLES_AFTER if lower else wd.PARTICLES_AFTER).match(text, f.end)
    last = wd.without_possessive(m.group("last")) if m else ""
    wordlike = m and all(p.lower() in wd.WORDLIKE_PARTICLES for p in text[f.end:m.start("last")].split())
    if not m or res.never_name(last) or (lower and (res.is_stop(last) or (
            wordlike and res.is_common(last) and not res.is_surname(last)))):
        return None  # "priya do the obs", "jo de la ward" (but "hope van der berg")
    return f.start, m.end("last")


# "St." opening a surname before the finding: at a line's start before a comma-inverted forename ("St. John-Stevas,
# Norman (Rev.) – Rm 12"), or after a title ("Mrs St John")
_SAINT_BEFORE = re.compile(r"(?:(?:^|(?<=\n))[ \t]*|(?P<title>\b(?:Mrs|Mr|Ms|Miss|Mx|Dr|Rev|Revd)\.?[ \t]+))"
                           r"(?P<st>S[Tt]\.?)[ \t]+\Z")


def _saint_before(text: str, f: Finding, taken: Taken) -> Optional[Tuple[int, int]]:
    st = _SAINT_BEFORE.search(text, max(0, f.start - 12), f.start) if text[f.start].isupper() else None
    ok = st is not None and (st["title"] or "," in text[f.start:f.end]) and not taken.any_in(st.start("st"), f.start)
    return (st.start("st"), f.end) if ok else None


def particles_before(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    return _saint_before(text, f, taken) or _particles_before(text, f, res, taken)


def _particles_before(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    if text[f.start].islower():  # "mei de la cruz": a lower-case first name, particles, the finding
        m = _LOWER_PARTICLES_BEFORE.search(text, max(0, f.start - 40), f.start)
        first = m.group("first") if m else ""
        if m and not taken.any_in(m.start(), f.start) and res.is_first_name(first) and not (
                res.is_stop(first) or res.never_name(first)):
            return m.start(), f.end
        if not wd.PARTICLE.fullmatch(text[f.start:f.end].split()[0]):
            return None  # else found from its second particle on ("van der Berg"): the ones before come too
    elif not text[f.start].isupper():
        return None
    m = wd.PARTICLES_BEFORE.search(text, max(0, f.start - 40), f.start)
    if not m or taken.any_in(m.start(), f.start):
        return None
    parts = m.group("parts").split()
    if any(len(p) > 1 and p.isupper() for p in parts) and not text[f.start:f.end].isupper():
        return None  # block capitals before a name that is not: a role ("NIC Tendai": the nurse in charge)
    first = (m.group("first") or "").strip()
    bare = first.rstrip(".")
    if _CLAUSE_OPENER.search(bare) or res.is_stop(bare):
        first = bare = ""  # "I'll do Farnworth": a contraction or a stop word opens a clause, not a name
    if first and (len(bare) == 1 or res.is_first_name(bare) or names_ok([bare], res, caps=False)):
        return m.start(), f.end  # "E. ap Gwilym", "Maria de la Cruz": the first name comes too
    if any(p.lower() in wd.WORDLIKE_PARTICLES for p in parts) and not (
            (text[f.start:f.end].isupper() or text.startswith(",", f.end))
            and _ROW_START.search(text, max(0, m.start() - 12), m.start("parts"))):
        return None  # "to do Smith's obs"; but a list's row opening "3. de GRUCHY, Philippe", "2\tde Souza, Marianne"
    return m.start("parts"), f.end  # "ap Gwilym", "van der Berg"
