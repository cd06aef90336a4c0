"""Word-level helpers of the completion stage (``phiscrub.text.complete``)."""

from __future__ import annotations

import calendar
from bisect import bisect_left
from typing import List, Optional, Tuple

import regex as re

from phiscrub.types import Finding

# a word: letters and digits joined by . - or an apostrophe (O'Neill), but not a possessive 's
WORD = re.compile(r"[^\W_]+(?:(?:[.\-]|['’](?!s(?![^\W_])))[^\W_]+)*")
# lower-case words inside a name: "de la Cruz", "van der Berg", "bin Said", "ap Rhys", "Mac an t-Saoir", "M. dela Cruz"
PARTICLES = ("de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du", "al", "el", "bin",
             "bint", "binti", "ibn", "ap", "ab", "ferch", "verch", "fab", "ter", "ten", "mac", "mc", "nic", "ní", "ó", "uí", "dela", "delos")
PARTICLE = re.compile("(?:" + "|".join(PARTICLES) + ")", re.IGNORECASE)
JOINED_PARTICLE, HONORIFIC = r"(?:al|el)-", r"(?-i:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"  # "al-Hashimi"; "Mrs", "Dr."
_INITIAL, INITIAL = re.compile(r"[A-Z]\.?"), re.compile(r"[A-Z]\.")  # an initial; one capital initial: "K." of "K. Adeyemi"
CAPS_WORD = r"(?:(?:Ma?c|O['’])?\p{Lu}(?:[\p{Lu}'’\-]*\p{Lu})?)"  # HOLLOWAY, McLEOD, O'NEILL, WIŚNIEWSKA
PARTICLES_AFTER = re.compile(rf"(?:[ \t]+(?!Do\b)(?i:{PARTICLE.pattern}))+[ \t]+(?P<last>[A-Z][\w'’\-]+)")  # "Olu Da Silva" too
# the capitalised word after a particle, not its possessive: "van der| Berg's"
NAME_AFTER_PARTICLE = re.compile(r"[ \t]+(?P<last>\p{Lu}[\w'’\-]*?)(?:['’]s)?(?![\w'’\-])")
# the same in block capitals: "HOPE VAN DER BERG", "YUSUF BIN SAID"
CAPS_PARTICLES_AFTER = re.compile(rf"(?P<parts>(?: (?i:{PARTICLE.pattern}))+) (?P<last>{CAPS_WORD})(?![\w&/])")
# first name, nickname in quotes or brackets, surname: 'Thomas "Tommo" Reid', "Ivy (Pip) Olawale"
NICKNAME = re.compile(
    r"(?<![\w'’\-.])(?P<first>\p{Lu}(?:[\p{L}'’\-]+|\.)?)[ \t]+\(?[\"'‘“]?(?<=[(\"'‘“])(?P<nick>(?:[Tt]he[ \t])?\p{Lu}\p{L}*(?:-\p{L}+)*(?: \p{Lu}\p{L}*)?"
    r"|(?<=[\"“‘'])\p{Ll}[\p{L}'’]*(?: \p{Ll}[\p{L}'’]*){0,2}(?=[\"”’']))[\"'’”]?\)?(?<=[)\"'’”])"
    rf"[ ](?:(?i:{PARTICLE.pattern})[ \t]+)*(?P<last>(?:\p{{Ll}}{{1,3}}-)?\p{{Lu}}[\p{{L}}'’\-]+)(?![\p{{L}}\d])")  # a tab or two spaces, a cell's gap, end it
# particles (any case) before a capitalised name, after a first name or an initial: "E. ap Gwilym", "Reg Ní Bhriain"
PARTICLES_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?P<first>\p{{Lu}}[\p{{L}}'’\-]*\.?[ ]{{1,2}})?(?P<parts>(?:(?i:{PARTICLE.pattern})[ ]{{1,2}})+)\Z")
# (one or two spaces: a wider gap or a tab is a board's next cell, "Sun 9 March   NIC Tendai")
# particles that are also English words need a first name before them ("to do Smith's obs")
WORDLIKE_PARTICLES = frozenset({"de", "da", "di", "do", "la", "le", "den", "ten", "ter", "ab", "al", "el", "du"})
# the same after a lower-case name: "mrs priya de la cruz", "huong mac an t-saoir"
LOWER_PARTICLES_AFTER = re.compile(rf"(?:[ \t]+{PARTICLE.pattern})+[ \t]+(?P<last>\p{{Ll}}[\w'’\-]+)")
# where a clause ends: punctuation, the line's end, or a stop word next ("jo green, 34", "olu cook in resus")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.!?;:()\n]|$)")
_NEXT = re.compile(r"[ \t]+(\p{L}+)")
CELL_END = re.compile(r"[ \t]*(?:$|\n|\d|[(\[,;–—/|-])|[ \t]+x{1,4}(?!\w)", re.MULTILINE)  # a board's cell ends; a kiss
# a colleague named with their team: "Lincoln from the Pharmacy team", "Chester from Estates" (a place is not from a team)
FROM_A_TEAM = re.compile(
    r"[ \t]+from[ \t]+(?:(?:the|our)[ \t]+)?(?:(?:\p{Lu}[\w&'’-]*|night|day)[ \t]+){0,3}"
    r"(?:team|ward|unit|department|dept|crew|service|office|desk|labs?|estates|pharmacy|theatres?|porters|"
    r"portering|switchboard|reception|catering|housekeeping|IT|HR|payroll|admin)\b", re.IGNORECASE)
DAY_OR_YEAR = re.compile(r"[ \t]*(?:[1-9]|[12]\d|3[01]|(?:19|20)\d\d)(?!\d)")  # a day or a year next
# a subject after a word: "Will" then opens a question or a clause ("Will you", "Will the family")
SUBJECT_NEXT = re.compile(r"[ \t]+(?i:you|u|ya|he|she|it|they|we|i|this|that|there|someone|anyone|everyone|the|a|an"
                          r"|my|our|your|his|her|their|ur)\b")
_PLACE_WORD_BEFORE = re.compile(r"(?i:\b(?:in|at|from|near|to|of|the|via|outside|around|towards?|nr)[ \t]+)\Z")
PROSE_BEFORE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*[ \t]+\Z")  # a lower-case word just before


def ends_clause(text: str, pos: int, res) -> bool:
    """Whether a clause ends at ``pos``: punctuation or the line's end, or a stop word follows."""
    if _CLAUSE_END.match(text, pos):
        return True
    m = _NEXT.match(text, pos)
    return bool(m and res.is_stop(m.group(1)))


MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)
# a month used as a month: after a number or a preposition of time ("3 April", "in April", "since May")
_DATE_BEFORE = re.compile(
    r"(?:\d|\b(?i:in|on|since|by|until|till|from|of|last|next|this|early|late|mid|end|during|before|after))"
    r"[ \t,.-]*\Z")


def month_name(word: str, res) -> bool:
    """A month that is also a common first name here: "April", "May", "June" (not "August")."""
    return word.lower() in MONTHS and res.anglo_first_names.get(word.lower(), 0) >= 2


def month_first_name(text: str, start: int, word: str, res) -> bool:
    """``month_name`` or a first name that is a weekday ("Sunday Adewale") as a name: after no number or time word."""
    day = word.lower() in WEEKDAYS and res.is_first_name(word)
    return (month_name(word, res) or day) and not _DATE_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start)


def town_first_name(text: str, m, rule: str, res) -> bool:
    """A keep-list town that is a well-known first name (``m``'s group "w") before a name with its age
    ("Chester Ely, 94"), not after a preposition ("in Preston Hall, 71")."""
    return (rule == "name-age" and res.anglo_first_names.get(m.group("w").lower(), 0) >= 2 and res.is_place(
        m.group("w")) and not _PLACE_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def caps_surname(text: str, f: Finding, m, line_start: int, res) -> bool:
    """"BRADFORD, Joan"; a keep word that is a name, before a first name, with no prose before it or
    right after a cue: "Bed 4: LONDON, Maria", "thanks to ENGLISH, Joy", not "Based in LONDON, Maria"."""
    sur = m.group("sur").split()
    return names_ok(sur, res, ordinary=True) or (
        all(map(res.is_name, sur)) and res.is_first_name(text[f.start:f.end].split()[0])
        and (not PROSE_BEFORE.search(text, line_start, m.start())
             or _cue_before(text, max(line_start, m.start() - 40), m.start())))


def keep_surname(word: str, res) -> bool:
    """A surname of the gazetteer that is also a keep word ("ENGLISH", "PORTER"), but no stop word."""
    w = word.lower()
    return res.never_name(w) and res.is_surname(w) and not res.is_stop(w)


def title_surname(text: str, f: Finding, m, res) -> bool:
    """A known surname, a comma, then the finding's first name. A surname that is also a word or a place ("Church, Joan",
    "Hull, Ruth"), or a word no list knows ("Quarrie-Nkem, Joan"), only before first names, none after the first a
    surname ("Megan Lowri (Meg)"; not "Emily Chu"), with no lower-case word before on the line: "Bed 4 - Church, Joan",
    not "from Hull, Ruth". Any capitalised word, place or keep word, right after a thanks, naming, field or bed cue, or
    before a record ("Patient London, Ahmed (MRN …)"): the layout decides."""
    sur = m.group("sur")
    names = text[f.start:f.end].split()
    line_start = text.rfind("\n", 0, m.start()) + 1

    def cued() -> bool:
        return _cue_before(text, max(line_start, m.start() - 40), m.start())

    if len(names) == 1 and not res.is_stop(sur) and (cued() or RECORD_AFTER.match(text, f.end)):
        return True  # "welcome Bradford, Olu", "RIP London, Niamh", "London, Siobhan (DOB …": the layout decides
    known, unknown = res.is_surname(sur), not (res.is_common(sur) or res.is_place(sur) or res.is_first_name(sur))
    if not ((known or unknown) and res.is_first_name(names[0])):  # "Fforde-Smythe, Joan": unknown
        return False
    if res.never_name(sur):  # a keep word that is also a surname, right after a cue: "Name: English, Niamh"
        return known and len(names) == 1 and cued()
    if known and not res.is_common(sur):
        return True
    given = [n for n in names if len(n.strip("().")) > 1]  # "Smith, James D": his middle initial is no word
    return all(res.is_first_name(n.strip("()")) and not (i and res.is_surname(n.strip("()"))) for i, n in enumerate(given)) and (
        not PROSE_BEFORE.search(text, line_start, m.start()) or cued())


# the labels of a patient's record after a name: "(RiO 1048372)", "(NHS no …", "DOB", "MRN"
RECORD_LABEL = r"(?i:rio|nhs|mrn|hosp|hospital|dob|d\.o\.b|chi|h&c|emis|systmone|pas|k[ \t]*no|case|unit)\b"
# a patient's record right after the forename: a label, or an NI number's shape ("QQ 12 34 56 C")
RECORD_AFTER = re.compile(rf"[ \t]*[(,–-]?[ \t]*(?:{RECORD_LABEL}|[A-Z]{{2}}[ \t]?\d{{2}}[ \t]?\d{{2}}[ \t]?\d{{2}}[ \t]?[A-D]\b)")
_LOCATIVE = frozenset({"from", "in", "at", "near", "of", "around", "across"})  # "card from Church, Joan"


def _cue_before(text: str, lo: int, at: int) -> bool:
    """A thanks, naming, field, bed or relative's cue, an honorific, or a line's short label, ends right at ``at``
    ("welcome Bradford, Joan", "his daughter ENGLISH, Jericho", "Mrs English, Li", "Name: English, Joan", "handover:
    Kendal, Lily"): a person follows, so the word and comma there are a surname's, not a place's ("from Hull, Ruth")."""
    from phiscrub.text.person.vocab import default_vocab  # here: the person package imports this module

    vocab = default_vocab()
    return bool(_LINE_LABEL.search(text, lo, at) or _HONORIFIC_END.search(text, lo, at)) or any(
        c.end() == at and c.group().split()[-1].lower().strip(":,-") not in _LOCATIVE
        for cue in (vocab.thanks_cue, vocab.naming_cue, vocab.field_cue, vocab.bed_cue, vocab.bare_kin_cue)
        for c in cue.finditer(text, lo, at + 1))


# a short label opening its line, the value right after it: "handover: Kendal, Lily", "Visiting: Hill, Ruth"
_LINE_LABEL = re.compile(r"(?:^|(?<=\n))[ \t]*\p{L}[\p{L}'’ /&-]{0,20}:[ \t]*\Z")
_HONORIFIC_END = re.compile(rf"\b{HONORIFIC}[ \t]+\Z")


def lone_surname(text: str, f: Finding, res) -> bool:
    """A finding of one title-case word that is no first name ("Mrs Okonkwo", "Fforde-Smythe"), or one
    after lower-case particles ("ap Gwilym"): a surname alone, so a forename may follow it after a
    comma ("Mrs Okonkwo, Adaeze was lovely")."""
    words = text[f.start:f.end].split()
    if len(words) > 1 and all(w.islower() and PARTICLE.fullmatch(w) for w in words[:-1]):
        return word_case(words[-1]) == "title"  # "ap Gwilym", "van der Berg": a particle makes it a surname
    return len(words) == 1 and word_case(words[0]) == "title" and not res.is_first_name(words[0])


def word_forename(text: str, m, res, after_surname: bool = False) -> bool:
    """"BAKER, Will 74", "MACLEOD, Will ran the 10k": a first name that is also a word, unless a subject
    follows it, as after a question's verb ("SMITH, Will you call", "Mrs Okonkwo, Will she"); a keep-list
    word that is a well-known first name only where a board's cell ends after it ("ROSE, Chester – 77M")."""
    words = m.group("fore").split()
    if len(words) == 1 and res.never_name(words[0]) and res.is_first_name(words[0]):
        # a keep-list word that is a first name, ending a board's cell ("ROSE, Chester – 77M", "MCLAUGHLIN, Reg (MRN") or
        # ``after_surname`` before no number or subject ("Well done SANDHU, Reg!"); not a month's day ("SMITH, May 12")
        at, rank = m.end("fore"), res.anglo_first_names.get(words[0].lower(), 0)
        ends = CELL_END.match(text, at) or (after_surname and rank and not (res.is_place(words[0]) or DAY_OR_YEAR.match(text, at)
                                                                            or SUBJECT_NEXT.match(text, at)))  # "SMITH, Preston is"
        return bool(ends) and not ((words[0].lower() in MONTHS or rank < 2) and DAY_OR_YEAR.match(text, at))
    return len(words) == 1 and well_known_first_name(words[0], res) and (
        bool(CELL_END.match(text, m.end("fore"))) or not SUBJECT_NEXT.match(text, m.end("fore")))


def first_of_three(word: str, names: List[str], res) -> bool:
    """"Olu Jean-Paul Cook", "Reg Zainab Adeyemi": a first name (even a keep-list one known as a name
    in the UK) or a word no list knows, before a found first name and surname, is the first of three."""
    unknown = not (res.is_common(word) or res.is_place(word) or res.never_name(word))
    return (len(names) >= 2 and res.is_first_name(names[0]) and not res.is_stop(word)
            and (named_first_name(word, res) or unknown))


def without_possessive(word: str) -> str:
    """``word`` without a final "'s" / "’s" ("Khan's" -> "Khan"; "Jones" stays "Jones")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def unknown_forename(word: str, names: List[str], rule: str, res) -> bool:
    """"Ealish Quayle", "Tadhgín Kelly": a capitalised word that no list knows (no word, place, name,
    stop or keep word; three letters or more) before a lone surname of the gazetteer, before a
    word the NER model took for a person, or before a repeat of a name found elsewhere in the text
    ("S. Oduya … Temi Oduya"), is its forename. Avoids: "Thanks Quayle", "Dr Quayle",
    "Ramsey Quayle" (a word, a title, a place stay readable)."""
    unknown = not (res.is_common(word) or res.is_place(word) or res.never_name(word) or res.is_stop(word))
    surname = without_possessive(names[-1]) if names else ""
    return (unknown and len(word) >= 3 and word.isalpha() and not word.isupper() and len(names) == 1
            and not res.is_common(surname) and (rule in ("ner", "repeat") or res.is_surname(surname)))


def named_first_name(word: str, res) -> bool:
    """A first name of the gazetteer that is no keep-list or stop word, or one known as a first name in
    the UK, Ireland or the US all the same ("Reg", "Will")."""
    return res.is_first_name(word) and (res.anglo_first_names.get(word.lower(), 0) >= 1
                                        or not (res.never_name(word) or res.is_stop(word)))


def well_known_first_name(word: str, res) -> bool:
    """A first name common in the UK, Ireland or the US, even if also a word ("Will", "Grace"); keep-list
    words ("Ward", "May", "Reg") excepted."""
    return res.anglo_first_names.get(word.lower(), 0) >= 2 and not res.never_name(word)


# -- helpers --------------------------------------------------------------------------------------

class Taken:
    """Where the findings are, for "is there already a finding in here?" in O(log n)."""

    def __init__(self, findings: List[Finding]):
        self._starts = sorted(f.start for f in findings)

    def any_in(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "'’-."


def word_around(text: str, at: int) -> Optional[Tuple[int, int]]:
    """The word (letters and digits joined by . ' ’ -) that holds position ``at``."""
    lo = max(0, at - 60)
    for m in WORD.finditer(text, lo, min(len(text), at + 60)):
        if m.start() <= at < m.end():
            return m.span()
        if m.start() > at:
            return None
    return None


def alnum(text: str, start: int, end: int) -> int:
    return sum(ch.isalnum() for ch in text[start:end])


def is_caps(span: str) -> bool:
    letters = [ch for ch in span if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def names_ok(words: List[str], res, *, caps: bool = True, ordinary: bool = False) -> bool:
    """Words that may be part of a name: not keep-list words, stop words, (in capitals) short acronyms,
    or (unless ``ordinary``) ordinary English words that are no name ("REVIEW", "Please")."""
    names = [w for i, w in enumerate(words) if not PARTICLE.fullmatch(w) and not _INITIAL.fullmatch(w)
             and not (w.lower() in ("an", "a'", "a’") and i and words[i - 1].lower() in ("mac", "nic", "mhic"))]  # ride along
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


def word_case(word: str) -> str:
    """"lower", "caps" (two letters or more, all capitals), "title" (a capital first) or "other"."""
    letters = [c for c in word if c.isalpha()]
    if not letters or not letters[0].isupper():
        return "lower" if letters and all(c.islower() for c in letters) else "other"
    return "caps" if len(letters) > 1 and all(c.isupper() for c in letters) else "title"


def spelt_like_a_name(w: str, res) -> bool:
    """A block-capital word after a cue that reads as a name, not an acronym: six letters or more, at least
    two of them vowels, and no word or place ("pt ANGELOPOULOS", "baby of OKONKWO"; not "pt STABLE")."""
    return (len(w) >= 6 and w.isalpha() and sum(ch in "aeiouy" for ch in w.lower()) >= 2 and not res.is_common(w)
            and not res.is_place(w))


# keep words that a number follows as a place or a thing's number, not as an age after a surname ("Ward 3", "Van 2")
NUMBERED_UNITS = frozenset("ward bay bed room cubicle side theatre pod level floor unit block wing suite zone area gate platform "
                           "flat house team group year band class stage grade court lift station van bus car".split())


def short_form(nick: str, name: str) -> bool:
    """Whether ``nick`` is a short form of ``name``: two letters or more that open it ("Ife" of "Ifeoluwa")."""
    return len(nick) >= 2 and name.lower().startswith(nick.lower())
