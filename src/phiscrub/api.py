"""The Scrubber facade: builds the pipelines lazily, once; delegates, holds no logic."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator, Optional, Sequence

from phiscrub.config import ScrubConfig
from phiscrub.errors import InputError
from phiscrub.text.pipeline import TextPipeline
from phiscrub.types import TextResult


class Scrubber:
    """Remove direct patient identifiers from text.

    >>> s = Scrubber(allow=["Priya"])          # models load at first use
    >>> s.scrub_text("Thanks Priya and Sam!").text
    'Thanks Priya and [NAME]!'
    """

    def __init__(self, config: Optional[ScrubConfig] = None, *, mode: Optional[str] = None,
                 threshold: Optional[float] = None, allow: Optional[Sequence[str]] = None,
                 model: Optional[str] = None):
        config = config or ScrubConfig()
        changes = {k: v for k, v in {"mode": mode, "threshold": threshold, "model": model}.items() if v is not None}
        if allow is not None:
            changes["allow"] = tuple(config.allow) + tuple(allow)
        self.config = replace(config, **changes) if changes else config
        self._text = TextPipeline(self.config)

    def scrub_text(self, text: str) -> TextResult:
        if not isinstance(text, str):
            raise InputError(f"scrub_text takes a str, not {type(text).__name__}")
        return self._text.scrub(text)

    def scrub_texts(self, texts: Iterable[str]) -> Iterator[TextResult]:
        """Scrub many texts, batched through spaCy's ``nlp.pipe`` (results in input order)."""
        return self._text.scrub_many(texts)

    def warm_up(self) -> "Scrubber":
        """Load models now rather than at the first text."""
        self._text.recognizers
        return self
