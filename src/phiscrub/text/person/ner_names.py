"""The NER's side of PERSON: its PERSON entities as names, and rule names it places inside a place.

Rule ``ner``: spaCy's PERSON entities, trimmed of titles, relation words and keep-list words at the edges, and
dropped when a check of ``NER_REJECTS`` says the small model was wrong (lower-case phrases such as "grey hair",
@corporate handles, a capitalised ordinary word opening a sentence, a plural noun before "are", an eponym, a place, a
car make before its plate, a medicine taken or dosed).
Blocking: a rule name that starts inside an NER GPE/LOC/FAC entity is dropped (a gazetteer first name only when it
could be a place: a known place, or after "in", "near"…) unless a title, field label, closing, cheer or a letter's
salutation named it ("Dr Chester", "cheers, Bern", "Dear Kittipong,"), or (outside the gazetteer rule) its first word is a known name or it is a full name no
gazetteer calls a place ("Congrats to Bukola Adeyemi-Ojo"). spaCy's small model labels many lone first names ORG, so
ORG does not block; other labels (WORK_OF_ART, NORP) are as often wrong on names and never block.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, List, Sequence, Tuple

import regex as re

from phiscrub.text.person.abroad import could_be_place
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.eponyms import eponym, phenotype
from phiscrub.text.person.filters import not_a_person, ordinary_after_emoji, sentence_start, unknown_surname_follows
from phiscrub.text.person.ner_trim import trim
from phiscrub.text.person.ordinary import calendar_abbreviation, drug_name, ordinary, plural_subject, taken_medicine
from phiscrub.text.person.tokens import NUMBERED
from phiscrub.text.recognizers.street_address import _FIRST_TYPE_STREET
from phiscrub.text.recognizers.vehicle_reg import make_before_plate
from phiscrub.text.words import INITIAL, NUMBERED_UNITS
from phiscrub.text.wrapped import line_alone, stacked_surname
from phiscrub.types import Finding

NON_PERSON_LABELS = frozenset({"GPE", "LOC", "FAC"})
LATIN, FORENAME_AFTER = re.compile(r"\p{Latin}"), re.compile(r"[ \t]*,[ \t]*([^\W\d_][\w'’-]*)")
_SALUTE, _SALUTE_END = re.compile(r"(?:^|(?<=\n))[ \t]*(?i:dear(?:est)?)[ \t]+\Z"), re.compile(r"[ \t]*(?:,|!|\n|\Z)")
# rules whose cue outranks an NER place label: a title or field label ("Dr Chester"), a closing or cheer before a name
# ending the line ("cheers, Bern", "Go on Reg!"), a ward allocation ("Ikenna on nights"), a hand-over cue ("ask for Taz"),
# a relation word right before a name ("mum Hodan": no place follows a kin word without "in" or "from"), a record's name
# cells ("KOWALSKA / ANNA MARIA / 01-05-1979": the layout decides), someone in an office, initials ("K.M. –": no place)
TRUSTED_RULES = frozenset({"title", "field", "sign-off", "closing", "cheer", "rota", "signed", "chat-line", "child-age",
                           "signature", "chat-subject", "relation", "role", "record-cells", "in-office", "letter-initials"})

def _no_latin_letter(ctx: Context, n: NerName) -> bool:
    """The English model's PERSON over another script ("新年快乐") is noise."""
    return not LATIN.search(n.span)


@dataclass(frozen=True)
class NerName:
    """A trimmed NER PERSON entity: where it is and its words."""

    text: str
    start: int
    end: int
    words: Tuple[str, ...]

    @property
    def span(self) -> str:
        return self.text[self.start:self.end]


def _in_handle(ctx: Context, n: NerName) -> bool:
    """#hashtags; @corporate handles (but "@Zainab" is a person)."""
    prev = n.text[n.start - 1] if n.start > 0 else ""
    return prev == "#" or (prev == "@" and not ctx.res.is_first_name(n.words[0]))


def _not_name_chars(ctx: Context, n: NerName) -> bool:
    """Digits or symbols, or a lone letter left after trimming ("Bay B")."""
    return any(ch.isdigit() or ch in "@#/" for ch in n.span) or len(n.span.strip(".")) == 1


def _ordinary_words(ctx: Context, n: NerName) -> bool:
    """"Thurs Night", "Advice Line": ordinary words (or calendar abbreviations), none a name; or one word, ordinary
    in any form (``ordinary.ordinary``: "Burnout", "Fitbits"), mid-sentence too."""
    return all((ctx.res.is_common(w) or calendar_abbreviation(ctx, w.lower()) or len(n.words) == 1 and ordinary(
        ctx, w)) and not ctx.res.is_name(w) for w in n.words)


# words that end the name of a charity or a body, not a person's ("Kidney Care UK", "Mind Cymru", "Bliss Scotland")
_BODY_LAST = frozenset({"uk", "cymru", "scotland", "alba", "ni", "international", "foundation", "trust", "charity",
                        "society", "association", "alliance", "network", "appeal"})


def _body(ctx: Context, n: NerName) -> bool:
    """"Kidney Care UK", "Anxiety UK": ordinary words before a word that ends a body's name, no name among them."""
    *head, last = n.words
    return bool(head) and last.lower() in _BODY_LAST and all(
        ordinary(ctx, w) and not ctx.res.is_name(w) for w in head)


def _plural_noun_last(ctx: Context, n: NerName) -> bool:
    """"Blaydon Races", "Highland Games": a run ending in an ordinary plural noun, no name in it."""
    last = n.words[-1]
    return (len(n.words) > 1 and last.endswith("s") and ctx.res.is_common(last) and not ctx.res.is_name(last)
            and not ctx.res.is_first_name(n.words[0]))


def _drug(ctx: Context, n: NerName) -> bool:
    """"Bisoprolol": the small model tags capitalised drug names as PERSON; and a word no name list knows, or one in
    capitals, that is taken or dosed ("I take Lamotrigine", "Kepivance 60 micrograms", "aripiprazole LAI 400mg")."""
    return all(drug_name(ctx.res, w) for w in n.words) or (len(n.words) == 1 and (
        not ctx.res.is_name(n.words[0]) or n.words[0].isupper()) and taken_medicine(n.text, n.start, n.end))


def _acronym(ctx: Context, n: NerName) -> bool:  # "CMHT", "EDD Mon": no name well known in the UK, Ireland, US
    w = n.words[0]
    return len(n.words) == 1 and w.isupper() and len(w) <= 4 and (
        not ctx.res.is_name(w) or ctx.res.anglo_first_names.get(w.lower(), 0) < 2 and not ctx.res.is_surname(w))


def _lower_phrase(ctx: Context, n: NerName) -> bool:
    """The small model tags lower-case phrases ("grey hair") as PERSON."""
    res = ctx.res
    if not n.span.islower():
        return False
    names = all(res.is_name(w) for w in n.words) and (
        any(not res.is_common(w) for w in n.words) or res.anglo_first_names.get(n.words[0], 0) >= 6)
    return not names


def _sentence_opener(ctx: Context, n: NerName) -> bool:
    """"Frank discussion at …", "Burnout is real", "Thurs: nights": a capitalised ordinary word
    (listed or not, ``ordinary.ordinary``) opening a sentence or a line (or, no name, after an emoji: "☀️ Suncream",
    "💚 Save the number"), no surname after it (nor, for a first
    name alone on its line, on the next line: "Sarah\nOkafor", ``wrapped.stacked_surname``)."""
    return (len(n.words) == 1 and ordinary(ctx, n.words[0]) and (sentence_start(n.text, n.start) or (
            ordinary_after_emoji(ctx, n.text, n.start, n.words[0])))
            and not unknown_surname_follows(ctx, n.text, n.end)
            and not (ctx.res.is_first_name(n.words[0]) and line_alone(n.text, n.start)
                     and stacked_surname(n.text, n.end, ctx.res)))


def _numbered_unit(ctx: Context, n: NerName) -> bool:
    """"Floor 2", "Bay 4", "Theatre 3": a word that numbers a place or thing, before its number."""
    return len(n.words) == 1 and n.words[0].lower() in NUMBERED_UNITS and bool(NUMBERED.match(n.text, n.end))


_STREET_FIRST = re.compile(_FIRST_TYPE_STREET, re.IGNORECASE)


def _plural_subject(ctx: Context, n: NerName) -> bool:
    return len(n.words) == 1 and plural_subject(ctx, n.text, n.end, n.words[0])


# a place by its possessive after going or being there, no noun after: "into King's", "from Bart's", "at Boots'"
_PLACE_PREPOSITION = re.compile(r"(?i:\b(?:into|to|at|from|in|outside|near|round|via))[ \t]+\Z")
_POSSESSIVE_ALONE = re.compile(r"['’]s?(?![\w'’])[ \t]*(?P<next>[\p{L}]+)?")


def _possessive_place(ctx: Context, n: NerName) -> bool:
    """A word no first name of the UK (rare or none in the lists: "King", "Bart") whose possessive stands alone after
    "into", "at", "from"… ("into King's this morning"): a place called by its founder's name, not a person ("at
    Julie's" stays: a first name here)."""
    w = n.words[0].lower()
    if len(n.words) != 1 or (ctx.res.is_first_name(w) and ctx.res.anglo_first_names.get(w, 0) >= 3) \
            or not _PLACE_PREPOSITION.search(n.text, max(0, n.start - 12), n.start):
        return False
    m = _POSSESSIVE_ALONE.match(n.text, n.end)
    return m is not None and (m["next"] is None or ctx.is_stop(m["next"].lower()))


# water and land forms that end a place's name and are no surname (Ordnance Survey feature types; Gaelic, Irish and
# Welsh forms): "Strangford Lough", "Loch Ness" is a place's name wherever the model puts it
LANDFORMS = frozenset({"lough", "loch", "llyn", "tarn", "reservoir", "estuary", "canal", "mountains", "cliffs"})


def _landform(ctx: Context, n: NerName) -> bool:
    """"Strangford Lough", "Loch Lomond": the small model's PERSON with a water or land form's word in it."""
    return any(w.lower() in LANDFORMS for w in n.words)


# a lower-case prefix before a capitalised word: "ex-Gurkha", "non-British", "pro-NHS", "anti-Brexit", "mid-Wales"
_PREFIXED = re.compile(r"(?:ex|non|pro|anti|pre|post|semi|mid|pan|trans|sub)-\p{Lu}")

# a Gaelic or Irish article and its mutation before a noun: "An t-Àth Leathann", "na h-Eileanan" (a place, a thing); not a
# surname's "Mac an t-Saoir"
_ARTICLE_MUTATION = re.compile(r"(?<!\b(?i:mac|nic|mhic|mic)[ \t]+)\b(?i:an|na)[ \t]+[thn]-\p{Lu}[\p{L}'’]*$")


def _prefixed(ctx: Context, n: NerName) -> bool:
    """"(Nepali, ex-Gurkha)": a word opening on a lower-case prefix and a hyphen is no name, nor a blood group's
    phenotype ("Duffy-negative"); nor is a noun after a Gaelic article ("An t-Àth Leathann")."""
    first = n.text.find(n.words[0], n.start)
    return bool(_PREFIXED.match(n.words[0])) or phenotype(n.text, n.start, n.end) or _ARTICLE_MUTATION.search(
        n.text, max(0, n.start - 16), first + len(n.words[0])) is not None


def _condition_place_or_car(ctx: Context, n: NerName) -> bool:
    """An eponym, a place or a thing (``not_a_person``), or a make before its plate: "his old Morris (TJV 55)"."""
    return (eponym(ctx, n.text, n.end, n.words[-1]) or not_a_person(ctx, n.text, n.start, n.end)
            or make_before_plate(n.text, n.start, n.end))


NER_REJECTS: Tuple[Tuple[str, Callable[[Context, NerName], bool]], ...] = (
    ("handle", _in_handle),
    ("digits-or-symbols", _not_name_chars),
    ("no-latin-letter", _no_latin_letter),
    ("ordinary-words", _ordinary_words),
    ("plural-noun-last", _plural_noun_last),
    ("body", _body), ("drug-name", _drug), ("acronym", _acronym),
    ("lower-case-phrase", _lower_phrase),
    ("sentence-opener", _sentence_opener),
    ("plural-subject", _plural_subject),
    ("numbered-unit", _numbered_unit),
    ("possessive-place", _possessive_place),
    ("landform", _landform),
    ("prefixed", _prefixed),
    ("condition-place-or-car", _condition_place_or_car),
)


def from_ner(ctx: Context, text: str, entities) -> List[Finding]:
    """Rule ``ner``: the NER's PERSON entities that survive trimming and ``NER_REJECTS``."""
    out = []
    for ent in entities:
        if ent.label != "PERSON" or _STREET_FIRST.fullmatch(text, ent.start, ent.end):
            continue  # "La Rue de la Mare", "Heol Glasfryn": a street named street word first (Channel Islands, Welsh)
        toks = trim(ctx, text, ent.tokens)
        if not toks:
            continue
        name = NerName(text, toks[0][0], toks[-1][1], tuple(text[a:b] for a, b in toks))
        if any(reject(ctx, name) for _, reject in NER_REJECTS):
            continue
        out.append(finding(name.start, name.end, 0.85 if len(name.words) > 1 else 0.7, "ner"))
    return out


class Blocked:
    """Where the NER sees a place (GPE, LOC, FAC): sorted starts and running maximum ends, for bisect."""

    def __init__(self, entities) -> None:
        spans = sorted((e.start, e.end) for e in entities if e.label in NON_PERSON_LABELS)
        self._starts = [s for s, _ in spans]
        self._reach: List[int] = []
        for _, e in spans:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def __bool__(self) -> bool:
        return bool(self._starts)

    def covers(self, pos: int) -> bool:
        """Whether some span has ``start <= pos < end`` (O(log n))."""
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and self._reach[k] > pos


def blocked_by_ner(ctx: Context, text: str, f: Finding, blocked: Blocked) -> bool:
    """A rule finding that starts where the NER sees a place, when ``vetoable``."""
    return bool(blocked) and blocked.covers(f.start) and vetoable(ctx, text, f)


def vetoable(ctx: Context, text: str, f: Finding) -> bool:
    """Whether an NER place where the rule finding ``f`` starts would drop it: not when a title or
    field label named it, or (outside the gazetteer rule) its first word is a known name. A lower-case
    word is never dropped: the model learnt places from capitalised text, and its place labels on
    lower-case ward chat ("kemi can u…") are guesses, while a missed name is a leak. The NER gate
    asks the model about exactly these findings (``phiscrub.text.gate``)."""
    if not text[f.start].isupper():
        return False
    if f.rule in TRUSTED_RULES or _forename_follows(ctx, text, f) or _salutation(text, f):
        return False
    words = text[f.start:f.end].split()
    if f.rule == "gazetteer":
        return could_be_place(ctx, text, f)
    if f.rule == "initials" and ctx.res.is_surname(words[-1]) and not ctx.res.is_place(words[-1]):
        return False  # "G.C. de Souza": the model's place is the initials ("D.C."), the surname is a person's
    stem = words[0][:-1] if f.rule == "glued-possessive" else words[0]  # "Adwoas email": the name is "Adwoa"
    return not (ctx.res.is_name(stem) or _full_name_shape(ctx, words))


def _salutation(text: str, f: Finding) -> bool:
    """"Dear Kittipong,": a letter's salutation names a person (the model often calls an unknown name a place)."""
    return bool(_SALUTE.search(text, max(0, f.start - 12), f.start) and _SALUTE_END.match(text, f.end))


def _forename_follows(ctx: Context, text: str, f: Finding) -> bool:
    """"ST. CLAIR, MAUREEN": block capitals, a comma and a first name after them make a surname,
    whatever the model calls it (not "from Kerala, Manila": title case is prose)."""
    if not text[f.start:f.end].isupper():
        return False
    m = FORENAME_AFTER.match(text, f.end)
    return bool(m and ctx.res.is_first_name(m.group(1)))


def _full_name_shape(ctx: Context, words: Sequence[str]) -> bool:
    """Two or more capitalised words (or initials, then a word) ending in a known surname, or in words no dictionary or
    gazetteer knows ("Bukola Adeyemi-Ojo", "Ifeoma Nwachukwu"): the small model calls many such
    names from Africa and Asia places, while a real place of two words is in the gazetteer and is
    dropped by ``not_a_person`` already."""
    if len(words) < 2 or not all((w[:1].isupper() and not w.isupper()) or INITIAL.fullmatch(w) for w in words) \
            or INITIAL.fullmatch(words[-1]):
        return False  # initials may open it: "K. Adeyemi"
    res = ctx.res
    last = words[-1].rstrip(".").lower()
    if any(res.is_place(w) for w in words) or res.is_place(" ".join(words)):
        return False
    return res.is_surname(last) or not any(res.is_common(w.lower()) for w in words)
