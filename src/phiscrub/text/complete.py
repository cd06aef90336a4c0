"""Whole names, whole identifiers: the completion stage, after overlaps are resolved.

A half-redacted name is worse than a missed one: the draft looks safe, so nobody reads it again. Each rule below
grows a finding over neighbouring text that belongs to the same identifier (a named table, in order; each rule states
its shape, source and the false positive it avoids):

* ``word-edges``: a finding never starts or ends inside a word; a cut word is taken whole when at least half of it
  is inside, else left out ("D.O" of "D.O.B", "Okonjo" of "Okonjo-Bell"); a date's glued label stays out ("dob18/07").
* ``ocr-fragments``: the rest of a name OCR broke into pieces ("Gl ad ys"; ``ocr_fragments``).
* ``comma-inverted``: "PATTERSON, Joan", "NGUYEN-SMITH, Thi H", "DE LA CRUZ, Maria": a block-capital surname and a
  comma before a name, or a capitalised forename after a block-capital name (its comma or a wristband's space: "OKORO
  Reg 82F"); in title case, a surname of the gazetteer that is no word, or a Gaelic one, before a first name ("Siddiqui,
  Tariq", "Mac an t-Saoir, Rodel"), or any noun opening a list's row before a title ("- Moss, Mr Alfie"). The layout
  decides, not the word ("BRADFORD, Joan"); keep-list words ("WARD, Bay 3") stop it. ``block-capitals``: "ADEWALE
  OKONJO-BELL", "LE PAGE": block-capital words and particles beside a block-capital name, up to the line's end;
  acronyms and keep words stop it. ``particles``: "Maria de la Cruz", "Ahmed bin Said": lower-case name particles then a
  capitalised word (after a lower-case name, a word no stop word).
* ``nickname-between``: 'Thomas "Tommo" Reid', "Margaret (Peggy) Hale", 'Ann "Big Al" al-Hashimi': a name, a quoted
  or bracketed nickname and a name; a finding on any part of it (even one cut inside the quotes) takes the whole; a
  name quoted with its nickname's words takes them ('"Big Frank"'), a whole name the nickname in brackets after it
  ("Reginald Buxton (Reg)"). A word before the quotes is no name (``nicknames``).
* ``particles-before``: "E. ap Gwilym", "Reg Ní Bhriain", "van der Berg": particles in any case before a capitalised
  name, with the first name or initial before them; particles that are also English words ("do", "la") need that
  first name ("to do Smith's obs" stays).
* ``trailing-initial``: "Thi H", "Priya K.": one capital letter after a name ("I" only with a full stop, so "Sam I
  will" is not grown), after block capitals a Welsh digraph's ("PRICE-JONES Ll") or a board's column ("AL-HASHIMI  Y   HRD"); after a lower-case name, a lower-case
  letter (not "a", "i" or a kiss) before a dash or comma.
* ``gaelic-patronymic``: "Alasdair Mac an t-Saoir", "Mòrag Nic a' Phearsain": a name that ends on "Mac"/"Nic" takes
  the rest of the Gaelic surname; a name found from the surname's last word takes its head ("NIC A' PHEARSAIN").
* ``first-name-before``: "Will Pritchard", "Grace Okafor": a capitalised first name of the gazetteer right before a
  capitalised name, even one that is also a word or a stop word the name rules skip (a half-redacted name leaks; an
  over-redacted "Will" does not). Keep-list words ("Sister", "Ward") stop it, but a town that is a first name joins
  a name with its age ("Chester Ely, 94"). Also an initial ("E. O'Sullivan"; undotted after a label or initial: "Signed:
  R V Iyer"; two undotted before a title-case surname, no keep word or acronym: "JP Ogunleye", not "GP Patel") and,
  in lower-case chat, a first name that is no word ("marisol kowalczyk"), even before a capitalised surname ("priya Kaur"; a well-known first name that is also a word only opening a line: "sarah Kaur was on").
* ``caps-surname-before``, ``comma-initial`` (``surname_first``): "KOWALCZYK Jadwiga / DOB", "KHAN, R –": a label's or
  list's surname with its first name or initial; ``given-name-slot``, ``given-name-rest``: a block-capital surname's
  given names whole ("ASANTE, Nana Kwame", "LAU, Wai Man —"). ``unknown-before``, ``honorific-before`` (``name_before``): "Jinu Mathew", "mr hemin ahmed".
* ``surname-after``: "Ewan English", "L. Hill", "Hamish Will Hunt", "chinedu popescu": a known surname in the same
  case after a name ending on a first name or initial, even one that is a word, through one middle first name; a
  keep word before a number or another capitalised word stops it ("Priya Ward 3", "Jo Kent Community Trust"); in
  lower case a word only before a stop. A first name in the same case that ends the clause is the surname too
  ("Name: ZOFIA LONDON", "Wei Jericho Love and her husband"). A form's "Sarah FORD": a known surname in capitals
  after a title-case name when no capital word runs on ("Sarah SO MUCH" stays). A town no list calls a word, right
  after a first name, is the surname ("Jem Sherborne"; "Jem Sherborne Hospital" and "Jo Tenby 4" are the town's).
* ``wrapped-line``: a name wrapped across one line break in mid-sentence ("my husband Thomas" ending a line,
  "Adeyemi-Roberts in his final days" opening the next: ``wrapped``), or stacked in a signature block ("Sarah" alone
  on a line, "Okafor" alone on the next). ``street-after``: "Flat 1, Sea View Mansions, 7 Esplanade"; ``flat-before``:
  "Flat 11, 40 Peckham Rye" (both ``address_town``). Growth stops at a line break (but for ``wrapped-line``); the findings
are then resolved again (each keeps its type). Source: NHS handover and ward-board conventions; the naming customs
behind particles (Spanish, Dutch, Arabic, Welsh "ap" and "Ll").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, List, Optional, Tuple

import regex as re

from phiscrub.text import surname_first as sf
from phiscrub.text import words as wd
from phiscrub.text.address_town import flat_before, street_after
from phiscrub.text.celtic import FUNCTION_WORDS as CELTIC_WORDS
from phiscrub.text.celtic import celtic_line
from phiscrub.text.name_before import as_listed, honorific_before, initial_before, listed, rare_verb, unknown_before
from phiscrub.text.nicknames import nickname_around
from phiscrub.text.ocr_fragments import ocr_fragments
from phiscrub.text.particles import particles_after, particles_before
from phiscrub.text.resolve import resolve_overlaps
from phiscrub.text.surname_after import cued_lower_rest, forenames_rest, surname_after
from phiscrub.text.words import PARTICLES, WORD, Taken, alnum, is_caps, is_word_char, names_ok, word_around, word_case
from phiscrub.text.wrapped import wrapped_name
from phiscrub.types import Finding

__all__ = ["GROWTHS", "PARTICLES", "Growth", "complete"]

_COMMA_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<sur>{wd.CAPS_WORD}(?: {wd.CAPS_WORD}){{0,3}})[ \t]*,[ \t]*\Z")
_TITLE_COMMA_BEFORE = re.compile(r"(?<![\w'’\-])(?P<sur>(?:[OD]['’]|" + wd.JOINED_PARTICLE + r")?[A-Z][a-z][\w'’\-]*|(?:Mac|Nic|Mhic)[ \t]+(?:an[ \t]+t-|an[ \t]+|"
                                 r"a['’][ \t]*)\p{Lu}[\p{L}'’-]+)[ \t]*,[ \t]*(?P<title>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?\Z")
_FORENAME_AFTER = re.compile(r"(?:[ \t]*,[ \t]*|(?P<space> ))(?P<fore>[A-Z][a-z][\w'’\-]*(?: [A-Z][a-z][\w'’\-]*)?"
                             r"(?: [A-Z]\.?(?![\w&]))?)")  # (a space alone only after block capitals: "OKORO Reg 82F")
_CAPS_AFTER = re.compile(rf" (?P<w>{wd.CAPS_WORD})(?![\w&/])")  # one space: a wider gap is a board's next cell
_CAPS_BEFORE = re.compile(rf"(?<![\w&/])(?P<w>{wd.CAPS_WORD}) \Z")
_CELL_OPEN = re.compile(r"(?:^|[:|])[ \t]*$", re.MULTILINE)  # a line's or a labelled cell's start
_OPENS = re.compile(r"(?:^|[.!?:;|(\"“]|\s[-–—•])[ \t]*$", re.MULTILINE)  # a line's, sentence's or cell's start
LAYOUT_RULES = frozenset({"bed-board", "field"})  # rules whose layout makes the word after "SURNAME," its forename
_GAELIC_HEAD = re.compile(r"(?<![\w'’\-])(?:Mac|Nic|Mhic|Nighean)\Z", re.IGNORECASE)
_GAELIC_BEFORE = re.compile(r"(?<![\w'’\-])(?i:mac|nic|mhic)[ \t]+(?i:an[ \t]+|a['’][ \t]*)\Z")
_T_PREFIX = re.compile(r"[tT]-\p{Lu}")  # "t-Saoir" of "Mac an t-Saoir"
_GAELIC_REST = re.compile(r"[ \t]+(?i:an[ \t]+t-|an[ \t]+|a['’][ \t]*)?\p{Lu}[\p{L}'’-]+")
_GAELIC_REST_LOWER = re.compile(r"[ \t]+(?:an[ \t]+t-|an[ \t]+|a(?:['’][ \t]*|[ \t]+))\p{Ll}[\p{L}'’-]+")  # "a phi": chat drops a'
_GAELIC_AFTER = re.compile(r"[ \t]+(?i:Mac|Nic|Mhic)[ \t]+(?i:an[ \t]+t-|an[ \t]+|a['’][ \t]*)\p{Lu}[\p{L}'’-]+")
_GAELIC_AFTER_LOWER = re.compile(r"[ \t]+(?:mac|nic|mhic)[ \t]+(?:an[ \t]+t-|an[ \t]+|a(?:['’][ \t]*|[ \t]+))\p{Ll}[\p{L}'’-]+")
# "Siân", "Nguyễn" too; and "D'Angelo", "DeShawn" (``as_listed``)
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(?P<w>\p{Lu}(?:['’]\p{Lu}|\p{Ll}\p{Lu})?\p{Ll}+)[ \t]\Z")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(?P<w>\p{Ll}[\p{Ll}'’\-]+)[ \t]\Z")
_INITIAL_AFTER = re.compile(r" (?:[A-HJ-Z]\.?|I\.)(?![\w&'’\-/.]|[ \t]+[A-Z](?![\w.]))")  # not "N N N" (rota codes), "D.O.B"
_LOWER_INITIAL_AFTER = re.compile(r" [b-hj-wyz]\.?(?=[ \t]*(?:[–—:,(]|-[ \t]|$))", re.MULTILINE)  # "becca t – missed 2 appts"
_CAPS_INITIAL_AFTER = re.compile(rf"{_INITIAL_AFTER.pattern}| (?:Ll|Rh|Ch|Dd|Ff|Th)\.?(?![\w&'’\-/])|{sf.CELL_INITIAL}")


@dataclass(frozen=True)
class Growth:
    """One completion rule: ``grow(text, finding, resources, taken)`` returns the new (start, end) or None;
    ``taken`` tells where the other findings are."""

    name: str
    entity: Optional[str]  # None: every type
    grow: Callable


def _word_edges(text: str, f: Finding, _res, _taken) -> Optional[Tuple[int, int]]:
    start, end = f.start, f.end
    glued = f.entity_type == "DATE_OF_BIRTH" and text[start:start + 1].isdigit() and text[start - 1:start].isalpha()
    if 0 < start < len(text) and is_word_char(text[start - 1]) and is_word_char(text[start]) and not glued:
        word = word_around(text, start)
        if word is not None:
            inside = alnum(text, start, min(word[1], end))
            start = word[0] if inside * 2 >= alnum(text, *word) else word[1]
    if 0 < end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        word = word_around(text, end - 1)
        if word is not None:
            inside = alnum(text, max(word[0], start), end)
            end = word[1] if inside * 2 >= alnum(text, *word) else word[0]
    end = start + len(text[start:end].rstrip())  # a word left out leaves no space behind
    return (start, end) if (start, end) != (f.start, f.end) and start < end else None


def _comma_inverted(text: str, f: Finding, res, taken: "Taken") -> Optional[Tuple[int, int]]:
    start, end = f.start, f.end
    line_start = text.rfind("\n", 0, start) + 1
    m = _COMMA_BEFORE.search(text, line_start, start)
    if m and wd.caps_surname(text, f, m, line_start, res) and not taken.any_in(*m.span("sur")):
        start = m.start("sur")  # the layout decides: "BRADFORD, Joan"
    elif (t := _TITLE_COMMA_BEFORE.search(text, line_start, start)) and (wd.title_surname(text, f, t, res) if not t["title"]
                                                                            else sf.titled_row(text, line_start, t, res)) and not taken.any_in(*t.span("sur")):
        start = t.start("sur")  # "(Siddiqui, Tariq, NHS no …)"; a list row's, a title between: "- Moss, Mr Alfie"
    layout = f.rule in LAYOUT_RULES  # a board or form: "OWUSU, Yaw", "Baker, Will" even where the forename is a word
    caps = is_caps(text[f.start:f.end])
    lone = not caps and wd.lone_surname(text, f, res)  # "SANDHU, Reg", "Fforde-Smythe, Reg"
    if caps or (layout and len(text[f.start:f.end].split()) == 1) or lone:
        m = _FORENAME_AFTER.match(text, end)
        if m and not (m["space"] and not (caps and res.is_first_name(m["fore"]))) and not taken.any_in(*m.span("fore")) and (
                names_ok(m.group("fore").split(), res, caps=False, ordinary=layout) or wd.word_forename(text, m, res, caps or lone)):
            end = m.end("fore")
    return (start, end) if (start, end) != (f.start, f.end) else None


def _block_capitals(text: str, f: Finding, res, _taken) -> Optional[Tuple[int, int]]:
    if not (words := WORD.findall(text[f.start:f.end])) or not is_caps(words[0]):  # "DE SOUZA Tony": its first word
        return None
    start, end = f.start, f.end
    while is_caps(text[f.start:f.end]):
        if (m := _CAPS_AFTER.match(text, end)) and (names_ok([m.group("w")], res) or wd.keep_surname(m.group("w"), res)):
            end = m.end("w")  # "ANN ENGLISH": after a name, a surname that is also a keep word
        elif (m := wd.CAPS_PARTICLES_AFTER.match(text, end)) and m.group("parts").isupper() \
                and names_ok([m.group("last")], res, ordinary=True):
            end = m.end("last")  # "HOPE VAN DER BERG": the particles ride along
        else:
            break
    line_start = text.rfind("\n", 0, start) + 1
    while (m := _CAPS_BEFORE.search(text, line_start, start)) and (
            names_ok([m.group("w")], res) or wd.well_known_first_name(m.group("w"), res)
            or wd.PARTICLE.fullmatch(m.group("w"))):
        start = m.start("w")  # "WILL WIŚNIEWSKA": a first name that is also a word comes too; "LE PAGE"
    return (start, end) if (start, end) != (f.start, f.end) else None


def _gaelic_patronymic(text: str, f: Finding, _res, _taken) -> Optional[Tuple[int, int]]:
    if (b := _GAELIC_BEFORE.search(text, max(0, f.start - 12), f.start)) and (
            text[f.start].isupper() or _T_PREFIX.match(text, f.start)):
        return b.start(), f.end  # "NIC A' PHEARSAIN" found from its last word
    if _GAELIC_HEAD.search(text, f.start, f.end):  # "gráinne nic" of "gráinne nic an bhaird": in lower case too
        m = (_GAELIC_REST_LOWER if text[f.start:f.end].islower() else _GAELIC_REST).match(text, f.end)
    else:  # "Ewan Mac an t-Saoir"; in lower case only after a lower-case name: "niamh mac an t-saoir"
        m = (_GAELIC_AFTER_LOWER if text[f.start:f.end].islower() else _GAELIC_AFTER).match(text, f.end)
    return (f.start, m.end()) if m else None


def _first_name_before(text: str, f: Finding, res, taken: "Taken") -> Optional[Tuple[int, int]]:
    span = None
    for _ in range(2):  # a first and a middle name: "Ivy May Thornton"
        if (grown := _one_name_before(text, f, res, taken)) is None:
            break
        span, f = grown, replace(f, start=grown[0], end=grown[1])
    return span


def _one_name_before(text: str, f: Finding, res, taken: "Taken") -> Optional[Tuple[int, int]]:
    if f.rule in ("title", "honorific"):
        return None
    if (lower := _lower_first_before(text, f, res, taken)) is not None or text[f.start].islower():
        return lower
    if (initial := initial_before(text, f, res, taken)) is not None:
        return initial  # "E. O'Sullivan", "the other JP Ogunleye"
    m = _TITLE_WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    if not m or not text[f.start].isupper() or taken.any_in(*m.span("w")):
        return None
    w, names = as_listed(m.group("w"), res), text[f.start:f.end].split()
    if w is None:
        return None
    if w.lower() in CELTIC_WORDS and celtic_line(text, f.start):
        return None  # "Mae Siân yn y gwely": the Welsh verb, not a first name
    last = wd.without_possessive(names[-1])
    known = res.anglo_first_names.get(w.lower(), 0) >= 2 or (res.is_first_name(w) and res.is_surname(last))
    if (wd.month_first_name(text, m.start("w"), w, res) and not res.is_first_name(last)) or wd.first_of_three(w, names, res):
        return m.start("w"), f.end  # "April Mensah started", not "in April Mensah started"; "Olu Jean-Paul Cook"
    if not known and not listed(res, w) and (wd.unknown_forename(w, names, f.rule, res) or sf.surname_first_order(w, names, res)):
        return m.start("w"), f.end  # "Ealish Quayle": a word no list knows before a known surname; "Nguyễn Văn Hải"
    if not known or w.isupper() or (res.never_name(w) and not wd.town_first_name(text, m, f.rule, res)):
        return None  # a first name well known in the UK, Ireland or the US ("Will", "Grace"; not "Son", "To"),
        # or any first name before a known surname ("Blessing Khan's husband")
    return m.start("w"), f.end


# first names kept as ordinary words only for a role they also name ("reg": the registrar). Before a name found next
# to them they join it, unless an article or owner makes them the role ("the reg Patel"): a half-redacted
# "Reg [NAME]" is worse than a redacted role word
ROLE_FIRST_NAMES = frozenset({"reg"})
_ROLE_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(?P<w>\p{L}+)[ \t]\Z")
_OWNER_BEFORE = re.compile(r"(?i:\b(?:the|a|an|our|your|my|their|his|her|on-?call|duty)[ \t]+)\Z")


def _role_first_name_before(text: str, f: Finding, _res, taken: "Taken") -> Optional[Tuple[int, int]]:
    m = _ROLE_WORD_BEFORE.search(text, max(0, f.start - 12), f.start)
    if not m or m.group("w").lower() not in ROLE_FIRST_NAMES or taken.any_in(*m.span("w")):
        return None
    if _OWNER_BEFORE.search(text, max(0, m.start() - 12), m.start()) or word_case(m.group("w")) != word_case(
            text[f.start:f.end].split()[0]):
        return None  # "the reg Patel": the role; a case that differs from the name's ("reg PATEL")
    return m.start("w"), f.end


def _lower_first_before(text: str, f: Finding, res, taken: "Taken") -> Optional[Tuple[int, int]]:
    """"b4 priya raman", "missing: dot kowalczyk": a lower-case first name before a lower-case name; before a
    capitalised surname typed on a phone ("priya Kaur", "sarah Kaur" opening a line) too."""
    m = _LOWER_WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    if not m or taken.any_in(*m.span("w")):
        return None
    w = m.group("w")
    if not res.is_first_name(w) or res.is_stop(w) or res.never_name(w) or rare_verb(w, res) or w.lower() == "love":
        return None  # "love gemma xx": the closing, not a first name (Love)
    if not text[f.start:f.end].islower():
        return _lower_before_title(text, f, m, res)
    if res.is_common(w) and not _CELL_OPEN.search(text, max(0, m.start("w") - 40), m.start("w")) and (
            not res.anglo_first_names.get(w) or any(map(res.is_common, text[f.start:f.end].split()))):
        return None  # a word: a first name before no word ("dot kowalczyk"; not "son kuba"), or opening a cell
    return m.start("w"), f.end


def _lower_before_title(text: str, f: Finding, m, res) -> Optional[Tuple[int, int]]:
    """A lower-case first name before a one-word capitalised finding: no word ("priya Kaur"), or a first name
    well known in the UK opening a line, sentence or cell ("sarah Kaur was on"; not "please mark Rose's obs")."""
    if " " in text[f.start:f.end].strip() or not text[f.start].isupper() or word_case(text[f.start:f.end]) != "title":
        return None
    w = m.group("w")
    opens = _OPENS.search(text, max(0, m.start("w") - 10), m.start("w"))
    if res.is_common(w) and not (res.anglo_first_names.get(w.lower(), 0) >= 5 and opens):
        return None
    return m.start("w"), f.end


def _trailing_initial(text: str, f: Finding, _res, _taken) -> Optional[Tuple[int, int]]:
    caps = (name := text[f.start:f.end]).isupper() or name.removeprefix("Mc").removeprefix("Mac").isupper()  # "McCORMACK"
    m = (_LOWER_INITIAL_AFTER if name.islower() else _CAPS_INITIAL_AFTER if caps else _INITIAL_AFTER).match(text, f.end)
    return (f.start, m.end()) if m else None


GROWTHS: Tuple[Growth, ...] = (
    Growth("word-edges", None, _word_edges), Growth("ocr-fragments", "PERSON", ocr_fragments),  # "Gl ad ys": OCR's pieces
    Growth("gaelic-patronymic", "PERSON", _gaelic_patronymic),  # first: "AMA MAC AN T-SAOIR" then grows as a whole
    Growth("comma-inverted", "PERSON", _comma_inverted), Growth("block-capitals", "PERSON", _block_capitals),
    Growth("particles", "PERSON", particles_after), Growth("nickname-between", "PERSON", nickname_around),
    Growth("particles-before", "PERSON", particles_before), Growth("trailing-initial", "PERSON", _trailing_initial),
    Growth("comma-initial", "PERSON", sf.comma_initial), Growth("first-name-before", "PERSON", _first_name_before),
    Growth("caps-surname-before", "PERSON", sf.caps_surname_before), Growth("given-name-slot", "PERSON", sf.given_name_slot),
    Growth("given-name-rest", "PERSON", sf.given_name_rest),
    Growth("forenames-rest", "PERSON", forenames_rest),  # "FORENAMES   ALEKSANDRA   MARIA"
    Growth("role-first-name-before", "PERSON", _role_first_name_before),
    Growth("unknown-before", "PERSON", unknown_before), Growth("honorific-before", "PERSON", honorific_before),
    Growth("surname-after", "PERSON", surname_after), Growth("cued-lower-rest", "PERSON", cued_lower_rest),
    Growth("gaelic-after", "PERSON", _gaelic_patronymic),  # again, after a first name grew on: "Ewan Mac an t-Saoir"
    Growth("wrapped-line", "PERSON", wrapped_name), Growth("flat-before", "STREET_ADDRESS", flat_before),
    Growth("street-after", "STREET_ADDRESS", street_after),
)


def complete(text: str, findings: List[Finding], resources, growths=GROWTHS) -> List[Finding]:
    """Every finding grown by the rules in ``growths`` (in order), then resolved again."""
    out = []
    taken = Taken(findings)
    for f in findings:
        for g in growths:
            if g.entity is None or g.entity == f.entity_type:
                span = g.grow(text, f, resources, taken)
                if span is not None:
                    f = replace(f, start=span[0], end=span[1])
        out.append(f)
    return resolve_overlaps(out, text) if out != list(findings) else out
