"""POSTCODE: a full UK postcode, outward + inward code, any case and spacing; and an Irish Eircode where the text
says Ireland ("Gort an Choirce, Co. Donegal F92 X2K7": a cross-border patient's home, as exact as a UK postcode).

Rule: the six Royal Mail shapes (A9 9AA … AA9A 9AA, and GIR 0AA) with the
letters Royal Mail allows in each position (never Q, V, X first; never C, I, K,
M, O, V in the inward code). A full postcode (outward + inward digit-letter-
letter) is a postcode whether or not its outward code is a live geographic one:
non-geographic codes ("BX1 1LT", "DN55 1PT", "GIR 0AA") and a mistyped district
still point at one address. The ONS Postcode Directory's outward codes, shipped
by the ``uk-postcodes-parsing`` package (2,980 codes), only score: a live outward
code scores higher, a full code in the directory highest. Source: Royal Mail PAF
programmers' guide; ONS Postcode Directory.
A column-aligned list may put up to four spaces between the halves ("S2    4SU"); after a postcode label, OCR
may split the inward code ("P/CODE : LU3 1 EN") or the outward one ("Postcode: SE 15 4PR").
Avoids: outward codes alone ("M4", "EX39", "B15" are quasi-identifiers, not
redacted; no inward code), road numbers ("A361"), "COVID19", "B12 the" (the
inward code needs a digit and two letters).

An inward code that reads as a lower-case ordinal ("B2 2nd floor", "bay a1 1st
bed") needs "postcode" context: ordinals are the one run of prose with the
inward code's shape. Source: the inward shape above. Avoids: "ward C3 3rd
door on the left".

An institution's public address is no one's: a postcode that ends a hospital's, surgery's or care service's name and
its street and town on one line ("St James's University Hospital, Beckett Street, Leeds LS9 7TF") stays readable
(``institution_address``; PII-SPEC section 4: hospitals stay readable).
"""

import importlib
from functools import lru_cache
from importlib import resources
from typing import FrozenSet, List, Optional

import regex as re

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.text.recognizers.spoken import phonetic_runs
from phiscrub.text.recognizers.street_address import is_institution
from phiscrub.types import Finding

_OUTCODES_PACKAGE = "uk_postcodes_parsing.outcodes"
_ORDINAL = re.compile(r"1st|2nd|3rd|[04-9]th")
_SPACED_INWARD = re.compile(r"\d[ \t]\w[ \t]?\w$")
_SPACED_OUTWARD = re.compile(r"^\p{L}{1,2}[ \t]\d")
# a postcode's outward and inward codes (Royal Mail's letters for each place)
_OUTWARD = r"[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_FULL = re.compile(_OUTWARD + _INWARD)  # spaces taken out


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
    """The outward code ("EX2") of a full postcode, an Eircode's routing key ("F92"): what generalise mode keeps."""
    return "".join(postcode.split()).upper()[:3] if EIRCODE.fullmatch(postcode.strip()) else split(postcode)[0]


_PLACE_PART = re.compile(r"[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|la|le|du|des|of|the|y|yr|an|nan"
                         r"|upon|on|by)){0,4}[ \t]*")


def institution_address(text: str, start: int) -> bool:
    """Whether the postcode at ``start`` ends an institution's address on its line: the institution's name, then up
    to three parts that read as a street or a town (no digit, up to five words) and commas ("Derriford Hospital, Derriford Road, Plymouth PL6 8DH").
    A patient's address after it ("from Derriford Hospital to 12 Mill Road, Plymouth") has a number and is not."""
    line_start = text.rfind("\n", 0, start) + 1
    parts = text[max(line_start, start - 160):start].rstrip(" \t,").split(",")
    for k in range(min(4, len(parts))):
        if k and not _PLACE_PART.fullmatch(parts[len(parts) - k]):
            return False  # a street or town has no number and few words, all capitalised but particles
        if is_institution(",".join(parts[:len(parts) - k]) + ","):
            return True
    return False


# a code in groups that a postcode's shape opens: after a code word that is no postcode's ("share code", "access code:")
# or before a third group of letters and digits ("W7K 4RN 9XP")
_CODE_BEFORE = re.compile(r"(?<!post)(?<!post[ \t])(?<!/)\b(?:code|ref(?:erence)?|voucher|pin)[ \t]*[:#]?[ \t]*\Z", re.IGNORECASE)
_CODE_GROUP_AFTER = re.compile(r"[ \t]+(?=[A-Z0-9]{3}(?![\w]))(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{3}(?![\w])")


EIRCODE = re.compile(r"[AC-FHKNPRTV-Y](?:\d\d|6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}")
# the text says the address is in Ireland: a county ("Co. Donegal"), the country or the code's own name, or one of the
# Republic's cities and largest towns (CSO, Census 2022: over 20,000 people) or a Dublin postal district ("Dublin 16")
_IRISH = re.compile(r"\b(?:Co\.?[ \t]+\p{Lu}|County[ \t]+\p{Lu}|(?i:ireland|eircode|roi)\b|Dublin(?:[ \t]+\d{1,2}W?)?\b"
                    r"|(?:Cork|Galway|Limerick|Waterford|Drogheda|Dundalk|Swords|Bray|Navan|Kilkenny|Ennis|Carlow|Tralee"
                    r"|Newbridge|Portlaoise|Balbriggan|Naas|Athlone|Mullingar|Celbridge|Wexford|Letterkenny|Sligo)\b)")


class PostcodeRecognizer(PhiRecognizer):
    ENTITY = "POSTCODE"
    PREFILTER = r"\d[ \t]*\d?[A-Z]{2}\b|GIR|\b[AC-FHKNPRTV-Y]\d[\dW][ \t]?[0-9AC-FHKNPRTV-Y]{4}\b"
    PATTERNS = [
        Pattern(
            "uk postcode",
            rf"(?<![\w-])(?P<id>(?:GIR[ \t]{{0,2}}0AA)|(?:{_OUTWARD}(?:[ \t]{{0,2}}|[ ]{{3,4}}){_INWARD}))(?![\w-])",
            0.6,
        ),
        Pattern(  # OCR splits the inward code ("LU3 1 EN"): only after a postcode label (``adjust``)
            "uk postcode, spaced inward code",
            r"(?<![\w-])(?P<id>[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
            r"[ \t]{1,2}[0-9][ \t][ABD-HJLNP-UW-Z][ \t]?[ABD-HJLNP-UW-Z])(?![\w-])",
            0.6,
        ),
        Pattern(  # OCR or a typist splits the outward code ("SE 15 4PR"): only after a postcode label (``adjust``)
            "uk postcode, spaced outward code",
            r"(?<![\w-])(?P<id>(?:[A-PR-UWYZ][A-HK-Y]?)[ \t][0-9][0-9A-HJKPSTUW]?[ \t]{1,2}[0-9][ABD-HJLNP-UW-Z]{2})(?![\w-])",
            0.6,
        ),
        Pattern(  # an Irish Eircode ("F92 X2K7"), where the text says Ireland (``adjust``): a cross-border transfer
            "eircode",
            r"(?<![\w-])(?P<id>(?-i:[AC-FHKNPRTV-Y]\d\d|D6W)[ \t]?(?-i:(?=[0-9AC-FHKNPRTV-Y]*[AC-FHKNPRTV-Y])"
            r"(?=[AC-FHKNPRTV-Y]*\d)[0-9AC-FHKNPRTV-Y]{4}))(?![\w-])",
            0.6,
        ),
    ]
    CONTEXT = [r"post\s?code", r"postal\s+code", r"address", r"lives?\s+(?:at|in)", r"p/?c", r"p/?code"]
    CONTEXT_BEFORE = 60
    VALID_SCORE = 0.85

    EXTRA_RULES = ("phonetic",)  # the rule of ``find`` beside the patterns

    def find(self, text: str, ents=()) -> List[Finding]:
        """The patterns' findings, and a full postcode spelt in the NATO alphabet with its digits read out ("Lima Sierra
        two seven, seven Papa Quebec", a 111 call's transcript: ``phonetic``) when its outward code is a live one."""
        out = super().find(text, ents)
        return out + [Finding(s, e, self.entity, 0.85, self.name, "phonetic") for s, e, chars in phonetic_runs(text)
                      if _FULL.fullmatch(chars) and split(chars)[0] in known_outcodes()
                      and not any(f.start < e and s < f.end for f in out)]

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """A live outward code confirms the postcode (True); any other outward code has no say (None)."""
        outward, _ = split(pattern_text)
        return True if outward in known_outcodes() else None

    def adjust(self, text, start, end, score, context):
        if institution_address(text, start):
            return None  # "St James's University Hospital, Beckett Street, Leeds LS9 7TF": its public address
        if _CODE_BEFORE.search(text, max(0, start - 20), start) or _CODE_GROUP_AFTER.match(text, end):
            return None  # a share, access or reference code in groups of three ("share code W7K 4RN 9XP")
        value = text[start:end]
        if EIRCODE.fullmatch(value):
            return score if _IRISH.search(text, max(0, start - 80), start) or "eircode" in text[max(0, start - 30):start].lower() else None
        outward, inward = split(value)
        spaced = _SPACED_INWARD.search(value) or _SPACED_OUTWARD.match(value)
        if not context and (value[-2:].islower() and _ORDINAL.fullmatch(value[-3:]) or spaced) and not (
                spaced and outward in known_outcodes() and _another_postcode(text, start, end)):
            return None  # (a split one among other postcodes, its outward code a live one: "TAMANG, Pemba → NE33 1 SP")
        if outward in known_outcodes() and in_directory(outward, inward):
            return max(score, 0.95)
        return score


WHOLE_POSTCODE = re.compile(rf"(?<![\w-])(?:{_OUTWARD})[ \t]{{0,2}}{_INWARD}(?![\w-])", re.IGNORECASE)


def _another_postcode(text: str, start: int, end: int) -> bool:
    """Whether a whole postcode stands elsewhere in the text: a list of addresses, where a split one is one too."""
    return any(m.end() <= start or m.start() >= end for m in WHOLE_POSTCODE.finditer(text))
