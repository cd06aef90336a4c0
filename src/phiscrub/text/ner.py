"""Named-entity recognition over every segment, batched.

spaCy's NER runs on every piece of text (no gate that skips sentences: a
skipped sentence is a name the model never saw). Cost is kept down by loading
only the ``ner`` component (``phiscrub.text.nlp``) and by batching all segments
of a batch through one ``nlp.pipe``. Entities come back as frozen ``Entity``
values with offsets into the segment; the docs never leave this module.
"""

from __future__ import annotations

import threading
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Callable, List, Sequence, Tuple


@dataclass(frozen=True)
class Entity:
    """One NER entity: character offsets into the text, label and token offsets."""

    start: int
    end: int
    label: str
    tokens: Tuple[Tuple[int, int], ...]


def run_ner(get_nlp: Callable, texts: Sequence[str], batch_size: int) -> List[Tuple[Entity, ...]]:
    """Entities per text, the model run once over all of them (``get_nlp`` loads it on first need)."""
    if not any(t.strip() for t in texts):
        return [() for _ in texts]
    nlp = get_nlp()
    out: List[Tuple[Entity, ...]] = []
    with _NER_LOCK, _memory_zone(nlp):
        for doc in nlp.pipe(texts, batch_size=batch_size):
            out.append(tuple(
                Entity(ent.start_char, ent.end_char, ent.label_,
                       tuple((t.idx, t.idx + len(t.text)) for t in ent))
                for ent in doc.ents
            ))
    return out


# A memory zone changes the shared vocabulary, so NER calls from several threads take turns
# (they would mostly wait on each other for the GIL anyway).
_NER_LOCK = threading.Lock()


# Words the vocabulary may keep for good (about 100 bytes each, so a few tens of MB at most).
VOCAB_CAP = 200_000


def _memory_zone(nlp):
    """spaCy adds every new word to its vocabulary for good. Below ``VOCAB_CAP`` words that is what
    we want (a word seen once is not built again: about 6% of the NER's time on the corpora); above
    it, a memory zone (spaCy 3.8) frees the words of these texts afterwards, so a long run or a
    server's memory stays flat."""
    zone = getattr(nlp, "memory_zone", None)
    if zone is None or len(nlp.vocab) < VOCAB_CAP:
        return nullcontext()
    return zone()
