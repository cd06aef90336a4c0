"""Word lists, places and the keep-list: loaded once, handed to whoever needs them.

``build_resources(model)`` builds one frozen ``Resources`` per arguments (cached)
and the pipeline hands it to every recognizer, so no recognizer reads a file
itself. Each job lives in its own module:

* ``cache.py``: the cache folder (platformdirs) and the cached-lines helper;
* ``words.py``: spaCy's stop words and ordinary English words from the model's
  lemmatizer tables;
* ``names.py``: first names (gender-guesser's nam_dict) and surnames;
* ``places.py``: GeoNames places of the UK and Ireland with their populations;
* ``keep.py``: the keep-list ``recognizers/keep.yaml`` and a user file's ``not_names``.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources as _package_files
from pathlib import Path
from typing import FrozenSet, Iterable, Mapping, Optional, Tuple

from phiscrub.resources.cache import cache_dir, cached_lines
from phiscrub.resources.keep import load_keep, user_not_names
from phiscrub.resources.names import first_names, surnames
from phiscrub.resources.places import place_populations, places
from phiscrub.resources.words import NON_NOUN_PARTS, common_words, stop_words

__all__ = [
    "Resources", "build_resources", "cache_dir", "cached_lines", "common_words", "data_dir", "first_names",
    "fold_accents", "load_keep", "place_populations", "places", "stop_words", "surnames", "user_not_names",
]


@dataclass(frozen=True)
class Resources:
    """Every word list a recognizer may consult (lower case), built by ``build_resources``."""

    common_words: FrozenSet[str]
    non_noun_words: FrozenSet[str]  # verbs, adjectives, adverbs, stop words: never a surname in lower case
    first_names: Mapping[str, int]  # lower-case name -> frequency 1..13 (max over countries)
    anglo_first_names: Mapping[str, int]  # frequency in GB/Ireland/USA only
    surnames: FrozenSet[str]
    not_names: FrozenSet[str]
    eponyms: FrozenSet[str]
    places: FrozenSet[str] = frozenset()  # lower-case UK and Irish place names
    place_population: Mapping[str, int] = field(default_factory=dict)  # gazetteer places only
    stop_words: FrozenSet[str] = frozenset()  # spaCy's English stop words

    def is_place(self, phrase: str) -> bool:
        """A place of the gazetteers; spaces and hyphens alike ("Blaenau Ffestiniog", "Blaenau-Ffestiniog");
        a compass point or Upper/Lower before one is a part of it ("West Croydon"); "St" is "Saint" ("St Agnes")."""
        p = " ".join(phrase.lower().replace("’", "'").split())
        if p in self.places or (("-" in p or " " in p) and
                                (p.replace(" ", "-") in self.places or p.replace("-", " ") in self.places)):
            return True
        head, _, rest = p.partition(" ")
        if head in ("st", "st.") and rest:
            return f"saint {rest}" in self.places  # "St Agnes" as GeoNames spells it, "Saint Agnes"
        return bool(rest) and head in _PLACE_PREFIXES and rest in self.places

    @cached_property
    def place_pieces(self) -> FrozenSet[str]:
        """Every piece of a place name between spaces and hyphens: a phrase with a word made of other
        pieces is no place, so ``may_be_place_word`` rules phrases out before they are built."""
        return frozenset(piece for p in self.places for piece in p.replace("-", " ").split(" "))

    def may_be_place_word(self, word: str) -> bool:
        """Whether ``word`` (no spaces) could be a word of a place name."""
        return all(piece in self.place_pieces for piece in word.lower().split("-"))

    def is_common(self, word: str) -> bool:
        return word.lower() in self.common_words

    def is_stop(self, word: str) -> bool:
        return word.lower() in self.stop_words

    def is_first_name(self, word: str) -> bool:
        w = word.lower()
        if w in self.first_names or fold_accents(w) in self.first_names:
            return True
        parts = w.split("-")  # "Lily-Mae", "fatima-zahra"
        return len(parts) > 1 and all(fold_accents(p) in self.first_names for p in parts if p)

    def is_surname(self, word: str) -> bool:
        w = word.lower()
        return w in self.surnames or fold_accents(w) in self.surnames

    def is_name(self, word: str) -> bool:
        return self.is_first_name(word) or self.is_surname(word)

    def never_name(self, word: str) -> bool:
        """A keep-list word, or a compound of them ("Mon–Thu", "A&E-ICU"), or a range of weekdays ("Thu–Sun") or
        of months' short forms ("Jan-Mar")."""
        w = word.lower().strip(".")
        if w in self.not_names:
            return True
        if _COMPOUND.search(w) is None:
            return False
        parts = [p for p in _COMPOUND.split(w) if p]
        return len(parts) > 1 and (all(p in self.not_names for p in parts) or all(p in _WEEKDAYS for p in parts)
                                   or (all(p in _MONTHS for p in parts) and len(set(parts)) > 1))  # not "Jun-Jun"


# letters with no decomposition that a name typed on an English keyboard spells plain: "Bartłomiej" as "Bartlomiej"
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "æ": "ae", "œ": "oe", "ß": "ss"})
_PLAIN_SET = frozenset("łøđðæœß")  # not the dotless i: "aşkın" plain is chat "askin"


def fold_accents(word: str) -> str:
    """"siân" -> "sian", "bartłomiej" -> "bartlomiej": name lists spell names without diacritics, and drafts
    often do."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
                   if not unicodedata.combining(ch))


def _with_plain_spellings(names):
    """``names`` with the plain spelling of each long name too ("bartłomiej" and "bartlomiej", "bożena" and "bozena";
    a plain name already listed keeps its own entry). Short ones stay as listed: plain, they are words or chat ("vít"
    and "Vit K", "aşkın" and "askin")."""
    plain = {n: fold_accents(n) for n in names if not n.isascii() and (len(n) >= 6 or set(n) & _PLAIN_SET and len(n) >= 4)}
    if isinstance(names, dict):
        return {**{p: names[n] for n, p in plain.items()}, **names}
    return frozenset(names) | set(plain.values())


@lru_cache(maxsize=1)
def island_names() -> FrozenSet[str]:
    """The inhabited islands the mention finder's place lists name (``recognizers/mentions/places.yaml``, list
    ``islands``: "Coll", "Tiree", "Isle of Eigg"), lower case: places for the name rules too, from one list; not
    Iona, a girl's name far more often in posts ("Thanks Iona!") than the island."""
    import yaml

    lists = yaml.safe_load((data_dir() / "mentions" / "places.yaml").read_text(encoding="utf-8"))["lists"]
    return frozenset(" ".join(p.lower().split()) for wl in lists if wl["name"] == "islands" for p in wl["phrases"]) - {"iona"}


def data_dir() -> Path:
    """The recognizer data folder (``recognizers/`` in the source tree, package data when installed)."""
    return Path(str(_package_files.files("phiscrub.recognizer_data")))


def build_resources(model: Optional[str] = None, extra_not_names: Iterable[str] = ()) -> Resources:
    """The word lists for ``model`` (a spaCy package name; None: stop words only as common words).

    ``extra_not_names`` (e.g. ``keep.user_not_names(files)``) are merged into the
    keep-list's ``not_names``. Built once per (model, extra words): a second call
    returns the same object.
    """
    extra = tuple(sorted({w.strip().lower() for w in extra_not_names or () if w.strip()}))
    return _build(model or "", extra)


_COMPOUND = re.compile(r"[-–—/]")
# "Thu–Sun": "Sun" alone may be a name, a range of days is none; nor is a range of months' short forms ("Jan-Mar"; a
# range of whole names may be a first name: "June-May")
WEEKDAY_ABBREVIATIONS = frozenset(d.lower() for d in calendar.day_abbr) | {"tues", "weds", "thur", "thurs"}
_WEEKDAYS = frozenset(d.lower() for d in calendar.day_name) | WEEKDAY_ABBREVIATIONS
_MONTHS = frozenset(m.lower() for m in calendar.month_abbr if m) | {"sept"}
# the words that name a part of a place before it (Ordnance Survey names: "West Croydon", "Upper Norwood")
# ("Little" and "Great" are also surnames: "Mrs Little Hampton" stays a name)
_PLACE_PREFIXES = frozenset({"north", "south", "east", "west", "upper", "lower", "nether", "central"})


def _without_apostrophes(names: FrozenSet[str]) -> FrozenSet[str]:
    """The names and, for those with an apostrophe, the spelling without it, as people type them ("Kings
    Lynn", "Bishops Castle", "St Marys"); either apostrophe ("King’s Lynn") is read as the plain one."""
    plain = {n.replace("’", "'") for n in names}
    return frozenset(plain | {n.replace("'", "") for n in plain if "'" in n})


@lru_cache(maxsize=8)
def _build(model: str, extra_not_names: Tuple[str, ...]) -> Resources:
    every, anglo = first_names()
    extra_first = surnames(data_dir() / "names" / "first_names.txt")  # the names nam_dict.txt lacks
    every = _with_plain_spellings({**{n: 1 for n in extra_first}, **every})
    keep = load_keep(data_dir() / "keep.yaml")
    not_names = {w.lower() for w in keep.get("not_names", [])} | set(extra_not_names)
    return Resources(
        common_words=common_words(model),
        non_noun_words=common_words(model, NON_NOUN_PARTS),
        first_names=every,
        anglo_first_names=anglo,
        surnames=_with_plain_spellings(surnames(data_dir() / "names" / "surnames.txt")),
        not_names=frozenset(not_names),
        eponyms=frozenset(w.lower() for w in keep.get("eponyms", [])),
        place_population=place_populations(),
        places=_without_apostrophes(places() | island_names() | frozenset(" ".join(p.lower().split())
                                                                       for p in keep.get("places", []))),
        stop_words=stop_words(),
    )
