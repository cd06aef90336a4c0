"""NI_NUMBER: UK National Insurance number, "QQ 12 34 56 C".

Rule: HMRC's format, two prefix letters (first not D F I Q U V, second not
D F I O Q U V; BG GB KN NK NT TN ZZ never issued) + six digits + suffix A-D,
spaced, hyphenated or run together, any case. The specimen prefix "QQ" HMRC
prints on its forms is included: people copy it. Without the suffix letter the
number needs context. Source: HMRC National Insurance Manual NIM39110;
Presidio's UkNinoRecognizer (extended with QQ, hyphens and missing suffix).
Avoids: "AB123" and other short codes; hospital numbers (letter + 7 digits).
"""

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer

_PREFIX = r"(?!BG|GB|KN|NK|NT|TN|ZZ)(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)"


class NiNumberRecognizer(PhiRecognizer):
    ENTITY = "NI_NUMBER"
    PREFILTER = r"\d\d[ -]?\d\d[ -]?\d\d"
    PATTERNS = [
        Pattern("nino", rf"(?<![\w-])(?P<id>{_PREFIX}[ -]?\d{{2}}[ -]?\d{{2}}[ -]?\d{{2}}[ -]?[A-D])(?![\w-])", 0.75),
        Pattern("nino no suffix", rf"(?<![\w-])(?P<id>{_PREFIX}[ -]?\d{{2}}[ -]?\d{{2}}[ -]?\d{{2}})(?![\w-])", 0.2),
    ]
    CONTEXT = [r"national\s+insurance(?:\s+(?:no|number))?", r"ni\s*(?:no|number|#)\.?", r"nino", r"nin"]
    CONTEXT_BEFORE = 35
    CONTEXT_BOOST = 0.3
