"""Towns, villages and cities from the GeoNames gazetteer, and the names before a head word.

Granularity by population (GeoNames figure, the largest place of that name):
village below 3,000 people, town from 3,000 to 99,999, city from 100,000; a
gazetteer place with no figure is a town without ``population``. These are
the thresholds of the English settlement hierarchy as the risk scorer needs
them (how many people a place holds), not legal city status: Truro (23,000)
is a town here, Reading (318,000) a city.

Place names are also words ("Bath", "Reading", "Deal", "March") and names
("Chester", "Barry"), so a one-word place counts when it is capitalised and
not opening a sentence; when it is a verb, adjective or adverb ("reading",
"bath", "deal") or a common English first name, it needs a locative word
before it ("in Bath", "near Chester"); lower case ("in bideford") needs one
too and never counts for a common word. A long-form town is also found by its everyday name ("Saltburn" for
Saltburn-by-the-Sea), unless that name is a place of its own. ``not_places`` (places.yaml) lists
the GeoNames names that are ordinary words in posts ("Hospital", "Church"); ``located_places`` those that
are towns too, counted only capitalised right after "in", "from", "near" ("in Settle", "from Street");
a place before "coma", "score" or "scale" names a scale ("Glasgow Coma Scale").
"""

from __future__ import annotations

from typing import Dict, FrozenSet, List, Optional, Tuple

import regex as re

from phiscrub.text.mentions.base import TOKEN, Tokens, scan_tokens

VILLAGE_BELOW = 3_000
CITY_FROM = 100_000
LOCATIVE = frozenset(
    "in at near nr from to outside around round towards toward through via into between off past opposite "
    "beyond behind by".split()
)
TITLES = frozenset("mr mrs ms miss dr sir lord lady rev revd prof cllr capt sgt pc".split())
# Capitalised words that open posts: never the first word of a venue or street name.
OPENERS = frozenset(
    "thanks thank cheers congrats congratulations shout huge massive big hi hello morning evening well done "
    "today yesterday tonight called attended update reminder please welcome happy sending".split()
)
# A place name before these words names a scale or a score ("Glasgow Coma Scale"), not a place.
_LOCATED_BY = frozenset({"in", "from", "near", "nr", "outside"})  # what makes a ``located_places`` word a town
_NOT_AFTER = frozenset("coma score scale criteria classification rules sign test manoeuvre".split())
_FIRST_NAME_COMMON = 2  # nam_dict frequency (1..13) from which a GB/IE/US first name makes a place ambiguous


def granularity(population: int) -> str:
    if population <= 0:
        return "town"
    if population < VILLAGE_BELOW:
        return "village"
    return "town" if population < CITY_FROM else "city"


def _capitalised(raw: str) -> bool:
    return raw[:1].isupper()


# a town's everyday name is its name before "-on-Sea", "-by-the-Sea", " upon Tyne", "-under-Lyne", "-le-Street":
# "Saltburn", "Clacton", "Southend" (GeoNames gives only the long form)
_LONG_FORM = re.compile(r"^(?P<short>[^-]+?)[- ](?:upon|on|by|under|le|en|in|super|de)[- ]\S")


def _with_short_names(populations: Dict[str, int], is_common) -> Dict[str, int]:
    """``populations`` and the everyday short name of each long-form place that is no place of its own and no
    ordinary word ("Chapel" of Chapel-en-le-Frith)."""
    short: Dict[str, int] = {}
    for name, population in populations.items():
        m = _LONG_FORM.match(name)
        if m and m["short"] not in populations and not is_common(m["short"]):
            short[m["short"]] = max(short.get(m["short"], 0), population)
    return {**short, **populations}


class Gazetteer:
    """Token n-grams of the text that are gazetteer places, under the rules of the module docstring."""

    def __init__(self, resources, not_places: FrozenSet[str], located_only: FrozenSet[str] = frozenset()):
        self._resources = resources
        self._population: Dict[Tuple[str, ...], int] = {}
        self._located_only: set = set()  # places only capitalised after "in", "from"…: "in Settle"
        lengths: Dict[str, set] = {}
        for name, population in _with_short_names(resources.place_population, resources.is_common).items():
            words = tuple(w.lower().replace("'", "").replace("’", "") for w in TOKEN.findall(name))
            if not words:
                continue
            if name in located_only:
                self._located_only.add(words)
            elif name in not_places:
                continue
            keys = [words, ("st",) + words[1:]] if words[0] == "saint" else [words]
            for key in keys:
                self._population[key] = max(self._population.get(key, 0), int(population))
                lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}

    def _ambiguous(self, word: str) -> bool:
        r = self._resources
        return word in r.non_noun_words or r.anglo_first_names.get(word, 0) >= _FIRST_NAME_COMMON

    def _accept(self, tokens: Tokens, i: int, j: int, population: int) -> bool:
        before = tokens.norms[i - 1] if i > 0 and not tokens.initial[i] else ""
        if before in TITLES or any(tokens.handle[i:j]) or (j < len(tokens) and tokens.norms[j] in _NOT_AFTER):
            return False
        located = before in LOCATIVE
        if tuple(tokens.norms[i:j]) in self._located_only:  # "in Settle", "from Street"; not "settle down"
            return before in _LOCATED_BY and all(map(_capitalised, tokens.raws[i:j])) and not tokens.initial[i]
        if not _capitalised(tokens.raws[i]):  # "in bideford"
            word = " ".join(tokens.norms[i:j])
            return located and not self._resources.is_common(word) and not self._resources.is_first_name(word)
        if j - i > 1:
            return _capitalised(tokens.raws[j - 1])
        word = tokens.norms[i]
        if self._ambiguous(word):
            return located
        if tokens.initial[i]:
            return not self._resources.is_common(word) or population >= CITY_FROM
        return True

    def matches(self, tokens: Tokens) -> List[Tuple[int, int, int]]:
        """(first token, end token, population) of each place, left to right, not overlapping."""
        return scan_tokens(len(tokens), lambda i: self._match_at(tokens, i))

    def _match_at(self, tokens: Tokens, i: int) -> Optional[Tuple[int, int]]:
        sizes, bare = self._lengths.get(tokens.norms[i], ()), _bare(tokens, i, self._resources)
        if bare != tokens.norms[i]:  # a possessive: "Truro's"
            sizes = tuple(sorted(set(sizes) | set(self._lengths.get(bare, ())), reverse=True))
        for size in sizes:
            j = i + size
            if j > len(tokens) or not all(tokens.joined[k] for k in range(i + 1, j)):
                continue
            key = tuple(tokens.norms[i:j])  # and the last word without its possessive: "Lyme Regis's finest"
            last = _bare(tokens, j - 1, self._resources if size == 1 else None)  # "Lyme Regis's" is the town's
            population = self._population.get(key)
            if population is None and self._population.get(key[:-1] + (last,)):  # a place of known size only
                population = self._population[key[:-1] + (last,)]  # (not "Huntington's disease")
            if population is not None and self._accept(tokens, i, j, population):
                return j, population
        return None


def _bare(tokens: Tokens, k: int, resources=None) -> str:
    """Word ``k`` in lower case without a possessive "'s" ("Truro's" -> "truro"); as it is otherwise, and for a
    name's possessive ("Huntington's", "Chester's": a person's, a disease's)."""
    raw = tokens.raws[k]
    if not raw.endswith(("'s", "’s")) or len(raw) <= 3:
        return tokens.norms[k]
    bare = raw[:-2].lower()
    return tokens.norms[k] if resources is not None and resources.is_name(bare) else bare


def name_before(tokens: Tokens, head: int, resources, connectors: FrozenSet[str] = frozenset(),
                max_words: int = 4) -> Optional[int]:
    """First token of the capitalised name just before token ``head`` ("Exeter Chiefs" stadium), or None.

    ``connectors`` may join capitalised words ("Royal Devon and Exeter"
    Hospital); a title, a number, lower case, punctuation, or a sentence opening
    with a post opener or a verb, adjective or adverb ("Thanks", "Huge") ends it.
    """
    k, words = head, 0
    while k > 0 and words < max_words and tokens.joined[k] and not tokens.handle[k - 1]:
        raw, norm = tokens.raws[k - 1], tokens.norms[k - 1]
        opener = tokens.initial[k - 1] and (norm in OPENERS or norm in resources.non_noun_words)
        if _capitalised(raw) and norm not in TITLES and not opener:
            k -= 1
            words += 1
        elif (norm in connectors and words and k - 1 > 0 and tokens.joined[k - 1]
              and _capitalised(tokens.raws[k - 2]) and not tokens.initial[k - 1]):
            k -= 1
        else:
            break
    while k < head and tokens.norms[k] in connectors:
        k += 1
    return k if words else None
