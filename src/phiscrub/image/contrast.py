"""A second OCR pass on a contrast-equalised copy, for washed-out or dark photos.

Rule: when the first read finds fewer than ``FALLBACK_MIN_CHARS`` letters and digits in a
washed-out or dark photo (``low_contrast``), it is read again after CLAHE (local contrast equalisation on the lightness channel), on a
copy of at most ``FALLBACK_MAX_MP`` megapixels; lines overlapping a first-pass line are dropped.
Source: measured on the dev plates (one washed-out plate is found by this pass only).
Avoids: paying a second full-size OCR on a 12 MP photo with no text; RapidOCR's detector also
reads the contrast copy at most ``ocr.FALLBACK_DET_SIDE`` px a side (it looks for large washed-out
text), which took the dev photos from 2.39 to 2.11 s/MP with every plate and text label still found.
The contrast gate came later: with "few letters" alone the pass ran on 29 of the 55 dev photos (crowds
with no text, none washed out) and added no labelled plate or text there, at 0.17 s/MP.
"""

from __future__ import annotations

from typing import Tuple

import numpy as np

from phiscrub.image.ocr import Box, OcrEngine, OcrLine, OcrWord, Quad

FALLBACK_MIN_CHARS = 12
# the contrast pass reads a copy of at most this size: a washed-out plate or label is large enough
# to read there, and a 12 MP photo with no text no longer pays a second full-size OCR
FALLBACK_MAX_MP = 2.0
# a photo whose lightness spans less than this (2nd to 98th percentile, of 255) is washed out or dark;
# measured: the rendered low-contrast scenes span 5-79, the 55 dev photos 136-255
LOW_CONTRAST_RANGE = 100


def read_with_fallback(ocr: "OcrEngine", rgb: np.ndarray, min_chars: int = FALLBACK_MIN_CHARS) -> Tuple[OcrLine, ...]:
    """Lines read from ``rgb``, plus a CLAHE pass when the first read found fewer than ``min_chars``
    letters and digits (a washed-out or dark photo); lines of the second pass that overlap a line of
    the first are dropped. Rule measured on the dev plates: one washed-out plate is found only by the
    second pass, which costs a second OCR on photos with almost no text only, on a copy of at most
    ``FALLBACK_MAX_MP`` megapixels."""
    lines = ocr.read(rgb)
    if sum(ch.isalnum() for ln in lines for ch in ln.text) >= min_chars or not low_contrast(rgb):
        return lines
    small, factor = _at_most(rgb, FALLBACK_MAX_MP)
    second = tuple(_scaled_line(ln, 1 / factor) for ln in ocr.read(small, "clahe"))
    extra = tuple(ln for ln in second if not any(_overlaps(ln.box, o.box) for o in lines))
    return lines + extra


def clahe(rgb: np.ndarray) -> np.ndarray:
    """Local contrast equalised on the lightness channel (CLAHE), colours kept: washed-out plates
    and low-contrast labels become legible to the detector. Used as a second pass only."""
    import cv2

    lab = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2LAB)
    lab[..., 0] = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(lab[..., 0])
    return cv2.cvtColor(lab, cv2.COLOR_LAB2RGB)


def low_contrast(rgb: np.ndarray) -> bool:
    """Whether the photo is washed out or dark: its lightness from the 2nd to the 98th percentile
    spans less than ``LOW_CONTRAST_RANGE`` of 255 (read on every 4th pixel each way)."""
    grey = rgb[::4, ::4].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    lo, hi = np.percentile(grey, [2, 98])
    return bool(hi - lo < LOW_CONTRAST_RANGE)


def _at_most(rgb: np.ndarray, max_mp: float) -> Tuple[np.ndarray, float]:
    """``rgb`` shrunk to at most ``max_mp`` megapixels (never enlarged), and the factor applied."""
    import cv2

    h, w = rgb.shape[:2]
    factor = min(1.0, (max_mp * 1e6 / (h * w)) ** 0.5)
    if factor >= 1.0:
        return rgb, 1.0
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA), factor


def _scaled_line(line: OcrLine, f: float) -> OcrLine:
    """``line`` with every quad multiplied by ``f`` (back to the full image's pixels)."""
    if f == 1.0:
        return line
    def q(quad: Quad) -> Quad:
        return tuple((x * f, y * f) for x, y in quad)
    return OcrLine(tuple(OcrWord(w.text, q(w.quad), w.score) for w in line.words), q(line.quad), line.score)


def _overlaps(a: Box, b: Box) -> bool:
    ix, iy = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]), min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return ix > 0 and iy > 0 and ix * iy > 0.3 * min(a[2] * a[3], b[2] * b[3])
