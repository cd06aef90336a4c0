"""Named-entity recognition over every segment, batched.

spaCy's NER runs on every piece of text (no gate that skips sentences: a
skipped sentence is a name the model never saw). Cost is kept down by loading
only the ``ner`` component (``phiscrub.text.nlp``) and by batching all segments
of a batch through one ``nlp.pipe``. Entities come back as frozen ``Entity``
values with offsets into the segment.
"""

from __future__ import annotations

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
    out: List[Tuple[Entity, ...]] = []
    for doc in get_nlp().pipe(texts, batch_size=batch_size):
        out.append(tuple(
            Entity(ent.start_char, ent.end_char, ent.label_,
                   tuple((t.idx, t.idx + len(t.text)) for t in ent))
            for ent in doc.ents
        ))
    return out
