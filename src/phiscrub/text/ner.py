"""Named-entity recognition over the parts of each segment the gate chose, batched.

``phiscrub.text.gate`` says which parts of a text the model is asked about
(all of it when the gate is off); every part of every segment of a batch goes
through one ``nlp.pipe``. Cost is also kept down by loading only the ``ner``
component (``phiscrub.text.nlp``) and by running its matrix products on one BLAS thread
(``_one_blas_thread``). Entities come back as frozen ``Entity``
values with offsets into the segment; the docs never leave this module.
"""

from __future__ import annotations

import threading
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, List, Optional, Sequence, Tuple


@dataclass(frozen=True)
class Entity:
    """One NER entity: character offsets into the text, label and token offsets."""

    start: int
    end: int
    label: str
    tokens: Tuple[Tuple[int, int], ...]


def run_ner(get_nlp: Callable, texts: Sequence[str], batch_size: int,
            parts: Optional[Sequence[Sequence[Tuple[int, int]]]] = None) -> List[Tuple[Entity, ...]]:
    """Entities per text, the model run once over all the parts (``parts[i]``: (start, end) offsets
    into ``texts[i]``; None: every text whole). ``get_nlp`` is called only when some part has text,
    so a batch the gate clears never loads the model."""
    if parts is None:
        parts = [[(0, len(t))] for t in texts]
    jobs = [(i, s, e) for i, spans in enumerate(parts) for s, e in spans if texts[i][s:e].strip()]
    found: List[List[Entity]] = [[] for _ in texts]
    if not jobs:
        return [() for _ in texts]
    nlp = get_nlp()
    with _NER_LOCK, _one_blas_thread(), _memory_zone(nlp):
        for (i, at, _), doc in zip(jobs, nlp.pipe((texts[i][s:e] for i, s, e in jobs), batch_size=batch_size), strict=True):
            found[i].extend(
                Entity(at + ent.start_char, at + ent.end_char, ent.label_,
                       tuple((at + t.idx, at + t.idx + len(t.text)) for t in ent))
                for ent in doc.ents
            )
    return [tuple(f) for f in found]


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


def _one_blas_thread():
    """While the NER runs, numpy's BLAS (which ``nlp.use_numpy_matmul`` gives the model) uses one thread.

    The model's matrices are small (a few hundred rows of 96 or 64 columns): OpenBLAS's second thread
    only spins. Measured on the corpora (1,500 drafts, 4 alternating rounds): the same wall time on one
    thread as on two (4.8–5.7 s both), with 5.0 s of CPU instead of 8.3 s, a core left free for a second
    worker or the photo half. The setting is process-wide while the NER runs, then restored (NER calls
    take turns under ``_NER_LOCK``). Without ``threadpoolctl`` nothing changes."""
    controller = _blas_controller()
    return controller.limit(limits=1, user_api="blas") if controller is not None else nullcontext()


@lru_cache(maxsize=1)
def _blas_controller():
    """numpy's BLAS (the model's, once it is loaded), not another's such as OpenCV's own OpenBLAS, which a
    photo may be using on another thread; None without ``threadpoolctl``."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    controller = ThreadpoolController()
    numpy_blas = [i["filepath"] for i in controller.info() if i["user_api"] == "blas" and "numpy" in i["filepath"]]
    return controller.select(filepath=numpy_blas) if numpy_blas else controller.select(user_api="blas")
