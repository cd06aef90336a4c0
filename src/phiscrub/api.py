"""The Scrubber facade: builds the pipelines lazily, once; delegates, holds no logic.

Analyze, then redact: ``analyze_text`` returns what a text holds (findings to
redact, mentions to score); ``scrub_text`` is ``analyze_text`` followed by
``redact`` of the findings.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable, Iterator, List, Optional, Sequence

from phiscrub.config import ScrubConfig
from phiscrub.errors import InputError
from phiscrub.text.pipeline import TextPipeline
from phiscrub.text.redact import redact, redact_segments
from phiscrub.types import TextAnalysis, TextResult

if TYPE_CHECKING:
    from phiscrub.image.types import ImageResult
    from phiscrub.risk.types import PostResult


class Scrubber:
    """Find and remove direct patient identifiers; report the quasi-identifiers a text keeps.

    >>> s = Scrubber(allow=["Priya"])          # models load at first use
    >>> s.scrub_text("Thanks Priya and Sam!").text
    'Thanks Priya and [NAME]!'
    """

    def __init__(self, config: Optional[ScrubConfig] = None, *, mode: Optional[str] = None,
                 threshold: Optional[float] = None, allow: Optional[Sequence[str]] = None,
                 model: Optional[str] = None):
        config = config or ScrubConfig()
        changes = {k: v for k, v in {"mode": mode, "threshold": threshold, "model": model}.items() if v is not None}
        if allow is not None:
            changes["allow"] = tuple(config.allow) + ((allow,) if isinstance(allow, str) else tuple(allow))
        self.config = replace(config, **changes) if changes else config
        self._text = TextPipeline(self.config)
        self._image = None
        self._scorer = None

    # -- analyze --------------------------------------------------------------------------------
    def analyze_text(self, text: str) -> TextAnalysis:
        """Findings (direct identifiers, to redact) and mentions (quasi-identifiers, kept) of one text."""
        return next(self._text.analyze_many([_checked_text(text, "analyze_text")]))

    def analyze_texts(self, texts: Iterable[str]) -> Iterator[TextAnalysis]:
        """``analyze_text`` for many texts, batched through the NER; streams, in input order."""
        return self._text.analyze_many(_checked(texts, "analyze_texts"))

    # -- scrub = analyze + redact --------------------------------------------------------------
    def scrub_text(self, text: str) -> TextResult:
        """The text with its findings redacted (``config.mode``), and the analysis behind it."""
        return self._result(_checked_text(text, "scrub_text"), self.analyze_text(text))

    def scrub_texts(self, texts: Iterable[str]) -> List[TextResult]:
        """Scrub many texts, batched through spaCy's ``nlp.pipe``; results in input order."""
        return list(self.iter_texts(texts))

    def iter_texts(self, texts: Iterable[str]) -> Iterator[TextResult]:
        """Like ``scrub_texts`` but streaming, a batch at a time, for inputs too large to hold."""
        held: deque = deque()

        def keep(stream):  # the originals are needed for redaction once their analysis is ready
            for t in stream:
                held.append(t)
                yield t

        for analysis in self._text.analyze_many(keep(_checked(texts, "scrub_texts"))):
            yield self._result(held.popleft(), analysis)

    def scrub_chunks(self, chunks: Iterable[str]) -> Iterator[tuple]:
        """One long text given as chunks (a file read in blocks): yields ``(redacted_piece, SegmentAnalysis)``
        in order, holding only a few segments at a time. Offsets index the whole text."""
        return redact_segments(self._text.analyze_stream(chunks), self.config.mode)

    def redact(self, text: str, analysis: TextAnalysis) -> str:
        """``text`` with ``analysis.findings`` replaced as ``config.mode`` says; mentions stay."""
        return redact(text, analysis.findings, self.config.mode)

    # -- photos -------------------------------------------------------------------------------
    def scrub_image(self, source, *, style: Optional[str] = None, max_side: Optional[int] = None) -> "ImageResult":
        """The safe copy of a photo (a path or a PIL image): faces, plates, identifying text and
        barcodes covered (``style``: fill or pixelate), upright, with no metadata; and the regions
        (``Region(box, kind, score)`` in upright-image pixels). ``max_side``: shrink the photo first
        so its longer side is at most that many px (the size it will be posted at; detection then
        runs on those pixels). ``ImageError`` when the photo cannot be fully processed: then there
        is no safe copy."""
        return self._images().scrub(source, style, max_side)

    # -- a whole post --------------------------------------------------------------------------
    def scrub_post(self, text: str, images: Sequence = (), history: Sequence[str] = ()) -> "PostResult":
        """A draft and its photos scrubbed together, with the jigsaw risk before and after redaction
        (``history``: the author's earlier posts, whose details combine with this one's). A photo that
        cannot be fully processed has no safe copy (``None``), is named in ``errors`` and counts as
        an uncovered identifier in the risk."""
        from phiscrub.errors import ImageError
        from phiscrub.risk.scorer import PhotoEvidence
        from phiscrub.risk.types import PostResult

        text = _checked_text(text, "scrub_post")
        history = [_checked_text(h, "scrub_post history") for h in history]
        analysis = self.analyze_text(text)
        earlier = list(zip(history, self.analyze_texts(history), strict=True))
        safe, evidence, errors = [], [], []
        for n, source in enumerate(images, 1):
            try:
                result = self.scrub_image(source)
            except ImageError as exc:
                safe.append(None)
                evidence.append(PhotoEvidence(None, failed=True))
                errors.append(f"photo {n}: {exc}")
                continue
            safe.append(result)
            evidence.append(PhotoEvidence(result.facts, tuple(r.kind for r in result.regions), False, result.mentions))
        scorer = self._risk()
        before = scorer.assess(text, analysis, redacted=False, history=earlier, photos=evidence)
        after = scorer.assess(text, analysis, redacted=True, history=earlier, photos=evidence)
        return PostResult(self.redact(text, analysis), tuple(safe), before, after, analysis.findings, tuple(errors))

    def _risk(self):
        if self._scorer is None:
            from phiscrub.risk.scorer import RiskScorer

            self._scorer = RiskScorer(self.config.allow)
        return self._scorer

    def _images(self):
        if self._image is None:
            from phiscrub.image.pipeline import ImagePipeline

            self._image = ImagePipeline(self.analyze_text, style=self.config.image_style, ocr=self.config.ocr,
                                        threads=self.config.image_threads)
        return self._image

    def warm_up(self, photos: Optional[int] = None) -> "Scrubber":
        """Load every model and word list now rather than at the first text that needs them (the NER
        model only when ``ScrubConfig.ner`` is on). ``photos``: also load the photo models and scrub one
        photo of text this many px on its longer side, so the first real photo of about that size is not
        slowed by onnxruntime sizing its buffers (``phiscrub serve`` does this at its posting size)."""
        _ = self._text.parts
        if self.config.ner:
            self._text.nlp()
        if photos:
            from PIL import Image, ImageDraw

            sheet = Image.new("RGB", (photos, photos * 3 // 4), "white")
            draw = ImageDraw.Draw(sheet)
            for n in range(16):  # lines of several lengths: the OCR's batches take their shapes now
                draw.text((photos // 10, photos // 20 * (n + 1)), "Ward 7 team " * (1 + n % 4), fill="black",
                          font_size=max(10, photos // 60))
            self.scrub_image(sheet)
        return self

    def close(self) -> None:
        """Stop worker processes (``workers > 1``); the Scrubber stays usable and restarts them on need."""
        self._text.close()

    def __enter__(self) -> "Scrubber":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _result(self, text: str, analysis: TextAnalysis) -> TextResult:
        return TextResult(self.redact(text, analysis), analysis.findings, self.config.mode, analysis.mentions)


def _checked_text(text, where: str) -> str:
    if not isinstance(text, str):
        raise InputError(f"{where} takes a str, not {type(text).__name__}")
    return text


def _checked(texts: Iterable[str], where: str) -> Iterator[str]:
    if isinstance(texts, str):
        raise InputError(f"{where} takes an iterable of texts; for one text use scrub_text or analyze_text")
    try:
        iterator = iter(texts)
    except TypeError:
        raise InputError(f"{where} takes an iterable of str, not {type(texts).__name__}") from None
    for text in iterator:
        yield _checked_text(text, where)
