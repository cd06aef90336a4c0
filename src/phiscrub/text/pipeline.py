"""The text pipeline. ``analyze_segments`` is the only place the order is written:

    normalise → candidates → gate → NER → person → complete → allow → threshold → resolve → whole → (spaced)
    → tables → mentions

(spaced: letter-spaced lines read again closed up, ``phiscrub.text.spaced``.)

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
from collections import deque
from contextlib import nullcontext
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, List, Optional, Sequence, Tuple

from phiscrub.config import ScrubConfig
from phiscrub.text.address_town import town_of_address
from phiscrub.text.allow import allowed_spans, drop_allowed
from phiscrub.text.complete import complete as complete_findings
from phiscrub.text.gate import windows as gate_windows
from phiscrub.text.id_lists import leading_ids
from phiscrub.text.merging import SegmentAnalysis, merge, stitch
from phiscrub.text.ner import Entity, run_ner
from phiscrub.text.nlp import check_installed, load_nlp
from phiscrub.text.normalise import normalise
from phiscrub.text.records import RECORD_ANCHORS, in_record
from phiscrub.text.resolve import resolve_overlaps
from phiscrub.text.segments import Segment, batched, rechunk, segments, text_segments
from phiscrub.text.spaced import spaced_findings
from phiscrub.text.tables import propagate
from phiscrub.types import Finding, Mention, TextAnalysis


@dataclass(frozen=True)
class Parts:
    """What the stages run, built once per pipeline from its config."""

    config: ScrubConfig
    resources: object  # phiscrub.resources.Resources
    recognizers: tuple
    person: Optional[object]  # phiscrub.text.person.PersonRecognizer, None when PERSON is not wanted
    mentions: Optional[object]  # phiscrub.text.mentions.MentionFinders, None when mentions are off


# -- the order ------------------------------------------------------------------------------------

def analyze_segments(parts: Parts, get_nlp, segs: Sequence[Segment]) -> List[SegmentAnalysis]:
    """Every stage, in order, over a batch of segments (the NER runs once for the whole batch)."""
    texts = [normalise(s.text) for s in segs]
    fixed = [candidates(parts, t) for t in texts]
    names = [person_candidates(parts, t) for t in texts]
    entities = ner(parts, get_nlp, texts, [a + b for a, b in zip(fixed, names, strict=True)])
    out = []
    for seg, text, found, cands, ents in zip(segs, texts, fixed, names, entities, strict=True):
        findings = _named_and_whole(parts, text, found, cands, ents)
        if spaced := spaced_findings(text, lambda t: _one(parts, get_nlp, t)):  # letter-spaced lines, closed up
            findings = resolve(text, findings + spaced)
        findings = tables(parts, text, findings)
        out.append(own(seg, findings, mentions(parts, text, ents, findings)))
    return out


def _named_and_whole(parts: Parts, text: str, found: List[Finding], cands: List[Finding], ents) -> List[Finding]:
    """person → complete → allow → threshold → resolve → whole, after the candidates and the NER. A name wholly
    inside a street address ("4 Rathad a' Chladaich") is the address's word, and one right after it its town
    ("12 Ferry Loke, Gorleston –"): neither is a name, nor grows a list or repeat."""
    streets = [(f.start, f.end) for f in found if f.entity_type == "STREET_ADDRESS"]
    named = person(parts, text, ents, cands)
    if streets:
        named = [p for p in named if not any(s <= p.start and p.end <= e for s, e in streets)
                 and not town_of_address(text, streets, p)]
    people = complete(parts, text, named)
    return whole(parts, text, resolve(text, threshold(parts, allow(parts, text, found + people), text)))


def _one(parts: Parts, get_nlp, text: str) -> List[Finding]:
    """Every stage up to ``whole`` on one text (the letter-spaced pass runs them on the closed-up text)."""
    found, cands = candidates(parts, text), person_candidates(parts, text)
    return _named_and_whole(parts, text, found, cands, ner(parts, get_nlp, [text], [found + cands])[0])


# -- the stages -----------------------------------------------------------------------------------

def candidates(parts: Parts, text: str) -> List[Finding]:
    """Candidates: every pattern recognizer (numbers, postcodes, dates, addresses, plates…) on the text."""
    return [f for r in parts.recognizers for f in r.find(text)]


def person_candidates(parts: Parts, text: str) -> List[Finding]:
    """Candidates: the PERSON rules that need no model (titles, field labels, cues, gazetteer)."""
    return parts.person.candidates(text) if parts.person is not None else []


def ner(parts: Parts, get_nlp, texts: Sequence[str],
        found: Sequence[Sequence[Finding]]) -> List[Tuple[Entity, ...]]:
    """NER: spaCy's entities where the gate leaves a doubt after the rules' ``found`` candidates
    (``phiscrub.text.gate``; every text whole with ``ner_gate=False``), batched; skipped when neither
    names nor mentions are wanted, or the config says rules only (``ner=False``)."""
    if not parts.config.ner or (parts.person is None and parts.mentions is None):
        return [() for _ in texts]
    spans = None
    if parts.config.ner_gate:
        veto = parts.person.vetoable if parts.person is not None else None
        spans = [gate_windows(t, f, parts.resources, veto) for t, f in zip(texts, found, strict=True)]
    return run_ner(get_nlp, texts, parts.config.batch_size, spans)


def person(parts: Parts, text: str, entities, cands: List[Finding]) -> List[Finding]:
    """Person: the NER's names added, rule names inside an NER place dropped."""
    return parts.person.with_entities(text, entities, cands) if parts.person is not None else []


def complete(parts: Parts, text: str, names: List[Finding]) -> List[Finding]:
    """Complete: names grown to list siblings, nicknames and every repeat; none inside #tags or @handles."""
    return parts.person.expand(text, names) if parts.person is not None else []


def allow(parts: Parts, text: str, findings: Iterable[Finding]) -> List[Finding]:
    """Allow: findings wholly inside an allow-listed string are dropped (a partial overlap stays)."""
    return drop_allowed(findings, allowed_spans(text, parts.config.allow))


def threshold(parts: Parts, findings: Iterable[Finding], text: str = "") -> List[Finding]:
    """Threshold: findings scoring below the configured threshold are dropped, except a hospital number's shape in a
    patient's record (``records.in_record``), which passes at the threshold."""
    findings, cut = list(findings), parts.config.threshold
    anchors = [f.end for f in findings if f.score >= cut and f.entity_type in RECORD_ANCHORS]
    names = {f.start for f in findings if f.score >= cut and f.entity_type == "PERSON"}
    return [f if f.score >= cut else replace(f, score=cut) for f in findings
            if f.score >= cut or (f.entity_type == "HOSPITAL_NUMBER" and in_record(text, f, anchors, names))]


def resolve(text: str, findings: Iterable[Finding]) -> List[Finding]:
    """Resolve: overlapping findings made disjoint, each keeping its own type (``resolve_overlaps``)."""
    return resolve_overlaps(findings, text)


def whole(parts: Parts, text: str, findings: List[Finding]) -> List[Finding]:
    """Whole: every finding grown over the rest of its name or identifier (``phiscrub.text.complete``)."""
    return complete_findings(text, findings, parts.resources)


def tables(parts: Parts, text: str, findings: List[Finding]) -> List[Finding]:
    """Tables: a list's column holds one kind of value; names and numbers found in one row type the same column
    in the others, and a name ends at its cell's end (``phiscrub.text.tables``); then resolved and completed."""
    name_ok = parts.person.table_name_word if parts.person is not None else None  # None: PERSON is not wanted
    wanted = frozenset(parts.config.entities)
    found = leading_ids(text, propagate(text, findings, name_ok, wanted), wanted)  # and one-per-line number lists
    return findings if found == findings else whole(parts, text, resolve(text, allow(parts, text, found)))


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
    return replace(item, start=item.start + by, end=item.end + by)


# -- the pipeline object --------------------------------------------------------------------------

class TextPipeline:
    """Builds the parts lazily, once; runs batches of texts or a stream of chunks through the stages."""

    def __init__(self, config: ScrubConfig):
        self.config = config
        self._lock = threading.Lock()
        self._nlp = None
        self._parts: Optional[Parts] = None
        self._pool = None

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
        """One TextAnalysis per text, in order: segments of all texts flow in batches of ``batch_size``."""
        counts: deque = deque()  # segments per text, in order, for texts not yet finished

        def all_segments() -> Iterator[Segment]:
            for text in texts:
                segs = text_segments(text)
                counts.append(len(segs))
                yield from segs

        done: List[SegmentAnalysis] = []
        for results in self._run(batched(all_segments(), self.config.batch_size)):
            done += results
            while counts and len(done) >= counts[0]:
                n = counts.popleft()
                yield merge(done[:n])
                del done[:n]

    def analyze_stream(self, chunks: Iterable[str]) -> Iterator[SegmentAnalysis]:
        """One long text given as chunks (a file read in blocks): segment analyses, in order, stitched."""
        batches = batched(segments(rechunk(chunks)), 4)
        return stitch(sa for results in self._run(batches) for sa in results)

    def _run(self, batches: Iterable[List[Segment]]) -> Iterator[List[SegmentAnalysis]]:
        """Each batch through the stages, here or in worker processes (``config.workers``)."""
        if self.config.workers > 1:
            yield from self._worker_pool().map(batches)
            return
        parts = self.parts
        for batch in batches:
            yield analyze_segments(parts, self.nlp, batch)

    def _worker_pool(self):
        if self._pool is None:
            with self._lock:
                if self._pool is None:
                    from phiscrub.text.workers import WorkerPool

                    self._pool = WorkerPool(self.config, self.config.workers)
        return self._pool

    def close(self) -> None:
        """Stop the worker processes, if any were started."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None


def build_parts(config: ScrubConfig) -> Parts:
    """The recognizers, the PERSON recognizer and the mention finders, over one Resources object.

    Built from phiscrub's own files only, its compiled patterns are kept for the next start (``regex_cache``);
    with a user's YAML recognizers nothing built here is kept."""
    from phiscrub import regex_cache

    with regex_cache.recording() if not config.recognizer_files else nullcontext():
        return _build_parts(config)


def _build_parts(config: ScrubConfig) -> Parts:
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
    return Parts(config, resources, recognizers, person_rec, finders)
