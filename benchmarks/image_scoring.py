"""Box scoring for benchmarks/image_recall.py: recall per kind and false-positive area, pure numpy.

A labelled box is *found* when at least 70% of its pixels lie inside the union of the regions that
may cover it: its own kind, and for a ``text`` box also ``plate`` regions (both redact the pixels;
the plate detector boxes a hospital number as readily as the text detector). A region is *false*
when under 10% of its area lies inside labelled boxes it may cover (a ``plate`` region over a
labelled ``text`` box is not false, nor the reverse); false regions are scored only on images whose
``labelled`` list says the region's kind is exhaustive there, and *false area* is their union over
those images' area. *Area outside labels* also counts the margins that box growth adds.
Detections are ``[x1, y1, x2, y2]`` floats; labels are ``[x, y, w, h]`` integers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping, Sequence, Tuple

import numpy as np

KINDS = ("face", "plate", "text", "barcode")
COVERED, FALSE_BELOW = 0.7, 0.1
COVERS = {"face": ("face",), "plate": ("plate",), "text": ("text", "plate"), "barcode": ("barcode",)}
ACCEPTS = {"face": ("face",), "plate": ("plate", "text"), "text": ("text", "plate"), "barcode": ("barcode",)}
BANDS = ("<10", "10–20", "20–50", ">50")  # as the dev-set README counts them: 50 px is in 20–50

Detections = Mapping[str, Sequence[Sequence[float]]]  # kind -> [[x1, y1, x2, y2], ...]


@dataclass(frozen=True)
class Tally:
    """One engine's figures for one kind on one image set: ``found[key] = (hit, total)`` per key ("all",
    a group, a variant, a face height band), false and outside-label area (shares of the area of images
    exhaustively labelled for the kind, or None when there is none), and the regions' count and area
    share over every image (what an unlabelled kind costs)."""

    found: Dict[str, Tuple[int, int]]
    false_area: float | None
    outside_area: float | None
    regions: int
    region_area: float

    def rate(self, key: str = "all") -> float:
        hit, total = self.found.get(key, (0, 0))
        return hit / total if total else float("nan")


def band(height: int) -> str:
    return BANDS[0] if height < 10 else BANDS[1] if height < 20 else BANDS[2] if height <= 50 else BANDS[3]


def coverage(label: Sequence[int], boxes: np.ndarray) -> float:
    """Share of the labelled box ``[x, y, w, h]`` inside the union of ``boxes`` (N x 4, x1 y1 x2 y2)."""
    x, y, w, h = label
    mask = np.zeros((h, w), bool)
    for x1, y1, x2, y2 in boxes:
        a, b = int(max(np.floor(x1) - x, 0)), int(min(np.ceil(x2) - x, w))
        c, d = int(max(np.floor(y1) - y, 0)), int(min(np.ceil(y2) - y, h))
        if a < b and c < d:
            mask[c:d, a:b] = True
    return float(mask.mean()) if mask.size else 0.0


def stack(dets: Detections, kinds: Iterable[str]) -> np.ndarray:
    rows = [b for k in kinds for b in dets.get(k, ())]
    return np.asarray(rows, float).reshape(-1, 4)


def label_mask(image: dict, kinds: Iterable[str]) -> np.ndarray:
    mask = np.zeros((image["height"], image["width"]), bool)
    for b in image["boxes"]:
        if b["kind"] in kinds:
            x, y, w, h = b["box"]
            mask[y:y + h, x:x + w] = True
    return mask


def region_pixels(image: dict, kind: str, boxes: np.ndarray) -> Tuple[int, int, int]:
    """(false-region pixels, pixels covered outside accepted labels, all covered pixels) in one image."""
    labels = label_mask(image, ACCEPTS[kind])
    false, covered = np.zeros_like(labels), np.zeros_like(labels)
    h, w = labels.shape
    for x1, y1, x2, y2 in boxes:
        a, b, c, d = max(int(np.floor(x1)), 0), min(int(np.ceil(x2)), w), max(int(np.floor(y1)), 0), min(int(np.ceil(y2)), h)
        if a < b and c < d:
            covered[c:d, a:b] = True
            if labels[c:d, a:b].mean() < FALSE_BELOW:
                false[c:d, a:b] = True
    return int(false.sum()), int((covered & ~labels).sum()), int(covered.sum())


def keys_for(image: dict, kind: str, box: Sequence[int]) -> List[str]:
    keys = ["all", image["group"]] + ([image["variant"]] if image.get("variant") else [])
    if kind == "face":
        keys += [band(box[3])] + (["≥20"] if box[3] >= 20 else [])
    return keys


def tally(images: Sequence[dict], kind: str, detections: Mapping[str, Detections]) -> Tally:
    """Score ``kind`` over ``images`` given ``detections[file] = {kind: boxes}``. WIDER's ``invalid``
    faces are ignore regions: not counted for recall, their pixels not false."""
    found: Dict[str, List[int]] = {}
    false = outside = labelled_area = regions = covered = all_area = 0
    for image in images:
        dets = detections.get(image["file"], {})
        cover = stack(dets, COVERS[kind])
        for b in image["boxes"]:
            if b["kind"] != kind or b.get("attrs", {}).get("invalid"):
                continue
            hit = coverage(b["box"], cover) >= COVERED
            for key in keys_for(image, kind, b["box"]):
                cell = found.setdefault(key, [0, 0])
                cell[0], cell[1] = cell[0] + hit, cell[1] + 1
        own = stack(dets, (kind,))
        f, o, c = region_pixels(image, kind, own)
        regions, covered, all_area = regions + len(own), covered + c, all_area + image["width"] * image["height"]
        if kind in image["labelled"]:
            false, outside = false + f, outside + o
            labelled_area += image["width"] * image["height"]
    share = (lambda v: v / labelled_area) if labelled_area else (lambda v: None)
    return Tally({k: (v[0], v[1]) for k, v in found.items()}, share(false), share(outside), regions,
                 covered / max(all_area, 1))
