"""The ``surname-after`` growth of the completion stage (``complete``): a surname after a name that ends on a first
name or an initial ("Ewan English", "L. Hill", "Sarah FORD", "Jem Sherborne"); the rule's cases and the false positives
they avoid are listed in ``complete``'s docstring."""

from __future__ import annotations

from typing import Optional, Tuple

import regex as re

from phiscrub.text import words as wd
from phiscrub.text.words import Taken, word_case
from phiscrub.types import Finding

# one word after a name that ends on a first name or an initial: "Ewan English", "L. Hill", "ANN ENGLISH"
_NEXT_WORD = re.compile(r" (?P<w>\p{L}[\p{L}'’\-]*)(?![\w&/@])")
_CAPS_AFTER = re.compile(rf" (?P<w>{wd.CAPS_WORD})(?![\w&/])")
_CAPITALISED_NEXT = re.compile(r"[ \t]+\p{Lu}")
_DIGIT_NEXT = re.compile(r"[ \t]+\d{1,3}(?!\d)")  # a bed, bay or ward number or an age; not a phone number
_CAPS_RUN_ENDS = re.compile(r"[ \t]+(?:\p{Ll}|\d)")  # a lower-case word or a number after a run of capitals


def surname_after(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    words = text[f.start:f.end].split()
    last = words[-1].rstrip(".,") if words else ""
    if not ((len(last) == 1 and last.isupper()) or res.is_first_name(last)):
        return _unknown_pair(text, f, res, taken, words)
    case, end = word_case(text[f.start:f.end]), f.end
    if f.rule in ("title", "honorific") and (titled := _titled_surname(text, f, res, taken) or _titled_town(
            text, f, res, taken, last)):
        return titled
    for _ in range(2):  # a middle name, then the surname: "Hamish Will Hunt"
        m = _NEXT_WORD.match(text, end)
        if m is None or taken.any_in(*m.span("w")) or not _case_fits(text, case, m, res):
            break
        w = m.group("w").removesuffix("'s").removesuffix("’s")
        clause = wd.ends_clause(text, m.end("w"), res)
        town = _town_before_record(text, m, res, case)  # "b4 Bogdan London 63", "GWYNETH LONDON QQ 12 …", "rhiannon london, 34"
        if case == "lower" and (res.never_name(w) or res.is_common(w)) and not (res.is_surname(w) and clause) and not (
                res.is_name(w) and wd.RECORD_AFTER.match(text, m.end("w"))) and not town:
            break  # "priya was", "raj london"; but a surname before a stop: "jo green, 34", "hamish english was"
        if res.never_name(w) and not town and (_CAPITALISED_NEXT.match(text, m.end("w")) or (
                _DIGIT_NEXT.match(text, m.end("w")) and (w.lower() in wd.NUMBERED_UNITS or not res.is_surname(w)))):
            break  # "Priya Ward 3", "Jo Kent Community Trust" (but "Ewan English.", "Emeka English 63": an age)
        if (res.is_surname(w) and not res.is_stop(w)) or town or _town_surname(text, case, m, res) or _town_before_finding(
                text, case, m, res, taken):
            return f.start, m.end("w")  # a stop word ("Sam And") is at most a middle name: "Hamish Will Hunt"
        if not res.is_first_name(w):
            break
        end = m.end("w")
    particled = _particled(text, end, case, taken)  # "Emeka Will van der Berg", "Sunny Lily al-Hashimi"
    if particled or (end > f.end and (wd.RECORD_AFTER.match(text, end) or (case != "lower" and (
            wd.ends_clause(text, end, res) or _PHONE_NEXT.match(text, end)
            or (case == "caps" and _CAPS_RUN_ENDS.match(text, end)))))):
        return f.start, particled or end
        # a first name that ends the clause or comes before a phone number is the surname: "ZOFIA LONDON\nDOB", "Wei
        # Jericho Love and", "son Will Kit Sterling 07700 900123"; and one that ends a run of capitals: "ANN LONDON ran";
        # before a record in any case: "nusrat sterling QQ 12 34 56 C"; particles and a surname after it
    return None


def _unknown_pair(text: str, f: Finding, res, taken: Taken, words) -> Optional[Tuple[int, int]]:
    """A one-word name no list knows, then a title-case word no list knows or a surname that is no word, one space
    apart: its surname ("Somchai Wongsakul" when "Dear Somchai," named it), no half of a name left."""
    m = _NEXT_WORD.match(text, f.end)
    if len(words) != 1 or m is None or taken.any_in(*m.span("w")) or not _unlisted(words[0], res):
        return None
    w = m["w"]
    if not (_unlisted(w, res) or (w.istitle() and res.is_surname(w) and not (
            res.is_common(w) or res.is_place(w) or res.never_name(w) or res.is_stop(w)))):
        return None
    return f.start, m.end("w")


def _unlisted(w: str, res) -> bool:
    """A title-case word of letters no list holds: no dictionary word, name, place, keep or stop word."""
    return (len(w) >= 3 and w.isalpha() and w.istitle() and not (res.is_common(w) or res.is_name(w) or res.is_place(w)
                                                                  or res.never_name(w) or res.is_stop(w)))


# an age right after a name: "mrs rose lincoln 88", ", 84F" (also read by person.boards)
AGE_NEXT = re.compile(r"[ \t]*,?[ \t]*\d{1,3}[ \t]*(?:[mfMF](?![\w])|(?![\w:./]))")


def _titled_surname(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    """After a title and a first name, the next word before an age is the surname, even a town or a word in lower
    case ("mrs rose lincoln 88"); not a bed or bay word ("Mrs Rose Ward 4") or a stop word."""
    m = _NEXT_WORD.match(text, f.end)
    if m is None or taken.any_in(*m.span("w")) or not AGE_NEXT.match(text, m.end("w")):
        return None
    w = m.group("w").lower()
    if res.is_stop(w) or w in wd.NUMBERED_UNITS or (res.never_name(w) and not res.is_place(w)) or (
            res.is_common(w) and not (res.is_surname(w) or res.is_place(w))):
        return None  # ... or an ordinary word: "Mrs Ann aged 90"
    return f.start, m.end("w")


def _titled_town(text: str, f: Finding, res, taken: Taken, first: str) -> Optional[Tuple[int, int]]:
    """After a title and a first name well known in the UK, a town in title case is the surname, even a keep-list
    one ("Matron Louise Kettering (no relation, she insists)"), unless a capitalised word or a number follows ("Dr
    Sarah Kettering General", "Sister Jo Leeds 4")."""
    m = _NEXT_WORD.match(text, f.end)
    if m is None or taken.any_in(*m.span("w")) or res.anglo_first_names.get(first.lower(), 0) < 2:
        return None
    w = m.group("w")
    if not (w.istitle() and res.is_place(w)) or res.is_stop(w) or w.lower() in wd.NUMBERED_UNITS or (
            _CAPITALISED_NEXT.match(text, m.end("w")) or _DIGIT_NEXT.match(text, m.end("w"))):
        return None
    return f.start, m.end("w")


# Arabic "al-" joined to a capitalised surname right after a name (particles apart: ``words.PARTICLES_AFTER``)
_JOINED_AFTER = re.compile(rf"[ \t]+{wd.JOINED_PARTICLE}\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*")
_PHONE_NEXT = re.compile(r"[ \t]*(?:\(?0\d{3,4}|\+44)[ \t)]*\d")


def _particled(text: str, end: int, case: str, taken: Taken) -> Optional[int]:
    m = (wd.PARTICLES_AFTER.match(text, end) or _JOINED_AFTER.match(text, end)) if case == "title" else None
    return m.end() if m and not taken.any_in(end, m.end()) else None


# an adult's age right after a word, not a count of minutes or a dose ("London 74", "LONDON 63F"; not "Bath 20 mins")
_AGE_AFTER = re.compile(r",?[ \t]+(?:1[6-9]|[2-9]\d|1[01]\d)(?:[ \t]?[MFmf])?(?![\w/.:])(?![ \t]*(?:mins?|minutes?|hrs?|hours?|"
                        r"secs?|days?|weeks?|months?|years?|miles?|mg|ml|kg|cm|mm|am|pm|%|°|quid|pounds?|grand|x\b))")


_HOSPITAL_NAMED = re.compile(r"[ \t]+(?-i:Hospital|Infirmary)\b")  # a hospital named by the town: "Sherborne Hospital"


def _town_before_record(text: str, m, res, case: str) -> bool:
    """A town that is no unit or street word, after a first name and before an adult's age or a record's label:
    the layout of a bed list or a form makes it the surname ("1. Dafydd London  74  chest pain"); in lower case only
    before the age ("missing: rhiannon london, 34")."""
    w = m.group("w")
    return (res.is_place(w) and w.lower() not in wd.NUMBERED_UNITS and not res.is_stop(w)
            and (_AGE_AFTER.match(text, m.end("w")) is not None or (case != "lower" and wd.RECORD_AFTER.match(
                text, m.end("w")) is not None and not _HOSPITAL_NAMED.match(text, m.end("w")))))


def town_surname(word: str, res) -> bool:
    """A town's name that is a surname right after a first name: a keep-list town that is a surname ("Sarah
    Whitby", the NER's trim keeps it: ``ner_trim``) or a town no list calls a word or keep word ("Jem Sherborne")."""
    return res.is_place(word) and (wd.keep_surname(word, res) or not (res.is_common(word) or res.never_name(word)))


def _town_surname(text: str, case: str, m, res) -> bool:
    """``town_surname`` after a title-case first name, unless a capitalised word or a number follows ("Sarah Kendal
    Hospital", "Jo Tenby 4")."""
    return case == "title" and town_surname(m.group("w"), res) \
        and not (_CAPITALISED_NEXT.match(text, m.end("w")) or _DIGIT_NEXT.match(text, m.end("w")))


_COMMA_GAP = re.compile(r",[ \t]+")


def _town_before_finding(text: str, case: str, m, res, taken: Taken) -> bool:
    """A town that is also a word or a keep word ("Bath", "Reading") after a title-case first name, before a comma and
    another finding, as a visit list writes a name and then the address: "Norma Bath, Rose Cottage, Moss Lane"."""
    gap = _COMMA_GAP.match(text, m.end("w"))
    return case == "title" and gap is not None and res.is_place(m.group("w")) and taken.any_in(gap.end(), gap.end() + 1)


def _case_fits(text: str, case: str, m, res) -> bool:
    """A word after a name in its case; or, after a title-case name, a known surname in capitals that no capitalised
    word follows, as forms write "Sarah FORD" ("Sarah SO MUCH", "Sarah NHS" stay)."""
    w_case = word_case(m.group("w"))
    if w_case == case:
        return True
    w = m.group("w")
    return case == "title" and w_case == "caps" and len(w) > 1 and res.is_surname(w) and not res.is_stop(w) \
        and not _CAPS_AFTER.match(text, m.end("w"))


# rules whose cue says a name follows ("Name:", "pt is", "Dear", "mrs", a relative, a name with its age)
CUED = frozenset({"field", "naming", "title", "honorific", "relation", "name-age"})


def cued_lower_rest(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    """After a one-word lower-case name a cue found ("Name: olu english", "Dear zainab sterling,"), the next lower-case
    word that ends the clause is the rest of the name when a name list knows it or no dictionary does; not an
    ordinary word ("pt is maria going home", "ask priya today") or a stop word."""
    if f.rule not in CUED or not text[f.start:f.end].islower() or " " in text[f.start:f.end].strip():
        return None
    m = _NEXT_WORD.match(text, f.end)
    if m is None or taken.any_in(*m.span("w")) or not m.group("w").islower() or len(m.group("w")) < 3:
        return None
    w = m.group("w")
    if _hyphened(w, res):
        return f.start, m.end("w")  # a hyphenated surname no dictionary knows: "our HCA bogdan al-hashimi ran"
    if not wd.ends_clause(text, m.end("w"), res) or res.is_stop(w):
        return None
    if not _PUNCT_AFTER.match(text, m.end("w")):
        return (f.start, m.end("w")) if res.is_surname(w) else None  # before a stop word only a surname: not "said it"
    named = res.is_surname(w) or res.is_first_name(w)
    return (f.start, m.end("w")) if named or not (res.is_common(w) or res.never_name(w)) else None


def _hyphened(w: str, res) -> bool:
    """A hyphenated word whose parts are particles or words no dictionary or keep list knows ("al-hashimi")."""
    parts = w.split("-")
    return len(parts) > 1 and all(len(p) >= 2 and (p in wd.PARTICLES or not (
        res.is_common(p) or res.never_name(p) or res.is_stop(p))) for p in parts)


_PUNCT_AFTER = re.compile(r"[ \t]*(?:[,.;:!?()\n–—-]|$)")


# a plural given-names label before the value on its line: "FORENAMES   ALEKSANDRA   MARIA", "First names: Anna  Maria"
_FORENAMES_LABEL = re.compile(r"(?i:fore[ \t]?names|first[ \t]+names|given[ \t]+names|other[ \t]+names|christian[ \t]+names)"
                              r"[ \t]*[:=]?[ \t]*\Z")
_FORENAME_NEXT = re.compile(r"[ \t]+(?P<w>\p{Lu}[\p{L}'’-]+)(?![\w'’-])")


def forenames_rest(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    """The ``forenames-rest`` growth: under a plural given-names label ("FORENAMES", "First names") the line's next words
    that a first-name list has belong to the value, past a wider gap too: a letter-spaced form closes up with its words
    three spaces apart ("F O R E N A M E S   A L E K S A N D R A   M A R I A"). Avoids: a word no first-name list has
    ("FORENAMES   JOHN   DOB"), a singular label ("Forename   Anna   Maria Ward": a board's next cell)."""
    line_start = text.rfind("\n", 0, f.start) + 1
    if not _FORENAMES_LABEL.search(text, line_start, f.start):
        return None
    end = f.end
    while (m := _FORENAME_NEXT.match(text, end)) and res.is_first_name(m["w"]) and not res.never_name(m["w"].lower()) \
            and not taken.any_in(*m.span("w")):
        end = m.end()
    return (f.start, end) if end > f.end else None
