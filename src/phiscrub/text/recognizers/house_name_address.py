"""STREET_ADDRESS (house names): "Trevenna, Chapel Hill", "The Old Forge, Church Lane",
"Pen y Bryn, Heol y Nant" (a Welsh or Gaelic article inside the name).

Rule: one to three capitalised words, a comma, then a street name and street
type, only when an address cue stands just before ("write to", "lives at",
"address", "home to", "staying at"). Many rural and Cornish/Welsh homes have a
name and no number. Source: Royal Mail PAF "building name" field.
Avoids: "Exeter, Station Road" in prose (no address cue), a street alone, an institution's public
address ("Derriford Hospital, Derriford Road").
The street may be Welsh, Gaelic or Irish, street word first ("Bryn Awel,
Ffordd Penrhos": ``_CAP_STREET`` of ``street_address``).

No cue is needed where the name itself says home: it opens on a Welsh or Gaelic house-name
element ("Bryn Awel, Ffordd Penrhos") or ends on a word for a dwelling ("Rose Cottage, Mill
Lane", "Glebe Farm, Church Road"); a hall, court, mill or manor may be a public building or a
business, so those still need a cue. Nor where the address goes on to its town, as a visit list
writes it ("Hillcrest, Moor Lane, Clitheroe"), when the name is one a house has and a person or
place has not (``street_address.is_house_name``: "Exeter, Station Road, Crediton" stays).

A rural Welsh or Gaelic home may have a name and a village and no street ("lives at Tŷ Gwyn, Llanon"): a name
opening on a house-name element, its comma and a village are the address right after a cue that says home ("lives
at", "address", "write to"; not "lives in" or "moved to", which a village follows: "lives in Nant Peris, Gwynedd").

A farm or cottage whose village the list gives after "nr" or "by" is the address without the village: "Higher
Trewinnow Farm, nr Perranporth", "East Mains Farm Cottage, by Meigle" (the village is no ordinary word).

Jersey and Guernsey houses are named in French like their roads, and neither has a number: "Les Vignes, La Rue des
Prés" is an address with no cue. Where a road follows the matched road ("Yves Le Cornu, Le Clos des Pins, La Rue du
Douet"), the matched road is the house and the name before it is no house: the person stays out of the address.
"""

from dataclasses import replace

import regex as re

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.text.recognizers.house_words import HOUSE_ELEMENTS, is_house_name
from phiscrub.text.recognizers.street_address import (
    _CAP_STREET,
    _FRENCH_STREET,
    _TYPES,
    after_institution,
    is_institution,
)
from phiscrub.text.words import HONORIFIC

# words that end the name of a dwelling (Royal Mail PAF building names); not hall, court, mill or manor
_DWELLING_WORDS = ("cottages?|farm|farmhouse|lodge|barn|villa|bungalow|croft|grange|rectory|vicarage|manse|forge|schoolhouse|"
                   "barton")  # (a West Country farm: Barton)
_DWELLING = re.compile(rf"\s(?i:{_DWELLING_WORDS})$")  # in any case: chat writes "rosemary cottage, church lane"
# those a family lives in rather than a business trades from, ending a name before its village
_DWELLING_END = r"\s(?:Cottages?|Farm|Farmhouse|Barn|Bungalow|Croft)"
# a village a farm stands near ("Higher Trewinnow Farm, nr Perranporth", "East Mains Farm Cottage, by Meigle"): the village
# is no part of the address
_NEAR = r"(?:nr\.?|near|by|outside)[ \t]+"
_DWELLING_NAME = rf"(?-i:(?:The\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}}{_DWELLING_END})"
_VILLAGE = r"(?-i:\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)(?![\w'’-])"
_DWELLING_VILLAGE = re.compile(rf"{_DWELLING_NAME},\s+[^,]+")
_NEAR_VILLAGE = re.compile(rf",\s+{_NEAR}(?P<v>{_VILLAGE})")
# a word of a lower-case house name or street is no function word: "at rosemary cottage", "the old barn, up the lane"
_NOT_FUNCTION = r"(?!(?:at|in|on|to|up|the|a|an|of|by|from|past|near|and|or|for|with|down|over|into|round)\s)"
_NAME_WORD = re.compile(r"[\w'’-]+")
_BUILDING_WORD = re.compile(r"(?i:cottages?|farm|farmhouse|lodge|barn|villa|bungalow|croft|grange|rectory|vicarage|manse|"
                            r"house|hall|court|mill|manor|view|rise)")
# the town after the street: ", Clitheroe", ", Newton Abbot"
_TOWN_AFTER = re.compile(r",[ \t]*(?P<town>\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2})")
_CELL_END = re.compile(r"[ \t]*(?:[¦|\t]|\n|\Z)|[ \t]+[–—-][ \t]")  # a cell's or a list field's end
# a capitalised cue opening a sentence is no house name: "Lives Achnacloich, Braes Road" names Achnacloich
# a Jersey or Guernsey house name: an article and capitalised words with French articles between ("Le Clos des Pins")
_FRENCH_HOUSE = (r"(?-i:(?:Le|La|Les)\s+[A-Z][\w'’-]+"
                 r"(?:\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|à\s+la\s+|au\s+|aux\s+)?[A-Z][\w'’-]+){0,2})")
FRENCH_HOUSE_STREET = re.compile(rf"{_FRENCH_HOUSE},\s+{_FRENCH_STREET}")
# a street after the street: what was taken for the street is the house ("Yves Le Cornu, Le Clos des Pins, La Rue …")
_STREET_AFTER = re.compile(rf",\s+{_CAP_STREET}")
_STREET = re.compile(_CAP_STREET)
# a visit list's dash between the person and the house: "09:00 Glenys Rowlands - Pen-y-Bryn, Heol y Felin - wash"
VISIT_DASH = re.compile(r"[\p{L})][ \t]+[–—-][ \t]+\Z")
# a name opening on a Welsh or Gaelic house-name element ("Tŷ Gwyn", "Bryn-y-Mor", "Taigh na Mara"), as many rural
# homes are named, with no street
_ELEMENT_NAME = (rf"(?-i:(?:{'|'.join(sorted(e.capitalize() for e in HOUSE_ELEMENTS))})"
                 r"(?:(?:[ -](?:y|yr|an|na|nan|a['’]))?[ -]\p{Lu}[\p{L}'’]+){1,2})")
_HOUSE_WORDS = frozenset({"tŷ", "ty", "taigh", "tigh", "chy"})  # the elements that mean "house" itself
_ELEMENT_VILLAGE = re.compile(rf"{_ELEMENT_NAME},\s+[^,]+")
# ... which needs a cue that says home right before it: "lives at", "address:", "Home:", "write to"
_HOME_CUE = re.compile(r"(?i:\b(?:(?:lives?|living|staying|resid(?:es|ing))[ \t]+at|home[ \t]+(?:is|at)|address(?:ed[ \t]+to)?|"
                       r"addr|write[ \t]+to)\b[ \t:-]*|\bhome[ \t]*:[ \t]*)\Z")  # not "lives in" or "moved to": a village follows those
# ... or a titled person and a comma, as visit lists and letters write a home: "Mr Alwyn Price, Tŷ Gwyn, Cusop"
_TITLED_BEFORE = re.compile(rf"\b{HONORIFIC}[ \t]+(?-i:(?:\p{{Lu}}[\p{{L}}'’-]*\.?[ \t]+){{0,2}}\p{{Lu}}[\p{{L}}'’-]+),[ \t]*\Z")
# ... or a list item's person, a first name and a surname, and a comma: a visit or delivery list's home ("2. Colin Dyer,
# The Laurels, Frome Road – insulin"; the house a name only a house has)
_LISTED_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:\d{1,2}[.)][ \t]+|[-•*·][ \t]*|\d{1,2}[:.]\d\d[ \t]+)"
                            r"(?-i:\p{Lu}[\p{Ll}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+),[ \t]*\Z")
_AT_BEFORE = re.compile(r"\b(?i:at)[ \t]+\Z")  # "alone at Dunroamin, Church Lane": where someone was found or lives
_PUBLIC_NAME = re.compile(r"^(?:St\.?|Saint)\s|\b(?:Church|Chapel|Cathedral|Abbey|School|Hall|Hotel|Inn|Club|Centre)\b")
_CUE_WORD = r"(?:Lives?|Living|Staying|Mov(?:ed|ing|es)|Address(?:ed)?|Write|Resides|Found|Visit(?:ed)?)\b"


class HouseNameAddressRecognizer(PhiRecognizer):
    ENTITY = "STREET_ADDRESS"
    PREFILTER = r","
    PATTERNS = [
        Pattern(
            "house name, street",
            # a part of the house first: "The Annexe, Oak Tree Farm, Summer Lane", "The Coach House, Glebe Farm, …"
            # a room or flat in it first, and a care home's: "Room 7, Orchard House Care Home, Orchard Road"; Welsh, Gaelic
            # and French joiners inside the name ("Pen y Bryn", "Taigh a' Bhàigh", "Taigh na Mara", "Clos de la Mare")
            rf"(?<![\w])(?!{_CUE_WORD})(?P<id>(?i:(?:room|flat|apartment|apt|unit)\s*\d{{1,4}}[a-z]?,?\s+)?"
            rf"(?-i:(?:The\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+)?"
            rf"(?:The\s)?[A-Z][\w'’-]+(?:\s(?:de\sla|y|yr|an|na|nan|a['’]|des|de|du|la|le|aux)\s[A-Z][\w'’-]+|\s[A-Z][\w'’-]+){{0,2}}(?:\s(?:Care|Nursing|Residential)\sHome)?)"
            rf",\s+{_CAP_STREET})",
            0.3,
        ),
        Pattern(  # a dwelling and its village, no street: "Low Garth Farm, Watermillock" (``adjust``: no ordinary word)
            "dwelling, village",
            rf"(?<![\w])(?P<id>{_DWELLING_NAME}(?=,\s+{_NEAR}{_VILLAGE})|{_DWELLING_NAME},\s+{_VILLAGE})",
            0.3,
        ),
        Pattern(  # after a name and its comma: "Mr Hamish Mackintosh, Ivy Bank, Craigleith Road" (the first pattern
            # read the name as the house and "Ivy Bank" as its street, and gave way to the street after it)
            "name, house name, street",
            rf"(?<=\p{{Ll}},[ \t]{{1,2}})(?P<id>(?-i:(?:The\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}}),\s+{_CAP_STREET})",
            0.3,
        ),
        Pattern(  # a Welsh or Gaelic house name and its village, no street, after a home cue: "lives at Tŷ Gwyn, Llanon"
            "Welsh house name, village",
            rf"(?<![\w])(?P<id>{_ELEMENT_NAME},\s+(?-i:\p{{Lu}}[\p{{L}}'’-]+(?:[ -](?:(?:a['’]|na|an|nan)[ ])?\p{{Lu}}[\p{{L}}'’-]+){{0,2}}))"
            r"(?![\w'’-])",  # a Gaelic village of three words: "Taigh na Mara, Baile Mhic Phàil"
            0.3,
        ),
        Pattern(  # in lower-case chat, a dwelling's word ending the name and a street's type ending the street: "the old
            # forge, back lane", "rosemary cottage, church lane" (``adjust``: a dwelling's name needs no cue)
            "lower-case house name, street",
            rf"(?<![\w])(?P<id>(?-i:(?:the\s)?(?:{_NOT_FUNCTION}[a-z][\w'’-]+\s){{0,2}}(?:{_DWELLING_WORDS}),\s+"
            rf"{_NOT_FUNCTION}[a-z][\w'’-]+"
            rf"(?:\s{_NOT_FUNCTION}[a-z][\w'’-]+)?\s+(?:{_TYPES}))(?![\w'’-]))",
            0.3,
        ),
        Pattern(  # a Channel Islands house, French in form like its road: "Les Vignes, La Rue des Prés"
            "French house name, street",
            rf"(?<![\w])(?<!\p{{Lu}}[\p{{L}}'’-]*\s)(?P<id>{_FRENCH_HOUSE},\s+{_FRENCH_STREET})",
            0.3,
        ),
    ]
    CONTEXT = [
        r"write\s+to", r"lives?(?:\s+(?:at|in))?", r"living\s+at", r"address(?:ed)?", r"home\s+(?:to|at|is)",
        r"staying\s+(?:at|with)", r"mov(?:ed|ing|es)\s+to", r"resid(?:es|ing|ence)\s+at", r"addr", r"at\s+home", r"\d+,",
        r"found\s+at", r"visit(?:ed)?\s+at", r"from", r"passing",
        # a visit list: the person's title and name, then the house ("Mr Angove (Chy an Mor, Trefusis Road)")
        r"(?:mrs?|ms|miss|mx)\.?",
        # a full postcode just after the street: "…, Church Lane, St Mawes TR2 5DW"
        r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}",
    ]
    CONTEXT_AFTER = 35
    CONTEXT_BEFORE = 45
    CONTEXT_BOOST = 0.4
    # (a cue is still required unless the name says home: ``adjust``)

    def find(self, text, ents=()):
        """The matches, each starting after a person's first name and surname read into its house name ("Mrs Joan
        Ellwood Beckside, Low Moor Lane": the house is "Beckside")."""
        return [self._after_person(text, f) for f in super().find(text, ents)]

    def _after_person(self, text, f):
        words = list(_NAME_WORD.finditer(text, f.start, text.find(",", f.start, f.end)))
        res = self.resources
        if (res is None or len(words) != 3 or _BUILDING_WORD.fullmatch(words[2].group())
                or not (res.is_first_name(words[0].group().lower()) and res.is_name(words[1].group().lower()))
                or res.is_name(words[2].group().lower())):
            return f
        return replace(f, start=words[2].start())

    def adjust(self, text, start, end, score, context):
        """An institution's name is no house name: "Derriford Hospital, Derriford Road" is its public address."""
        name = text[start:end].partition(",")[0]
        if is_institution(name + ",") or after_institution(text, start) or _STREET_AFTER.match(text, end):
            return None
        if _ELEMENT_VILLAGE.fullmatch(text, start, end) and not _STREET.fullmatch(text[start:end].rpartition(", ")[2]):
            res, parts = self.resources, name.split()
            cued = (_HOME_CUE.search(text, max(0, start - 30), start) or _TITLED_BEFORE.search(
                text, max(0, start - 50), start)) and not (res and (res.is_place(name) or (
                res.is_first_name(parts[0]) and res.is_surname(parts[-1]) and parts[0].lower() not in _HOUSE_WORDS)))
            # (a person: "Home: Bryn Jones, Cardiff"; but "Tŷ Gwyn" is a house, whatever "Ty" and "Gwyn" are besides)
            return min(1.0, score + self.CONTEXT_BOOST) if cued else None
        near = _NEAR_VILLAGE.match(text, end)
        if (_DWELLING_VILLAGE.fullmatch(text, start, end) and not _STREET.fullmatch(text[start:end].rpartition(", ")[2])) or near:
            # the village no ordinary word: "Home Farm, Thanks" is none
            village = (near["v"] if near else text[start:end].rpartition(",")[2]).split()[0].lower()
            words = self.resources
            if words is None or (words.is_common(village) and not words.is_place(village)):
                return None
            return min(1.0, score + self.CONTEXT_BOOST)
        if context or FRENCH_HOUSE_STREET.fullmatch(text, start, end):
            return score if context else min(1.0, score + self.CONTEXT_BOOST)
        named = home_name(name) or self._town_follows(text, end, name) or ((
            VISIT_DASH.search(text, max(0, start - 40), start) or _LISTED_BEFORE.search(text, max(0, start - 50), start)
            or (_AT_BEFORE.search(text, max(0, start - 4), start) and not _PUBLIC_NAME.search(name)))
            and is_house_name(self.resources, name))
        return min(1.0, score + self.CONTEXT_BOOST) if named else None

    def _town_follows(self, text: str, end: int, name: str) -> bool:
        """"Hillcrest, Moor Lane, Clitheroe": a known town after the street, or a town no list knows ending a table's
        cell ("Ashdene, Hitchin Road, Letchworth ¦ 06:45"), and a name only a house has."""
        m = _TOWN_AFTER.match(text, end)
        words = self.resources
        if m is None or words is None or not is_house_name(words, name):
            return False
        town = m["town"]
        return words.is_place(town) or (_CELL_END.match(text, m.end()) is not None and not words.is_common(town)
                                        and not words.never_name(town))


def home_name(name: str) -> bool:
    """"Bryn Awel", "Tŷ Gwyn" (a Welsh or Gaelic house-name element first), "Rose Cottage" (a dwelling last)."""
    words = re.split(r"[\s-]+", name)  # "Pen-y-Bryn" as "Pen y Bryn"
    return len(words) > 1 and (words[0].lower() in HOUSE_ELEMENTS or bool(_DWELLING.search(name)))
