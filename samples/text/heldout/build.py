"""Build the held-out phiscrub evaluation corpus (heldout/drafts.txt -> heldout/drafts.jsonl).

Reuses the parser and serialiser of ../build_corpus.py without modifying it.
The parent builder hard-codes its paths and accepts only ``t0001``-style ids,
so this wrapper supplies the held-out paths and an ``h0001``-style header pattern.

Usage::

    python build.py            # (re)write drafts.jsonl
    python build.py --check    # exit 1 if drafts.jsonl is stale
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import build_corpus as bc  # noqa: E402

SOURCE = HERE / "drafts.txt"
OUTPUT = HERE / "drafts.jsonl"

# Held-out ids are h0001...; parse_source looks HEADER_RE up as a module global.
bc.HEADER_RE = re.compile(r"^#id=(?P<id>h\d{4}) style=(?P<style>[a-z]+)$")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="exit non-zero if drafts.jsonl differs from a fresh build")
    args = ap.parse_args(argv)
    try:
        expected = bc.render(bc.parse_source(SOURCE.read_text(encoding="utf-8")))
    except bc.CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
        if current != expected:
            print(f"{OUTPUT.name} is stale: run build.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT.name} is up to date")
        return 0
    OUTPUT.write_text(expected, encoding="utf-8")
    print(f"wrote {expected.count(chr(10))} drafts to {OUTPUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
