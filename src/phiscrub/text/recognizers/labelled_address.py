"""STREET_ADDRESS after an address label: "Address: Flat 7, Bridgewater House, 5 Canal Side, Salford M5 4WT".

Rule: after a form's address label ("Address:", "Home address –", "Addr:", Welsh "Cyfeiriad:", Gaelic
"Seòladh:", "address is"; misspelt "Adress:"), the comma-separated parts of the value up to the town or the postcode are the street
address, whatever words they use: a street type no list has ("Canal Side", "Pudding Chare", "Ropewalk"), a house
name ("Gwêl y Môr, Heol Glan yr Afon"), a flat and building. The town is the first part after the first that is
a known place, or that holds a full postcode ("York YO1 8BL"); with neither, the whole value when the next line
holds the postcode ("Postcode: SW2 2TW" under it), else the end is unknown and nothing is found. A label alone on its
line: the lines below it up to the town's or the postcode's ("Address:" / "Tŷ Gwyn" / "Heol y Llan" / "Llandeilo").
Source: the address fields of referral, safeguarding and PAS forms, which always end on town and postcode.
Avoids: "Address: as above", "NFA", "c/o Ward 7" (no house number or capitalised name first), an institution's
public address ("Address: Royal Infirmary, Lauriston Place, Edinburgh"), a town alone ("Address: Leeds").
Dictated, with no colon: "address twelve tanners lane" (the house number in words, then a street type: ``spoken``), or
with no label a capitalised street after "at", "that's", "is", "to", "from" or a speaker's label ("Caller:") and the number in
words ("that's forty two Sycamore Drive", "Caller: fourteen Glebe Road"; not "two Church Street shops"), or a street
in any case after where someone lives ("she lives at eleven ashgrove terrace", "we live at number forty two cherry tree
walk").
"""

from __future__ import annotations

from typing import List, Optional, Tuple

import regex as re

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.text.recognizers.postcode import EIRCODE
from phiscrub.text.recognizers.street_address import _TYPES, is_institution
from phiscrub.types import Finding

_LABEL = (r"(?<![\w])(?i:(?:home|patient['’]?s|current|new|postal|residential|nok)[ \t]+)?"
          r"(?i:ad{1,2}re[s5]{1,2}|addr|cyfeiriad|se[òo]ladh)(?:[ \t]*(?:[:–—-]|is\b|\.{3,}:?)|\t)[ \t]*")  # "Address......"
# a full UK postcode, or an Irish Eircode ("Co. Donegal F92 X2K7": ``postcode.EIRCODE``)
_POSTCODE = re.compile(rf"(?<![\w])(?:[A-Z]{{1,2}}\d[A-Z\d]?[ \t]{{0,2}}\d[A-Z]{{2}}|(?-i:{EIRCODE.pattern}))(?![\w])", re.IGNORECASE)
# the value ends at a bracket, a dash set apart, a semicolon or a full stop before a space
_VALUE_END = re.compile(r"[ \t]+[(–—-][ \t]|[ \t]*\(|;|(?<!\b(?:Co|St|Rd|Ave|Mt))\.(?:[ \t]|$)")  # not "Co. Donegal"
_FIRST = re.compile(r"(?:\d|(?i:flat|fflat|apartment|apt|unit|maisonette)\b|\p{Lu}(?:[\p{Ll}\p{M}'’-]|[ \t]\p{Lu}))")
_NOT_AN_ADDRESS = re.compile(r"(?i)\b(?:as[ \t]+above|nfa|no[ \t]+fixed|unknown|n/a|(?-i:NA)|c/o|same|see|tbc|withheld)\b")
# ("NA" in capitals or "n/a": Irish and Gaelic "na" is "of the": "Cnoc na Móna", "Taigh na Mara")
_STREET_LAST = re.compile(rf"(?i)\b(?:{_TYPES})\.?$")  # "Chapel Hill" is the street, not the village
MAX_WORDS = 10
_COUNTY = re.compile(r"[ \t]*(?-i:Co\.?|County)[ \t]+\p{Lu}")  # an Irish address's county
# a house number read out (one to ninety-nine), then up to three words and a street type, after "address"
_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|"
                r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen)")
# who speaks on a transcript's line ("Caller: fourteen Glebe Road")
_SPEAKER = r"(?i:caller|patient|pt|relative|carer|mum|dad|daughter|son|wife|husband|partner|neighbour|friend|me|him|her)"
_SPOKEN = re.compile(rf"(?i)(?<!\b(?:email|e-mail|web|ip)[ \t])\baddress(?:[ \t]+is)?[ \t]+(?P<id>(?:number[ \t]+)?{_NUMBER_WORD}"
                     rf"(?:[ \t]+(?!(?:of|the|a|an|in|on|at|to|and|or|for)\b)[\p{{L}}'’-]+){{1,3}}?[ \t]+(?:{_TYPES})\b)"
                     # ... or, with no label, a street's capitalised name after the number: "that's forty two Sycamore Drive"
                     rf"|(?<=\b(?:at|that['’]s|it['’]s|is|to|from)[ \t]+|^[ \t]*{_SPEAKER}:[ \t]*)(?P<id>{_NUMBER_WORD}"
                     rf"(?:[ \t]+(?-i:\p{{Lu}}\p{{Ll}}[\p{{L}}'’-]*)){{1,3}}?[ \t]+(?=\p{{Lu}})(?:{_TYPES})\b)"
                     # ... or in any case after where someone lives: "she lives at eleven ashgrove terrace", "we live at
                     # number forty two cherry tree walk"
                     rf"|(?<=\b(?:live[sd]?|living|stays?|staying)[ \t]+at[ \t]+)(?P<id>(?:number[ \t]+)?{_NUMBER_WORD}"
                     rf"(?:[ \t]+(?!(?:of|the|a|an|in|on|at|to|and|or|for|with)\b)[\p{{L}}'’-]+){{1,3}}?[ \t]+(?:{_TYPES})\b)",
                     re.MULTILINE)
_CELL_GAP = re.compile(r"[ \t]{2,}|\t")
# the label alone on its line, the address's parts on the lines below it (up to six)
_BLOCK = re.compile(rf"{_LABEL}\n(?P<id>[^\n]+(?:\n[^\n]+){{1,5}})")


# the next line holds the postcode, alone or after its label ("Postcode: SW2 2TW", "Postc0de: …", "P/code:")
_POSTCODE_LINE_NEXT = re.compile(r"[ \t]*\n[ \t]*(?:(?:post[ \t]*c[o0]de|p/?c[o0]de|pc)[ \t]*[:.-]?[ \t]*)?"
                                 + _POSTCODE.pattern, re.IGNORECASE)


class LabelledAddressRecognizer(PhiRecognizer):
    ENTITY = "STREET_ADDRESS"
    PREFILTER = r"(?i)ad{1,2}re[s5]|addr|cyfeiriad|se[òo]ladh"
    PATTERNS = [Pattern("address label", rf"{_LABEL}(?P<id>[^\n]+)", 0.85)]

    EXTRA_RULES = ("spoken",)

    def find(self, text: str, ents=()) -> List[Finding]:
        out = []
        for f in super().find(text, ents):
            span = self._street(text, f.start, f.end)
            if span:
                out.append(Finding(span[0], span[1], f.entity_type, f.score, f.recognizer, f.rule))
        out += [Finding(a, b, self.entity, 0.85, self.name, "address label, lines below")  # a form's block under its label
                for a, b in (self._block(text, m) for m in _BLOCK.finditer(text)) if a is not None]
        # a dictated address: the house number in words, then the street ("address twelve tanners lane sheffield")
        out += [Finding(m.start("id"), m.end("id"), self.entity, 0.8, self.name, "spoken")
                for m in _SPOKEN.finditer(text) if not any(f.start < m.end() and m.start() < f.end for f in out)]
        return out

    def _block(self, text: str, m) -> Tuple[Optional[int], Optional[int]]:
        """A form's address written one part a line under its label alone ("Address:" / "Tŷ Gwyn" / "Heol y Llan" /
        "Llandeilo" / "SA19 6AF"): the lines before the first that is a known town or holds a postcode; (None, None)
        when no such line ends it first, or a line of another label ("Tel: …") comes first."""
        lines, at = [], m.start("id")
        for line in text[at:m.end("id")].split("\n"):
            lines.append((at, at + len(line.rstrip())))
            at += len(line) + 1
        first = text[lines[0][0]:lines[0][1]]
        if not _FIRST.match(first) or _NOT_AN_ADDRESS.search(first) or is_institution(first + ","):
            return None, None
        for i, (a, b) in enumerate(lines[1:], 1):
            part = text[a:b].strip()
            town = _POSTCODE.sub("", part).strip(" ,")
            if _POSTCODE.search(part) or (self.resources is not None and self.resources.is_place(town)
                                          and not _STREET_LAST.search(town)):
                return lines[0][0], lines[i - 1][1]
            if ":" in part or not part:
                break
        return None, None

    def _person(self, part: str) -> bool:
        """"Eirlys Prydderch": a first name, then a last word no dictionary or gazetteer knows as a word or place
        (not "Rose Cottage"), no digit: the addressee, not the house."""
        words = part.split()
        res = self.resources
        return (res is not None and 2 <= len(words) <= 3 and not any(ch.isdigit() for ch in part)
                and res.is_first_name(words[0]) and not res.is_common(words[-1].lower())
                and not res.is_place(words[-1]))

    def _street(self, text: str, start: int, end: int, addressee: bool = True) -> "tuple | None":
        """The span of the street part of the value ``text[start:end]`` (before its town), None when unknown; an
        addressee's name may open the value once (``addressee``)."""
        stop = _VALUE_END.search(text, start, end)
        value = text[start:stop.start() if stop else end]
        if not _FIRST.match(value) or _NOT_AN_ADDRESS.search(value):
            return None
        parts, at = [], 0
        for piece in value.split(","):
            parts.append((at, at + len(piece)))
            at += len(piece) + 1
        if addressee and len(parts) > 2 and self._person(value[:parts[0][1]]):  # "address: Eirlys Prydderch, Tŷ Gwyn, …"
            lead = parts[1][0] + len(value[parts[1][0]:]) - len(value[parts[1][0]:].lstrip())
            return self._street(text, start + lead, end, addressee=False)
        for i, (a, b) in enumerate(parts[1:], 1):
            part = value[a:b].strip()
            town = _CELL_GAP.split(_POSTCODE.sub("", part).strip())[0].strip()  # "LUTON   P/CODE : …": the cell's town
            known = self.resources is not None and self.resources.is_place(town) and not _STREET_LAST.search(town)
            county = _COUNTY.match(part) is not None  # an Irish county: the part before it is the town ("Cnoc na
            if _POSTCODE.search(part) or known or county:  # Móna, Gortahork, Co. Donegal")
                street = value[:parts[i - 2 if county and i >= 2 else i - 1][1]]
                institution = any(is_institution(piece.strip() + ",") for piece in street.split(","))
                if len(street.split()) > MAX_WORDS or institution or _POSTCODE.search(street):
                    return None
                return start, start + len(street.rstrip())
        if len(parts) > 1 and _POSTCODE_LINE_NEXT.match(text, start + len(value)):
            # no town on the line, the postcode on the next one ("Addr: Flat 6 Orchid House, 12 Tulse Hill" above
            # "Postcode: SW2 2TW"): the whole value is the street address
            street = value.rstrip()
            institution = any(is_institution(piece.strip() + ",") for piece in street.split(","))
            if len(street.split()) <= MAX_WORDS and not institution and not _POSTCODE.search(street):
                return start, start + len(street)
        return None
