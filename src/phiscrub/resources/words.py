"""Ordinary English words: spaCy's stop words and the lemmatizer tables of the spaCy model.

Common words are the WordNet lemma index and irregular forms that ship inside
the spaCy English model's lemmatizer tables, with simple inflections, plus
spaCy's stop words. When the configured model has no lemmatizer tables only
the stop words are used, which makes phiscrub redact more, never less.
Both lists are cached per package version (see ``cache.py``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, Iterable

from phiscrub.resources.cache import cached_lines, dist_version

ALL_PARTS = ("noun", "verb", "adj", "adv")
NON_NOUN_PARTS = ("verb", "adj", "adv")


@lru_cache(maxsize=1)
def stop_words() -> FrozenSet[str]:
    """spaCy's English stop words (cached, so reading them does not import spaCy)."""

    def build() -> list:
        from spacy.lang.en.stop_words import STOP_WORDS

        return sorted(STOP_WORDS)

    return frozenset(w for w in cached_lines(f"stopwords-spacy-{dist_version('spacy')}.txt", build) if w)


@lru_cache(maxsize=8)
def common_words(model: str, parts=ALL_PARTS) -> FrozenSet[str]:
    """Ordinary English words from ``model``'s lemmatizer tables, cached per model version and parts."""
    tag = dist_version(model) if model else None
    if tag is None:
        return frozenset(_common_words(model, parts))
    name = f"words-{model}-{tag}-{'-'.join(parts)}.txt"
    return frozenset(w for w in cached_lines(name, lambda: sorted(_common_words(model, parts))) if w)


def _inflect(words: Iterable[str], pos: str) -> set:
    """The lemma and its regular forms: plural, -ing/-ed, -ly (enough to know a word is ordinary)."""
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


def _lemma_lookups(model: str):
    """The lemmatizer tables inside an installed spaCy model package, or None."""
    from phiscrub.text.nlp import import_spacy

    spacy = import_spacy()
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
    if lookups is None:
        return words
    if lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        for pos in parts:
            if pos in index:
                words |= _inflect(index[pos], pos)
    if lookups.has_table("lemma_exc"):
        exc = lookups.get_table("lemma_exc")
        for pos in parts:
            if pos in exc:
                words.update(k for k in exc[pos] if k.isalpha())
    return words
