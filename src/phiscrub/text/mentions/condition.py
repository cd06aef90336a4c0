"""CONDITION: a medical condition or injury, with its rarity.

Rule: phrases of ``recognizers/mentions/conditions.yaml`` in any case
("sepsis", "cardiac arrests", "Parkinson's", "motor neurone disease"),
acronyms in capitals ("COPD", "MND"), "fall" only as a presenting complaint
("had a fall", "unwitnessed fall"), and any capitalised "<name> syndrome",
"<name>'s disease", "<name> palsy" that the lists do not hold, which is
reported as rare (an unlisted named syndrome is more likely rare than not, and
over-estimating the risk is the safe side). Attribute ``rarity`` common |
rare, by the UK Rare Diseases Framework's fewer than 1 in 2,000. Eponyms are
conditions, never names (PII-SPEC §1 "NOT" column). Source: PII-SPEC §3 "rare
conditions"; NHS Health A to Z; Orphanet.
Avoids: acronyms in lower case ("ms", "af" are words), "MS Teams", "fall" as a
season or a verb ("fall asleep"), "Glasgow Coma Scale" and "Wells score" (a
named scale or score is not a disease).
"""

from __future__ import annotations

from typing import Iterator, List

from phiscrub.text.mentions.base import MentionFinder, PhraseMatcher, Scan, Tokens, leftmost_longest
from phiscrub.text.mentions.wordlists import load_lists
from phiscrub.types import Mention

_HEADS = frozenset(("syndrome", "disease", "palsy", "dystrophy", "sarcoma", "lymphoma", "chorea", "anomaly"))


class ConditionFinder(MentionFinder):
    KIND = "CONDITION"
    ATTRIBUTES = {"rarity": ("common", "rare")}

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

    def scan(self, scan: Scan) -> List[Mention]:
        tokens = scan.tokens
        listed = [self.mention(tokens.starts[i], tokens.ends[j - 1], wl.name, wl.attributes)
                  for i, j, wl in self._lists.matches(tokens)]
        return leftmost_longest([*listed, *self._named(tokens)])
