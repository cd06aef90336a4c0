"""The photo pipeline, in order: load upright → detect (faces, text, plates, barcodes) → redact → pixels only.

Every detector runs on every photo; if any cannot finish, the photo fails
closed (``ImageError``): no safe copy exists for it. Detectors load their models
on first use, once per process, so a pipeline is built once and reused.

With ``threads`` of 2 or more the detectors run in two lanes at once, each model on half the
threads: the detectors reading the OCR engine (text, plates) in one, the others (faces, barcodes)
in the other. On 2 cores a 2048 x 1536 photo took 1.27-1.38 s (median) this way against 1.57-1.61 s
one detector after another on both threads: the barcode reader and much of the glue run on one
thread only, and the two lanes fill both cores.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, List, Optional, Sequence, Tuple

from phiscrub.config import OCR_ENGINES
from phiscrub.errors import ImageError, PhiscrubError
from phiscrub.image.load import fit_within, load_image, rgb_array
from phiscrub.image.redact import STYLES, redact_image
from phiscrub.image.save import pixels_only
from phiscrub.image.types import ImageResult, Region


class ImagePipeline:
    """Scrub photos with one set of detectors. ``analyze``: the text engine's ``analyze_text``
    (text read in a photo is judged by the same rules as a draft)."""

    def __init__(self, analyze: Callable, *, style: str = "fill", ocr: str = "rapidocr",
                 detectors: Optional[Sequence] = None, threads: int = 1):
        if style not in STYLES:
            raise PhiscrubError(f"unknown style {style!r}: use {' or '.join(STYLES)}")
        if ocr not in OCR_ENGINES:
            raise PhiscrubError(f"unknown OCR engine {ocr!r}: use {' or '.join(OCR_ENGINES)}")
        self.style, self.ocr, self.threads = style, ocr, threads
        self._analyze = analyze
        self._detectors = list(detectors) if detectors is not None else None
        self._lock = threading.Lock()
        self._pool: Optional[ThreadPoolExecutor] = None

    def detectors(self) -> List:
        with self._lock:
            if self._detectors is None:
                self._detectors = default_detectors(self._analyze, self.ocr, max(1, self.threads // LANES))
            return self._detectors

    def lanes(self) -> List[List]:
        """The detectors in the lanes they run in: one lane with ``threads`` 1, else the detectors
        sharing an OCR engine in one lane and the rest in another (a lane is never empty)."""
        found = self.detectors()
        if self.threads < LANES:
            return [found]
        reading = [d for d in found if getattr(d, "ocr", None) is not None]
        rest = [d for d in found if getattr(d, "ocr", None) is None]
        return [lane for lane in (reading, rest) if lane]

    def scrub(self, source, style: Optional[str] = None, max_side: Optional[int] = None) -> ImageResult:
        """The safe copy of one photo (a path or a PIL image) and what was redacted in it; with
        ``max_side``, photo and regions at most that many px on the longer side (``fit_within``)."""
        loaded = load_image(source)
        image = fit_within(loaded.image, max_side)
        rgb = rgb_array(image)
        regions, mentions = self._detect(rgb)
        safe = pixels_only(redact_image(image, regions, style or self.style))
        findings = tuple(sorted({r.entity for r in regions if r.entity}))
        return ImageResult(safe, tuple(sorted(regions)), findings, loaded.facts, mentions)

    def _detect(self, rgb) -> Tuple[List[Region], tuple]:
        lanes = self.lanes()
        if len(lanes) == 1:
            return _run_lane(lanes[0], rgb)
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(len(lanes) - 1, thread_name_prefix="phiscrub-lane")
        others = [self._pool.submit(_run_lane, lane, rgb) for lane in lanes[1:]]
        results, failure = [], None
        for job in [None] + others:  # the first lane in this thread; every lane is waited for
            try:
                results.append(_run_lane(lanes[0], rgb) if job is None else job.result())
            except PhiscrubError as exc:
                failure = failure or exc
        if failure is not None:
            raise failure
        return [r for found, _ in results for r in found], next((m for _, m in results if m), ())


LANES = 2  # lanes run at once when there are threads for them


def _run_lane(detectors: Sequence, rgb) -> Tuple[List[Region], tuple]:
    """Regions and mentions of one lane's detectors, run in order; ``ImageError`` (fail closed) when one
    cannot finish."""
    regions: List[Region] = []
    mentions: tuple = ()
    for detector in detectors:
        try:
            if hasattr(detector, "detect_with_mentions"):
                found, mentions = detector.detect_with_mentions(rgb)
                regions += found
                continue
            regions += detector.detect(rgb)
        except PhiscrubError:
            raise
        except Exception as exc:  # fail closed: a photo not fully checked gets no safe copy
            raise ImageError(f"the {detector.name} detector failed ({exc.__class__.__name__})") from None
    return regions, mentions


def default_detectors(analyze: Callable, ocr: str, threads: int) -> List:
    """Faces, identifying text, plates and barcodes (imported here, so text-only use loads none)."""
    from phiscrub.image.barcodes import BarcodeDetector
    from phiscrub.image.faces import FaceDetector
    from phiscrub.image.ocr import make_ocr
    from phiscrub.image.plates import PlateDetector
    from phiscrub.image.text import TextDetector

    engine = make_ocr(ocr, threads=threads)
    return [FaceDetector(threads=threads), TextDetector(analyze, engine), PlateDetector(engine), BarcodeDetector()]
