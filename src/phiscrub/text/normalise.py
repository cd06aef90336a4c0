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
(``_ocr_zeros``). "O2", "SO16 6YD", "BO51 ABC" and words keep their letter.

Em dashes are the exception among the Pd dashes: they separate phrases and are
often written unspaced ("EX2 7LB—thanks"); folded to "-" they would join the
identifier to the next word, which the postcode, plate, email and NI rules
reject as part of a longer code. They stay em dashes.
"""

import re
import unicodedata

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


_O_BY_DIGIT = re.compile(r"\d[Oo]|[Oo]\d")
_O_BETWEEN_DIGITS = re.compile(r"(?<=\d)[Oo](?=\d)")
_NUMERIC_TOKEN = re.compile(r"(?<![\w./-])[\dOo][\dOo./-]*[\dOo](?![\w])")


def _zero(m: "re.Match") -> str:
    token = m.group()
    return token.replace("O", "0").replace("o", "0") if sum(ch.isdigit() for ch in token) >= 3 else token


def _ocr_zeros(text: str) -> str:
    if not _O_BY_DIGIT.search(text):
        return text
    return _NUMERIC_TOKEN.sub(_zero, _O_BETWEEN_DIGITS.sub("0", text))


def normalise(text: str) -> str:
    """Return ``text`` folded character by character (same length, same offsets)."""
    out = text if text.isascii() else "".join(_fold(ch) for ch in text)
    out = _ocr_zeros(out)
    assert len(out) == len(text)
    return out
