"""Whether a place in a post lies inside someone's quoted words: an age, a vehicle or a detail quoted is the
speaker's ("'I'm 68,' a patient told us", "said his first sentence: 'Where's the tractor going?'"), not the poster's
or the patient's. A quotation opens on its line before the place and is not closed before it; an apostrophe inside
a word ("Where's", "I'm") opens and closes nothing."""

from __future__ import annotations

import regex as re

QUOTE_OPEN = re.compile(r"(?:^|(?<=[\s:(]))['‘\"“](?=\w)", re.MULTILINE)
QUOTE_CLOSE = re.compile(r"(?<=[\w.!?,])['’\"”](?=[\s.,!?:;)]|$)", re.MULTILINE)


def in_quotes(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened earlier on its line."""
    opens = list(QUOTE_OPEN.finditer(text, text.rfind("\n", 0, at) + 1, at + 1))  # its word may begin at ``at``
    return bool(opens) and QUOTE_CLOSE.search(text, opens[-1].end(), at) is None
