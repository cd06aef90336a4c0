"""The contrast (CLAHE) second OCR pass: when it runs, at what size, and where its boxes land."""

import numpy as np

from phiscrub.image.contrast import FALLBACK_MAX_MP, LOW_CONTRAST_RANGE, low_contrast, read_with_fallback
from phiscrub.image.ocr import OcrLine, OcrWord


def _line(text, x, y, w, h):
    quad = ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
    return OcrLine((OcrWord(text, quad, 0.9),), quad, 0.9)


class FakeOcr:
    """Reads one fixed line per variant, at a box given in the pixels of the array it is handed
    (a quarter of the way across and down), and remembers the sizes it was given."""

    name = "fake"

    def __init__(self, plain_text="", clahe_text="AB12 CDE"):
        self.texts = {"plain": plain_text, "clahe": clahe_text}
        self.seen = []

    def read(self, rgb, variant="plain"):
        h, w = rgb.shape[:2]
        self.seen.append((variant, h, w))
        text = self.texts[variant]
        return (_line(text, w / 4, h / 4, w / 8, h / 16),) if text else ()


def test_no_second_pass_when_the_first_reads_enough():
    ocr = FakeOcr(plain_text="Ward 7 visiting times 2pm to 8pm")
    lines = read_with_fallback(ocr, np.zeros((300, 400, 3), np.uint8))
    assert [v for v, _, _ in ocr.seen] == ["plain"]
    assert len(lines) == 1


def _ramp(h, w, lo, hi):
    """A grey ramp from ``lo`` to ``hi`` across the photo."""
    row = np.linspace(lo, hi, w).astype(np.uint8)
    return np.repeat(np.repeat(row[None, :, None], h, axis=0), 3, axis=2)


def test_no_second_pass_on_a_photo_with_full_contrast():
    """A crowd photo with no text is not washed out: reading it again after CLAHE finds nothing new."""
    ocr = FakeOcr()
    lines = read_with_fallback(ocr, _ramp(300, 400, 0, 255))
    assert [v for v, _, _ in ocr.seen] == ["plain"] and lines == ()


def test_low_contrast_is_a_narrow_lightness_range():
    assert low_contrast(_ramp(200, 300, 120, 120 + LOW_CONTRAST_RANGE // 2))  # washed out
    assert low_contrast(_ramp(200, 300, 0, 60))  # dark
    assert not low_contrast(_ramp(200, 300, 10, 245))


def test_small_photo_second_pass_at_full_size():
    ocr = FakeOcr()
    lines = read_with_fallback(ocr, np.zeros((300, 400, 3), np.uint8))
    assert ocr.seen == [("plain", 300, 400), ("clahe", 300, 400)]
    assert lines[0].box == (100, 75, 50, 19)


def test_large_photo_second_pass_on_a_smaller_copy_with_boxes_in_full_size_pixels():
    ocr = FakeOcr()
    rgb = np.zeros((3000, 4000, 3), np.uint8)  # 12 MP
    lines = read_with_fallback(ocr, rgb)
    variant, h, w = ocr.seen[1]
    assert variant == "clahe" and h * w <= FALLBACK_MAX_MP * 1e6 * 1.01 and w < 4000
    x, y, bw, bh = lines[0].box
    assert abs(x - 1000) <= 3 and abs(y - 750) <= 3 and abs(bw - 500) <= 4 and abs(bh - 188) <= 4


def _det_input_sizes(engine, reads):
    """The (height, width) of every input RapidOCR's detector sees while ``reads()`` runs."""
    det = engine._model._load_det_model()
    sizes = []
    original = det.session
    run = original.__call__

    def spy(blob):
        sizes.append(tuple(blob.shape[2:]))
        return run(blob)

    det.session = type("Spy", (), {"__call__": staticmethod(spy)})()
    try:
        reads()
    finally:
        det.session = original
    return sizes


def test_rapidocr_contrast_pass_detects_on_a_bounded_input_and_restores_the_first_pass_size():
    """The contrast pass looks for large washed-out text: RapidOCR's detector sees at most
    FALLBACK_DET_SIDE px a side there, while the first pass reads the photo at its own size."""
    from phiscrub.image.ocr import FALLBACK_DET_SIDE, make_ocr

    engine = make_ocr("rapidocr")
    rgb = np.full((1200, 1600, 3), 200, np.uint8)
    engine.read(rgb)
    sizes = _det_input_sizes(engine, lambda: (engine.read(rgb, "clahe"),
                                              engine.read(rgb[:, :1599])))  # a new array: the cache is keyed by the pixels
    assert max(sizes[0]) <= FALLBACK_DET_SIDE
    assert abs(sizes[1][0] - 1200) <= 16 and abs(sizes[1][1] - 1600) <= 16


def test_rapidocr_reads_a_small_photo_at_its_own_size_and_a_huge_one_at_most_det_max_side():
    """The detector's input is the photo's own size (to the network's multiple of 32): a small photo
    is never enlarged first (RapidOCR's default made a 400 x 300 photo 981 x 736), a huge one is
    capped at DET_MAX_SIDE px a side."""
    from phiscrub.image.ocr import DET_MAX_SIDE, make_ocr

    engine = make_ocr("rapidocr")
    small = np.full((300, 400, 3), 200, np.uint8)
    huge = np.full((2400, 3200, 3), 200, np.uint8)
    engine.read(small[:1])  # load the models
    sizes = _det_input_sizes(engine, lambda: (engine.read(small), engine.read(huge)))
    assert abs(sizes[0][0] - 300) <= 16 and abs(sizes[0][1] - 400) <= 16
    assert max(sizes[1]) <= DET_MAX_SIDE + 16 and max(sizes[1]) >= DET_MAX_SIDE - 16
