"""Phrases that pick one person out, whatever the place's size (read by ``phiscrub.risk.details``).

* ``UNIQUE``: a superlative only one person holds ("Britain's oldest man", "the village's only GP", a hospital's first
  ever treatment of a kind); not the poster's or the reader's ("I'm the only person he talks to").
* ``ROLE_HOLDER``: a role one person holds in one place is a pool of one ("the coxswain of the Tenby lifeboat", "our
  village vicar", "our town's retired GP", "Padstow's harbour master", "the local MP", "the retired conductor of the village brass band",
  "the club mascot", "Stranraer's first-team goalkeeper", a team's "our captain", a crew's "their skipper", a match's
  "the referee"); with only "the" or "our" before it, a role one person holds in a school, a village or a harbour
  when the post names a place (``role_in_named_place``: "The lollipop man stopped me", a drop-in "at the primary in
  Aberdaron"; the OCCUPATION converter's one holder).

Moved out of ``phiscrub.risk.context``; the convention is the labelled drafts' (``samples/risk/README.md``).
"""

from __future__ import annotations

import regex as re

# a superlative or a record that only one person holds: "Britain's oldest man", "the village's only GP"
UNIQUE = re.compile(
    r"\b(?<!\b(?:i['’]m|i\s+am|i\s+was|you['’]re|you\s+are|you\s+were|we['’]re|we\s+are|we\s+were)\s+)"
    r"(?:the|our|their|its|\w+['’]s)\s+"  # "I'm the only person he …", "I was the first person she'd spoken to"
    r"(?:oldest|youngest|tallest|first|only|last\s+surviving|longest[- ](?:serving|standing|surviving|registered))\s+"
    r"(?:living\s+)?(?:man|woman|person|resident|patient|lady|gentleman|boy|girl|baby|mum|dad|veteran|twins?|"
    r"triplets|centenarian|gp|vicar|doctor|nurse|midwife|regular|member)\b"
    # a title one person holds ("last year's world gurning champion", "the reigning British champion") and the
    # first case of a disease somewhere ("our first ever case of mpox in the Borders")
    r"|\b(?:world|british|national|european|olympic|commonwealth|reigning|current|defending|last\s+year['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?champion\b(?!s)|\b(?:first|only)\s+(?:ever\s+)?(?:confirmed\s+)?case\s+of\b"
    # the one person a wedding is for: "looked after the bride after she slipped at her reception", "we've got a bride,
    # still in her dress" (not "every bride")
    r"|\b(?:the|a)\s+(?:bride|groom|bridegroom)\b(?![s'’-])"
    # a home's or a ward's champion at a game ("our dominoes champion", "the bingo queen"): one of a few dozen
    r"|\b(?:our|the)\s+(?:dominoes|domino|darts|bingo|quiz|scrabble|chess|draughts|bowls|snooker|cribbage|crib|whist|"
    r"bridge|cards|skittles|karaoke|sudoku|crossword)\s+(?:champion|champ|queen|king)\b(?!s)"
    # the first in years ("First twins on my caseload in three years!", "our first home birth here in a decade")
    r"|\bfirst\s+(?:ever\s+)?(?:set\s+of\s+)?(?:twins|triplets|quads|baby|home\s+birth|water\s+birth|centenarian)\s+"
    r"(?:[\w'’]+\s+){0,4}?in\s+(?:\w+\s+)?(?:years|decades?)\b"
    # a hospital's or a team's first ever treatment of a kind: its one patient ("Derriford gave its first ever CAR-T cell
    # therapy, to a 58-year-old"; not "my first ever shift", the poster's own)
    r"|\b(?:our|its|their|the\s+[\w-]+['’]s|(?-i:\p{Lu})[\p{L}-]+['’]s)\s+(?:very\s+)?first\s+ever\s+(?:[\w-]+\s+){0,3}?"
    r"(?:therapy|treatment|transplant|operation|procedure|surgery|implant|infusion)\b"
    # a case seen once in a working life ("not something you see twice in a career", "once in a career")
    r"|\bnot\s+(?:something|one)\s+you\s+see\s+twice\b|\bonce\s+in\s+a\s+(?:whole\s+)?career\b"
    # the one person at a session ("One person came.", "only one patient turned up")
    r"|\b(?:only\s+|just\s+)?one\s+(?:person|patient|attendee|client)\s+(?:came|attended|turned\s+up|showed\s+up)\b",
    re.IGNORECASE)
ROLE_HOLDER = re.compile(
    r"(?:\b(?:our|the|their|your)\s+(?:village|local|town|parish|island)(?:['’]s)?\s+(?:school['’]s|club['’]s\s+)?"
    r"(?:(?:retired|former|old|late|long-serving)\s+)?|\b(?:our|the|their|your)\s+(?:school['’]s|club['’]s)\s+"
    # (a capital in earnest: the pattern ignores case, which would read any letter as one)
    r"|\b(?-i:\p{Lu})[\p{L}'’-]+['’]s\s+|\bthe\s+(?=\w+(?:\s+\w+)?\s+(?:of|at|for)\s+(?:the\s+)?(?-i:\p{Lu}))"
    # ... or of a place's only venue: "the landlord of the only pub in Applecross"
    r"|\bthe\s+(?=\w+(?:\s+\w+)?\s+(?:of|at)\s+the\s+only\s+(?:\w+\s+){1,2}?(?:in|on|at)\s+(?-i:\p{Lu}))"
    # a street vendor's pitch, which one badged vendor holds (The Big Issue): "the Big Issue seller by the taxi rank"
    r"|\bthe\s+(?=big\s+issue\s+(?:seller|vendor)\s+(?:by|at|outside|on|near|in)\b)"
    # a club's or a team's own mascot: "the club mascot"
    r"|\b(?:our|the|their|your)\s+(?:club|team)\s+(?=mascot\b)"
    # "the retired conductor of the village brass band": a village's, a town's or a parish's
    r"|\bthe\s+(?:(?:retired|former|old|late|long-serving)\s+)?(?=\w+\s+of\s+(?:the|our)\s+(?:village|town|parish|island)\b)"
    # a team's or a crew's own captain or skipper, a match's referee: "our captain's first session", "their skipper"
    r"|\b(?:our|their)\s+(?=(?:captain|skipper)\b)|\bthe\s+(?=referee\b))"
    r"(?P<role>coxswain|harbour\s?master|head\s?teacher|headmaster|headmistress|head\s+of\s+school|vicar|rector|"
    r"parish\s+priest|minister|imam|rabbi|lollipop\s+(?:lady|man)|mp|mayor|lord\s+mayor|landlord|landlady|"
    r"postman|postwoman|postie|lighthouse\s+keeper|station\s+master|stationmaster|lifeboat\s+coxswain|"
    r"chief\s+constable|town\s+crier|laird|publican|shopkeeper|schoolteacher|football\s+manager|club\s+captain|"
    r"team\s+captain|captain|skipper|referee|(?:first[- ]team\s+)?goalkeeper|head\s+coach|chairman|chairwoman|conductor|bandmaster|choirmaster|organist|gp|family\s+doctor|vet|"
    r"dentist|pharmacist|chemist|district\s+nurse|bobby|policeman|butcher|baker|fishmonger|mascot|big\s+issue\s+(?:seller|vendor))\b"
    # the role's place, not its holder: "our local GP surgery", "the vet practice"
    r"(?!\s+(?:surgery|surgeries|practice|practices|clinics?|centre|services?|team|appointments?|list|shop|"
    r"office|hall|station|rota))",
    re.IGNORECASE)


# roles one person holds in a school, a village or a harbour, with "the" or "our" before them ("The lollipop man", "our
# village vicar"), and a place named anywhere in the post
_ONE_HOLDER_ROLE = re.compile(r"(?:village\s+|local\s+)?(?:lollipop\s+(?:man|lady)|head\s?teacher|headmaster|headmistress|"
                              r"vicar|rector|postmaster|postmistress|harbour\s+master|school\s+caretaker)", re.IGNORECASE)
_THE_ONE = re.compile(r"\b(?:the|our)\s+(?:(?:village|school|local)(?:['’]s)?\s+)?$", re.IGNORECASE)
_PLACE_NAMED = re.compile(r"\b(?:in|at|of|from)\s+(?:the\s+)?(?:\w+\s+)?(?-i:\p{Lu})\p{Ll}")


def role_in_named_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is such a role, its one holder in the place the post names (samples/risk/README.md:
    single-holder roles are counted directly)."""
    return (_ONE_HOLDER_ROLE.fullmatch(text, start, end) is not None and _THE_ONE.search(text, max(0, start - 14), start)
            is not None and _PLACE_NAMED.search(text) is not None)
