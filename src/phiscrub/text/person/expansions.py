"""Steps over all the names found: more names from the ones we have, then handles dropped.

``EXPANSIONS`` is the table, in order; each row's function gets every name so
far (earlier rows' included) and returns new ones. Then ``outside_handles``
drops names inside #hashtags and @handles. Every step costs time linear in the
text: names are looked up by position (bisect) or in one pass over the text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Callable, Iterable, List, Tuple

import regex as re

from phiscrub.text.nicknames import NICK_ADJECTIVES
from phiscrub.text.person.bracketed import STAFF_GROUPS, STAFF_JOBS
from phiscrub.text.person.cells import from_cell_siblings
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import edge_junk, not_a_person, sentence_start
from phiscrub.text.person.line_list import from_line_lists, from_timed_lists
from phiscrub.text.person.repeats import repeats
from phiscrub.text.person.things import ANIMAL_BEFORE
from phiscrub.text.person.tokens import LIST_SEP, TOKEN, ScanOptions, scan, token_ok
from phiscrub.text.words import short_form
from phiscrub.types import Finding

# \Z, not $: "Love,\nHope" is a closing and a signature, not a list across the line break
LIST_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’\-]*)(?:[ \t]*(?:,|&|\+|/|↔|⇄|<->)[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)\Z", re.IGNORECASE)
# after a name (its possessive, or "in bed 4" between): a bracketed or quoted word
NICKNAME = re.compile(
    r"(?:['’]s)?(?:[ \t]+in[ \t]+(?:bed|bay|side[ \t]*room|room)[ \t]*\d{1,3})?"
    r"(?:[ \t]*[(\[][ \t]*['\"‘“]?(?P<nick>[^\W\d_][\w'’-]*?)['\"’”]?[ \t]*[)\]]"
    # a quoted name of one or two words in brackets, after "goes by" or "known as": '(goes by "Chi Chi")', '(likes "Lee")'
    r"|[ \t]*[(\[][ \t]*(?:(?i:goes[ \t]+by|known[ \t]+as|aka|prefers|likes|called)[ \t]+)?['\"‘“]"
    r"(?P<quoted2>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)['\"’”][ \t]*[)\]]"
    r"|(?:[ \t]+[–—-])?[ \t]+['\"‘“](?P<quoted>[A-Z][a-z]+)['\"’”](?![\w]))")  # '– "Pat" to everyone' too
HANDLE = re.compile(r"[#@][\w]+")
# a staffing role in brackets between a name and the list's next one: the staff jobs and groups of ``bracketed`` and a
# shift's roles ("MWs: Dawn (coord), April, Summer")
GLOSS = re.compile(rf"[ \t]*\([ \t]*(?i:{STAFF_JOBS}|{STAFF_GROUPS}|coord|co-ord|nic|in[ \t]+charge|lead|(?:bleep|ext\.?)[ \t]*\d{{3,5}}"
                   r"|rn|mw|sn)[ \t]*\)(?=[ \t]*(?:,|&|\+|/|\band\b))")
CAMEL_HEAD = re.compile(r"[A-Za-z][a-z'’-]*")


def _list_neighbours(ctx: Context, text: str, f: Finding) -> List[Tuple[int, int]]:
    """Name spans right after ``f`` across a list separator, and the word right before one."""
    cands = []
    gloss = GLOSS.match(text, f.end)  # a role in brackets between: "MWs: Dawn (coord), April, Summer"
    m = LIST_SEP.match(text, gloss.end() if gloss else f.end, (gloss.end() if gloss else f.end) + 12)
    seed_lower = text[f.start:f.end].islower()
    if m:
        # in a list with a name, a well-known first name that is a word is one too ("Pauline, April and
        # Shazia"), and a quoted one ('Jonah, Anjali and "Taffy"': ``scan`` reads inside the quotes)
        found = scan(ctx, text, m.end(), ScanOptions(lower=seed_lower, thanked=True))
        adjective = _NICK_ADJECTIVE.match(text, m.end())  # "Ailsa and Big Tam": the name after a nickname's adjective
        cands += found or _day_named(ctx, text, m.end()) or (
            [s for s in scan(ctx, text, adjective.end(), ScanOptions(first_name=True)) if ctx.res.is_first_name(
                text[s[0]:s[1]].split()[0])] if adjective else [])
        nxt = TOKEN.match(text, m.end())
        if seed_lower and nxt and _lower_first_name(ctx, nxt.group()):  # "kai and precious on bays"
            cands.append((nxt.start(), nxt.end()))
    lo = max(0, f.start - 40)
    m = LIST_BEFORE.search(text[lo:f.start])
    # before a lower-case name, a lower-case first name too: "kai and precious on bays"
    if m and _interjection(ctx, text, lo + m.start(1), m.group()):
        m = None
    if m and (token_ok(ctx, m.group(1), allow_lower=False, strong=False)
              or (seed_lower and _lower_first_name(ctx, m.group(1)))):
        cands.append((lo + m.start(1), lo + m.start(1) + len(m.group(1))))
    return cands


# a weekday's short form that is also a given name, then a name: "Gemma Le Page, Nico Ozanne and Thu Trang"
_DAY_NAME = re.compile(r"(?P<day>(?-i:Thu|Sun|Mon))[ \t]+(?P<name>(?-i:\p{Lu}\p{Ll}+))\b(?![ \t]*(?:\d|[–-]))")


_NICK_ADJECTIVE = re.compile("(?-i:" + "|".join(sorted(a.capitalize() for a in NICK_ADJECTIVES)) + r")[ \t]+(?=\p{Lu})")


def _day_named(ctx: Context, text: str, pos: int) -> List[Tuple[int, int]]:
    """A list's next item of two words whose first is a weekday's short form and a given name (Vietnamese "Thu",
    Korean "Sun") and whose second a name: the list of names makes it one ("… and Thu Trang who swam"), where alone
    it may be a rota's day and the name on it ("Thu Sarah LD")."""
    m = _DAY_NAME.match(text, pos)
    if m is None or not ctx.res.is_first_name(m["day"]) or not ctx.res.is_name(m["name"]) \
            or ctx.res.never_name(m["name"]):
        return []
    return [(m.start(), m.end())]


def _interjection(ctx: Context, text: str, start: int, before: str) -> bool:
    """"Aw, Morag", "Och, Hamish", "Right, Sam", "Love, Maria": a word opening a sentence with a comma
    before a name greets, exclaims or signs off, unless it is a first name itself ("Sam, Jo and Kai")
    that is no closing word ("Hope, Jo and Kai" lists; "Love, Maria" signs off)."""
    word = before.split(",")[0].strip()
    return ("," in before and "and" not in before.lower() and "&" not in before
            and sentence_start(text, start)
            and (not ctx.res.is_first_name(word) or word.lower() in ctx.vocab.closing_words))


def _lower_first_name(ctx: Context, word: str) -> bool:
    """A lower-case gazetteer first name that may stand in a lower-case list of names."""
    return word.islower() and ctx.res.is_first_name(word) and not edge_junk(ctx, word)


def from_lists(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    """Siblings in a list with a name: "Lerato, Magdalena, Emeka, Siân, Callum and Yui" (not places)."""
    out: List[Finding] = []
    seen = {(f.start, f.end) for f in found}
    frontier = [f for f in found if f.score >= 0.5]
    while frontier:
        for s, e in _list_neighbours(ctx, text, frontier.pop()):
            if (s, e) in seen or not_a_person(ctx, text, s, e) or _cell_label(ctx, text, s, e) or _placed_first(ctx, text, s):
                continue
            seen.add((s, e))
            g = finding(s, e, 0.55, "list")
            out.append(g)
            frontier.append(g)
    return out


def _placed_first(ctx: Context, text: str, start: int) -> bool:
    """A sibling opening on a place or a shop that is no name: its branch, not a person ("Kunle Ajayi, Specsavers
    Washington")."""
    w = TOKEN.match(text, start)
    return w is not None and ctx.res.is_place(w.group().lower()) and not ctx.res.is_name(w.group().lower())


_LABEL_NEXT = re.compile(r"[ \t]*:[ \t]*\p{Lu}")


def _cell_label(ctx: Context, text: str, s: int, e: int) -> bool:
    """A word right before a colon and a capital that is no first name, or a short one in capitals, labels the next
    cell ("Physio: Gethin / TI: Precious"): it is no sibling of the name before it."""
    word = text[s:e]
    return _LABEL_NEXT.match(text, e) is not None and (
        not ctx.res.is_first_name(word) or (word.isupper() and len(word) <= 3))


# one or two capitalised words between two names of a list: "Wiesława, Bola, Tariq bin Hamid"
_BETWEEN = re.compile(r"[ \t]*,[ \t]*(?P<w>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)[ \t]*(?:,|&|and)[ \t]*")


def between_names(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    """A word between two names of one comma list is a name too, even an ordinary word ("Bola"),
    unless a keep word, a stop word or a place ("Sam, London, Jo" stays)."""
    names = sorted(found, key=lambda f: f.start)
    out = []
    for a, b in zip(names, names[1:], strict=False):
        m = _BETWEEN.fullmatch(text, a.end, b.start)
        if m is None or any(ctx.res.never_name(w) or ctx.is_stop(w.lower()) or ctx.res.is_place(w)
                            for w in m.group("w").split()):
            continue
        if not not_a_person(ctx, text, m.start("w"), m.end("w")):
            out.append(finding(m.start("w"), m.end("w"), 0.55, "between"))
    return out


def nicknames(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    """A quoted or bracketed word right after a name (or its possessive, or "in bed 4") is its
    nickname or first name: "Obinna Eze ('Obi')", 'O'DONNELL, Seamus "Shay"', "mr ahmed (farooq)",
    "mr o'neill in bed 4 (seamus)".

    Avoids: a title in brackets ("PATTERSON, Joan (Mrs)"), an ordinary word in brackets unquoted
    ("(Retired)", "(Wife)"; but "('Obi')" is a nickname), a lower-case word that is no first
    name of the gazetteer or is also a word ("(bkd at …)").
    """
    out = []
    res = ctx.res
    for f in found:
        m = NICKNAME.match(text, f.end)
        if not m:
            continue
        group = next(g for g in ("nick", "quoted", "quoted2") if m.group(g))
        nick = m.group(group)
        quoted = group != "nick" or any(q in m.group() for q in "'\"‘“")
        if any(res.never_name(w) or ctx.is_stop(w.lower()) or ctx.vocab.title_word.fullmatch(w)
               or ctx.vocab.relation_word.fullmatch(w) for w in nick.split()):
            continue  # a title or a relation or role word: "Precious (Carer)", "Joan (Mrs)"
        if m.group().lstrip(" \t")[:1] in "–—-" and not (res.is_first_name(nick) and not res.is_common(nick)
                                                      or short_form(nick, text[f.start:f.end])):
            continue  # after a dash, a first name or the name's short form ('– "Pat" to everyone'; not '– "Best"')
        if len(nick) > 1 and (nick.isupper() or sum(map(str.isupper, nick)) >= 2 and not res.is_name(nick)) and not quoted \
                and nick not in _initials(text[f.start:f.end]):
            continue  # an acronym: "daughter Harriet (LPA)", "Mrs Hope (SENCo)"; but "Jadwiga Mazur (JM)": her initials
        if nick.islower() and not (res.is_first_name(nick) and (not res.is_common(nick) or (
                f.rule in ("title", "honorific") and not ctx.vocab.relation_word.fullmatch(nick)))):
            continue  # "(farooq)" is a first name, "mrs mcgillicuddy-ross (pat)" after a title; "(bkd …)", "(son)" not
        if not quoted and (res.is_common(nick) or res.is_place(nick)) and not res.is_first_name(nick):
            continue  # "(Retired)", and where they are from or work: "Harriet (Comms)", "Sam (Leeds)"
        out.append(finding(m.start(group), m.end(group), 0.6, "nickname"))
    return out + _quoted_before(ctx, text, found)


# a quoted nickname right before the whole name in brackets: '"Smudge" (Daniel Ashworth)'
_QUOTED_BEFORE = re.compile(r"(?<![\w'’])[\"“‘'](?P<nick>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)[\"”’'][ \t]*\(\Z")


def _quoted_before(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    """A quoted nickname before a name in brackets is the same person's ('"Smudge" (Daniel Ashworth) – lives with his
    nan'), unless a keep, stop, title or relation word ('"Nan" (Edna Hollis)' keeps the kin word)."""
    out = []
    for f in found:
        m = _QUOTED_BEFORE.search(text, max(0, f.start - 40), f.start) if text[f.start - 1:f.start] == "(" else None
        if m and not any(ctx.res.never_name(w) or ctx.is_stop(w.lower()) or ctx.vocab.title_word.fullmatch(w)
                         or ctx.vocab.relation_word.fullmatch(w.lower()) for w in m["nick"].split()):
            out.append(finding(m.start("nick"), m.end("nick"), 0.6, "nickname"))
    return out


def _initials(name: str) -> set:
    """The initials a name may be known by: of every part ("JM" for Jadwiga Mazur), of the first name's parts ("JL" for
    Jean-Luc), of the first and last names ("JF" for Jean-Luc de la Fontaine-Okafor)."""
    words = [w for w in name.split() if w[:1].isupper()]
    if not words:
        return set()
    head = "".join(p[0] for p in words[0].split("-") if p)
    out = {"".join(p[0] for w in words for p in w.split("-") if p[:1].isupper()), head, head + words[-1][0], words[0][0] + words[-1][0]}
    return {i for i in out if len(i) > 1}


@dataclass(frozen=True)
class Expansion:
    """One row of the expansion table: the finding's rule id and the step."""

    rule: str
    find: Callable[[Context, str, List[Finding]], List[Finding]]


EXPANSIONS: Tuple[Expansion, ...] = (
    Expansion("list", from_lists),
    Expansion("between", between_names),
    Expansion("line-list", from_line_lists),
    Expansion("timed-list", from_timed_lists),
    Expansion("cell-sibling", from_cell_siblings),
    Expansion("nickname", nicknames),
    Expansion("repeat", repeats),
)


def _personal_handle(ctx: Context, text: str, f: Finding, handle: Tuple[int, int]) -> bool:
    """"@Zainab" is a person; "@DevonAirAmbulance" (more than two capitals) is an organisation; rule
    ``personal-handle`` read the whole handle ("@KemiAdeyemiRN")."""
    s, e = handle
    return text[s] == "@" and f.start == s + 1 and f.end >= e and (f.rule == "personal-handle" or (
        ctx.res.is_first_name(CAMEL_HEAD.match(text, f.start).group()) and sum(ch.isupper() for ch in text[s:e]) <= 2))


def outside_handles(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    """Drop names inside #hashtags and @handles, unless an @handle is a person's name ("@Zainab")."""
    handles = [m.span() for m in HANDLE.finditer(text)]
    if not handles:
        return found
    starts = [s for s, _ in handles]  # handles do not overlap: the last one starting at or before a name is the only candidate
    out = []
    for f in found:
        k = bisect_right(starts, f.start) - 1
        if k < 0 or f.start >= handles[k][1] or _personal_handle(ctx, text, f, handles[k]):
            out.append(f)
    return out


def expand(ctx: Context, text: str, names: Iterable[Finding]) -> List[Finding]:
    """``names`` and every expansion in table order, then without names inside handles."""
    out = [_without_title(ctx, text, f) for f in names]
    for step in EXPANSIONS:
        out += step.find(ctx, text, out)
    return [_without_title(ctx, text, f) for f in _not_pets(text, outside_handles(ctx, text, out))]


def _not_pets(text: str, found: List[Finding]) -> List[Finding]:
    """A name that stands right after an animal word anywhere is the pet's everywhere ("feed his cat Stanley.
    (Neighbour did. Stanley is fine.)"), unless a title or a field label named it (score 0.75 and over)."""
    pets = {text[f.start:f.end].lower() for f in found if ANIMAL_BEFORE.search(text, max(0, f.start - 40), f.start)}
    return [f for f in found if f.score >= 0.75 or text[f.start:f.end].lower() not in pets] if pets else found


LEADING_WORD = re.compile(r"([^\W\d_]+)\.?[ \t]+(?=[^\W\d_])")


def _without_title(ctx: Context, text: str, f: Finding) -> Finding:
    """A title never lies inside a name's span ("Aling Nenita", "Mang Ramon" -> the name alone),
    whichever rule or merge put it there."""
    m = LEADING_WORD.match(text, f.start, f.end)
    if not m or not ctx.vocab.title_word.fullmatch(m.group(1)) or ctx.res.is_first_name(m.group(1)):
        return f
    return replace(f, start=m.end())
