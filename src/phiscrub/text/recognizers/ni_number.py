"""NI_NUMBER: UK National Insurance number, "QQ 12 34 56 C".

Rule: HMRC's format, two prefix letters (first not D F I Q U V, second not
D F I O Q U V) + six digits + suffix A-D, spaced, hyphenated or run together,
any case. The specimen prefix "QQ" HMRC prints on its forms is included: people
copy it. Without the suffix letter the number needs context. Source: HMRC
National Insurance Manual NIM39110; Presidio's UkNinoRecognizer (extended with
QQ, hyphens and missing suffix).
Avoids: "AB123" and other short codes; hospital numbers (letter + 7 digits).

Unallocated prefixes (BG GB KN NK NT TN ZZ, NIM39110) are kept only with NI
context ("NI: TN 44 71 06 D?"): a number someone wrote as their NI number is
theirs even if HMRC never issued it, but alone the shape is not enough ("GB 10
37 42 C"). Punctuation may follow the number ("D?", "C.", "C)", "C-"); a letter
or a "-digit" run after it makes it part of a longer code.
"""

from typing import Optional

import regex as re

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer

_PREFIX = r"(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)"
_UNALLOCATED = re.compile(r"BG|GB|KN|NK|NT|TN|ZZ", re.IGNORECASE)
_END = r"(?![\w])(?!-\d)"


class NiNumberRecognizer(PhiRecognizer):
    ENTITY = "NI_NUMBER"
    PREFILTER = r"\d\d[ -]?\d\d[ -]?\d\d"
    PATTERNS = [
        Pattern("nino", rf"(?<![\w-])(?P<id>{_PREFIX}[ -]?\d{{2}}[ -]?\d{{2}}[ -]?\d{{2}}[ -]?[A-D]){_END}", 0.75),
        Pattern(
            "nino no suffix",
            rf"(?<![\w-])(?P<id>{_PREFIX}[ -]?\d{{2}}[ -]?\d{{2}}[ -]?\d{{2}})(?![\w])(?![ -]?[A-D](?![\w]))",
            0.2,
        ),
    ]
    CONTEXT = [
        r"national\s+insurance(?:\s+(?:no|number))?", r"ni\s*(?:no|number|#)\.?", r"nino", r"nin",
        r"n\.?i\.?(?=\s*(?::|is\b|was\b))",
    ]
    CONTEXT_BEFORE = 35
    CONTEXT_BOOST = 0.3
    INVALID_WITH_CONTEXT = True

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """An unallocated prefix rules the number out unless NI context is near (``INVALID_WITH_CONTEXT``)."""
        return False if _UNALLOCATED.match(pattern_text) else None
