"""What the page's requests compute, over one shared ``Scrubber``: a draft's findings, mentions, safe
text and jigsaw risk for any mode and allow-list, and a photo's safe copy. Nothing is stored: every
draft and photo lives in memory for its request only. Results name types, offsets and kinds; the
only text returned is the safe copy (the page already holds the draft).
"""

from __future__ import annotations

import base64
import io
import threading
from typing import List, Optional

from phiscrub.config import MODES, POSTING_SIZE
from phiscrub.entities import ENTITIES, MENTION_KINDS
from phiscrub.errors import InputError
from phiscrub.image.load import PhotoFacts
from phiscrub.text.allow import allowed_spans, drop_allowed
from phiscrub.text.redact import redact
from phiscrub.types import Mention, TextAnalysis

MAX_TEXT = 100_000  # characters of a draft (a post is a few hundred)

MAX_ALLOW = 50
# hex colours for the page, one per terminal colour name of the entity table (contrast >= 4.5:1 on white)
COLOURS = {"red": "#b3261e", "magenta": "#8e24aa", "yellow": "#8a6100", "cyan": "#00707a", "blue": "#1d4ed8",
           "green": "#2e7d32", "bright_cyan": "#006d77", "bright_yellow": "#7a5d00", "bright_green": "#2b6a2f",
           "bright_magenta": "#8b2f8b", "bright_blue": "#2f4fb3", "bright_red": "#a4262c"}


class Service:
    """One Scrubber for every request.

    Drafts and photos take separate locks: drafts are serialised among themselves (one NER
    pass at a time) and photos among themselves (one photo at a time uses every core and up
    to about 1 GB on 12 MP), so a draft's results never wait for a photo still in work. The
    text step inside a photo (its OCR words) shares the NER under the NER's own lock.
    """

    def __init__(self, scrubber, photo_size: Optional[int] = POSTING_SIZE):
        self.scrubber = scrubber
        self.photo_size = photo_size or None  # 0 or None: photos keep their own size
        self._lock = threading.Lock()
        self._photo_lock = threading.Lock()

    def analyze(self, payload: dict) -> dict:
        text, mode, allow, history, photos = _draft(payload)
        from phiscrub.risk.scorer import PhotoEvidence, RiskScorer

        with self._lock:
            analysis = self.scrubber.analyze_text(text)
            earlier = list(zip(history, self.scrubber.analyze_texts(history), strict=True))
        findings = tuple(drop_allowed(analysis.findings, allowed_spans(text, allow)))
        kept = TextAnalysis(findings, analysis.mentions)
        evidence = [PhotoEvidence(PhotoFacts("page", bool(p.get("has_gps")), bool(p.get("has_capture_time")), 1),
                                  tuple(str(k) for k in p.get("region_kinds", ())), bool(p.get("failed")),
                                  _mentions(p.get("mentions", ())))
                    for p in photos]
        scorer = RiskScorer(allow)
        before = scorer.assess(text, kept, redacted=False, history=earlier, photos=evidence)
        after = scorer.assess(text, kept, redacted=True, history=earlier, photos=evidence)
        return {"safe_text": redact(text, findings, mode),
                "findings": [f.to_dict() for f in findings],
                "mentions": [{"start": m.start, "end": m.end, "kind": m.kind} for m in analysis.mentions],
                "legend": {e.name: {"colour": COLOURS.get(e.colour, "#333333"), "label": e.description}
                           for e in ENTITIES.values()},
                "risk_before": before.to_dict(), "risk_after": after.to_dict()}

    def photo(self, data: bytes, name: str) -> dict:
        with self._photo_lock:
            result = self.scrubber.scrub_image(data, max_side=self.photo_size)
        image = result.image
        fmt = "PNG" if image.mode in ("RGBA", "LA", "P") else "JPEG"
        buf = io.BytesIO()
        image.save(buf, format=fmt, **({"quality": 92} if fmt == "JPEG" else {}))
        stem = name.rsplit(".", 1)[0] or "photo"
        ext = "png" if fmt == "PNG" else "jpg"
        facts = result.facts
        return {"name": name, "width": image.width, "height": image.height,
                "regions": [r.to_dict() for r in result.regions], "findings": list(result.findings),
                "mentions": [{"kind": m.kind, "attributes": [list(a) for a in m.attributes]} for m in result.mentions],
                "facts": {"has_gps": bool(getattr(facts, "has_gps", False)),
                          "has_capture_time": bool(getattr(facts, "has_capture_time", False))},
                "safe": f"data:image/{ext if ext == 'png' else 'jpeg'};base64," + base64.b64encode(buf.getvalue()).decode(),
                "filename": f"{stem}.safe.{ext}", "max_side": self.photo_size or 0}


def _mentions(raw) -> tuple:
    """Quasi-identifiers of a photo sent back by the page: kinds and attributes, checked like any
    mention (an unknown kind or a non-string attribute is refused)."""
    if not isinstance(raw, (list, tuple)) or len(raw) > 200:
        raise InputError("a photo's mentions must be a list of at most 200 objects")
    out = []
    for m in raw:
        if not isinstance(m, dict) or m.get("kind") not in MENTION_KINDS:
            raise InputError("a photo's mention needs a known kind")
        attrs = m.get("attributes", [])
        if not isinstance(attrs, list) or not all(isinstance(a, list) and len(a) == 2 and all(isinstance(x, str)
                                                                                              for x in a) for a in attrs):
            raise InputError("a photo's mention attributes must be [key, value] string pairs")
        out.append(Mention(0, 1, m["kind"], tuple((k, v) for k, v in attrs)))
    return tuple(out)


def _draft(payload: dict):
    if not isinstance(payload, dict):
        raise InputError("the request body must be a JSON object")
    text = payload.get("text", "")
    mode = payload.get("mode", "tag")
    allow = _strings(payload.get("allow", ()), "allow", MAX_ALLOW)
    history = _strings(payload.get("history", ()), "history", 10)
    photos = payload.get("photos", [])
    if not isinstance(text, str):
        raise InputError("text must be a string")
    if len(text) > MAX_TEXT or sum(map(len, history)) > MAX_TEXT:
        raise InputError(f"a draft is limited to {MAX_TEXT:,} characters")
    if mode not in MODES:
        raise InputError(f"mode must be one of {', '.join(MODES)}")
    if not isinstance(photos, list) or not all(isinstance(p, dict) for p in photos) or len(photos) > 20:
        raise InputError("photos must be a list of at most 20 objects")
    return text, mode, allow, history, photos


def _strings(value, name: str, most: int) -> List[str]:
    if not isinstance(value, (list, tuple)) or len(value) > most or not all(isinstance(v, str) for v in value):
        raise InputError(f"{name} must be a list of at most {most} strings")
    return [v for v in value if v.strip()]

