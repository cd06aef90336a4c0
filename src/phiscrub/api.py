"""The Scrubber facade: builds the pipelines lazily, once; delegates, holds no logic."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator, List, Optional, Sequence

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
            changes["allow"] = tuple(config.allow) + ((allow,) if isinstance(allow, str) else tuple(allow))
        self.config = replace(config, **changes) if changes else config
        self._text = TextPipeline(self.config)

    def scrub_text(self, text: str) -> TextResult:
        if not isinstance(text, str):
            raise InputError(f"scrub_text takes a str, not {type(text).__name__}")
        return self._text.scrub(text)

    def scrub_texts(self, texts: Iterable[str]) -> List[TextResult]:
        """Scrub many texts, batched through spaCy's ``nlp.pipe``; results in input order."""
        return list(self.iter_texts(texts))

    def iter_texts(self, texts: Iterable[str]) -> Iterator[TextResult]:
        """Like ``scrub_texts`` but streaming, a batch at a time, for inputs too large to hold."""
        return self._text.scrub_many(_checked(texts))

    def warm_up(self) -> "Scrubber":
        """Load every model now rather than at the first text that needs it."""
        self._text.recognizers
        self._text.nlp()
        return self


def _checked(texts: Iterable[str]) -> Iterator[str]:
    if isinstance(texts, str):
        raise InputError("scrub_texts takes an iterable of texts; for one text use scrub_text")
    for text in texts:
        if not isinstance(text, str):
            raise InputError(f"scrub_texts takes strs, not {type(text).__name__}")
        yield text
