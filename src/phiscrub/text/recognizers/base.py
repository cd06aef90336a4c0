"""The one template every pattern recognizer follows.

A recognizer declares ``ENTITY``, ``PATTERNS`` and ``CONTEXT`` and at most one
validation hook (``validate_result``: True, False or None as in Presidio). The
template runs the patterns, narrows a match to its ``(?P<id>...)`` group when
the pattern has one (so "hosp no K1234567" redacts only "K1234567"), and scores:

* ``validate_result`` True lifts the score to ``VALID_SCORE``; False drops the
  match unless ``INVALID_WITH_CONTEXT`` and a context word is near;
* a context word within ``CONTEXT_BEFORE``/``CONTEXT_AFTER`` characters, in the
  same sentence, adds ``CONTEXT_BOOST``; ``REQUIRES_CONTEXT`` drops matches
  without one; a ``NEGATIVE_CONTEXT`` word ("ref", "incident") with no positive
  context drops the match.

Every recognizer is constructed as ``cls(resources)`` (the shared word lists of
``phiscrub.resources``; pattern recognizers ignore them) and reads no file
itself. A finding names its recognizer and, in ``rule``, the pattern that
fired. ``MATCH_TIMEOUT`` bounds each pattern's scan of one text (set for
user-written YAML regexes): running past it raises ``PatternTimeoutError``.

The shape is Presidio's ``PatternRecognizer`` (``Pattern``, ``PATTERNS``,
``CONTEXT``, ``validate_result``/``invalidate_result``, ``analyze``), and
``to_presidio()`` turns any phiscrub recognizer into a Presidio
``EntityRecognizer`` for an ``AnalyzerEngine``. It does not inherit from
Presidio: importing ``presidio_analyzer`` compiles its ~200 predefined regexes
(0.5 s), which alone would break the 2 s cold-start budget of ``phiscrub text``.
"""

from __future__ import annotations

import re as std_re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, FrozenSet, Iterable, Iterator, List, Optional, Sequence

import regex as re

from phiscrub.errors import PatternTimeoutError
from phiscrub.text.recognizers.engines import at_starts, compile_fast, engines_differ
from phiscrub.text.wordtrie import tree_alternation
from phiscrub.types import Finding

if TYPE_CHECKING:
    from phiscrub.resources import Resources


@dataclass(frozen=True)
class Pattern:
    """One regex with its base score (the fields of Presidio's ``Pattern``).

    ``starts``, when given, is a cheaper regex (standard ``re`` syntax) that matches wherever a match of
    ``regex`` can begin: the pattern is then tried only there, with the same matches as a scan of the whole
    text. It is for patterns only ``regex`` accepts (``\\p{Lu}``), whose full scan is slow."""

    name: str
    regex: str
    score: float
    starts: Optional[str] = None


# Where a pattern lists words that are never part of an identifier or street name, this regex comment
# marks the place for spaCy's stop words (``with_stop_words``, when the recognizer is built from
# ``resources``), so importing a recognizer module reads no file and its patterns are valid as written.
STOP_WORDS_HERE = "(?#stop words)"


def with_stop_words(patterns: Sequence[Pattern], words: FrozenSet[str]) -> List[Pattern]:
    """``patterns`` with ``words`` added to the alternation that ends at ``STOP_WORDS_HERE``."""
    fill = _stop_word_alternation(words)
    return [replace(p, regex=p.regex.replace(STOP_WORDS_HERE, fill)) for p in patterns]


@lru_cache(maxsize=4)
def _stop_word_alternation(words: FrozenSet[str]) -> str:
    alpha = [w for w in words if w.isalpha()]
    return "|" + tree_alternation(alpha) if alpha else ""  # as a prefix tree: the same matches, sooner


_SENTENCE_BREAK = re.compile(r"[.!?]+\s+(?=[A-Z])|[!?]+\s+(?=\d)|\n\s*\n|;")  # not "wrong!! says": chat runs on


def context_regex(terms: Iterable[str], fast: bool = True) -> Optional[re.Pattern]:
    """One case-insensitive regex for context terms written as regex fragments.

    Terms are regexes (so "d\\.?o\\.?b" covers "DOB", "d.o.b", "D.O.B."); a
    plain phrase works too. Terms match on word boundaries only, where an underscore is a boundary too: a system
    export's snake_case key ("patient_dob", "hosp_no") holds its words.
    """
    terms = [t for t in terms if t]
    if not terms:
        return None
    alternation = "|".join(f"(?:{t})" for t in sorted(terms, key=len, reverse=True))
    return (compile_fast if fast else re.compile)(rf"(?<![^\W_])(?:{alternation})(?![^\W_])", re.IGNORECASE)


class PhiRecognizer:
    """Base class: declared patterns and context, one validation hook."""

    ENTITY: str = ""
    PATTERNS: Sequence[Pattern] = ()
    CONTEXT: Sequence[str] = ()
    NEGATIVE_CONTEXT: Sequence[str] = ()
    CONTEXT_BEFORE: int = 35
    CONTEXT_AFTER: int = 0
    CONTEXT_BOOST: float = 0.35
    REQUIRES_CONTEXT: bool = False
    INVALID_WITH_CONTEXT: bool = False
    VALID_SCORE: float = 0.85
    # Seconds one pattern may run over one text (None: no limit; set for user-written regexes).
    MATCH_TIMEOUT: Optional[float] = None
    REGEX_FLAGS: int = re.IGNORECASE | re.MULTILINE
    # A cheap regex that must match somewhere in a text for the patterns to be run at all.
    PREFILTER: Optional[str] = None
    # The rules a subclass's own ``find`` adds beside the patterns' names ("spoken"): the finding's ``rule``.
    EXTRA_RULES: Sequence[str] = ()

    def __init__(
        self,
        resources: Optional[Resources] = None,
        *,
        patterns: Optional[Sequence[Pattern]] = None,
        context: Optional[Sequence[str]] = None,
        name: Optional[str] = None,
        entity: Optional[str] = None,
    ):
        entity = entity or self.ENTITY
        if not entity:
            raise TypeError(f"{type(self).__name__} declares no ENTITY")
        self.resources = resources
        self.entity = entity
        self.supported_entities = [entity]
        self.supported_language = "en"
        self.name = name or type(self).__name__
        self.patterns = list(patterns if patterns is not None else self.PATTERNS)
        self.context = list(context if context is not None else self.CONTEXT)
        # a time limit needs ``regex``; with none, the faster engine that accepts the pattern, and ``regex``
        # again (``_exact``) for a text whose characters the engines read differently
        fast = self.MATCH_TIMEOUT is None
        self._compiled = [(p, (compile_fast if fast else re.compile)(p.regex, self.REGEX_FLAGS), self._starts(p))
                          for p in self.patterns]
        self._context_re = context_regex(self.context, fast=fast)
        self._negative_re = context_regex(self.NEGATIVE_CONTEXT, fast=fast)
        self._prefilter = (compile_fast if fast else re.compile)(self.PREFILTER, self.REGEX_FLAGS) if self.PREFILTER else None
        self._exact = None if fast else (self._compiled, self._context_re, self._negative_re, self._prefilter)

    def _regexes(self, text: str):
        """(patterns, context, negative context, prefilter) to scan ``text`` with: the fast set unless the
        text holds a character the two engines read differently (that set is compiled by ``regex`` the first
        time such a text comes: most runs never need it, and a cold start does not pay for it)."""
        if engines_differ(text):
            if self._exact is None:
                self._exact = (
                    [(p, re.compile(p.regex, self.REGEX_FLAGS), None) for p in self.patterns],
                    context_regex(self.context, fast=False), context_regex(self.NEGATIVE_CONTEXT, fast=False),
                    re.compile(self.PREFILTER, self.REGEX_FLAGS) if self.PREFILTER else None,
                )
            return self._exact
        return self._compiled, self._context_re, self._negative_re, self._prefilter

    def _starts(self, pattern: Pattern):
        """The zero-width regex of where ``pattern`` can begin (None: scan the whole text; always None under a
        time limit, which only a full ``regex`` scan enforces)."""
        if pattern.starts is None or self.MATCH_TIMEOUT is not None:
            return None
        return std_re.compile(f"(?=(?:{pattern.starts}))", std_re.IGNORECASE if self.REGEX_FLAGS & re.IGNORECASE else 0)

    # -- running regexes under the time limit -------------------------------
    def describe(self) -> str:
        """How error messages name this recognizer."""
        return f"recognizer {self.name!r}"

    def _finditer(self, rx: re.Pattern, text: str, pos: int = 0, endpos: Optional[int] = None,
                  what: str = "context") -> Iterator:
        """``rx.finditer`` limited to ``MATCH_TIMEOUT`` seconds for the whole scan."""
        if self.MATCH_TIMEOUT is None:
            return rx.finditer(text, pos) if endpos is None else rx.finditer(text, pos, endpos)
        return self._timed(rx, text, pos, endpos, what)

    def _timed(self, rx, text, pos, endpos, what) -> Iterator:
        try:
            yield from rx.finditer(text, pos, endpos, timeout=self.MATCH_TIMEOUT)
        except TimeoutError:
            # The text is not in the message: it may hold the very identifiers being removed.
            raise PatternTimeoutError(
                f"{self.describe()}: {what} regex {rx.pattern!r} ran past its {self.MATCH_TIMEOUT:g} s limit "
                "on one text (catastrophic backtracking). Rewrite it without a repeated group that can match "
                "the same characters in more than one way, e.g. '(a+)+' -> 'a+', '(\\w+\\s?)+' -> '[\\w\\s]+'"
            ) from None

    # -- scoring helpers -------------------------------------------------
    def _near(self, rx: Optional[re.Pattern], text: str, start: int, end: int) -> bool:
        if rx is None:
            return False
        lo = max(0, start - self.CONTEXT_BEFORE)
        for m in self._finditer(rx, text, lo, start):
            if not _SENTENCE_BREAK.search(text, m.end(), start + 1):
                return True
        if self.CONTEXT_AFTER:
            for m in self._finditer(rx, text, end, min(len(text), end + self.CONTEXT_AFTER)):
                if not _SENTENCE_BREAK.search(text, end, m.start() + 1):
                    return True
        return False

    def _context_anywhere(self, text: str) -> bool:
        """Whether a context word occurs anywhere (a cheap test before the patterns run)."""
        context = self._regexes(text)[1]
        return context is None or next(self._finditer(context, text), None) is not None

    def has_context(self, text: str, start: int, end: int) -> bool:
        return self._near(self._regexes(text)[1], text, start, end)

    def adjust(self, text: str, start: int, end: int, score: float, context: bool) -> Optional[float]:
        """Hook for recognizer-specific scoring of one match (``context``: a context word is near); None drops it."""
        return score

    # -- the template ----------------------------------------------------
    def find(self, text: str, ents=()) -> List[Finding]:
        """Findings of this recognizer in ``text`` (``ents``, the NER entities, are unused by pattern recognizers)."""
        out: List[Finding] = []
        if not self._worth_running(text):
            return out
        for pattern, rx, starts in self._regexes(text)[0]:
            has_id = "id" in rx.groupindex
            found = at_starts(rx, starts, text) if starts else self._finditer(rx, text, what=f"pattern {pattern.name!r}")
            for m in found:
                start, end = m.span("id") if has_id and m.group("id") is not None else m.span()
                score = self.score_match(pattern, text, start, end) if start < end else None
                if score is not None and score > 0:
                    out.append(Finding(start, end, self.entity, round(score, 4), self.name, pattern.name))
        return out

    def _worth_running(self, text: str) -> bool:
        prefilter = self._regexes(text)[3]
        if prefilter is not None and not prefilter.search(text):
            return False
        return not self.REQUIRES_CONTEXT or self._context_anywhere(text)

    def score_match(self, pattern: Pattern, text: str, start: int, end: int) -> Optional[float]:
        """The score of one match of ``pattern`` at ``text[start:end]``: context, the validation hooks,
        then ``adjust``; None (or 0) drops the match."""
        value = text[start:end]
        context = self.has_context(text, start, end)
        if self.REQUIRES_CONTEXT and not context:
            return None
        if not context and self._near(self._regexes(text)[2], text, start, end):
            return None
        valid = self.validate_result(value)
        if valid is False and not (context and self.INVALID_WITH_CONTEXT):
            return None
        if self.invalidate_result(value):
            return None
        score = pattern.score
        if valid is True:
            score = max(score, self.VALID_SCORE)
        if context:
            score = min(1.0, score + self.CONTEXT_BOOST)
        return self.adjust(text, start, end, score, context)

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """True: a checksum or table confirms the value; False: it rules it out; None: no opinion."""
        return None

    def invalidate_result(self, pattern_text: str) -> Optional[bool]:
        """True drops the match (Presidio's second hook)."""
        return None

    def to_presidio(self):
        """This recognizer as a Presidio ``EntityRecognizer`` (imports Presidio on first use)."""
        from phiscrub.text.presidio import as_presidio

        return as_presidio(self)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Presidio interface: the same findings as ``find`` as RecognizerResults."""
        from presidio_analyzer import AnalysisExplanation, RecognizerResult

        if entities and self.entity not in entities:
            return []
        out = []
        for f in self.find(text):
            explanation = AnalysisExplanation(
                recognizer=self.name, original_score=f.score, pattern_name=f.rule or f.recognizer,
                textual_explanation="phiscrub recognizer (context already applied)",
            )
            # Context was applied by ``find``; tell Presidio's enhancer not to apply it again.
            metadata = {
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: f"phiscrub:{self.name}",
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            }
            out.append(RecognizerResult(self.entity, f.start, f.end, f.score, explanation, metadata))
        return out
