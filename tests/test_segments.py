"""Long texts: cut into segments with margins, analysed in linear cost, stitched back whole."""

import pytest

from phiscrub import Finding
from phiscrub.text import segments as seg_mod
from phiscrub.text.pipeline import SegmentAnalysis, stitch
from phiscrub.text.segments import Segment, cut, cut_point, rechunk, segments, text_segments


def test_cut_prefers_paragraph_then_line_breaks():
    text = "a" * 60 + "\n\n" + "b" * 20 + "\n" + "c" * 30
    assert cut_point(text, 100) == 62  # after the paragraph break, though a line break comes later
    assert cut_point("a" * 60 + "\n" + "b" * 60, 100) == 61
    assert cut_point("x" * 50 + "\n\n" + "y" * 60, 100) == 52
    assert cut_point("z" * 250, 100) == 100  # no break: a hard cut


@pytest.mark.parametrize("size", [0, 5, 99, 100, 101, 1234])
def test_cut_and_rechunk_give_the_text_back(size):
    text = ("line of ward chat %d\n" * 200 % tuple(range(200)))[:size * 3]
    assert "".join(cut(text, 100)) == text
    assert all(len(p) <= 100 for p in cut(text, 100))
    blocks = [text[i:i + 37] for i in range(0, len(text), 37)]
    assert "".join(rechunk(blocks, 100)) == text


def test_segments_have_margins_and_own_parts_that_tile_the_text():
    pieces = ["aaaa\n", "bbbb\n", "cccc\n"]
    segs = list(segments(pieces, margin=3))
    assert [s.text[s.own_start:s.own_end] for s in segs] == pieces
    assert [s.base for s in segs] == [0, 5, 10]
    assert segs[1].text == "aa\n" + "bbbb\n" + "ccc"
    assert segs[0].to_global(segs[0].own_start) == 0 and segs[2].to_global(segs[2].own_start) == 10


def test_short_text_is_one_segment():
    assert text_segments("hello") == [Segment("hello", 0, 0, 5)]


def F(start, end):
    return Finding(start, end, "PERSON", 0.8, "test")


def test_stitch_keeps_a_finding_that_straddles_a_cut_whole_and_once():
    s1, s2 = Segment("x", 0, 0, 10), Segment("y", 10, 0, 10)
    parts = [SegmentAnalysis(s1, (F(2, 4), F(8, 13)), ()), SegmentAnalysis(s2, (F(11, 16), F(17, 19)), ())]
    out = [f for sa in stitch(parts) for f in sa.findings]
    assert [(f.start, f.end) for f in out] == [(2, 4), (8, 13), (13, 16), (17, 19)]


def test_long_text_equals_its_pieces_and_nothing_straddling_a_cut_is_lost(scrubber, monkeypatch):
    monkeypatch.setattr(seg_mod, "SEGMENT_CHARS", 400)
    monkeypatch.setattr(seg_mod, "MARGIN_CHARS", 80)
    line = "Bed {n}: Mrs Marjorie Flint, NHS no 943 476 5919, ring 07700 900123, EX2 7LB. Ward 7 at Derriford.\n"
    text = "".join(line.format(n=i) for i in range(60))
    long = scrubber.scrub_text(text)
    per_line = "".join(scrubber.scrub_text(line.format(n=i)).text for i in range(60))
    assert long.text == per_line
    assert "Flint" not in long.text and "5919" not in long.text and "Derriford" in long.text


def test_streamed_chunks_give_the_same_redaction(scrubber, monkeypatch):
    monkeypatch.setattr(seg_mod, "SEGMENT_CHARS", 300)
    monkeypatch.setattr(seg_mod, "MARGIN_CHARS", 60)
    text = "".join(f"{i} pt is marjorie flint 84F, postcode EX2 7LB, call 07700 900123 now\n" for i in range(40))
    blocks = [text[i:i + 97] for i in range(0, len(text), 97)]  # blocks cut mid-word and mid-number
    streamed = "".join(piece for piece, _ in scrubber.scrub_chunks(iter(blocks)))
    assert streamed == scrubber.scrub_text(text).text
