"""The ``unknown-before`` growth of the completion stage (``complete``): a capitalised word no list knows, right
before a one-word name, is the name's first part: "ID badge for Jinu Mathew", "Twin 1 Lowen Trewin", "D'Angelo Russell"; and
a weekday's short form that is a given name, after a clock time and before any name ("09:20 Thu Trang Vu").

A first name the gazetteers lack (Malayalam, Cornish, Tigrinya and many more) left beside a redacted surname is a
half-redacted name, the worst outcome; ``first-name-before`` joins the gazetteer's first names, with its own
checks, and this rule only what no list knows. Avoids: a word any list knows (a first name or surname is left to the
other rules; an ordinary word: "Radiology Mathew" is no name, unless it opens a list's line before a surname no list
calls a word ("Raf Nowicki ↔ Jas Dhillon"); a keep-list word, a stop word, a place, a drug, a
relation word or title: "Daughter-in-law Shirin", "Aling Cora"; but Akan "Nana" before a day name: "Nana Ama"), words in
capitals (acronyms), a word across more than one space (a board's next cell) and a word another finding holds.
"""

from __future__ import annotations

from typing import Optional, Tuple

import regex as re

from phiscrub.resources import WEEKDAY_ABBREVIATIONS
from phiscrub.text.tables import LIST_MARKER
from phiscrub.text.words import Taken, word_case
from phiscrub.types import Finding

# (an apostrophe or a second capital may follow the first letter: "D'Angelo", "DeShawn", "McKenzie")
_WORD_BEFORE = re.compile(r"(?<![\w'’\-.@#/])(?P<w>\p{Lu}(?:['’]\p{Lu}|\p{Ll}\p{Lu})?\p{Ll}{2,}[\p{Ll}'’\-]*) \Z")


# a greeting, a tribute or a credit before a name, no part of it: "Dear Mrs Mensah", "RIP Sanjeevani Raghunathan",
# "Shoutout Kwame on triage" (Welsh "annwyl": dear); ``ner_trim`` drops them from an NER name's head too
LEAD_INS = frozenset({"dear", "dearest", "hi", "hiya", "hello", "hey", "annwyl", "rip", "shoutout", "shout-out", "kudos",
                      "congrats"})
# the Akan day names (Twi and Fante spellings), which a Ghanaian given name "Nana …" goes before: "Nana Ama", "Nana Kwame".
# Source: Akan naming customs (the weekday of birth names the child).
AKAN_DAY_NAMES = frozenset("kwasi kwesi akwasi kwadwo kojo kwabena kobina ekow kwaku kweku yaw kofi fiifi kwame kwamena "
                           "akosua esi adwoa adjoa abena araba akua ekua yaa aba afua efua afia ama amma".split())


# a weekday's short form that is also a given name, between a clock time opening its line and a name: "09:20 Thu Trang
# Vu" (Vietnamese "Thu"); a list writes the day before its time ("Thu 09:20 Ann Lee"), not after it
_TIME_DAY_BEFORE = re.compile(r"(?:^|\n)[ \t]*[0-2]?\d[:.][0-5]\d[ \t]+(?P<w>\p{Lu}\p{Ll}{2,4})[ \t]\Z")


def unknown_before(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    name = text[f.start:f.end]
    day = _TIME_DAY_BEFORE.search(text, max(0, f.start - 20), f.start)
    if day and day["w"].lower() in WEEKDAY_ABBREVIATIONS and res.is_first_name(day["w"]) and not taken.any_in(*day.span("w")):
        return day.start("w"), f.end
    if " " in name.strip():
        return None
    if word_case(name) == "lower":
        return _lower_before(text, f, res, taken)
    if word_case(name) != "title":
        return None
    m = _WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None or taken.any_in(*m.span("w")):
        return None
    w = m.group("w").lower()
    if w == "nana" and name.lower() in AKAN_DAY_NAMES:
        return m.start("w"), f.end  # "Nana Ama on Ward 35": Akan "Nana" opens the given name, no grandmother here
    if res.is_name(w) or res.never_name(w) or res.is_stop(w) or res.is_place(w) or listed(res, w) \
            or _stop_with_clitic(res, w):
        return None
    if res.is_common(w) and not _noun_opening_line(text, m.start("w"), name, w, res):
        return None
    return m.start("w"), f.end


# a line's start, past a list's bullet or number: "Raf Nowicki ↔ Jas Dhillon", "2. Amir Kowalczyk"
_LINE_OPENS = re.compile(rf"(?:^|\n)[ \t]*(?:{LIST_MARKER})?[ \t]*\Z")


def _noun_opening_line(text: str, at: int, name: str, w: str, res) -> bool:
    """A rota's or list's line opening on a word that is a noun of the dictionary too ("Raf": the RAF), then a surname
    of the gazetteer that is no word or first name: the word is the forename (no verb or adjective: "Urgent Kowalski")."""
    last = name.lower()
    return (bool(_LINE_OPENS.search(text, max(0, at - 8), at)) and w not in res.non_noun_words
            and res.is_surname(last) and not res.is_first_name(last) and not res.is_common(last))


def _stop_with_clitic(res, w: str) -> bool:
    """A stop word with its clitic: "She's Hope", "they're", "it'll" are no first names."""
    stem = re.split(r"['’]", w)[0]
    return stem != w and res.is_stop(stem)


def listed(res, w: str) -> bool:
    """A drug, a greeting or a credit ("Shoutout Kwame"), or a relation word or title in any part ("Daughter-in-law
    Shirin", "Grand-daughter Ola", "Aling Cora")."""
    # imported here: the person package imports the completion stage
    from phiscrub.text.person.ordinary import drug_name
    from phiscrub.text.person.vocab import default_vocab

    vocab = default_vocab()
    return w.lower() in LEAD_INS or drug_name(res, w) or any(vocab.relation_word.fullmatch(p) or vocab.title_word.fullmatch(p)
                                    for p in w.split("-") if p)


# in lower case, the word before a one-word name right after a label or a line's start: "Missing: olu gill, 34",
# "Patient padraig brook (MRN …)", "Missing: will kowalczyk"
_LOWER_BEFORE = re.compile(r"(?<![\w'’\-.@#/])(?P<w>\p{Ll}{3,}[\p{Ll}'’\-]*) \Z")
_LABEL_BEFORE = re.compile(r"(?:^|[:|(]|\b(?i:patient|pt|missing|name|dear|re|nok))[ \t]*$", re.MULTILINE)


def _lower_before(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    """A lower-case word no list knows, or a first name that is also a stop word ("will"), right before a one-word
    lower-case name and right after a label or a line's start, is the name's first part."""
    m = _LOWER_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None or taken.any_in(*m.span("w")) or not _LABEL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None
    w = m.group("w")
    unknown = not (res.is_name(w) or res.is_common(w) or res.never_name(w) or res.is_stop(w) or res.is_place(w)
                   or listed(res, w) or _stop_with_clitic(res, w))
    return (m.start("w"), f.end) if unknown or (res.is_first_name(w) and res.is_stop(w)) else None


def as_listed(w: str, res) -> Optional[str]:
    """The word as the gazetteer writes a first name ("D'Angelo", "LaShonda": "Dangelo", "Lashonda"); None if a word
    with an apostrophe or a second capital is no first name there."""
    if w[1:].islower():
        return w
    w = w.replace("'", "").replace("’", "")
    return w if res.is_first_name(w) else None


# a lower-case honorific, then one lower-case word right before the name: "mr hemin ahmed", "dr tochi okonjo"
_HONORIFIC_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]+(?P<w>\p{Ll}[\p{Ll}'’-]+)[ \t]\Z")


def honorific_before(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    """Growth ``honorific-before``: "mr hemin ahmed" (a dictation's or a chat's lower case): after an honorific, the
    word right before a lower-case name is its first name, even an ordinary word ("hemin") or one no list knows; not
    a stop word or a keep word."""
    if not text[f.start:f.end].islower():
        return None
    m = _HONORIFIC_WORD_BEFORE.search(text, max(0, f.start - 40), f.start)
    if m is None or taken.any_in(*m.span("w")) or res.is_stop(m["w"]) or res.never_name(m["w"]):
        return None
    return m.start("w"), f.end



# verbs that ask for a person, typed before their name in chat ("tell dev patel he's on", "ring kim", "ask jo"): a first
# name of some list, but a verb first when it is rare as a name in the UK
ASKING_VERBS = frozenset({"tell", "ask", "ring", "call", "phone", "text", "message", "remind", "page", "bleep", "send"})


def rare_verb(word: str, res) -> bool:
    """An asking verb that is only rarely a first name here ("tell"; not "will"): no first name before a lower-case
    name ("tell dev patel he's on"), even opening a line."""
    w = word.lower()
    return w in ASKING_VERBS and res.anglo_first_names.get(w, 0) < 2


_INITIAL_BEFORE = re.compile(r"(?<![\w'’\-.])(?P<w>[A-Z]\.|Ma\.)[ \t]$|(?<=^|\n|:[ \t]?|[ \t]{2}|(?<![\w.])[A-Z][ \t])(?P<w>[A-Z])[ \t]\Z")
_INITIALS_BEFORE = re.compile(r"(?<![\w'’\-.&/])(?P<w>[A-Z]{2})[ \t]\Z")


def initial_before(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    """The ``first-name-before`` growth's initial: "E. O'Sullivan" (undotted after a label or initial: "Signed: R V
    Iyer"), or two undotted before a title-case surname that are no keep word or acronym ("the other JP Ogunleye", not
    "GP Patel")."""
    if (i := _INITIAL_BEFORE.search(text, max(0, f.start - 4), f.start)) and not taken.any_in(*i.span("w")):
        return i.start("w"), f.end
    i = _INITIALS_BEFORE.search(text, max(0, f.start - 4), f.start)
    if i is None or not text[f.start + 1:f.start + 2].islower() or taken.any_in(*i.span("w")) or res.is_first_name(
            text[f.start:f.end].split()[0]):
        return None  # initials go before a surname: "LD Sunny" is a rota's long day, "DN Pippa" a district nurse
    return None if res.never_name(i["w"]) or res.is_common(i["w"]) or res.is_stop(i["w"]) else (i.start("w"), f.end)
