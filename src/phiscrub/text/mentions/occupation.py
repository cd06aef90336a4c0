"""OCCUPATION: a job or role ("a retired lifeboatman", "our village vicar", "a local GP", "Band 6 nurse").

Rule: phrases of ``recognizers/mentions/occupations.yaml`` in any case,
acronyms in capitals ("HCA", "GP"), widened left over "retired", "former",
"ex-", "off-duty", "local" and "village". Attributes: ``category`` emergency |
health | trade | public | teaching | other | veteran | rare | elite | craft; ``status`` retired | former | off_duty;
``staff`` yes when the draft marks the role as the poster's or the team's
("Band 6 nurse", "fellow paramedics", "I'm a nurse", "started as an HCA").
Other staff roles are not told apart from
a patient's job: that needs the sentence's subject, which a word rule cannot
see; the risk scorer weighs them. Source: PII-SPEC §3 "occupations ('a
retired lifeboatman')"; §4 keeps job titles readable.
Avoids: "carer" (a RELATIONSHIP), "driver" and "rider" alone (roles in an
incident, not jobs), "OT" (overtime), "model", "marine" (ordinary words).
"""

from __future__ import annotations

from typing import List, Optional

import regex as re

from phiscrub.text.mentions.base import MentionFinder, PhraseMatcher, Scan, Tokens
from phiscrub.text.mentions.wordlists import load_lists
from phiscrub.types import Mention

_STATUS = {"retired": "retired", "former": "former", "ex": "former", "off-duty": "off_duty", "local": None,
           "village": None}
# "Band 6 nurse", "fellow paramedics", "I'm a nurse", "as a hospital chaplain" (one word of the post's setting between)
_STAFF_BEFORE = re.compile(r"(?:\b[Bb]and\s?\d[a-d]?|\bfellow|\b(?:i['’]?m|i\s+am|as)\s+an?(?:\s+(?:hospital|community|"
                           r"district|practice|staff|student|trainee|senior|junior|new|ward|charge|school|specialist|"
                           r"healthcare|prison|hospice|theatre|emergency))?)\s*$", re.IGNORECASE)
_STAFF_CATEGORIES = ("emergency", "health")


class OccupationFinder(MentionFinder):
    KIND = "OCCUPATION"
    ATTRIBUTES = {"category": ("emergency", "health", "trade", "public", "teaching", "other", "veteran", "rare", "elite",
                               "craft", "rural", "student"),
                  "status": ("retired", "former", "off_duty"), "staff": ("yes",)}

    def __init__(self, resources):
        super().__init__(resources)
        self._lists = PhraseMatcher(load_lists("occupations.yaml", self.ATTRIBUTES))

    @staticmethod
    def _modifiers(tokens: Tokens, i: int) -> tuple:
        """(first token, status) after widening left over 'retired', 'local', 'off-duty' (at most two words)."""
        status: Optional[str] = None
        for _ in range(2):
            if i == 0 or not tokens.joined[i]:
                break
            word = tokens.norms[i - 1]
            if word == "duty" and i > 1 and tokens.norms[i - 2] == "off":
                word, i = "off-duty", i - 1
            if word not in _STATUS:
                break
            status = status or _STATUS[word]
            i -= 1
        return i, status

    def scan(self, scan: Scan) -> List[Mention]:
        tokens, text = scan.tokens, scan.text
        out = []
        for i, j, wl in self._lists.matches(tokens):
            start, status = self._modifiers(tokens, i)
            category = dict(wl.attributes)["category"]
            staff = None
            if category in _STAFF_CATEGORIES and _STAFF_BEFORE.search(text, max(0, tokens.starts[start] - 26),
                                                                     tokens.starts[start]):
                staff = "yes"
            out.append(self.mention(tokens.starts[start], tokens.ends[j - 1], wl.name,
                                    (("category", category), ("status", status), ("staff", staff))))
        return out
