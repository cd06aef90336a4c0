"""Frozen result types of the photo half.

A ``Region`` is a box to redact, in pixels of the upright image (after EXIF
orientation), with its kind and score, never what it shows: a face's identity,
a plate's characters or a word's text never enter a result, a log or a report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Tuple

REGION_KINDS = ("face", "plate", "text", "barcode")

Box = Tuple[int, int, int, int]  # x, y, w, h


@dataclass(frozen=True, order=True)
class Region:
    """A box to redact: ``box=(x, y, w, h)`` in upright-image pixels, its ``kind`` and ``score``.

    ``detector`` names what found it ("centerface", "rapidocr", "zxing"…); ``entity`` is the
    text finding's type for a ``text`` region ("PERSON", "NHS_NUMBER"), never its value.
    """

    box: Box
    kind: str
    score: float
    detector: str = ""
    entity: Optional[str] = None

    def __post_init__(self) -> None:
        if self.kind not in REGION_KINDS:
            raise ValueError(f"unknown region kind {self.kind!r}")
        x, y, w, h = self.box
        if w <= 0 or h <= 0:
            raise ValueError(f"empty box {self.box}")

    def to_dict(self) -> dict:
        d = {"box": list(self.box), "kind": self.kind, "score": round(self.score, 3), "detector": self.detector}
        if self.entity:
            d["entity"] = self.entity
        return d


@dataclass(frozen=True)
class ImageResult:
    """A photo's redaction: the safe ``image`` (a PIL image, metadata-free), the ``regions``
    redacted, and the types of the text findings read in it (``findings``, never values)."""

    image: object  # PIL.Image.Image
    regions: Tuple[Region, ...]
    findings: Tuple[str, ...] = field(default_factory=tuple)
    facts: Optional[object] = None  # phiscrub.image.load.PhotoFacts: GPS/capture time present, orientation
    # quasi-identifiers read in the photo and left readable (kinds, value-free attributes; offsets
    # index the photo's OCR text, which is not kept): the jigsaw risk counts them
    mentions: Tuple[object, ...] = field(default_factory=tuple)

    def counts(self) -> dict:
        """Regions by kind: ``{"face": 3, "text": 2}``."""
        out: dict = {}
        for r in self.regions:
            out[r.kind] = out.get(r.kind, 0) + 1
        return out
