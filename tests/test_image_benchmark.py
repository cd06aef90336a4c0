"""The photo benchmark's arithmetic (benchmarks/image_scoring.py) on hand-made boxes, the OCR-only
baseline's word mapping, and the sample scenes' labels it scores against."""

import json
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from image_engines import words_hit  # noqa: E402
from image_scoring import coverage, tally  # noqa: E402


@pytest.mark.parametrize("label, dets, share", [
    ([10, 10, 10, 10], [[10, 10, 20, 20]], 1.0),                    # exactly covered
    ([10, 10, 10, 10], [[0, 0, 100, 100]], 1.0),                    # inside a larger box
    ([10, 10, 10, 10], [[10, 10, 15, 20]], 0.5),                    # left half
    ([10, 10, 10, 10], [[10, 10, 16, 20], [14, 10, 20, 20]], 1.0),  # two overlapping halves: a union, not a sum
    ([10, 10, 10, 10], [[10, 10, 13, 20], [17, 10, 20, 20]], 0.6),  # two strips with a gap
    ([10, 10, 10, 10], [[30, 30, 40, 40]], 0.0),                    # elsewhere
    ([10, 10, 10, 10], [], 0.0),                                    # nothing found
    ([10, 10, 10, 10], [[9.6, 9.6, 14.2, 20.0]], 0.5),              # fractional edges round outwards
])
def test_coverage_is_the_share_of_the_label_inside_the_union(label, dets, share):
    assert coverage(label, np.asarray(dets, float).reshape(-1, 4)) == pytest.approx(share)


def image(boxes, labelled=("face", "plate", "text"), size=(100, 100), group="g"):
    return {"file": "a.jpg", "width": size[0], "height": size[1], "group": group, "labelled": list(labelled),
            "boxes": [{"kind": k.rstrip("!"), "box": b, **({"attrs": {"invalid": 1}} if k.endswith("!") else {})}
                      for k, b in boxes]}


@pytest.mark.parametrize("kind, boxes, dets, found, false_area", [
    # a text box counts as found under a plate region (both redact), and that plate region is not false
    ("text", [("text", [0, 0, 20, 10])], {"plate": [[0, 0, 20, 10]]}, (1, 1), 0.0),
    ("plate", [("text", [0, 0, 20, 10])], {"plate": [[0, 0, 20, 10]]}, None, 0.0),
    # a plate box is not found by a text region alone: the plate panel is more than its characters
    ("plate", [("plate", [0, 0, 20, 10])], {"text": [[0, 0, 20, 10]]}, (0, 1), 0.0),
    # 69% covered is missed, 70% found
    ("face", [("face", [0, 0, 10, 10])], {"face": [[0, 0, 6, 10]]}, (0, 1), 0.0),
    ("face", [("face", [0, 0, 10, 10])], {"face": [[0, 0, 7, 10]]}, (1, 1), 0.0),
    # a face region with under 10% of it on labels is false: its whole area counts, once
    ("face", [("face", [0, 0, 10, 10])], {"face": [[50, 50, 60, 60], [55, 55, 60, 60]]}, (0, 1), 0.01),
    # 20% of it on a label: not false (it is a loose box around a true face)
    ("face", [("face", [0, 0, 10, 10])], {"face": [[8, 0, 18, 10]]}, (0, 1), 0.0),
    # WIDER's invalid faces are an ignore region: not counted for recall, a region on one is not false
    ("face", [("face!", [0, 0, 10, 10])], {"face": [[0, 0, 10, 10]]}, None, 0.0),
])
def test_recall_and_false_area_per_kind(kind, boxes, dets, found, false_area):
    t = tally([image(boxes)], kind, {"a.jpg": dets})
    assert t.found.get("all") == found and t.found.get("g") == found
    assert t.false_area == pytest.approx(false_area)


def test_false_area_needs_an_exhaustively_labelled_photo_but_region_area_does_not():
    t = tally([image([], labelled=("face",))], "text", {"a.jpg": {"text": [[0, 0, 50, 20]]}})
    assert t.false_area is None and t.outside_area is None
    assert t.regions == 1 and t.region_area == pytest.approx(0.1)


def test_false_area_is_over_the_labelled_photos_only():
    images = [image([]), dict(image([], labelled=()), file="b.jpg")]
    t = tally(images, "face", {"a.jpg": {"face": [[0, 0, 10, 10]]}, "b.jpg": {"face": [[0, 0, 100, 100]]}})
    assert t.false_area == pytest.approx(0.01) and t.region_area == pytest.approx(0.505)


def test_face_boxes_are_counted_in_height_bands():
    t = tally([image([("face", [0, 0, 5, 9]), ("face", [20, 20, 30, 50]), ("face", [0, 50, 40, 51])])], "face", {})
    assert {k: t.found[k] for k in ("<10", "20–50", ">50", "≥20")} == {
        "<10": (0, 1), "20–50": (0, 1), ">50": (0, 1), "≥20": (0, 2)}


class W:
    def __init__(self, text):
        self.text = text


@pytest.mark.parametrize("spans, hit", [
    ([(13, 23)], [2, 3]),   # "Joan Smith" in "Patient: Mrs Joan Smith, Bay 3"
    ([(14, 16)], [2]),      # part of a word takes the word
    ([(8, 9)], []),         # the space between words takes neither
    ([], []),
])
def test_ocr_only_baseline_boxes_the_words_a_finding_overlaps(spans, hit):
    words = [W(t) for t in "Patient: Mrs Joan Smith, Bay 3".split()]
    assert words_hit(words, spans) == hit


def test_sample_scenes_label_one_barcode_per_wristband_and_keep_text_and_plate_boxes():
    doc = json.loads((ROOT / "samples" / "images" / "annotations.json").read_text())
    count = {}
    for im in doc["images"]:
        for b in im["boxes"]:
            count[(im["group"], b["kind"])] = count.get((im["group"], b["kind"]), 0) + 1
        assert "barcode" in im["labelled"]
    assert count[("wristband", "barcode")] == 7 and sum(v for (_, k), v in count.items() if k == "barcode") == 7
    assert sum(v for (_, k), v in count.items() if k == "text") == 126
    assert sum(v for (_, k), v in count.items() if k == "plate") == 28
