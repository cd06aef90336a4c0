"""RELATIONSHIP: how a person in the draft is related to someone ("her husband", "my grandad", "twins").

Rule: kinship and social words of ``recognizers/mentions/relationships.yaml``
in any case, plurals included ("sons", "son's"); the span takes in a
possessive before the word ("her husband"). Attributes: ``relation`` (closed
vocabulary below), ``sex`` when the word gives it (wife, grandad), ``of``
poster ("my", "our": the poster's own family, a self-disclosure) | other
("his", "her", "their", "your"; "my" inside a quotation is the speaker's); a relative's relative
belongs to the first owner ("my mum's friends": friends, the poster's). Source: PII-SPEC §3 "relationships and
occupations ('my son's football coach')".
Avoids: "Sister" the nursing title, "partner" in business, "friends" and
"kids" in general: those count only after a possessive or a qualifier ("her
sister", "my best friend", "their kids"). "Mum"/"Dad" as a name ("Mum was
settled") is still a relation, which is right: it says who the patient is to
the poster.
"""

from __future__ import annotations

from typing import List

import regex as re

from phiscrub.text.mentions.base import MentionFinder, PhraseMatcher, Scan
from phiscrub.text.mentions.wordlists import load_lists
from phiscrub.types import Mention

RELATIONS = ("mother", "father", "parent", "son", "daughter", "child", "wife", "husband", "partner", "ex_partner",
             "grandmother", "grandfather", "grandparent", "grandson", "granddaughter", "grandchild", "brother",
             "sister", "sibling", "twin", "aunt", "uncle", "cousin", "niece", "nephew", "in_law", "neighbour",
             "friend", "best_friend", "carer", "next_of_kin")
_OWNERS = {"my": "poster", "our": "poster", "his": "other", "her": "other", "their": "other", "your": "other"}


_POSSESSIVE = re.compile(r"['’]s\Z")


def quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened earlier in its paragraph (straight or curly double quotes)."""
    para = text[text.rfind("\n\n", 0, pos) + 1:pos]
    return para.count('"') % 2 == 1 or para.count("“") > para.count("”")


class RelationshipFinder(MentionFinder):
    KIND = "RELATIONSHIP"
    ATTRIBUTES = {"relation": RELATIONS, "sex": ("female", "male"), "of": ("poster", "other")}

    def __init__(self, resources):
        super().__init__(resources)
        self._lists = PhraseMatcher(load_lists("relationships.yaml", {k: v for k, v in self.ATTRIBUTES.items()
                                                                        if k != "of"}))

    def scan(self, scan: Scan) -> List[Mention]:
        tokens = scan.tokens
        out: List[Mention] = []
        prev_end = -1
        for i, j, wl in self._lists.matches(tokens):
            if j < len(tokens) and tokens.norms[j] == "day" and tokens.joined[j]:
                continue  # "Mother's Day", "Father's Day": a DATE
            start, owner = i, None
            if i > 0 and tokens.joined[i] and tokens.norms[i - 1] in _OWNERS:
                start, owner = i - 1, _OWNERS[tokens.norms[i - 1]]
                if owner == "poster" and quoted(scan.text, tokens.starts[start]):
                    owner = "other"  # 'His verdict: "I didn't know my wife talked this much"': the speaker's wife
            if out and prev_end == i and tokens.joined[i] and _POSSESSIVE.search(scan.text, 0, tokens.ends[i - 1]):
                prev = out.pop()  # "my mum's friends": the friends are the poster's, one step further off
                start_at, owner = prev.start, dict(prev.attributes).get("of", owner)
            else:
                start_at = tokens.starts[start]
            out.append(self.mention(start_at, tokens.ends[j - 1], wl.name, (*wl.attributes, ("of", owner))))
            prev_end = j
        return out
