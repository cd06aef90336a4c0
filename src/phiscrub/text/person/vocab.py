"""PERSON vocabulary: the word lists of ``recognizers/person.yaml`` and the regexes built from them.

The YAML holds only words and phrases, each list with its source; the structure
around them (lookbehinds, what must follow, the gap a space in a phrase stands
for) is here. The file is read when a ``PersonRecognizer`` is built, once per
path, and checked strictly: an unknown key, a missing key or a non-string word
raises ``ConfigError`` naming the file and the key (fail closed: a list silently
dropped would let its names through).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Mapping, Optional, Tuple

import regex as re
import yaml

from phiscrub.errors import ConfigError
from phiscrub.resources import data_dir
from phiscrub.resources.keep import safe_load
from phiscrub.text.person.anchors import Anchors, cue_anchors
from phiscrub.text.wordtrie import flat_alternation, tree_alternation

# Every list the file must hold, and what it is for.
LISTS: Dict[str, str] = {
    "titles": "titles before a capitalised name: 'Mrs Flint', 'Sister Jones', 'grandad Reg'",
    "honorifics": "titles before a name even in lower case: 'mr hughes'",
    "kin_labels": "capitalised relation labels (case-sensitive): 'Daughter Alison:'",
    "relations": "relation words: 'my grandad Reg', 'Nkechi's family'",
    "kin_determiners": "words before a relation word: 'my', 'pt's'",
    "kin_adjectives": "adjectives between those and a relation word: 'my late husband'",
    "possessive_adjectives": "adjectives after a possessive name: 'Dave's late wife'",
    "naming": "phrases that introduce or address a name: 'pt is', 'known as'",
    "sign_off": "closings before the sender's name on the next line",
    "thanks": "phrases that thank or credit people: 'kudos to'",
    "fields": "field labels before ':' or '=': 'Surname:'",
    "addressing_before": "chat openers before an addressed name: 'omg kemi can u'",
    "addressing_after": "words after an addressed name: 'kemi can u'",
    "rota_duties": "ward duties after 'on': 'rui on the floor'",
    "rota_roles": "ward roles: 'tash in charge'",
    "place_after": "words after a name-like word that make it a place or thing: 'Alma Road'",
    "organisation_after": "lower-case words after any name that make it a practice or school: 'Jesmond practice'",
    "building_after": "lower-case words after a full name that make it a building: 'the Anne Ferguson building'",
    "thing_after": "lower-case words after a name that make it a thing named after someone: 'Peppa Pig stickers'",
    "condition_words": "words after an eponym that make it a condition: 'Bell's palsy'",
    "named_thing_before": "words before a name-like word that make it a thing: 'Storm Éowyn'",
    "locative_before": "prepositions that make a non-first-name a place: 'near Bude'",
    "street_before": "street words before a comma and a town: 'Mill Lane, Crediton'",
    "bed_cues": "bed and space labels before a number: 'bed 12', 'b4', 'side room 2'",
    "roles": "phrases that hand a task to a named person: 'ask for', 'hand over to'",
    "cheers_on": "phrases that cheer a named person: 'Go on Reg!'",
    "address_terms": "terms of address after a closing or cheer that are no names: 'Thanks Guys'",
    "platforms": "social platforms and apps, never a person after a role cue: 'post to Facebook'",
    "services": "hospital services staff hand over to, never a person after a role cue: 'speak to Payroll'",
    "royal_titles": "royal titles that, before a first name, name a hospital after royalty: 'Princess Alexandra'",
    "calendar_words": "weekday and month names, whose prefixes are calendar abbreviations: 'Thurs'",
}
_ENTRY_KEYS = ("source", "words")

# Shapes a word list cannot say, beside its words. Who holds a role today, before the colon: "Dr on: Nwosu", "NIC today: Hope"
_ON_DUTY = r"[ \t]+(?:on(?:[ \t]+(?:call|duty|site|shift))?|today|tonight)"
_SPELT_OUT = r"surname|maiden[ \t]+name|last[ \t]+name|family[ \t]+name|middle[ \t]+name"
_NAMING_SHAPES = (r"mr\.?\s*&\s*mrs", r"name\s+on\s+(?:the|his|her|their)\s+(?:slip|tag|label|wristband|band|badge|card|"
                  r"form|request|referral|notes|sheet)\s+(?:is|was|says|reads)")  # "name on the slip is OGUNLEYE"
_SIGN_OFF_SHAPES = (r"x+",)
# staff thanked by their role before their names ("thanks to paramedics Will and Faith", "well done to our nurses
# Amy and Jo"): the role words are no name, the names after them are
_ROLES_THANKED = (r"(?:(?:our|the|my|both)[ \t]+)?(?:paramedics?|nurses?|midwi(?:fe|ves)|doctors?|porters?|hcas?|"
                  r"physios?|carers?|crew(?:mates)?|call[ \t]+handlers?|technicians?|students?)")
_THANKS_SHAPES = (r"thanks?(?:\s+(?:you|u))?(?:\s+so\s+much)?(?:\s+to)?",  # thank(s) (you|u) (so much) (to)
                  r"shout\s*-?\s*outs?\s+(?:to|for)", r"happy\s+\d+(?:st|nd|rd|th)\s+birthday(?:\s+to)?")
_ROTA_GAP = r"[ \t]+"  # rota phrases stay on one line
_LAST_WORDS = (r"(?-i:\p{Lu})[\p{L}'’-]+(?:[ \t]+(?-i:\p{Lu})[\p{L}'’-]+)?(?:[ \t]*\([^()\n]{2,30}\))?[ \t]*"
               r"(?:x{1,4}|[^\p{L}\p{N}\s])*[ \t]*$")
# and kisses before the sender's name ("ta x bex", "see u fri x Bernie"), never a count's "x" ("2 x Ensure")
_INLINE_SIGN_OFF_SHAPES = (r"thx", r"ty", r"tah", r"thankyou", r"thanks\s+again", r"(?<!\d[ \t]{0,2})x{1,4}")
# What follows a closing or a cheer when its name ends the line: "ta Jem x", "Go on Reg!", "cheers, Bern 💙"
# a name ending the line, kisses and emoji after it, or a bracketed role: "Love, Precious (care co-ordinator) x"
_LINE_END_NAME = (r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?(?:[ \t]*\([^()\n]{2,40}\))?[ \t]*"
                  r"(?:(?:x{1,4}|[^\w\s])[ \t]*)*(?:\n|\Z)")


@dataclass(frozen=True)
class Vocab:
    """The compiled vocabulary: word sets and the regexes built from the lists."""

    place_after: FrozenSet[str]
    organisation_after: FrozenSet[str]
    building_after: FrozenSet[str]
    thing_after: FrozenSet[str]
    condition_words: FrozenSet[str]
    title_cue: "re.Pattern"
    honorific_cue: "re.Pattern"
    field_cue: "re.Pattern"
    kin_cue: "re.Pattern"
    kin_label_cue: "re.Pattern"
    naming_cue: "re.Pattern"
    thanks_cue: "re.Pattern"
    sign_off_cue: "re.Pattern"
    addressing: "re.Pattern"
    rota: "re.Pattern"
    possessive_relation: "re.Pattern"
    relation_word: "re.Pattern"
    title_word: "re.Pattern"
    locative_before: "re.Pattern"
    named_thing_before: "re.Pattern"
    street_before: "re.Pattern"
    last_line: "re.Pattern"
    bed_cue: "re.Pattern"
    kin_is_cue: "re.Pattern"
    bare_kin_cue: "re.Pattern"
    closing_cue: "re.Pattern"
    cheer_cue: "re.Pattern"
    pronoun_cue: "re.Pattern"
    role_cue: "re.Pattern"
    slot_cue: "re.Pattern"
    named_things: FrozenSet[str]
    closing_words: FrozenSet[str]  # the words of the sign-off phrases: "wishes", "regards", "soon"
    address_terms: FrozenSet[str]
    openers: FrozenSet[str]  # chat openers ("hey", "omg"): never the addressed name themselves
    platforms: FrozenSet[str]
    services: FrozenSet[str]
    royal_titles: FrozenSet[str]
    calendar_words: Tuple[str, ...]
    # cue regex -> the words one of which it needs (``anchors``; None: always scanned)
    anchors: Mapping[str, Optional[Anchors]] = field(default_factory=dict, compare=False)


# A regex alternative of ``shapes`` then ``words`` (escaped, longest first, a space matching ``gap``), the words as
# a prefix tree (``wordtrie``); ``flat_alternation`` inside a lookbehind.
alternation = tree_alternation


def _check_entry(path: Path, key: str, entry) -> Tuple[str, ...]:
    where = f"{path}: key {key!r}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping with 'source' and 'words'; fix the file")
    unknown = sorted(str(k) for k in entry if k not in _ENTRY_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {unknown}; allowed: 'source', 'words'")
    for needed in _ENTRY_KEYS:
        if needed not in entry:
            raise ConfigError(f"{where}: missing key {needed!r}; add it")
    if not isinstance(entry["source"], str) or not entry["source"].strip():
        raise ConfigError(f"{where}: 'source' must be a non-empty string saying where the words come from")
    words = entry["words"]
    if not isinstance(words, list) or not words:
        raise ConfigError(f"{where}: 'words' must be a non-empty list of strings")
    for i, word in enumerate(words):
        if not isinstance(word, str) or not word.strip():
            raise ConfigError(f"{where}: word {i + 1} is a {type(word).__name__}, not a non-empty string; quote it")
    return tuple(words)


def read_lists(path: Path) -> Dict[str, Tuple[str, ...]]:
    """The word lists of ``path``, checked against the schema (``ConfigError`` names the file and key)."""
    try:
        data = safe_load(Path(path).read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read PERSON word lists {path}: {exc}; fix or reinstall the file") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of word lists ({', '.join(LISTS)})")
    unknown = sorted(str(k) for k in data if k not in LISTS)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {unknown}; allowed: {', '.join(LISTS)}")
    missing = [k for k in LISTS if k not in data]
    if missing:
        raise ConfigError(f"{path}: missing key(s) {missing}; every list is required")
    return {key: _check_entry(path, key, data[key]) for key in LISTS}


def _cues(w: Dict[str, Tuple[str, ...]]) -> dict:
    relations = alternation(w["relations"])
    return dict(
        # a title, or a role on a rota board with its colon: "Mrs Okafor", "NIC: Bincy", "MW: Ngozi", "MWs: Summer", never the second
        # half of a hyphenated word ("near-miss stories", "ex-Sister"); a police officer's collar number between
        title_cue=re.compile(rf"\b(?<![@#]|\p{{L}}-)(?:{alternation(w['titles'])})(?:s(?=[ \t]*:[ \t]*(?-i:\p{{Lu}}\p{{Ll}})))?\.?(?:(?:{_ON_DUTY})?[ \t]*:)?"
                             r"(?:(?<=\b(?:pc|dc|ps|ds|sgt|pcso)\.?)[ \t]+\d{2,5}(?=[ \t]+\p{Lu}))?[ \t]+(?=\S)", re.IGNORECASE),
        honorific_cue=re.compile(rf"\b(?<![@#]|\p{{L}}-)(?:{alternation(w['honorifics'])})\.?[ \t]+(?=\S)", re.IGNORECASE),
        field_cue=re.compile(
            # "Name.......", and a qualifier in brackets before the colon: "Signed (patient):", "Name (print):"
            rf"\b(?<![@#])(?:{alternation(w['fields'])})(?:\(s\)|[ \t]*\([a-z][a-z /'’-]{{1,24}}\)|(?<!\bfrom|\bto){_ON_DUTY})?"
            r"(?:[ \t]*[:=]|[ \t]*\.{3,}:?)[ \t]*(?=\S)"
            # a form's cell with no colon: a label opening a line or a cell, then a cell gap
            rf"|(?:^|(?<=\n)|(?<=[ \t]{{2}}))(?:{alternation(w['fields'], ' ')})(?:\(s\))?(?:[ \t]{{2,}}|\t[ \t]*)(?=\S)"
            # a name spelt out in prose: "sorry, surname Holloway", "her maiden name was Kendal"
            rf"|\b(?<![@#])(?:{_SPELT_OUT})(?:[ \t]+(?:is|was))?[ \t]+(?=(?-i:\p{{Lu}}))",
            re.IGNORECASE),
        kin_cue=re.compile(
            rf"\b(?<![@#])(?:{alternation(w['kin_determiners'])}|(?-i:[A-Z][a-z][\w-]*)['’]s)\s+"
            rf"(?:(?:{alternation(w['kin_adjectives'])})\s+)?"
            rf"(?:great-?)*(?:{relations})s?[ \t]*,?[ \t]+(?=\S)", re.IGNORECASE),
        kin_label_cue=re.compile(rf"\b(?<![@#])(?-i:{alternation(w['kin_labels'], ' ')})[ \t]*[(:,-]?[ \t]*(?=[A-Z])"),
        naming_cue=re.compile(
            rf"\b(?<![@#])(?:{alternation(w['naming'], shapes=_NAMING_SHAPES)})[ \t]*[:,-]?[ \t]+(?=\S)", re.IGNORECASE),
        thanks_cue=re.compile(  # past the staff thanked by role: "thanks to paramedics Will and Faith"
            rf"(?<![\w@#])(?:{alternation(w['thanks'], shapes=_THANKS_SHAPES)})[ \t]*[,:]?[ \t]+(?:{_ROLES_THANKED}[ \t]+)?(?=\S)",
            re.IGNORECASE),
        sign_off_cue=re.compile(
            rf"(?<![\w@#])(?:{alternation(w['sign_off'], shapes=_SIGN_OFF_SHAPES)})[ \t]*[,!.]?[ \t]*\n\s*(?=\S)",
            re.IGNORECASE),
        # a name after the last line break (and a dash opening it: "— Kelly"; or a sentence end and two spaces, or a dash:
        # "… lodge. – Dev", "Message me – Gemma"), past a closing ("Love, Hope")
        # ... or a sentence end and one space when one or two capitalised words end the text, with a role in brackets
        # or emoji after them ("text me on 07700 900661. Carol 😊", "Pls send by 11:30. Shelley (ward host)")
        last_line=re.compile(
            rf"(?:\n(?:[ \t]*[–—-][ \t]*)?|[.!?][ \t]{{2,}}|[.!?\"'”’)][ \t]+[–—-][ \t]*|(?<=\w)[ \t]+[–—-][ \t]+|[.!?][ \t]+(?={_LAST_WORDS}))[ \t]*"
            rf"(?:(?:{alternation(w['sign_off'])})[ \t]*[,!.]?[ \t]+)?"
            rf"(?=[^\W\d_][^\n]{{0,40}}\s*$)", re.IGNORECASE),
    )


def _role_cues(w: Dict[str, Tuple[str, ...]]) -> dict:
    """Cues whose role makes the next capitalised word a name: closings, cheers, hand-overs, "he's"."""
    closings = alternation(w["sign_off"], shapes=_INLINE_SIGN_OFF_SHAPES)
    return dict(
        bed_cue=re.compile(
            # one bed or a range of them: "bed 12", "b4", "Bay 1–2"
            rf"(?<![\w@#/])(?:{alternation(w['bed_cues'])})[ \t]*\d{{1,3}}[a-z]?(?:[–-]\d{{1,3}}[a-z]?)?\b(?![:/.]\d)"
            rf"(?:[ \t]*[-–—:.),=][ \t]*|[ \t]+)(?=\S)", re.IGNORECASE),
        # a relation word with no determiner, as chat and notes write it: "mum chantelle", "husband vasile"
        bare_kin_cue=re.compile(rf"(?<![\w@#'’-])(?:{alternation(w['relations'])})[ \t]*[:,-]?[ \t]+(?=\S)",
                                re.IGNORECASE),
        kin_is_cue=re.compile(
            rf"\b(?<![@#])(?:{alternation(w['relations'])})s?[ \t]+(?:is|was|are|were)[ \t]+"
            rf"(?:(?:called|named)[ \t]+)?(?=\S)", re.IGNORECASE),
        closing_cue=re.compile(
            rf"(?<![\w@#])(?:{closings})[ \t]*[,.!-]?(?:[ \t]+|[ \t]*\n\s*)(?={_LINE_END_NAME})", re.IGNORECASE),
        cheer_cue=re.compile(
            rf"(?<![\w@#])(?!(?<=\w[ \t])(?:go|come)[ \t]+on\b)(?:{alternation(w['cheers_on'])})[ \t]*,?[ \t]+(?={_LINE_END_NAME}|"
            rf"[A-Z][\w'’-]*[ \t]*!)", re.IGNORECASE),  # not a verb after its subject: "gaps go on Patchwork."
        pronoun_cue=re.compile(r"\b(?<![@#])(?:he|she)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(?:(?:called|named)[ \t]+)?"
                               r"(?=(?-i:[A-Z]))"
                               # an introduction on the phone or in chat: "hi it's Jincy from Ward 11"
                               r"|\b(?<![@#])it(?:['’]?s|[ \t]+is)[ \t]+(?=(?-i:[A-Z])[\w'’-]+[ \t]+from\b)", re.IGNORECASE),
        role_cue=re.compile(rf"(?<![\w@#])(?:{alternation(w['roles'])})[ \t]*[:,-]?[ \t]+(?=\S)", re.IGNORECASE),
        # a rota's slot, a weekday and its shift, before the name who works it: "Mon pm Hope", "Tue N – Faith + agency"
        slot_cue=re.compile(r"(?<![\w@#])(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?[ \t]+"
                            r"(?i:am|pm|ld|n|e|l|nights?|lates?|earl(?:y|ies))[ \t]*[:,–-]?[ \t]+(?=\p{Lu}\p{Ll})"),
    )


def _shapes(w: Dict[str, Tuple[str, ...]]) -> dict:
    relations = alternation(w["relations"])
    return dict(
        addressing=re.compile(
            rf"(?:^|(?<=\n)|(?<=[.!?–—-][ \t])|(?<=\b(?:{flat_alternation(w['addressing_before'])})[ \t,]))"
            rf"[ \t]*@?(?P<name>[^\W\d_][\w'’\-]*)(?:[ \t]*[+&][ \t]*(?P<name2>[^\W\d_][\w'’\-]*))?[ \t]*(?:,|-|:)?[ \t]+"
            rf"(?=(?:{alternation(w['addressing_after'])})\b)", re.IGNORECASE),
        rota=re.compile(
            rf"\b(?P<name>[^\W\d_][\w'’-]*)[ \t]+(?:is[ \t]+|will[ \t]+be[ \t]+|'s[ \t]+)?"
            rf"(?:{alternation(w['rota_roles'], _ROTA_GAP)}"
            rf"|on[ \t]+(?:the[ \t]+)?(?:{alternation(w['rota_duties'], _ROTA_GAP)}))\b", re.IGNORECASE),
        possessive_relation=re.compile(
            rf"(?<![\w@#'’])(?P<word>(?:[A-Z][a-z]|[a-z]{{2}})[\w'’-]*s)[ \t]+"
            rf"(?:(?:{alternation(w['possessive_adjectives'])})[ \t]+)?(?:family|{relations})s?\b"),
        relation_word=re.compile(rf"(?:great-?)*(?:{relations})s?", re.IGNORECASE),  # "Great-grandmother" too
        title_word=re.compile(rf"(?:{alternation(w['titles'])})", re.IGNORECASE),
        locative_before=re.compile(rf"(?:\b(?:{alternation(w['locative_before'])})\s+(?:the\s+)?)$", re.IGNORECASE),
        # on the name's line: "Larch Ward\nKofi Mensah" is no "Ward Kofi"
        named_thing_before=re.compile(rf"(?:\b(?P<word>{alternation(w['named_thing_before'])})[ \t]+)$", re.IGNORECASE),
        street_before=re.compile(rf"\b(?:{alternation(w['street_before'])})\.?\s*,\s*$", re.IGNORECASE),
    )


def build_vocab(lists: Dict[str, Tuple[str, ...]]) -> Vocab:
    """The compiled vocabulary of checked word lists (``read_lists``)."""
    return Vocab(
        place_after=frozenset(w.lower() for w in lists["place_after"]),
        organisation_after=frozenset(w.lower() for w in lists["organisation_after"]),
        building_after=frozenset(w.lower() for w in lists["building_after"]),
        thing_after=frozenset(w.lower() for w in lists["thing_after"]),
        condition_words=frozenset(w.lower() for w in lists["condition_words"]),
        named_things=frozenset(w.lower() for w in lists["named_thing_before"]) - {"the"},
        closing_words=frozenset(part.lower() for w in lists["sign_off"] for part in w.split()),
        address_terms=frozenset(w.lower() for w in lists["address_terms"]),
        openers=frozenset(w.lower() for w in lists["addressing_before"]),
        platforms=frozenset(w.lower() for w in lists["platforms"]),
        services=frozenset(w.lower() for w in lists["services"]),
        royal_titles=frozenset(w.lower() for w in lists["royal_titles"]),
        calendar_words=tuple(w.lower() for w in lists["calendar_words"]),
        anchors=cue_anchors(lists),
        **_cues(lists),
        **_role_cues(lists),
        **_shapes(lists),
    )


@lru_cache(maxsize=8)
def load_vocab(path: Path) -> Vocab:
    """The vocabulary of one YAML file, read and compiled once per path."""
    return build_vocab(read_lists(Path(path)))


def default_vocab() -> Vocab:
    """The vocabulary shipped with phiscrub (``recognizers/person.yaml``)."""
    return load_vocab(data_dir() / "person.yaml")
