"""Which cue regexes can match a text at all: a set test before the regex scans it.

Every cue regex (``vocab``) needs one of its list's words, so a text holding none
of their first words cannot match and is not scanned. ``cue_anchors`` gives, per
cue, the lower-case first letter-run of every word of its list (plus the
anchors of the shapes a list cannot say); ``None`` where some alternative has
no such anchor: that cue always runs. ``text_words`` gives the text's letter-runs,
each also as the regexes may read it: without a plural "s" ("sons", "its"),
without "great" before a relation ("greatgrandma") and "x" for any kisses. The
test is only ever a necessary condition: findings are the same with or without it
(checked on every corpus), only the scans no match could come from are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, Optional, Tuple

import regex as re

_LETTERS = re.compile(r"[^\W\d_]+")

# Anchors of the regex shapes beside the lists (``vocab._NAMING_SHAPES`` etc.)
_SHAPE_ANCHORS = {
    "naming": ("mr", "name"),
    "thanks": ("thank", "thanks", "shout", "shoutout", "happy"),
    "sign_off": ("x",),
    "closing": ("thx", "ty", "tah", "thankyou", "thanks", "x"),
    "slot": ("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
             "wednesday", "thursday", "friday", "saturday", "sunday"),
}

# cue regex (``Vocab`` attribute) -> the lists whose words it needs, and the shapes' anchors
_CUE_LISTS: Dict[str, Tuple[Tuple[str, ...], Tuple[str, ...]]] = {
    "title_cue": (("titles",), ()),
    "honorific_cue": (("honorifics",), ()),
    "field_cue": (("fields",), ()),
    "kin_cue": (("relations",), ()),
    "kin_label_cue": (("kin_labels",), ()),
    "naming_cue": (("naming",), _SHAPE_ANCHORS["naming"]),
    "thanks_cue": (("thanks",), _SHAPE_ANCHORS["thanks"]),
    "sign_off_cue": (("sign_off",), _SHAPE_ANCHORS["sign_off"]),
    "bed_cue": (("bed_cues",), ()),
    "bare_kin_cue": (("relations",), ()),
    "kin_is_cue": (("relations",), ()),
    "closing_cue": (("sign_off",), _SHAPE_ANCHORS["closing"]),
    "cheer_cue": (("cheers_on",), ()),
    "pronoun_cue": ((), ("he", "she", "it")),
    "role_cue": (("roles",), ()),
    "slot_cue": ((), _SHAPE_ANCHORS["slot"]),
    "possessive_relation": (("relations",), ("family", "families")),
    "addressing": (("addressing_after",), ()),
}


def _anchor(word: str) -> str:
    """The first letter-run of ``word`` in lower case; a word opening with a symbol: the symbol ("&")."""
    m = _LETTERS.match(word.lower())
    return m.group() if m else word.strip()[:1]


@dataclass(frozen=True)
class Anchors:
    """What a cue needs in a text: one of ``words`` among its letter-runs, or one of ``symbols`` in it."""

    words: FrozenSet[str]
    symbols: Tuple[str, ...] = ()


def anchor_set(words: Iterable[str], shapes: Iterable[str] = ()) -> Optional[Anchors]:
    """The anchors of ``words`` and ``shapes``; None if some word opens with a digit or a space (its cue
    must always run)."""
    out = set(shapes) | {_anchor(w) for w in words}
    if any(not a or a.isdigit() for a in out):
        return None
    letters = {a for a in out if a[0].isalpha()}
    return Anchors(frozenset(letters | {a.casefold() for a in letters}), tuple(sorted(out - letters)))


def cue_anchors(lists: Dict[str, Tuple[str, ...]]) -> Dict[str, Optional[Anchors]]:
    """Per cue regex, its anchor set (``None``: no test, the cue always runs)."""
    return {cue: anchor_set((w for key in keys for w in lists[key]), shapes)
            for cue, (keys, shapes) in _CUE_LISTS.items()}


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """``text`` in lower case, and case-folded after it when it is not ASCII ("ſ", "K": what a case-blind regex
    reads as "s", "k")."""
    return text.lower() if text.isascii() else f"{text.lower()} {text.casefold()}"


def holds_any(text: str, parts: Iterable[str]) -> bool:
    """Whether one of the lower-case ``parts`` occurs anywhere in ``text``, case aside (inside a word too): the
    test before a rule's regexes that each need one of them."""
    low = folded(text)
    return any(p in low for p in parts)


@lru_cache(maxsize=8)
def text_words(text: str) -> FrozenSet[str]:
    """The lower-case letter-runs of ``text`` and the forms a cue regex may read in them."""
    out = set()
    for t in _LETTERS.findall(folded(text)):
        forms = [t]
        while forms[-1].startswith("great") and len(forms[-1]) > 5:
            forms.append(forms[-1][5:])  # "greatgrandma"
        out.update(forms)
        out.update(f[:-1] for f in forms if f.endswith("s"))  # "sons", "its", "shoutouts"
        if not t.strip("x"):
            out.add("x")  # "xxx"
    return frozenset(out)


def may_match(anchors: Optional[Anchors], text: str) -> bool:
    """Whether a cue with ``anchors`` could match ``text`` (always, with no anchors)."""
    return anchors is None or not anchors.words.isdisjoint(text_words(text)) or any(a in text for a in anchors.symbols)


def cue_matches(vocab, cue: str, text: str) -> Iterable:
    """The matches of the cue regex ``vocab.<cue>`` in ``text``; none, unscanned, if it holds none of its anchors.
    Several rules read one cue ("title" and "title/lower", "thanks" and "thanks/lower", "relation/bare" and
    "kin-unknown"): the text is scanned once for each cue regex."""
    return _matches(getattr(vocab, cue), text) if may_match(vocab.anchors.get(cue), text) else ()


@lru_cache(maxsize=32)
def _matches(rx, text: str) -> Tuple:
    return tuple(rx.finditer(text))
