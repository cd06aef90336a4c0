"""Identifying text in photos: OCR → lines → blocks → the text engine → boxes of the words it flags.

Order (each a named step below): ``read`` (OCR, upscaling small photos, with a CLAHE second pass
when the first reads almost nothing) → ``layout`` (lines straightened by the dominant text angle,
grouped into rows and blocks) → ``compose`` (one text per photo: words joined by spaces, rows by
"\\n", blocks by "\\n\\n", with an offset map from every character range back to its word, built as
the text is built) → ``analyze`` (the text engine) → ``regions`` (per finding, per line, the union of
the boxes of the words it overlaps, grown and clipped).

Recognised text and finding values never leave this module: regions carry the entity type only.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Callable, Iterable, List, Sequence, Tuple

import numpy as np

from phiscrub.image.contrast import read_with_fallback
from phiscrub.image.ocr import OcrEngine, OcrLine, OcrWord, make_ocr
from phiscrub.image.types import Box, Region

Analyze = Callable[[str], object]  # text -> an object with ``.findings`` (phiscrub.types.TextAnalysis)
AnalyzeMany = Callable[[Iterable[str]], Iterable[object]]  # texts -> analyses, in order (Scrubber.analyze_texts)


@dataclass(frozen=True)
class TextConfig:
    """``min_side``: photos whose longer side is shorter are upscaled to it before OCR (small labels
    and screenshots read better; measured on the rendered scenes' "small" variant). ``grow``: the
    margin added around a word box, as a fraction of its height (PII-SPEC §2: redact with a margin).
    ``fallback_chars``: fewer letters/digits than this after the first read triggers a CLAHE pass."""

    min_side: int = 0
    grow: float = 0.15
    fallback_chars: int = 12


@dataclass(frozen=True)
class Piece:
    """Where one OCR word sits in the composed text: ``text[start:end]`` is ``word.text``; ``line``
    numbers the OCR line it came from (a finding over two lines gives one region per line)."""

    start: int
    end: int
    word: OcrWord
    line: int


@dataclass(frozen=True)
class Composed:
    """The photo's text, its offset map (pieces sorted by ``start``) and each block's ``(start, end)``."""

    text: str
    pieces: Tuple[Piece, ...]
    blocks: Tuple[Tuple[int, int], ...]


# -- layout -------------------------------------------------------------------------------------
def _angle(line: OcrLine) -> float:
    (x0, y0), (x1, y1) = line.quad[0], line.quad[1]
    return math.atan2(y1 - y0, x1 - x0)


def _height(line: OcrLine) -> float:
    (x0, y0), (x3, y3) = line.quad[0], line.quad[3]
    return max(1.0, math.hypot(x3 - x0, y3 - y0))


@dataclass(frozen=True)
class _Placed:
    """A line in the straightened frame: left, right, centre y, height (and its index)."""

    index: int
    left: float
    right: float
    cy: float
    h: float


def _straighten(lines: Sequence[OcrLine]) -> List[_Placed]:
    """Lines rotated by minus the median text angle, so rows of slanted text (a wristband at 25°)
    group as rows. Rule: most photos hold text at one angle; outliers keep their own placement."""
    a = float(np.median([_angle(ln) for ln in lines])) if lines else 0.0
    c, s = math.cos(-a), math.sin(-a)
    placed = []
    for i, ln in enumerate(lines):
        xs = [p[0] * c - p[1] * s for p in ln.quad]
        ys = [p[0] * s + p[1] * c for p in ln.quad]
        placed.append(_Placed(i, min(xs), max(xs), (min(ys) + max(ys)) / 2, _height(ln)))
    return placed


def layout(lines: Sequence[OcrLine]) -> List[List[List[int]]]:
    """Blocks of rows of line indices, in reading order.

    Rule: lines whose centres are within half a line height share a row when the gap between them
    is under four heights (a whiteboard's "Bed 3" and its name); rows stacked less than 1.2 heights
    apart, of similar height and overlapping horizontally, share a block (an address, "Name:" over
    its value). Avoids: joining two labels across a photo, or a caption to a plate."""
    rows: List[List[_Placed]] = []
    for p in sorted(_straighten(lines), key=lambda p: (p.cy, p.left)):
        row = next((r for r in rows if abs(r[-1].cy - p.cy) < 0.5 * max(r[-1].h, p.h)
                    and min(abs(p.left - q.right) for q in r) < 4 * max(q.h for q in r)), None)
        if row is None:
            rows.append([p])
        else:
            row.append(p)
    for r in rows:
        r.sort(key=lambda p: p.left)
    blocks: List[List[List[_Placed]]] = []
    for r in rows:
        blk = next((b for b in reversed(blocks) if _stacked(b[-1], r)), None)
        if blk is None:
            blocks.append([r])
        else:
            blk.append(r)
    return [[[p.index for p in r] for r in b] for b in blocks]


def _stacked(upper: List[_Placed], lower: List[_Placed]) -> bool:
    h_up = float(np.median([p.h for p in upper]))
    h_lo = float(np.median([p.h for p in lower]))
    gap = min(p.cy for p in lower) - max(p.cy for p in upper)
    overlap = min(max(p.right for p in upper), max(p.right for p in lower)) - max(
        min(p.left for p in upper), min(p.left for p in lower))
    return 0 < gap < 1.7 * max(h_up, h_lo) and max(h_up, h_lo) < 1.8 * min(h_up, h_lo) and overlap > -h_up


# -- compose ------------------------------------------------------------------------------------
def compose(lines: Sequence[OcrLine], blocks: List[List[List[int]]]) -> Composed:
    """One text for the photo and the map from character ranges to words, built in one pass."""
    parts: List[str] = []
    pieces: List[Piece] = []
    spans: List[Tuple[int, int]] = []
    pos = 0

    def put(s: str) -> None:
        nonlocal pos
        parts.append(s)
        pos += len(s)

    for b, block in enumerate(blocks):
        if b:
            put("\n\n")
        start = pos
        for r, row in enumerate(block):
            if r:
                put("\n")
            for k, (line_index, word) in enumerate([(li, w) for li in row for w in lines[li].words]):
                if k:
                    put(" ")
                pieces.append(Piece(pos, pos + len(word.text), word, line_index))
                put(word.text)
        spans.append((start, pos))
    return Composed("".join(parts), tuple(pieces), tuple(spans))


# -- regions ------------------------------------------------------------------------------------
def _union(boxes: Sequence[Box]) -> Box:
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return x0, y0, x1 - x0, y1 - y0


def grow_box(box: Box, margin: float, width: int, height: int) -> Box:
    """``box`` enlarged by ``margin`` pixels each side and clipped to the image."""
    x, y, w, h = box
    m = int(math.ceil(margin))
    x0, y0 = max(0, x - m), max(0, y - m)
    x1, y1 = min(width, x + w + m), min(height, y + h + m)
    return x0, y0, max(1, x1 - x0), max(1, y1 - y0)


def finding_regions(composed: Composed, findings, shape, grow: float, scale: float = 1.0) -> List[Region]:
    """Per finding, per OCR line: the union of the boxes of the words it overlaps, grown by ``grow``
    word heights. A finding on part of a line covers only its words, never the whole line."""
    starts = [p.start for p in composed.pieces]
    height, width = shape[:2]
    regions = []
    for f in findings:
        hit = [p for p in composed.pieces[max(0, bisect_right(starts, f.start) - 1):bisect_right(starts, f.end - 1)]
               if p.start < f.end and p.end > f.start]
        by_line: dict = {}
        for p in hit:
            by_line.setdefault(p.line, []).append(p.word.box)
        for boxes in by_line.values():
            x, y, w, h = (v / scale for v in _union(boxes))
            box = grow_box((int(x), int(y), int(math.ceil(w)) + 1, int(math.ceil(h)) + 1), grow * h, width, height)
            regions.append(Region(box, "text", float(f.score), "rapidocr", f.entity_type))
    return regions


# -- the detector -------------------------------------------------------------------------------
def upscale(rgb: np.ndarray, min_side: int) -> Tuple[np.ndarray, float]:
    """``rgb`` enlarged (bicubic) so its longer side is ``min_side``, and the factor; small photos only."""
    h, w = rgb.shape[:2]
    f = min_side / max(h, w)
    if f <= 1.0:
        return rgb, 1.0
    import cv2

    return cv2.resize(rgb, (int(round(w * f)), int(round(h * f))), interpolation=cv2.INTER_CUBIC), f


class TextDetector:
    """Regions of photo text that the text engine finds identifying (kind "text").

    ``analyze`` is ``Scrubber().analyze_text`` (or any text → object with ``.findings``); ``ocr`` an
    engine from ``phiscrub.image.ocr`` (RapidOCR by default); ``analyze_many`` (optional, e.g.
    ``Scrubber().analyze_texts``) analyses a photo's blocks in one batch. Each block is analysed
    alone: joined, "Band 6 nurse" on one sign made "Bay 3" on the next a name (title rule).
    Conservative by design: lines the recogniser is unsure of are still analysed, and a finding is
    redacted whatever the OCR score."""

    name = "text"

    def __init__(self, analyze: Analyze, ocr: OcrEngine | None = None, config: TextConfig = TextConfig(),
                 analyze_many: AnalyzeMany | None = None):
        self.analyze = analyze
        self.analyze_many = analyze_many or (lambda texts: map(analyze, texts))
        self.ocr = ocr if ocr is not None else make_ocr()
        self.config = config

    def findings(self, composed: Composed) -> list:
        """The text engine's findings over each block, with offsets into the whole composed text."""
        return self._shifted(composed)[0]

    def _shifted(self, composed: Composed) -> tuple:
        """(findings, mentions) over each block, with offsets into the whole composed text."""
        texts = [composed.text[a:b] for a, b in composed.blocks]
        findings, mentions = [], []
        for (a, _), analysis in zip(composed.blocks, self.analyze_many(texts), strict=True):
            findings += [replace(f, start=f.start + a, end=f.end + a) for f in analysis.findings]
            mentions += [replace(m, start=m.start + a, end=m.end + a) for m in analysis.mentions]
        return findings, mentions

    def read(self, rgb: np.ndarray) -> Tuple[Tuple[OcrLine, ...], float]:
        """OCR lines (in the upscaled image's pixels) and the upscale factor."""
        big, scale = upscale(rgb, self.config.min_side)
        return read_with_fallback(self.ocr, big, self.config.fallback_chars), scale

    def detect(self, rgb: np.ndarray) -> List[Region]:
        return self.detect_with_mentions(rgb)[0]

    def detect_with_mentions(self, rgb: np.ndarray) -> Tuple[List[Region], tuple]:
        """The regions to cover, and the quasi-identifiers read in the photo (``Mention``s: kinds and
        value-free attributes; offsets index the photo's OCR text, which is not kept). They stay
        readable in the safe copy, so the jigsaw risk counts them."""
        lines, scale = self.read(rgb)
        if not lines:
            return [], ()
        composed = compose(lines, layout(lines))
        findings, mentions = self._shifted(composed)
        regions = finding_regions(composed, findings, rgb.shape, self.config.grow, scale)
        return sorted(set(regions)), tuple(mentions)
