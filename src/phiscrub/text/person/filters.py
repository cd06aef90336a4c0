"""Context that makes a name-like span a place, label or thing, not a person.

``not_a_person`` asks the named checks of ``NOT_A_PERSON`` in turn ("St Luke's", "Russell Ward", "Addr:", "Tamar
Lakes", "Linfield v Glentoran", "Manila", "Princess Alexandra", "GP: Mount Pleasant Surgery"); a cue may outrank
some of them (``skip``: a title before "Chester" still makes a person). ``eponyms.eponym`` spots conditions named after
people ("Parkinson's", "Down's syndrome"); ``edge_junk`` says which words cannot open or close an NER name.
"""

from __future__ import annotations

from typing import FrozenSet, Tuple

import regex as re

from phiscrub.resources import fold_accents
from phiscrub.text.person.abroad import abroad as _abroad
from phiscrub.text.person.around import NEXT_WORD, POSSESSIVE_AFTER, PREV_JOINED, Around, Check, any_check
from phiscrub.text.person.context import Context
from phiscrub.text.person.eponyms import condition_follows
from phiscrub.text.person.ordinary import alert_level
from phiscrub.text.person.place_parts import part_of_place
from phiscrub.text.person.place_words import before_place_word as _before_place_word
from phiscrub.text.person.things import camel_brand, degree_or_code, pet, spoken_digits, thing_after
from phiscrub.text.person.tokens import NUMBERED
from phiscrub.text.person.welsh import welsh_verb
from phiscrub.text.recognizers.vehicle_reg import make_before_plate
from phiscrub.text.words import FROM_A_TEAM

SAINT_BEFORE, SAINT_START = re.compile(r"(?:\bst\.?|\bsaint)\s*$", re.I), re.compile(r"(?:st\.?|saint)\s", re.I)
LABEL_COLON = re.compile(r"[ \t]*:(?!\))")
POSSESSIVE = re.compile(r"(?:['’]s?)$")
# place words that end a street or a thing, never a surname here ("Pilrig Street", "Ash Grove")
STREET_TYPES = frozenset("street st road rd avenue ave close drive way crescent terrace place square gardens grove mews "
                         "parade row walk rise court".split())
CARE_HOME = re.compile(r"\b(?i:nursing|care|residential|rest|retirement)[ \t]+(?i:home)$")
ALONG_BEFORE = re.compile(r"\b(?:on|along|off|up|down)[ \t]+$", re.IGNORECASE)  # "parking on Duckworth Lane"
STREET_BEFORE = re.compile(r"(?<![:.\d])\d{1,4}[a-z]?,?[ \t]+$")  # "12 Ayesha Lane" is a street; "09:10 George Hill" a time
# a word numbered as a board numbers it is a bay, ward or room ("Marjorie Stone Bay 2", "… Bay 2
# Ward 7"), not an organisation's ("Mount Pleasant Surgery 2 miles away" still is one)
CAPITALISED_RUN = re.compile(r"(?:(?: (?:and|&|of|for))? [A-Z][\w'’-]*+(?![ \t]*\d{1,3}[A-Za-z]?\b(?![ \t]+[a-z]))){1,4}")
# "the Robert Jones and Agnes Hunt": a full name after "the", joined by "and" to the span
LIST_PREV = re.compile(r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*(?:,|&|\band\b|\bor\b)[ \t]*$")
LIST_NEXT = re.compile(r"[ \t]*(?:,|&|\band\b|\bor\b)[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")
NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<w>\p{Lu}[\p{L}'’-]+)[ \t]+\Z")
# "the Robert Jones and Agnes Hunt": names, not a role's initials ("the HCAs Dawn and Faith" are two people)
THE_CHAIN = re.compile(r"\bthe\s+[A-Z][a-z][\w'’-]*(?:(?:\s+[A-Z][\w'’-]*){1,2}|(?<!s))\s+(?:and|&)\s+(?:[A-Z][\w'’-]*\s+)?$")
VERSUS = re.compile(r"[A-Z][\w'’-]*[ \t]+v(?:s)?\.?[ \t]+$")
VERSUS_INSIDE, VERSUS_AFTER = re.compile(r"[ \t]v(?:s)?\.?[ \t]"), re.compile(r"[ \t]+v(?:s)?\.?[ \t]+[A-Z]")
# "Anju from Kerala": after a name and "from", a word that is no first name is where the person is from
IN_OR_NEAR = re.compile(r"(?<![\w'’-])(?i:in|near|nr|outside)[ \t]+$")
OFFSHORE = re.compile(r"(?<![\w'’-])(?i:miles?[ \t]+off|just[ \t]+off|(?:coast|shore)[ \t]+of)[ \t]+$")  # "a mile off Gwithian"
# where someone comes from, not who a message is from ("visiting from Lewis", "he's from Lewis", "(from Lewis, …"),
# and a journey's end or start ("moved to Preston", "going home to Bradford", "a taxi from Preston", "roads to Carlisle")
COMES_FROM = re.compile(r"(?:(?<![\w'’-])(?i:visiting|is|are|was|were|comes?|came|originally|flown|up|down|over)[ \t]+|['’]s[ \t]+|\([ \t]*)"
                        r"from[ \t]+$|(?<![\w'’-])(?i:moved|moving|going|gone|went|go|home|back|off|transferred|transfer|"
                        r"taxi|train|bus|drive|driving|drove|flew|flight|roads?|heading|headed|returning|returned|"
                        r"travelled|travelling|route|way|coming|come)[ \t]+(?:(?i:back|home|over|down|up)[ \t]+)?(?i:to|from)[ \t]+$")
# ("en route from Brandon", "on their way from Ely", "coming from Whitby")
NAME_FROM = re.compile(r"(?<![\w'’-])\p{Lu}[\p{L}'’-]+[ \t]+from[ \t]+$")
HYPHEN, KIN_BEFORE = re.compile(r"[-–]"), re.compile(r"([\p{L}-]+)[ \t]+$")  # KIN_BEFORE: "my husband frank's"
AT_BEFORE, IN_TOWN_AFTER = re.compile(r"(?<![\w'’-])at[ \t]+$"), re.compile(r"[ \t]+in[ \t]+(\p{Lu}[\p{L}'’-]+)")
POSTCODE_AFTER = re.compile(r"[ \t]*,?[ \t]*[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b", re.IGNORECASE)
# a sentence, line, quote, bracket or bullet before: "• Tell us"
BREAK_BEFORE = re.compile(r"(?:^|[.!?:;\n\"“(…—–•·▪‣◦*]|\s-|(?:^|\s)\d{1,2}\))\s*$")  # and a list item's "2) "
# an emoji, which ends a sentence as often as a full stop does ("sunburn 🐝☀️ Suncream, people!")
EMOJI_BEFORE = re.compile(r"\p{Extended_Pictographic}\uFE0F?\s*\Z")


def ordinary_after_emoji(ctx: Context, text: str, start: int, word: str) -> bool:
    """A word right after an emoji that is no name, or a verb or adjective that is a rare first name in the UK, Ireland
    and the US ("💚 Save the number"; not "🎉 Grace was amazing")."""
    w = word.lower()
    return (not ctx.res.is_name(w) or (w in ctx.res.non_noun_words and ctx.res.anglo_first_names.get(w, 0) < 2)) and \
        EMOJI_BEFORE.search(text, max(0, start - 8), start) is not None


def _saint_or_hashtag(ctx: Context, a: Around) -> bool:
    """St Luke's, St Michael's: churches, hospices, hospitals; and #hashtag words."""
    return bool(SAINT_BEFORE.search(a.before) or a.before.endswith("#") or SAINT_START.match(a.span))


def _ends_in_place_word(ctx: Context, a: Around) -> bool:
    """"Alma Road", "Dartmoor Rescue Group"; but a first name and a surname that is also a place
    word ("Ayesha Lane", "Chinedu Hill") is a person unless a number or "in", "at", "on"… comes before
    or the word is a keep word ("Russell Ward", "Grace Ward")."""
    words = a.span.split()
    if words[-1].lower() not in ctx.vocab.place_after:
        return False
    last = words[-1].lower()
    middle = words[1:-1]  # "Mary Ann Lane" a person; "Coreys Mill Lane" a street: a middle word no name or a place word
    return not (len(words) > 1 and ctx.res.is_surname(last) and not ctx.res.never_name(last) and last not in STREET_TYPES
                and all(ctx.res.is_name(w) and w.lower() not in ctx.vocab.place_after for w in middle)
                and (ctx.res.is_first_name(words[0]) or not (ctx.res.is_common(words[0]) or ctx.res.is_place(words[0])))
                and not STREET_BEFORE.search(a.before) and not ctx.vocab.locative_before.search(a.before)
                and not ALONG_BEFORE.search(a.before))


def _organisation(ctx: Context, a: Around) -> bool:
    """"GP: Mount Pleasant Surgery", "To: Riverside Family Practice": a capitalised run ending in an
    organisation word, a place word that is no surname ("Surgery", "Practice"; not "Hill", "Ward")."""
    run = CAPITALISED_RUN.match(a.after)
    if run and run.group().startswith(" of ") and len(a.span.split()) > 1 and ctx.res.is_first_name(a.first):
        run = None  # a full name and where the person is from: "Mrs Morwenna Tregear of St Just", "Mr Juan Kermode of
        # Ballakilley Cottage" (an organisation named for a person has no first name: "Friends of Bude Hospital")
    words = a.span.split()[-1:] + (run.group().split() if run else [])
    if CARE_HOME.search(a.span + (run.group() if run else "")):
        return True  # "To: Glenmona Nursing Home": "Home" is also a surname, "Nursing Home" never one
    return any(w.lower() in ctx.vocab.place_after and not ctx.res.is_surname(w) for w in words)


def _fixture(ctx: Context, a: Around) -> bool:
    """"Linfield v Glentoran", "Celtic vs Hearts": fixtures, not people."""
    return bool(VERSUS.search(a.before) or VERSUS_AFTER.match(a.after) or VERSUS_INSIDE.search(a.span))


def _named_thing(ctx: Context, a: Around) -> bool:
    """"the Reg", "Royal Alexandra", "Storm Éowyn", "Ysbyty Gwynedd", "the Robert Jones and Agnes Hunt".

    A word of the list other than "the" counts only capitalised, as part of the name: "Team
    Derriford" is a thing, "welcome to the team Marisol" a person.
    """
    words = a.span.split()
    before = ctx.vocab.named_thing_before.search(a.before)
    tail = a.before
    for _ in range(2 if before is None else 0):  # "NHS Louisa | Jordan": names between the word and the span
        last = NAME_BEFORE.search(tail) if tail[-1:] in " \t" and tail.rstrip()[-1:].isalpha() else None
        if not last or not (ctx.res.is_name(last["w"]) or (last["w"][1:].islower() and not ctx.res.is_common(last["w"]))):
            break  # a name or a title-case word no list knows ("Ysbyty Penrhos | Stanley"), not a word or "HCAs"
        tail = tail[:last.start()]
        before = ctx.vocab.named_thing_before.search(tail)
        if before is not None:
            break
    named = before is not None and (before["word"][0].isupper() or before["word"].lower() == "the")
    return bool(named or THE_CHAIN.search(a.before)
                or (len(words) > 1 and words[0].lower() in ctx.vocab.named_things))


def _royal_eponym(ctx: Context, a: Around) -> bool:
    """"Princess Alexandra", "King George": a royal title before a British first name names a
    hospital or a ship ("Prince Emeka" stays a person); so does a royal's style after a name ("Diana, Princess of
    Wales Hospital"); so does "Royal" before a town ("Royal Bournemouth", "Royal Derby")."""
    words = a.span.split()
    prev = PREV_JOINED.search(a.before)
    pairs = [(prev.group().split()[0], words[0])] if prev else []
    pairs += [(words[0], words[1])] if len(words) > 1 else []
    royal = ctx.vocab.royal_titles
    if ((m := ROYAL_STYLE_AFTER.match(a.after)) and m["title"].lower() in royal) or (
            len(words) > 1 and words[-1].lower() in royal and a.after.startswith(" of ")):
        return True  # "Diana, Princess of Wales Hospital": a royal's style after the name (or its title in the span)
    if ROYAL_BEFORE.search(a.before) and ctx.res.is_place(a.span):
        return True  # "from Royal Bournemouth": the hospital of a town
    return any(t.lower() in royal and ctx.res.anglo_first_names.get(n.lower(), 0) > 0 for t, n in pairs)


# a place's name joined by a lower-case particle: "Hopton-on-Sea", "Stratford-upon-Avon", "Barrow-in-Furness",
# "Chapel-en-le-Frith", "Weston-super-Mare" (Ordnance Survey place names; no person's name is built so)
COMPOUND_PLACE = re.compile(r"\p{Lu}[\p{L}'’]*(?:-(?:on|upon|by|in|en|le|under|over|super|next|cum|juxta|the|sub|"
                            r"with))+-\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*")


def _known_place(ctx: Context, a: Around) -> bool:
    """"Ballymena", "Newton Abbot", "Hopton-on-Sea"; "Shirley", "Stanley" and "Lincoln from the Pharmacy team" stay
    names."""
    if COMPOUND_PLACE.fullmatch(a.span):
        return True
    first_name = a.single and ctx.res.anglo_first_names.get(a.first.lower(), 0) >= 3
    return ctx.res.is_place(a.span) and not first_name and not FROM_A_TEAM.match(a.after)


def _part_of_place(ctx: Context, a: Around) -> bool:
    """Part of a longer place: "Kirkby Stephen", "Alder Hey", "King's Lynn", "Marks & Spencer",
    "the Queen Elizabeth the Queen Mother"; holding one of two words or more: "Hywel Dda Charities"; or opening
    inside one: "Sue Ryder Thorpe Hall"."""
    return part_of_place(ctx.res, a)


def _noun_modifier(ctx: Context, a: Around) -> bool:
    """A name-word used as a noun modifier: "Carol service", "Rose bush", "Amber (wind) warning" (not a possessive:
    "my husband frank's catheter")."""
    if a.single and alert_level(a.first, a.after):
        return True
    nxt = a.next_word()
    if not (nxt and ctx.res.is_common(a.first) and a.single) or (POSSESSIVE_AFTER.match(a.after) and (
            kin := KIN_BEFORE.search(a.before)) and ctx.vocab.relation_word.fullmatch(kin[1].lower())):
        return False
    return nxt.islower() and ctx.res.is_common(nxt) and nxt not in ctx.res.non_noun_words


def _eponym_word(ctx: Context, a: Around) -> bool:
    """"Apgar", "Heimlich", "Ménière's", "Guillain-Barré" (a surname too only before "disease": "Graves' disease");
    a hyphenated eponym listed
    whole ("Cheyne-Stokes") whatever its parts are."""
    whole = fold_accents(POSSESSIVE.sub("", a.first.lower()))
    parts = HYPHEN.split(whole)
    return a.single and ((len(parts) > 1 and whole in ctx.res.eponyms) or (  # "Cheyne-Stokes": listed whole
        all(p in ctx.res.eponyms for p in parts) and (not ctx.res.is_surname(a.first) or condition_follows(ctx, a.text, a.end))))


def _placed(ctx: Context, a: Around) -> bool:
    """"near Bude", "Mill Lane, Crediton", "Hexham NE46 3RT", "Anju from Kerala": places, unless a first name ("Love
    from Ruth" has no name before "from"); a venue between "at" and "in" a town ("at Bryn Awel in Llangefni"); a first
    name that is also a town is the town right after "in" or "near", or a journey's "to" or "from" ("the big Tesco in
    Beverley", "moved to Preston", "a taxi from Preston"; "in Beverley's room" stays); any word a sea's distance off
    ("a mile off Gwithian", "just off Lundy")."""
    v = ctx.vocab
    if AT_BEFORE.search(a.before) and (town := IN_TOWN_AFTER.match(a.after)) and ctx.res.is_place(town.group(1)):
        return True
    if ctx.res.is_first_name(a.first):
        return bool(a.single and (OFFSHORE.search(a.before) or ctx.res.is_place(a.first) and (
            IN_OR_NEAR.search(a.before) or COMES_FROM.search(a.before))) and not a.after.startswith(("'", "’")))
    return bool(v.locative_before.search(a.before) or v.street_before.search(a.before)
                or (a.before.rstrip().endswith(("from", "From")) and NAME_FROM.search(a.before))
                or POSTCODE_AFTER.match(a.text, a.end))


def _field_label(ctx: Context, a: Around) -> bool:
    """A field label such as "Addr:" or "Hosp:"."""
    return bool(LABEL_COLON.match(a.after)) and a.single and not ctx.res.is_name(a.span)


def _place_list(ctx: Context, a: Around) -> bool:
    """"covering Kirkcaldy, Glenrothes and Levenmouth": in a list whose next item is a known place
    (no first name: "Leeds and Jordan"), an unknown word is a place too, unless a first name; a first name that is
    also a place is the place there ("across Tyrone and Fermanagh")."""
    if ctx.res.is_first_name(a.first) and not (a.single and ctx.res.is_place(a.first)):
        return False
    near = [m.group(1) for m in (LIST_PREV.search(a.before), LIST_NEXT.match(a.after)) if m]
    return any(ctx.res.is_place(w) and not ctx.res.is_first_name(w) for w in near)


def _numbered_unit(ctx: Context, a: Around) -> bool:
    """"his wife Senga, Ward 15, hosp no …": a keep-list word with a number right after it ("Ward 15", "Bay 3") is where
    someone is, not who (a kin word's list does not outrank it; ``tokens.NUMBERED``, as a name's scan stops there); so is
    "Cat" before an ambulance call's category ("Cat 2 assigned")."""
    return a.single and ((ctx.res.never_name(a.span.lower()) and NUMBERED.match(a.after) is not None)
                         or (a.span == "Cat" and CATEGORY_AFTER.match(a.after) is not None))


# a degree in capitals that is also a name's short form ("Md", "Ma"; keep.yaml keeps the other post-nominals)
CATEGORY_AFTER = re.compile(r"[ \t]*[1-5](?![\w:]|\.\d)")  # an ambulance call's category: "Cat 2 assigned", "upgraded to Cat 1"


ROYAL_BEFORE = re.compile(r"(?<![\w'’-])Royal[ \t]+$")
ROYAL_STYLE_AFTER = re.compile(r",?[ \t]+(?P<title>\p{Lu}\p{Ll}+)[ \t]+of[ \t]+\p{Lu}")
NOT_A_PERSON: Tuple[Tuple[str, Check], ...] = (
    ("saint-or-hashtag", _saint_or_hashtag), ("numbered-unit", _numbered_unit),
    ("ends-in-place-word", _ends_in_place_word),
    ("organisation", _organisation),
    ("fixture", _fixture),
    ("named-thing", _named_thing),
    ("royal-eponym", _royal_eponym),
    ("known-place", _known_place),
    ("part-of-place", _part_of_place),
    ("abroad", _abroad),
    ("noun-modifier", _noun_modifier),
    ("eponym-word", _eponym_word),
    ("placed", _placed),
    ("field-label", _field_label),
    ("before-place-word", _before_place_word),
    ("place-list", _place_list), ("thing-after", thing_after), ("pet", pet), ("welsh-verb", welsh_verb), ("brand", camel_brand),
    ("vehicle", lambda ctx, a: make_before_plate(a.text, a.start, a.end)),  # "their white Dacia, CN21 VXA"
    ("degree", degree_or_code), ("spoken-digits", spoken_digits),
)


# what a relation word outranks: "her son Lincoln", "niece Winnie Ward" are a relative, not a town or a ward
KIN_SKIP = frozenset({"known-place", "ends-in-place-word"})


def all_but(*kept: str) -> FrozenSet[str]:
    """The names of every check except ``kept``: what a cue that outranks context skips."""
    return frozenset(name for name, _ in NOT_A_PERSON if name not in kept)


def not_a_person(ctx: Context, text: str, start: int, end: int, skip: FrozenSet[str] = frozenset()) -> bool:
    """Whether context makes ``text[start:end]`` a place, label or thing (a check not named in ``skip``)."""
    return any_check(ctx, text, start, end, NOT_A_PERSON, skip)


def edge_junk(ctx: Context, word: str) -> bool:
    """A word that cannot open or close a name: no letter, keep-list, stop word, clitic, relation word (with its
    "great-": "Great-grandmother Elsie Brooke")."""
    w = word.lower()
    return ((not any(ch.isalpha() for ch in word)) or ctx.res.never_name(w) or ctx.is_stop(w)
            or "'" in w or "’" in w or bool(ctx.vocab.relation_word.fullmatch(w)))


def sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence, a line, a quote or a bracket."""
    return bool(BREAK_BEFORE.search(text[max(0, at - 40):at]))


def unknown_surname_follows(ctx: Context, text: str, end: int) -> bool:
    """A capitalised word after ``end`` that is no ordinary word, place or keep word: a surname."""
    m = NEXT_WORD.match(text, end)
    if not m or not m.group(1)[0].isupper() or m.group(1).isupper():
        return False
    w, res = m.group(1).lower(), ctx.res
    return (not res.is_common(w) or res.is_surname(w)) and not (
        res.never_name(w) or res.is_place(w) or w in ctx.vocab.place_after)
