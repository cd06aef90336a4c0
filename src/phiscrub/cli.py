"""The ``phiscrub`` command: a thin click group over the API.

Models load only when a command needs them: ``phiscrub --help`` loads none.
Every outcome is recorded in a ``Report``, whose ``exit_code`` is the policy.
Machine-readable output carries types, offsets and scores, never the values.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Iterable, List, Optional, Sequence

import click

from phiscrub.config import MODES, ScrubConfig
from phiscrub.entities import ENTITIES, MENTION_KINDS
from phiscrub.errors import InputError, PhiscrubError
from phiscrub.report import Report

DEFAULTS = ScrubConfig()


def _exit(report: Report) -> None:
    for message in report.errors:
        click.echo(f"phiscrub: error: {message}", err=True)
    sys.exit(report.exit_code)


def _open_input(source: str):
    """A ``TextReader`` over a file or standard input; InputError names what is wrong."""
    from phiscrub.textio import TextReader

    if source == "-":
        return TextReader(sys.stdin.buffer, "standard input")
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file (give a text file, or - for standard input)")
    if path.is_dir():
        raise InputError(f"{source}: is a directory; give one text file (or - for standard input)")
    try:
        return TextReader(path.open("rb"), source)
    except OSError as exc:
        raise InputError(f"{source}: cannot read: {exc.strerror}") from exc


def _allow_list(allow: Sequence[str], allow_file: Optional[str]) -> tuple:
    items = list(allow)
    if allow_file:
        try:
            lines = Path(allow_file).read_text("utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"--allow-file {allow_file}: cannot read ({exc}); give a UTF-8 file, one entry a line") from exc
        items += [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return tuple(items)


def _show(original: str, findings) -> str:
    parts, pos = [], 0
    for f in findings:
        parts.append(original[pos:f.start])
        # ⟦ ⟧ mark the span even where colour is off (a pipe, a file, NO_COLOR)
        parts.append(click.style(f"⟦{original[f.start:f.end]}⟧", fg=ENTITIES[f.entity_type].colour, bold=True))
        pos = f.end
    parts.append(original[pos:])
    lines = ["".join(parts), "", f"{'type':<17}{'start':>8}{'end':>8}{'score':>7}"]
    lines += [f"{f.entity_type:<17}{f.start:>8}{f.end:>8}{f.score:>7.2f}" for f in findings]
    lines.append(f"{len(findings)} finding(s)")
    return "\n".join(lines)


def _mention_table(mentions) -> str:
    """Kinds and counts of the quasi-identifiers kept readable; never their text."""
    counts = {kind: 0 for kind in MENTION_KINDS}
    for m in mentions:
        counts[m.kind] += 1
    lines = ["", "quasi-identifiers kept readable (scored for jigsaw risk, not redacted):",
             f"{'kind':<14}{'count':>6}"]
    lines += [f"{kind:<14}{n:>6}" for kind, n in counts.items() if n]
    lines.append(f"{sum(counts.values())} mention(s)")
    return "\n".join(lines)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="phiscrub")
def main() -> None:
    """phiscrub: remove what identifies a patient from NHS staff social-media drafts, offline."""


@main.command("text")
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--mode", type=click.Choice(MODES), default=DEFAULTS.mode, show_default=True,
              help="tag: [NAME], [POSTCODE]…; mask: █ of the same length; generalise: postcode → district.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json prints {text, findings:[{start,end,entity_type,score}]} (and mentions with --mentions).")
@click.option("--show", is_flag=True, help="Print the original with findings highlighted, and a table of them.")
@click.option("--mentions", "with_mentions", is_flag=True,
              help="Also list the kinds of quasi-identifiers kept readable (ages, places, times…), with counts.")
@click.option("--allow", multiple=True, metavar="TEXT", help="A consented name or public string never to redact (repeatable).")
@click.option("--allow-file", type=click.Path(dir_okay=False), help="A file of allow-list entries, one a line.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=DEFAULTS.threshold, show_default=True,
              help="Ignore findings scoring below this (lower redacts more).")
@click.option("--recognizers", "recognizer_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra YAML recognizers, e.g. a Trust's hospital-number format (repeatable).")
@click.option("--model", default=DEFAULTS.model, show_default=True, help="An installed spaCy English model with an NER.")
@click.option("--workers", type=click.IntRange(1, 64), default=DEFAULTS.workers, show_default=True,
              help="Processes for a large file (each loads the model once; worth it above about 1 MB).")
@click.option("--no-ner", "no_ner", is_flag=True,
              help="Rules only, no NER model: about 2x faster, but it misses more names (1-3 points of recall).")
def text_command(source, mode, fmt, show, with_mentions, allow, allow_file, threshold, recognizer_files, model,
                 workers, no_ner):
    """Scrub one draft (FILE, or - / nothing for standard input) and print the redacted text.

    A large file is read and scrubbed a block at a time. Exit status: 0 nothing found,
    1 identifiers found and redacted, 2 usage, input or internal error (then no text is printed,
    or, for a large file cut short, the error says the output is incomplete).
    """
    report = Report()
    printed = False
    try:
        from phiscrub.api import Scrubber

        config = ScrubConfig(mode=mode, threshold=threshold, allow=_allow_list(allow, allow_file), model=model,
                             recognizer_files=tuple(recognizer_files), mentions=with_mentions, workers=workers,
                             ner=not no_ner)
        reader = _open_input(source)
        scrubber = Scrubber(config)
        if fmt == "json" or show:
            original = reader.read_all()
            analysis = scrubber.analyze_text(original)
            _print_whole(original, analysis, scrubber, fmt, with_mentions)
            report.done(len(analysis.findings))
        else:
            found, mentions = _stream(scrubber.scrub_chunks(reader.blocks()))
            printed = True
            if with_mentions:
                click.echo(_mention_table(mentions))
            report.done(found)
        if reader.replaced:
            click.echo(f"phiscrub: warning: {reader.name} is not valid UTF-8; undecodable bytes were replaced "
                       "with U+FFFD", err=True)
    except PhiscrubError as exc:
        report.failed(str(exc) + ("; the output above is incomplete" if printed else ""))
    except Exception as exc:  # fail closed: no half-scrubbed text is printed
        if os.environ.get("PHISCRUB_DEBUG"):
            raise
        report.failed(f"internal error ({type(exc).__name__}); "
                      + ("the output above is incomplete. " if printed else "nothing was printed. ")
                      + "Set PHISCRUB_DEBUG=1 for the traceback and report it.")
    _exit(report)


def _stream(pieces: Iterable) -> tuple:
    """Print redacted pieces as they come; return (number of findings, mentions)."""
    found = 0
    mentions: List = []
    last = ""
    for piece, analysed in pieces:
        click.echo(piece, nl=False)
        last = piece or last
        found += len(analysed.findings)
        mentions += analysed.mentions
    if last and not last.endswith("\n"):
        click.echo("")
    return found, mentions


def _print_whole(original: str, analysis, scrubber, fmt: str, with_mentions: bool) -> None:
    if fmt == "json":
        data = {"text": scrubber.redact(original, analysis), "findings": [f.to_dict() for f in analysis.findings]}
        if with_mentions:
            data["mentions"] = [m.to_dict() for m in analysis.mentions]
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(_show(original, analysis.findings), color=None)
    if with_mentions:
        click.echo(_mention_table(analysis.mentions))


def _register_image_commands() -> None:
    from phiscrub.cli_image import image_command, images_command

    main.add_command(image_command)
    main.add_command(images_command)
    from phiscrub.cli_post import post_command, risk_command

    main.add_command(risk_command)
    main.add_command(post_command)
    from phiscrub.cli_serve import serve_command

    main.add_command(serve_command)


_register_image_commands()

if __name__ == "__main__":  # pragma: no cover
    main()
