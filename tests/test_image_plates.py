"""Number plates: format and shape rules as tables, rendered UK plates, plate-free scenes, and two
real plates of the dev set (read in place; skipped when /work/shared/data/images-dev is absent)."""

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from phiscrub.image.ocr import OcrLine, OcrWord, make_ocr
from phiscrub.image.plates import (
    VANITY,
    Candidate,
    PlateDetector,
    format_score,
    grow_quad,
    is_vanity,
    reads_as_text,
    shape_score,
)
from rendered import covered as coverage
from rendered import scenes

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "images-dev"


@pytest.fixture(scope="module")
def detector():
    return PlateDetector(make_ocr("rapidocr", threads=2))


@pytest.mark.parametrize("chars, score", [
    ("WR19ABC", 1.0), ("P123ABC", 1.0), ("ABC123D", 1.0), ("ABZ1234", 1.0),  # current, prefix, suffix, NI
    ("ABC1D23", 0.8), ("WOBVWMK4", 0.8), ("SI819AK", 0.8),                   # Mercosur, German, Slovak
    ("FZRULZ", VANITY),                                                        # letters only: vanity
    ("A303", 0.45), ("M5", 0.0), ("1983", 0.0), ("THANKYOUALL", 0.0), ("943476591", 0.0),
])
def test_format_score(chars, score):
    assert format_score(chars) == score


def quad(x, y, w, h):
    return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


@pytest.mark.parametrize("w, h, lines, ok", [
    (160, 40, 1, True), (300, 40, 1, True), (60, 50, 2, True),   # one-line, wide, two-line square
    (40, 40, 1, False), (500, 30, 1, False), (100, 5, 1, False),  # square one-line, caption, tiny
])
def test_shape_score(w, h, lines, ok):
    assert (shape_score(quad(0, 0, w, h), lines, (600, 800, 3)) > 0) == ok


@pytest.mark.parametrize("words, plate", [
    (("Ward", "7"), False), (("Bed", "12"), False), (("WR19", "ABC"), True), (("ox12", "cvs"), True),  # c o s v: case unclear
])
def test_capitals_only(words, plate):
    assert reads_as_text(Candidate("".join(words).upper(), quad(0, 0, 100, 30), 0.9, words=words)) != plate


@pytest.mark.parametrize("words, vanity", [
    (("FZ", "RULZ"), True), (("NEILDMND",), True), (("PARADE",), False), (("MUSIC",), False),
    (("ANY", "ONE", "ELSE"), False),
])
def test_vanity_plates_are_not_ordinary_words(words, vanity):
    c = Candidate("".join(words), quad(0, 0, 100, 30), 0.9, words=words)
    assert is_vanity(c, frozenset({"parade", "music", "any", "one", "else"})) == vanity


def test_grow_quad_keeps_rotation():
    grown = np.array(grow_quad(((0, 0), (100, 50), (90, 70), (-10, 20)), 0.1, 0.3))
    assert np.allclose(grown.mean(axis=0), [45, 35])
    assert np.linalg.norm(grown[1] - grown[0]) == pytest.approx(1.2 * np.hypot(100, 50))


@pytest.mark.parametrize("variant", ["plain", "rot-25"])
def test_rendered_uk_plates_are_found(detector, variant):
    image, boxes = scenes.render("cars", variant)
    rgb = np.asarray(image)
    regions = detector.detect(rgb)
    assert {r.kind for r in regions} == {"plate"}
    plates = [b for b in boxes if b["kind"] == "plate"]
    assert len(plates) == 4
    for b in plates:
        assert coverage(b["box"], regions, rgb.shape) >= 0.8, b["attrs"]["plate_text"]
    assert len(regions) <= 6


@pytest.mark.parametrize("scene", ["notices", "whiteboard"])
def test_plate_free_scene_gives_none(detector, scene):
    image, _ = scenes.render(scene)  # "Ward 7", "Bay 3", "Bed 1", "Band 6": plate-shaped, not plates
    assert detector.detect(np.asarray(image)) == []


def test_two_line_plate_is_one_region():
    w = lambda t, x, y: OcrWord(t, quad(x, y, 60, 30), 0.95)  # noqa: E731
    lines = (OcrLine((w("AB12", 100, 100),), quad(100, 100, 60, 30), 0.95),
             OcrLine((w("CDE", 100, 134),), quad(100, 134, 60, 30), 0.95))

    class Fake:
        name = "fake"

        def read(self, rgb, variant="plain"):
            return lines if variant == "plain" else ()

    regions = PlateDetector(Fake(), ordinary=frozenset()).detect(np.zeros((400, 400, 3), np.uint8))
    assert len(regions) == 1 and regions[0].score == 1.0
    x, y, bw, bh = regions[0].box
    assert x <= 100 and y <= 100 and x + bw >= 160 and y + bh >= 164


@pytest.mark.skipif(not (DEV / "annotations.json").exists(), reason=f"dev photos not present at {DEV}")
@pytest.mark.parametrize("name", ["alpr_eu_eu5.jpg", "alpr_br_PVX0095.jpg"])  # the UK plate; a close-up BR plate
def test_dev_set_plates_are_found(detector, name):
    entry = next(i for i in json.loads((DEV / "annotations.json").read_text())["images"] if i["file"] == name)
    rgb = np.asarray(Image.open(DEV / name).convert("RGB"))
    regions = detector.detect(rgb)
    for b in (b for b in entry["boxes"] if b["kind"] == "plate"):
        assert coverage(b["box"], regions, rgb.shape) >= 0.8
