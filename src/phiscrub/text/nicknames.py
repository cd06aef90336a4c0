"""Nicknames around a name: the ``nickname-between`` growth of the completion stage (``complete``).

'Thomas "Tommo" Reid', "Edith (Edie) Marsh" (a nickname between two names); '"Big Tam" McGregor'
(a quoted nickname before a surname); '"Big Frank"' (a name quoted with its nickname's words), or unquoted ("Big
Al", "Wee Jimmy": the adjective before a first name); and
"Reginald Buxton (Reg)", 'Chidinma Okeke ("Chi Chi")' (a nickname in brackets or quotes right after a
whole name: a short form of the first name, or first names no list knows as words); "Mo (Maureen O'Driscoll)" (the
name someone goes by before their whole name in brackets). Avoids: a word in
brackets that is no name ("Joan Smith (wife)", "(NOK)", "(room 7)"), a quoted word before a name
('the "Amazing" Maria Lopez').
"""

from __future__ import annotations

from typing import Optional, Tuple

import regex as re

from phiscrub.text import words as wd
from phiscrub.types import Finding

QUOTED_NAME = re.compile(r"(?<![\w])[\"“‘'](?P<nick>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,2})[\"”’'](?![\w])")
NICKNAME_BEFORE = re.compile(r"(?<![\w])[\"“‘'](?P<nick>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)[\"”’'][ \t]+\Z")
# the adjectives a nickname opens with ("Big Mick", "Wee Jimmy", "Little Mo"), and one capitalised right before a
# first name, unquoted ("Big Al")
NICK_ADJECTIVES = frozenset("big little wee lil young old mad fat tall".split())
NICK_ADJECTIVE_BEFORE = re.compile(r"(?<![\w'’\"“‘-])(?:" + "|".join(sorted({a.capitalize() for a in NICK_ADJECTIVES}
                                   | {a.upper() for a in NICK_ADJECTIVES})) + r")[ \t]$")
NICK_ADJECTIVE_LOWER = re.compile(r"(?<![\w'’\"“‘-])(?:" + "|".join(sorted(NICK_ADJECTIVES)) + r")[ \t]$")  # in chat's case
# right after the name: "(Reg)", '("Chi Chi")', "“Tommo”"
# all in lower case, as bed lists and chat write it: "b4 wojciech ('wojtek') nowicki 70m", "margaret (peggy) hale"
NICKNAME_LOWER = re.compile(r"(?<![\w'’\-])(?P<first>\p{Ll}[\p{Ll}'’\-]+)[ \t]+(?:\((?P<q>[\"'‘“]?)(?P<nick>\p{Ll}+)[\"'’”]?\)"
                            r"|(?P<q2>[\"‘“'])(?P<nick2>\p{Ll}+)[\"'’”])[ \t]+(?P<last>\p{Ll}[\p{Ll}'’\-]+)(?![\w'’-])")
LOWER_QUOTED_AFTER = re.compile(r"[ \t]*\(?[\"“‘']\p{Ll}+[\"”’']\)?(?![\w'’-])")
NICKNAME_AFTER = re.compile(r"[ \t]*\(?[\"“‘']?(?P<nick>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)[\"”’']?\)?"
                            r"(?![\w'’-])")


# a comma-inverted name's surname before its first name: "O'DRISCOLL, PATRICK (PADDY)", "Walsh, Mary (Molly)"
INVERTED_BEFORE = re.compile(r"(?<![\w'’-])\p{Lu}[\p{L}'’-]+,[ \t]*\Z")
_TITLE_BEFORE = re.compile(r"(?i:\b(?:mr|mrs|ms|miss|mx|dr))\.?[ \t]+\Z")


def initial_of(first: str, nick: str, text: str = "", at: int = 0) -> bool:
    """Whether ``first`` (at ``text[at:]``) is an initial (dotted or not) the nickname opens with ("P (Pat) Donnelly"),
    or any after a title ("Mr A (Tony) Okoro": Anthony)."""
    return len(first.rstrip(".")) == 1 and (nick[:1] == first[:1] or _TITLE_BEFORE.search(text, max(0, at - 6), at)
                                             is not None)


def nickname_around(text: str, f: Finding, res, taken) -> Optional[Tuple[int, int]]:
    """The span of ``f`` grown over a nickname between, before, around or after it (module docstring)."""
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = len(text) if text.find("\n", f.end) < 0 else text.find("\n", f.end)
    for m in wd.NICKNAME.finditer(text, max(line_start, f.start - 40), min(line_end, f.end + 40), overlapped=True):
        if m.start() < f.end and f.start < m.end() and (m.start(), m.end()) != (f.start, f.end):
            first, last = m.group("first"), wd.without_possessive(m.group("last"))
            initial = initial_of(first, m.group("nick"), text, m.start())
            if not initial and ((res.is_stop(first) and not wd.well_known_first_name(first, res)) or (
                    not res.is_first_name(first) and (res.is_common(first) or res.never_name(last))) or (
                    res.is_common(last) and not res.is_name(last))):
                continue  # 'Thanks "Big Al" Holland': the name is the nickname's only (an initial is: "P. (Pat) Donnelly");
                # "SON (DAVID) AWARE": a word after the brackets that is no name
            return min(f.start, m.start()), max(f.end, m.end("last"))
    lower = _lower_nickname(text, f, res, line_start, line_end)
    if lower is not None:
        return lower
    m = NICKNAME_BEFORE.search(text, max(line_start, f.start - 30), f.start)
    if m and any(res.is_first_name(w) or not res.is_common(w) for w in m.group("nick").split()):
        return m.start(), f.end  # '"Big Tam" McGregor': a quoted nickname before the surname
    for m in QUOTED_NAME.finditer(text, max(line_start, f.start - 30), min(line_end, f.end + 30)):
        if m.start("nick") <= f.start and f.end <= m.end("nick") and (m.start("nick"), m.end("nick")) != (f.start, f.end):
            return m.span("nick")  # '"Big Frank"': the nickname is quoted whole
    name = text[f.start:f.end]
    adjective = (NICK_ADJECTIVE_LOWER if name.islower() else NICK_ADJECTIVE_BEFORE).search(text, max(line_start, f.start - 8),
                                                                                         f.start)
    if adjective and " " not in name and res.is_first_name(name):
        return adjective.start(), f.end  # "Big Al", "Wee Jimmy", chat's "big dave": an unquoted nickname, the adjective its part
    return _nickname_before_bracket(text, f, res, taken) or _nickname_after(text, f, res)


# the name someone goes by, then their whole name in brackets: "Collection for Mo (Maureen O'Driscoll, Theatre Recovery)"
NICK_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])(?P<nick>\p{Lu}[\p{Ll}'’-]{1,6})[ \t]*\([ \t]*\Z")


def _nickname_before_bracket(text: str, f: Finding, res, taken) -> Optional[Tuple[int, int]]:
    """"Mo (Maureen O'Driscoll, …)", "Dec (Declan Hughes)": a short capitalised word right before a bracket that opens
    on a whole name is the name that person goes by: a short form of the first name, one with its initial, or a first
    name that is no word. Avoids: keep, stop and relation words ("Mum (Jean Hale)", "Ward (Jean Hale)")."""
    words = text[f.start:f.end].split()
    m = NICK_BEFORE_BRACKET.search(text, max(0, f.start - 12), f.start)
    if m is None or len(words) < 2 or taken.any_in(*m.span("nick")):
        return None  # (a name found already keeps its own span: "Mr Li (Li Wei)")
    nick, low = m["nick"], m["nick"].lower()
    if res.never_name(low) or res.is_stop(low):
        return None
    same = wd.short_form(nick, words[0]) or nick[0] == words[0][0]  # "Dec" of Declan, "Mo" of Maureen
    return (m.start(), f.end) if same or (res.is_first_name(low) and not res.is_common(low)) else None


def _lower_nickname(text: str, f: Finding, res, line_start: int, line_end: int) -> Optional[Tuple[int, int]]:
    """"wojciech ('wojtek') nowicki", "margaret (peggy) hale": a lower-case name with its nickname between, where
    one of its names was found; the nickname is quoted or a first name, and neither name is an ordinary word
    unless a first name ("the (new) patient" is none)."""
    for m in NICKNAME_LOWER.finditer(text, max(line_start, f.start - 40), min(line_end, f.end + 40), overlapped=True):
        if not (m.start() < f.end and f.start < m.end()):
            continue
        nick = m.group("nick") or m.group("nick2")
        quoted = bool(m.group("q") or m.group("q2"))
        names = (m.group("first"), m.group("last"))
        if (quoted or res.is_first_name(nick)) and not any(
                res.is_stop(w) or (res.is_common(w) and not res.is_name(w)) for w in names):
            return min(f.start, m.start()), max(f.end, m.end())
    return None


def _nickname_after(text: str, f: Finding, res) -> Optional[Tuple[int, int]]:
    """"Reginald Buxton (Reg)": brackets or quotes right after a name of two words or more (or a first name after its
    comma-inverted surname: "O'DRISCOLL, PATRICK (PADDY)"), holding a short form of its first name or first names that
    are no ordinary words; after a first name alone, its short form only ('Chiamaka "Chi"')."""
    words = text[f.start:f.end].split()
    if text[f.start:f.end].islower() and (low := LOWER_QUOTED_AFTER.match(text, f.end)):
        return f.start, low.end()  # 'bradford, william ("bill") 88': a lower-case name's quoted nickname
    m = NICKNAME_AFTER.match(text, f.end)
    if m is None or m.group() == m.group("nick") or not m.group().strip().startswith(("(", '"', "“", "‘", "'")):
        return None
    if m.group().strip().startswith("(") and not m.group().endswith(")"):
        return None  # a bracket the nickname does not close: "Obinna Nwachukwu (REN 40772)", an identifier's label
    nick = m.group("nick").rstrip("'’").split()  # "('Chi')": the closing quote is no part of it
    short = wd.short_form(nick[0], words[0]) and len(nick[0]) < len(words[0])
    whole = len(words) > 1 or INVERTED_BEFORE.search(text, max(0, f.start - 40), f.start) is not None  # "KOWALSKI, ANNA"
    named = whole and all(res.is_first_name(w) and (not res.is_common(w) or wd.well_known_first_name(w, res))
                          and not res.never_name(w) for w in nick)  # "(PADDY)", "(Peggy)"; not "(Bay)"
    return (f.start, m.end()) if short or named else None
