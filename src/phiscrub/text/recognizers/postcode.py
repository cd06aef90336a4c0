"""POSTCODE: a full UK postcode, outward + inward code, any case and spacing.

Rule: the six Royal Mail shapes (A9 9AA … AA9A 9AA, and GIR 0AA) with the
inward letters Royal Mail uses (never C, I, K, M, O, V), then the outward code
is checked against the ONS Postcode Directory's outward codes shipped by the
``uk-postcodes-parsing`` package (2,980 codes); a postcode whose full code is
in the directory scores highest. An unknown outward code needs "postcode"
context. Source: ONS Postcode Directory; Royal Mail PAF programmers' guide.
Avoids: outward codes alone ("M4", "EX39", "B15" are quasi-identifiers, not
redacted), road numbers ("A361"), "COVID19".
"""

import importlib
from functools import lru_cache
from importlib import resources
from typing import FrozenSet, Optional

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer

_OUTCODES_PACKAGE = "uk_postcodes_parsing.outcodes"


@lru_cache(maxsize=1)
def known_outcodes() -> FrozenSet[str]:
    """Outward codes of the ONS Postcode Directory, upper case."""
    names = (p.name for p in resources.files(_OUTCODES_PACKAGE).iterdir())
    return frozenset(
        n[:-3].upper() for n in names if n.endswith(".py") and not n.startswith("__")
    )


@lru_cache(maxsize=4096)
def in_directory(outward: str, inward: str) -> bool:
    """Whether the full postcode is in the ONS directory (loads one outward code's table)."""
    module = importlib.import_module(f"{_OUTCODES_PACKAGE}.{outward.lower()}")
    return inward in getattr(module, "INCODES", ())


def split(postcode: str) -> tuple:
    compact = "".join(postcode.split()).upper()
    return compact[:-3], compact[-3:]


def district(postcode: str) -> str:
    """The outward code ("EX2") of a full postcode: what generalise mode keeps."""
    return split(postcode)[0]


class PostcodeRecognizer(PhiRecognizer):
    ENTITY = "POSTCODE"
    PREFILTER = r"\d[ \t]*\d?[A-Z]{2}\b|GIR"
    PATTERNS = [
        Pattern(
            "uk postcode",
            r"(?<![\w-])(?P<id>(?:GIR[ \t]{0,2}0AA)|(?:[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
            r"[ \t]{0,2}[0-9][ABD-HJLNP-UW-Z]{2}))(?![\w-])",
            0.3,
        ),
    ]
    CONTEXT = [r"post\s?code", r"postal\s+code", r"address", r"lives?\s+(?:at|in)", r"p/?c"]
    CONTEXT_BEFORE = 60
    VALID_SCORE = 0.85

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        outward, inward = split(pattern_text)
        if outward not in known_outcodes():
            return None
        return True

    def adjust(self, text, start, end, score, context):
        outward, inward = split(text[start:end])
        if outward in known_outcodes() and in_directory(outward, inward):
            return max(score, 0.95)
        return score
