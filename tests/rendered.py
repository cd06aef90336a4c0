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
