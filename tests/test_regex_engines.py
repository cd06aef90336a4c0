"""The recognizers' regexes run on the standard library's ``re`` where it accepts them, and patterns with
``starts`` are tried only where a match can begin: both must give exactly the matches of a full ``regex`` scan."""

import re as std_re

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phiscrub.config import ScrubConfig
from phiscrub.text.pipeline import build_parts
from phiscrub.text.recognizers.base import Pattern, PhiRecognizer
from phiscrub.text.recognizers.engines import at_starts, char_differs, compile_fast, engines_differ
from phiscrub.text.recognizers.yaml_recognizer import YamlRecognizer

_PARTS = build_parts(ScrubConfig(mentions=False))

# Shapes every recognizer reads, and near-misses, glued with arbitrary text.
FRAGMENTS = [
    "14 Station Road", "22a fore st", "Flat 2/1, 17 Dalmally Street", "PF2, 9 Leith Walk", "12 Heol y Bryn",
    "Apartment 4, 220 Deansgate", "flat G/R,", "level 3 Mill Lane", "ward 14", "4m, Baxter Street", "Bryn-y-Môr,",
    "Ivy Cottage, Tanyard Lane", "Hillcrest, 4 Manse Brae", "WR19 ABC", "NK 17 VXC", "kiz 6613", "A38", "reg",
    "van", "EX2 7LB", "943 476 5919", "QQ 12 34 56 C", "DOB", "21/08/1983", "3rd March 1941", "07700 900123",
    "jo@nhs.net", "K1234567", "hosp no", "Ŵ", "é", "İ", "ſ", "K", "\n", ",", ".", "/", "-", "£", "Unit 5",
    "¼", "²", "e\u0301", "ı", "Ⓐ", "\x1c", "1A¼", "_",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=20).map(" ".join)


def _spans(matches):
    return [(m.start(), m.end(), m.groupdict().get("id")) for m in matches]


def test_plain_patterns_use_the_standard_library_and_the_rest_regex():
    assert isinstance(compile_fast(r"(?<![\w-])[A-Z]{2}\d{2}"), std_re.Pattern)
    assert isinstance(compile_fast(r"(?-i:\p{Lu})\w+"), regex.Pattern)  # a Unicode property
    assert isinstance(compile_fast(r"(?<!\b(?:ward|bed)\s)\d+"), regex.Pattern)  # variable-width lookbehind
    assert isinstance(compile_fast(r"[[:alpha:]]+"), regex.Pattern)  # a POSIX class, a nested set to re


def test_some_builtin_pattern_takes_each_path():
    kinds = {(isinstance(rx, std_re.Pattern), starts is not None)
             for r in _PARTS.recognizers for _, rx, starts in r._compiled}
    assert {(True, False), (False, False), (False, True)} <= kinds


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_builtin_pattern_matches_as_a_full_regex_scan(text):
    for r in _PARTS.recognizers:
        for pattern, rx, starts in r._regexes(text)[0]:  # the set a scan of this text uses
            reference = regex.compile(pattern.regex, r.REGEX_FLAGS)
            found = at_starts(rx, starts, text) if starts else rx.finditer(text)
            assert _spans(found) == _spans(reference.finditer(text)), (r.name, pattern.name)


def test_a_start_missing_from_starts_loses_the_match():
    # the property above can fail: ``starts`` that omits where a match begins finds nothing there
    rx = regex.compile(r"(?<!\w)\p{Lu}\w+ Road")
    assert _spans(at_starts(rx, std_re.compile(r"(?=\d)"), "Mill Road")) == []
    assert _spans(at_starts(rx, std_re.compile(r"(?=(?<!\w)[A-Z])"), "a Mill Road")) == [(2, 11, None)]


def test_a_time_limit_keeps_regex_for_every_pattern_and_context():
    class Limited(PhiRecognizer):
        ENTITY = "HOSPITAL_NUMBER"
        MATCH_TIMEOUT = 0.5
        PATTERNS = [Pattern("x", r"\d{4}", 0.5, starts=r"\d")]
        CONTEXT = ["ref"]

    rec = Limited()
    assert all(isinstance(rx, regex.Pattern) and starts is None for _, rx, starts in rec._compiled)
    assert isinstance(rec._context_re, regex.Pattern)
    assert [f.start for f in rec.find("ref 1234")] == [4]
    assert YamlRecognizer.MATCH_TIMEOUT is not None


def test_outside_the_listed_characters_the_engines_read_every_code_point_alike():
    # what the fast path relies on: \w, \s, \d, \b and case-insensitive letters agree on every character
    # that ``char_differs`` does not send to ``regex``
    plain = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and not char_differs(chr(c)))
    for piece in (r"\w", r"\W", r"\s", r"\d", r"[a-z]", r"[A-HJ-PR-Z]", r"s", r"k", r"i"):
        assert std_re.findall(piece, plain, std_re.I) == regex.findall(piece, plain, regex.I), piece
    spaced = " ".join(plain[i:i + 3] for i in range(0, len(plain), 3))
    assert [m.span() for m in std_re.finditer(r"\b", spaced)] == [m.span() for m in regex.finditer(r"\b", spaced)]


def test_a_text_the_engines_read_differently_is_scanned_by_regex():
    # "¼" is a word character to ``re`` and not to ``regex``: the plate before it is found either way
    assert engines_differ("reg 1A¼") and not engines_differ("reg WR19 ABC_x")
    vehicle = next(r for r in _PARTS.recognizers if r.name == "VehicleRegRecognizer")
    assert all(isinstance(rx, regex.Pattern) for _, rx, _ in vehicle._regexes("1A¼")[0])
