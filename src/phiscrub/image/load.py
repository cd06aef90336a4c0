"""Loading a photo safely and upright.

Rule: JPEG, PNG, WebP and HEIC/HEIF (``pillow-heif``) are read in full (a
truncated or corrupt file is an ``ImageError`` for that file only), checked
against a pixel limit before decoding (decompression bombs and absurd sizes are
refused with a clear error), and turned upright by their EXIF orientation before
anything looks at them, so a phone photo stored sideways gives the same regions
as the upright copy. What the metadata says (GPS present, capture time) is read
first, as value-free facts, for the risk stage; the metadata itself never
reaches an output (``phiscrub.image.save``).
Source: EXIF 2.32 orientation tag 0x0112; Pillow's ``ImageOps.exif_transpose``.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from phiscrub.errors import ImageError

FORMATS = ("JPEG", "MPO", "PNG", "WEBP", "HEIF", "HEIC", "AVIF")
MAX_PIXELS = 80_000_000  # 80 MP: above any phone camera; larger is refused as a possible bomb
_EXIF_GPS = 0x8825
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 0x9003


@dataclass(frozen=True)
class PhotoFacts:
    """What a photo's metadata said, without its values: whether it held a GPS position, whether
    a capture time, the EXIF orientation applied, and the format read."""

    format: str
    has_gps: bool
    has_capture_time: bool
    orientation: int


@dataclass(frozen=True)
class Loaded:
    """The upright image (RGB, or RGBA when the file has transparency) and its facts."""

    image: object  # PIL.Image.Image
    facts: PhotoFacts


def load_image(source: Union[str, Path, bytes, object], name: str = "photo") -> Loaded:
    """A path, the bytes of a photo file (held in memory only; ``name`` for messages) or an open PIL
    image, upright; ``ImageError`` when it cannot be read in full."""
    from PIL import Image

    _register_heif()
    if isinstance(source, Image.Image):
        return _upright(source, source.format or "PIL")
    if isinstance(source, (bytes, bytearray)):
        return _open(io.BytesIO(source), name)
    if not isinstance(source, (str, Path)):
        raise ImageError(f"a photo is a file path, its bytes or a PIL image, not {type(source).__name__}")
    path = Path(source)
    if not path.is_file():
        raise ImageError(f"{path.name}: not a file")
    return _open(path, path.name)


def _open(fp, name: str) -> Loaded:
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(fp) as img:
                fmt = (img.format or "").upper()
                if fmt not in FORMATS:
                    raise ImageError(f"{name}: {fmt or 'unknown'} is not a supported photo format "
                                     f"(JPEG, PNG, WebP, HEIC)")
                _check_size(img, name)
                img.load()
                return _upright(img, fmt)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(f"{name}: image too large to process safely ({exc.__class__.__name__})") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageError(f"{name}: cannot read the image in full ({exc.__class__.__name__}); "
                         f"it may be truncated or corrupt") from None


def _check_size(img, name: str) -> None:
    w, h = img.size
    if w < 1 or h < 1:
        raise ImageError(f"{name}: empty image")
    if w * h > MAX_PIXELS:
        raise ImageError(f"{name}: {w}x{h} is over the {MAX_PIXELS // 1_000_000} MP limit")


def _upright(img, fmt: str) -> Loaded:
    from PIL import ImageOps

    exif = img.getexif()
    orientation = int(exif.get(0x0112, 1) or 1)
    facts = PhotoFacts(
        format=fmt,
        has_gps=bool(exif.get_ifd(_EXIF_GPS)) if exif else False,
        has_capture_time=bool(exif and (exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(0x0132))),
        orientation=orientation,
    )
    upright = ImageOps.exif_transpose(img)
    mode = "RGBA" if _has_alpha(upright) else "RGB"
    return Loaded(upright.convert(mode), facts)


MIN_MAX_SIDE = 320  # a smaller posting size would leave faces and text too small to find


def fit_within(image, max_side: Optional[int]):
    """``image`` shrunk (Lanczos) so its longer side is at most ``max_side`` px, the size the photo will be
    posted at; smaller photos and ``max_side=None`` unchanged. The detectors then judge exactly the
    pixels that are published."""
    if max_side is None:
        return image
    if not isinstance(max_side, int) or isinstance(max_side, bool) or max_side < MIN_MAX_SIDE:
        raise ImageError(f"max_side must be a whole number of pixels, at least {MIN_MAX_SIDE}, not {max_side!r}")
    w, h = image.size
    if max(w, h) <= max_side:
        return image
    from PIL import Image

    f = max_side / max(w, h)
    return image.resize((max(1, round(w * f)), max(1, round(h * f))), Image.Resampling.LANCZOS, reducing_gap=3.0)


def _has_alpha(img) -> bool:
    return img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)


def rgb_array(image) -> "object":
    """The image as an H x W x 3 uint8 array (alpha dropped) for the detectors."""
    import numpy as np

    return np.asarray(image.convert("RGB"))


_heif_registered: Optional[bool] = None


def _register_heif() -> None:
    global _heif_registered
    if _heif_registered is None:
        try:
            from pillow_heif import register_heif_opener

            register_heif_opener()
            _heif_registered = True
        except ImportError:  # HEIC is then refused as an unsupported format, never misread
            _heif_registered = False
