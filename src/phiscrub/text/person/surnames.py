"""Full names anchored on a known surname: "Ifeoma Nwachukwu has been nominated", "Bukola Adeyemi-Ojo".

Rule: a capitalised surname of the gazetteer (a hyphenated one when any part
is), right after a capitalised word on the same line, takes that word with it
when the word is no ordinary word, place, keep or stop word: a first name the
first-name list lacks (Yoruba, Igbo, Akan, Tamil and many other names are not
in it, while the surname list has many of their surnames).

Source: surname gazetteer as in ``phiscrub.resources``.
Avoids: a surname that is an ordinary word or a place ("Baker", "Bradford"),
ordinary or place words before it ("Ward Khan", "Leeds Patel"), acronyms
("ED Patel"), a name inside a handle or hashtag, and what ``not_a_person``
calls a place or a thing ("Ysbyty Gwynedd").
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.nicknames import NICK_ADJECTIVES, initial_of
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.eponyms import eponym
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.person.lone_caps import from_lone_caps, known_surname
from phiscrub.text.person.ordinary import ordinary
from phiscrub.text.words import NICKNAME, RECORD_LABEL, named_first_name, short_form
from phiscrub.types import Finding

PAIR = re.compile(
    r"(?<![\w@#/.'’-])(?P<first>[A-Z][a-z][\w'’-]*)[ \t]+(?P<last>[A-Z][a-z][\w'’-]*?)(?:['’]s)?(?![\w'’-])"
)
SCORE = 0.6


def from_surname_pair(ctx: Context, text: str) -> List[Finding]:
    """An unknown capitalised word before a known surname: both words are the name."""
    out = []
    for m in PAIR.finditer(text, overlapped=True):
        first, last = m["first"], m["last"]
        if not ((known_surname(ctx, last) and _unknown(ctx, first)) or _double_barrelled(ctx, first, last)):
            continue
        s, e = m.start("first"), m.end("last")
        if eponym(ctx, text, e, last) or not_a_person(ctx, text, s, e):
            continue
        out.append(finding(s, e, SCORE, "surname-pair"))
    return out


def _double_barrelled(ctx: Context, first: str, last: str) -> bool:
    """A first name of the gazetteer, even a town, a keep word or a word ("Lincoln", "Grace"), then a double-barrelled surname: two
    title-case parts, one a surname and each a surname or no word, no keep word, the whole no place ("Lincoln
    Adeyinka-Moss"; not "Lincoln Rolls-Royce": "Rolls" is a word and no surname)."""
    res, parts = ctx.res, last.split("-")
    if len(parts) != 2 or not all(p.isalpha() and p.istitle() for p in parts) or not res.is_first_name(first) or (
            ctx.is_stop(first.lower()) or res.is_place(last)):  # a keep word too: "Lincoln" names a hospital
        return False
    return (any(res.is_surname(p) for p in parts) and all(res.is_surname(p) or not res.is_common(p) for p in parts)
            and not any(res.never_name(p) or ctx.is_stop(p.lower()) for p in parts))


# a first name and a surname in block capitals, a middle initial between at most: "PETER ŁUKASZEWICZ", "DANIEL J FORSYTHE"
CAPS_PAIR = re.compile(r"(?<![\w@#/.'’-])(?P<first>\p{Lu}{3,})(?:[ \t]+\p{Lu}\.?)?[ \t]+(?P<last>\p{Lu}[\p{Lu}'’-]{3,})(?![\w'’-])")
_COMMON_NAME = 8  # a first name this common (``anglo_first_names``' scale) outranks its reading as a word


def from_caps_pair(ctx: Context, text: str) -> List[Finding]:
    """Rule ``caps-pair``: a first name of the gazetteer in capitals that is no ordinary word or place, then a word in
    capitals that is a surname or no word of any list ("PETER ŁUKASZEWICZ — DOB …"); a first name that is also a word
    only when it is far more often a name ("PETER", "JOHN"; not "GRACE", "ROSE"). Avoids: an ordinary or keep word
    after it ("GRACE PERIOD", "JOHN RADCLIFFE HOSPITAL" stays the keep list's), a short acronym ("ALAN CTPA": four
    letters or fewer that no surname list holds)."""
    res = ctx.res
    out = []
    for m in CAPS_PAIR.finditer(text, overlapped=True):
        first, last = m["first"].lower(), m["last"].lower()
        if not res.is_first_name(first) or not _unknown(ctx, first) or (
                res.is_common(first) and res.anglo_first_names.get(first, 0) < _COMMON_NAME):
            continue  # "PETER", "JOHN": names far more than words
        parts = [p for p in last.split("-") if p]
        if not parts or not (len(last) >= 5 or res.is_surname(last)) or any(
                ordinary(ctx, p) or res.is_place(p) or res.never_name(p) or ctx.is_stop(p) for p in parts):
            continue
        s, e = m.start("first"), m.end("last")
        if not (eponym(ctx, text, e, m["last"]) or not_a_person(ctx, text, s, e)):
            out.append(finding(s, e, SCORE, "caps-pair"))
    return out + from_lone_caps(ctx, text)


def _unknown(ctx: Context, word: str) -> bool:
    """A word that can only be a name here: no ordinary, stop, keep, place or relation word ("Crewmates Dai"),
    three letters or more."""
    res = ctx.res
    w = word.lower()
    return (len(w) >= 3 and not ctx.is_stop(w) and not res.never_name(w) and not res.is_place(w)
            and (not res.is_common(w) or res.is_first_name(w)) and not ctx.vocab.relation_word.fullmatch(w))


# a patient's record label in brackets after a name: "for Daniel Ward (RiO 1048372)", "Ann Bay (NHS no …"
# a bracket opening on a record label, a staff number's label or an identifier's shape ("(RTH1190426)")
# a patient's record number: a hospital number's letters and digits, a prisoner's number, an NHS number
_RECORD_NO = r"(?:[A-Z]{1,4}\d{0,2}[ /-]?\d{6,10}|[A-Z]\d{4}[A-Z]{2}|\d{3}[ -]?\d{3}[ -]?\d{4})"
# a surname in capitals, a comma, then a record number and a separator
CAPS_SURNAME_ID = re.compile(rf"(?<![\w'’-])(?P<sur>[A-Z][A-Z'’-]{{3,}})[ \t]*,[ \t]*{_RECORD_NO}(?=[ \t]*(?:[,;)–—-]|$))",
                             re.MULTILINE)
# a list's line opening on a prisoner's or hospital number, then the surname in capitals (and a forename): "A1234BC
# DELANEY – refused methadone", "K0931111 OKORO Tobenna – CTPA"
ID_THEN_SURNAME = re.compile(rf"^[ \t]*{_RECORD_NO}[ \t]+(?P<sur>[A-Z][A-Z'’-]{{2,}})"
                             r"(?:[ \t]+(?P<fore>\p{Lu}\p{Ll}+))?(?=[ \t]*(?:[–—,:]|-[ \t]|$))", re.MULTILINE)
# ... or the surname (and an initial) first, then the number: "PATTERSON A2291LM – methadone 45ml", "SINGH R A4490CC –"
SURNAME_THEN_ID = re.compile(rf"^[ \t]*(?P<sur>[A-Z][A-Z'’-]{{2,}})(?P<fore>[ \t][A-Z])?[ \t]+{_RECORD_NO}"
                             r"(?=[ \t]*(?:[–—,:]|-[ \t]|$))", re.MULTILINE)
ID_AFTER = re.compile(rf"[ \t]*\([ \t]*(?:{RECORD_LABEL}|(?i:employee|staff|payroll|assignment)[ \t]*(?:no|number|id)\b"
                      r"|[A-Z]{0,4}[ /-]?\d{6,10}[ \t]*\))"
                      r"|[ \t]*[,–—-]?[ \t]*[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D](?![\w])")  # "Joan English QQ 12 34 56 C"


def from_name_before_id(ctx: Context, text: str) -> List[Finding]:
    """Rule ``name-before-id``: a first name of the gazetteer (or two words no list knows) and a capitalised word
    right before a bracketed record label, staff number label or identifier, or an NI number, are a person's full name, even when
    the second word is a keep word or a place ("Daniel Ward (RiO …)", "Grace Kendal (DOB …)", "Senait Tesfay
    (RTH1190426)"); or a known surname in capitals, a comma and a number ("MORRIS, A2290BF, two officers"), or a
    list's line opening on the number, then that surname ("A1234BC DELANEY – refused"), or on the surname and then the number
    ("DELANEY A1234BC – refused"); only people have record numbers."""
    out = []
    for m in PAIR.finditer(text, overlapped=True):
        if not ID_AFTER.match(text, m.end()) or not (ctx.res.is_first_name(m["first"]) or (
                _unknown(ctx, m["first"]) and _unknown(ctx, m["last"]))):
            continue
        if ctx.is_stop(m["first"].lower()) or ctx.vocab.title_word.fullmatch(m["first"]):
            continue
        out.append(finding(m.start("first"), m.end("last"), 0.75, "name-before-id"))
    for m in CAPS_SURNAME_ID.finditer(text):  # "MORRIS, A2290BF, two officers": a list's surname, then the number
        w = m["sur"].lower()
        if ctx.res.is_surname(w) and not (ctx.res.never_name(w) or ctx.res.is_place(w) or ctx.is_stop(w)):
            out.append(finding(m.start("sur"), m.end("sur"), 0.75, "name-before-id"))
    for m in [*ID_THEN_SURNAME.finditer(text), *SURNAME_THEN_ID.finditer(text)]:  # "A1234BC DELANEY – refused", "DELANEY A1234BC –"
        w = m["sur"].lower()
        if ctx.res.is_name(w) and not (ctx.res.never_name(w) or ctx.res.is_place(w) or ctx.is_stop(w)):
            out.append(finding(m.start("sur"), m.end("fore") if m["fore"] else m.end("sur"), 0.75, "name-before-id"))
    return out


def from_nickname(ctx: Context, text: str) -> List[Finding]:
    """'Joy "Tommo" Baker', "Reg (Bunny) Ní Bhriain": a first name, a quoted or bracketed nickname
    and a surname (or a word no list knows) are one name, which the small NER model misses; a first
    name no list knows when the nickname is its short form ("Oyinkansola (Oyin) Adebayo-Smith"); an initial that a
    first name in the brackets opens with, or any after a title ("Mrs P (Pat) Donnelly", "Mr A (Tony) Okoro").
    Avoids: a word before the quotes that is no first name ('Thanks "Big Al" Holland': the
    nickname rule of ``complete`` decides), a keep word or place last ("Joy (Ward 3) Leeds"); a word last
    only after a known first name ('Johnny "Boxer" Connors')."""
    res = ctx.res
    out = []
    for m in NICKNAME.finditer(text):
        first, last = m.group("first"), m.group("last").removesuffix("'s").removesuffix("’s")
        known = res.is_surname(last) or not (res.is_common(last) or res.is_place(last))
        # in capitals the capital says nothing: the last word is a surname or no word ("SON (DAVID) AWARE" is none)
        last_ok = not res.never_name(last) and (known or not (res.is_place(last) or m.group().isupper()))
        short = short_form(m.group("nick").split()[0], first) and not (res.is_common(first) or res.is_place(first))
        # a known first name, a nickname in quotes and a capitalised word: the layout makes that word the surname even
        # when it is also a word ('Johnny "Boxer" Connors'); after an unknown first name only a surname or no word
        if (named_first_name(first, res) and last_ok) or (short and known) or (  # short: "Ifeoluwa ('Ife') Ogundipe"
                initial_of(first, m.group("nick"), text, m.start()) and res.is_first_name(m.group("nick").split()[0])
                and last_ok):
            out.append(finding(m.start(), m.start("last") + len(last), SCORE, "nickname-name"))
    return out


# a quoted name right after a word for a person: 'by the lodger ("Gaz", surname unknown)', "mum's partner ('Big
# Mick')", 'a man called "Spider"'
QUOTED_AFTER = re.compile(r"\b(?P<noun>[a-z]+)[ \t]*(?:\([ \t]*)?[\"'‘“](?P<nick>\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)"
                          r"[\"'’”]")
# a quoted name after words that say what someone is called ('Call me "JJ"', 'known as "Dom"', 'but I like "JL"'),
# or before words that say who calls them that ('("Daisy" to everyone)', '"Ah Ming" to the family')
_NICK = r"[\"'‘“](?P<nick>\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)[\"'’”]"
QUOTED_NAMING = re.compile(
    r"\b(?:(?i:call(?:s|ed|ing)?\s+(?:me|him|her|them)|known\s+as|goes\s+by|went\s+by|given\s+as|"
    r"(?:likes?|liked|prefers?|preferred|wants?|wanted)\s+to\s+be\s+called|"
    r"prefers(?:\s+to\s+be\s+called)?|preferred\s+name(?:\s+is)?|answers\s+to|nicknamed|aka|but\s+i\s+(?:like|prefer)))"
    rf"[ \t:]*(?:\([ \t]*)?{_NICK}"
    rf"|(?:\(|,)[ \t]*(?:or[ \t]+)?{_NICK}[ \t]+to[ \t]+(?i:everyone|everybody|the\s+family|family|friends|(?:his|her|their)\s+\w+|us\s+all|"
    r"all|most(?:\s+of)?|many|the\s+whole\s+of|all\s+of|the\s+(?:team|ward|unit|department|lads|girls))\b"
    # a name's alias after "or" ('Ravi Chandrasekaran, or "Chandy",'), and the name a patient's is written as ('the
    # patient's name ("WILKES")', 'the name "Pemberton" is readable'; not a ward's, team's or file's name)
    rf"|(?P<alias>,[ \t]*or[ \t]+){_NICK}|(?<!\b(?i:ward|team|unit|brand|street|trade|user|drug|file|place|code|pet|company|house|road|"
    rf"village|town|product|screen|domain|display|business|band|shop|boat|horse|dog|cat|project|event)[ \t]+)\b(?P<named>(?i:name))[ \t]*(?:\([ \t]*)?{_NICK}")
# a list's item that opens on a quoted name ('4 – "Bob" from the bus stop', '2. "Big T"', 'Contact 1: "Sam"', '¦ "Jade" (legal
# name …)'), and a name whose surname nobody knows ("3) Jade (surname unknown)", "Mo (surname illegible)") or that a
# bracket gives ("Tyler (surname Marsh)")
QUOTED_ITEM = re.compile(rf"(?:(?m:^)|[¦|])[ \t]*(?:(?:[-•*·]|\d{{1,3}}[.):]?|\p{{Lu}}\p{{Ll}}+(?:[ \t]\d{{1,2}})?:)[ \t]*(?:[–—-][ \t]*)?)?{_NICK}")
UNKNOWN_SURNAME = re.compile(r"(?<![\w'’-])(?P<nick>\p{Lu}[\p{Ll}'’-]+)[ \t]*\([ \t]*(?i:(?:no[ \t]+)?(?:surname|last[ \t]+name|second"
                             r"[ \t]+name))(?:[ \t]+(?i:unknown|not[ \t]+known|not[ \t]+given|given|known|n/?k|illegible|unclear|"
                             r"withheld|tbc)\b"
                             r"|[ \t]*:?[ \t]+(?:Ma?c|O['’])?\p{Lu}[\p{Ll}'’-]+[ \t]*\))")  # ... or given: "Tyler (surname Marsh)"
QUOTED_CAPITAL = re.compile(r"[\"'‘“]\p{Lu}")  # the opening of ``_NICK``
PERSON_NOUNS = frozenset("lodger tenant neighbour neighbor friend mate pal man woman lad bloke fella guy male female "
                         "boyfriend girlfriend partner ex carer visitor stranger driver suspect youth".split())


# a quoted short name right before a surname, as bed lists write who a patient is called: 'Rm 7 "Mac" McAllister'
QUOTED_SURNAME = re.compile(r"(?<![\w\"'‘“])[\"'‘“](?P<nick>\p{Lu}[\p{L}'’-]*)[\"'’”][ \t]+(?P<last>\p{Lu}[\p{L}'’-]+)")


def from_quoted_surname(ctx: Context, text: str) -> List[Finding]:
    """'Rm 7 "Mac" McAllister': a quoted capitalised word, then a surname of the gazetteer that is no ordinary word or
    place (or, after a quoted first name, a word no list knows: '"Pip" Ottaway'), are one name with no first name
    before them. Avoids: '"Exit" Stairs' (no surname), '"Urgent" Brown'
    (an ordinary word last), a stop or keep word in the quotes ('"The" Smith')."""
    res = ctx.res
    out = []
    for m in QUOTED_SURNAME.finditer(text):
        nick, last = m["nick"].lower(), m["last"].lower().removesuffix("'s").removesuffix("’s")
        if res.is_common(last) or res.is_place(last) or res.never_name(last) or res.never_name(nick) or ctx.is_stop(nick):
            continue
        if not (res.is_surname(last) and (res.is_name(nick) or not res.is_common(nick))) and not res.is_first_name(nick):
            continue  # a surname after a quoted name or unknown word; a word no list knows only after a first name
        out.append(finding(m.start(), m.start("last") + len(last), SCORE, "nickname-name"))
    return out


def from_quoted(ctx: Context, text: str) -> List[Finding]:
    """Rule ``quoted-name``: a capitalised name in quotes right after a word for a person or a relation is what
    that person is called, even a nickname no list knows ('the lodger ("Gaz")', "her partner ('Big Mick')").
    Avoids: a quote after any other word ('the sign said "Exit"'), keep and stop words ('a friend "Thanks"')."""
    out = []
    quoted = QUOTED_CAPITAL.search(text) is not None  # what QUOTED_AFTER, QUOTED_NAMING and QUOTED_ITEM each need
    items = [m for m in QUOTED_ITEM.finditer(text) if _item_name(ctx, m["nick"])] if quoted else []
    items += list(UNKNOWN_SURNAME.finditer(text)) if "(" in text else []
    for m in (list(QUOTED_AFTER.finditer(text)) + list(QUOTED_NAMING.finditer(text)) if quoted else []) + items:
        nick = m["nick"]
        if m.re is QUOTED_AFTER and m["noun"] not in PERSON_NOUNS and not ctx.vocab.relation_word.fullmatch(m["noun"]):
            continue
        words = nick.split()
        if words[0].lower() in NICK_ADJECTIVES and len(words) > 1:
            words = words[1:]  # "Big Mick", "Wee Jimmy": the adjective is part of the nickname
        if any(ctx.res.never_name(w) or ctx.is_stop(w.lower()) for w in words):
            continue
        if m.re is QUOTED_NAMING and (m.group("alias") or m.group("named")) and not all(
                ctx.res.is_name(w) or not ctx.res.is_common(w) for w in words):
            continue  # after "or" or "name" only a name: 'tea, or "Coffee"', 'the name "Rainbow"' are words
        start = text.index(nick, m.start())
        out.append(finding(start, start + len(nick), SCORE, "quoted-name"))
    return out


def _item_name(ctx: Context, nick: str) -> bool:
    """A quoted list item's name: a first name ('"Bob"'), or a nickname's adjective and a capital ('"Big T"')."""
    words = nick.split()
    if len(words) == 2 and words[0].lower() in NICK_ADJECTIVES:
        return True
    return len(words) == 1 and ctx.res.is_first_name(nick) and not ctx.res.is_place(nick)


# a family named by its surname: "From the Lindsay family", "the Okafor-Bell family's thanks", "the Thistlethwaite
# grandchildren"
FAMILY_SKIP = frozenset({"named-thing", "noun-modifier"})
FAMILY = re.compile(r"(?<![\w'’-])(?i:the)[ \t]+(?P<name>\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t]+(?:family|grandchildren|grandkids|"
                    r"children|kids|boys|girls|clan|household|siblings|sisters|brothers|twins)\b")


# a family named by its surname in the plural: "host family, the Pearsons, in Wiveliscombe", "at the Burrows'"
FAMILY_PLURAL = re.compile(r"(?<![\w'’-])(?i:the)[ \t]+(?P<name>(?P<stem>\p{Lu}\p{Ll}[\p{L}'’-]*?)(?:s|es))['’]?(?![\w'’-])")


# a neonatal unit's name for one of twins or triplets, the surname before the number: "NOWAK twin 1", "Okafor Twin 2"
TWIN = re.compile(r"(?<![\w'’-])(?P<name>\p{Lu}[\p{L}'’-]+)[ \t]+(?i:twin|triplet)[ \t]*(?:\d|[A-C]\b|one\b|two\b|three\b)")


def from_family(ctx: Context, text: str) -> List[Finding]:
    """Rule ``family``: the surname in "the <Surname> family" (or grandchildren, kids, girls…; a surname of the gazetteer, or a word no dictionary
    or gazetteer knows). Avoids: keep, stop and place words ("the Royal family", "the Ward 5 family", "the NHS
    family", "the Leeds family"), an ordinary word no surname list has ("the Nursing family"). Also "the Pearsons": a
    surname of the gazetteer in the plural, neither it nor its plural an ordinary word or place ("the Browns", "the
    Dales" stay). And "NOWAK twin 1": a first name or surname of the gazetteer right before "twin"/"triplet" and its
    number (not a keep, stop or place word: "DCDA twin 1", "Leeds twin 2")."""
    out = []
    res = ctx.res
    for m in FAMILY.finditer(text):  # "family" is the noun the name modifies: those checks are the rule's cue
        w = m["name"].lower()
        if res.never_name(w) or ctx.is_stop(w) or res.is_place(w) or not (res.is_surname(w) or not res.is_common(w)):
            continue
        if not not_a_person(ctx, text, m.start("name"), m.end("name"), FAMILY_SKIP):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "family"))
    for m in FAMILY_PLURAL.finditer(text):  # "the Pearsons": a surname of the gazetteer that is no word, in the plural
        stem, word = m["stem"].lower(), m["name"].lower()
        if not res.is_surname(stem) or any(res.is_common(w) or res.is_place(w) or res.never_name(w) or ctx.is_stop(w)
                                           for w in (stem, word)):
            continue
        if not not_a_person(ctx, text, m.start("name"), m.end("name"), FAMILY_SKIP):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "family"))
    for m in TWIN.finditer(text):
        w = m["name"].lower()
        if res.is_name(w) and not (res.never_name(w) or ctx.is_stop(w) or res.is_place(w)):
            out.append(finding(m.start("name"), m.end("name"), 0.6, "family"))
    return out
