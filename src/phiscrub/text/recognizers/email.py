"""EMAIL_ADDRESS: local@domain.tld.

Rule: RFC 5322's common subset (letters, digits, ``._%+-`` before the @, a
dotted domain with a 2+ letter top level). Written here rather than taken from
Presidio because Presidio's validation (tldextract) fetches the public-suffix
list over the network on first use; phiscrub never touches the network.
Avoids: @handles ("@SCAS999" has no local part), "name@ward" without a dot.
"""

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer


class EmailAddressRecognizer(PhiRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PREFILTER = r"@"
    PATTERNS = [
        Pattern(
            "email",
            r"(?<![\w.%+-])(?P<id>[\w.%+-]*\w@(?:[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?\.)+[A-Z]{2,24})(?![\w-])",
            0.9,
        ),
    ]
