"""Normalisation that keeps every character's offset.

Each character maps to exactly one character, so an offset into the
normalised text is the same offset into the original: no offset map is needed
and redaction always works on the original text. What it folds: no-break and
other Unicode spaces, zero-width characters (to a space), typographic dashes,
full-width and other Unicode digits and letters (NFKC when it yields one
character).
"""

import unicodedata

_SPACES = {"\u00a0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
           "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\u200b", "\u200c", "\u200d",
           "\u2060", "\ufeff"}
_DASHES = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\ufe63", "\uff0d"}


def _fold(ch: str) -> str:
    if ch in _SPACES:
        return " "
    if ch in _DASHES:
        return "-"
    if ch.isascii():
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def normalise(text: str) -> str:
    """Return ``text`` folded character by character (same length, same offsets)."""
    if text.isascii():
        return text
    out = "".join(_fold(ch) for ch in text)
    assert len(out) == len(text)
    return out
