"""What runs RapidOCR's text detector (phiscrub.image.runtime): OpenVINO at fp32 by default, the same
lines read as on onnxruntime; onnxruntime on request or without OpenVINO; unknown runtimes refused."""

import numpy as np
import pytest

from phiscrub.errors import ConfigError
from phiscrub.image import runtime
from phiscrub.image.ocr import OcrConfig, make_ocr
from rendered import scenes


def _det(engine):
    engine.read(np.full((32, 32, 3), 255, np.uint8))  # loads the models
    return engine._model._load_det_model()


@pytest.fixture(scope="module")
def wristband():
    image, _ = scenes.render("wristband", "rot20")
    return np.asarray(image)


def test_openvino_is_installed_and_runs_the_detector_by_default():
    assert runtime.openvino_installed()
    assert isinstance(_det(make_ocr("rapidocr")).session, runtime.OpenVinoSession)


def test_onnxruntime_on_request_keeps_rapidocrs_own_session():
    assert not isinstance(_det(make_ocr("rapidocr", runtime="onnxruntime")).session, runtime.OpenVinoSession)


def test_both_runtimes_give_the_same_heatmap_and_read_the_same_lines(wristband):
    fast, plain = make_ocr("rapidocr"), make_ocr("rapidocr", runtime="onnxruntime")
    blob = np.random.default_rng(7).random((1, 3, 320, 480), dtype=np.float32)
    assert np.abs(_det(fast).session(blob) - _det(plain).session(blob)).max() < 1e-4
    a, b = fast.read(wristband), plain.read(wristband)
    assert len(a) >= 3
    assert [ln.text for ln in a] == [ln.text for ln in b]
    assert all(np.allclose(x.quad, y.quad, atol=1.0) for x, y in zip(a, b, strict=True))


def test_the_openvino_session_returns_a_copy_the_next_call_cannot_overwrite():
    det = _det(make_ocr("rapidocr"))
    rng = np.random.default_rng(3)
    first = det.session(rng.random((1, 3, 64, 64), dtype=np.float32))
    kept = first.copy()
    det.session(rng.random((1, 3, 64, 64), dtype=np.float32))
    assert np.array_equal(first, kept)


def test_without_openvino_auto_stays_on_onnxruntime_and_openvino_names_the_pip_command(monkeypatch):
    monkeypatch.setattr(runtime, "openvino_installed", lambda: False)
    assert not isinstance(_det(make_ocr("rapidocr")).session, runtime.OpenVinoSession)
    with pytest.raises(ConfigError, match="pip install openvino"):
        _det(make_ocr("rapidocr", runtime="openvino"))


def test_a_session_that_names_no_model_file_stays_where_it_is():
    assert runtime.detector_session(object(), 1) is None


def test_unknown_runtimes_are_refused():
    with pytest.raises(ConfigError, match="unknown OCR runtime 'gpu'"):
        OcrConfig(runtime="gpu")
    with pytest.raises(ConfigError, match="unknown runtime 'tpu'"):
        runtime.detector_session(object(), 1, "tpu")


def test_the_environment_chooses_the_runtime_and_a_misspelt_one_is_refused(monkeypatch):
    monkeypatch.setenv("PHISCRUB_OCR_RUNTIME", "onnxruntime")
    assert OcrConfig().runtime == "onnxruntime"
    assert not isinstance(_det(make_ocr("rapidocr")).session, runtime.OpenVinoSession)
    monkeypatch.setenv("PHISCRUB_OCR_RUNTIME", "openvno")
    with pytest.raises(ConfigError, match="unknown OCR runtime 'openvno'"):
        make_ocr("rapidocr")
    monkeypatch.delenv("PHISCRUB_OCR_RUNTIME")
    assert OcrConfig().runtime == "auto"


def test_each_shape_is_compiled_once_and_the_oldest_shapes_are_dropped_past_the_pixel_budget(monkeypatch):
    monkeypatch.setattr(runtime, "CACHE_PIXELS", 2 * 64 * 96)
    monkeypatch.setattr(runtime, "DYNAMIC_PIXELS", 0)  # every input takes the compile-per-shape path
    plain = _det(make_ocr("rapidocr", runtime="onnxruntime")).session
    session = runtime.OpenVinoSession(plain.session._model_path, 1)
    rng = np.random.default_rng(5)
    a, b, c = ((1, 3, 64, 96), (1, 3, 96, 64), (1, 3, 32, 64))
    out = session(rng.random(a, dtype=np.float32))
    assert out.shape[-2:] == a[-2:]
    session(rng.random(b, dtype=np.float32))
    assert list(session._requests) == [a, b]
    first = session._requests[a]
    session(rng.random(a, dtype=np.float32))
    assert session._requests[a] is first and list(session._requests) == [b, a]  # reused, now the newest
    session(rng.random(c, dtype=np.float32))
    assert list(session._requests) == [a, c]  # b, the oldest, dropped: a + b + c is over the budget


def test_an_openvino_failure_hands_that_input_and_every_later_one_to_onnxruntime(monkeypatch, caplog):
    det = _det(make_ocr("rapidocr"))
    session, plain = det.session, det.session.fallback
    monkeypatch.setattr(runtime, "DYNAMIC_PIXELS", 0)  # a shape not compiled yet
    blob = np.random.default_rng(11).random((1, 3, 96, 128), dtype=np.float32)
    expected = plain(blob)

    def broken(*_a, **_k):
        raise RuntimeError("no such kernel")

    monkeypatch.setattr(session._core, "compile_model", broken)
    with caplog.at_level("WARNING", logger="phiscrub.image"):
        out = session(blob)
    assert session.failed and np.array_equal(out, expected)
    assert "onnxruntime runs it from now on" in caplog.text and "no such kernel" not in caplog.text
    monkeypatch.undo()
    assert np.array_equal(session(blob), expected)  # stays on onnxruntime


def test_openvino_that_cannot_read_the_model_leaves_auto_on_onnxruntime_and_fails_openvino(monkeypatch):
    plain = _det(make_ocr("rapidocr", runtime="onnxruntime")).session

    def unreadable(self, *_a, **_k):
        raise RuntimeError("bad model")

    monkeypatch.setattr(runtime.OpenVinoSession, "__init__", unreadable)
    assert runtime.detector_session(plain, 1, "auto") is None
    with pytest.raises(ConfigError, match="OpenVINO cannot load the text detector"):
        runtime.detector_session(plain, 1, "openvino")


def test_openvino_asked_for_with_no_model_file_is_a_config_error():
    with pytest.raises(ConfigError, match="names no model file"):
        runtime.detector_session(object(), 1, "openvino")


@pytest.mark.parametrize("limit_type, side", [("max", 2048), ("min", 736), ("max", 64)])
def test_the_fast_preprocessing_gives_rapidocrs_float32_bits(limit_type, side):
    from rapidocr.ch_ppocr_det.utils import DetPreProcess

    det = _det(make_ocr("rapidocr"))
    saved = det.limit_type, det.limit_side_len
    det.limit_type, det.limit_side_len = limit_type, side  # read when the step is built, as the contrast pass sets them
    try:
        fast = det.get_preprocess()
        slow = DetPreProcess(side, limit_type, det.mean, det.std)
        assert type(fast) is not DetPreProcess
        photo = np.random.default_rng(3).integers(0, 256, (301, 517, 3), dtype=np.uint8)
        want, got = slow(photo), fast(photo)
        assert got.dtype == want.dtype == np.float32 and got.flags["C_CONTIGUOUS"]
        assert got.shape == want.shape and np.array_equal(got.view(np.uint32), want.view(np.uint32))
        grey = photo[..., 0]  # anything but an 8-bit RGB image takes RapidOCR's own path
        assert np.array_equal(fast(grey[..., None].repeat(3, 2).astype(np.float32)),
                              slow(grey[..., None].repeat(3, 2).astype(np.float32)))
    finally:
        det.limit_type, det.limit_side_len = saved


def test_small_inputs_share_one_dynamic_model_and_a_large_one_frees_it(monkeypatch):
    monkeypatch.setattr(runtime, "DYNAMIC_PIXELS", 64 * 96)
    monkeypatch.setattr(runtime, "CACHE_PIXELS", 10 * 128 * 128)
    path = _det(make_ocr("rapidocr", runtime="onnxruntime")).session.session._model_path
    session = runtime.OpenVinoSession(path, 1)
    rng = np.random.default_rng(9)
    small = [rng.random(shape, dtype=np.float32) for shape in ((1, 3, 64, 96), (1, 3, 96, 64), (1, 3, 32, 32))]
    outs = [session(x) for x in small]
    assert session._dynamic is not None and not session._requests  # one model, no compile per size
    monkeypatch.setattr(runtime, "DYNAMIC_PIXELS", 0)
    static = runtime.OpenVinoSession(path, 1)
    for x, out in zip(small, outs, strict=True):
        np.testing.assert_allclose(out, static(x), atol=1e-5)  # the same map, to float rounding
    monkeypatch.setattr(runtime, "DYNAMIC_PIXELS", 64 * 96)
    session(rng.random((1, 3, 128, 128), dtype=np.float32))
    assert session._dynamic is None and list(session._requests) == [(1, 3, 128, 128)]  # its buffers freed first
    session(small[0])
    assert session._dynamic is not None and not session._requests  # and the other way round: never both
