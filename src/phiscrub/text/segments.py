"""Cutting text into segments the pipeline analyses one at a time, in linear cost.

A long text (a 5 MB export of a ward's messages) is never analysed as one
string: it is cut at paragraph or line boundaries into pieces of about
``SEGMENT_CHARS``, and each piece is analysed with ``MARGIN_CHARS`` of the
text before and after it as context, so a name or number that straddles a cut
is still seen whole. A finding belongs to the segment in which it starts, so
nothing is reported twice and nothing straddling a cut is lost. Every stage
then works on bounded pieces: the total cost is linear in the length of the
text, and spaCy's length limit (E088) is never reached.

The same cutting serves a string (``cut``) and a stream of chunks read from a
file (``segments``), so the CLI never holds a giant file in one string.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, List, Optional

SEGMENT_CHARS = 20_000
MARGIN_CHARS = 1_000
# Where a cut may fall, best first: a paragraph break, a line break, a sentence end, a space.
_BREAKS = ("\n\n", "\n", ". ", " ")


@dataclass(frozen=True)
class Segment:
    """``text`` = left margin + own part + right margin; ``base`` is where the own part starts in the
    whole text, ``own_start``/``own_end`` where it lies in ``text``."""

    text: str
    base: int
    own_start: int
    own_end: int

    def to_global(self, local: int) -> int:
        return self.base - self.own_start + local

    def owns(self, local_start: int) -> bool:
        return self.own_start <= local_start < self.own_end


def cut_point(text: str, limit: int) -> int:
    """Where to end a piece of at most ``limit`` characters: after the last break in its second half."""
    if len(text) <= limit:
        return len(text)
    for brk in _BREAKS:
        at = text.rfind(brk, limit // 2, limit)
        if at >= 0:
            return at + len(brk)
    return limit


def cut(text: str, limit: Optional[int] = None) -> Iterator[str]:
    """Consecutive pieces of ``text`` (joined they give it back), each at most ``limit`` long."""
    limit = limit or SEGMENT_CHARS
    pos = 0
    while pos < len(text):
        end = pos + cut_point(text[pos:pos + limit], limit)
        yield text[pos:end]
        pos = end


def rechunk(chunks: Iterable[str], limit: Optional[int] = None) -> Iterator[str]:
    """Pieces of about ``limit`` characters cut at breaks, from chunks of any size (a file read in blocks)."""
    limit = limit or SEGMENT_CHARS
    buffer = ""
    for chunk in chunks:
        buffer += chunk
        while len(buffer) > limit:
            end = cut_point(buffer, limit)
            yield buffer[:end]
            buffer = buffer[end:]
    if buffer:
        yield buffer


def segments(pieces: Iterable[str], margin: Optional[int] = None) -> Iterator[Segment]:
    """Each piece with up to ``margin`` characters of its neighbours on either side (one piece of look-ahead)."""
    margin = margin or MARGIN_CHARS
    left = ""
    base = 0
    pending = None
    for piece in pieces:
        if not piece:
            continue
        if pending is not None:
            yield _segment(left, pending, piece[:margin], base)
            base += len(pending)
            left = (left + pending)[-margin:]
        pending = piece
    if pending is not None:
        yield _segment(left, pending, "", base)


def _segment(left: str, own: str, right: str, base: int) -> Segment:
    return Segment(left + own + right, base, len(left), len(left) + len(own))


def text_segments(text: str) -> List[Segment]:
    """The segments of one string (a single segment, no margins, when it is short)."""
    if len(text) <= SEGMENT_CHARS:
        return [Segment(text, 0, 0, len(text))]
    return list(segments(cut(text)))


BATCH_CHARS = 50_000  # a batch also ends here, so a long text's segments spread over the workers


def batched(segs: Iterable[Segment], size: int) -> Iterator[List[Segment]]:
    """Batches of at most ``size`` segments and about ``BATCH_CHARS`` characters."""
    batch: List[Segment] = []
    chars = 0
    for seg in segs:
        batch.append(seg)
        chars += len(seg.text)
        if len(batch) >= size or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
