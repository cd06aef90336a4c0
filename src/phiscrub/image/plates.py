"""Vehicle number plates in photos, from OCR text boxes, plate geometry and the characters read.

There is no offline plate model, so a plate is a text line (or two stacked lines) that reads like a
registration in a box shaped like one. Order: ``read`` (OCR lines, with a CLAHE pass when the photo
yields almost no text) → ``candidates`` (each line, runs of its words, and stacked line pairs) →
``score`` (the characters' format × the box's shape) → ``regions`` (the text quad grown along its own
axes to the plate's edges, its upright cover clipped to the image).

Characters read are used to score and then dropped: a Region never carries them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import FrozenSet, List, Optional, Sequence, Tuple

import numpy as np

from phiscrub.image.contrast import read_with_fallback
from phiscrub.image.ocr import OcrEngine, OcrLine, OcrWord, Quad, make_ocr, quad_bbox
from phiscrub.image.types import Box, Region

# UK formats (DVLA): current "AB12 CDE", prefix "A123 BCD", suffix "ABC 123D", dateless "1234 AB" /
# "ABC 123", Northern Ireland "ABZ 1234" (three letters incl. I or Z, up to four digits).
UK_FORMATS = tuple(re.compile(p) for p in (
    r"[A-Z]{2}[0-9]{2}[A-Z]{3}",
    r"[A-Z][0-9]{1,3}[A-Z]{3}",
    r"[A-Z]{3}[0-9]{1,3}[A-Z]",
    r"[0-9]{1,4}[A-Z]{1,3}|[A-Z]{1,3}[0-9]{1,4}",
    r"[A-Z]{0,2}[IZ][A-Z]{0,2}[0-9]{1,4}",
))
GENERIC = re.compile(r"(?=.*[A-Z])(?=.*[0-9])[A-Z0-9]{4,8}")  # foreign, dirty, half-read plates
LETTERS = re.compile(r"[A-Z]{5,8}")  # vanity plates ("FZRULZ"): only when no word of it is ordinary
VANITY = 0.55
ROAD = re.compile(r"[ABM][0-9]{1,4}")  # "A303", "M5", "B3212": road numbers (PII-SPEC §1), below min_score
ROAD_SCORE = 0.45


@dataclass(frozen=True)
class PlateConfig:
    """``grow``: (along, across) the text line, as fractions of its width and height, added each
    side to reach the plate's edges (text fills ~70-90% of a plate's width, ~60% of its height).
    ``min_score``: candidates below it are dropped. ``fallback_chars``: see ``read_with_fallback``."""

    grow: Tuple[float, float] = (0.1, 0.3)
    min_score: float = 0.5
    fallback_chars: int = 12


@dataclass(frozen=True)
class Candidate:
    """A run of OCR words that may be a plate: the characters (letters and digits, upper case),
    the quad of the run and the lowest recogniser score among its words."""

    chars: str
    quad: Quad
    ocr_score: float
    lines: int = 1
    words: Tuple[str, ...] = ()
    whole: bool = True  # all the words of its line(s), not a run cut out of a longer line


def normalise(text: str) -> str:
    """Letters and digits only, upper case: separators ("-", "·", "=") and spaces are not read."""
    return "".join(ch for ch in text.upper() if ch.isascii() and ch.isalnum())


def format_score(chars: str) -> float:
    """1.0 for a UK format, 0.8 for any 4-8 character mix of letters and digits, 0.55 for 5-8
    letters (vanity plates, kept only by ``is_vanity``), 0.45 for a road number, else 0.
    Avoids: words ("Thank"), road numbers ("A303" is dateless-shaped), counts and years."""
    if not 4 <= len(chars) <= 8:
        return 0.0
    if ROAD.fullmatch(chars):
        return ROAD_SCORE
    if any(p.fullmatch(chars) for p in UK_FORMATS) and GENERIC.fullmatch(chars):
        return 1.0
    if GENERIC.fullmatch(chars):
        return 0.8
    return VANITY if LETTERS.fullmatch(chars) else 0.0


def _edges(quad: Quad) -> Tuple[float, float]:
    (x0, y0), (x1, y1), _, (x3, y3) = quad
    return math.hypot(x1 - x0, y1 - y0), math.hypot(x3 - x0, y3 - y0)


def shape_score(quad: Quad, lines: int, image_shape) -> float:
    """How plate-like the text box is, 0..1.

    Rule (measured on the OpenALPR dev plates): a one-line plate's characters form a box 1.8-8 times
    as long as high, a two-line plate's 0.8-3; the text is at least 8 px high (a close-up plate may
    fill the photo). Avoids: single characters, paragraph lines, long captions."""
    w, h = _edges(quad)
    if h < 8 or w < 16:
        return 0.0
    lo, hi = (1.8, 8.0) if lines == 1 else (0.8, 3.0)
    ratio = w / h
    if not lo <= ratio <= hi:
        return 0.0
    return 1.0


def _run_quad(words: Sequence[OcrWord]) -> Quad:
    """The quad spanning a run of words of one line: first word's left edge to last word's right."""
    a, b = words[0].quad, words[-1].quad
    return a[0], b[1], b[2], a[3]


def line_candidates(line: OcrLine) -> List[Candidate]:
    """The whole line and every run of up to four consecutive words of it (a plate inside a longer
    read: "CZ WSQ 3021", a dealer's name beside it)."""
    words = line.words
    out = [Candidate(normalise(line.text), line.quad, line.score, 1, tuple(w.text for w in words))]
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 4) + 1):
            if (i, j) != (0, len(words)):
                run = words[i:j]
                out.append(Candidate(normalise("".join(w.text for w in run)), _run_quad(run),
                                     min(w.score for w in run), 1, tuple(w.text for w in run), False))
    return out


def stacked_candidates(lines: Sequence[OcrLine]) -> List[Candidate]:
    """Two-line (square) plates: a line directly above another of similar height and width."""
    out = []
    for top in lines:
        tw, th = _edges(top.quad)
        for bottom in lines:
            bw, bh = _edges(bottom.quad)
            if bottom is top or not 0.6 < th / bh < 1.6:
                continue
            gap = bottom.quad[0][1] - top.quad[3][1]
            left = max(top.quad[0][0], bottom.quad[0][0])
            right = min(top.quad[1][0], bottom.quad[1][0])
            if -0.3 * th < gap < 0.8 * th and right - left > 0.5 * min(tw, bw):
                quad = (top.quad[0], top.quad[1], bottom.quad[2], bottom.quad[3])
                out.append(Candidate(normalise(top.text + bottom.text), quad, min(top.score, bottom.score), 2,
                                     tuple(w.text for w in top.words + bottom.words)))
    return out


def grow_quad(quad: Quad, along: float, across: float) -> Quad:
    """``quad`` enlarged about its centre along its own axes (a rotated plate stays tightly boxed)."""
    p = np.asarray(quad, dtype=float)
    c = p.mean(axis=0)
    u = (p[1] - p[0] + p[2] - p[3]) / 2
    v = (p[3] - p[0] + p[2] - p[1]) / 2
    fu, fv = 0.5 + along, 0.5 + across
    pts = [c - fu * u - fv * v, c + fu * u - fv * v, c + fu * u + fv * v, c - fu * u + fv * v]
    return tuple((float(x), float(y)) for x, y in pts)  # type: ignore[return-value]


def _clip(box: Box, shape) -> Optional[Box]:
    x, y, w, h = box
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(shape[1], x + w), min(shape[0], y + h)
    return (x0, y0, x1 - x0, y1 - y0) if x1 > x0 and y1 > y0 else None


def suppress(regions: Sequence[Region]) -> List[Region]:
    """Greedy non-maximum suppression: a region mostly inside a higher-scoring one is dropped
    (a word run inside its whole line), so one plate gives one region."""
    kept: List[Region] = []
    for r in sorted(regions, key=lambda r: (-r.score, -r.box[2] * r.box[3])):
        x, y, w, h = r.box
        if not any(_inter(r.box, k.box) > 0.7 * w * h for k in kept):
            kept.append(r)
    return sorted(kept)


def _inter(a: Box, b: Box) -> int:
    ix = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    iy = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return max(0, ix) * max(0, iy)


def reads_as_text(c: Candidate) -> bool:
    """Two or more lower-case letters whose case OCR can tell apart (not c o s u v w x z): plates are
    printed in capitals, so this is a sign or a label. Avoids: "Ward 7", "Bed 1", "Bay 3", "Band 6"
    (PII-SPEC §4: they stay readable), which are otherwise letters-and-digits in a plate-shaped box."""
    return sum(ch.islower() and ch not in "cosuvwxz" for w in c.words for ch in w) >= 2


def ordinary_words() -> FrozenSet[str]:
    """English words, stop words and common first names and surnames, lower case (phiscrub's own
    resources, loaded once): letters that spell these are a sign or a caption, not a vanity plate."""
    from phiscrub.config import DEFAULT_MODEL
    from phiscrub.resources.words import common_words, stop_words

    return frozenset(common_words(DEFAULT_MODEL)) | frozenset(stop_words())


def is_vanity(c: Candidate, ordinary: FrozenSet[str]) -> bool:
    """A letters-only candidate that may be a vanity plate ("FZ RULZ", "NEILDMND"): a whole line of at
    most two words, none of which (nor their join) is an ordinary word. Measured on the dev photos: this keeps the
    vanity plates and drops banner words ("PARADE", "MUSIC", "ANYONE") and multi-word runs."""
    words = [normalise(w).lower() for w in c.words if normalise(w)]
    if not c.whole or not words or len(words) > 2 * c.lines:
        return False
    return not any(w in ordinary for w in words + ["".join(words)] if len(w) > 1)


class PlateDetector:
    """Number plates (kind "plate"), UK or foreign, from an OCR engine's lines.

    Score = format score × shape score, so a UK registration in a plate-shaped box scores 1.0, a
    foreign or half-read one 0.8, a letters-only vanity plate 0.55 (only if ``is_vanity``). Boxes are
    grown to the plate's edges (PII-SPEC §2: redact with a margin). ``ordinary``: words that are never
    a vanity plate (default: phiscrub's English word lists, loaded at the first photo)."""

    name = "plates"

    def __init__(self, ocr: OcrEngine | None = None, config: PlateConfig = PlateConfig(),
                 ordinary: Optional[FrozenSet[str]] = None):
        self.ocr = ocr if ocr is not None else make_ocr()
        self.config = config
        self._ordinary = ordinary

    @property
    def ordinary(self) -> FrozenSet[str]:
        if self._ordinary is None:
            self._ordinary = ordinary_words()
        return self._ordinary

    def candidates(self, lines: Sequence[OcrLine]) -> List[Candidate]:
        return [c for ln in lines for c in line_candidates(ln)] + stacked_candidates(lines)

    def score(self, c: Candidate, shape) -> float:
        s = format_score(c.chars)
        if s == 0.0 or reads_as_text(c) or (s == VANITY and not is_vanity(c, self.ordinary)):
            return 0.0
        return s * shape_score(c.quad, c.lines, shape)

    def detect(self, rgb: np.ndarray) -> List[Region]:
        lines = read_with_fallback(self.ocr, rgb, self.config.fallback_chars)
        regions = []
        for c in self.candidates(lines):
            s = self.score(c, rgb.shape)
            if s < self.config.min_score:
                continue
            box = _clip(quad_bbox(grow_quad(c.quad, *self.config.grow)), rgb.shape)
            if box is not None:
                regions.append(Region(box, "plate", s, "rapidocr"))
        return suppress(regions)
