"""PERSON rule ``bracket-forename``: a surname in block capitals with the first name in brackets after it, as prison,
release-planning and PAS lists write a name ("LAWRENCE (Jerome)", "MacKAY (Iona) – for bloods").

The layout decides, even where the words are also ordinary words or places ("BRADFORD (Joan)", "HOPE (Grace)").
Source: HMPPS healthcare and NHS release-planning lists, PAS exports (SURNAME (Forename)).
Avoids: acronyms and labels in capitals before a bracket ("NHS (England)", "ICU (bed 4)", "NOTE (Grace ward)"):
the bracket must hold a first name of the gazetteer and nothing else, and the capitals must read as a surname as
``surname_first.caps_surname`` reads them (a known surname, or a word no list knows, with a vowel).

PERSON rule ``script-name``: a name written again in its own script, in brackets right after it ("Mei Ling Chow
(周美玲, 34)", "Hyun-woo Park (박현우)", "Imran Qureshi (عمران قریشی)"): one to three words of a script other than
Latin, after a word of the name lists; or before its Latin spelling in brackets ("my father 林志明 (Lam Chi-Ming)"),
one of whose words the name lists know. Avoids: a phrase after a word that is no name ("Happy New Year (新年快乐)"),
a phrase before ordinary or keep words ("新年快乐 (Happy New Year)").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text import words as wd
from phiscrub.text.person.context import Context, finding
from phiscrub.text.surname_first import caps_surname
from phiscrub.types import Finding

_PAIR = re.compile(rf"(?<![\w'’-])(?P<sur>{wd.CAPS_WORD})[ \t]*\((?P<first>\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]+)\)")
SCORE = 0.7
_SCRIPTS = "".join(rf"\p{{{s}}}" for s in ("Han", "Hangul", "Hiragana", "Katakana", "Arabic", "Hebrew", "Devanagari",
                                             "Bengali", "Gurmukhi", "Gujarati", "Tamil", "Malayalam", "Sinhala", "Thai",
                                             "Greek", "Cyrillic", "Ethiopic", "Georgian", "Armenian"))
_SCRIPT_NAME = re.compile(rf"(?<![\w'’-])(?P<before>\p{{Lu}}[\p{{L}}'’-]+)[ \t]*[(（][ \t]*"
                          rf"(?P<name>[{_SCRIPTS}]+(?:[ \t·・][{_SCRIPTS}]+){{0,2}})[ \t]*(?=[,，;)）])")
_SCRIPT_FIRST = re.compile(rf"(?<![\w'’-])(?P<name>[{_SCRIPTS}]+(?:[ \t·・][{_SCRIPTS}]+){{0,2}})[ \t]*[(（][ \t]*"
                           rf"(?P<latin>\p{{Lu}}[\p{{L}}'’-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'’-]+){{0,2}})[ \t]*[)）]")
_PARTS = re.compile(r"[ \t'’-]+")


def from_bracket_forename(ctx: Context, text: str) -> List[Finding]:
    """"LAWRENCE (Jerome)": the surname and the bracketed first name (see the module's rule)."""
    out = []
    res = ctx.res
    if "(" not in text:
        return out
    for m in _PAIR.finditer(text):
        first = m["first"].lower()
        if not caps_surname(m["sur"], res):
            continue
        if not res.is_first_name(first) or res.never_name(first) or ctx.is_stop(first):
            continue
        out.append(finding(m.start("sur"), m.end(), SCORE, "bracket-forename"))
    return out


def from_script_name(ctx: Context, text: str) -> List[Finding]:
    """"Mei Ling Chow (周美玲, 34)": a name in its own script in brackets after a name (see the module's rule)."""
    res = ctx.res
    if "(" not in text and "（" not in text:
        return []
    out = [finding(m.start("name"), m.end("name"), SCORE, "script-name") for m in _SCRIPT_NAME.finditer(text)
           if res.is_name(m["before"]) and not res.never_name(m["before"])]
    for m in _SCRIPT_FIRST.finditer(text):  # "林志明 (Lam Chi-Ming)": the Latin spelling after it
        parts = [w.lower() for w in _PARTS.split(m["latin"]) if w]
        if any(res.is_name(w) and not res.never_name(w) for w in parts) and all(
                res.is_name(w) and not ctx.is_stop(w) or not (res.is_common(w) or res.never_name(w)) for w in parts):
            out.append(finding(m.start("name"), m.end("name"), SCORE, "script-name"))
    return out
