"""What a role cue cannot name, and where a closing's or a cheer's name must end.

A role cue (a closing, a cheer, a hand-over: ``tokens.ScanOptions.role``) makes a capitalised word a name even
when it is an ordinary word ("ta Jem x", "hand over to Blessing", "Go on Reg!"). Rule: it still names no term of
address, relation, title, platform or closing word ("Thanks Guys", "Love Mum x", "post to Facebook", "Best
Wishes"), no service or field of work ("speak to Payroll", "speak to Microbiology": a word ending in "-ology",
"-ics", "-scopy", "-therapy"…), and no run of ordinary words none of which is a name ("Cheers Drive Safe", "speak
to Occupational Therapy"). A closing or a cheer names what ends the line, so a name cut short there is none
("Thank you Night Staff!" is no "Night").

``from_rota`` reads ward allocations ("tash on bays", "Ikenna on nights"); ``from_possessive_relation`` names
whoever has a family ("Dave's wife").

Source: UK ward chat and NHS social-media posts; word lists in ``recognizers/person.yaml`` (``address_terms``, ``platforms``, ``services``).
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.person.anchors import cue_matches
from phiscrub.text.person.boards import HAS_DIGIT, LAYOUT_SKIP, SCORE
from phiscrub.text.person.context import Context, finding
from phiscrub.text.person.filters import not_a_person, sentence_start
from phiscrub.text.person.tokens import VOWEL
from phiscrub.types import Finding

# what may follow a name that ends a line or a cheer: kisses, "!", an emoji, the line end
NAME_ENDS = re.compile(r"[ \t]*(?:x{1,4}\b|[^\w\s]|\n|\Z)")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*[ \t]+\Z")  # "Mrs ", "Ivy ", "R. "
FIELD_OF_WORK = re.compile(r"(?:ology|ologies|ography|ics|scopy|otomy|iatry|therapy|therapies)\Z", re.IGNORECASE)


def _no_name_word(ctx: Context, word: str) -> bool:
    """A term of address, relation, platform, closing word or service: never named by a role."""
    w = word.lower()
    v = ctx.vocab
    return (w in v.address_terms or w in v.platforms or w in v.closing_words or w in v.services
            or bool(FIELD_OF_WORK.search(w) or v.relation_word.fullmatch(w)))


def not_named_by_role(ctx: Context, words: List[str]) -> bool:
    """Whether a role cue's name ``words`` are no name after all (see the module's rule)."""
    if ctx.vocab.title_word.fullmatch(words[0].rstrip(".")):
        return True  # "post to Mr Wilson": the title rule names "Wilson"
    if any(_no_name_word(ctx, w) for w in words):
        return True
    return len(words) > 1 and all(ctx.res.is_common(w) and not ctx.res.is_name(w) for w in words)


def ends_line(text: str, end: int) -> bool:
    """Whether only kisses, punctuation or an emoji stand between ``end`` and the line's end."""
    return bool(NAME_ENDS.match(text, end))


def from_rota(ctx: Context, text: str) -> List[Finding]:
    """Ward chat allocations: "kai and precious on bays, tash in charge, rui on the floor".

    Avoids: specialties ("paeds on call", "ortho on call"): only first names count, or a
    capitalised word inside a sentence that no dictionary or gazetteer knows ("to Ikenna on nights").
    """
    out = []
    res = ctx.res
    for m in ctx.vocab.rota.finditer(text):
        name = m.group("name")
        w = name.lower()
        if res.never_name(w) or ctx.is_stop(w) or len(w) < 2:
            continue
        unknown = (name.istitle() and not sentence_start(text, m.start()) and not res.is_common(w)
                   and not res.is_place(w))
        if not (res.is_first_name(w) or unknown):
            continue
        out.append(finding(m.start("name"), m.end("name"), 0.6, "rota"))
    return out


# ", Mo!" ending a clause: the person a sentence is said to ("Have fun in Lisbon, Mo!")
# ... or before kisses or emoji that end the line or the text ("Enjoy the caravan in Tenby, Bern 💐")
VOCATIVE = re.compile(r"(?<=\w),[ \t]*(?P<name>(?-i:[A-Z][a-z][\w'’-]*))(?:[ \t]*!|(?=[ \t]*(?:(?:x+|[\p{So}\p{Sk}\u200d\ufe0f])"
                      r"[ \t]*)+(?:\n|$)))")


# three or more capitalised names in a list, then the "you" they are told something as: a card's or a thank-you's
# addressees, even names that are also words ("To Sunny, Hope and Will – you made a horrible fortnight bearable")
_LIST_NAME = re.compile(r"(?-i:[A-Z][a-z][\w'’-]*)")
ADDRESSED_LIST = re.compile(rf"(?P<names>{_LIST_NAME.pattern}(?:,[ \t]*{_LIST_NAME.pattern})+,?[ \t]+(?:and|&)[ \t]+"
                            rf"{_LIST_NAME.pattern})[ \t]*(?:,|[–—-])[ \t]*(?:you|u|ya)\b")


def from_vocative(ctx: Context, text: str) -> List[Finding]:
    """Rule ``vocative``: a first name of the gazetteer after a comma, right before "!" or before kisses or emoji that
    end the line, is the person the sentence speaks to, even where it is also a word ("Have fun in Lisbon, Mo!",
    "Thanks, Hope!", "Enjoy Tenby, Bern 💐").
    Avoids: terms of address ("Stay warm, Sunshine!", "Well done, Team!"), titles ("Thank you, Doctor!"),
    keep and stop words, months ("Roll on, June!").
    """
    out = []
    res, vocab = ctx.res, ctx.vocab
    for m in VOCATIVE.finditer(text):
        w = m["name"].lower()
        if (not res.is_first_name(w) or res.never_name(w) or w in vocab.address_terms or vocab.title_word.fullmatch(w)
                or w in vocab.calendar_words or (ctx.is_stop(w) and res.anglo_first_names.get(w, 0) < 2)):
            continue  # a stop word only when a well-known first name: "Welcome to the team, Will!" (not ", All!")
        out.append(finding(m.start("name"), m.end("name"), 0.6, "vocative"))
    for m in ADDRESSED_LIST.finditer(text):  # "To Sunny, Hope and Will – you made …", "Sunny, Hope and Will, you are stars"
        names = list(_LIST_NAME.finditer(text, m.start("names"), m.end("names")))
        if all(res.is_first_name(w := n.group().lower()) and not (res.never_name(w) or vocab.title_word.fullmatch(w) or (
                ctx.is_stop(w) and res.anglo_first_names.get(w, 0) < 2)) for n in names):
            out += [finding(n.start(), n.end(), 0.6, "vocative") for n in names]
    return out


# "is priya in today?", "Has Tomasz gone home?": a question about where a colleague is
def from_possessive_relation(ctx: Context, text: str) -> List[Finding]:
    """"raising money for Adaeze's family", "Dave's wife": only people have families (not "Bristol's"); an
    eponym with no name or title before it is a condition or an operation ("the Hartmann's lady",
    "Addison's pts"; "Mrs Hartmann's son" stays)."""
    out = []
    res = ctx.res
    for m in cue_matches(ctx.vocab, "possessive_relation", text):  # only where a relation word or "family" stands
        word, start = m.group("word"), m.start("word")
        bare = word[-2:-1] not in "'’" if word.endswith("s") else None  # "Dave's", "graces"; None: no possessive
        if bare is None:
            continue
        name = word[:-1] if bare else word[:-2]
        w = name.lower()
        if res.never_name(w) or ctx.is_stop(w) or res.is_place(w) or (
                w in res.eponyms and not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue
        if res.is_common(w) and not res.is_name(w):
            continue
        if name.islower() and (not res.is_first_name(w) or ctx.vocab.relation_word.fullmatch(w)
                               or ctx.vocab.title_word.fullmatch(w)):
            continue  # in lower case, a first name only: "ring grace's son" (not "the patient's son", "nan's husband")
        if bare and (not name.islower() or res.is_name(w + "s") or len(w) < 3
                     or ctx.is_stop(w + "s") or (res.is_common(w + "s") and not res.is_common(w))):
            continue  # no apostrophe ("graces son") only in lower case, not a name ending in s ("Jones son") or a word
            # of its own ("this gentleman")
        out.append(finding(start, start + len(name), 0.65, "possessive"))
    return out


ALLOCATION = re.compile(r"^[ \t]*(?P<names>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)[ \t]*(?:[–—]|-(?=[ \t]))[ \t]*\S",
                        re.MULTILINE)
WORDS = re.compile(r"[^\s]+")


def from_allocation_lines(ctx: Context, text: str) -> List[Finding]:
    """Rota and allocation lists: "KAREN – Grange-over-Sands", "DAI – palliative", "STUDENT HOLLY – with".

    Rule: where two lines or more open on a name-like word and a dash, each such
    word (after a keep word such as a role: "STUDENT") is a name: a first name of the
    gazetteer, even one that is also a word ("KAREN", "HOLLY"), or a word of three letters
    or more, with a vowel, that no dictionary, gazetteer or keep list knows ("Bisi").
    Avoids: a form's labels ("Faith:", "Diet:": a colon makes a label, not an allocation),
    keep words ("Ward 7 –", "NoK:"), a single line ("Grace: a short film").
    """
    hits = []
    for m in ALLOCATION.finditer(text):
        words = list(WORDS.finditer(m["names"]))
        while words and ctx.res.never_name(words[0].group()):
            words = words[1:]
        if words and all(_listed_name(ctx, w.group()) for w in words):
            base = m.start("names")
            hits.append((base + words[0].start(), base + words[-1].end()))
    if len(hits) < 2:
        return []
    return [finding(s, e, SCORE, "allocation") for s, e in hits if not not_a_person(ctx, text, s, e, LAYOUT_SKIP)]


def _listed_name(ctx: Context, word: str) -> bool:
    res = ctx.res
    w = word.lower()
    if res.never_name(w) or ctx.is_stop(w) or not VOWEL.search(w) or len(w) < 2 or HAS_DIGIT.search(w):
        return False
    if res.is_first_name(w):
        return True
    return len(w) >= 3 and not res.is_common(w) and not res.is_place(w)


# how a message is signed at its end: "no rush x Abi", "Love you all, Shaz x", "– Winsome & family", ". Ama and the girls",
# "– Karen and all the Pickersgill family"
_NAME = r"(?P<name>\p{Lu}[\p{Ll}'’-]+)"
_TAIL = r"[ \t]*(?:x{1,4}\b)?[ \t!.\p{So}\p{Sk}\p{M}\"”']*(?:\n|\Z)"
SIGNED = re.compile(rf"(?:(?<![\w'’-])x{{1,4}}[ \t]+{_NAME}[ \t!.\p{{So}}]*\Z|,[ \t]*{_NAME}[ \t]*x{{1,4}}[ \t!.\p{{So}}]*\Z"
                    rf"|(?:^|[–—-][ \t]*|(?<=[.!?,][ \t])){_NAME}(?P<fam>[ \t]*(?:&|and)[ \t]+(?:all[ \t]+)?(?:the[ \t]+)?(?:\p{{Lu}}[\p{{Ll}}'’-]+[ \t]+)?(?:family|fam|kids|girls|boys|grandchildren|gang)){_TAIL})",
                    re.MULTILINE)


def from_signature(ctx: Context, text: str) -> List[Finding]:
    """Rule ``signed``: the name a message is signed with at its end, after a kiss ("no rush x Abi"), before
    one after a comma ("Love you all, Shaz x"), or with the family ("– Winsome & family": even a word), even a
    short form no list knows. Avoids: closing, address and relation words ("Love x", "Thanks all, Team x", "Mum &
    family"), keep and stop words, places that are no first name."""
    out = []
    res = ctx.res
    for m in SIGNED.finditer(text):
        s, e = m.span("name")
        w = text[s:e]
        if _no_name_word(ctx, w) or res.never_name(w) or ctx.is_stop(w.lower()):
            continue
        if (res.is_place(w) or (res.is_common(w) and not m.group("fam"))) and not res.is_first_name(w):
            continue  # a word signs only with the family: "– Winsome & family"
        if not not_a_person(ctx, text, s, e, LAYOUT_SKIP):
            out.append(finding(s, e, SCORE, "signed"))
    return out
