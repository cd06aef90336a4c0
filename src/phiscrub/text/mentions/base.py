"""The shared template of the mention finders, and the one-pass tools they use.

A finder declares ``KIND`` and ``ATTRIBUTES`` (attribute key -> the closed
vocabulary of its values, or ``NUMBER``), and implements ``scan(scan)``. Every
value a finder reports is checked against that vocabulary when the mention is
made, so an attribute can never carry the text that was matched.

``Scan`` holds one text, its NER entities and its tokens (built once, lazily,
and shared by every finder of a ``MentionFinders``). ``PhraseMatcher`` finds
word-list phrases in one left-to-right pass over the tokens with dict lookups
(leftmost-longest, at most ``max phrase length`` lookups per token), so the cost
is linear in the text whatever the size of the lists.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import regex as re

from phiscrub.text.mentions.wordlists import NUMBER, WordList
from phiscrub.types import Mention

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# What may separate the words of one phrase: spaces, a hyphen, "&" or "/" ("Co-op", "A&E", "jet ski").
_JOIN = re.compile(r"[ \t]{1,3}|[ \t]?[-&/][ \t]?")
_BOUNDARY = re.compile(r"[.!?:;\n•|]")
POSSESSIVE = "'s"  # in a list's ``after``: any possessive word ("my son's coach", "the patient's wife")


def _norm(word: str) -> str:
    return word.lower().replace("'", "").replace("’", "")


def singulars(word: str) -> Tuple[str, ...]:
    """Plural readings of ``word`` to try when it is not in a list ("arrests", "injuries", "crashes")."""
    if len(word) < 4 or word[-1] not in "sS":
        return ()
    out = [word[:-1]]
    if word[-2:].lower() == "es":
        out.append(word[:-2])
    if word[-3:].lower() == "ies":
        out.append(word[:-3] + "y")
    return tuple(out)


# @handles, e-mail addresses and web addresses: their words are not mentions ("www.england.nhs.uk").
_HIDDEN = re.compile(r"@\w+|\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)


class Tokens:
    """Words of a text with offsets; ``joined[i]``: word i continues a phrase from word i-1;
    ``initial[i]``: word i opens a sentence or a line; ``handle[i]``: word i is part of an
    @handle, an e-mail or a web address."""

    __slots__ = ("text", "starts", "ends", "raws", "keys", "norms", "joined", "initial", "handle")

    def __init__(self, text: str):
        self.text = text
        found = list(TOKEN.finditer(text))
        self.starts: List[int] = [m.start() for m in found]
        self.ends: List[int] = [m.end() for m in found]
        self.raws: List[str] = [m.group() for m in found]
        # case kept, apostrophes dropped ("Parkinson's" -> "Parkinsons"); norms: the same in lower case
        self.keys: List[str] = [r.replace("'", "").replace("’", "") if ("'" in r or "’" in r) else r
                                for r in self.raws]
        self.norms: List[str] = [k.lower() for k in self.keys]
        gaps = [text[e:s] for e, s in zip([0, *self.ends[:-1]][:len(found)], self.starts, strict=True)]
        self.joined: List[bool] = [g == " " or _JOIN.fullmatch(g) is not None for g in gaps]
        self.initial: List[bool] = [g != " " and _BOUNDARY.search(g) is not None for g in gaps]
        if found:
            self.joined[0], self.initial[0] = False, True
        self.handle: List[bool] = [False] * len(found)
        if "@" in text or "www" in text or "://" in text:
            self._hide(text)

    def _hide(self, text: str) -> None:
        k = 0
        for h in _HIDDEN.finditer(text):
            while k < len(self.starts) and self.starts[k] < h.start():
                k += 1
            while k < len(self.starts) and self.starts[k] < h.end():
                self.handle[k] = True
                k += 1

    def __len__(self) -> int:
        return len(self.starts)

    def possessive(self, i: int) -> bool:
        return self.raws[i][-2:].lower() in ("'s", "’s") or self.raws[i][-1:] in "'’"


class Scan:
    """One text as the finders see it: the text, NER entities, and tokens built on first use."""

    __slots__ = ("text", "entities", "_tokens")

    def __init__(self, text: str, entities: Sequence = ()):
        self.text = text
        self.entities = tuple(entities)
        self._tokens: Optional[Tokens] = None

    @property
    def tokens(self) -> Tokens:
        if self._tokens is None:
            self._tokens = Tokens(self.text)
        return self._tokens


class PhraseMatcher:
    """Leftmost-longest matches of word-list phrases over ``Tokens``, one pass, dict lookups."""

    def __init__(self, lists: Iterable[WordList]):
        self._ci: Dict[Tuple[str, ...], WordList] = {}
        self._cs: Dict[Tuple[str, ...], WordList] = {}
        self._lengths: Dict[str, Tuple[int, ...]] = {}
        lengths: Dict[str, set] = {}
        for wl in lists:
            for phrase in wl.phrases:
                words = [w.replace("'", "").replace("’", "") for w in TOKEN.findall(phrase)]
                if not words:
                    continue
                key = tuple(words) if wl.case_sensitive else tuple(w.lower() for w in words)
                (self._cs if wl.case_sensitive else self._ci).setdefault(key, wl)  # first list wins
                lengths.setdefault(words[0].lower(), set()).add(len(words))
        self._lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}

    def _lookup(self, tokens: Tokens, i: int, j: int) -> Optional[WordList]:
        ci, cs = tuple(tokens.norms[i:j]), tuple(tokens.keys[i:j])
        hit = self._ci.get(ci) or self._cs.get(cs)
        if hit is None:
            for last in singulars(tokens.keys[j - 1]):
                hit = self._ci.get(ci[:-1] + (last.lower(),)) or self._cs.get(cs[:-1] + (last,))
                if hit is not None:
                    break
        return hit

    def plural(self, tokens: Tokens, i: int, j: int) -> bool:
        """Whether the match ``tokens[i:j]`` was read through its last word's singular ("care homes")."""
        return self._ci.get(tuple(tokens.norms[i:j])) is None and self._cs.get(tuple(tokens.keys[i:j])) is None

    def _after_ok(self, wl: WordList, tokens: Tokens, i: int) -> bool:
        if not wl.after:
            return True
        if i == 0 or tokens.initial[i]:
            return False
        return tokens.norms[i - 1] in wl.after or (POSSESSIVE in wl.after and tokens.possessive(i - 1))

    def match_at(self, tokens: Tokens, i: int) -> Optional[Tuple[int, WordList]]:
        """(end token, list) of the longest phrase starting at token ``i``, or None."""
        first = tokens.norms[i]
        lens = self._lengths.get(first, ())
        if any(1 in self._lengths.get(s, ()) for s in singulars(first)) and 1 not in lens:
            lens = lens + (1,)  # "strokes" -> "stroke": one-word plurals
        for n in lens:
            j = i + n
            if j > len(tokens) or not all(tokens.joined[k] for k in range(i + 1, j)):
                continue
            wl = self._lookup(tokens, i, j)
            if wl is not None and self._after_ok(wl, tokens, i):
                return j, wl
        return None

    def matches(self, tokens: Tokens) -> List[Tuple[int, int, WordList]]:
        """(first token, end token, list) of every match, left to right, not overlapping."""
        lengths, handle = self._lengths, tokens.handle
        # the common case: no phrase starts with the word, so only these tokens are tried
        # (a plural only where one of its singular readings starts a one-word phrase: "strokes")
        starts = [i for i, w in enumerate(tokens.norms) if not handle[i] and (
            w in lengths or (w[-1:] == "s" and any(1 in lengths.get(s, ()) for s in singulars(w))))]
        out = []
        end = 0
        for i in starts:
            if i < end:
                continue
            hit = self.match_at(tokens, i)
            if hit is not None:
                out.append((i, *hit))
                end = hit[0]
        return out


def scan_tokens(n: int, match_at) -> List[tuple]:
    """``(i, *match_at(i))`` for each match, left to right, not overlapping: after a match ending at
    token j the scan goes on from j (``match_at(i)`` returns ``(end token, …)`` or None). One pass."""
    out = []
    i = 0
    while i < n:
        hit = match_at(i)
        if hit is None:
            i += 1
            continue
        out.append((i, *hit))
        i = hit[0]
    return out


class MentionFinder:
    """One kind of quasi-identifier. Subclasses set ``KIND`` and ``ATTRIBUTES`` and implement ``scan``.

    Every finder is built as ``cls(resources)`` (``phiscrub.resources.Resources``)
    and reads its word lists then, never at import.
    """

    KIND: str = ""
    ATTRIBUTES: Mapping[str, Tuple[str, ...]] = {}

    def __init__(self, resources):
        self.resources = resources

    def find(self, text: str) -> List[Mention]:
        """Mentions of this kind in ``text``, sorted (this finder alone)."""
        return sorted(self.scan(Scan(text)), key=lambda m: (m.start, m.end, m.kind))

    def scan(self, scan: Scan) -> List[Mention]:
        raise NotImplementedError

    def mention(self, start: int, end: int, rule: str, attributes: Iterable[Tuple[str, object]] = (),
                kind: Optional[str] = None) -> Mention:
        """A mention with attributes checked against the declared vocabulary (None values are left out)."""
        pairs = []
        for key, value in attributes:
            if value is None:
                continue
            value = str(value)
            allowed = self.ATTRIBUTES.get(key)
            if allowed is None or not (value in allowed or (NUMBER in allowed and value.isdigit())):
                raise ValueError(f"{type(self).__name__}: attribute {key}={value!r} is not declared")
            pairs.append((key, value))
        return Mention(start, end, kind or self.KIND, tuple(pairs), rule=rule)


def leftmost_longest(mentions: Iterable[Mention]) -> List[Mention]:
    """Drop mentions overlapping an earlier-starting or longer one (spaCy's ``filter_spans`` rule)."""
    out: List[Mention] = []
    last_end = -1
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    return out


class SpanIndex:
    """Merged spans with a bisect lookup: ``overlaps(start, end)`` in O(log n)."""

    def __init__(self, spans: Iterable[Tuple[int, int]]):
        merged: List[List[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_right(self._starts, end - 1) - 1
        return k >= 0 and self._ends[k] > start

    def __bool__(self) -> bool:
        return bool(self._starts)
