"""UK_VEHICLE_REG: UK number plates in every format, any case and spacing.

Rule (DVLA formats, INF104 "Vehicle registration numbers and number plates"): current "AB12 CDE" (also written
"AB 12 CDE"; age identifier 02-current March year, 51-current September year), prefix "A123 BCD", suffix "ABC 123D",
Northern Ireland "ABZ 1234" (area codes always contain I or Z), and dateless "ABC 123"/"1 ABC" (dateless only with
vehicle context: it is the shape of road numbers). Plates are written in capitals or all in lower case; a plate
whose letters are an ordinary word in lower case ("SW19 and", "B12 the") needs vehicle context. Avoids: road numbers
("A303", "M4", "A38 and"), "COVID19", "Band 8a", "ran 5k", "NEWS 5", "obs 3 x", outward postcodes followed by a word.

Impossible plates are not plates (INF104): no current-format plate starts with I, Q or Z and its age identifier
must have been issued ("ZZ00 AAA", "IB51 ABC", "AB99 CDE"); such a shape is not read as a Northern Ireland plate
followed by a word either. Plate numbers never start with 0 ("ZZ00"). A current plate typed with a zero for an O
("LD18 0VW") is one only beside a vehicle word.

Lower case: a plate written all in lower case with letters on both sides of its number ("hnp 307y", "km22 xtr") is
a plate when none of its letter groups is an ordinary word. Without vehicle context, a lower-case "x" after or
before a number is "times" ("tds 2x", "trop x2 neg") and letters then a number alone are prose ("til 9").

Dateless plates next to a vehicle: a dateless plate right after a vehicle kind or make (and its model's words),
optionally in brackets or after a comma ("his old Land Rover (KDE 44)", "the van, ABC 123", "the Morris Minor JFE
23"), when its letters are no word or abbreviation. Makes: the SMMT's best-selling car and van makes in the UK, plus
the British makes of the dateless-plate era. Avoids: "GCS 13", "NEWS 5" (no vehicle word right before), "car park:
GCS 14" (a word between), "pt found in car GCS 15" ("GCS" is in the word list).
"""

import datetime
from functools import lru_cache

import regex as re

from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.text.words import PARTICLE

_L = "A-HJ-PR-Z"  # plates never use I or Q in the random letters
_NI_CODE = r"(?:[A-Z]Z|I[A-Z]|[A-Z]I)"  # Northern Ireland area codes all hold an I or a Z
# the codes the DVA issues; a plate-shaped "NIC 2214" or "PIP2" with another code needs a vehicle word or make near it ("reg KIZ 6613")
_NI_ISSUED = frozenset("AZ BZ CZ DZ EZ FZ GZ HZ IA IB IG IJ IL IW JI JZ KZ LZ MZ NZ OI PZ RZ SZ TZ UI UZ VZ WZ XI XZ YZ".split())
_NI_LETTERS = re.compile(r"[A-Z]?(?P<code>[A-Z]{2})(?=[ -]?\d)", re.IGNORECASE)
# "partial plate LV6": part of a plate is not labelled and not redacted as one (a word or two and a quote may come
# between: 'partial plate seen as "R4…"', "partial reg starting CX6"), or the shape trails off in dots ('"WR6.."')
_PARTIAL_BEFORE = re.compile(r"(?:\bpartial(?:ly)?\s+(?:reg(?:istration)?|(?:number\s*)?plate|index)(?:\s+[a-z]+){0,2}"
                             # ... or what it started or ended with: "reg started FD2", "plate possibly starting BV1"
                             r"|\b(?:reg(?:istration)?|(?:number\s*)?plate|index)\s+(?:[a-z]+\s+)?(?:start(?:ed|ing|s)?|"
                             r"began|begins|beginning|end(?:ed|ing|s)?)(?:\s+with)?)[\s:\"“'‘]*\Z", re.IGNORECASE)
# (a whole current-format plate has no more to come: "(BV13 KPA… NB remove reg)" ends a sentence, not the plate)
_TRAILS_OFF, _WHOLE_CURRENT = re.compile(r"\.{2,}|…"), re.compile(r"[A-Z]{2} ?\d{2}[ -]?[A-Z]{3}", re.IGNORECASE)
_ZERO_FOR_O = re.compile(r"[A-Z]{2}\d{2}[ -]?[A-Z0]*0[A-Z0]*", re.IGNORECASE)
_NI_DATELESS = re.compile(rf"[A-Z]?{_NI_CODE}[ -]?[0-9]{{1,4}}", re.IGNORECASE)
_SEPARATORS = re.compile(r"[ -]")
_LETTER_GROUPS = re.compile(r"[^\W\d_]+")
_DATELESS_ONLY = re.compile(r"[A-Z]{1,3}[ -]?\d{1,4}|\d{1,4}[ -]?[A-Z]{1,3}", re.IGNORECASE)
_ROAD_OR_JUNCTION = re.compile(r"[ABMJ]\d{1,4}|A\d{1,4}M|N\d{1,3}", re.IGNORECASE)
# Only these words make a bare dateless shape ("ABC 123", "1 ABC") a plate. "reg" and "registration" that are no vehicle's:
# the registrar ("reg aware", "with the med reg") and a patient's registration ("new patient registration", "GP ...")
_NOT_A_VEHICLE = re.compile(r"\b(?:(?:med|medical|surg|surgical|ortho|paeds|obs|gynae|anaes|on-?call|night|spr|"
                            r"cardio|cardiology|renal|gen\s+med)\s+reg\b|reg\s+(?:aware|review(?:ed)?|bleeped|informed|to\s+see|"
                            r"happy|says|said|asked|saw|seen)\b|(?:patient|gp|new|practice|nmc|gmc|hcpc)\s+registration\b"
                            r"|van(?=\s+(?:der|den|de|het|ter)\b))",  # a surname's particle: "VAN DER MERWE"
                            re.IGNORECASE)


@lru_cache(maxsize=8)
def _vehicles_only(text: str) -> str:
    """``text`` with the registrar's and a patient's registration blanked (same length: offsets kept); kept per text:
    ``has_context`` and ``adjust`` both ask for it for every match."""
    if "eg" in text or "EG" in text or _VAN_PARTICLE.search(text):
        return _NOT_A_VEHICLE.sub(lambda m: " " * len(m.group()), text)
    return text


# clinical scores, measures and a record's labels before a number, never a plate: "BMI 27", "GCS 14", "DOB 1 August 2022"
_MEASURES = frozenset("bmi gcs inr crp wcc news ews pef fev hb bp hr rr spo ecg abg egfr mcv tsh psa ldl hdl alt ast alp "
                      "ggt gms apgar edd lmp dob nhs mrn ref tel mob ext bed bay".split())
_PLATE_WORDS = re.compile(r"(?<![\w])(?:reg(?:istration)?|reg\.?\s*(?:no|number)|number\s*plate|plate|vrm|vrn|index)(?![\w])", re.IGNORECASE)
_VEHICLE_KINDS = (
    r"car|van|vehicle|motorbike|motorcycle|lorry|hgv|taxi|cab|bike|moped|scooter|truck|pick-?up|suv|4x4"
    r"|minibus|camper(?:van)?|motorhome|caravan|tractor|trailer|banger|hatchback|jeep"
)
_MAKES = (
    r"ford|vauxhall|volkswagen|vw|toyota|nissan|kia|hyundai|peugeot|renault|citro[eë]n|[sš]koda|audi|bmw"
    r"|mercedes(?:-benz)?|honda|mazda|fiat|suzuki|dacia|mg|mini|volvo|seat|cupra|jaguar|land\s+rover|range\s+rover"
    r"|rover|tesla|lexus|porsche|mitsubishi|subaru|jeep|alfa\s+romeo|saab|daewoo|proton|reliant|triumph|austin|morris"
    # motorcycle makes licensed in the UK besides Honda, Suzuki and Triumph (DfT vehicle licensing statistics, VEH0120)
    r"|yamaha|kawasaki|ducati|harley(?:-davidson)?|ktm|aprilia|royal\s+enfield|bsa|norton|piaggio|vespa|lambretta"
)
# the UK's best-selling car and van models of recent years (SMMT registration tables), as posts name them
_MODELS = (r"fiesta|focus|corsa|astra|golf|polo|qashqai|juke|yaris|clio|transit|combo|sprinter|vivaro|kuga|puma"
           r"|octavia|fabia|sportage|tucson|micra|berlingo|partner|caddy|touran|tiguan|i10|i20|i30|picanto|jazz")
# a vehicle word, make, model or plate word near a shape: what makes an unissued Northern Ireland code or a Jersey number
# a plate ("Corsa ABZ 123", "the silver Jazz J 48211")
_VEHICLE_NEAR = re.compile(rf"(?<![\w])(?:{_VEHICLE_KINDS}|{_MAKES}|{_MODELS}|reg(?:istration)?|plates?|vrm)(?![\w])",
                           re.IGNORECASE)
# and as a post names one without its make, capitalised: "the neighbour's Discovery TVS 836"; with the models
# of makes whose own name is rarely written (Land Rover's Defender, Discovery, Evoque)
_MODEL_NAMES = "|".join(m.capitalize() for m in _MODELS.split("|") + ["defender", "discovery", "evoque"])
_MODEL_NAME = re.compile(rf"(?:{_MODEL_NAMES})")
# A vehicle word ending right where the plate starts: "Land Rover (", "the van, ", "his car ". A make may be followed
# by its model's words: "the Morris Minor JFE 23", "a Land Rover Defender (KDE 44)".
_VEHICLE_BEFORE = re.compile(rf"(?<![\w])(?:{_VEHICLE_KINDS}|(?:{_MAKES})(?:\s+(?-i:[A-Z][\w-]*)){{0,2}}|(?-i:{_MODEL_NAMES}))"
                             r"\s*[(,:]?\s*\Z",
                             re.IGNORECASE)
_ROMAN = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")  # "xcv" is 95, not a word
# A Northern Ireland or dateless shape followed by three letters is a current-format shape, valid or not.
_THEN_THREE_LETTERS = re.compile(r"[ -]?[A-Z]{3}(?![\w-])", re.IGNORECASE)
_SPACED_CODE = re.compile(r"[A-Z]{2} \d", re.IGNORECASE)  # "NK 17 VXC": the area code apart
_TWO_TWO = re.compile(r"[A-Z]{2}[ -]?\d{2}", re.IGNORECASE)
_PUBLIC_NUMBERS = frozenset({"111", "999", "101", "112", "105", "119"})  # NHS, emergency, police, power cut, vaccines
# a school year before a vaccine ("Y8 HPV", "Y10 MEN"), a prescription form ("FP10MDA", "FP10 SS"): no plate without a
# vehicle word; a tooth in Palmer notation ("off his bike, UL1 avulsed") none but after "reg", "plate" or "registration"
_CODES = re.compile(r"Y(?:[1-9]|1[0-3])[ -]?[A-Z]{3}|FP10[ -]?[A-Z]{2,3}")
_TOOTH, _TOOTH_PLATE = re.compile(r"[UL][LR][1-8]"), re.compile(r"(?i:\b(?:reg|registration|plate)\b)[^\n]{0,12}\Z")
_TIMES = re.compile(r"\d[ -]?x\Z|\Ax[ -]?\d")  # "2x", "3 x", "trop x2 neg": lower-case x by a number is "times"
# units written after a number, never a dateless plate's letters
_UNITS = frozenset("mph kph hr hrs h min mins m km mi kg g mg ml l cc bhp am pm st lb lbs yr yrs ft in".split())
_ORDINAL = re.compile(r"\d{1,3}(?i:ST|ND|RD|TH)")  # "2ND", "21ST": an ordinal
# a name particle as the letters, a capitalised word after it: "A1 VAN DER MERWE" (bay A1, a surname), not a plate
_LETTERS_AT_END = re.compile(r"[A-Za-z]+$")
_VAN_PARTICLE = re.compile(r"(?i:\bvan\s+(?:der|den|de|het|ter)\b)")  # what ``_NOT_A_VEHICLE`` blanks besides the registrar
_PARTICLE_THEN_NAME = re.compile(rf"(?i:{PARTICLE.pattern})[ \t]+\p{{Lu}}")
_AGE_AFTER_REG = re.compile(r"(?:(?-i:Reg) |,[ \t]*)\d{1,3}[MF]\Z")  # an age and a sex: "OKORO Reg 82F", "REG KENDAL, 84F"
_NAME_AGE_SEX = re.compile(r"(?P<name>[a-z]{3})[ -]?\d{1,3}[mf]")  # "bed1 ann 87f fall": a name, an age, a sex
_BED = re.compile(r"b\d{1,2}[ -]")  # "b4 reg owusu": in lower-case ward lists b + number is a bed (person.yaml bed_cues)


_MAKE = re.compile(rf"(?:{_MAKES})", re.IGNORECASE)
_MAKE_AFTER = re.compile(rf"[ \t]*(?:\(|[–—-][ \t]+)(?:[\w-]+[ \t]+){{0,2}}(?:{_MAKES})\b", re.IGNORECASE)
_MAKE_BEFORE = re.compile(rf"\b(?:{_MAKES})[ \t]+\Z", re.IGNORECASE)
_JERSEY = re.compile(r"J ?[1-9]\d{4,5}")
# a plate's shape right after a make: "Morris (TJV 55)", "Austin, ABC 123", "Ford YA19 XCV"
_PLATE_AFTER = re.compile(r"\s*[(,:]?\s*(?:[A-Z]{1,3}\s?\d{1,4}|\d{1,4}\s?[A-Z]{1,3}|[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3}"
                          r"|[A-Z]{3}\s?\d{1,3}[A-Z])(?![\w])")


def _particle_letters(text: str, start: int, end: int) -> bool:
    """The letters ending ``text[start:end]`` are a surname's particle before its name: "A1 VAN DER MERWE" (a bay)."""
    tail = _LETTERS_AT_END.search(text, start, end)
    return tail is not None and _PARTICLE_THEN_NAME.match(text, tail.start()) is not None


def make_before_plate(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a vehicle make, or a model right after its make, with a plate's shape right after
    it ("his old Morris (TJV 55)", "their white Dacia, CN21 VXA", "Vauxhall Vivaro, GN66 ORV")."""
    return _PLATE_AFTER.match(text, end) is not None and (
        _MAKE.fullmatch(text, start, end) is not None or _MAKE_BEFORE.search(text, max(0, start - 25), start) is not None)


def valid_age_identifier(age: int, today: datetime.date) -> bool:
    """02 = March 2002 … and 51 = September 2001 …, up to the newest issued."""
    year = today.year % 100
    march_top = year if today.month >= 3 else year - 1
    september_top = year + 50 if today.month >= 9 else year + 49
    return 2 <= age <= march_top or 51 <= age <= september_top


class VehicleRegRecognizer(PhiRecognizer):
    ENTITY = "UK_VEHICLE_REG"
    PREFILTER = r"\d"
    PATTERNS = [
        Pattern("current", rf"(?<![\w-])(?P<id>[A-HJ-PR-Y][A-HJ-PR-Y][0-9]{{2}}[ -]?[{_L}]{{3}})(?![\w-])", 0.6),
        # the area code written apart from the age identifier, as people copy a plate: "NK 17 VXC"
        Pattern("current, spaced", rf"(?<![\w-])(?P<id>[A-HJ-PR-Y][A-HJ-PR-Y] [0-9]{{2}}[ -]?[{_L}]{{3}})(?![\w-])", 0.6),
        Pattern("current, a zero for an O", rf"(?<![\w-])(?P<id>[A-HJ-PR-Y]{{2}}[0-9]{{2}}[ -]?(?=[{_L}]{{0,2}}0)[{_L}0]{{3}})(?![\w-])", 0.6),
        Pattern("prefix", rf"(?<![\w-])(?P<id>[A-HJ-NPR-TV-Y][1-9][0-9]{{0,2}}[ -]?[{_L}]{{3}})(?![\w-])", 0.5),
        # its letter set apart ("vehicle R 918 KMH"), in capitals: beside a vehicle word only ("Bay A 3 HDU" is a ward)
        Pattern("prefix, spaced", rf"(?<![\w-])(?P<id>(?-i:[A-HJ-NPR-TV-Y] [1-9][0-9]{{0,2}} [{_L}]{{3}}))(?![\w-])", 0.06),
        Pattern("suffix", r"(?<![\w-])(?P<id>[A-HJ-PR-Z]{3}[ -]?[1-9][0-9]{0,2}[ -]?[A-HJ-NPR-TV-Y])(?![\w-])", 0.45),
        # a cherished plate in the suffix shape, any letters, right after a plate word: "Vehicle 2 reg: CHI 7L"
        Pattern("suffix, cherished", rf"(?<=(?i:{_PLATE_WORDS.pattern})[ \t:.]{{1,3}}(?:is[ \t]+)?)(?P<id>(?-i:[A-Z]{{3}}[ -]?[1-9][0-9]{{0,2}}[ -]?[A-Z]))(?![\w-])", 0.45),
        Pattern("northern ireland", rf"(?<![\w-])(?P<id>[A-Z]?{_NI_CODE}[ -]?[1-9][0-9]{{0,3}})(?![\w-]|[:.]\d|[ \t]\d{{3}}\b)", 0.45),
        # never the start of a longer number: "DOB 14/02/1944" after "(Reg)", "NHS 462 141 9528", "rhif GIG 455 126 7287"
        # in capitals only (``_dateless`` keeps no other), so "van 7194" never hides the plate "7194 RU" after it
        Pattern("dateless", rf"(?<![\w-])(?P<id>(?-i:[{_L}]{{1,3}}[ -]?[1-9][0-9]{{0,3}}|[1-9][0-9]{{0,3}}[ -]?[{_L}]{{1,3}}))(?![\w-]|[/.:]\d|[ \t]\d{{3,}}\b)", 0.05),
        # Jersey: "J" and up to six digits (Driver and Vehicle Standards, States of Jersey); five or six digits here,
        # shorter ones are the dateless shape's; only beside a vehicle word, make or model (``adjust``)
        Pattern("jersey", r"(?<![\w-])(?P<id>(?-i:J)[ ]?[1-9][0-9]{4,5})(?![\w-])", 0.05),
    ]
    CONTEXT = [
        r"reg(?:istration)?(?:\s*(?:no|number|plate))?", r"vrm", r"vrn", r"number\s*plate", r"plates?",
        r"index", r"car", r"van", r"vehicle", r"motorbike", r"motorcycle", r"lorry", r"hgv", r"taxi", r"bike", r"moped",
        r"truck", r"pick-?up", r"suv", r"4x4", r"reg\.", r"cars", r"vans", r"clamp(?:ed|ing)?", r"parked",  # "clamped: yk70fwc"
        # a make or one of the UK's best-selling models names the vehicle the plate is on ("blue Ford Focus ye19 xcv")
        _MAKES, _MODELS,
    ]
    CONTEXT_BEFORE = 45
    CONTEXT_AFTER = 20
    CONTEXT_BOOST = 0.35

    def __init__(self, resources=None, **kwargs):
        if resources is None:
            raise TypeError(
                "VehicleRegRecognizer needs the word lists: construct it as "
                "VehicleRegRecognizer(phiscrub.resources.build_resources(model))"
            )
        super().__init__(resources, **kwargs)

    def validate_result(self, pattern_text: str):
        compact = _SEPARATORS.sub("", pattern_text).upper()
        if len(compact) == 7 and compact[:2].isalpha() and compact[2:4].isdigit() and compact[4:].isalpha():
            if not valid_age_identifier(int(compact[2:4]), datetime.date.today()):
                return False
        return None

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A vehicle word near the match; a registrar ("reg aware", "med reg") or a patient's registration with a GP
        ("New patient registration – GMS1") is none."""
        return super().has_context(_vehicles_only(text), start, end)

    def adjust(self, text, start, end, score, context):
        particle = not context and _particle_letters(text, start, end)
        text = _vehicles_only(text)
        value = text[start:end]
        if _JERSEY.fullmatch(value):  # "the silver Jazz J 48211": a vehicle word, make or model just before
            return max(score, 0.6) if _VEHICLE_NEAR.search(text, max(0, start - 30), start) else None
        letters = "".join(ch for ch in value if ch.isalpha())
        if not letters or self._impossible_current(text, end, value) or letters.lower() in _MEASURES or (not context and (
                "".join(ch for ch in value if ch.isdigit()) in _PUBLIC_NUMBERS or _ZERO_FOR_O.fullmatch(value)
                or value[:3].isalpha() and value[-1].isalpha() and self.resources.never_name(value[:3].lower()))):
            return None  # ... a measure ("GCS 14"), a public number ("NHS 111"), a lone 0 for an O, a unit's bay ("CCU 3B")
        if particle or _PARTIAL_BEFORE.search(text, max(0, start - 40), start) or (
                _TRAILS_OFF.match(text, end) and not _WHOLE_CURRENT.fullmatch(value)) or (
                not context and _CODES.fullmatch(value)) or (_TOOTH.fullmatch(value) and not _TOOTH_PLATE.search(text, max(0, start - 30), start)):
            return None
        if self._word_in_groups(value, letters):
            return None
        if _SPACED_CODE.match(value) and self.resources.is_stop(value[:2]) and not context:
            return None  # "NBM ON 12 HRS": a word, a number and a unit
        if _DATELESS_ONLY.fullmatch(value) and not _NI_DATELESS.fullmatch(value):
            return self._dateless(text, start, end, score)
        if _NI_DATELESS.fullmatch(value) and not self._ni_plausible(text, start, end, value):
            return None
        upper = letters.isupper()
        if not (upper or letters.islower()) and not context:
            return None  # "SW19 and", "Liz 1234": mixed case is prose, not a plate
        if not upper and not context and (self._reads_as_prose(value) or _BED.match(value) or value.isalnum() or (
                (m := _NAME_AGE_SEX.fullmatch(value)) and self.resources.is_first_name(m["name"]))):
            return None  # "b12 the"; "b4 reg owusu": bed 4, as ward lists write it; "b1rth": a word OCR'd, no gap; "ann
            # 87f": a bed list's first name, age and sex
        return score

    def _word_in_groups(self, value: str, letters: str) -> bool:
        """A letter group that is a word: "J25 and J26" (a junction, then a word), "Audi A3 reg AXZ 4731" (a model in
        capitals, then the plate cue)."""
        groups = _LETTER_GROUPS.findall(value)
        return any(g.islower() and self.resources.is_stop(g) for g in groups) or (
            not letters.islower() and any(g.islower() and _PLATE_WORDS.fullmatch(g) for g in groups))

    def _dateless(self, text, start, end, score):
        """Dateless plates look like road numbers, ages ("45F") and scores ("GCS 13"): only in capitals, never
        a road shape, and only beside a plate word or right after a vehicle word."""
        value = text[start:end]
        if not value.upper() == value or _ROAD_OR_JUNCTION.fullmatch(value.replace(" ", "")) or _ORDINAL.fullmatch(value):
            return None  # ... nor an ordinal: "2ND VEHICLE REG: S482 LTV"
        letters = "".join(ch for ch in value if ch.isalpha())
        after = _PLATE_WORDS.search(text, end, end + 40)  # read past 25: "registrar" cut at the edge is no "reg"
        beside_plate_word = (_PLATE_WORDS.search(text, max(0, start - 25), start) or (after and after.start() < end + 25)
                             or _MAKE_AFTER.match(text, end))  # "KRV 118 (black Range Rover)", "KTX 482 – green Land Rover"
        if " " not in value and _MAKE_BEFORE.search(text, max(0, start - 20), start):
            return None  # a model glued together right after its make: "Volvo XC60, reg YX74 RRV" (not "Land Rover KFW 88")
        if _AGE_AFTER_REG.search(text, max(0, start - 5), end):
            return None  # "OKORO Reg 82F": a man named Reg, his age and sex
        if beside_plate_word:  # but a grade's bleep after the registrar's: "reg bleep 1424, SHO 1431"
            return None if self.resources is not None and self.resources.never_name(letters) else max(score, 0.6)
        # after a vehicle word only when the letters are no word or abbreviation ("car GCS 15", "van NEWS 3");
        # number first, only no unit ("van 7194 RU" is a plate, "car 2 HRS" is not)
        if not (vehicle := _VEHICLE_BEFORE.search(text, max(0, start - 30), start)) or _MAKE.fullmatch(letters):
            return None  # ... and the letters are no make: "Car 1 VW Golf"
        if value[0].isdigit() and letters.lower() not in _UNITS or not self.resources.is_common(letters):
            return max(score, 0.6)
        # right after a make or a model named alone a word is the plate's too: "his Yamaha MAN 83", "the old Kawasaki
        # (RUN 7)", "the neighbour's Discovery TVS 836" (not after a make with its model's words: "Ford Fiesta GCS 13"
        # is a score; nor a model's letter and number: "BMW X5"); and in brackets right after a vehicle word: "his car
        # (MAN 7734)"
        word_ok = len(letters) > 1 and value[0].isalpha()
        named = vehicle.group().strip(" \t(,:")
        bracketed = vehicle.group().rstrip().endswith("(") and text[end:end + 1] == ")"
        return max(score, 0.6) if word_ok and (_MAKE.fullmatch(named) or _MODEL_NAME.fullmatch(named) or bracketed) else None

    def _ni_plausible(self, text: str, start: int, end: int, value: str) -> bool:
        """A Northern Ireland shape with an issued area code, or any code beside a vehicle word."""
        m = _NI_LETTERS.match(value)
        if m and m["code"].upper() in _NI_ISSUED:
            return True
        return bool(_VEHICLE_NEAR.search(text, max(0, start - 40), min(len(text), end + 20)))

    def _reads_as_prose(self, value: str) -> bool:
        """A lower-case plate whose letters are an ordinary word ("b12 the"), a count ("tds 2x"), or letters
        then a number with no letters after (a Northern Ireland shape: "til 9", "via 3")."""
        if _TIMES.search(value) or _DATELESS_ONLY.fullmatch(value):
            return True
        return any(part.isalpha() and self.resources.is_common(part) and not _ROMAN.fullmatch(part)
                   for part in _SEPARATORS.split(value))

    def _impossible_current(self, text: str, end: int, value: str) -> bool:
        """"IB51 ABC", "ZZ00 AAA": two letters and two digits then three letters in the same case is a
        current-format shape (impossible, or the "current" pattern would have it), not "IB51" and a word."""
        after = _THEN_THREE_LETTERS.match(text, end) if _TWO_TWO.fullmatch(value) else None
        if after is None:
            return False
        following = after.group().strip(" -")
        return following.isupper() == value.isupper() and not self.resources.is_stop(following)
