"""Where a name ends and what a bracket after it holds: the edges that left a name half-readable or took an ordinary
word into it (issue 9), each rule with a positive and a negative row."""

from __future__ import annotations

import pytest


def _found(scrubber, text):
    return [text[f.start:f.end] for f in scrubber.analyze_text(text).findings if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, name, word", [
    ("the stroke team who got my husband Ade thrombolysed within 40 minutes", "Ade", "thrombolysed"),
    ("Hx: T1DM, found by husband Segun unrousable, BM 1.8", "Segun", "unrousable"),
])
def test_a_name_opened_on_a_capital_takes_no_lower_case_word_no_list_knows(scrubber, text, name, word):
    found = _found(scrubber, text)
    assert name in found and not any(word in f for f in found), found


@pytest.mark.parametrize("text, name", [
    ("ANAES: Dr Ch audhry\nPT: list 2", "Ch audhry"),  # OCR split one name at a letter gap
    ("Narne: Hi1da Marg aret Sowerby", "Marg aret"),
])
def test_a_lower_case_piece_that_joins_the_word_before_into_a_name_goes_on(scrubber, text, name):
    found = _found(scrubber, text)
    assert any(name in f for f in found), found
