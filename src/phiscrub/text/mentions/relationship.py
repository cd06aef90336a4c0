"""RELATIONSHIP: how a person in the draft is related to someone ("her husband", "my grandad", "twins").

Rule: kinship and social words of ``recognizers/mentions/relationships.yaml``
in any case, plurals included ("sons", "son's"); the span takes in a
possessive before the word ("her husband"). Attributes: ``relation`` (closed
vocabulary below), ``sex`` when the word gives it (wife, grandad), ``of``
poster ("my", "our": the poster's own family, a self-disclosure) | other
("his", "her", "their", "your"). Source: PII-SPEC §3 "relationships and
occupations ('my son's football coach')".
Avoids: "Sister" the nursing title, "partner" in business, "friends" and
"kids" in general: those count only after a possessive or a qualifier ("her
sister", "my best friend", "their kids"). "Mum"/"Dad" as a name ("Mum was
settled") is still a relation, which is right: it says who the patient is to
the poster.
"""

from __future__ import annotations

from typing import List

from phiscrub.text.mentions.base import MentionFinder, PhraseMatcher, Scan
from phiscrub.text.mentions.wordlists import load_lists
from phiscrub.types import Mention

RELATIONS = ("mother", "father", "parent", "son", "daughter", "child", "wife", "husband", "partner", "ex_partner",
             "grandmother", "grandfather", "grandparent", "grandson", "granddaughter", "grandchild", "brother",
             "sister", "sibling", "twin", "aunt", "uncle", "cousin", "niece", "nephew", "in_law", "neighbour",
             "friend", "carer", "next_of_kin")
_OWNERS = {"my": "poster", "our": "poster", "his": "other", "her": "other", "their": "other", "your": "other"}


class RelationshipFinder(MentionFinder):
    KIND = "RELATIONSHIP"
    ATTRIBUTES = {"relation": RELATIONS, "sex": ("female", "male"), "of": ("poster", "other")}

    def __init__(self, resources):
        super().__init__(resources)
        self._lists = PhraseMatcher(load_lists("relationships.yaml", {k: v for k, v in self.ATTRIBUTES.items()
                                                                        if k != "of"}))

    def scan(self, scan: Scan) -> List[Mention]:
        tokens = scan.tokens
        out = []
        for i, j, wl in self._lists.matches(tokens):
            if j < len(tokens) and tokens.norms[j] == "day" and tokens.joined[j]:
                continue  # "Mother's Day", "Father's Day": a DATE
            start, owner = i, None
            if i > 0 and tokens.joined[i] and tokens.norms[i - 1] in _OWNERS:
                start, owner = i - 1, _OWNERS[tokens.norms[i - 1]]
            out.append(self.mention(tokens.starts[start], tokens.ends[j - 1], wl.name,
                                    (*wl.attributes, ("of", owner))))
        return out
