"""Writing a safe copy: pixels only, no metadata, atomically.

Rule: the output is rebuilt from the pixel array, so no EXIF (GPS, camera,
capture time), XMP, IPTC, ICC profile, comment or embedded thumbnail of the
input can reach it; JPEG, PNG and WebP are written (HEIC/HEIF input is written
as JPEG); the file appears under its name only when complete (a temporary file
in the same folder, then ``os.replace``), and an existing file is never
overwritten unless asked.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Optional

from phiscrub.errors import ImageError

WRITE_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}


def output_suffix(path: Path) -> str:
    """The suffix a safe copy of ``path`` gets: its own when writable, else ``.jpg`` (HEIC)."""
    suffix = path.suffix.lower()
    return suffix if suffix in WRITE_FORMATS else ".jpg"


def pixels_only(image):
    """A new image holding only the pixels of ``image`` (empty ``info``: no metadata at all)."""
    import numpy as np
    from PIL import Image

    return Image.fromarray(np.array(image))


def save_image(image, path: Path, *, overwrite: bool = False, quality: int = 92) -> Path:
    """Write ``image`` to ``path`` with no metadata; ``ImageError`` if it exists and not ``overwrite``."""
    path = Path(path)
    fmt = WRITE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ImageError(f"{path.name}: write .jpg, .png or .webp")
    if path.exists() and not overwrite:
        raise ImageError(f"{path.name}: exists; pass --overwrite to replace it")
    clean = pixels_only(image)
    if fmt == "JPEG" and clean.mode != "RGB":
        clean = clean.convert("RGB")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".phiscrub-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            clean.save(out, format=fmt, **_options(fmt, quality))
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    return path


def _options(fmt: str, quality: int) -> dict:
    if fmt == "JPEG":
        return {"quality": quality, "optimize": True, "exif": b"", "icc_profile": None}
    if fmt == "WEBP":
        return {"quality": quality, "exif": b"", "icc_profile": None}
    return {"optimize": True}


def _remove(path: Optional[str]) -> None:
    try:
        if path:
            os.unlink(path)
    except OSError:
        pass
