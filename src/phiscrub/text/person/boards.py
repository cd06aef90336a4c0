"""Names on bed boards, theatre lists and delivery-suite boards: "BED 3  OWUSU, Yaw", "RM 1   KHATUN   G3P2".

Rule: right after a bed, bay or room label with its number ("BED 3", "RM 1",
"SR 7:") or a board's item number ("3   Boyle, Jimmy", "BAY A:  1 McLAUGHLIN"),
up to three words in capitals or title case that can be a name (a
surname or first name of the gazetteer that is no ordinary word, or a word of
three letters or more, with a vowel, that no dictionary, gazetteer or keep list
knows; a name in capitals even when also a word or place: "MURPHY", "BRADLEY")
are the patient's name; the completion stage adds a forename after a comma
("OWUSU, Yaw").

Source: UK bed states and whiteboards copied into posts and chat.
Avoids: the board's other words ("BED 2  EMPTY", "RM 3 clean", "Bed 4 will need
a hoist": ordinary words; "NIV", "IVAB": short acronyms and words no name is
spelt like), places ("Bay 4 Kendal ward"), a new sentence or clause after the
label ("Bed 4. Urosepsis"), lower-case chat (``pairs``' job).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.counted_lines import counted_line_items
from phiscrub.text.person.filters import not_a_person
from phiscrub.text.person.tokens import PARTICLE_WORDS, PLURAL_ACRONYM, VOWEL
from phiscrub.text.surname_after import AGE_NEXT
from phiscrub.text.surname_first import CELL_END
from phiscrub.types import Finding

_PARTICLE_HEAD = (r"(?i:van|von|de|da|di|du|del|della|le|la|al|el|ter|ten|dos|das)"
                  r"(?:[ \t](?i:der|den|de|la|le|del|van|von|da|dos|das|ter|ten))*[ \t](?=[A-Z])")
# a capitalised name word, with its prefix or particles: "McLAUGHLIN", "ST. CLAIR", "Van der Berg"
WORD = re.compile(rf"(?:Ma?c|O['’]|N[ií][ \t]|Ó[ \t]|S[Tt]\.[ \t]?|{_PARTICLE_HEAD})?\p{{Lu}}[\w'’-]*(?<![-'’])")
GAP = re.compile(r"[ \t]+")
INITIAL = re.compile(r"[A-Z]\.")
HAS_DIGIT = re.compile(r"\d")  # "CCU2", "SR1": a bed or room, never a name
FORENAME_AFTER = re.compile(r",[ \t]*([A-Z][a-z][\w'’-]*)")
SURNAME_AFTER = re.compile(r" ((?:Ma?c|O['’])?[A-Z][a-z][\w'’-]*)(?![\w'’-])")
# a numbered item of a board or list: at a line's start or after a cell gap, then a gap or a
# capital word ("3   Boyle, Jimmy", "1.  J. ADEBAYO", "BAY A:  1 McLAUGHLIN NIV   2 DOHERTY")
# (a bed's letter after its number, "2b O'Connor-Lynch – SVD"; a spaced dash after it, "1 – ABERNETHY / 81 / NSTEMI")
NUMBERED = re.compile(r"(?:^|(?<=\n)|(?<=[ \t]{2})|(?<=:[ \t]))[ \t]*(?P<n>\d{1,2})[a-f]?\.?"
                      r"(?:[ \t]{2,}|[ \t]+[–—-][ \t]+(?=[A-Z])|[ \t](?=[A-Z]{2}|Ma?c[A-Z]|O['’][A-Z]|N[ií][ \t]|[A-Z][\w'’ -]{1,30},[ \t]*[A-Z]))")
# an item numbered inline, the one before it on the same line: "List: 1. PATTERSON lap chole 2. AKINTOLA hernia"
INLINE_ITEM = re.compile(r"(?<=[ \t])(?P<n>\d{1,2})[.)][ \t]+(?=[A-Z]{2}|Ma?c[A-Z]|O['’][A-Z])")
# a board's bay code opening a line: "R3  HUSSAIN, AMINA", "C12: DOYLE", "C1 - WELLS Frank" (resus, cubicle, chair)
BAY_CODE = re.compile(r"^[ \t]*[A-Z]{1,3}\d{1,2}[a-z]?(?:[ \t]{2,}|\t|[ \t]*[:–—-][ \t]*|"
                      # one space before a block-capital surname (one or two words) and its initial, then a dash, a
                      # cell's gap or the line's end: "A1 BALOGUN K – Tazocin due", "A3 DA SILVA R   DKA", "A4 OKONJO — ?"
                      # ... or a code with a digit: "R2 ADDO G1 38+6 SROM" (gravida, gestation)
                      r"[ \t](?=\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)?(?:[ \t][A-Z])?(?:[ \t]+[-–—]|[ \t]*$|[ \t]{2,}|\t|[ \t][A-Z]{0,2}\d)))"
                      r"(?=\p{Lu})", re.MULTILINE)
# a lower-case board item: "2 - mcdonald, fiona - 74 - fall", "3) okafor, chidi, 55", "bed 1 – lincoln, abigail 84"
# (a short bed label needs no mark after it: "b1 bradford, william ("bill") 88"; a Gaelic surname's particles: "mac an
# tsaoir, seumas 70")
LOWER_ITEM = re.compile(r"^[ \t]*(?:(?:(?i:bed|bay|rm|room|cubicle|cot)[ \t]*)?\d{1,2}[ \t]*[-–.):]|(?i:b|bd|bed|bay)\d{1,2}[a-z]?"
                        r"(?:[ \t]*[-–.):])?)[ \t]*(?P<last>[a-z][\w'’-]+(?:[ \t][a-z][\w'’-]+){0,2}),[ \t]*"
                        r"(?P<first>[a-z][\w'’-]+)(?=[ \t]*(?:[-–,(]|\d))", re.MULTILINE)
CELL_RULE = re.compile(r"(?:[ \t]*[│┃|¦][ \t]*)?")
SENTENCE_END = re.compile(r"\d[a-z]?[.,)][ \t]*$")
SCORE = 0.6
# the layout decides over a gazetteer: "BRADLEY", "Boyle, Jimmy" on a board are names, while
# ``_name_word`` already refuses a word that is only a place
LAYOUT_SKIP = frozenset({"known-place", "abroad", "saint-or-hashtag"})


def from_bed_board(ctx: Context, text: str) -> List[Finding]:
    """The name right after each bed label or numbered board item, in capitals or title case."""
    out = []
    cues = [c.end() for c in ctx.vocab.bed_cue.finditer(text) if not SENTENCE_END.search(c.group()) or (
        "," in c.group() and not text[text.rfind("\n", 0, c.start()) + 1:c.start()].strip())]  # "Room 14, Ivy Buckle:"
    cues += [c.end() for c in NUMBERED.finditer(text) if _item_number(text, c)]
    cues += [c.end() for c in BAY_CODE.finditer(text)]
    cues += [c.end() for c in INLINE_ITEM.finditer(text) if _counts_up(text, c)]
    cues += [c.end() for c in BARE_ITEM.finditer(text) if _bare_run(text, c)]
    cues += counted_line_items(ctx, text)  # "1 Okoro ✅ d/c\n2 Gallacher – NIV\n3 …"
    for start in sorted(set(cues)):
        start = CELL_RULE.match(text, start).end()  # a drawn table's column rule after the label: "Bed 1 │ OKORO, Ada │"
        end = _name_end(ctx, text, start) or start
        if end == start and (w := LOWER_FIRST.match(text, start)) and _lower_first(ctx, w.group("w")) \
                and SUBJECT_STATE.match(text, w.end()):
            end, start = w.end("w"), w.start("w")  # lower-case chat: "bed 3 esther is asking for you"
        if end > start and not not_a_person(ctx, text, start, end, LAYOUT_SKIP):
            out.append(finding(start, end, SCORE, "bed-board"))
    return out


LOWER_FIRST = re.compile(r"[ \t:–-]*(?P<w>\p{Ll}[\p{Ll}'’-]+)(?![\w'’-])")
# a verb or a state after it makes it the subject: "bed 3 esther is asking", not "bed 3 nil by mouth"
SUBJECT_STATE = re.compile(r"[ \t]+(?:is|was|has|had|still|keeps|wants|asking|asked|says|said|needs|went|going|refus\w*|"
                           r"declin\w*|settled|unsettled|restless|asleep|awake|sleeping|slept|confused|agitated|pulled|"
                           r"fell|home|calling|shouting|wandering|comfortable|comfy|eating|ate|vomiting|poorly)\b")


def _lower_first(ctx: Context, word: str) -> bool:
    """A lower-case first name after a bed label that is no verb, adjective, keep, stop or relation word ("esther",
    "ola"; not "sandy", "will", "mark", "rm 2: son says")."""
    res, kin = ctx.res, ctx.vocab.relation_word.fullmatch(word)
    return res.is_first_name(word) and not (word in res.non_noun_words or res.never_name(word) or ctx.is_stop(word) or kin)


def _counts_up(text: str, m) -> bool:
    """Whether the item number before ``m``'s comes earlier on its line ("1. … 2. AKINTOLA")."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    n = int(m["n"])
    return n > 1 and re.search(rf"(?<![\d.]){n - 1}[.)][ \t]", text[line_start:m.start()]) is not None


# a bed's bare number inline, then a capitalised word: "Bed board 6B: 1 Kowalczyk 2 empty 3 Ó Súilleabháin 4 Begum"
BARE_ITEM = re.compile(r"(?<=[ \t:])(?P<n>\d{1,2})[ \t]+(?=\p{Lu}\p{L}|Ó[ \t])")
_BARE_NUMBER = re.compile(r"(?<=[ \t:])(?P<n>\d{1,2})[ \t]+(?=\p{L})")


def _bare_run(text: str, m) -> bool:
    """Whether ``m``'s bare number is one of three or more on its line that count up one by one from 1 ("1 … 2 … 3 …"):
    a bed list written inline, not a count or a time ("2 Tesco bags", "3 Church Lane")."""
    line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.start())
    numbers = [int(b["n"]) for b in _BARE_NUMBER.finditer(text, line_start, len(text) if line_end < 0 else line_end)]
    return len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))


def _item_number(text: str, m) -> bool:
    """An item number after a cell gap is small ("NIV   2 DOHERTY"); a bigger one is a cell of the
    row before ("Thomas   79  UTI": an age)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start:m.start()].strip() or int(m["n"]) <= 12


def stop_word_in_name(ctx: Context, words: List[str]) -> bool:
    """A stop word among a lower-case name's words, a particle or a word after one aside ("mac an tsaoir")."""
    return any(ctx.is_stop(w) and w not in PARTICLE_WORDS and not (i and words[i - 1] in PARTICLE_WORDS)
               for i, w in enumerate(words))


def from_lower_items(ctx: Context, text: str) -> List[Finding]:
    """A lower-case board copied into chat: "2 - mcdonald, fiona - 74 - fall at home".

    Rule: a numbered line opening on "surname, forename" in lower case and then a dash,
    comma, bracket or number, where the forename is a gazetteer first name or the surname
    a gazetteer surname, and neither is a keep, stop or relation word.
    Avoids: "2 - bloods, obs - due 14:00" (no gazetteer name; keep words); a title: "bed 5: mrs adeyemi, post-fall"
    is a name and a note, not an inverted name.
    """
    out = []
    res = ctx.res
    for m in LOWER_ITEM.finditer(text):
        last, first = m["last"].split(), m["first"]
        words = last + [first]
        aged = res.is_first_name(first) and AGE_NEXT.match(text, m.end("first")) is not None
        if stop_word_in_name(ctx, words) or any(ctx.vocab.relation_word.fullmatch(w) or ctx.vocab.title_word.fullmatch(w)
                                                for w in words) or (
                res.never_name(first)) or any(
                res.never_name(w) and not (res.is_surname(w) or aged) for w in last):
            continue  # a keep word is the surname only before a first name and its age: "bed 1 – lincoln, abigail 84"
        if not (res.is_first_name(first) or res.is_surname(last[-1]) or any(w in PARTICLE_WORDS for w in last[:-1])):
            continue
        if all(res.is_common(w) and not res.is_name(w) for w in words):
            continue
        out.append(finding(m.start("last"), m.end("first"), SCORE, "bed-board"))
    return out


def _name_end(ctx: Context, text: str, start: int) -> int:
    """Where the name of up to three words (initials riding along) from ``start`` ends."""
    end = pos = start
    named = False
    for _ in range(4):
        m = INITIAL.match(text, pos) or WORD.match(text, pos)
        if not m:
            break
        initial = m.re is INITIAL
        if end == start and not initial and (both := _caps_then_first(ctx, text, m)):
            return both  # "C1 - WELLS Frank 79": a board's SURNAME Forename, even a town's
        # after a name word, a gazetteer surname goes on even where it is a word: "Kwame MacLeod"
        goes_on = named and ctx.res.is_surname(m.group()) and not ctx.res.never_name(m.group())
        if not initial and not (goes_on or _name_word(ctx, m.group()) or _inverted(ctx, text, m) or _aged_caps_place(ctx, text, m)
                                or (end == start and _named_cell(ctx, text, m))):
            if end == start and (both := _first_then_surname(ctx, text, m)):
                end, named = both, True  # "Rm 4 – Hazel Lancaster"
            break
        named = named or not initial
        end = m.end()
        gap = GAP.match(text, end)
        particle = m.group().lower() in PARTICLE_WORDS and gap is not None and gap.end() - end <= 2
        if not gap or (gap.end() - end > 1 + initial and not particle):
            break  # a cell gap ends the name: "KHATUN   G3P2" (not after a particle: "DE  SOUZA" as OCR spaces it)
        pos = gap.end()
    return end if named else start


# a spaced dash or a cell's end right after the word: "Bed 11 Whitehead — NBM from midnight"; or a colon before the
# bed's note: "Room 14 – Pearl: low mood"
_CELL_ENDS = re.compile(r"[ \t]+[–—-][ \t]|[ \t]*(?:[¦|\t]|$)|[ \t]{2,}|:[ \t]+(?=\p{Ll})", re.MULTILINE)


def _named_cell(ctx: Context, text: str, m) -> bool:
    """A bed's whole cell of one title-case word a name list knows, even an ordinary word ("Bed 11 Whitehead — NBM"):
    the layout decides (not a stop or keep word: "Bed 2 — Will …", "Bed 4 Empty —")."""
    w = m.group()
    return (w.istitle() and ctx.res.is_name(w) and not ctx.is_stop(w.lower()) and not ctx.res.never_name(w.lower())
            and _CELL_ENDS.match(text, m.end()) is not None)


# a board's next cell holding an age: "1 – ABERNETHY / 81 / NSTEMI", "BED 2  KENDAL, 79"
AGE_CELL = re.compile(r"[ \t]*[/,|–—-][ \t]*(?:1[01]\d|[1-9]?\d)(?:[ \t]*[MFmf])?(?=[ \t]*(?:[/,|–—-]|$))", re.MULTILINE)


def _aged_caps_place(ctx: Context, text: str, m) -> bool:
    """A place in block capitals with an age in the next cell is the patient's surname ("ABERNETHY / 81")."""
    word = m.group()
    return word.isupper() and len(word) > 3 and ctx.res.is_place(word) and AGE_CELL.match(text, m.end()) is not None


def _first_then_surname(ctx: Context, text: str, m) -> int:
    """Where "Violet Preston" ends after a bed label: a first name that is also a word or place, then
    one space and a surname of the gazetteer, even a place or word (or a word no list has as a surname that ends its
    cell: "Ivy Buckle:"), that names no building, ward or organisation ("Rose Ward", "Holly Lodge" stay); 0 otherwise."""
    first = m.group()
    nxt = SURNAME_AFTER.match(text, m.end())
    if not (nxt and first[0].isupper() and ctx.res.is_first_name(first)) or ctx.is_stop(first.lower()):
        return 0
    last, res = nxt.group(1).lower(), ctx.res
    ends = CELL_ENDS.match(text, nxt.end()) or _next_item(ctx, text, nxt.end())
    if not (res.is_surname(last) or (ends and not (res.never_name(last) or res.is_place(last)))):
        return 0  # a word no surname list has only where the cell ends with it: "Room 14, Ivy Buckle: refused", or
        # the next bed's item starts: "Rm 5 Reg Bamforth, Rm 6 vacant"
    return 0 if ctx.is_stop(last) or _names_a_thing(ctx.vocab, last) else nxt.end()


CELL_ENDS = re.compile(CELL_END, re.MULTILINE)
ITEM_SEPARATOR = re.compile(r"[ \t]*[,;/|][ \t]*")


def _next_item(ctx: Context, text: str, pos: int) -> bool:
    """Whether the next item of a list of beds starts at ``pos``: a separator, then a bed label (", Rm 6")."""
    sep = ITEM_SEPARATOR.match(text, pos)
    return sep is not None and ctx.vocab.bed_cue.match(text, sep.end()) is not None


def _caps_then_first(ctx: Context, text: str, m) -> int:
    """Where "WELLS Frank" ends after a bed label: a word in block capitals, even a town or a word, then one space, a
    first name in title case and an age, a dash, a comma or the line's end (a board writes SURNAME Forename); 0
    otherwise. Avoids acronyms ("CT Head", "NBM Grace ward": a stop word or no first name after them)."""
    word, nxt, res = m.group(), SURNAME_AFTER.match(text, m.end()), ctx.res
    if not (nxt and word.isupper() and word.isalpha() and (res.is_name(word) or res.is_place(word) or len(word) > 3)) \
            or ctx.is_stop(word.lower()) or not ROW_GOES_ON.match(text, nxt.end()):
        return 0
    first = nxt.group(1).lower()
    ok = res.is_first_name(first) and not ctx.is_stop(first) and not ctx.vocab.relation_word.fullmatch(first)
    return nxt.end() if ok and not _names_a_thing(ctx.vocab, first) else 0


ROW_GOES_ON = re.compile(r"[ \t]*(?:\d{1,3}\b|[-–—,(]|$)", re.MULTILINE)


def _names_a_thing(vocab, word: str) -> bool:
    """A place, organisation or building word ("Ward", "Surgery", "Lodge"): after a name it names a thing."""
    return word in vocab.place_after or word in vocab.organisation_after or word in vocab.building_after


def _inverted(ctx: Context, text: str, m) -> bool:
    """A surname that is also a word or place, before a comma and a first name: "Boyle, Jimmy"
    (not "Sorry, James")."""
    nxt = FORENAME_AFTER.match(text, m.end())
    w = m.group().lower()
    return bool(nxt and ctx.res.is_first_name(nxt.group(1)) and ctx.res.is_surname(w) and not ctx.res.never_name(w))


def _name_word(ctx: Context, word: str) -> bool:
    res = ctx.res
    w = word.lower()
    if (res.never_name(w) or ctx.is_stop(w) or not VOWEL.search(w) or HAS_DIGIT.search(w)
            or any(p in res.eponyms for p in w.split("-"))):
        return False  # "Guillain-Barré" after a name is the condition
    if (word.isupper() and len(w) <= 3 and not _name_shaped(w)) or PLURAL_ACRONYM.fullmatch(word):
        return False  # "NIV", "ENT"; a plural acronym: "2 DCAs"
    if res.is_name(w):  # "MURPHY", "BRADLEY": a name on the board, even if also a word or a place
        return word.isupper() or not res.is_common(w)
    return (len(w) >= 3 and not res.is_common(w) and not res.is_place(w)
            and not (word.isupper() and len(w) <= 4 and w.isalpha() and not _name_shaped(w)))


def _name_shaped(w: str) -> bool:
    """A short capital word spelt like a name (vowels between consonants: "OJO", "ABE"), not an
    acronym such as "IVAB", "NIV", "SROM"."""
    vowels = sum(ch in "aeiouy" for ch in w)
    return vowels * 2 >= len(w)
