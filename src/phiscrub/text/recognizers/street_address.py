"""STREET_ADDRESS: a house number or house name + street name + street type; flats.

Rule: "14 Station Road", "22a Fore St", "6 quay court", "Flat 2, 118 Station
Road", "Flat 6 Quay Court", "Rose Cottage, Mill Lane", "14 Stonegate"; one to
three street-name words, any case, ending in a street type (Road, Street,
Lane, Close, Way, Avenue, Court, Grove, View, Hill, Crescent, Drive,
Terrace, Gardens …). Source: Royal Mail PAF thoroughfare descriptors and
BS 7666 street naming.
Avoids: a street with no number or house ("Station Road" alone is a
quasi-identifier), road numbers ("the A38"), durations and measures that
happen to precede a street-type word ("40 minute drive", "3 hours down the
lane": the first street word is never one of those or a spaCy stop word, taken
from ``resources`` when the recognizer is built), "Derriford Road roundabout"
(no number), a month ending a sentence ("1 April. Bank staff"); "door no. 31 X Road" and "from number 9 X Road" are a house's number.

Rarer street types (PAF thoroughfare descriptors): cove, shores, route, mall,
glen, dell, drove, garth, mead, spinney, copse, causeway, twitten, loke, vennel, chare, Birmingham's middleway, a
Welsh "parc" after the name ("33 Penrice Parc"); "12 Henry Route" is an address whole. "The" + type is a street ("11 The Mall",
"4 The Green"). Avoids: "the 12 bus route", "crew 14 en route" ("bus", "en" never start a street name).

Welsh compound street names stand alone after a number before a town: "3
Ger-y-Llan, Pontardawe", "7 Bryn-y-Môr, Aberaeron".

Welsh, Gaelic and Irish streets put the street word first, then an article and
the name: "12 Heol y Bryn", "5 Lôn Goed", "1 Rhodfa'r Môr", "12 Cnoc an
t-Sìthein", "3 Bóthar na Trá". Street words: Welsh (Heol, Ffordd, Stryd, Lôn,
Rhodfa, Cilgant, Maes, Parc, Clos, Teras, Llys, Cwrt, Rhes), Scottish Gaelic (Sràid,
Rathad, Cnoc, Ceum) and Irish (Bóthar, Sráid, Ascaill, Céide, Ardán,
Páirc); names in any script's letters ("Heol Dŵr"). Source: Welsh Language
Commissioner and Comhairle nan Eilean Siar street-naming guidance. Avoids: the
town after a comma ("…, Stornoway" is a place, not the street).

Tenement positions (floor/door) lead the number: Glasgow "Flat 3/2, 41
Garnethill Street", "0/1, 12 Cnoc Road"; Edinburgh "2F1, 17 Marchmont Crescent",
"PF2, 9 Leith Walk". Source: Scottish tenement addressing.

A house or home name directly before a numbered street belongs to the address:
"Hillcrest, 4 Manse Brae", "Rowan Lodge Care Home, 22 Mill Road". The name is
capitalised words ending in a building word (House, Lodge, Care Home …) or a
single coined word that is no first name, place or ordinary word (checked with
``resources``), never one led by a title ("Mr Ivor Rowse, 18 Passage Lane"). In a postal block, where a full postcode ends the line, any capitalised
name there is the house's ("Hollies, 7 Cedar Grove, Leicester LE2 3HF"), a sentence opener
("Sadly, 7 …") never. Avoids: "Joan, 14 Station Road" or "Exeter, 14 Station Road" in prose
taking the name or town into the address.

A number and one or two capitalised words before a postal block's towns and full postcode
are a street with no street word: "3 The Paddocks, Wem, Shropshire SY4 5XJ", "7 North
Tolsta, Isle of Lewis HS2 0NW" (a township). Avoids: beds, bays, wards and levels.

An institution's public address is no one's home: a street right after a hospital, hospice,
surgery, clinic, health or medical centre, school or station name ("Derriford Hospital,
Derriford Road", "Royal Infirmary, 1 Lauriston Place") is not a finding. Source: PII-SPEC
section 4 (hospital names stay readable) and the NHS ODS site types. A care or nursing home is a
home: "Rowan Lodge Care Home, 22 Mill Road" stays an address.
"""

import regex as re

from phiscrub.resources import stop_words
from phiscrub.text.recognizers.base import STOP_WORDS_HERE, Pattern, PhiRecognizer, with_stop_words
from phiscrub.text.recognizers.house_words import first_or_initial, is_house_name, person_like

STREET_TYPES = _TYPES = (
    r"road|rd|street|st|lane|ln|close|cl|way|avenue|ave|av|court|ct|grove|gr|view|hill|crescent|cres"
    r"|drive|terrace|terr|tce|gardens|gdns|garden|place|pl|square|sq|park|parade|mews|rise|row|walk"
    r"|green|meadows?|fields?|croft|mount|vale|villas|wharf|quay|yard|hollow|heights|boulevard|approach|lanes"
    r"|parkway|promenade|esplanade|bank|brow|chase|circus|dale|end|gate|glade|lea|path|wynd|brae|loan"
    r"|heol|ffordd|stryd|cottages|buildings|estate|wood|orchard|precinct|(?-i:Side|(?<!\.\s)Top)"  # "7 Beck Side", "7 Bank Top" (Yorkshire), not "left side", "on top"
    r"|cove|shores|route|mall|glen|dell|drove|garth|mead|spinney|copse|causeway|twitten|loke|vennel|chare|middleway|fold|parc"
)
# Street words that come before the name (Welsh, Scottish Gaelic, Irish), and the articles after them.
_FIRST_TYPES = (r"heol|ffordd|stryd|lôn|lon|rhodfa|cilgant|maes|parc|clos|teras|llys|cwrt|rhes"
                r"|sràid|sraid|rathad|cnoc|ceum|bóthar|bothar|sráid|ascaill|céide|ceide|ardán|ardan|páirc|pairc"
                # Gaelic place-words that open a Hebridean street's name: "4 Ceann a' Bhàigh", "12 Taobh na Mara"; and Irish
                # ones an Ulster or Irish estate's name opens on: "14 Ard na Gréine" (height), "2 Radharc an Locha" (view)
                r"|ceann|taobh|bruach|àird|slighe|druim|ard|radharc")
_ARTICLE = r"(?:y|yr|an|na|nan|nam|a['’])"
# Words that precede a street type in prose but never name a street; spaCy's stop words are
# added when the recognizer is built (``with_stop_words``), so importing this module reads no file.
_NOT_STREET_WORDS = (
    r"minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|years?|yrs?|miles?|mph|km|metres?|meters?"
    r"|times?|units?|patients?|people|calls?|jobs?|shifts?|nights?|beds?|bays?|wards?|more|less|the|a|an|and|or"
    r"|of|to|in|on|at|by|for|from|with|into|up|down|off|over|very|so|too|just|only|our|my|his|her|their|your|its"
    r"|this|that|these|those|is|was|were|are|be|been|mg|ml|mcg|litres?|doses?|tablets?|steps?|laps?|k|car|cars"
    r"|take|takes|took|taking|make|made|get|got|go|goes|went|come|came|let|pm|am|x|bus|buses|train|tram|coach|en|till|until|til|awr|oriau|munud|diwrnod|wythnos"
)
# A number after these words is a level, bed or count, not a house number.
# "no." or "number" too, but for a door's or house's ("door no. 31 Stapleton Road", "Bernie from number 9 Aberdare Road") or after
# a comma ("mrs hussain, no. 42 Grange Road")
_NOT_HOUSE = (r"(?<!\b(?:level|floor|ward|bay|bed|room|band|step|page|item|table|gate|platform|junction|exit"
              r"|theatre|clinic|pod|zone|area|block|car|cars|x)\.?\s)(?<!(?<!(?:\b(?:door|house|from|at|to|in)|,)\s)\b(?:no\.?|number)\s)")
# after the house number: a gap on its line ("Mr Le Brocq, 88" above "Clos de la Mare" is an age), or none before a capitalised word, as OCR reads a photographed
# address ("41Quay Court")
_AFTER_NO = r"(?:,?[ \t]+|(?=(?-i:\p{Lu}\p{Ll})))"
# a stop word names a street only capitalised: "31B Front St", "Back Lane" (not "3 of the road")
# a month ending a sentence is a date's: "backdated to 1 April. Bank staff will…"
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_MONTH_STOP = rf"(?:{_MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s"
_WORD = (rf"(?!(?:{_NOT_STREET_WORDS})\b|{_MONTH_STOP})"
         rf"(?:(?-i:\p{{Lu}})[\p{{L}}\p{{M}}'’.-]*|(?!(?:\b\B{STOP_WORDS_HERE})\b)\p{{L}}[\p{{L}}\p{{M}}'’.-]*)")
_NEXT_WORD = r"(?!(?:the|a|an|and|or|of|to|in|on|at|by|for|from|with|is|was|will|be)\b)\p{L}[\p{L}\p{M}'’.-]*"
_CAP_WORD = r"(?-i:\p{Lu})[\p{L}\p{M}'’-]*"
# a house number, a range ("3-5"), or Edinburgh's stair and flat ("21/4 Leith Walk": not a date's "12/03", nor one before
# a cell's gap)
_HOUSE_NO = r"\d{1,4}[A-Za-z]?(?:\s?-\s?\d{1,4}[A-Za-z]?|/[1-9]\d{0,2}[A-Za-z]?(?=[ \t]\S))?"
_BUILDING = (r"(?:(?-i:[A-Z][\w'’-]+(?:\s{1,2}[A-Z][\w'’-]+)?)\s{1,2}(?:house|court|lodge|mansions|towers?|point|heights|building|"
             r"buildings|block|place|view|apartments|flats|wharf|chambers)|(?-i:The(?:\s{1,2}[A-Z][\w'’-]+){1,2}))")
# the flat's number ("Fflat" in Welsh), or its floor and side as Aberdeen and Dundee write them: "Flat G/R", "Flat 1/L"
# a lettered flat ("Flat B"), a caravan site's pitch or plot ("Pitch 6, Crabtree Lane"; "flat + street": "… Lane Site")
_FLAT = (rf"(?:flat|fflat|apartment|apt|unit|room|pitch|plot|caravan|chalet|bungalow|maisonette)\s*"
         rf"(?:\d{{1,4}}[A-Za-z]?(?:/\d{{1,3}})?|(?-i:(?:[GB]|\d{{1,2}})/[LRM])|(?-i:[1-9PGB]F[1-9])|(?-i:[A-H])(?![\w/]))"
         rf"\s?,?\s+(?:block\s+(?-i:[A-Z]{{1,2}}|\d{{1,2}})\s?,?\s+)?(?:{_BUILDING}\s?,?\s+)?")  # OCR spaces a comma off its
# word: "Flat  9 ,  Kestrel  House ,"; a hall of residence's block: "Room 12, Block B, Owens Park, 6 Wilmslow Road"
# the flat after its street, as US and some UK forms write it: "9444 Heritage St. apt 2", "14 High St, Flat 3"
_FLAT_AFTER = r"(?:,?\s+(?:flat|apt|apartment|unit|suite)\.?\s*#?\d{1,4}[A-Za-z]?(?![\w/]))"
_FULL_POSTCODE = r"(?-i:[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[A-Z]{2})(?![\w])"
_HOUSE_NAME = r"(?:The\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:Cottage|House|Farm|Lodge|Barn|Villa|Hall|Manor|Mill|Croft|Bungalow|Cottages|Farmhouse|Grange|Rectory|Vicarage)"
# a capitalised compass point, Upper/Lower or Central may end the street: "Clarence Road West", "Nelson Road Central"
# ("14b the crescent": "the" in lower case only before a type that is no everyday noun, or one that a comma ends, as an
# address goes on to its town: "3 the green, heybridge"; not "12 the road is closed", "went 2 the green for a walk")
_STREET = (rf"(?:(?:{_WORD}(?:\s+{_NEXT_WORD}){{0,2}}|(?-i:The)(?:\s+{_CAP_WORD})?)\s+(?:{_TYPES})\b\.?|(?-i:the\s+(?:crescent|"
           r"avenue|mews|grove|terrace|parade|square|paddocks|orchard|meadows|willows|glebe|spinney|chase|lawns|limes|laurels|"
           r"beeches|cedars|hawthorns|maltings|quadrant|circus)\b|the\s+(?:green|close|oval)(?=,)))"
           r"(?:\s(?-i:North|South|East|West|Upper|Lower|Central)\b)?")
# Street word first: "Heol y Bryn", "Rhodfa'r Môr", "Cnoc an t-Sìthein", "Bóthar na Trá" (a second capitalised word may follow).
# An article may lead: "Y Stryd Fawr" (the High Street), "Yr Heol Fawr".
# Channel Islands streets, French order: "Route de Pleinmont", "La Rue de la Pompe", "Rue de la Croix au Prêtre" (street word
# and name capitalised, a French article between; Guernsey and Jersey addresses in Royal Mail's GY and JE areas).
_FRENCH_STREET = (r"(?-i:(?:La\s+|Le\s+)?(?:Rue|Route|Ruette|Chemin|Clos|Côtil|Val|Mont)\s+"
                  r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|à\s+la\s+|au\s+|aux\s+)"
                  rf"{_CAP_WORD}(?:\s+{_CAP_WORD})?(?:\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]|au|aux|à\s+la)\s*{_CAP_WORD}){{0,2}})")
_FIRST_TYPE_STREET = (rf"(?:{_FRENCH_STREET}|(?:(?-i:Yr?)\s+)?(?:{_FIRST_TYPES})(?:['’]r)?\s+(?:{_ARTICLE}\s+)?{_WORD}"
                      rf"(?:\s+{_CAP_WORD})?|(?-i:Mount)\s+{_CAP_WORD})")  # French first: "Clos de l'Église" (Welsh "Clos")  # English street word first: "41 Mount Pleasant"
# Welsh compound streets by "-y-", "-yr-", "-'r-": "Bryn-y-Môr", "Pen-yr-Heol" (Welsh Language Commissioner), Cornish
# by "-an-": "Plain-an-Gwarry" (Padel, "Cornish Place-Name Elements"); a town, postcode or list's bracket follows.
_WELSH_COMPOUND = r"(?-i:\p{Lu}\p{Ll}+-(?:y|yr|['’]r|r|an)-\p{Lu}\p{Ll}+)"
# Tenement position before the number: Glasgow floor/door "0/1, 12 Cnoc Road", "1/L" (left); Edinburgh floor F
# door "2F1, 17 Marchmont Crescent", main door / ground / basement "PF2", "GF1", "BF".
_TENEMENT = r"(?:\d{1,2}/(?:\d{1,2}|(?-i:[LRM])(?![\w]))|(?-i:(?:[1-9]|P|G|B)F[1-9]?)),?\s+"
# A house or home name before a numbered street (checked by ``is_house_name``), Welsh to French words between; on
# one line (a signature's name above "The Old Forge, 2 Church Street" is no part of it).
_NAMED = r"(?-i:[A-Z][\p{L}'’-]+(?:[ \t](?:y|yr|an|na|nan|a|of|on|the|des|de|du|la|le|aux)[ \t][A-Z][\p{L}'’-]+|[ \t][A-Z][\p{L}'’-]+){0,3})"
# a street named by an element and a word, no street word: "7 Bryn Celyn, Pontypridd", "2 Pant y Celyn, Bala";
# a town after a comma must follow. Short elements that are also names or words (tan, min, bod) are left out.
_STREET_ELEMENTS = "bryn|pen|tŷ|ty|hafod|cae|bron|glan|nant|coed|plas|fron|dol|ddol|cwm|rhos|pant|tan|erw|gwel"
_ELEMENT_STREET = rf"(?-i:(?:{_STREET_ELEMENTS.title()})\s+(?:(?:y|yr|['’]r)\s+)?\p{{Lu}}[\p{{Ll}}\p{{M}}'’-]+)"
# a postal block's tail on the same line: up to three comma-separated towns or counties, then a full postcode
# (", Leicester LE2 3HF", ", Wem, Shropshire SY4 5XJ", ", PL23 1JS")
_POSTAL_TAIL = rf",\s*(?:[^\n,]{{1,40}},\s*){{0,2}}(?:[^\n,\d]{{0,40}}\s)?{_FULL_POSTCODE}"
_POSTAL_TAIL_RX = re.compile(_POSTAL_TAIL)
_FIRST_BEFORE = re.compile(r"(?<![\w'’-])(?P<w>\p{Lu}(?:\.|[\p{L}'’-]+)?)[ \t]\Z")  # an initial or a first name
# a sentence opener, not a house name, before a comma and a number: "Sadly, 7 …", "Today, 3 …"
_OPENER = re.compile(r"\w+ly|today|yesterday|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday"
                     r"|sunday|also|however|then|now|so|overall|again", re.IGNORECASE)
_NAMED_RX = re.compile(_NAMED)
_HOUSE_NO_RX = re.compile(_HOUSE_NO)
# the last word(s) of an institution's name: its address is public ("Derriford Hospital, Derriford Road")
_INSTITUTION_WORDS = (r"Hospital|Infirmary|Hospice|Surgery|Clinic|Practice|University|College|School|HQ|Headquarters"
                      r"|(?:Health|Medical|Treatment|Primary Care|Community|Civic|Leisure) Centre"
                      r"|(?:Ambulance|Fire|Police) Station")
_BUSINESS = re.compile(r"\b(?:Business|Retail|Science|Technology|Enterprise|Office)\s+(?:Park|Centre)\b|"
                       r"\b(?:Industrial|Trading)\s+(?:Estate|Park)\b", re.IGNORECASE)
INSTITUTION = re.compile(rf"(?<![\w'’-])(?:\p{{Lu}}[\p{{L}}'’.-]*\s+)*(?:{_INSTITUTION_WORDS}),?\s*$")


def is_institution(name: str) -> bool:
    """Whether ``name`` (with its comma) ends on an institution's name, in title case or capitals."""
    return INSTITUTION.search(name) is not None or (name.isupper() and INSTITUTION.search(name.title()) is not None)


def after_institution(text: str, start: int) -> bool:
    """Whether ``text[start:]`` follows an institution's name on its line: "Derriford Hospital, |"."""
    line_start = text.rfind("\n", 0, start) + 1
    return is_institution(text[max(line_start, start - 80):start])


# After a house name the street is written in capitals: "Ivy Cottage, Back Lane" (where "Back" is a stop word).
_CAP_STREET = (
    rf"(?:(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){{0,2}})\s+(?i:{_TYPES})\b\.?"
    rf"|(?-i:(?:Yr?\s+)?(?:{_FIRST_TYPES.title()}))(?:['’]r)?\s+(?:{_ARTICLE}\s+)?(?:[th]-)?{_CAP_WORD}(?:\s+{_CAP_WORD})?"
    rf"|{_FRENCH_STREET}|(?-i:Mount)\s+{_CAP_WORD})")

# a number with a unit ("4m", "2kg") before a street, a lower-case word opening a street whose next word is
# capitalised ("12 station road" is lower case throughout), or a day and a month ("24 Dec close 1pm"): prose
_PROSE_STREET = re.compile(r"(?<![\w/])\d{1,4}(?-i:m|km|g|kg|l|ml),|(?<![\w/])\d{1,4}[A-Za-z]?,?\s+(?-i:\p{Ll}[\p{L}'’-]+)"
                           r"(?<!\b(?:y|yr|an|na|nan|nam|the|of|on|a))\s+(?-i:\p{Lu})|(?<![\w/])\d{1,2}\s+(?-i:Jan|Feb|Apr|"
                           r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s")

# an age between commas after a name: "Reuben Gold, 88, Golders Green" (a house's number takes no comma after it)
_AGE_COMMA = re.compile(r"(?:1[01]\d|\d{1,2}),")
_NAME_COMMA = re.compile(r"(?-i:\p{Lu}[\p{L}'’-]*),[ \t]*\Z")

# where a match can begin (``Pattern.starts``): a house number, a flat word or an Edinburgh floor ("PF2")
_NUMBER_OR_FLAT = r"(?<![\w/.:£$-])(?:\d|flat|fflat|apartment|apt|unit|room|pitch|plot|caravan|chalet|[pgb]f)"


class StreetAddressRecognizer(PhiRecognizer):
    ENTITY = "STREET_ADDRESS"
    PREFILTER = r"\d|cottage|house|farm|lodge|barn|villa|hall|manor|mill|croft|bungalow|grange|rectory|vicarage"
    PATTERNS = [
        Pattern(
            "number + street",
            rf"(?<![\w/.:£$-]){_NOT_HOUSE}(?P<id>(?:{_FLAT}|{_TENEMENT}|(?<=\b(?:from|at|to|in)\s)no\.?\s)?{_HOUSE_NO}"
            rf"{_AFTER_NO}{_STREET}{_FLAT_AFTER}?)", 0.6, _NUMBER_OR_FLAT + r"|\bno\.?\s",
        ),  # "from no. 14 Sycamore Close": the house's number after "no."
        Pattern("flat + street", rf"(?<![\w])(?P<id>{_FLAT}{_STREET}(?:\s(?-i:(?:Caravan\s)?(?:Site|Park)))?)", 0.6),
        Pattern(
            "flat + building",  # no street: "Flat 22, Solway House, Leicester LE1 6GT"; a town and a full postcode follow
            rf"(?<![\w])(?P<id>(?:flat|apartment|apt|unit)\s*\d{{1,4}}[A-Za-z]?,?\s+{_BUILDING})"
            rf"(?=,?\s+{_CAP_WORD}(?:\s+{_CAP_WORD})?,?\s+{_FULL_POSTCODE})",
            0.6,
        ),
        Pattern(
            # a numbered flat in a named block needs nothing after it: "Flat 14, Moss Side House", "Apt 3 Quayside
            # Point" (a "unit" may be a business's, so it keeps the postcode above)
            "flat + named building",
            rf"(?<![\w])(?P<id>(?:flat|fflat|apartment|apt)\s*\d{{1,4}}[A-Za-z]?,?\s+{_BUILDING})(?![\w'’-])",
            0.6,
        ),
        Pattern(
            "number + Welsh or French-order street",  # or a flat's number alone: "Flat 12, Llys Meredydd"
            rf"(?<![\w/.:£$-]){_NOT_HOUSE}(?P<id>(?:(?:{_FLAT}|{_TENEMENT})?{_HOUSE_NO}|(?:flat|fflat|apartment|apt)\s*"
            rf"\d{{1,4}}[A-Za-z]?),?[ \t]+{_FIRST_TYPE_STREET}(?:,\s*(?-i:Heol|Ffordd|Stryd|Lôn)\s+{_CAP_WORD})?)",  # a court's road
            0.6, _NUMBER_OR_FLAT,
        ),
        Pattern(
            "house name + number + street",
            rf"(?<![\w])(?P<id>(?:{_FLAT})?{_NAMED},\s+{_HOUSE_NO},?\s+(?:{_STREET}|{_FIRST_TYPE_STREET}))",
            0.6,
        ),
        Pattern(
            "house name + street",
            rf"(?<![\w])(?P<id>(?-i:{_HOUSE_NAME}),?\s+(?:{_STREET}|{_CAP_STREET}))",
            0.6,
        ),
        Pattern(
            "number + Welsh compound street",
            rf"(?<![\w/.:£$-]){_NOT_HOUSE}(?P<id>{_HOUSE_NO},?\s+{_WELSH_COMPOUND})(?=,?\s+(?-i:\p{{Lu}})|\))",
            0.6,
        ),
        Pattern(
            "number + Welsh element street",
            rf"(?<![\w/.:£$-]){_NOT_HOUSE}(?P<id>{_HOUSE_NO},?\s+{_ELEMENT_STREET})(?=,\s*(?-i:\p{{Lu}}))",
            0.6,
        ),
        Pattern(
            "number + named place before a postcode",  # no street word: "3 The Paddocks, Wem, Shropshire SY4 5XJ"
            rf"(?<![\w/.:£$-]){_NOT_HOUSE}(?P<id>{_HOUSE_NO}\s+(?!{_MONTHS}\b)(?-i:(?:The\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD})?))"
            rf"(?={_POSTAL_TAIL})",  # not a date: "Thursday 13 November, pickup from 47 Coventry Road, LE4 6BJ"
            0.6, _NUMBER_OR_FLAT,
        ),
        Pattern(
            "number + one-word street",
            # with its flat or tenement position, as the longer patterns take it: "Apartment 4, 220 Deansgate"
            rf"(?<![\w/.:£$-])(?P<id>(?:{_FLAT}|{_TENEMENT})?\d{{1,4}}[A-Za-z]?\s+"
            r"(?-i:[A-Z][a-z]+(?:gate|way|hay|side|field|gardens|street|lane)))(?![\w])",
            0.5,
        ),
    ]
    CONTEXT = [r"lives?\s+(?:at|on)", r"ad{1,2}re[s5]{1,2}", r"home", r"house", r"property", r"outside", r"flat", r"attended"]
    CONTEXT_BEFORE = 30
    CONTEXT_BOOST = 0.2

    def __init__(self, resources=None, **kwargs):
        words = resources.stop_words if resources is not None else stop_words()
        kwargs.setdefault("patterns", with_stop_words(self.PATTERNS, frozenset(words)))
        super().__init__(resources, **kwargs)

    def adjust(self, text, start, end, score, context):
        """A name before ", 4 Manse Brae" must be a house name; otherwise the number + street finds the rest.
        A street right after an institution's name is its public address, no finding."""
        name, comma, rest = text[start:end].partition(",")
        if after_institution(text, start) or (comma and is_institution(name + ",")) or _BUSINESS.search(text, start, end):
            return None  # ... and a unit on a business park or an industrial estate: no one's home
        if _PROSE_STREET.search(text, start, end):
            return None  # "4m, Baxter Street" (a length), "1 awaiting Willow Court" (a word, then a name)
        if _AGE_COMMA.match(text, start) and _NAME_COMMA.search(text, max(0, start - 40), start):
            return None  # a name's age between commas, then where they live: "Reuben Gold, 88, Golders Green"
        if not comma or not _NAMED_RX.fullmatch(name) or _HOUSE_NO_RX.match(rest.lstrip()) is None:
            return score
        if (first := _FIRST_BEFORE.search(text, max(0, start - 30), start)) and first_or_initial(self.resources, first["w"]):
            return None  # "DANIEL J FORSYTHE, 11 …": a surname after a first name or an initial
        if is_house_name(self.resources, name):
            return score
        # in a postal block (a full postcode ends the line) any name before the number is the house's
        postal = _POSTAL_TAIL_RX.match(text, end) is not None
        return score if postal and not (_OPENER.fullmatch(name) or person_like(self.resources, name)) else None
