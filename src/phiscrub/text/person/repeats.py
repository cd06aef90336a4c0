"""The ``repeat`` expansion: a name found once is a name wherever else it stands in the same text, in any case,
and each capitalised part of a full name where it is written the same way; unless the repeat stands as a place, a
month, a word, or opens a ward's or a building's name. One pass over the text finds every occurrence of every name
(``occurrences``), so the cost is linear in the text.
"""

from __future__ import annotations

from typing import Dict, Iterator, List, Set, Tuple

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.eponyms import condition_follows
from phiscrub.text.person.filters import all_but, not_a_person, sentence_start
from phiscrub.text.words import month_first_name, month_name
from phiscrub.types import Finding

WORD_USE_NEXT = re.compile(r"[ \t]+(?:to|you|u|your|the|a|an|it|we|i|this|that|so)\b", re.IGNORECASE)
_WORD_CHAR = re.compile(r"\w")
_WORD_CHAR_OR_SIGIL = re.compile(r"[\w@#]")
# Any name starts at 0 or after a character that is not one of these (a superset of the
# positions each step accepts), so one pass over these positions finds every occurrence.
_NOT_ASCII_WORD = re.compile(r"[^A-Za-z0-9_@#]")
_KEY = 3  # needles are indexed by their first characters (names here are at least this long)
# a part of a full name found elsewhere is a name even where it is also a city abroad ("Maria Rivera … Rivera") or a
# town the gazetteer knows ("Winston Gayle … Winston came over"; "from Winston" is still a place: "placed")
PART_SKIP = frozenset({"abroad", "known-place"})
POSSESSIVE_PART_SKIP = PART_SKIP | {"noun-modifier"}  # a full name's part with its possessive is the person's
# a one-word name's repeat is checked for a place only: "from Preston", "Preston Road", "our Saunders Room", "in Sydney"
REPEAT_CHECKS = all_but("placed", "before-place-word", "abroad")
# a chat's sender ("[14:10] Winston: heading down") is a person where a job sends them too ("Helpdesk: Winston ED resus")
SENDER_OPEN = re.compile(r"[ \t]*(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t,–-]*)?")
SENDER_CHECKS, NEXT_ACRONYM = all_but("placed", "abroad"), re.compile(r"[ \t]+[A-Z]{2,4}\b")
RUN_CHECKS = all_but("ends-in-place-word", "before-place-word")
NEXT_CAPITALISED = re.compile(r"[ \t]+\p{Lu}[\p{L}'’-]+")
PREV_CAPITALISED = re.compile(r"(?<![\w'’-])\p{Lu}[\p{L}'’-]+[ \t]+\Z")
NEXT_LOWER_WORD = re.compile(r"[ \t]+\p{Ll}")  # a month part as a name's repeat: before a lower-case verb
_VOCATIVE_END = re.compile(r"[ \t]*(?:!|x+\b|[\p{So}\p{Sk}]|$)")


def _spoken_to(text: str, at: int, end: int) -> bool:
    """After a comma and before "!", kisses, an emoji or the end: the person a sentence speaks to ("Rest easy, May ❤️")."""
    return text[:at].rstrip().endswith(",") and bool(_VOCATIVE_END.match(text, end))


def _opens_a_place_name(ctx: Context, text: str, start: int, end: int) -> bool:
    """Whether the capitalised words after ``text[start:end]`` (up to two) close a place's or a building's name
    with it ("Florence Nightingale Ward", "Mary Seacole House")."""
    for _ in range(2):
        m = NEXT_CAPITALISED.match(text, end)
        if m is None:
            return False
        end = m.end()
        if not_a_person(ctx, text, start, end, RUN_CHECKS):
            return True
    return False


def _closes_a_place_name(ctx: Context, text: str, at: int) -> bool:
    """A capitalised word before a repeat of a place word ("Ward", "House") that is no first name or title: the two
    name a ward or a building ("Rose Ward"; not "Bernadette Ward", "Mrs Ward")."""
    m = PREV_CAPITALISED.search(text, max(0, at - 30), at)
    if m is None:
        return False
    w = m.group().strip().lower()
    if ctx.vocab.title_word.fullmatch(w.rstrip(".")):
        return False
    return not ctx.res.is_first_name(w) or ctx.res.is_place(w) or ctx.res.is_common(w)


def occurrences(hay: str, needles: Set[str]) -> Iterator[Tuple[int, str]]:
    """(position, needle) of every occurrence, overlapping ones too, at 0 or after a character
    that is not an ASCII letter, digit, "_", "@" or "#".

    One pass over those positions; each needle is found through a dict keyed by its
    first characters, so the cost is linear in the text for any number of needles.
    """
    if not needles:
        return
    key = min(_KEY, min(len(n) for n in needles))
    by_head: Dict[str, Set[int]] = {}
    for n in needles:
        by_head.setdefault(n[:key], set()).add(len(n))
    lengths = {head: sorted(ns) for head, ns in by_head.items()}
    positions = [0] + [m.end() for m in _NOT_ASCII_WORD.finditer(hay)]
    for i in positions:
        for n in lengths.get(hay[i:i + key], ()):
            found = hay[i:i + n]
            if len(found) == n and found in needles:  # a slice cut short by the end is no occurrence
                yield i, found


_NICK_INSIDE = re.compile(r"[\"“‘'(](?P<nick>\p{Lu}[\p{Ll}'’-]+)[\"”’')]")


def _repeated_parts(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    """Each capitalised part of a full name, written the same way elsewhere: "Ivy Sutcliffe … Ivy had"; and after
    "the" in the plural, the family: "Des Campbell-Whyte … all the Campbell-Whytes"."""
    parts = set()
    for f in found:
        words = text[f.start:f.end].split()
        if f.score >= 0.6 and len(words) > 1:  # a month among first names too ("June Parsons … June ran the trolley")
            parts.update(w for w in words if len(w) >= 3 and w[0].isupper() and (
                not ctx.res.never_name(w) or month_name(w, ctx.res)))
            # a nickname quoted or bracketed inside the name, however short: 'Maureen "Mo" Pritchard … Mo started'
            parts.update(m["nick"] for m in _NICK_INSIDE.finditer(text, f.start, f.end) if not ctx.res.never_name(m["nick"]))
    out = []
    last_end: Dict[str, int] = {}  # a part's matches do not overlap, as a regex search's would not
    for at, part in occurrences(text, parts):
        end = at + len(part)
        if at < last_end.get(part, 0):
            continue
        family = _FAMILY_PLURAL.match(text, end) and _THE_BEFORE.search(text, max(0, at - 8), at)
        if family:
            end += 1  # the family by its surname: "Love from all the Campbell-Whytes" ("the" names no thing here)
        elif (at and _WORD_CHAR_OR_SIGIL.match(text[at - 1])) or (end < len(text) and _WORD_CHAR.match(text[end])):
            continue
        last_end[part] = end
        if month_name(part, ctx.res) and (not month_first_name(text, at, part, ctx.res) or MONTH_USE_NEXT.match(text, end)
                                          or not (NEXT_LOWER_WORD.match(text, end) or _spoken_to(text, at, end))):
            continue  # the month itself: "in June", "June 12th", "June rota"; the name before a verb: "June ran", or
            # spoken to: "Rest easy, May ❤️"
        possessive = text.startswith(("'s ", "’s "), end)  # "Jordan Fairclough … with Jordan's permission"
        skip = POSSESSIVE_PART_SKIP if possessive else (PART_SKIP | {"named-thing"}) if family else PART_SKIP
        if not not_a_person(ctx, text, at, end, skip):
            out.append(finding(at, end, 0.55, "repeat"))
    return out


_FAMILY_PLURAL = re.compile(r"s(?![\w'’-])")
_THE_BEFORE = re.compile(r"\bthe[ \t]+\Z", re.IGNORECASE)


def _bounded(lowered: str, at: int, end: int) -> bool:
    before = lowered[at - 1] if at else " "
    after = lowered[end] if end < len(lowered) else " "
    return not (before.isalnum() or before in "_@#") and not (after.isalnum() or after == "_")


def repeats(ctx: Context, text: str, found: List[Finding]) -> List[Finding]:
    """A name found once is a name wherever else it stands in the same text, in any case; and each
    capitalised part of a full name where it is written the same way. A lower-case repeat of a name that is a
    word ("Hope's 30th ... always having hope") is the word only where the writer opens every sentence and line
    on a capital (``_cased_writer``): dropping it everywhere cost a name a chat writer wrote in lower case."""
    names = {text[f.start:f.end].lower() for f in found if f.score >= 0.5 and f.end - f.start >= 3}
    senders = {text[f.start:f.end].lower() for f in found if text.startswith(":", f.end) and SENDER_OPEN.fullmatch(
        text, text.rfind("\n", 0, f.start) + 1, f.start)}
    out = _repeated_parts(ctx, text, found)
    lowered = text.lower()
    for at, name in occurrences(lowered, names):
        if not _bounded(lowered, at, at + len(name)) or _word_use(ctx, text, at, name):
            continue
        if " " not in name and not_a_person(ctx, text, at, at + len(name), SENDER_CHECKS if name in senders else REPEAT_CHECKS):
            continue  # "his mate Preston … a taxi from Preston": the repeat stands as a place
        if _opens_a_place_name(ctx, text, at, at + len(name)) and not (
                name in senders and NEXT_ACRONYM.match(text, at + len(name))):  # "Winston ED resus" (not "Florence Nightingale Ward")
            continue  # the name of a ward or building the repeat opens: "Florence … round Florence Nightingale Ward"
        if " " not in name and name in ctx.vocab.place_after and _closes_a_place_name(ctx, text, at):
            continue  # ... or closes: the patient WARD, and "a bed on Rose Ward"
        out.append(finding(at, at + len(name), 0.6, "repeat"))
    return out


MONTH_USE_NEXT = re.compile(r"[ \t]+(?:annual[ \t]+leave|al|leave|rota|pay|payday|holidays?|half[- ]term|"
                            r"bank[ \t]+holiday|shifts?|nights|intake|cohort|newsletter|edition|meeting|deadline|"
                            r"figures|audit|\d{1,2}(?:st|nd|rd|th)?|\d{4})\b", re.IGNORECASE)
# what follows a modal verb (a stop word that is also a first name: "will", "may") opening a sentence
MODAL_NEXT = re.compile(r"[ \t]+(?:never|not|be|always|ever|still|also|just|definitely|probably|surely|have|you|u|i|we|"
                        r"they|he|she|it)\b", re.IGNORECASE)
QUANTITY_NEXT = re.compile(r"[ \t]+(?:little|few)\b")  # "got precious little sleep": the word before a quantity
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|such|much|some|be)[ \t]+\Z", re.IGNORECASE)  # "so much joy", "be frank"
# a verb's helper before it: "please don't mark the register", "we'll mark his birthday", "have faith"
# ("to" after handing or speaking to someone is no verb's: "gave them to ade", "spoke to hope")
VERB_BEFORE = re.compile(r"(?i:n['’]t|\b(?:will|['’]ll|(?<!\b(?:gave|give|given|giving|handed|hand|passed|pass|sent|send|spoke|"
                         r"speak|speaking|talk|talked|talking|said|say|told|tell|ring|rang|text|texted|message|messaged|"
                         r"listen|listened)(?:[ \t]+(?:it|them|him|her|me|us|those|these))?[ \t]+)to|can|could|should|"
                         r"would|must|please|have|keep|lost))[ \t]+\Z")


def _word_use(ctx: Context, text: str, at: int, name: str) -> bool:
    """A repeat of a name that is also a word, used as the word: opening a sentence before "to", "you" or "the" ("Hope to
    see you there"), or a stop word in lower case ("Will and Faith … you will never know": the modal verb, not Will)."""
    if " " not in name and ctx.is_stop(name) and text[at].islower() and name.capitalize() in text:
        return True
    if " " not in name and ctx.is_stop(name) and sentence_start(text, at) and MODAL_NEXT.match(text, at + len(name)):
        return True  # "Will never forget it", "May you rest": a modal verb opening a sentence, not Will or May
    if " " not in name and ctx.res.is_common(name) and text[at].islower() and (
            ARTICLE_BEFORE.search(text, max(0, at - 8), at) or VERB_BEFORE.search(text, max(0, at - 8), at)
            or QUANTITY_NEXT.match(text, at + len(name))):
        return True  # "u are the joy of my life", "don't mark the register", "precious little sleep": the word
    if " " not in name and month_name(name, ctx.res) and (MONTH_USE_NEXT.match(text, at + len(name)) or (
            not month_first_name(text, at, name, ctx.res) and text[at + len(name):at + len(name) + 1] not in "'’")):
        return True  # "is June annual leave approved?", "since April": the month, before its leave or after a time word
    if " " not in name and ((name in ctx.vocab.place_after and re.match(r"[ \t]*\d", text[at + len(name):at + len(name) + 3]))
                            or (name.lower() in ctx.res.eponyms and (condition_follows(ctx, text, at + len(name))
                                                                     or POSSESSIVE_ALONE.match(text, at + len(name))))):
        return True  # "WARD 23 — bed state" where WARD is a patient's surname below: the ward; "Graves' disease",
        # "NOT PARKINSON'S!!" (a possessive with nothing it owns: the condition; "PARKINSON'S wife" is his)
    if " " not in name and ctx.res.is_common(name) and YOUR_BEFORE.search(text, max(0, at - 6), at):
        return True  # "Thank you for your Patience (and to Dr Patience …)": the word, after "your"
    if " " not in name and ctx.res.is_common(name) and text[at].islower() and _cased_writer(text):
        return True  # "Hope's 30th … always having hope": a writer who capitalises writes the name so too
    return (" " not in name and ctx.res.is_common(name) and sentence_start(text, at)
            and bool(WORD_USE_NEXT.match(text, at + len(name))))


YOUR_BEFORE = re.compile(r"\b(?i:your|ur)[ \t]+\Z")
POSSESSIVE_ALONE = re.compile(r"(?i:['’]s|s['’])(?![\w'’])(?![ \t]+\w)")
# a sentence or line opening on a letter: a writer who capitalises opens every one of them on a capital
SENTENCE_OPEN = re.compile(r"(?:^|[.!?][ \t]+|\n)[\"'“‘(]*(\p{L})", re.MULTILINE)


def _cased_writer(text: str) -> bool:
    """Whether every sentence and line of the text opens on a capital letter (two at least)."""
    opens = [m.group(1) for m in SENTENCE_OPEN.finditer(text)]
    return len(opens) >= 2 and all(c.isupper() for c in opens)
