"""The text pipeline, in order: normalise → recognise → NER where needed → allow → threshold → resolve overlaps → redact.

Recognition runs in two passes: every recognizer on the text alone, then the
spaCy NER only on sentences with a capitalised word no finding explains, and
the recognizers that read NER entities (``USES_NER``) again with them.

This is the only place the order is written. Each step is a function or method
that can be tested alone. The spaCy model and word lists load lazily, once,
under a lock, so a pipeline can be shared between threads.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Iterable, Iterator, List, Sequence, Tuple

import regex as re

from phiscrub.config import ScrubConfig
from phiscrub.resources import build_resources, data_dir
from phiscrub.text.ner import run_ner
from phiscrub.text.nlp import check_installed, load_nlp
from phiscrub.text.normalise import normalise
from phiscrub.text.recognizers import LEXICON_RECOGNIZERS, PATTERN_RECOGNIZERS
from phiscrub.text.recognizers.yaml_recognizer import load_yaml_recognizers
from phiscrub.text.redact import redact
from phiscrub.text.resolve import resolve_overlaps
from phiscrub.types import Finding, TextResult


@lru_cache(maxsize=32)
def allow_regex(allow: Tuple[str, ...]):
    """One regex for an allow-list: whole words, any case, any spacing; longest entries first."""
    bodies = [r"\s+".join(re.escape(part) for part in entry.split()) for entry in allow if entry.split()]
    if not bodies:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(bodies, key=len, reverse=True))})(?!\w)", re.IGNORECASE)


def allowed_spans(text: str, allow: Sequence[str]) -> List[Tuple[int, int]]:
    """Where allow-listed strings occur (overlapping entries each count)."""
    rx = allow_regex(tuple(allow))
    return [m.span() for m in rx.finditer(text, overlapped=True)] if rx is not None else []


def drop_allowed(findings: Iterable[Finding], spans: Sequence[Tuple[int, int]]) -> List[Finding]:
    """Findings not wholly inside an allow-listed occurrence (a partial overlap stays redacted)."""
    return [f for f in findings if not any(s <= f.start and f.end <= e for s, e in spans)]


class TextPipeline:
    def __init__(self, config: ScrubConfig):
        self.config = config
        self._lock = threading.Lock()
        self._nlp = None
        self._recognizers = None

    # -- lazy build -----------------------------------------------------------
    def _build(self) -> None:
        with self._lock:
            if self._recognizers is not None:
                return
            check_installed(self.config.model)
            lexicon = build_resources(self.config.model)
            recognizers = [cls() for cls in PATTERN_RECOGNIZERS]
            recognizers += [cls(lexicon=lexicon) for cls in LEXICON_RECOGNIZERS]
            for path in sorted(data_dir().glob("*.yaml")):
                if path.name != "keep.yaml":
                    recognizers += load_yaml_recognizers(path)
            for path in self.config.recognizer_files:
                recognizers += load_yaml_recognizers(path)
            wanted = set(self.config.entities)
            self._lexicon = lexicon
            self._recognizers = [r for r in recognizers if r.entity in wanted]

    def nlp(self):
        """The spaCy pipeline, loaded on first need (never, for drafts the rules fully explain)."""
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = load_nlp(self.config.model)
        return self._nlp

    @property
    def recognizers(self):
        self._build()
        return list(self._recognizers)

    # -- steps ----------------------------------------------------------------
    def entities(self, texts: Sequence[str], covered=()):
        return run_ner(self.nlp, texts, self._lexicon, self.config.batch_size, self.config.ner_gate, covered)

    def recognise_all(self, texts: Sequence[str]) -> List[List[Finding]]:
        """Both passes for a batch of (normalised) texts.

        Pass 1 runs every recognizer; an NER user (``USES_NER``) splits its work into
        ``prepare`` (rules, once) and ``complete`` (with whatever entities there are).
        Pass 2 completes the NER users again for texts where the NER found entities.
        """
        ner_users = [r for r in self._recognizers if getattr(r, "USES_NER", False)]
        others = [r for r in self._recognizers if not getattr(r, "USES_NER", False)]
        plain, prepared, first = [], [], []
        for text in texts:
            fixed = [f for r in others for f in r.find(text)]
            prep = [r.prepare(text) for r in ner_users]
            plain.append(fixed)
            prepared.append(prep)
            first.append(fixed + [f for r, p in zip(ner_users, prep) for f in r.complete(text, (), p)])
        covered = [[(f.start, f.end) for f in found] for found in first]
        out = []
        for i, (text, ents) in enumerate(zip(texts, self.entities(texts, covered))):
            if ents:
                out.append(plain[i] + [f for r, p in zip(ner_users, prepared[i]) for f in r.complete(text, ents, p)])
            else:
                out.append(first[i])
        return out

    def select(self, text: str, findings: Iterable[Finding]) -> List[Finding]:
        kept = drop_allowed(findings, allowed_spans(text, self.config.allow))
        kept = [f for f in kept if f.score >= self.config.threshold]
        return resolve_overlaps(kept)

    def _result(self, original: str, normalised: str, found: List[Finding]) -> TextResult:
        findings = self.select(normalised, found)
        return TextResult(
            text=redact(original, findings, self.config.mode),
            findings=tuple(findings),
            mode=self.config.mode,
        )

    # -- entry points ---------------------------------------------------------
    def scrub(self, text: str) -> TextResult:
        return next(self.scrub_many([text]))

    def scrub_many(self, texts: Iterable[str]) -> Iterator[TextResult]:
        """Texts are taken ``batch_size`` at a time, so a long stream is never all in memory."""
        self._build()
        batch: List[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= self.config.batch_size * 4:
                yield from self._scrub_batch(batch)
                batch = []
        if batch:
            yield from self._scrub_batch(batch)

    def _scrub_batch(self, originals: List[str]) -> Iterator[TextResult]:
        normalised = [normalise(t) for t in originals]
        for original, norm, found in zip(originals, normalised, self.recognise_all(normalised)):
            yield self._result(original, norm, found)
