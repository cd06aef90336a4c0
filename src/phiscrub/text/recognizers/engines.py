"""Which regex engine scans a recognizer's pattern.

The standard library's ``re`` scans these patterns 2-4x faster than ``regex``, which the project keeps for
what ``re`` lacks (Unicode properties such as ``\\p{Lu}``, variable-width lookbehind, POSIX classes, a
per-scan time limit). ``compile_fast`` takes ``re`` where it accepts the pattern. The two engines read a
few characters differently (``ENGINES_DIFFER``), so a text holding one is scanned by ``regex`` alone
(``PhiRecognizer`` keeps both compilations). ``at_starts`` tries a pattern only where a cheaper regex says
a match can begin (``Pattern.starts``). tests/test_regex_engines.py holds both engines to the same matches.
"""

from __future__ import annotations

import re as std_re
import unicodedata
import warnings
from functools import lru_cache
from typing import Iterator

import regex as re


def compile_fast(pattern: str, flags: int = 0):
    """``pattern`` compiled by the standard library's ``re`` when it can (its scan is 2-4x faster on these
    patterns), else by ``regex`` (Unicode properties such as ``\\p{Lu}``, variable-length lookbehind).
    Only ``regex`` has a per-scan ``timeout``."""
    std_flags = (std_re.IGNORECASE if flags & re.IGNORECASE else 0) | (std_re.MULTILINE if flags & re.MULTILINE else 0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", FutureWarning)  # "[[:alpha:]]": a POSIX class to regex, a set to re
            return std_re.compile(pattern, std_flags)
    except (std_re.error, FutureWarning):
        return re.compile(pattern, flags)


# Characters the standard library's ``re`` and ``regex`` read differently: ``\w`` (``str.isalnum`` against
# Unicode's word characters: other numbers "¼²①", combining marks, connector punctuation but "_", the
# joiners, letters only Other_Alphabetic makes words "Ⓐ"), ``\s`` (the separators \x1c-\x1f), case
# folding ("ı" matches [a-z] case-insensitively in ``re`` only), and every character ``regex``'s newer
# Unicode tables assign that Python's ``unicodedata`` does not. tests/test_regex_engines.py checks every
# code point.
ENGINES_DIFFER = re.compile(r"(?!_)[\p{No}\p{M}\p{Pc}\p{Other_Alphabetic}\u200c\u200d\x1c-\x1f\u0131]")
_ASSIGNED = re.compile(r"\p{Assigned}")


@lru_cache(maxsize=4096)
def char_differs(ch: str) -> bool:
    """Whether the two engines may read the character ``ch`` differently."""
    return ENGINES_DIFFER.match(ch) is not None or (
        unicodedata.category(ch) == "Cn" and _ASSIGNED.match(ch) is not None)


@lru_cache(maxsize=64)
def engines_differ(text: str) -> bool:
    """Whether ``text`` holds a character the two engines read differently (asked once per text)."""
    if text.isascii():
        return ENGINES_DIFFER.search(text) is not None  # only the separators \x1c-\x1f
    return any(char_differs(ch) for ch in set(text) if ord(ch) > 127) or ENGINES_DIFFER.search(text) is not None


def at_starts(rx, starts, text: str) -> Iterator:
    """``rx.finditer(text)`` tried only where ``starts`` matches: the same leftmost, non-overlapping matches
    when every match of ``rx`` begins there (``rx`` never matches the empty string)."""
    done = 0
    for s in starts.finditer(text):
        at = s.start()
        if at < done:
            continue
        m = rx.match(text, at)
        if m is not None:
            done = max(m.end(), at + 1)
            yield m
