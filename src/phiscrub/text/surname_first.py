"""The ``caps-surname-before`` growth of the completion stage (``complete``): a surname in block capitals written
before the first name, as patient labels, wristbands and lists print a name ("KOWALCZYK Jadwiga / DOB …",
"Patient label: SZABÓ Erzsébet"): the capital word opening a line, a cell, a label's value or a list's row after its
label (a visit time, a number, a bed: "0900 DRUMMOND Alec", "BED 1 MacLEOD Murdo", "A1 CHAN Tai-man"), right before a
capitalised first name that was found, is that person's surname, even one no list knows; on a board, a line's opening
capital word and the first name in the next column, a cell's gap apart ("MORRIS  Glenys      from Ward 4"), too, and
there a known surname that is also a keep word ("WARD  Hope": the column decides).
Source: NHS patient ID labels and wristbands (SURNAME Forename), PAS printouts.
Avoids: headings and form words ("NOTES Mary said…", "URGENT Grace…": ordinary or keep words no list knows as a
surname), roles and acronyms ("NIC Tendai", "ICU Grace": three letters or fewer and no known surname), a word not at a line's, cell's or value's start.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

import regex as re

from phiscrub.text import words as wd
from phiscrub.text.tables import LIST_MARKER
from phiscrub.text.words import Taken
from phiscrub.types import Finding

# a board's initial in its own column after a block-capital surname: "AL-HASHIMI  Y   HRD" (two spaces, then a cell's
# gap or the line's end; not a sex column before an age: "OKAFOR  M  84")
CELL_INITIAL = r"  [A-HJ-Z](?=(?:[ \t]{2,}|\t)(?![ \t]*\d)|[ \t]*(?:\n|\Z))"

# a capital word opening a line, a cell (two spaces, a tab or a drawn rule: "1 ¦ HUGHES Gwilym ¦") or a label's value
# (after a colon), then one space
_CAPS_OPENING = re.compile(rf"(?:^|(?<=\n)|(?<=[:¦│┃║|])|(?<=[ \t]{{2}})|(?<=\t))[ \t]*(?P<w>{wd.CAPS_WORD}) $", re.MULTILINE)
# ... or anywhere else (after a spaced dash or a semicolon, in a sentence), only a surname a list knows that is no verb
# or adjective: "Outliers: Ward 7 - WILSON-GRANT Lorraine", "name on the tag FARRELL Bridget" (not an acronym no list
# has: "; IMHA Carl from VoiceAbility"; not "RING BACK Bridget")
_CAPS_IN_SENTENCE = re.compile(rf"(?<=[ \t(;])(?P<w>{wd.CAPS_WORD}) \Z")
# the label opening a list's row: a visit time, a list item's marker (``tables.LIST_MARKER``: "3.", "-"), a bed or bay
# ("BED 1"), a record number ("A5521DF OKONKWO Chidi")
ROW_LABEL = (rf"(?:\d{{1,2}}[:.]?\d{{2}}|{LIST_MARKER}|(?i:bed|bay|rm|room|cubicle|cot|chair|side[ \t]*room|sr)"
             r"[ \t]*\d{1,3}[a-z]?|(?-i:[A-Z]{1,4}\d{4,10}[A-Z]{0,2})|(?-i:[A-H]\d{1,2}))")  # "A1": bay A, bed 1
# ... or a row of a list after its label: a visit time, a list number, a bed or bay, a bullet ("0900 DRUMMOND Alec",
# "BED 1 MacLEOD Murdo", "3. OKAFOR Emeka", "- HORVAT S"), also a row run on after a semicolon or a colon ("Bay C: C1 …
# ; C2 LEVY-STERN Rachel")
_ROW_OPENING = re.compile(rf"(?:^|(?<=\n)|(?<=[;:]))[ \t]*{ROW_LABEL}[ \t]+(?P<w>{wd.CAPS_WORD}) $", re.MULTILINE)
# ... or a board's surname column: the capital word opening a line or a row after its label, then a cell's gap before
# the first-name column ("MORRIS  Glenys      from Ward 4", "BED 3   HUGHES  Brenda")
_CAPS_COLUMN = re.compile(rf"(?:(?:^|(?<=\n))[ \t]*(?:{ROW_LABEL}[ \t]+)?|(?<=:)[ \t]*)(?P<w>{wd.CAPS_WORD})(?:[ \t]{{2,8}}|\t)$",
                          re.MULTILINE)  # ... or a label's value: "RESUS 2: ADEYEMI  Oluwaseun"
_CAPS_PARTICLES_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?:{wd.PARTICLE.pattern})[ \t]+)+\Z", re.IGNORECASE)
_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-Ý]")


def caps_surname_before(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    first = text[f.start:f.end]
    if " " in first or not first[:1].isupper() or first.isupper() or not (
            res.is_first_name(first) or res.is_first_name(first.split("-")[0])):  # "Tai-man", "Siu-ming" too
        return None
    lo = max(0, f.start - 40)
    m = _CAPS_OPENING.search(text, lo, f.start) or _ROW_OPENING.search(text, lo, f.start)
    if m is None and (m := _CAPS_COLUMN.search(text, lo, f.start)) is not None and res.is_surname(m.group("w").lower()):
        return None if taken.any_in(*m.span("w")) else (m.start("w"), f.end)  # a keep word in the column too: "WARD  Hope"
    if m is None and (m := _CAPS_IN_SENTENCE.search(text, lo, f.start)) is not None and (
            not all(res.is_surname(part.lower()) for part in m.group("w").split("-"))
            or m.group("w").lower() in res.non_noun_words):
        return None  # "CALL Grace", "READ Grace": a verb or an adjective, even one that is a surname ("WILSON-GRANT" is no verb)
    if m is None or taken.any_in(*m.span("w")):
        return None
    if not caps_surname(m.group("w"), res):
        return None
    p = _CAPS_PARTICLES_BEFORE.search(text, max(0, m.start("w") - 24), m.start("w"))
    return (p.start() if p and p.group().isupper() else m.start("w")), f.end  # "DE SOUZA Siobhán", "VAN DER BERG Dot"


_ROW_OPENS = re.compile(rf"[ \t]*{ROW_LABEL}[ \t]+")  # a list's row label before its surname: "- ", "Bed 3 ", "09:30 "


def titled_row(text: str, line_start: int, m, res) -> bool:
    """A list row opening on a surname, its comma and a title before the found first name ("- Moss, Mr Alfie 79"):
    the layout makes any word the surname ("Hill", "Lamb"); not a keep or stop word, nor an adverb ("- Finally, Mr Obi")."""
    return (_ROW_OPENS.fullmatch(text, line_start, m.start()) is not None and not res.never_name(m["sur"])
            and not res.is_stop(m["sur"]) and not m["sur"].lower().endswith("ly"))


def caps_surname(w: str, res) -> bool:
    """Whether the block-capital word ``w`` can be a surname: a known surname that is no keep word, or a word no list
    knows of four letters or more (not "NIC", "HCA", "NOTES"), with a vowel."""
    known = res.is_surname(w.lower()) and not res.never_name(w.lower())
    unknown = len(w) > 3 and not (res.is_common(w.lower()) or res.never_name(w.lower()))
    return len(w) >= 3 and _VOWEL.search(w) is not None and (known or unknown)


# the given-name slot after a surname in block capitals: "ASANTE, Nana Kwame", "NGUYEN (Thu Trang)"
_SLOT_BEFORE = re.compile(rf"(?P<sur>{wd.CAPS_WORD})[ \t]*(?:,|\()[ \t]*(?P<w>\p{{Lu}}\p{{Ll}}+)[ \t]+\Z")


def given_name_slot(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    """The ``given-name-slot`` growth: a found first name right after another capitalised word in the given-name slot
    of a surname in block capitals ("ASANTE, Nana Kwame", "NGUYEN (Thu Trang)") takes that word too when a first-name
    list has it, even where it is also a title, a kin word or a weekday ("Nana", "Thu"): the layout decides, and a
    half-redacted "Nana [NAME]" is worse than a redacted title. Avoids: a word no first-name list has ("ASANTE, Ward
    Kwame"), a surname no surname list could hold ("NHS (Thu Trang)": ``caps_surname``)."""
    first = text[f.start:f.end]
    if not first[:1].isupper() or first.isupper():
        return None
    m = _SLOT_BEFORE.search(text, max(0, f.start - 60), f.start)
    if m is None or taken.any_in(*m.span("w")) or not res.is_first_name(m["w"]) or not caps_surname(m["sur"], res):
        return None
    return m.start("w"), f.end


# where a cell ends: a colon, a semicolon, a dash or a bracket, the line's end, or a cell's gap
CELL_END = r"[ \t]*(?:[:;–—(]|-[ \t]|$)|[ \t]{2,}|\t"
_SLOT_OPEN = re.compile(rf"(?P<sur>{wd.CAPS_WORD})[ \t]*,[ \t]*\Z")
# the given name's second word, then the cell's end or an age and sex ("LAU, Wai Man — COPD", "CHAN, Tai Man 45M")
_PLACE_WORD = re.compile(r"(?i:ward|bay|bed|unit|room|side|suite|hospital|house|clinic|theatre|centre|home|lounge)")
_SLOT_REST = re.compile(rf"[ \t](?P<w>\p{{Lu}}\p{{Ll}}+)(?={CELL_END}|[ \t]+\d{{1,3}}[ \t]?[MFmf]\b)", re.MULTILINE)


def given_name_rest(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    """The ``given-name-rest`` growth: a found first name opening the given-name slot of a surname in block capitals
    ("LAU, Wai") takes the one capitalised word after it that ends the cell, even an ordinary word ("LAU, Wai Man —
    COPD"): a Cantonese or Vietnamese given name's second syllable; the layout decides. Avoids: a second word before
    more of the cell ("PATEL, Anil Ward 3 …"), a place's word ("KHAN, Amir Ward —"), a keep word no first-name list
    has, a surname no surname list could hold (``caps_surname``)."""
    first = text[f.start:f.end].split()[-1]  # the finding may hold the surname already ("LAU, Wai": ``comma-inverted``)
    if not first[:1].isupper() or first.isupper():
        return None
    at = f.end - len(first)
    m, before = _SLOT_REST.match(text, f.end), _SLOT_OPEN.search(text, max(0, at - 40), at)
    if m is None or before is None or taken.any_in(*m.span("w")) or not caps_surname(before["sur"], res) or (
            res.never_name(m["w"]) and not res.is_first_name(m["w"])) or _PLACE_WORD.fullmatch(m["w"]):  # "KHAN, Amir Ward —"
        return None
    return f.start, m.end("w")
# an initial after a surname and a comma, ending its cell ("Bed 7 Duffy, M – diabetic", "PATEL, H   vegetarian")
_COMMA_INITIAL = re.compile(rf"[ \t]*,[ \t]*(?:[A-HJ-Z]\.?|I\.)(?={CELL_END})", re.MULTILINE)


def comma_initial(text: str, f: Finding, res, taken: Taken) -> Optional[Tuple[int, int]]:
    """The ``comma-initial`` growth: a one-word surname (in block capitals, or one a surname list has) before a comma
    and an initial that ends its cell takes the initial, as lists write a patient ("Bed 3 KHAN, R – soft diet"): a
    half-redacted "[NAME], R" leaves the initial beside the bed. Avoids: "I" with no full stop ("Jones, I think"), an
    initial that opens a phrase ("Duffy, A nice lady"), a word after ("SMITH, A&E")."""
    word = text[f.start:f.end]
    if " " in word.strip() or not (wd.is_caps(word) or (word[:1].isupper() and res.is_surname(word))):
        return None
    m = _COMMA_INITIAL.match(text, f.end)
    return (f.start, m.end()) if m and not taken.any_in(f.end, m.end()) else None


def surname_first_order(word: str, names: List[str], res) -> bool:
    """"Nguyễn Văn Hải", "Kim Min-jun": a surname of the gazetteer that is no first name, word, place or keep word,
    right before first names, is the surname of a name written surname first (Vietnamese, Chinese, Korean order;
    a form's "PATEL Sarah")."""
    return (res.is_surname(word) and not (res.is_first_name(word) or res.is_common(word) or res.is_place(word)
                                          or res.never_name(word)) and bool(names)
            and all(res.is_first_name(wd.without_possessive(n)) for n in names))
