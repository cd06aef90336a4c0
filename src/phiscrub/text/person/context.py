"""What every PERSON rule reads, and the one way a PERSON finding is made."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import FrozenSet

from phiscrub.resources import Resources, stop_words
from phiscrub.text.person.ordinary import name_tails
from phiscrub.text.person.vocab import Vocab
from phiscrub.types import Finding

ENTITY = "PERSON"
RECOGNIZER = "PersonRecognizer"


@dataclass(frozen=True)
class Context:
    """The shared word lists (``res``) and the PERSON vocabulary, handed to every rule."""

    res: Resources
    vocab: Vocab
    stops: FrozenSet[str] = field(default_factory=stop_words)  # spaCy's stop words, read once here

    def is_stop(self, word: str) -> bool:
        return word in self.stops

    @cached_property
    def name_tails(self) -> FrozenSet[str]:
        """Second parts of compound names ("-wood", "-win"), built on first use (``ordinary.compound``)."""
        return name_tails(self.res)

    @cached_property
    def span_verdicts(self) -> threading.local:
        """Per thread, the ``filters`` checks' verdicts per span, oldest first (``around.any_check``)."""
        return threading.local()


def finding(start: int, end: int, score: float, rule: str) -> Finding:
    """A PERSON finding of rule ``rule`` (a rule id of this package's tables)."""
    return Finding(start, end, ENTITY, score, RECOGNIZER, rule=rule)
