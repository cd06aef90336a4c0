"""The scene renderer of samples/images (make_scenes.py), loaded once for the photo tests."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load():
    spec = importlib.util.spec_from_file_location("make_scenes", ROOT / "samples" / "images" / "make_scenes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scenes = _load()


def covered(box, regions, shape) -> float:
    """The share of the labelled ``box`` (x, y, w, h) inside the union of ``regions``' boxes."""
    import numpy as np

    mask = np.zeros(shape[:2], bool)
    for r in regions:
        x, y, w, h = r.box
        mask[y:y + h, x:x + w] = True
    x, y, w, h = box
    return float(mask[y:y + h, x:x + w].mean())
