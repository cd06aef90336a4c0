"""Whole folders of photos: the tree mirrored, resumable, in worker processes, failures listed.

Rule: every JPEG, PNG, WebP and HEIC/HEIF under the input folder is scrubbed into
the same relative path under the output folder (HEIC written as JPEG). The
output folder may not be the input folder or inside it; an existing output file
is never replaced unless ``overwrite``. A manifest in the output folder records
each photo's content hash and outcome, so a second run skips photos already
done and unchanged. A photo that cannot be fully processed is written nowhere
and reported as failed; the run's status is 2 if any failed, 1 if anything was
redacted, 0 if all were clean.
"""

from __future__ import annotations

import hashlib
import json
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Tuple

from phiscrub.errors import ImageError, PhiscrubError
from phiscrub.image.save import output_suffix, save_image

SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")
MANIFEST = ".phiscrub-manifest.json"
REPORT = "phiscrub-report.json"


@dataclass(frozen=True)
class Outcome:
    """One photo's result: relative path, ``status`` (clean, redacted, failed, skipped), regions by
    kind, finding types, the error's message (never an identifier value) and seconds."""

    path: str
    status: str
    regions: Dict[str, int] = field(default_factory=dict)
    findings: Tuple[str, ...] = ()
    error: str = ""
    seconds: float = 0.0


def plan(src: Path, out: Path) -> List[Tuple[Path, Path]]:
    """(input, output) pairs for every photo under ``src``; ``ImageError`` if ``out`` is inside it."""
    src, out = src.resolve(), out.resolve()
    if not src.is_dir():
        raise ImageError(f"{src}: not a folder")
    if out == src or src in out.parents:
        raise ImageError("the output folder must not be the input folder or inside it")
    pairs = []
    for path in sorted(p for p in src.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
        rel = path.relative_to(src)
        pairs.append((path, out / rel.with_suffix(output_suffix(path))))
    return pairs


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def load_manifest(out: Path) -> Dict[str, dict]:
    try:
        return json.loads((out / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), "utf-8")
    tmp.replace(path)


def scrub_one(scrubber, src: Path, dst: Path, rel: str, overwrite: bool) -> Outcome:
    """Scrub one photo and write its safe copy; a failure is an outcome, never an exception."""
    t0 = time.perf_counter()
    try:
        result = scrubber.scrub_image(src)
        save_image(result.image, dst, overwrite=overwrite)
    except PhiscrubError as exc:
        return Outcome(rel, "failed", error=str(exc), seconds=time.perf_counter() - t0)
    except Exception as exc:  # fail closed on anything unexpected, keep the run going
        return Outcome(rel, "failed", error=exc.__class__.__name__, seconds=time.perf_counter() - t0)
    status = "redacted" if result.regions else "clean"
    return Outcome(rel, status, result.counts(), result.findings, "", time.perf_counter() - t0)


_WORKER = None


def _init_worker(factory: Callable) -> None:
    """Build the worker's Scrubber. OpenCV runs on one thread here: its default (a thread per core)
    in every worker made N workers compete for N cores."""
    global _WORKER
    import cv2

    cv2.setNumThreads(1)
    _WORKER = factory()


def _work(args) -> Outcome:
    src, dst, rel, overwrite = args
    return scrub_one(_WORKER, src, dst, rel, overwrite)


def run(factory: Callable, src: Path, out: Path, *, workers: int = 1, overwrite: bool = False,
        resume: bool = True, progress: Optional[Callable[[Outcome], None]] = None) -> List[Outcome]:
    """Scrub the folder ``src`` into ``out``; ``factory()`` builds a Scrubber (once per worker)."""
    pairs = plan(src, out)
    manifest = load_manifest(out) if resume else {}
    todo, outcomes = [], []
    for path, dst in pairs:
        rel = str(path.relative_to(src.resolve()))
        key = digest(path)
        done = manifest.get(rel)
        if done and done.get("sha256") == key and done.get("status") in ("clean", "redacted") and dst.exists():
            outcomes.append(Outcome(rel, "skipped"))
            continue
        todo.append((path, dst, rel, overwrite or bool(done and done.get("sha256") != key), key))
    for outcome, key in _outcomes(factory, todo, workers):
        outcomes.append(outcome)
        manifest[outcome.path] = {"sha256": key, "status": outcome.status}
        write_json(out / MANIFEST, manifest)
        if progress:
            progress(outcome)
    outcomes.sort(key=lambda o: o.path)  # finished in any order; reported in the folder's order
    write_json(out / REPORT, {"photos": [asdict(o) for o in outcomes], "status": exit_status(outcomes)})
    return outcomes


def _outcomes(factory: Callable, todo: list, workers: int) -> Iterator[Tuple[Outcome, str]]:
    keys = [t[4] for t in todo]
    jobs = [t[:4] for t in todo]
    if workers <= 1 or len(jobs) <= 1:
        scrubber = factory()
        for job, key in zip(jobs, keys, strict=True):
            yield scrub_one(scrubber, *job), key
        return
    # the largest files first and results as they finish: the workers run out of photos together
    # (no worker left alone with a big photo at the end), and the manifest and progress bar follow
    # whichever photo is done
    order = sorted(range(len(jobs)), key=lambda i: -_size(jobs[i][0]))
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init_worker,
                             initargs=(factory,)) as pool:
        futures = {pool.submit(_work, jobs[i]): keys[i] for i in order}
        for future in as_completed(futures):
            yield future.result(), futures[future]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # scrub_one reports the file as failed


def exit_status(outcomes: List[Outcome]) -> int:
    """2 if any photo failed, 1 if any was redacted, else 0."""
    if any(o.status == "failed" for o in outcomes):
        return 2
    return 1 if any(o.status == "redacted" for o in outcomes) else 0
