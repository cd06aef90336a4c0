"""``phiscrub risk`` and ``phiscrub post``: thin commands over ``Scrubber.scrub_post``.

The risk table names each detail's kind, where it is and how many bits it takes off; the text of a
quasi-identifier is shown in the text table (it is the wording to change), never in JSON, and a
direct identifier is only ever named by its type.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import List, Optional, Tuple

import click

from phiscrub.config import IMAGE_STYLES, ScrubConfig
from phiscrub.errors import InputError, PhiscrubError
from phiscrub.report import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND

DEFAULTS = ScrubConfig()
_HISTORY = click.option("--history", "history_path", type=click.Path(exists=True, path_type=Path),
                        help="The author's earlier posts: a folder of .txt files, or one file (details combine).")
_ALLOW = click.option("--allow", multiple=True, metavar="TEXT", help="A consented name or public string never "
                      "to redact (repeatable); the risk counts it as readable.")
_FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
                       help="json: levels, k, bits, factors (kinds and offsets) and suggestions, never values.")


def _read(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read as UTF-8 text ({exc})") from exc


def _history(path: Optional[Path]) -> List[str]:
    if path is None:
        return []
    files = sorted(p for p in path.glob("*.txt") if p.is_file()) if path.is_dir() else [path]
    if path.is_dir() and not files:
        raise InputError(f"--history {path}: no .txt files in it (one earlier post per file)")
    return [_read(p) for p in files]


def _post(draft: Path, photos: Tuple[Path, ...], history_path, allow, style: str = DEFAULTS.image_style):
    from phiscrub.api import Scrubber

    scrubber = Scrubber(ScrubConfig(allow=tuple(allow), image_style=style))
    texts = {"draft": _read(draft)}
    history = _history(history_path)
    texts.update({f"history {n}": h for n, h in enumerate(history, 1)})
    return scrubber.scrub_post(texts["draft"], images=[str(p) for p in photos], history=history), texts


def _exit_for(result) -> int:
    if result.errors:
        return EXIT_ERROR
    return EXIT_CLEAN if result.risk_after.level == "low" else EXIT_FOUND


def _where(d) -> str:
    return d.source if d.start < 0 else f"{d.source} {d.start}-{d.end}"


def _shown(d, texts) -> str:
    """The detail's wording for the table: quasi-identifiers only; a direct identifier by its type."""
    if d.role == "direct" or d.start < 0:
        return f"[{d.kind}]"
    return " ".join(texts.get(d.source, "")[d.start:d.end].split())[:40]


def risk_table(risk, texts, title: str) -> str:
    lines = [f"{title}: {risk.level.upper()}  (k ≈ {risk.k:.3g} people match; {risk.bits:.1f} bits)",
             f"  {risk.reason}", "", f"  {'detail':<42}{'kind':<14}{'bits':>6}  where / why"]
    for d in sorted(risk.factors, key=lambda d: -d.bits):
        lines.append(f"  {_shown(d, texts):<42}{d.kind:<14}{d.bits:>6.1f}  {_where(d)}: {d.note}")
    if risk.suggestions:
        lines += ["", "  what to change (each step re-scored with the ones before it):"]
        for s in risk.suggestions:
            d = next((f for f in risk.factors if (f.source, f.start, f.end, f.kind) == (s.source, s.start, s.end,
                                                                                         s.kind)), None)
            what = _shown(d, texts) if d else s.kind
            to = f'"{s.replacement}"' if s.replacement else ("redact it" if s.action == "redact" else "leave it out")
            lines.append(f"  - {what!s:<40} → {to:<22} k ≈ {s.k_after:.3g}, {s.level_after}")
    return "\n".join(lines)


def _json(result, extra: Optional[dict] = None) -> str:
    data = {"risk_before": result.risk_before.to_dict(), "risk_after": result.risk_after.to_dict(),
            "findings": [f.to_dict() for f in result.findings], "errors": list(result.errors)}
    data.update(extra or {})
    return json.dumps(data, ensure_ascii=False)


def _guard(fn):
    try:
        return fn()
    except PhiscrubError as exc:
        click.echo(f"phiscrub: error: {exc}", err=True)
    except Exception as exc:  # fail closed
        if os.environ.get("PHISCRUB_DEBUG"):
            raise
        click.echo(f"phiscrub: error: internal error ({type(exc).__name__}); nothing was written. "
                   "Set PHISCRUB_DEBUG=1 for the traceback and report it.", err=True)
    sys.exit(EXIT_ERROR)


@click.command("risk")
@click.argument("draft", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path))
@click.argument("photos", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_HISTORY
@_ALLOW
@_FORMAT
def risk_command(draft: Path, photos, history_path, allow, fmt) -> None:
    """Explain how identifying a post is: who could be singled out, by which details, and what to change.

    DRAFT is a text file, or - for standard input.

    Scores the post as written and as phiscrub would publish it (names, numbers and photo
    metadata removed). Exit status: 0 low after redaction, 1 medium or high, 2 errors.
    """
    result, texts = _guard(lambda: _post(draft, photos, history_path, allow))
    if fmt == "json":
        click.echo(_json(result))
    else:
        click.echo(risk_table(result.risk_before, texts, "as written"))
        click.echo("")
        click.echo(risk_table(result.risk_after, texts, "after redaction"))
        for e in result.errors:
            click.echo(f"phiscrub: error: {e}", err=True)
    sys.exit(_exit_for(result))


@click.command("post")
@click.argument("draft", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path))
@click.argument("photos", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the safe text and photos (created if missing).")
@click.option("--overwrite", is_flag=True, help="Replace files that exist in --out.")
@click.option("--style", type=click.Choice(IMAGE_STYLES), default=DEFAULTS.image_style, show_default=True,
              help="Cover photo regions with a solid fill, or coarse pixelation.")
@_HISTORY
@_ALLOW
@_FORMAT
def post_command(draft: Path, photos, out: Path, overwrite, style, history_path, allow, fmt) -> None:
    """Scrub a draft and its photos into OUT, and say how identifying the safe post still is.

    A photo that cannot be fully processed is not written. Exit status: 0 written and low risk,
    1 written but medium or high risk (read the table), 2 errors (some or all not written).
    """
    result, texts = _guard(lambda: _post(draft, photos, history_path, allow, style))
    written = _guard(lambda: _write(result, draft, photos, out, overwrite))
    if fmt == "json":
        click.echo(_json(result, {"written": [str(p) for p in written]}))
    else:
        for p in written:
            click.echo(f"wrote {p}")
        click.echo(risk_table(result.risk_after, texts, "risk after redaction"))
        for e in result.errors:
            click.echo(f"phiscrub: error: {e} (not written)", err=True)
    sys.exit(_exit_for(result))


def _write(result, draft: Path, photos, out: Path, overwrite: bool) -> List[Path]:
    from phiscrub.image.save import output_suffix, save_image

    out.mkdir(parents=True, exist_ok=True)
    target = out / (draft.name if str(draft) != "-" else "draft.txt")
    if target.exists() and not overwrite:
        raise InputError(f"{target} exists; use --overwrite to replace it")
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(result.text, "utf-8")
    os.replace(tmp, target)
    written = [target]
    for src, safe in zip(photos, result.images, strict=True):
        if safe is not None:
            written.append(save_image(safe.image, out / f"{src.stem}.safe{output_suffix(src)}", overwrite=overwrite))
    return written
