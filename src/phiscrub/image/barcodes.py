"""Barcodes and QR codes (a wristband's barcode carries the hospital number): found with zxing-cpp.

Rule: zxing-cpp reads every linear and matrix symbology from the RGB array (no
system library); each symbol's position quadrilateral, as an axis-aligned box,
is a region, whatever it encodes (its content is never kept). A second pass on
a 2x upscale (unrotated) finds small codes the first misses. A code that cannot be decoded
(blurred, cut off, printed badly) still carries the number: OpenCV's barcode
and QR *detectors* (no decoding) at full and half size add its box, a linear
one only when elongated like a label's code.
Avoids: stripes on clothes and blinds (not elongated enough); nothing is
decoded into a result.
"""

from __future__ import annotations

from typing import List

from phiscrub.errors import ModelNotInstalledError
from phiscrub.image.types import Region

# an undecoded linear code must be this elongated: wristband and label codes (Code 128/39) are 2.5-3.5
# times longer than tall with their quiet zones; the dev set's striped uniforms and blinds are 1.2-1.8
MIN_LINEAR_ASPECT = 2.0


class BarcodeDetector:
    name = "barcodes"

    def detect(self, rgb) -> List[Region]:
        try:
            import zxingcpp
        except ImportError as exc:
            raise ModelNotInstalledError("barcode reading needs zxing-cpp: pip install zxing-cpp") from exc
        import cv2

        regions = _read(zxingcpp, rgb, 1.0)
        if not regions and min(rgb.shape[:2]) < 2000:
            # grey, and no downscaled tries of an upscaled copy: 0.29 -> 0.23 s on a 2048 x 1536 photo, and one
            # more of 180 synthetic codes decoded (QR, Code 128, Data Matrix, PDF417, Aztec; blurred, shrunk, JPEG).
            # Not turned 90/180/270 degrees either (the first read is): 0.063 -> 0.018 s/MP over the dev photos, for
            # one of 480 synthetic small codes (six symbologies, shrunk, blurred, turned 0-90 degrees) lost, a blurred
            # Data Matrix at 90 degrees; a linear code the turn would read is boxed undecoded anyway
            grey = cv2.resize(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
            regions = _read(zxingcpp, grey, 2.0, try_downscale=False, try_rotate=False)
        return regions + [r for r in _undecoded(cv2, rgb) if not any(_overlaps(r.box, z.box) for z in regions)]


def _undecoded(cv2, rgb) -> List[Region]:
    """Boxes of barcode- and QR-shaped patterns, decodable or not (OpenCV's detectors)."""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    out: List[Region] = []
    for scale in (1.0, 0.5):
        img = grey if scale == 1.0 else cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        for detector, name in ((cv2.barcode.BarcodeDetector(), "opencv-barcode"), (cv2.QRCodeDetector(), "opencv-qr")):
            found = detector.detectMulti(img) if name == "opencv-qr" else detector.detect(img)
            ok, points = found[0], found[1]
            for quad in (points if ok and points is not None else []):
                if name == "opencv-barcode" and _aspect(quad) < MIN_LINEAR_ASPECT:
                    continue  # stripes on clothes or blinds, not a label's code
                region = _box(quad, scale, rgb.shape, name)
                if region and not any(_overlaps(region.box, o.box) for o in out):
                    out.append(region)
    return out


def _aspect(quad) -> float:
    import numpy as np

    sides = [float(np.linalg.norm(quad[i] - quad[(i + 1) % 4])) for i in range(4)]
    return max(sides) / max(1e-6, min(sides))


def _box(quad, scale: float, shape, name: str):
    h, w = shape[:2]
    xs, ys = [p[0] / scale for p in quad], [p[1] / scale for p in quad]
    x0, y0 = max(0, int(min(xs))), max(0, int(min(ys)))
    x1, y1 = min(w, int(max(xs)) + 1), min(h, int(max(ys)) + 1)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    return Region((x0, y0, x1 - x0, y1 - y0), "barcode", 0.7, name)


def _overlaps(a, b) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    ix = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0, min(ay + ah, by + bh) - max(ay, by))
    return ix * iy > 0.3 * min(aw * ah, bw * bh)


def _read(zxingcpp, image, scale: float, **options) -> List[Region]:
    out = []
    h, w = image.shape[:2]
    for code in zxingcpp.read_barcodes(image, **options):
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
