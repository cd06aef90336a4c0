"""Letter-spaced text read again closed up (``phiscrub.text.spaced``). Every example is invented."""

from phiscrub.text.spaced import collapse, spaced_findings
from phiscrub.types import Finding


def test_a_letter_spaced_line_closes_up_and_keeps_its_offsets():
    text = "Ward 4\nN H S  N o :  9 4 3 4 7 6 5 9 1 9     Sex :  F"
    closed, index, spans = collapse(text)
    assert closed == "Ward 4\nNHS No: 9434765919     Sex : F"  # a word keeps its space before one character
    assert all(text[index[i]] == ch for i, ch in enumerate(closed) if ch != " ")
    assert spans == [(7, len(text))]


def test_prose_and_short_runs_are_left_alone():
    assert collapse("I am a nurse and I love it") is None
    assert collapse("seen in A & E at 3") is not None  # three singles: closed up, but only findings are added
    assert collapse("bed 4 b") is None


def test_a_finding_on_the_closed_up_line_maps_back_to_its_characters():
    text = "Name: Ann\nD O B :  1 2 / 0 3 / 1 9 5 0"
    closed, _, _ = collapse(text)
    at = closed.index("12/03/1950")

    def analyze(t):
        assert t == closed
        return [Finding(at, at + 10, "DATE_OF_BIRTH", 1.0, "test"), Finding(6, 9, "PERSON", 0.9, "test")]

    found = spaced_findings(text, analyze)
    assert [(text[f.start:f.end], f.entity_type) for f in found] == [("1 2 / 0 3 / 1 9 5 0", "DATE_OF_BIRTH")]


def test_the_pipeline_redacts_a_scanned_form_whole(scrubber):
    text = ("P A T I E N T   D E T A I L S\n"
            "Surname :  O ' B R A D A I G H       Forename(s) :  Niamh\n"
            "D.O.B :  3 0 . 0 8 . 1 9 7 1\n"
            "N H S  N o :  9 4 3 4 7 6 5 9 1 9\n"
            "Addr :  1 2  St  Aidan ' s  Terrace ,  Sunderland  S R 4  7 T J")
    out = scrubber.scrub_text(text).text
    for left in ("B R A D", "3 0 . 0 8", "9 4 3 4", "S R 4", "Aidan"):
        assert left not in out, out
    assert "Sunderland" in out


def test_a_lone_letter_after_a_sex_label_is_no_name(scrubber):
    text = "Sex: F\nNHS No: 943 476 5919"
    assert {f.entity_type for f in scrubber.analyze_text(text).findings} == {"NHS_NUMBER"}
