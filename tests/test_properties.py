"""Invariants over arbitrary text (hypothesis): no crash, valid offsets, text outside findings kept."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phiscrub import Scrubber
from phiscrub.text.redact import MASK

# Fragments that exercise every recognizer and rule, glued with arbitrary text.
FRAGMENTS = [
    "Mrs", "Dr", "pt is", "my grandad", "thanks to", "Hi", "DOB", "born", "NHS no", "hosp no", "MRN:", "reg",
    "Priya", "marjorie", "FLINT", "O'Neill", "A.K.", "J.", "@Zainab", "#NHS", "@SWASFT", "Ward 7", "Bay 3",
    "943 476 5919", "EX2 7LB", "ex27lb", "WR19 ABC", "07700 900123", "+44 (0)7700 900123", "jo@nhs.net",
    "QQ 12 34 56 C", "14 Station Road", "Flat 2,", "21/08/1983", "3rd Jan", "K1234567", "A38", "M4",
    "Parkinson's", "St Luke's", "v", "&", ",", ".", "!", "?", "\n", "  ", "'s", "(", ")", ":", "💙", "é", "—",
]
texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=25
).map(" ".join)

_SCRUBBER = Scrubber()
_MASKER = Scrubber(mode="mask")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_findings_are_valid_and_the_rest_is_kept(text):
    result = _SCRUBBER.scrub_text(text)
    previous_end = 0
    rebuilt = []
    for f in result.findings:
        assert previous_end <= f.start < f.end <= len(text)
        rebuilt.append(text[previous_end:f.start])
        previous_end = f.end
    rebuilt.append(text[previous_end:])
    rest = result.text
    for piece in rebuilt:
        i = rest.find(piece)
        assert i >= 0
        rest = rest[i + len(piece):]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_mask_keeps_length_and_covers_findings(text):
    result = _MASKER.scrub_text(text)
    assert len(result.text) == len(text)
    for f in result.findings:
        assert result.text[f.start:f.end] == MASK * (f.end - f.start)
