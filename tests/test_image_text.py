"""Identifying text in photos: rendered scenes (samples/images/make_scenes.py) through RapidOCR and the
text engine, plus the offline pieces (layout, offset map, word split, Tesseract TSV) on fixed data."""

import logging

import numpy as np
import pytest

from phiscrub.errors import ModelNotInstalledError
from phiscrub.image.ocr import OcrLine, OcrWord, make_ocr, parse_tsv, split_line
from phiscrub.image.text import TextDetector, compose, finding_regions, layout
from phiscrub.types import Finding
from rendered import covered, scenes


@pytest.fixture(scope="module")
def ocr():
    return make_ocr("rapidocr", threads=2)


@pytest.fixture(scope="module")
def detector(scrubber, ocr):
    return TextDetector(scrubber.analyze_text, ocr, analyze_many=scrubber.analyze_texts)


@pytest.mark.parametrize("scene, variant", [("wristband", "plain"), ("wristband", "rot20"), ("letter", "plain"),
                                            ("chat", "small")])
def test_identifiers_in_rendered_scenes_are_covered(detector, scene, variant):
    image, boxes = scenes.render(scene, variant)
    rgb = np.asarray(image)
    regions = detector.detect(rgb)
    assert {r.kind for r in regions} == {"text"} and all(r.detector == "rapidocr" for r in regions)
    for b in boxes:
        assert covered(b["box"], regions, rgb.shape) >= 0.8, (scene, variant, b["attrs"]["entity"])


def test_wristband_regions_name_their_types(detector):
    image, _ = scenes.render("wristband")
    found = {r.entity for r in detector.detect(np.asarray(image))}
    assert {"PERSON", "DATE_OF_BIRTH", "NHS_NUMBER"} <= found


def test_ordinary_signs_give_no_region(detector):
    image, boxes = scenes.render("notices")  # "Ward 7", "Thank you", "Band 6 nurse", "Bay 3"
    assert boxes == [] and detector.detect(np.asarray(image)) == []


def test_finding_on_part_of_a_line_is_narrower_than_the_line(detector):
    """The OCR reads label, name and bay as one line: only the name's words are covered. A numbered
    bay after the name is a bay, so the name is still found ("Bay" is also a place word)."""
    canvas = scenes.Canvas((760, 120))
    x0, _, x1, _ = canvas.text((20, 40), "Patient: ", "Marjorie Flint", "PERSON", size=28)
    canvas.text((x1 + 20, 40), "Bay 2 Ward 7", size=28)
    rgb = np.asarray(canvas.image)
    regions = detector.detect(rgb)
    assert [r.entity for r in regions] == ["PERSON"]
    (x, _, w, _), = (r.box for r in regions)
    assert covered(canvas.boxes[0]["box"], regions, rgb.shape) >= 0.8
    assert w < 0.6 * (x1 - x0 + 200) and x + w < x1 + 20  # the name only: not "Patient:", not "Bay 2"


def test_recognised_text_is_never_logged(detector, caplog):
    canvas = scenes.Canvas((600, 120))
    canvas.text((20, 20), "Name: ", "Marjorie Flint", "PERSON", size=26)
    canvas.text((20, 60), "NHS no ", "943 476 5919", "NHS_NUMBER", size=26)
    with caplog.at_level(logging.DEBUG):
        assert len(detector.detect(np.asarray(canvas.image))) >= 2
    assert not [r for r in caplog.records if any(v in r.getMessage() for v in ("Flint", "Marjorie", "5919"))]


# -- offline pieces: no OCR model ----------------------------------------------------------------------
def quad(x, y, w, h):
    return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


def line(words, x, y, h=20, score=0.95):
    out, cx = [], x
    for text in words:
        out.append(OcrWord(text, quad(cx, y, 12 * len(text), h), score))
        cx += 12 * len(text) + 8
    return OcrLine(tuple(out), quad(x, y, cx - x, h), score)


class FakeOcr:
    name = "fake"

    def __init__(self, lines):
        self.lines = tuple(lines)

    def read(self, rgb, variant="plain"):
        return self.lines if variant == "plain" else ()


def test_stacked_lines_form_one_block_and_far_lines_do_not():
    lines = [line(["Name:"], 10, 10), line(["Joan", "Smith"], 10, 34), line(["Thank", "you"], 400, 300)]
    assert layout(lines) == [[[0], [1]], [[2]]]
    composed = compose(lines, layout(lines))
    assert composed.text == "Name:\nJoan Smith\n\nThank you"
    assert all(composed.text[p.start:p.end] == p.word.text for p in composed.pieces)


def test_region_covers_only_the_words_of_the_finding():
    lines = [line(["Patient", "Joan", "Smith", "Ward", "7"], 0, 0)]
    composed = compose(lines, layout(lines))
    start = composed.text.index("Joan")
    f = Finding(start, start + len("Joan Smith"), "PERSON", 0.9, "test")
    (region,) = finding_regions(composed, [f], (100, 400, 3), grow=0.0)
    words = lines[0].words
    assert region.box[0] <= words[1].box[0] and region.box[0] + region.box[2] >= words[2].box[0] + words[2].box[2]
    assert region.box[0] > words[0].box[0] + words[0].box[2] - 1
    assert region.box[0] + region.box[2] < words[3].box[0] + 1


def test_low_confidence_identifier_is_still_redacted(scrubber):
    ocr = FakeOcr([line(["NHS", "no", "943", "476", "5919"], 10, 10, score=0.35)])
    regions = TextDetector(scrubber.analyze_text, ocr).detect(np.zeros((60, 400, 3), np.uint8))
    assert [r.entity for r in regions] == ["NHS_NUMBER"]


def test_split_line_by_character_positions():
    words = split_line("DOB 21/08/1983", quad(0, 0, 140, 20), 0.9)
    assert [w.text for w in words] == ["DOB", "21/08/1983"]
    assert words[0].box[0] == 0 and words[1].box[0] + words[1].box[2] == 140
    assert words[0].box[2] < words[1].box[2]


def test_tesseract_tsv_gives_word_boxes_by_line():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = ["5\t1\t1\t1\t1\t1\t10\t10\t50\t20\t96\tJoan", "5\t1\t1\t1\t1\t2\t70\t10\t60\t20\t91\tSmith",
            "5\t1\t2\t1\t1\t1\t10\t80\t40\t20\t90\tWard", "4\t1\t2\t1\t1\t0\t10\t80\t40\t20\t-1\t"]
    lines = parse_tsv("\n".join([header] + rows))
    assert [ln.text for ln in lines] == ["Joan Smith", "Ward"]
    assert lines[0].box == (10, 10, 120, 20)


def test_missing_tesseract_names_the_apt_package(monkeypatch):
    monkeypatch.setattr("phiscrub.image.ocr.shutil.which", lambda name: None)
    with pytest.raises(ModelNotInstalledError, match="apt-get install tesseract-ocr"):
        make_ocr("tesseract").read(np.zeros((20, 20, 3), np.uint8))
