"""The text pipeline. ``analyze_segments`` is the only place the order is written:

    normalise → candidates → NER → person → complete → allow → threshold → resolve → mentions

Texts are cut into bounded segments first (``phiscrub.text.segments``), so
every stage costs time linear in the length of the text. Each stage is a
function with a docstring that can be tested alone. Redaction is a separate
step (``phiscrub.text.redact``) over the analysis: findings are redacted,
mentions never are.

Models and word lists load lazily, once, under a lock, so one pipeline can be
shared between threads.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, List, Optional, Sequence, Tuple

import regex as re

from phiscrub.config import ScrubConfig
from phiscrub.text.ner import Entity, run_ner
from phiscrub.text.nlp import check_installed, load_nlp
from phiscrub.text.normalise import normalise
from phiscrub.text.resolve import resolve_overlaps
from phiscrub.text.segments import Segment, rechunk, segments, text_segments
from phiscrub.types import Finding, Mention, TextAnalysis


@dataclass(frozen=True)
class Parts:
    """What the stages run, built once per pipeline from its config."""

    config: ScrubConfig
    recognizers: tuple
    person: Optional[object]  # phiscrub.text.person.PersonRecognizer, None when PERSON is not wanted
    mentions: Optional[object]  # phiscrub.text.mentions.MentionFinders, None when mentions are off


@dataclass(frozen=True)
class SegmentAnalysis:
    """The analysis of one segment in whole-text offsets: findings it owns, mentions it owns."""

    segment: Segment
    findings: Tuple[Finding, ...]
    mentions: Tuple[Mention, ...]


# -- the order ------------------------------------------------------------------------------------

def analyze_segments(parts: Parts, get_nlp, segs: Sequence[Segment]) -> List[SegmentAnalysis]:
    """Every stage, in order, over a batch of segments (the NER runs once for the whole batch)."""
    texts = [normalise(s.text) for s in segs]
    fixed = [candidates(parts, t) for t in texts]
    names = [person_candidates(parts, t) for t in texts]
    entities = ner(parts, get_nlp, texts)
    out = []
    for seg, text, found, cands, ents in zip(segs, texts, fixed, names, entities, strict=True):
        people = complete(parts, text, person(parts, text, ents, cands))
        findings = resolve(threshold(parts, allow(parts, text, found + people)))
        out.append(own(seg, findings, mentions(parts, text, ents, findings)))
    return out


# -- the stages -----------------------------------------------------------------------------------

def candidates(parts: Parts, text: str) -> List[Finding]:
    """Candidates: every pattern recognizer (numbers, postcodes, dates, addresses, plates…) on the text."""
    return [f for r in parts.recognizers for f in r.find(text)]


def person_candidates(parts: Parts, text: str) -> List[Finding]:
    """Candidates: the PERSON rules that need no model (titles, field labels, cues, gazetteer)."""
    return parts.person.candidates(text) if parts.person is not None else []


def ner(parts: Parts, get_nlp, texts: Sequence[str]) -> List[Tuple[Entity, ...]]:
    """NER: spaCy's entities for every text, batched; skipped when neither names nor mentions are wanted."""
    if parts.person is None and parts.mentions is None:
        return [() for _ in texts]
    return run_ner(get_nlp, texts, parts.config.batch_size)


def person(parts: Parts, text: str, entities, cands: List[Finding]) -> List[Finding]:
    """Person: the NER's names added, rule names inside an NER place dropped."""
    return parts.person.with_entities(text, entities, cands) if parts.person is not None else []


def complete(parts: Parts, text: str, names: List[Finding]) -> List[Finding]:
    """Complete: names grown to list siblings, nicknames and every repeat; none inside #tags or @handles."""
    return parts.person.expand(text, names) if parts.person is not None else []


def allow(parts: Parts, text: str, findings: Iterable[Finding]) -> List[Finding]:
    """Allow: findings wholly inside an allow-listed string are dropped (a partial overlap stays)."""
    return drop_allowed(findings, allowed_spans(text, parts.config.allow))


def threshold(parts: Parts, findings: Iterable[Finding]) -> List[Finding]:
    """Threshold: findings scoring below the configured threshold are dropped."""
    return [f for f in findings if f.score >= parts.config.threshold]


def resolve(findings: Iterable[Finding]) -> List[Finding]:
    """Resolve: overlapping findings merged into one (``resolve_overlaps``), sorted."""
    return resolve_overlaps(findings)


def mentions(parts: Parts, text: str, entities, findings: Sequence[Finding]) -> List[Mention]:
    """Mentions: the quasi-identifiers the text keeps readable (never redacted, never resolved)."""
    return parts.mentions.find(text, entities, findings) if parts.mentions is not None else []


def own(seg: Segment, findings: Sequence[Finding], found_mentions: Sequence[Mention]) -> SegmentAnalysis:
    """The findings and mentions that start in the segment's own part, in whole-text offsets."""
    shift = seg.to_global(0)

    def moved(items):
        return tuple(_shift(x, shift) for x in items if seg.owns(x.start))

    return SegmentAnalysis(seg, moved(findings), moved(found_mentions))


def _shift(item, by: int):
    if not by:
        return item
    from dataclasses import replace

    return replace(item, start=item.start + by, end=item.end + by)


# -- allow-list -----------------------------------------------------------------------------------

@lru_cache(maxsize=32)
def allow_regex(entries: Tuple[str, ...]):
    """One regex for an allow-list: whole words, any case, any spacing; longest entries first."""
    bodies = [r"\s+".join(re.escape(part) for part in entry.split()) for entry in entries if entry.split()]
    if not bodies:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(bodies, key=len, reverse=True))})(?!\w)", re.IGNORECASE)


def allowed_spans(text: str, entries: Sequence[str]) -> List[Tuple[int, int]]:
    """Where allow-listed strings occur (overlapping entries each count), sorted by start."""
    rx = allow_regex(tuple(entries))
    return sorted(m.span() for m in rx.finditer(text, overlapped=True)) if rx is not None else []


def drop_allowed(findings: Iterable[Finding], spans: Sequence[Tuple[int, int]]) -> List[Finding]:
    """Findings not wholly inside an allow-listed occurrence: one sweep over both sorted lists."""
    ordered = sorted(findings, key=lambda f: f.start)
    if not spans:
        return ordered
    out, i, reach = [], 0, -1  # reach: the furthest end of allow spans starting at or before f.start
    for f in ordered:
        while i < len(spans) and spans[i][0] <= f.start:
            reach = max(reach, spans[i][1])
            i += 1
        if f.end > reach:
            out.append(f)
    return out


# -- merging segments -----------------------------------------------------------------------------

def stitch(parts: Iterable[SegmentAnalysis]) -> Iterator[SegmentAnalysis]:
    """Segments in order with findings that reach into a later segment kept whole: a later finding
    starting inside one already reported is clipped to start after it (or dropped)."""
    reached = 0
    for sa in parts:
        kept = []
        for f in sa.findings:
            if f.end <= reached:
                continue
            kept.append(f if f.start >= reached else _clip(f, reached))
            reached = max(reached, f.end)
        yield SegmentAnalysis(sa.segment, tuple(kept), sa.mentions)


def _clip(f: Finding, start: int) -> Finding:
    from dataclasses import replace

    return replace(f, start=start)


# -- the pipeline object --------------------------------------------------------------------------

class TextPipeline:
    """Builds the parts lazily, once; runs batches of texts or a stream of chunks through the stages."""

    def __init__(self, config: ScrubConfig):
        self.config = config
        self._lock = threading.Lock()
        self._nlp = None
        self._parts: Optional[Parts] = None

    @property
    def parts(self) -> Parts:
        if self._parts is None:
            with self._lock:
                if self._parts is None:
                    self._parts = build_parts(self.config)
        return self._parts

    def nlp(self):
        """The spaCy pipeline (NER only), loaded on first need."""
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = load_nlp(self.config.model)
        return self._nlp

    def analyze_many(self, texts: Iterable[str]) -> Iterator[TextAnalysis]:
        """One TextAnalysis per text, in order: short texts batched together, long ones cut into segments."""
        parts = self.parts
        group: List[List[Segment]] = []
        count = 0
        for text in texts:
            group.append(text_segments(text))
            count += len(group[-1])
            if count >= self.config.batch_size:
                yield from self._analyze_group(parts, group)
                group, count = [], 0
        if group:
            yield from self._analyze_group(parts, group)

    def _analyze_group(self, parts: Parts, group: List[List[Segment]]) -> Iterator[TextAnalysis]:
        results = iter(analyze_segments(parts, self.nlp, [s for segs in group for s in segs]))
        for segs in group:
            yield merge([next(results) for _ in segs])

    def analyze_stream(self, chunks: Iterable[str]) -> Iterator[SegmentAnalysis]:
        """One long text given as chunks (a file read in blocks): segment analyses, in order, stitched."""
        parts = self.parts

        def analysed() -> Iterator[SegmentAnalysis]:
            batch: List[Segment] = []
            for seg in segments(rechunk(chunks)):
                batch.append(seg)
                if len(batch) >= 4:
                    yield from analyze_segments(parts, self.nlp, batch)
                    batch = []
            if batch:
                yield from analyze_segments(parts, self.nlp, batch)

        return stitch(analysed())


def merge(parts: Sequence[SegmentAnalysis]) -> TextAnalysis:
    """The analysis of a whole text from the analyses of its segments."""
    stitched = list(stitch(parts))
    findings = tuple(f for sa in stitched for f in sa.findings)
    found_mentions = tuple(sorted(m for sa in stitched for m in sa.mentions))
    return TextAnalysis(findings, found_mentions)


def build_parts(config: ScrubConfig) -> Parts:
    """The recognizers, the PERSON recognizer and the mention finders, over one Resources object."""
    from phiscrub.resources import build_resources
    from phiscrub.resources.keep import user_not_names
    from phiscrub.text.recognizers import build_recognizers

    check_installed(config.model)
    resources = build_resources(config.model, extra_not_names=user_not_names(config.recognizer_files))
    recognizers = tuple(build_recognizers(resources, config.recognizer_files, config.entities))
    person_rec = None
    if "PERSON" in config.entities:
        from phiscrub.text.person import PersonRecognizer

        person_rec = PersonRecognizer(resources)
    finders = None
    if config.mentions:
        from phiscrub.text.mentions import MentionFinders

        finders = MentionFinders(resources)
    return Parts(config, recognizers, person_rec, finders)
