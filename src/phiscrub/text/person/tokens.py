"""Name tokens: whether one word can be part of a name here, and the name scanner.

The scanner reads up to three tokens from a position ("Mrs Marjorie Flint", "Dr A.K. Shah"), for a list cue across
separators ("Priya, Sam and Jo"). Avoids: contractions ("can't"), keep-list words ("Ward", "Bay"), stop words, acronyms
("ED", "GCS"), a lone letter ("I", the "M" of "61M"), and a name running over a line break."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import List, Optional, Tuple

import regex as re

from phiscrub.text.complete import PARTICLES
from phiscrub.text.ocr_fragments import joins_name
from phiscrub.text.person.context import Context
from phiscrub.text.person.first_word import first_name_here, named_first_word
from phiscrub.text.person.ordinary import chat_word, compound, drug_name, kin_noun, ordinary
from phiscrub.text.words import FROM_A_TEAM, month_name, spelt_like_a_name

# a word never ends where a letter or digit follows: "IB51" is no name token "IB"
TOKEN = re.compile(r"(?:(?-i:[A-Z]\.){2,4}|[^\W\d_](?:[\w'’\-]*[^\W\d_])?\.?)(?![^\W_])")
# initials, a Welsh digraph letter's too ("Gethin Ll. Davies", "Rh. Jones"; the Welsh alphabet's Ch, Dd, Ff, Ll, Ph, Rh, Th)
INITIALS, CONTRACTION, GAP = (re.compile(r"(?:(?:[A-Z]|Ch|Dd|Ff|Ll|Ph|Rh|Th)\.)+"), re.compile(r"['’](?:t|ve|m|re|ll|d)$"),
                              re.compile(r"[ \t]+"))
PARTICLE_WORDS = frozenset(PARTICLES)
_UPPER_NEXT = re.compile(r"(?:[ \t]+\p{Ll}+)*[ \t]+\p{Lu}")  # "van| der Berg": a capitalised word after the particles
POSSESSIVE_END = re.compile(r"['’]s$")
NUMBERED = re.compile(r"[ \t]*\d")
PREV_WORD = re.compile(r"\b([A-Za-z]+)[ \t]+\Z")
GIVEN_NAME_FIELD = re.compile(r"\b(?:fore|first|given|christian|middle|other)[ \t]*names?(?:\(s\))?[ \t]*[:=][ \t]*\Z", re.I)
VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûüŵŷ]")
# an age, sex or birth/record field right after a name: "84F", "aged 80", ", 63)", "DOB"
NAME_AGE = re.compile(
    r"(?:[ \t]*[,(–-]|[ \t]+/)?[ \t]*(?:\(?(?<!\d)\d{1,3}[ \t]?(?:m|f|yo|y/o|yrs?|years?\s+old)\b|aged\s+\d{1,3}\b"
    # (a school class may stand between a name and its DOB: "Bobby Hale 9C DOB")
    r"|(?-i:Y?\d{1,2}[A-Z]{1,2}[ \t]+)?(?:dob|d\.o\.b\.?|nhs(?:\s*(?:no|number)|(?=[\s:#]*\d)(?![ \t]*111\b))|hosp(?:ital)?\s*no|mrn|born(?![ \t]+and[ \t]+bred\b))\b"
    r"|,[ \t]*\d{1,3}[ \t]*(?=,|\)|;|$|\n|[-–—][ \t])|\([ \t]*(?:\d{1,3}|[1-9]0['’]?s)[ \t]*[),])"
    # "Aarav Deshmukh is 6 and has leukaemia", "Tomasz is 84 years old": an age stated as a sentence's news
    r"|[ \t]+is[ \t]+(?:only[ \t]+|just[ \t]+|now[ \t]+)?\d{1,3}(?![\d/:%]|[.,]\d)"
    r"(?=[ \t]+(?:and|years?[ \t]+old|yrs?[ \t]+old|today|tomorrow)\b|[ \t]*(?:[.!;]|$))",
    re.IGNORECASE,
)
# what follows a verb of saying or doing, never a name: "his wife said thank you", "the daughter said it was"
VERB_OBJECT_NEXT = re.compile(r"[ \t]+(?:i(?:['’]?[mv]e?|['’]d)?|(?:s?he)(?:['’]?s)?|it(?:['’]s)?|(?:you|they)(?:['’]?re)?|we|that|this|the|a|an|to|"
                              r"thank|thanks|how|what|so|her|him|them|me|us|yes|no)\b", re.IGNORECASE)  # "said shes"
PLURAL_ACRONYM, HONORIFIC_ONLY = re.compile(r"[A-Z]{2,5}s"), frozenset({"mr", "mrs", "ms", "mx", "dr"})  # never names
DOTTED_LABEL = re.compile(r"(?:D\.O\.B|N\.H\.S|M\.R\.N|N\.O\.K|C\.H\.I|T\.T\.O|A\.K\.A|E\.T\.A)\.?")
SAID = frozenset({"said", "says"})  # verbs of saying that are also names, after a lower-case name
LIST_SEP = re.compile(r"[ \t]*(?:,|&|\+|/|↔|⇄|<->|\band\b|\bor\b|\bn\b)[ \t]*(?:\band\b[ \t]*)?", re.IGNORECASE)
_POSSESSIVE_ENDS = ("'s", "’s")
QUOTE_OPEN, QUOTE_CLOSE = re.compile(r"[ \t]*[\"'‘“](?=\p{Lu})"), "\"'’”"
Span = Tuple[int, int]


@dataclass(frozen=True)
class ScanOptions:
    """How a name is read after a cue. ``lower``: names may be written in lower case here; ``strong``: the cue
    is sure enough that any capitalised (or, with ``lower``, noun-like) word is taken; ``as_list``: "Priya, Sam
    and Jo" all count; ``role``: the cue's role makes a capitalised word a name even when it is an ordinary
    word ("ta Jem x"), while a lower-case word still needs the gazetteer; ``first_name``: the name opens on a
    gazetteer first name, a keep word too ("He's Desmond", "Wife June"; not "He's English"); ``thanked``: the cue
    thanks someone, so a well-known first name that is also a stop or keep word is a name ("Thanks to Will");
    ``kin``: after a relative's word, an ordinary lower-case word no list knows is no name ("the parent kitchen")."""

    lower: bool = False
    strong: bool = False
    as_list: bool = False
    role: bool = False
    first_name: bool = False
    thanked: bool = False
    kin: bool = False


def _thanked_name(ctx: Context, m, word: str) -> bool:
    """A first name well known in the UK, Ireland or the US, or its short form in -s ("Debs"), no place ("Will", "April";
    not "Kent Police"); any before "from <a team>"; a month before a capital only as ``_month_first_name`` allows."""
    w, res = word.lower(), ctx.res
    if FROM_A_TEAM.match(m.string, m.end()):
        return res.is_first_name(w)  # "thanks to Lincoln from the Pharmacy team": a team has people, not towns
    if (res.anglo_first_names.get(w, 0) < 2 and not (w.endswith("s") and len(w) <= 5 and res.anglo_first_names.get(
            w[:-1], 0) >= 2)) or res.is_place(w):
        return False
    nxt = GAP.match(m.string, m.end(), m.end() + 3)
    if month_name(word, res) and nxt and m.string[nxt.end():nxt.end() + 1].isupper():
        return _month_first_name(ctx, m, word)
    return True


def _capitalised_ok(ctx: Context, word: str, w: str, strong: bool) -> bool:
    res = ctx.res
    if word.isupper() and not res.is_name(w) and word.isascii() and (
            len(w) <= 3 or not (strong or spelt_like_a_name(w, res)) or not VOWEL.search(w)):
        return False  # acronyms: ED, HCA, CMHT, PALS (a block-capital surname needs a title or label); none has an accent
    return res.is_name(w) or not (res.is_common(w) or ("-" in w and compound(ctx, w))) or (strong and not _INFLECTED.fullmatch(w))


# an ordinary word's inflection, which no surname list names: "Dr Training", "Officer Involved", "Nurse Meetings"
_INFLECTED = re.compile(r"\w{3,}(?:ing|ed|ings|ments?|tion|tions|ness)")


def _lower_ok(ctx: Context, w: str, strong: bool) -> bool:
    res = ctx.res
    if res.is_name(w):
        return not res.is_common(w) or strong
    # after a strong cue ("mr", "pt is") a lower-case noun-like word is a surname: "mr hughes" (no chat word: "stayin")
    return strong and len(w) >= 3 and w not in res.non_noun_words and not chat_word(ctx, w)


def token_ok(ctx: Context, word: str, *, allow_lower: bool, strong: bool) -> bool:
    """Whether one word can be part of a name in this position."""
    w = word.lower().rstrip(".")
    res = ctx.res
    if CONTRACTION.search(w) or w in HONORIFIC_ONLY:
        return False  # "your father, Mr. Patrick …": the title of the name that follows
    if strong and res.never_name(w) and not word.isupper() and (
            (word[:1].isupper() and res.is_first_name(w)) or (res.is_place(w) and res.is_name(w))):
        return True  # "my grandad Reg", "Sister May", "mr lincoln": a name that is also a keep-list word
    if PLURAL_ACRONYM.fullmatch(word):
        return False  # "CPNs", "OTs", "HCAs": a plural of a role's acronym
    if len(w) < 2 or INITIALS.fullmatch(word + "."):
        return (word.isupper() or len(w) == 2) and strong  # initials after a title: "Dr E. Fitzgerald", "Dr A.K. Shah"
    if res.never_name(w) or ctx.is_stop(w) or ctx.is_stop(POSSESSIVE_END.sub("", w)) or drug_name(res, w):
        return False
    if word.isupper() and len(w) <= 4 and ctx.vocab.title_word.fullmatch(w):
        return False  # "bleep NIC", "ask the HCA": a role's abbreviation, not "Nic"
    if word[0].isupper():
        return _capitalised_ok(ctx, word, w, strong)
    # a lower-case relation word is the relation, never a name: "holding her baby daughter"
    return allow_lower and not ctx.vocab.relation_word.fullmatch(w) and _lower_ok(ctx, w, strong)


def _strip(m) -> Tuple[str, int]:
    """A token without a possessive "'s" or a trailing full stop, and where it then ends."""
    word, wend = m.group(), m.end()
    if word.endswith(_POSSESSIVE_ENDS):
        word, wend = word[:-2], wend - 2
    if word.endswith("."):
        word, wend = word[:-1], wend - 1
    return word, wend


def _name_end(m, word: str, wend: int) -> Tuple[int, bool]:
    """Where a name through this token ends, and whether it must end there: an initial keeps its full stop
    ("E. Fitzgerald"); a possessive or another trailing full stop ends the name before it."""
    if (len(word) == 1 and m.group().endswith(".")) or INITIALS.fullmatch(m.group()):
        return m.end(), False
    return wend, wend != m.end()


def _word_ok(ctx: Context, m, word: str, opened_upper: Optional[bool], opts: ScanOptions) -> bool:
    """Whether the token ``m`` (``word`` without its possessive) goes on the name being read;
    ``opened_upper``: whether the name so far opens on a capital (None: this is its first word)."""
    # the first word of a name in lower case needs a name gazetteer hit unless strong
    # a role makes a capitalised word a name, not a block-capital one ("talk to PALS")
    if word.lower() in PARTICLE_WORDS and TOKEN.match(m.string, GAP.match(m.string, m.end()).end()
                                                       if GAP.match(m.string, m.end()) else m.end()):
        return True  # a particle rides along when a word follows: "VAN DER MERWE", "mrs van der Berg"
    if opened_upper and word.islower() and (ctx.res.is_common(word) or not (
            ctx.res.is_name(word) or joins_name(ctx.res, m.string, m.start(), word))):
        return False  # no ordinary or unknown lower-case word ("Sister Jones ran", "Ade thrombolysed"); OCR's "Ch audhry" goes
    if opened_upper is not None and (ctx.vocab.relation_word.fullmatch(word.lower()) or (
            opened_upper is False and word in SAID)):
        return False  # "mr okonkwos daughter": a relation word ends the name; "mr hughes said": the verb
    if (ctx.res.never_name(word.lower()) and NUMBERED.match(m.string, m.end()) and (
            not ctx.res.is_surname(word.lower()) if opened_upper is not None else not opts.strong)):
        return False  # "Marjorie Stone Bay 2": a numbered keep-list word ends a name unless a surname ("Ward");
        # it opens one only after a title: "Jen (friend, Ward 23)", not "Dr Ward 3 bleeped"
    if opened_upper is None and word.islower() and word in ctx.res.non_noun_words and VERB_OBJECT_NEXT.match(
            m.string, m.end()):
        return False  # "his wife said thank you": a lower-case verb, even one that is a first name ("Said")
    if opened_upper is None and named_first_word(ctx, m, word, opts.strong, opts.first_name):
        return True  # "Dr Will Okafor" after a title; "grandson jack coming 2pm" after a relative
    strong = opts.strong or bool(opened_upper) or ((opts.role or opts.first_name) and word.istitle())  # "Wife June"
    if opened_upper is None and _month_first_name(ctx, m, word):
        return True  # "Well done June Adeyemi": a month that is a common first name, before a surname
    if opts.thanked and word.istitle() and _thanked_name(ctx, m, word):
        return True  # "Thank you to Will and April": whoever is thanked is a person, not a verb or a month
    if not token_ok(ctx, m.group().rstrip("."), allow_lower=opts.lower, strong=strong):
        return False
    return not (opened_upper is None and opts.first_name and not first_name_here(ctx, word))


def _month_first_name(ctx: Context, m, word: str) -> bool:
    """A month that is a common first name here ("June", "May", "April") opening a name, when a
    capitalised word no dictionary knows follows ("June Adeyemi"; not "May Day", "May Smith")."""
    res = ctx.res
    if not (word.istitle() and month_name(word, res)):
        return False
    gap = GAP.match(m.string, m.end(), m.end() + 3)
    nxt = TOKEN.match(m.string, gap.end()) if gap and not _cell_gap(gap.group()) else None
    if nxt is None or not nxt.group().istitle():
        return False
    after = nxt.group().rstrip(".").removesuffix("'s").removesuffix("’s")
    return (not ordinary(ctx, after) and not res.never_name(after) and not res.is_place(after)
            and token_ok(ctx, after, allow_lower=False, strong=False))


def _past_relation(ctx: Context, text: str, pos: int) -> int:
    """Where a name may start at ``pos``: after a relation word and its gap when a word follows."""
    lead = TOKEN.match(text, pos)
    if lead and ctx.vocab.relation_word.fullmatch(lead.group().lower()):
        if _named_like_kin(ctx, text, pos, lead.group()):
            return pos
        gap = GAP.match(text, lead.end(), lead.end() + 3)
        if gap and TOKEN.match(text, gap.end()):
            return gap.end()
    return pos


def _named_like_kin(ctx: Context, text: str, pos: int, word: str) -> bool:
    """"NoK: son Nana Kwabena", "First names: Nana Ama": a capitalised kin word that is also a first name, right
    after another kin word or a given-name field, is the name (a son is nobody's nana); "my Nan Edna" skips it."""
    before = PREV_WORD.search(text, max(0, pos - 24), pos)
    return word.istitle() and ctx.res.is_first_name(word) and bool(GIVEN_NAME_FIELD.search(text, max(0, pos - 24), pos) or (
        before is not None and ctx.vocab.relation_word.fullmatch(before.group(1).lower())))


def _without_trailing_particles(ends: List[Tuple[int, str]], end: int) -> int:
    """Where a name of these (end, word) tokens ends: never on a particle ("Alasdair Mac an …")."""
    while len(ends) > 1 and ends[-1][1] in PARTICLE_WORDS:
        ends.pop()
        end = ends[-1][0]
    return end


def _scan_name(ctx: Context, text: str, pos: int, opts: ScanOptions) -> Optional[Span]:
    """One name of up to three tokens starting at ``pos``, or None (a relation word before it is
    skipped: "NoK: daughter Funmi")."""
    start: Optional[int] = None
    end = pos
    ends: List[Tuple[int, str]] = []
    i = _past_relation(ctx, text, pos)
    for k in range(3):
        m = TOKEN.match(text, i)
        if not m:
            break
        word, wend = _strip(m)
        if m.group() == "I" and start is not None:
            break  # the pronoun after a name ("thanks Sam I will"), not an initial ("Sam I. Jones")
        if not word or DOTTED_LABEL.fullmatch(m.group()) or (opts.kin and start is None and kin_noun(ctx.res, word)) or \
                not _word_ok(ctx, m, word, None if start is None else text[start].isupper(), opts):
            break  # a record's label in dotted capitals is no initials: "SEAN PATRICK D.O.B 14.03.1939"
        if k > 0 and (text[i - 1] == "\n" or ctx.vocab.field_cue.match(text, m.start())):
            break  # a name never runs over a line break or into the next field ("SMITH FORENAME: JOHN")
        if start is None:
            start = m.start()
        end, last = _name_end(m, word, wend)
        ends.append((end, word.lower()))
        if last:
            break  # possessive or trailing full stop ends the name
        nxt = GAP.match(text, end, end + 3)
        if not nxt or _cell_gap(nxt.group(), word, text, nxt.end()):
            break
        i = nxt.end()
    end = _without_trailing_particles(ends, end)
    if start is None or end - start == 1:
        return None  # a lone letter ("I", the "M" of "61M") is never a name by itself
    return None if _lone_particles(text, start, end, ends) else (start, end)


def _lone_particles(text: str, start: int, end: int, ends: List[Tuple[int, str]]) -> bool:
    """Lower-case particles before no capitalised name: "with Guillain-Barré, do i need" (but "van| der Berg")."""
    return text[start].islower() and all(w in PARTICLE_WORDS for e, w in ends if e <= end) and not _UPPER_NEXT.match(
        text, end)


def _cell_gap(gap: str, word: str = "", text: str = "", at: int = 0) -> bool:
    """A board's or form's next cell, not the space inside a name: a tab or three spaces ("AMINA   ASTHMA"); forms typed
    with double spaces keep two ("NAME:  PETRA  NOVÁKOVÁ", "Mr  K  Mensah") unless the word at ``at`` changes case."""
    after = TOKEN.match(text, at) if len(gap) == 2 and len(word) > 1 else None  # "Siobhán  FU  M 0390118"
    return "\t" in gap or len(gap) >= 3 or (after is not None and word.isupper() != after.group().isupper())


def scan(ctx: Context, text: str, pos: int, opts: ScanOptions) -> List[Span]:
    """Name spans starting at ``pos``: one name, or with ``opts.as_list`` every name of a list. A name in
    quotes there ('calls himself "Moth"', 'Kofi and "Bubbles"') is read inside them as after a title, and
    kept only where the quotes close right after it."""
    if quoted := QUOTE_OPEN.match(text, pos):
        return [(s, e) for s, e in _scan_list(ctx, text, quoted.end(), replace(opts, strong=True))
                if text[e:e + 1] in QUOTE_CLOSE]
    return _scan_list(ctx, text, pos, opts)


def _scan_list(ctx: Context, text: str, pos: int, opts: ScanOptions) -> List[Span]:
    spans: List[Span] = []
    while True:
        span = _scan_name(ctx, text, pos, opts)
        if span is None:
            break
        spans.append(span)
        if not opts.as_list:
            break
        sep = LIST_SEP.match(text, span[1], span[1] + 12)
        if not sep:
            break
        pos = sep.end()
    return spans
