"""Barcodes and QR codes (a wristband's barcode carries the hospital number): found with zxing-cpp.

Rule: zxing-cpp reads every linear and matrix symbology from the RGB array (no
system library); each symbol's position quadrilateral, as an axis-aligned box,
is a region, whatever it encodes (its content is never kept). A second pass on
a 2x upscale finds small codes the first misses.
Avoids: nothing is decoded into a result; a symbol that zxing cannot read is
not found (wristband codes are usually readable; a half-visible code may not be).
"""

from __future__ import annotations

from typing import List

from phiscrub.errors import ModelNotInstalledError
from phiscrub.image.types import Region


class BarcodeDetector:
    name = "barcodes"

    def detect(self, rgb) -> List[Region]:
        try:
            import zxingcpp
        except ImportError as exc:
            raise ModelNotInstalledError("barcode reading needs zxing-cpp: pip install zxing-cpp") from exc
        regions = _read(zxingcpp, rgb, 1.0)
        if not regions and min(rgb.shape[:2]) < 2000:
            import cv2

            regions = _read(zxingcpp, cv2.resize(rgb, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC), 2.0)
        return regions


def _read(zxingcpp, rgb, scale: float) -> List[Region]:
    out = []
    h, w = rgb.shape[:2]
    for code in zxingcpp.read_barcodes(rgb):
        p = code.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_right.x, p.bottom_left.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_right.y, p.bottom_left.y]
        x0, y0 = max(0, int(min(xs) / scale)), max(0, int(min(ys) / scale))
        x1, y1 = min(int(w / scale), int(max(xs) / scale) + 1), min(int(h / scale), int(max(ys) / scale) + 1)
        if x1 - x0 < 2:  # a linear code's position is a line: give it height
            x0, x1 = max(0, x0 - 2), x1 + 2
        if y1 - y0 < 2:
            pad = max(4, (x1 - x0) // 4)
            y0, y1 = max(0, y0 - pad), min(int(h / scale), y1 + pad)
        out.append(Region((x0, y0, x1 - x0, y1 - y0), "barcode", 1.0, "zxing"))
    return out
