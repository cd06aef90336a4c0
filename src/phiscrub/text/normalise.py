"""Normalisation that keeps every character's offset.

Each character maps to exactly one character, so an offset into the
normalised text is the same offset into the original: no offset map is needed
and redaction always works on the original text. What it folds, by Unicode
category (``unicodedata.category``): every space separator (Zs: no-break,
thin, ideographic …) and every invisible format character (Cf: zero-width
space and joiners, word joiner, byte-order mark, soft hyphen, direction marks)
to a space, so an identifier split by one is still seen as separated words
rather than glued together; every dash punctuation that joins (Pd: hyphens,
en dash, full-width hyphen-minus) and the minus sign to "-"; full-width and
other Unicode digits and letters to their NFKC form when that is one character.

OCR reads a zero as the letter O ("DOB O9.O8.1961", "2O19", "SLM0O56723"): a letter O (either case) between two
digits, or in a token of digits, Os and date separators with at least three digits, is folded to "0"
(``_ocr_zeros``); so are a lower-case l and a capital I in such a token ("3O/O7/l958"). The other way round, a
capitalised word of four letters or more with one 0 or 1 in it has it folded to its letter ("J0SEPHINE", "Y0NAS",
"K1DANE", and a final 1 after a vowel: "Emmanue1"), and a word in block capitals with up to three ("D0R0THY",
"5ZCZEPAN5KI": a 5 read for an S); an NHS number's 3-3-4 groups have their Os, Is and ls folded ("6O8 O91 3739", "4I1 379 4154"); a
lower-case l beside a digit is a one ("756 32l 4453", "l4 Kirkgate Lane", "LS2l 3HN"). "O2", "SO16 6YD", "BO51 ABC",
"SE1", "SW1A", "EC1A1BB", "T1DM", "BAND5" keep their characters; a zero opening four lower-case letters is an O ("0lufemi").
After a phone label a number's run of digits, Os, ls and Is with six digits or more (or four, the rest making ten or
eleven digits from a 0) is read as digits ("Contact: O77OO 9OO 225", "Te1: 01632 960 44l", "TEL: O77OO 9OO 58l"); with
no label, a whole UK number's eleven places from a 0, five of them digits, are too ("son Gary O77OO 9OO 623"); and
so are an NI number's six after an NI label ("NI N0: KA 5l 67 O3 B"); after
a postcode label, or on a labelled address's line, a postcode's digit places are ("Postcode: SPl0 3PX", "ADDRESS: …,
Norwich NRl 3HZ"; "PO5 2SH", "GIR 0AA" keep their letters); and after a hospital number's label, OCR'd too ("Hosp N0:
Kl2O4478"), the number's digit places.

Em dashes are the exception among the Pd dashes: they separate phrases and are
often written unspaced ("EX2 7LB—thanks"); folded to "-" they would join the
identifier to the next word, which the postcode, plate, email and NI rules
reject as part of a longer code. They stay em dashes.
"""

import re
import unicodedata

from phiscrub.text.exports import read_exports

_MINUS_SIGN = "\u2212"  # category Sm, typed as a dash: "07700\u2212900123"
# EM DASH, HORIZONTAL BAR, TWO- and THREE-EM DASH, and the vertical and small em dash (NFKC: EM DASH).
_PHRASE_DASHES = frozenset("\u2014\u2015\u2e3a\u2e3b\ufe31\ufe58")


def _fold(ch: str) -> str:
    if ch.isascii():
        return ch
    category = unicodedata.category(ch)
    if category in ("Zs", "Cf"):
        return " "
    if (category == "Pd" and ch not in _PHRASE_DASHES) or ch == _MINUS_SIGN:
        return "-"
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


class _FoldTable(dict):
    """``str.translate``'s table for ``_fold``: each character folded once, on first sight (a few hundred at most)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()
_O_BY_DIGIT = re.compile(r"\d[OolI]|[OolI]\d|[A-Z][01]|[01][A-Z]|0['’]|[aeiu]1\b|\b0[a-z]")
_O_BETWEEN_DIGITS = re.compile(r"(?<=\d)[Oo](?=\d)")
_NUMERIC_TOKEN = re.compile(r"(?<![\w./-])[\dOolI][\dOolI./-]*[\dOolI](?![\w])")
# an NHS number's 3-3-4 groups with Os read for zeros in them: "6O8 O91 3739" (six digits or more of the ten)
_GROUPED_NUMBER = re.compile(r"(?<![\w])[\dOIl]{3}[ -][\dOIl]{3}[ -][\dOIl]{4}(?![\w])")
_TO_DIGITS = str.maketrans("OolI", "0011")
_ZERO_APOSTROPHE = re.compile(r"(?<![\w])0(?=['’][A-Z][A-Za-z]{2,})")  # "0'NEILL": an Irish O' read as a zero
# a word of lower-case letters and zeros, four characters and two letters or more: the zeros are Os, a capital opening
# it ("Adebayo 0lufemi", "Dr R. 0k0r0")
_ZEROS_IN_WORD = re.compile(r"(?<![\w.])(?=[0a-z]{4})(?=(?:[0a-z]*[a-z]){2})[0a-z]*0[0a-z]*(?![\w])")
# a capitalised word with one zero or one read for a letter: "J0SEPHINE", "ADEBAY0", "Y0NAS", "K1DANE", "Ade0la"
# (or a 1 read for the l a name ends on after a vowel: "Emmanue1", "Danie1"; not "Ward1", "Bay1")
_WORD_WITH_DIGIT = re.compile(r"(?<![\w])(?:[A-Z]+[01][A-Z]*|[A-Z]*[01][A-Z]+|[A-Z][a-z]*[01][a-z]+|[A-Z][a-z]{2,}[aeiu]1)"
                              r"(?![\w])")
# a word in block capitals with up to three such digits, none beside another, a 5 read for an S too: "D0R0THY",
# "0KONKW0", "5ZCZEPAN5KI" (``_letters``: four letters or more, two letters to each digit)
_CAPS_WITH_DIGITS = re.compile(r"(?<![\w])(?:Ma?c)?[A-Z]*[015](?:[A-Z]+[015]){0,2}[A-Z]*(?![\w])")  # "McC0RMACK" too
_TO_LETTERS = str.maketrans("015", "OIS")
# ... and a three-letter one with its zero right before such a word on a photographed board: "B0B FAIRCL0UGH", "J0E
# M0RRIS" (a short first name; the word beside it read the same way, so no postcode district's digit: "CR0 4AB")
_SHORT_CAPS_BESIDE = re.compile(r"(?<![\w])[A-Z]0[A-Z](?=[ \t]+(?=[A-Z0]*0)(?=(?:[A-Z0]*[A-Z]){4})[A-Z0]+(?![\w]))")
# ... and a short one right after a title and its initial, as a photographed board reads it: "Mr J. M0SS", "DR K0H"
_TITLED_CAPS = re.compile(r"(?<![\w])(?P<t>(?i:mr|mrs|ms|miss|dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+)?)(?P<w>[A-Z]*0[A-Z]*)(?![\w])")
# a full postcode written without its space whose outward code ends on a letter: "EC1A1BB", "W1A0AX" (never read as
# letters: no name has that shape)
_COMPACT_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z]\d[A-Z]{2}")
# a lower-case l beside a digit in a number, a house number or a postcode: "756 32l 4453", "l4 Kirkgate Lane", "LS2l 3HN"
# ("l32 6qb", a lower-case postcode's outward code, keeps its l)
_L_BY_DIGIT = re.compile(r"(?<=\d)l(?=\d|\s\d)|(?<![\w])l(?=\d{1,3}(?![\w])(?![ \t]{1,2}\d[a-z]{2}(?![\w])))"
                         r"|(?<=[A-Z]\d)l(?=\s\d[A-Z]{2}(?![\w]))")


# a value after its label, as OCR reads a scanned form (``_labelled``): a phone number's run ("Te1" is OCR's "Tel" too)
_PHONE_VALUE = re.compile(r"(?i:\bte[l1](?:ephone)?|\bphone|\bmob(?:ile)?|\bcontact|\bff[oô]n)\.?[ \t]*(?i:no\.?|number)?"
                          r"[ \t]*[:#-]?[ \t]*(?P<v>[\dOolIS][\dOolIS \t-]{8,16}[\dOolIS])(?![\w])")
# ... or, with no label, a whole UK number's eleven places from a 0 ("son Gary O77OO 9OO 623"), five of them digits
_PHONE_RUN = re.compile(r"(?<![\w])(?P<v>[0O][1-37-9](?:[\dOolI][ \t-]?){8}[\dOolI])(?![\w])")
# ... and a postcode, its letters in the places only a digit can stand (outward digit, the next if not a letter, inward digit)
_POSTCODE_VALUE = re.compile(r"(?:(?i:post[ \t]?code|p/code)[ \t]*:?[ \t]*|(?i:ad{1,2}re[s5]{1,2})[ \t]*:[^\n]{0,80}?[ \t,])(?!GIR)"
                             r"(?P<a>[A-Z]{1,2})(?P<d>[\dlIO])"
                             r"(?P<r>[\dlIOA-Z]?)(?P<s>[ \t]{0,2})(?P<i>[\dlIO])(?P<z>[A-Z]{2})(?![\w])")

# ... and an NHS number's 3-3-4 places after its label, four of them digits ("NHS N0: 989 SS9 O4lS": an S read for a 5)
_NHS_VALUE = re.compile(r"(?i:\bnhs(?:[ \t]*(?:n[o0]\.?|number|num))?)[ \t]*[:#-]?[ \t]*"
                        r"(?P<v>[\dOolIS]{3}[ \t-]?[\dOolIS]{3}[ \t-]?[\dOolIS]{4})(?![\w])")
_TO_DIGITS_S = str.maketrans("OolIS", "00115")  # a labelled number's places: an S is a 5 there too
# ... and a National Insurance number's digits ("NI N0: KA 5l 67 O3 B", "Nati0nal lnsurance N0: WL 3O 81 74 C")
_NI_VALUE = re.compile(r"(?i:\bni[ \t]*n[o0]\.?|\bnino|nati[o0]nal[ \t]+[il]nsurance(?:[ \t]+(?:n[o0]|number))?)[ \t]*[:#-]?[ \t]*"
                       r"[A-Z]{2}[ \t]?(?P<v>[\dOolI]{2}[ \t]?[\dOolI]{2}[ \t]?[\dOolI]{2})(?=[ \t]?[A-D](?![\w]))")


# ... and a hospital number's digits after its label, OCR's letters in the label too ("Hosp N0: Kl2O4478", "Ho5p N0:
# PCH00l7738", "Hosp N o: A 0447 l92"): the letters before the digits stay, four digits or more must be digits already
_HOSP_VALUE = re.compile(r"(?i:\bho[s5]p(?:ita[l1])?\.?[ \t]*n[ \t]?[o0]\.?|\bmrn|\bunit[ \t]*n[o0]\.?)[ \t]*[:#-]?[ \t]*"
                         r"(?P<a>[A-Z]{0,4}[ \t]?)(?P<v>[\dOolI][\dOolI \t]{4,12}[\dOolI])(?![\w])")

# ... and a current-format number plate after its label, letters where letters stand ("Vehicle reg: 0U65 KHY": Oxford's
# O read as a zero) and digits where its age digits do
_PLATE_VALUE = re.compile(r"(?i:\b(?:vehic[ \t]?le|car|veh)[ \t]*reg(?:istration)?(?:[ \t]*(?:no|number))?|\breg(?:istration)?"
                          r"[ \t]*(?:no|number))\.?[ \t]*[:#-]?[ \t]*"
                          r"(?P<a>[A-Z0158]{2})(?P<d>[\dOolIS]{2})(?P<s>[ \t]?)(?P<z>[A-Z0158]{3})(?![\w])")
_PLATE_LETTERS = str.maketrans("0158", "OISB")


def _read_as_number(value: str) -> bool:
    """Six digits or more, or four with the rest a whole number's OCR letters: ten or eleven digits from a 0."""
    digits = sum(ch.isdigit() for ch in value)
    read = [ch for ch in value.translate(_TO_DIGITS) if ch.isdigit()]
    return digits >= 6 or (digits >= 4 and len(read) in (10, 11) and read[0] == "0")


def _labelled(text: str) -> str:
    """``text`` with a labelled phone number's, NI number's, hospital number's and postcode's OCR letters read as digits,
    and a labelled plate's OCR digits and letters each in its place (same length)."""
    text = _PHONE_VALUE.sub(lambda m: m.group()[:m.start("v") - m.start()] + (
        m["v"].translate(_TO_DIGITS_S) if _read_as_number(m["v"]) else m["v"]), text)
    text = _NHS_VALUE.sub(lambda m: m.group()[:m.start("v") - m.start()] + (
        m["v"].translate(_TO_DIGITS_S) if sum(ch.isdigit() for ch in m["v"]) >= 4 else m["v"]), text)
    text = _PHONE_RUN.sub(lambda m: m["v"].translate(_TO_DIGITS) if sum(ch.isdigit() for ch in m["v"]) >= 5 else m["v"],
                          text)
    text = _NI_VALUE.sub(lambda m: m.group()[:m.start("v") - m.start()] + m["v"].translate(_TO_DIGITS), text)
    text = _PLATE_VALUE.sub(lambda m: m.group()[:m.start("a") - m.start()] + m["a"].translate(_PLATE_LETTERS)
                            + m["d"].translate(_TO_DIGITS_S) + m["s"] + m["z"].translate(_PLATE_LETTERS), text)
    text = _HOSP_VALUE.sub(lambda m: m.group()[:m.start("v") - m.start()] + (
        m["v"].translate(_TO_DIGITS) if sum(ch.isdigit() for ch in m["v"]) >= 4 else m["v"]), text)
    return _POSTCODE_VALUE.sub(lambda m: m.group()[:m.start("a") - m.start()] + m["a"] + m["d"].translate(_TO_DIGITS)
                               + _district_end(m["a"], m["r"]) + m["s"] + m["i"].translate(_TO_DIGITS) + m["z"], text)


def _district_end(area: str, end: str) -> str:
    """The outward code's last character: an OCR'd l, I or O is a digit, and an S a 5 outside London's areas (only
    they end a district on a letter: "SW1A", "EC1V"; "LS2S" is LS25)."""
    if end and end in "lIO":
        return end.translate(_TO_DIGITS)
    return "5" if end == "S" and area not in _LONDON_AREAS else end


_LONDON_AREAS = frozenset("E EC N NW SE SW W WC".split())


def _zero(m: "re.Match") -> str:
    token = m.group()
    return token.translate(_TO_DIGITS) if sum(ch.isdigit() for ch in token) >= 3 else token


def _grouped(m: "re.Match") -> str:
    token = m.group()
    return token.translate(_TO_DIGITS) if sum(ch.isdigit() for ch in token) >= 6 else token


def _letter(m: "re.Match") -> str:
    """The word's 0 as O (o) and 1 as I (l) when it holds four letters or more: a postcode district ("SE1", "SW1A",
    "EC1V") has three at most, and a plate or a code two digits or more."""
    token = m.group()
    inner = token[1:-1]  # a digit between lower-case letters of a capitalised word is no code's: "Mo0r", "Ad1l"
    cased = token[0].isupper() and token[-1].islower() and inner.replace("0", "a").replace("1", "a").islower()
    if sum(ch.isalpha() for ch in token) < (3 if cased else 4):
        return token
    upper = token.isupper() or token[1:2].isupper()
    return token.replace("0", "O" if upper else "o").replace("1", "I" if upper else "l")


def _letters(m: "re.Match") -> str:
    token = m.group()
    letters = sum(ch.isalpha() for ch in token)
    if letters < 4 or letters < 2 * (len(token) - letters) or _COMPACT_POSTCODE.fullmatch(token):
        return token
    return token.translate(_TO_LETTERS)


def _ocr_zeros(text: str) -> str:
    if not _O_BY_DIGIT.search(text) and "5" not in text:
        return text
    text = _SHORT_CAPS_BESIDE.sub(lambda m: m.group().replace("0", "O"), _GROUPED_NUMBER.sub(_grouped, text))
    text = _WORD_WITH_DIGIT.sub(_letter, _NUMERIC_TOKEN.sub(_zero, _O_BETWEEN_DIGITS.sub("0", text)))
    text = _L_BY_DIGIT.sub("1", _CAPS_WITH_DIGITS.sub(_letters, _TITLED_CAPS.sub(_os, text)))
    return _ZEROS_IN_WORD.sub(_zeros_as_os, _ZERO_APOSTROPHE.sub("O", text))


def _os(m: "re.Match") -> str:
    word = m.group("w")
    return m.group("t") + (word.replace("0", "O") if len(word) >= 4 else word)


def _zeros_as_os(m: "re.Match") -> str:
    token = m.group()
    return ("O" if token[0] == "0" else token[0]) + token[1:].replace("0", "o")


def normalise(text: str) -> str:
    """Return ``text`` folded character by character (same length, same offsets)."""
    out = text if text.isascii() else text.translate(_FOLD_TABLE)
    out = _labelled(_ocr_zeros(read_exports(out)))
    assert len(out) == len(text)
    return out
