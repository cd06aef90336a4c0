"""Worker processes for large batches (``ScrubConfig(workers=N)``).

Each worker is a fresh (spawned) process that builds the pipeline and loads
the model once, then analyses batches of segments sent to it; results come
back in order. The main process only cuts texts into segments, hands batches
out and stitches the results, so on a machine with N cores a large batch runs
close to N times faster. Segments, findings and mentions are frozen
dataclasses: they cross process boundaries by pickling, with no shared state.
A failure in a worker is raised in the caller (fail closed).
"""

from __future__ import annotations

import multiprocessing
import os
import weakref
from collections import deque
from dataclasses import replace
from typing import Iterable, Iterator, List, Sequence

_PIPELINE = None  # the pipeline of this worker process
_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def _start(config) -> None:
    global _PIPELINE
    # One thread of maths per worker: N workers already use N cores, and BLAS threads on top of
    # them fight over the same cores (2 workers x 2 OpenBLAS threads ran at 60% of the speed).
    for var in _THREAD_VARS:
        os.environ[var] = "1"
    from phiscrub.text.pipeline import TextPipeline

    _PIPELINE = TextPipeline(config)
    _ = _PIPELINE.parts
    _PIPELINE.nlp()


def _analyze(segs: Sequence) -> List[tuple]:
    from phiscrub.text.pipeline import analyze_segments

    return [(sa.findings, sa.mentions) for sa in analyze_segments(_PIPELINE.parts, _PIPELINE.nlp, segs)]


class WorkerPool:
    """``workers`` processes, each with its own pipeline; ``map`` keeps the input order."""

    def __init__(self, config, workers: int):
        context = multiprocessing.get_context("spawn")  # never fork a process that may hold threads
        self._pool = context.Pool(workers, _start, (replace(config, workers=1),))
        self._finalizer = weakref.finalize(self, self._pool.terminate)

    def map(self, batches: Iterable[List]) -> Iterator[List]:
        """SegmentAnalysis lists, one per batch of segments, in order."""
        from phiscrub.text.pipeline import SegmentAnalysis

        sent: deque = deque()

        def feed():
            for batch in batches:
                sent.append(batch)
                yield batch

        for results in self._pool.imap(_analyze, feed()):
            segs = sent.popleft()
            yield [SegmentAnalysis(s, f, m) for s, (f, m) in zip(segs, results, strict=True)]

    def close(self) -> None:
        self._pool.close()
        self._pool.join()
        self._finalizer.detach()
