"""OCR engines for the photo half: words with their text, a quadrilateral in image pixels and a score.

Two engines share one interface, ``read(rgb) -> Tuple[OcrLine, ...]``:

- ``RapidOcrEngine`` (default): RapidOCR 3.x on onnxruntime, PP-OCR detection + recognition models
  shipped inside the wheel, so nothing is downloaded at run time. Word boxes come from RapidOCR's
  ``return_word_box`` output; where they are missing or do not spell the line, the line box is split
  by character positions (``split_line``), so a finding on part of a line never redacts the whole
  line, and never fewer words than it covers.
- ``TesseractEngine`` (``--ocr tesseract``): the ``tesseract`` binary's TSV output (the format of
  pytesseract's ``image_to_data``), run as a subprocess; a missing binary fails with the apt command.

Both load lazily, once, are thread-safe (one lock around inference) and keep the last few results (the
text and plate detectors reading one photo run OCR once). Recognised text is never logged.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import List, Protocol, Sequence, Tuple

import numpy as np

from phiscrub.config import OCR_ENGINES
from phiscrub.errors import ConfigError, ImageError, ModelNotInstalledError
from phiscrub.image.runtime import RUNTIMES, prepare_detector
from phiscrub.image.types import Box

Point = Tuple[float, float]
Quad = Tuple[Point, Point, Point, Point]  # top-left, top-right, bottom-right, bottom-left

CACHE_SIZE = 4
# the detector reads a photo at its own size, at most this many px a side (RapidOCR's cap), never enlarged
DET_MAX_SIDE = 2000  # as RapidOCR's default does (5x the pixels for 450 x 322): every dev label still found
FALLBACK_DET_SIDE = 960  # the longer side of the contrast pass's detector input (RapidOCR)


class _Boxed:
    @property
    def box(self) -> Box:
        """The upright ``(x, y, w, h)`` around ``self.quad``."""
        return quad_bbox(self.quad)


@dataclass(frozen=True)
class OcrWord(_Boxed):
    """One word as read: ``text``, its ``quad`` in image pixels, the recogniser's ``score`` (0..1)."""

    text: str
    quad: Quad
    score: float


@dataclass(frozen=True)
class OcrLine(_Boxed):
    """One detected text line: its ``words`` (in reading order), the line ``quad`` and ``score``.

    ``text`` is the words joined by single spaces, so word ``i`` starts where the previous one
    ended plus one: offsets into it map back to words without searching."""

    words: Tuple[OcrWord, ...]
    quad: Quad
    score: float

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True)
class OcrConfig:
    """How OCR runs: ``engine`` ("rapidocr" or "tesseract"), onnxruntime intra-op ``threads``,
    ``min_score``: lines the recogniser is less sure of are dropped (low on purpose: a half-legible
    identifier is still an identifier; the text engine decides), ``box_thresh``: the detector's
    box threshold (RapidOCR's default 0.5), ``runtime``: what runs RapidOCR's detector
    (``phiscrub.image.runtime``; default ``$PHISCRUB_OCR_RUNTIME`` or "auto": OpenVINO when installed)."""

    engine: str = "rapidocr"
    threads: int = 1
    min_score: float = 0.3
    box_thresh: float = 0.5
    runtime: str = field(default_factory=lambda: os.environ.get("PHISCRUB_OCR_RUNTIME", "auto"))

    def __post_init__(self) -> None:
        if self.engine not in OCR_ENGINES:
            raise ConfigError(f"unknown OCR engine {self.engine!r}: use one of {', '.join(OCR_ENGINES)}")
        if not isinstance(self.threads, int) or self.threads < 1:
            raise ConfigError(f"OCR threads must be a whole number, at least 1, not {self.threads!r}")
        if self.runtime not in RUNTIMES:
            raise ConfigError(f"unknown OCR runtime {self.runtime!r}: use one of {', '.join(RUNTIMES)}")


class OcrEngine(Protocol):
    """What the detectors need from an OCR engine: ``read(rgb, variant)`` -> lines."""

    name: str

    def read(self, rgb: np.ndarray, variant: str = "plain") -> Tuple["OcrLine", ...]: ...


def quad_bbox(quad: Sequence[Point]) -> Box:
    """The axis-aligned ``(x, y, w, h)`` around a quadrilateral (a rotated box's upright cover)."""
    xs = [p[0] for p in quad]
    ys = [p[1] for p in quad]
    x0, y0 = int(np.floor(min(xs))), int(np.floor(min(ys)))
    return x0, y0, max(1, int(np.ceil(max(xs))) - x0), max(1, int(np.ceil(max(ys))) - y0)


def _as_quad(points) -> Quad:
    return tuple((float(x), float(y)) for x, y in np.asarray(points, dtype=float).reshape(-1, 2)[:4])


def split_line(text: str, quad: Quad, score: float) -> Tuple[OcrWord, ...]:
    """Words of a line whose word boxes are unknown: the line quad cut in proportion to character
    positions, along the line's own direction (so rotated lines give rotated word quads).

    Rule: character widths are taken as equal, a fair guess for print; each word's slice is widened
    by half a character each side so a narrow guess never leaves an edge of the word readable."""
    n = max(1, len(text))
    tl, tr, br, bl = quad

    def _lerp(a: Point, b: Point, t: float) -> Point:
        return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t

    words: List[OcrWord] = []
    pos = 0
    for token in text.split():
        start = text.index(token, pos)
        pos = start + len(token)
        t0, t1 = max(0.0, (start - 0.5) / n), min(1.0, (pos + 0.5) / n)
        q = (_lerp(tl, tr, t0), _lerp(tl, tr, t1), _lerp(bl, br, t1), _lerp(bl, br, t0))
        words.append(OcrWord(token, q, score))
    return tuple(words)


class _CachedEngine:
    """Lazy loading, one inference lock and a small result cache keyed by the pixels' digest."""

    name = "ocr"

    def __init__(self, config: OcrConfig):
        self.config = config
        self._lock = threading.RLock()
        self._model = None
        self._cache: "OrderedDict[tuple, Tuple[OcrLine, ...]]" = OrderedDict()

    def read(self, rgb: np.ndarray, variant: str = "plain") -> Tuple[OcrLine, ...]:
        """Text lines in ``rgb`` (H x W x 3 uint8); ``variant="clahe"`` reads the contrast-equalised copy."""
        if rgb.ndim != 3 or rgb.shape[2] != 3:
            raise ImageError(f"OCR needs an H x W x 3 RGB array, not shape {rgb.shape}")
        arr = np.ascontiguousarray(rgb, dtype=np.uint8)
        key = (arr.shape, variant, hashlib.blake2b(arr.data, digest_size=16).digest())
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            if self._model is None:
                self._model = self._load()
            if variant == "clahe":
                from phiscrub.image.contrast import clahe  # contrast.py imports this module
                arr = clahe(arr)
            lines = self._infer(arr, variant)
            self._cache[key] = lines
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
            return lines

    def _load(self):  # pragma: no cover - overridden
        raise NotImplementedError

    _infer = _load


class RapidOcrEngine(_CachedEngine):
    """RapidOCR 3.x (PP-OCR det + rec on onnxruntime, models inside the wheel; Apache-2.0).

    Box format: RapidOCR returns each line as a 4-point quadrilateral (clockwise from top-left) in
    input pixels, and with ``return_word_box`` one ``(text, score, quad)`` per word."""

    name = "rapidocr"

    def _load(self):
        try:
            from rapidocr import RapidOCR
        except ImportError as e:
            raise ModelNotInstalledError("RapidOCR is not installed: pip install 'rapidocr>=3,<4' onnxruntime") from e
        logging.getLogger("RapidOCR").setLevel(logging.WARNING)  # it logs model file paths at INFO
        # text_score 0: lines are filtered here, so RapidOCR's word results stay aligned with its lines
        engine = RapidOCR(params={"Global.log_level": "error", "Global.text_score": 0.0,
                                  "Det.box_thresh": self.config.box_thresh,
                                  "Det.limit_type": "max", "Det.limit_side_len": DET_MAX_SIDE,
                                  "EngineConfig.onnxruntime.intra_op_num_threads": self.config.threads,
                                  # memory arena off (RapidOCR's default): on, 15% faster but a 12 MP photo peaked at 1.55 GB
                                  "EngineConfig.onnxruntime.inter_op_num_threads": 1})
        det = engine._load_det_model()
        prepare_detector(det, self.config.threads, self.config.runtime)
        return engine

    def _infer(self, rgb: np.ndarray, variant: str = "plain") -> Tuple[OcrLine, ...]:
        if variant == "plain":
            return self._lines(self._model(rgb, return_word_box=True))
        # the contrast pass looks for large washed-out text (a plate, a label): its detector input is
        # at most FALLBACK_DET_SIDE px a side, PaddleOCR's own default (measured: the one dev plate
        # this pass finds is found either way, at 0.4x the cost of the first pass's limit)
        det = self._model._load_det_model()
        saved = det.limit_type, det.limit_side_len
        det.limit_type, det.limit_side_len = "max", FALLBACK_DET_SIDE
        try:
            return self._lines(self._model(rgb, return_word_box=True))
        finally:
            det.limit_type, det.limit_side_len = saved

    def _lines(self, out) -> Tuple[OcrLine, ...]:
        if getattr(out, "boxes", None) is None or not getattr(out, "txts", None):
            return ()
        words = out.word_results if len(out.word_results or ()) == len(out.txts) else [None] * len(out.txts)
        lines = []
        for quad, text, score, wr in zip(out.boxes, out.txts, out.scores, words, strict=True):
            if float(score) < self.config.min_score or not text.strip():
                continue
            q = _as_quad(quad)
            lines.append(OcrLine(_rapid_words(text, q, float(score), wr), q, float(score)))
        return tuple(lines)


def _rapid_words(text: str, quad: Quad, score: float, word_results) -> Tuple[OcrWord, ...]:
    """RapidOCR's word boxes when they spell the line, else the line split by character positions."""
    try:
        words = tuple(OcrWord(str(t).strip(), _as_quad(b), float(s)) for t, s, b in word_results or ()
                      if str(t).strip() and b is not None)
    except (TypeError, ValueError):
        words = ()
    if words and "".join(w.text for w in words).replace(" ", "") == text.replace(" ", ""):
        return tuple(w2 for w in words for w2 in (split_line(w.text, w.quad, w.score) if " " in w.text else (w,)))
    return split_line(text, quad, score)


class TesseractEngine(_CachedEngine):
    """Tesseract via its binary's TSV output (level-5 rows are words with ``left top width height conf``).

    Optional: needs ``apt-get install tesseract-ocr``; nothing is added to the Python dependencies.
    Words are grouped into lines by Tesseract's own ``(block, par, line)`` numbers."""

    name = "tesseract"

    def _load(self):
        exe = shutil.which("tesseract")
        if exe is None:
            raise ModelNotInstalledError(
                "Tesseract OCR is not installed: apt-get install tesseract-ocr (or use --ocr rapidocr)")
        return exe

    def _infer(self, rgb: np.ndarray, variant: str = "plain") -> Tuple[OcrLine, ...]:
        import cv2

        ok, png = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
        if not ok:
            raise ImageError("could not encode the photo for Tesseract")
        env = dict(os.environ, OMP_THREAD_LIMIT=str(self.config.threads))
        proc = subprocess.run([self._model, "stdin", "stdout", "--psm", "11", "tsv"], input=png.tobytes(),
                              capture_output=True, env=env, timeout=300)
        if proc.returncode != 0:
            raise ImageError(f"tesseract failed with exit code {proc.returncode}: check its installation")
        return parse_tsv(proc.stdout.decode("utf-8", "replace"), self.config.min_score)


def parse_tsv(tsv: str, min_score: float = 0.0) -> Tuple[OcrLine, ...]:
    """Lines from Tesseract TSV (``image_to_data``): words grouped by ``(block, par, line)``."""
    groups: "OrderedDict[tuple, List[OcrWord]]" = OrderedDict()
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        x, y, w, h = (int(v) for v in f[6:10])
        conf = max(0.0, float(f[10])) / 100.0
        q = ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
        groups.setdefault((f[2], f[3], f[4]), []).append(OcrWord(f[11].strip(), _as_quad(q), conf))
    lines = []
    for words in groups.values():
        score = float(np.mean([w.score for w in words]))
        if score < min_score:
            continue
        pts = np.array([p for w in words for p in w.quad])
        (x0, y0), (x1, y1) = pts.min(axis=0), pts.max(axis=0)
        lines.append(OcrLine(tuple(words), _as_quad(((x0, y0), (x1, y0), (x1, y1), (x0, y1))), score))
    return tuple(lines)


def make_ocr(engine="rapidocr", **options) -> OcrEngine:
    """The engine named (``make_ocr("tesseract", threads=2)``) or configured (``make_ocr(OcrConfig(...))``),
    not yet loaded: it loads at its first ``read``."""
    config = engine if isinstance(engine, OcrConfig) else OcrConfig(engine=engine, **options)
    return {"rapidocr": RapidOcrEngine, "tesseract": TesseractEngine}[config.engine](config)
