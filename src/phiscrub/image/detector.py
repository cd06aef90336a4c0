"""The one interface every photo detector implements.

A detector gets the upright image as an RGB ``numpy`` array (H x W x 3, uint8)
and returns the regions it finds. It loads its model on first use, once, and
is safe to call again; it raises ``phiscrub.errors.ImageError`` (or lets an
unexpected error propagate) when it cannot finish, and the pipeline then fails
the photo closed: nothing is written for it.
"""

from __future__ import annotations

from typing import List, Protocol, runtime_checkable

from phiscrub.image.types import Region


@runtime_checkable
class Detector(Protocol):
    name: str  # "faces", "text", "plates", "barcodes"

    def detect(self, rgb) -> List[Region]:
        """Regions in ``rgb`` (H x W x 3 uint8, upright)."""
        ...
