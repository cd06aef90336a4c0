"""SEX: a person's sex as a draft states it, from nouns, titles and ward shorthand.

Rule: nouns for a woman or a man ("lady", "gentleman", "woman", "man",
"bloke", "lad", "girl", "boy", "female", "males"; Welsh "gwraig", "dyn"), titles before a name
("Mrs Flint", "mr okonkwo"), "sex: F", and the letter of ward shorthand
("84F", "(63M)", "m, 72", "70s F": the same text gives the AGE). Attribute ``sex``
female | male. Kinship words ("wife", "grandad") carry ``sex`` on their
RELATIONSHIP mention instead, so they are not repeated here. Source: PII-SPEC §3
"sex/gender".
Avoids: pronouns ("she", "his" would mark every sentence; the risk scorer
takes sex from the nouns), "Isle of Man", "man up", "man-made", "Man City",
"Miss you all" (Miss is a title only before a capitalised name). Nouns do not
tell a patient from a colleague ("the girls on nights"): the scorer weighs them.
"""

from __future__ import annotations

from typing import Iterator, List

import regex as re

from phiscrub.text.mentions.age import DECADE_SHORTHAND, SHORTHAND
from phiscrub.text.mentions.base import MentionFinder, Scan, leftmost_longest
from phiscrub.types import Mention

_FEMALE = ("woman", "women", "lady", "ladies", "girl", "girls", "female", "females", "lass", "lasses", "lassie",
           "gal", "gals", "mrs", "ms", "miss", "f", "gwraig", "wraig", "dynes", "ddynes", "ferch", "wifie")
_NOUNS = re.compile(
    r"(?<!\bisle\s+of\s+)\b(?P<s>women|woman|ladies|lady|girls?|females?|lass(?:es|ie)?"
    r"|gentlem[ae]n|gents?|men|man|blokes?|lads?|boys?|males?|fellas?|chaps?|geezers?"
    # Welsh ("gwraig", "dyn", "bachgen", with their mutations "wraig", "ddyn", "fachgen"; "ferch", not "merch": merch
    # stands) and Scots ("wifie")
    r"|g?wraig|d?dynes|d?dyn|[bf]achgen|ferch|wifie)\b"
    r"(?![-'’]?made\b|\s+up\b|\s+(?:City|United|Utd)\b)",
    re.IGNORECASE,
)
_TITLES = re.compile(r"\b(?P<s>Mr|Mrs|Ms|MR|MRS|mr|mrs)\b\.?(?=\s+\w)|\b(?P<s2>Miss)\b(?=\s+[A-Z])")
_FORM = re.compile(r"\b(?:sex|gender)\s*[:=]?\s*(?P<s>[MF]|male|female)\b", re.IGNORECASE)


def _sex(word: str) -> str:
    return "female" if word.lower() in _FEMALE else "male"


class SexFinder(MentionFinder):
    KIND = "SEX"
    ATTRIBUTES = {"sex": ("female", "male")}

    def _candidates(self, text: str) -> Iterator:
        for rule, pattern in (("noun", _NOUNS), ("title", _TITLES), ("form", _FORM)):
            for m in pattern.finditer(text):
                group = "s" if m.group("s") else "s2"
                yield self.mention(m.start(group), m.end(group), rule, (("sex", _sex(m.group(group))),))
        for m in (*SHORTHAND.finditer(text), *DECADE_SHORTHAND.finditer(text)):
            group = "s" if m.group("s") else "s2"
            yield self.mention(m.start(group), m.end(group), "shorthand", (("sex", _sex(m.group(group)[0])),))

    def scan(self, scan: Scan) -> List[Mention]:
        return leftmost_longest(self._candidates(scan.text))
