"""CONDITION: a medical condition or injury, with its rarity.

Rule: phrases of ``recognizers/mentions/conditions.yaml`` in any case
("sepsis", "cardiac arrests", "Parkinson's", "motor neurone disease"),
acronyms in capitals ("COPD", "MND"), "fall" only as a presenting complaint
("had a fall", "unwitnessed fall"), and any capitalised "<name> syndrome",
"<name>'s disease", "<name> palsy" that the lists do not hold, which is
reported as rare (an unlisted named syndrome is more likely rare than not, and
over-estimating the risk is the safe side), as is an unlisted condition in the
word-forms of rare disorders after "living with", "diagnosed with" or "born
with" ("living with fibrodysplasia ossificans progressiva", "born with
osteogenesis imperfecta"), or a hyphenated eponym with its type ("living with Niemann-Pick type C"). Attribute ``rarity`` common | uncommon (about 1 in 100 to 1 in 2,000: a
stammer, a laryngectomy, a stoma) | rare, by the UK Rare Diseases Framework's fewer than 1 in 2,000. Eponyms are
conditions, never names (PII-SPEC §1 "NOT" column). Source: PII-SPEC §3 "rare
conditions"; NHS Health A to Z; Orphanet.
Avoids: acronyms in lower case ("ms", "af" are words), "MS Teams", "fall" as a
season or a verb ("fall asleep"), "Glasgow Coma Scale" and "Wells score" (a
named scale or score is not a disease).
"""

from __future__ import annotations

from typing import Iterator, List

import regex as re

from phiscrub.text.mentions.base import MentionFinder, PhraseMatcher, Scan, Tokens, leftmost_longest
from phiscrub.text.mentions.wordlists import load_lists
from phiscrub.types import Mention

# an unlisted condition named after "living with" / "diagnosed with" / "born with", in the word-forms of
# rare disorders (-plasia, -trophy, -ectasia, -philia, "… ossificans progressiva", "… imperfecta"; not
# -osis, -itis, -pathy, -aemia, -oma, which name common ones too: endometriosis, anaemia): reported as rare
# ... or an eponym of two or more names joined by hyphens, with its type or of three names ("living with Niemann-Pick
# type C", "diagnosed with Charcot-Marie-Tooth"; not a person: "living with Mary-Jane")
_DESCRIBED = re.compile(
    r"\b(?:living|lives|live|diagnosed|born)\s+with\s+(?:a\s+|an\s+)?"
    r"(?P<c>(?:[a-z][a-z'’-]+\s+){0,3}[a-z]*(?:plasia|trophy|ectasia|philia|ossificans|progressiva|imperfecta)\b"
    r"|(?-i:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){2,}|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+\s+type\s+(?:[A-Z]|[1-9]|I{1,3}|IV)\b))",
    re.IGNORECASE)
_HEADS = frozenset(("syndrome", "disease", "palsy", "dystrophy", "sarcoma", "lymphoma", "chorea", "anomaly"))


class ConditionFinder(MentionFinder):
    KIND = "CONDITION"
    ATTRIBUTES = {"rarity": ("common", "uncommon", "rare")}

    def __init__(self, resources):
        super().__init__(resources)
        self._lists = PhraseMatcher(load_lists("conditions.yaml", self.ATTRIBUTES, ("common", "rare")))

    def _named(self, tokens: Tokens) -> Iterator[Mention]:
        """Capitalised '<name> syndrome' / '<name>'s disease' not in the lists: rare."""
        for j in range(1, len(tokens)):
            if tokens.norms[j] not in _HEADS or not tokens.joined[j]:
                continue
            i = j - 1
            if not tokens.raws[i][:1].isupper() or (tokens.initial[i] and not tokens.possessive(i)):
                continue
            while i > 0 and tokens.joined[i] and tokens.raws[i - 1][:1].isupper() and not tokens.initial[i - 1] \
                    and j - i < 3:
                i -= 1  # "Ehlers Danlos syndrome", "Wolff Parkinson White syndrome"
            yield self.mention(tokens.starts[i], tokens.ends[j], "named syndrome", (("rarity", "rare"),))

    def _described(self, text: str, listed: List[Mention]) -> Iterator[Mention]:
        """'living with fibrodysplasia ossificans progressiva': an unlisted condition, rare."""
        for m in _DESCRIBED.finditer(text):
            start, end = m.span("c")
            if not any(x.start < end and start < x.end for x in listed):
                yield self.mention(start, end, "described condition", (("rarity", "rare"),))

    def scan(self, scan: Scan) -> List[Mention]:
        tokens = scan.tokens
        listed = [self.mention(tokens.starts[i], tokens.ends[j - 1], wl.name, wl.attributes)
                  for i, j, wl in self._lists.matches(tokens)]
        return leftmost_longest([*listed, *self._named(tokens), *self._described(scan.text, listed)])
