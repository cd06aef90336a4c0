"""Ordinary words the word list misses: compounds, calendar abbreviations, clitics on stop words.

The ordinary-word list (WordNet lemmas and their inflections) lacks "Burnout",
"Thurs" and "It's"; a capitalised one of these opening a sentence or a line is
no name. Rule, besides the list itself:

* an ordinary word and a particle run together ("Burnout", "Shoutout",
  "Lockdown", "Setup"), unless the particle ends surnames too: "Whitmore" and
  "Easton" stay names, because "-more" and "-on" end "Blackmore", "Pearson";
  or two ordinary words run together ("Suncream"), unless a name or place
  gazetteer knows the whole ("Goodwin", "Blackwood");
* a prefix of three or more letters of a weekday or month ("Thurs", "Sept")
  that is not itself a first name ("Jan" stays a name);
* a stop word with a clitic ("It's", "She's", "That'll");
* in lower-case chat, a word with no vowel ("tbh", "pls") or an ordinary word
  with its "g" dropped ("stayin"): ``chat_word``.

Source: the name and word gazetteers of ``phiscrub.resources``; weekday and
month names in ``recognizers/person.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, FrozenSet

import regex as re

if TYPE_CHECKING:
    from phiscrub.resources import Resources
    from phiscrub.text.person.context import Context

VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûüŷ]", re.IGNORECASE)
CLITIC = re.compile(r"['’](?:s|t|ll|re|ve|d|m)$", re.IGNORECASE)
_HEAD = 3  # the ordinary word before the particle has at least this many letters
_TAIL = 4  # the second ordinary word of two run together has at least this many


def _splits(word: str):
    return ((word[:i], word[i:]) for i in range(_HEAD, len(word) - 1))


def name_tails(res: "Resources") -> FrozenSet[str]:
    """Particles that end surnames made of an ordinary word and a particle ("more" of "Blackmore")."""
    common, stops = res.common_words, res.stop_words
    return frozenset(tail for n in res.surnames if n.isalpha() and n not in common
                     for head, tail in _splits(n) if head in common and tail in stops)


def compound(ctx: "Context", w: str) -> bool:
    """``w`` (lower case) is an ordinary word and a particle (a stop word) that ends no surname, or two ordinary
    words run together ("suncream", "bedbath") or hyphenated ("life-changing") that no name gazetteer knows ("Goodwin",
    "Newman", "Rose-Marie" stay names)."""
    common = ctx.res.common_words
    if "-" in w.strip("-") and w.replace("-", "").isalpha():  # "life-changing", "safety-netted": ordinary words joined
        parts = w.split("-")
        return all(p in common for p in parts) and not any(ctx.res.is_name(p) or ctx.res.is_place(p) for p in parts)
    if not w.isalpha():
        return False
    if any(head in common and ctx.is_stop(tail) and tail not in ctx.name_tails for head, tail in _splits(w)):
        return True
    return any(head in common and len(tail) >= _TAIL and tail in common for head, tail in _splits(w)) and not (
        ctx.res.is_name(w) or ctx.res.is_place(w))


def calendar_abbreviation(ctx: "Context", w: str) -> bool:
    """"thurs", "sept": a weekday or month cut short (not a first name such as "jan")."""
    w = w.rstrip(".")
    return (len(w) >= 3 and not ctx.res.is_first_name(w)
            and any(full.startswith(w) for full in ctx.vocab.calendar_words))


def stop_with_clitic(ctx: "Context", w: str) -> bool:
    """"it's", "she's", "that'll": a stop word and a clitic."""
    m = CLITIC.search(w)
    return bool(m) and ctx.is_stop(w[:m.start()])


def ordinary(ctx: "Context", word: str) -> bool:
    """An ordinary word, listed or not: in the word list, its plural ("Gritters"), a compound, a
    calendar abbreviation, a stop word with a clitic or a word done again ("Rebook", "Reswab": "re" and a word). Callers decide whether a name gazetteer hit outranks it."""
    w = word.lower()
    return (ctx.res.is_common(w) or stop_with_clitic(ctx, w) or calendar_abbreviation(ctx, w)
            or compound(ctx, w) or (len(w) > 4 and w.endswith("s") and ctx.res.is_common(w[:-1]))
            or (len(w) > 5 and w.startswith("re") and ctx.res.is_common(w[2:]) and not ctx.res.is_name(w))
            or superlative(ctx.res, w))


def superlative(res, w: str) -> bool:
    """"proudest", "nicest", "biggest", "happiest": an adjective's superlative, which the word list holds only as the
    adjective; never a word a name list has ("Forrest", "Ernest")."""
    if len(w) < 6 or not w.endswith("est") or res.is_name(w):
        return False
    stem = w[:-3]
    return any(res.is_common(s) for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "",
                                          stem[:-1] + "y" if stem.endswith("i") else "") if s)


# Endings of generic drug names: stems of the WHO International Nonproprietary Names ("The use of stems in
# the selection of International Nonproprietary Names for pharmaceutical substances", WHO 2018), the
# distinctive ones only (at least four letters; "-mab" only as "-ximab", "-zumab", "-umab").
_INN_STEM = re.compile(
    r"(?:olol|alol|pril|sartan|statin|xaban|gatran|grel|grelor|parin|dipine|tidine|prazole|conazole|cillin|mycin|micin"
    r"|oxacin|cycline|profen|semide|thiazide|lukast|gliptin|gliflozin|glitazone|triptan|setron|tropium|terol"
    r"|azepam|azolam|oxetine|triptyline|peridol|apine|idone|ximab|zumab|umab|tinib|ciclovir|clovir|navir"
    r"|dronate|lutamide|platin|taxel|rubicin|parib|relin|glinide|caine|olone|isone|amol|azine|fenac|coxib"
    r"|pramine|tadine)$")


def drug_name(res: "Resources", word: str) -> bool:
    """"Bisoprolol", "apixaban": a generic drug name by its INN stem, when no name list knows the word
    ("April" keeps its "-pril")."""
    w = word.lower()
    return len(w) >= 6 and w.isalpha() and bool(_INN_STEM.search(w)) and not res.is_name(w)



# a medicine: a taking verb before it and the sentence's end after, or a dose after it ("I take Lamotrigine.")
_TAKEN_BEFORE = re.compile(r"(?<![\w])(?:take|takes|taking|took|prescribed|prescribe|swallowed)[ \t]+\Z", re.IGNORECASE)
_ENDS = re.compile(r"[ \t]*(?:[.;!?\n]|$)")  # "I take Lamotrigine." (not "we took Zubair home")
_DOSE_AFTER = re.compile(r"[ \t]*\d+(?:\.\d+)?[ \t]*(?:mg|mcg|micrograms?|milligrams?|ml|units?)\b", re.IGNORECASE)


def taken_medicine(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is taken as a medicine: a dose after it, or a taking verb before it and the sentence's end
    after it ("Kepivance 60 micrograms", "I take Lamotrigine."; not "we took Zubair home")."""
    return _DOSE_AFTER.match(text, end) is not None or (
        _TAKEN_BEFORE.search(text, max(0, start - 20), start) is not None and _ENDS.match(text, end) is not None)

# units of time and "ago": "looking after his wife years ago", "met her husband months back"
TIME_WORDS = frozenset("ago years months weeks days hours minutes mins hrs yrs decades ages".split())


def chat_word(ctx: "Context", w: str) -> bool:
    """"tbh", "stayin": no vowel, or an ordinary word with its "g" dropped (never a lower-case surname); a unit of
    time ("his wife years ago")."""
    return not VOWEL.search(w) or w in TIME_WORDS or (w.endswith("in") and ctx.res.is_common(w + "g"))


# a plural verb right after, not a question's "are you": a plural noun, not one person ("Gritters are out")
PLURAL_VERB_NEXT = re.compile(r"[ \t]+(?:are|were|have|aren['’]t|weren['’]t|haven['’]t)\b(?![ \t]+(?:you|u|ya|we|they)\b)"
                             r"|[ \t]*,[ \t]*please\b")  # "Lifejackets, please!": a plural addressed
# plurals of people that end in no "s": "Men, please talk", "Women are …"
PEOPLE_PLURALS = frozenset("men women people folk children lads ladies guys girls boys everyone everybody".split())


def plural_subject(ctx, text: str, end: int, word: str) -> bool:
    """A plural ("Gritters", "Men"; a word ending in "s" that is no first name) before "are"/"were"/"have" or
    ", please": a name takes "is", and one person is not addressed as a plural."""
    return (word.lower() in PEOPLE_PLURALS or (word[-1:] == "s" and not ctx.res.is_first_name(word))) and bool(
        PLURAL_VERB_NEXT.match(text, end))


# colours that name an alert or warning level (Met Office weather warnings, NHS OPEL/escalation levels,
# blood-stock alerts), and what such a level qualifies: "Amber wind warning", "Amber alert:", "Red weather warning"
_LEVEL_COLOURS = frozenset({"red", "amber", "yellow", "orange", "green", "black"})
_LEVEL_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:warnings?|alerts?|alarms?|levels?|status|escalation)\b")


def alert_level(word: str, after: str) -> bool:
    """A colour naming an alert or warning level, not a person ("Amber wind warning"; "Amber was on")."""
    return word.lower() in _LEVEL_COLOURS and _LEVEL_AFTER.match(after) is not None



def kin_noun(res: "Resources", word: str) -> bool:
    """A lower-case ordinary word no name list knows: after a relative's word, a compound's noun ("the parent kitchen",
    "the pt property bag"), not a name ("my grandad reg")."""
    return word.islower() and res.is_common(word) and not res.is_name(word)
