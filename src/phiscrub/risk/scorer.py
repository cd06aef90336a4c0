"""The jigsaw-risk stage: a post's details (its text, earlier posts, photos) -> ``JigsawRisk``.

Before redaction every finding is a readable direct identifier, and a photo adds its EXIF GPS
position (about the residents of one postcode), its capture time (a one-hour window) and any face,
plate, text or barcode region left uncovered. After redaction the findings and the photos'
metadata and regions are gone; what stays readable is scored: the quasi-identifiers outside the
findings, those read in the photos (a sign, a street name: they stay in the safe copy), and
anything the allow-list kept (a readable identifier makes the post high, PII-SPEC §3).
Earlier posts (``history``) add their quasi-identifiers: a detail in each of three posts can single
someone out together. A photo that could not be checked counts as an uncovered identifier.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, List, Optional, Sequence, Tuple

from phiscrub.risk import context as cx
from phiscrub.risk.appeals import addressed_to_reader, invented_example, small_count, teaching_only
from phiscrub.risk.details import details_of
from phiscrub.risk.estimate import estimate
from phiscrub.risk.figures import Figures, figures
from phiscrub.risk.suggest import suggestions
from phiscrub.risk.times import HOUR
from phiscrub.risk.types import Detail, JigsawRisk
from phiscrub.text.allow import allowed_spans
from phiscrub.types import Mention, TextAnalysis


@dataclass(frozen=True)
class PhotoEvidence:
    """What the risk stage needs of one photo: its metadata facts (None: the photo could not be
    read), the kinds of region found in it, and whether the safe copy covers them."""

    facts: Optional[object]
    region_kinds: Tuple[str, ...] = ()
    failed: bool = False
    mentions: Tuple[Mention, ...] = ()  # quasi-identifiers read in the photo (readable in the safe copy too)


class RiskScorer:
    """Scores posts against the published figures (``figures``), loaded once."""

    def __init__(self, allow: Sequence[str] = (), fig: Optional[Figures] = None):
        self.allow = tuple(allow)
        self.fig = fig or figures()

    def assess(self, text: str, analysis: TextAnalysis, *, redacted: bool,
               history: Iterable[Tuple[str, TextAnalysis]] = (), photos: Sequence[PhotoEvidence] = ()) -> JigsawRisk:
        """The risk of the post before (``redacted=False``) or after redaction."""
        details = self._text(text, analysis, "draft", redacted)
        if cx.statistics_only(text) and (few := small_count(text)) and any(d.kind == "CONDITION" for d in details):
            details.append(Detail("STATISTICS", few.start(), few.end(), "draft", "count", int(few["n"]),
                                  f"a count of {few['n']} with a condition: statistics on very small numbers", "unique"))
        elif cx.statistics_only(text):
            details.append(Detail("STATISTICS", -1, -1, "draft", "none", 1.0, "counts of people, no one singled out: "
                                  "statistics describe no individual", "statistics"))
        elif addressed_to_reader(text):
            details.append(Detail("STATISTICS", -1, -1, "draft", "none", 1.0, "advice to the reader, no one singled "
                                  "out: it describes no individual", "statistics"))
        elif teaching_only(text):
            details.append(Detail("STATISTICS", -1, -1, "draft", "none", 1.0, "a study day or a simulation, no one "
                                  "singled out: its topics describe no individual", "statistics"))
        elif invented_example(text):
            details.append(Detail("STATISTICS", -1, -1, "draft", "none", 1.0, "an invented example, said to be: it "
                                  "describes no individual", "statistics"))
        history = list(history)
        placed = any(d.role == "place" for d in details)
        for n, (earlier, earlier_analysis) in enumerate(history, 1):
            details += [d for d in details_of(earlier, earlier_analysis.mentions, f"history {n}", self.fig)
                        if d.group != "assumed"  # an earlier post's time is not this post's incident
                        and not (placed and d.role == "place" and d.grain == "road")]  # nor its road, where the draft
            # names a place: "still hate the M4 at rush hour" is the poster's commute
        if any(cx.routine(earlier) for earlier, _ in history):
            # the poster's routine service named earlier ("Proud to be a district nurse in Leicester"):
            # the draft that names no emergency is taken as that service's work, not as one
            details = [d for d in details if d.group != "assumed"]
        for n, photo in enumerate(photos, 1):
            details += _photo(photo, f"photo {n}", redacted, self.fig)
            details += [replace(d, start=-1, end=-1) for d in details_of("", photo.mentions, f"photo {n}", self.fig)]
        est = estimate(details, self.fig)
        return JigsawRisk(est.level, est.k, est.bits, est.factors, suggestions(details, self.fig), est.reason)

    def _text(self, text: str, analysis: TextAnalysis, source: str, redacted: bool) -> List[Detail]:
        gone = [(f.start, f.end) for f in analysis.findings] if redacted else []
        kept = [m for m in analysis.mentions if not any(s < m.end and m.start < e for s, e in gone)]
        # what the words around say ("Edna's landlord", "I'm 45") counts only where those words stay readable
        details = [d for d in details_of(text, kept, source, self.fig)
                   if not any(s < d.end and d.start < e for s, e in gone)]
        if not redacted:
            details += [Detail(f.entity_type, f.start, f.end, source, "direct", 1, f"{f.entity_type} readable",
                               "direct") for f in analysis.findings]
        details += [Detail("ALLOWED", s, e, source, "direct", 1, "allow-listed text left readable", "direct")
                    for s, e in allowed_spans(text, self.allow)]
        return sorted(details, key=lambda d: (d.start, d.end))


def _photo(photo: PhotoEvidence, source: str, redacted: bool, fig: Figures) -> List[Detail]:
    if photo.failed:
        return [Detail("PHOTO", -1, -1, source, "direct", 1, "photo could not be checked", "direct")]
    if redacted:
        return []  # the safe copy has no metadata and covers every region
    out = []
    facts = photo.facts
    if getattr(facts, "has_gps", False):
        out.append(Detail("PHOTO_GPS", -1, -1, source, "place", fig.residents_per_postcode,
                          f"photo GPS position, {fig.residents_per_postcode:.0f} residents (one postcode)", "place"))
    if getattr(facts, "has_capture_time", False):
        out.append(Detail("PHOTO_TIME", -1, -1, source, "window", HOUR, "photo capture time: a 1-hour window", "time"))
    for kind in sorted(set(photo.region_kinds)):
        out.append(Detail(f"PHOTO_{kind.upper()}", -1, -1, source, "direct", 1, f"{kind} visible in the photo",
                          "direct"))
    return out
