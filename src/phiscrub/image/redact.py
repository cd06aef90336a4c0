"""Irreversible redaction of regions: a solid fill (default) or coarse pixelation, with a margin.

Rule: every region is grown by a margin (a share of its size, at least a few
pixels) and clipped to the image; ``fill`` paints it solid, ``pixelate`` replaces
it with blocks so coarse (at least 1/6 of the region's shorter side, never under
8 px) that no face or character can be recovered. The input image is not
changed; a new one is returned.
"""

from __future__ import annotations

from typing import Iterable, Tuple

from phiscrub.config import IMAGE_STYLES as STYLES
from phiscrub.image.types import Box, Region

FILL = (24, 24, 24)
MARGIN = 0.08  # of the region's size, each side
MIN_MARGIN = 3  # px


def grown(box: Box, size: Tuple[int, int], margin: float = MARGIN) -> Box:
    """``box`` grown by ``margin`` of its width/height each side (at least ``MIN_MARGIN``), clipped."""
    x, y, w, h = box
    W, H = size
    dx, dy = max(MIN_MARGIN, round(w * margin)), max(MIN_MARGIN, round(h * margin))
    x0, y0 = max(0, x - dx), max(0, y - dy)
    x1, y1 = min(W, x + w + dx), min(H, y + h + dy)
    return x0, y0, max(1, x1 - x0), max(1, y1 - y0)


def redact_image(image, regions: Iterable[Region], style: str = "fill", margin: float = MARGIN):
    """A copy of ``image`` with every region covered (``style``: fill or pixelate)."""
    from PIL import Image, ImageDraw

    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}: use {' or '.join(STYLES)}")
    out = image.copy()
    draw = ImageDraw.Draw(out)
    for region in regions:
        x, y, w, h = grown(region.box, out.size, margin)
        if style == "fill":
            draw.rectangle((x, y, x + w - 1, y + h - 1), fill=FILL + ((255,) if out.mode == "RGBA" else ()))
            continue
        block = max(8, min(w, h) // 6)
        patch = out.crop((x, y, x + w, y + h))
        small = patch.resize((max(1, w // block), max(1, h // block)), Image.BILINEAR)
        out.paste(small.resize((w, h), Image.NEAREST), (x, y))
    return out
