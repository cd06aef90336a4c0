"""The text pipeline, in order: normalise → recognise → allow → threshold → resolve overlaps → redact.

This is the only place the order is written. Each step is a function or method
that can be tested alone. The spaCy model and word lists load lazily, once,
under a lock, so a pipeline can be shared between threads.
"""

from __future__ import annotations

import threading
from typing import Iterable, Iterator, List, Sequence, Tuple

import regex as re

from phiscrub.config import ScrubConfig
from phiscrub.text.lexicon import build_lexicon, data_dir
from phiscrub.text.nlp import load_nlp
from phiscrub.text.normalise import normalise
from phiscrub.text.recognizers import LEXICON_RECOGNIZERS, PATTERN_RECOGNIZERS
from phiscrub.text.recognizers.yaml_recognizer import load_yaml_recognizers
from phiscrub.text.redact import redact
from phiscrub.text.resolve import resolve_overlaps
from phiscrub.types import Finding, TextResult


def allowed_spans(text: str, allow: Sequence[str]) -> List[Tuple[int, int]]:
    """Where allow-listed strings occur (case-insensitive, whole words, any spacing)."""
    spans = []
    for entry in allow:
        body = r"\s+".join(re.escape(part) for part in entry.split())
        for m in re.finditer(rf"(?<!\w){body}(?!\w)", text, re.IGNORECASE):
            spans.append(m.span())
    return spans


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
            nlp = load_nlp(self.config.model)
            lexicon = build_lexicon(nlp)
            recognizers = [cls() for cls in PATTERN_RECOGNIZERS]
            recognizers += [cls(lexicon=lexicon) for cls in LEXICON_RECOGNIZERS]
            for path in sorted(data_dir().glob("*.yaml")):
                if path.name != "keep.yaml":
                    recognizers += load_yaml_recognizers(path)
            for path in self.config.recognizer_files:
                recognizers += load_yaml_recognizers(path)
            wanted = set(self.config.entities)
            self._nlp = nlp
            self._recognizers = [r for r in recognizers if r.entity in wanted]

    @property
    def recognizers(self):
        self._build()
        return list(self._recognizers)

    # -- steps ----------------------------------------------------------------
    def recognise(self, text: str, doc) -> List[Finding]:
        found: List[Finding] = []
        for recognizer in self._recognizers:
            found.extend(recognizer.find(text, doc))
        return found

    def select(self, text: str, findings: Iterable[Finding]) -> List[Finding]:
        kept = drop_allowed(findings, allowed_spans(text, self.config.allow))
        kept = [f for f in kept if f.score >= self.config.threshold]
        return resolve_overlaps(kept)

    def _result(self, original: str, normalised: str, doc) -> TextResult:
        findings = self.select(normalised, self.recognise(normalised, doc))
        return TextResult(
            text=redact(original, findings, self.config.mode),
            findings=tuple(findings),
            mode=self.config.mode,
        )

    # -- entry points ---------------------------------------------------------
    def scrub(self, text: str) -> TextResult:
        self._build()
        normalised = normalise(text)
        return self._result(text, normalised, self._nlp(normalised))

    def scrub_many(self, texts: Iterable[str]) -> Iterator[TextResult]:
        self._build()
        originals = list(texts)
        normalised = [normalise(t) for t in originals]
        docs = self._nlp.pipe(normalised, batch_size=self.config.batch_size)
        for original, norm, doc in zip(originals, normalised, docs):
            yield self._result(original, norm, doc)
