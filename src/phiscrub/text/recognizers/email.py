"""EMAIL_ADDRESS: local@domain.tld, and addresses written to dodge filters.

Rule: RFC 5322's common subset (letters, digits, ``._%+-`` before the @, and an apostrophe inside it, as
"bethany.o'connor@…" is written; a dotted domain with a 2+ letter top level). Domains may be internationalised
(RFC 5890 IDNA: "anna@bücher.de", and the "xn--" form). Written here rather
than taken from Presidio because Presidio's validation (tldextract) fetches the
public-suffix list over the network on first use; phiscrub never touches the
network. Avoids: @handles ("@SCAS999" has no local part), "name@ward" without
a dot.

Dodged addresses: "@" written as "at", "[at]", "(at)" or " @ " and dots as
"dot", "[dot]" or "." ("jo dot bloggs at nhs dot net", "sam [at] nhs [dot]
net", "john at gmail.com"). The tail must look like a domain: labels joined by
a dot ending in a top-level domain, a country code (ISO 3166-1, the region
codes of ``phonenumbers``, plus "uk" and "eu") or one of IANA's generic ones.
With a plain " at " and real dots the local part must be mailbox-like (joined
parts or digits: "j.smith", "jo_b99"), a first name or no ordinary word, the domain lower case, not a web address ("www.", "/" after) and
its top level no English word ("Sam at work.so tired"), no article before it ("a home kit at sh24.org.uk").
Avoids: "meet at noon",
"at home dot", "more at nhs.uk/conditions", "visit us at nhs.uk".
"""

from functools import lru_cache
from typing import FrozenSet, Optional

import phonenumbers
import regex as re

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer

_LABEL = r"[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?"
_SPELT_AT = r"\s*[\[(<{]\s*at\s*[\])>}]\s*|\s+@\s*|\s*@\s+"
_SPELT_DOT = r"\s*[\[(<{]\s*dot\s*[\])>}]\s*|\s+dot\s+"
_DOT = rf"(?:{_SPELT_DOT}|\.)"
_WORD = r"[\p{L}\p{N}_%+-]++"  # possessive: a word is never re-tried shorter
_DODGED = (
    rf"(?<![\w.%+@-])(?P<id>(?P<local>{_WORD}(?:{_DOT}{_WORD}){{0,3}})(?P<at>{_SPELT_AT}|\s+at\s+)"
    rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{1,4}}))(?![\w-])(?!\.\w)(?!\s*/)"
    # a "domain" followed by its own spelt "at" is the next address's mailbox: "email me at jo.b (at) nhs (dot) net",
    # "email us at unison.branch at nuh dot nhs dot uk"
    rf"(?!\s*[\[(<{{]\s*at\s*[\])>}}]|\s*@|\s+at\s+{_LABEL}{_DOT}{_LABEL})"
)
_DODGED_RX = re.compile(_DODGED, re.IGNORECASE)
# an article or a possessive before the word: the word is a thing ("a home kit at", "your form at"), not a mailbox
_THING_BEFORE = re.compile(r"\b(?:a|an|the|your|our|my|this|that|free)[ \t]+(?:[\w-]+[ \t]+)?\Z", re.IGNORECASE)
_SPELT_RX = re.compile(rf"{_SPELT_AT}|{_SPELT_DOT}", re.IGNORECASE)
_DOTS_RX = re.compile(_DOT, re.IGNORECASE)
_MAILBOX_RX = re.compile(r"[._%+\d-]")
# IANA's original generic top-level domains and the most registered later ones.
_GENERIC_TLDS = frozenset("com net org edu gov mil int info biz name pro io app dev online site co me eu uk".split())


@lru_cache(maxsize=1)
def top_level_domains() -> FrozenSet[str]:
    """Country codes (phonenumbers' ISO 3166-1 region codes) and the generic top-level domains, lower case."""
    return frozenset(r.lower() for r in phonenumbers.SUPPORTED_REGIONS) | _GENERIC_TLDS


class EmailAddressRecognizer(PhiRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    # "@", or "at" followed by a word that a dot or "dot" ends: the patterns run only on such texts.
    PREFILTER = r"@|(?<![\w])at(?![\w])\W{1,3}[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\.\w|\s*[\[(<{]?\s*dot(?![\w]))"
    PATTERNS = [
        Pattern(
            "email",
            r"(?<![\w.%+-])(?P<id>(?:[\w.%+-][\w.%+'’-]*)?\w@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+"
            r"(?:\p{L}{2,24}|xn--[A-Z0-9-]{2,59}))(?![\w-])",
            0.9,
        ),
        Pattern("email written to dodge filters", _DODGED, 0.7),
    ]

    def adjust(self, text: str, start: int, end: int, score: float, context: bool) -> Optional[float]:
        m = _DODGED_RX.fullmatch(text, start, end)
        if m is None:
            return score  # the plain "email" pattern
        labels = _DOTS_RX.split(m.group("domain"))
        if labels[-1].lower() not in top_level_domains():
            return None
        if _SPELT_RX.search(m.group()):
            return score
        if _THING_BEFORE.search(text, max(0, start - 24), start):
            return None  # "order a home kit at sh24.org.uk": a thing to get at a website, not a mailbox
        return score if self._plain_at_is_an_address(m.group("local"), m.group("domain")) else None

    def _plain_at_is_an_address(self, local: str, domain: str) -> bool:
        """"john at gmail.com": a name or no word before " at ", a lower-case non-web domain ending in no word."""
        words = self.resources
        tld = domain.rsplit(".", 1)[-1]
        if not domain.islower() or domain.startswith("www.") or (words is not None and words.is_stop(tld)):
            return False
        if words is None:
            return True
        if _MAILBOX_RX.search(local):
            return True  # "j.smith", "jo_b99": joined parts or digits are a mailbox, not a word
        return not words.is_stop(local) and (words.is_first_name(local) or not words.is_common(local))
