"""NI_NUMBER: UK National Insurance number, "QQ 12 34 56 C".

Rule: HMRC's format, two prefix letters (first not D F I Q U V, second not
D F I O Q U V) + six digits + suffix A-D, spaced, hyphenated or run together,
any case. The specimen prefix "QQ" HMRC prints on its forms is included: people
copy it. Without the suffix letter the number needs context. Source: HMRC
National Insurance Manual NIM39110; Presidio's UkNinoRecognizer (extended with
QQ, hyphens and missing suffix).
Avoids: "AB123" and other short codes; hospital numbers (letter + 7 digits).

Unallocated prefixes (BG GB KN NK NT TN ZZ, NIM39110) are still NI numbers
("TN 44 71 06 D?"): a number someone wrote as theirs identifies them whether or
not HMRC issued it (a mistyped prefix, a temporary "TN" number). They score
lower, and without the suffix letter they need NI context like any other.
The digits may be grouped in threes ("AZ 123 456 A"), as some forms print them.
Punctuation may follow the number ("D?", "C.", "C)", "C-"); a letter or a
"-digit" run after it makes it part of a longer code ("JG 10 37 42 B-1").
"""

from typing import Optional

import regex as re

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer

_PREFIX = r"(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)"
_UNALLOCATED = re.compile(r"BG|GB|KN|NK|NT|TN|ZZ", re.IGNORECASE)
_END = r"(?![\w])(?!-\d)"


class NiNumberRecognizer(PhiRecognizer):
    ENTITY = "NI_NUMBER"
    PREFILTER = r"\d\d[ -]?\d\d[ -]?\d\d|\d{3}[ -]\d{3}"
    PATTERNS = [
        Pattern("nino", rf"(?<![\w-])(?P<id>{_PREFIX}[ -]?\d{{2}}[ -]?\d{{2}}[ -]?\d{{2}}[ -]?[A-D]){_END}", 0.75),
        Pattern("nino 3-3", rf"(?<![\w-])(?P<id>{_PREFIX}[ -]?\d{{3}}[ -]\d{{3}}[ -]?[A-D]){_END}", 0.75),
        Pattern(
            "nino no suffix",
            rf"(?<![\w-])(?P<id>{_PREFIX}[ -]?\d{{2}}[ -]?\d{{2}}[ -]?\d{{2}})(?![\w])(?![ -]?[A-D](?![\w]))",
            0.2,
        ),
    ]
    CONTEXT = [
        r"national\s+insurance(?:\s+(?:no|number))?", r"ni\s*(?:no|number|#)\.?", r"nino", r"nin",
        # "NI:", "NI is", and "NI" written straight before the number ("NI TN 44 71 06 D"; the
        # context window ends where the number starts)
        r"n\.?i\.?(?=\s*(?::|is\b|was\b|$))",
    ]
    CONTEXT_BEFORE = 35
    CONTEXT_BOOST = 0.3
    UNALLOCATED_SCORE = 0.5

    def adjust(self, text: str, start: int, end: int, score: float, context: bool) -> Optional[float]:
        """An unallocated prefix lowers the score when no NI context is near."""
        if context or not _UNALLOCATED.match(text, start):
            return score
        return min(score, self.UNALLOCATED_SCORE)
