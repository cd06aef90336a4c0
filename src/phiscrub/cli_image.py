"""``phiscrub image`` and ``phiscrub images``: thin commands over ``Scrubber.scrub_image`` and
``phiscrub.image.batch``. Output names kinds, counts and types, never what a photo shows."""

from __future__ import annotations

import json
import os
import sys
from functools import partial
from pathlib import Path

import click

from phiscrub.config import IMAGE_STYLES, OCR_ENGINES, ScrubConfig
from phiscrub.errors import PhiscrubError
from phiscrub.report import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND

DEFAULTS = ScrubConfig()
_STYLE = click.option("--style", type=click.Choice(IMAGE_STYLES), default=DEFAULTS.image_style, show_default=True,
                      help="Cover regions with a solid fill, or coarse pixelation.")
_OCR = click.option("--ocr", type=click.Choice(OCR_ENGINES), default=DEFAULTS.ocr, show_default=True,
                    help="OCR engine for text in photos (tesseract needs apt-get install tesseract-ocr).")
_FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
                       help="json: regions (box, kind, score) and finding types, never values.")


def _fail(message: str) -> None:
    click.echo(f"phiscrub: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _default_out(src: Path) -> Path:
    from phiscrub.image.save import output_suffix

    return src.with_name(f"{src.stem}.safe{output_suffix(src)}")


@click.command("image")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the safe copy (default: NAME.safe.EXT beside the input).")
@click.option("--overwrite", is_flag=True, help="Replace the output file if it exists.")
@_STYLE
@_OCR
@_FORMAT
def image_command(source: Path, out, overwrite, style, ocr, fmt) -> None:
    """Redact faces, number plates, identifying text and barcodes in one photo and strip its metadata.

    Exit status: 0 nothing found, 1 something redacted, 2 the photo could not be fully
    processed (then no safe copy is written).
    """
    from phiscrub.api import Scrubber
    from phiscrub.image.save import save_image

    out = out or _default_out(source)
    try:
        scrubber = Scrubber(ScrubConfig(image_style=style, ocr=ocr, image_threads=os.cpu_count() or 1))
        result = scrubber.scrub_image(source)
        save_image(result.image, out, overwrite=overwrite)
    except PhiscrubError as exc:
        _fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps({"out": str(out), "regions": [r.to_dict() for r in result.regions],
                               "findings": list(result.findings)}))
    else:
        counts = ", ".join(f"{n} {k}" for k, n in sorted(result.counts().items())) or "nothing"
        click.echo(f"{source.name}: redacted {counts}; safe copy {out}")
    sys.exit(EXIT_FOUND if result.regions else EXIT_CLEAN)


@click.command("images")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (the input tree is mirrored; never inside the input folder).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes; each loads the models once.")
@click.option("--overwrite", is_flag=True, help="Replace existing output files.")
@click.option("--no-resume", is_flag=True, help="Redo photos the manifest says are done.")
@_STYLE
@_OCR
def images_command(folder: Path, out: Path, workers, overwrite, no_resume, style, ocr) -> None:
    """Redact every photo under FOLDER into OUT, with progress, a JSON report and a summary.

    Exit status: 0 all clean, 1 something redacted, 2 any photo failed (failed photos are
    not written; they are listed in OUT/phiscrub-report.json).
    """
    from phiscrub.api import Scrubber
    from phiscrub.image.batch import REPORT, exit_status, plan, run

    try:
        total = len(plan(folder, out))
    except PhiscrubError as exc:
        _fail(str(exc))
    factory = partial(Scrubber, ScrubConfig(image_style=style, ocr=ocr))
    with _progress(total) as bar:
        outcomes = run(factory, folder, out, workers=workers, overwrite=overwrite, resume=not no_resume,
                       progress=lambda o: bar.update(1))
        bar.update(total - bar.n)
    _summary(outcomes)
    click.echo(f"report: {out / REPORT}", err=True)
    sys.exit(exit_status(outcomes))


def _progress(total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="photo", file=sys.stderr, disable=None, dynamic_ncols=True)


def _summary(outcomes) -> None:
    by_status: dict = {}
    kinds: dict = {}
    for o in outcomes:
        by_status[o.status] = by_status.get(o.status, 0) + 1
        for k, n in o.regions.items():
            kinds[k] = kinds.get(k, 0) + n
    click.echo("status     photos")
    for status in ("redacted", "clean", "skipped", "failed"):
        click.echo(f"{status:<10} {by_status.get(status, 0):>6}")
    click.echo("regions: " + (", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "none"))
    for o in outcomes:
        if o.status == "failed":
            click.echo(f"failed: {o.path}: {o.error}", err=True)
