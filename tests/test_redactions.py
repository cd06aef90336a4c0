"""Exact expected redactions: the whole output string for a set of drafts (tests/redactions/).

A ``redact`` that returns its input, a recognizer that stops firing, or a span
that swallows a neighbouring word changes the output and fails here.
"""

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "redactions"
DRAFTS = sorted(p.stem for p in HERE.glob("*.txt"))


def test_there_are_drafts_with_and_without_identifiers():
    assert len(DRAFTS) >= 6
    assert any((HERE / f"{d}.txt").read_text() == (HERE / f"{d}.expected").read_text() for d in DRAFTS)
    assert any((HERE / f"{d}.txt").read_text() != (HERE / f"{d}.expected").read_text() for d in DRAFTS)


@pytest.mark.parametrize("name", DRAFTS)
def test_exact_redaction(scrubber, name):
    draft = (HERE / f"{name}.txt").read_text("utf-8")
    expected = (HERE / f"{name}.expected").read_text("utf-8")
    assert scrubber.scrub_text(draft).text == expected
