"""Build the phiscrub text evaluation corpus from its human-editable source.

Reads ``drafts.txt`` (next to this script) and writes ``drafts.jsonl``.

Source format
-------------
Blocks are separated by a line containing only ``---``. Each block starts with
a header line::

    #id=t0001 style=tweet

and the remaining lines are the draft text (multi-line allowed; leading and
trailing blank lines of a block are dropped). Inline markup:

    [[LABEL|surface text]]          direct identifier (PII-SPEC section 1)
    {{keep|surface text}}           must-stay-readable text (section 4)
    {{keep|surface text|note}}      ... with an optional note ("" if absent)

Markup must not nest. The markup is stripped and span offsets (Python str
code points, end exclusive) are computed into the stripped text.

Output: one JSON object per line (ensure_ascii=False)::

    {"id", "style", "text", "spans": [{"start","end","label"}],
     "keep": [{"start","end","note"}]}

Usage::

    python build_corpus.py            # (re)write drafts.jsonl
    python build_corpus.py --check    # exit 1 if drafts.jsonl is stale
    python build_corpus.py heldout    # the same for heldout/ (or blind/)

Any malformed input (unknown label or style, nested or unbalanced markup,
duplicate id, bad header, empty span) aborts with a message naming the draft.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "drafts.txt"
OUTPUT = HERE / "drafts.jsonl"

# The labels are the direct identifiers of phiscrub's one entity table (a stdlib-only module).
sys.path.insert(0, str(HERE.parents[1] / "src"))
from phiscrub.entities import ENTITY_TYPES  # noqa: E402

LABELS = set(ENTITY_TYPES)
STYLES = {
    "tweet", "facebook", "whatsapp", "handover", "thankyou", "incident",
    "instagram", "linkedin", "email",
    "bedstate", "hr", "pals", "retirement", "community", "welsh", "scottish",
    "appeal", "wardchat",
    "carehome", "mentalhealth", "maternity", "form", "recruitment", "nireland",
    "theatre", "radiology", "outpatients", "dental", "pharmacy", "gpreception",
    "control", "estates", "chaplaincy", "volunteers", "student", "cornish", "manx",
    "paramedic", "crisis", "ldnurse", "prison", "sexualhealth", "schoolnurse",
    "healthvisitor", "domiciliary", "hospice", "facilities", "switchboard", "medsec",
    "juniors", "neonatal", "renal", "transplant", "triageline", "practice", "comms",
    "fundraising", "channelislands", "northeast", "midlands", "eastanglia", "london",
    "physio", "porters", "catering", "districtnurse", "optometry", "veterans", "union",
    "complaint", "rota", "referral", "discharge", "paediatrics",
}
HEADER_RE = re.compile(r"^#id=(?P<id>[a-z]\d{4}) style=(?P<style>[a-z]+)$")
TOKEN_RE = re.compile(r"\[\[|\]\]|\{\{|\}\}")


class CorpusError(Exception):
    """Raised for any malformed draft; the message names the draft."""


def _span(inner: str, start: int, draft_id: str) -> tuple[str, dict]:
    """The surface and span record of ``[[LABEL|surface]]``."""
    label, sep, surface = inner.partition("|")
    if not sep:
        raise CorpusError(f"{draft_id}: span without '|': [[{inner}]]")
    if label not in LABELS:
        raise CorpusError(f"{draft_id}: unknown label {label!r}")
    if "|" in surface:
        raise CorpusError(f"{draft_id}: stray '|' in span [[{inner}]]")
    return surface, {"start": start, "end": start + len(surface), "label": label}


def _keep(inner: str, start: int, draft_id: str) -> tuple[str, dict]:
    """The surface and keep record of ``{{keep|surface}}`` or ``{{keep|surface|note}}``."""
    parts = inner.split("|")
    if parts[0] != "keep" or len(parts) not in (2, 3):
        raise CorpusError(f"{draft_id}: bad keep markup {{{{{inner}}}}}")
    surface = parts[1]
    note = parts[2] if len(parts) == 3 else ""
    return surface, {"start": start, "end": start + len(surface), "note": note}


_CLOSE = {"[[": "]]", "{{": "}}"}


def parse_markup(raw: str, draft_id: str) -> tuple[str, list[dict], list[dict]]:
    """Strip markup from one draft; return (text, spans, keep)."""
    out: list[str] = []
    found: dict[str, list[dict]] = {"[[": [], "{{": []}
    pos = 0
    length = 0  # characters of stripped text so far
    open_tok = None  # "[[" or "{{" while inside markup
    open_at = 0
    for m in TOKEN_RE.finditer(raw):
        tok = m.group()
        if tok in _CLOSE:
            if open_tok is not None:
                raise CorpusError(f"{draft_id}: nested markup {tok!r} at char {m.start()}")
            out.append(raw[pos:m.start()])
            length += m.start() - pos
            open_tok, open_at, pos = tok, m.end(), m.end()
            continue
        if tok != _CLOSE.get(open_tok):
            raise CorpusError(f"{draft_id}: unbalanced {tok!r} at char {m.start()}")
        inner = raw[open_at:m.start()]
        surface, record = (_span if open_tok == "[[" else _keep)(inner, length, draft_id)
        if not surface or surface != surface.strip():
            raise CorpusError(f"{draft_id}: empty or space-padded surface in {inner!r}")
        found[open_tok].append(record)
        out.append(surface)
        length += len(surface)
        open_tok, pos = None, m.end()
    if open_tok is not None:
        raise CorpusError(f"{draft_id}: unclosed {open_tok!r} at char {open_at - 2}")
    out.append(raw[pos:])
    text = "".join(out)
    if "|" in text:
        raise CorpusError(f"{draft_id}: stray '|' outside markup")
    return text, found["[["], found["{{"]


def parse_source(source: str) -> list[dict]:
    """Parse the whole drafts.txt content into corpus records."""
    records: list[dict] = []
    seen: set[str] = set()
    blocks = re.split(r"^---[ \t]*$\n?", source, flags=re.M)
    for n, block in enumerate(blocks, 1):
        lines = block.strip("\n").split("\n")
        if not block.strip():
            raise CorpusError(f"block {n}: empty block")
        header = HEADER_RE.match(lines[0].strip())
        if not header:
            raise CorpusError(f"block {n}: bad header line {lines[0]!r}")
        draft_id, style = header["id"], header["style"]
        if style not in STYLES:
            raise CorpusError(f"{draft_id}: unknown style {style!r}")
        if draft_id in seen:
            raise CorpusError(f"{draft_id}: duplicate id")
        seen.add(draft_id)
        raw = "\n".join(lines[1:]).strip("\n")
        if not raw.strip():
            raise CorpusError(f"{draft_id}: empty draft text")
        text, spans, keep = parse_markup(raw, draft_id)
        records.append({"id": draft_id, "style": style, "text": text,
                        "spans": spans, "keep": keep})
    return records


def render(records: list[dict]) -> str:
    """Serialise records as JSONL text."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=HERE,
                    help="folder holding drafts.txt (default: this one; e.g. heldout, blind)")
    ap.add_argument("--check", action="store_true",
                    help="exit non-zero if drafts.jsonl differs from a fresh build")
    args = ap.parse_args(argv)
    source, output = args.folder / SOURCE.name, args.folder / OUTPUT.name
    try:
        expected = render(parse_source(source.read_text(encoding="utf-8")))
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else None
        if current != expected:
            print(f"{output} is stale: run build_corpus.py {args.folder}", file=sys.stderr)
            return 1
        print(f"{output} is up to date")
        return 0
    output.write_text(expected, encoding="utf-8")
    print(f"wrote {expected.count(chr(10))} drafts to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
