"""The photo half's own stages: one OpenCV, loading upright, no metadata out, redaction, barcodes,
fail-closed pipeline and folder runs. Detectors with models are tested in their own files."""

import importlib.metadata
import io
import json

import numpy as np
import pytest
from PIL import Image

from phiscrub.errors import ImageError
from phiscrub.image import load as load_mod
from phiscrub.image.barcodes import BarcodeDetector
from phiscrub.image.batch import MANIFEST, REPORT, exit_status, plan, run
from phiscrub.image.load import load_image, rgb_array
from phiscrub.image.pipeline import ImagePipeline
from phiscrub.image.redact import grown, redact_image
from phiscrub.image.save import save_image
from phiscrub.image.types import ImageResult, Region

ORIENTATION = 0x0112


def _distributions():
    return {d.metadata["Name"].lower() for d in importlib.metadata.distributions()}


def test_one_opencv_distribution_and_cv2_works():
    names = _distributions()
    assert "opencv-python-headless" in names
    assert not {"opencv-python", "opencv-contrib-python"} & names  # they would overwrite cv2
    import cv2

    grey = cv2.cvtColor(np.full((20, 30, 3), 200, np.uint8), cv2.COLOR_RGB2GRAY)
    assert grey.shape == (20, 30) and int(grey[0, 0]) == 200
    assert cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_profileface.xml").empty() is False


def _qr(text="RX1 2345678", scale=6):
    import zxingcpp

    return np.asarray(zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode).to_image(scale=scale))


def _scene():
    """A white 640x400 scene with a QR code at a known place, off centre (so rotations differ)."""
    canvas = np.full((400, 640, 3), 255, np.uint8)
    code = _qr()
    if code.ndim == 2:
        code = np.stack([code] * 3, axis=-1)
    h, w = code.shape[:2]
    canvas[40:40 + h, 420:420 + w] = code
    return Image.fromarray(canvas), (420, 40, w, h)


# the stored pixels for each EXIF orientation, so that applying the tag gives the upright scene
STORED = {3: lambda im: im.rotate(180), 6: lambda im: im.rotate(90, expand=True),
          8: lambda im: im.rotate(270, expand=True)}


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_orientation_gives_the_upright_image_and_the_same_regions(tmp_path, orientation):
    upright, box = _scene()
    stored = STORED[orientation](upright)
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    path = tmp_path / f"o{orientation}.jpg"
    stored.save(path, exif=exif.tobytes(), quality=95)
    loaded = load_image(path)
    assert loaded.image.size == upright.size and loaded.facts.orientation == orientation
    found = BarcodeDetector().detect(rgb_array(loaded.image))
    expected = BarcodeDetector().detect(rgb_array(upright))
    assert len(found) == len(expected) == 1
    assert all(abs(a - b) <= 4 for a, b in zip(found[0].box, expected[0].box, strict=True))
    x, y, w, h = expected[0].box
    assert box[0] <= x and box[1] <= y and x + w <= box[0] + box[2]  # inside the code's image


def _with_metadata(fmt):
    img = Image.fromarray(np.full((60, 80, 3), 120, np.uint8))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0132] = "2026:11:30 03:14:00"
    gps = exif.get_ifd(0x8825)
    gps[2] = (50.0, 22.0, 0.0)
    buf = io.BytesIO()
    kwargs = {"exif": exif.tobytes()}
    if fmt == "PNG":
        from PIL import PngImagePlugin

        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", "Ward 7 bed 3")
        kwargs["pnginfo"] = info
    img.save(buf, format=fmt, **kwargs)
    return Image.open(io.BytesIO(buf.getvalue()))


@pytest.mark.parametrize("suffix, fmt", [(".jpg", "JPEG"), (".png", "PNG"), (".webp", "WEBP")])
def test_no_metadata_in_any_format_written(tmp_path, suffix, fmt):
    src = _with_metadata(fmt)
    assert src.getexif()  # the input really carries EXIF
    loaded = load_image(src)
    assert loaded.facts.has_gps and loaded.facts.has_capture_time
    out = save_image(loaded.image, tmp_path / f"safe{suffix}")
    data = out.read_bytes()
    back = Image.open(out)
    assert not back.getexif() and "icc_profile" not in back.info and "exif" not in back.info
    assert "Comment" not in back.info and "xmp" not in back.info
    for marker in (b"Exif", b"PhoneMaker", b"2026:11:30", b"Ward 7", b"http://ns.adobe.com/xap"):
        assert marker not in data


def test_heic_is_read_upright_and_written_as_jpeg(tmp_path):
    upright, _ = _scene()
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    path = tmp_path / "phone.heic"
    try:
        STORED[6](upright).save(path, exif=exif.tobytes())
    except (KeyError, OSError, ValueError) as exc:
        pytest.skip(f"no HEIF encoder here: {exc}")
    loaded = load_image(path)
    assert loaded.image.size == upright.size and loaded.facts.format in ("HEIF", "HEIC")
    assert plan(tmp_path, tmp_path.parent / "out")[0][1].suffix == ".jpg"


def test_bad_files_are_errors_for_that_file_only(tmp_path, monkeypatch):
    good = tmp_path / "ok.jpg"
    Image.new("RGB", (300, 200), "white").save(good, quality=90)
    truncated = tmp_path / "cut.jpg"
    truncated.write_bytes(good.read_bytes()[:400])
    gif = tmp_path / "anim.gif"
    Image.new("RGB", (10, 10)).save(gif)
    for path, words in ((truncated, "truncated or corrupt"), (gif, "not a supported"), (tmp_path / "no.jpg", "not a file")):
        with pytest.raises(ImageError, match=words):
            load_image(path)
    monkeypatch.setattr(load_mod, "MAX_PIXELS", 10_000)
    with pytest.raises(ImageError, match="MP limit"):
        load_image(good)


def test_fill_covers_the_region_with_a_margin_and_leaves_the_rest():
    img = Image.fromarray(np.full((100, 200, 3), 255, np.uint8))
    region = Region((50, 30, 40, 20), "text", 0.9)
    out = np.asarray(redact_image(img, [region]))
    x, y, w, h = grown(region.box, img.size)
    assert x < 50 and y < 30 and x + w > 90 and y + h > 50
    assert (out[y:y + h, x:x + w] < 50).all()
    assert (out[:, :x] == 255).all() and (out[:, x + w:] == 255).all()
    assert (np.asarray(img) == 255).all()  # the input is untouched


def test_pixelate_is_coarse():
    rng = np.random.default_rng(0)
    noise = Image.fromarray(rng.integers(0, 255, (120, 120, 3), dtype=np.uint8))
    out = np.asarray(redact_image(noise, [Region((10, 10, 96, 96), "face", 0.9)], style="pixelate"))
    patch = out[20:100, 20:100]
    assert len(np.unique(patch.reshape(-1, 3), axis=0)) <= 200  # blocks, not noise (6400 pixels)
    assert not np.array_equal(patch, np.asarray(noise)[20:100, 20:100])


class _Stub:
    def __init__(self, name, regions=(), error=None):
        self.name, self._regions, self._error = name, list(regions), error

    def detect(self, rgb):
        if self._error:
            raise self._error
        return self._regions


def test_pipeline_fails_closed_when_a_detector_fails():
    img = Image.new("RGB", (64, 64), "white")
    broken = ImagePipeline(lambda t: None, detectors=[_Stub("faces"), _Stub("text", error=RuntimeError("boom"))])
    with pytest.raises(ImageError, match="text detector failed"):
        broken.scrub(img)
    ok = ImagePipeline(lambda t: None, detectors=[_Stub("faces", [Region((5, 5, 20, 20), "face", 0.8)])])
    result = ok.scrub(img)
    assert result.counts() == {"face": 1} and not result.image.info


class _Seen(_Stub):
    def detect(self, rgb):
        self.shape = rgb.shape
        return [Region((10, 10, 30, 30), "face", 0.9)]


def test_posting_size_shrinks_before_detection_and_keeps_small_photos():
    seen = _Seen("faces")
    pipe = ImagePipeline(lambda t: None, detectors=[seen])
    result = pipe.scrub(Image.new("RGB", (1200, 600), "white"), max_side=400)
    assert seen.shape == (200, 400, 3) and result.image.size == (400, 200)  # the detectors saw the posted pixels
    assert result.regions[0].box == (10, 10, 30, 30)
    assert pipe.scrub(Image.new("RGB", (300, 500), "white"), max_side=400).image.size == (240, 400)
    assert pipe.scrub(Image.new("RGB", (320, 200), "white"), max_side=400).image.size == (320, 200)
    assert pipe.scrub(Image.new("RGB", (1200, 600), "white")).image.size == (1200, 600)
    for bad in (100, 0, 2048.0, True):
        with pytest.raises(ImageError, match="max_side"):
            pipe.scrub(Image.new("RGB", (1200, 600), "white"), max_side=bad)


class _FakeScrubber:
    def scrub_image(self, path):
        if "bad" in path.name:
            raise ImageError(f"{path.name}: cannot read the image in full")
        return ImageResult(Image.new("RGB", (8, 8)), (Region((1, 1, 2, 2), "face", 0.9),))


def test_folder_run_mirrors_resumes_and_lists_failures(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "ward7").mkdir(parents=True)
    for name in ("a.jpg", "ward7/b.png", "ward7/bad.jpg"):
        Image.new("RGB", (8, 8)).save(src / name)
    with pytest.raises(ImageError, match="must not be the input folder"):
        plan(src, src / "safe")
    outcomes = run(_FakeScrubber, src, out)
    assert {o.path: o.status for o in outcomes} == {"a.jpg": "redacted", "ward7/b.png": "redacted", "ward7/bad.jpg": "failed"}
    assert (out / "ward7" / "b.png").exists() and not (out / "ward7" / "bad.jpg").exists()
    assert exit_status(outcomes) == 2
    report = json.loads((out / REPORT).read_text())
    assert report["status"] == 2 and "Ward" not in json.dumps(report["photos"][0]["regions"])
    again = run(_FakeScrubber, src, out)
    assert {o.path: o.status for o in again}["a.jpg"] == "skipped" and (out / MANIFEST).exists()


def test_workers_take_the_largest_photos_first_and_report_in_folder_order(tmp_path, monkeypatch):
    import concurrent.futures

    from phiscrub.image import batch

    submitted = []

    class InlinePool:  # runs each job at once, in the order submitted
        def __init__(self, workers, mp_context=None, initializer=None, initargs=()):
            initializer(*initargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, fn, job):
            submitted.append(job[2])
            future = concurrent.futures.Future()
            future.set_result(fn(job))
            return future

    monkeypatch.setattr(batch, "ProcessPoolExecutor", InlinePool)
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name, side in (("a.png", 8), ("b.png", 64), ("c.png", 32)):
        Image.effect_noise((side, side), 64).convert("RGB").save(src / name)
    outcomes = run(_FakeScrubber, src, out, workers=2)
    assert submitted == ["b.png", "c.png", "a.png"]
    assert [o.path for o in outcomes] == ["a.png", "b.png", "c.png"]
    assert [p["path"] for p in json.loads((out / REPORT).read_text())["photos"]] == ["a.png", "b.png", "c.png"]


def test_existing_output_is_not_overwritten(tmp_path):
    path = tmp_path / "x.jpg"
    save_image(Image.new("RGB", (4, 4)), path)
    with pytest.raises(ImageError, match="exists"):
        save_image(Image.new("RGB", (4, 4)), path)
    save_image(Image.new("RGB", (4, 4)), path, overwrite=True)


SAMPLES = __import__("pathlib").Path(__file__).resolve().parents[1] / "samples" / "images"


@pytest.mark.parametrize("variant", ["plain", "blur", "rot20"])
def test_an_undecodable_wristband_barcode_is_still_found(variant):
    rgb = rgb_array(load_image(SAMPLES / f"wristband_{variant}.jpg").image)
    found = BarcodeDetector().detect(rgb)
    assert found and all(r.kind == "barcode" for r in found)
    assert any(r.box[0] > rgb.shape[1] // 2 for r in found)  # the code is on the band's right half


@pytest.mark.parametrize("scene", ["notices_plain", "whiteboard_plain", "cars_plain"])
def test_no_barcode_where_there_is_none(scene):
    assert BarcodeDetector().detect(rgb_array(load_image(SAMPLES / f"{scene}.jpg").image)) == []


@pytest.mark.parametrize("fmt, scale, shrink, blur", [("QRCode", 2, 0.6, 0), ("DataMatrix", 1, 1.0, 0),
                                                      ("DataMatrix", 2, 1.0, 0.8), ("Aztec", 2, 0.75, 0)])
def test_a_code_too_small_to_decode_as_it_is_is_decoded_from_the_2x_copy(fmt, scale, shrink, blur):
    """Modules of a pixel or less (shrunk or blurred): zxing-cpp reads them only from a 2x upscale."""
    import cv2
    import zxingcpp

    from phiscrub.image import barcodes

    code = np.asarray(zxingcpp.create_barcode("K1234567", getattr(zxingcpp.BarcodeFormat, fmt)).to_image(scale=scale))
    code = np.pad(np.stack([code] * 3, -1), ((8, 8), (8, 8), (0, 0)), constant_values=255)
    if shrink != 1.0:
        code = cv2.resize(code, None, fx=shrink, fy=shrink, interpolation=cv2.INTER_AREA)
    rgb = (np.random.default_rng(0).random((480, 640, 3)) * 80 + 120).astype(np.uint8)
    h, w = code.shape[:2]
    rgb[100:100 + h, 200:200 + w] = code
    if blur:
        rgb = cv2.GaussianBlur(rgb, (0, 0), blur)
    assert barcodes._read(zxingcpp, rgb, 1.0) == []  # the first read alone misses it
    found = [r for r in BarcodeDetector().detect(rgb) if r.detector == "zxing"]
    assert len(found) == 1
    x, y, bw, bh = found[0].box  # the symbol inside its pasted quiet zone, most of it
    quiet = 8 * shrink
    assert 200 - 3 <= x and x + bw <= 200 + w + 3 and 100 - 3 <= y and y + bh <= 100 + h + 3
    assert bw * bh >= 0.5 * (w - 2 * quiet) * (h - 2 * quiet)


class _Lane(_Stub):
    """Records the thread it ran in; waits at a barrier so two lanes must overlap in time."""

    def __init__(self, name, regions=(), error=None, ocr=None, barrier=None):
        super().__init__(name, regions, error)
        self.ocr, self.barrier, self.thread = ocr, barrier, None

    def detect(self, rgb):
        import threading

        self.thread = threading.get_ident()
        if self.barrier is not None:
            self.barrier.wait(timeout=10)  # raises BrokenBarrierError if the lanes ran one after another
        return super().detect(rgb)


def test_with_two_threads_ocr_readers_and_the_rest_run_at_once():
    import threading

    barrier = threading.Barrier(2)
    engine = object()
    text = _Lane("text", [Region((1, 1, 9, 9), "text", 1.0)], ocr=engine, barrier=barrier)
    plates = _Lane("plates", [Region((40, 1, 9, 9), "plate", 0.9)], ocr=engine)
    faces = _Lane("faces", [Region((5, 30, 20, 20), "face", 0.8)], barrier=barrier)
    pipe = ImagePipeline(lambda t: None, detectors=[faces, text, plates], threads=2)
    assert pipe.lanes() == [[text, plates], [faces]]
    result = pipe.scrub(Image.new("RGB", (64, 64), "white"))
    assert result.counts() == {"face": 1, "text": 1, "plate": 1}
    assert text.thread == plates.thread != faces.thread
    assert ImagePipeline(lambda t: None, detectors=[faces, text, plates], threads=1).lanes() == [[faces, text, plates]]


@pytest.mark.parametrize("failing", ["text", "faces"])
def test_a_failure_in_either_lane_fails_the_photo_closed(failing):
    engine = object()
    text = _Lane("text", error=RuntimeError("boom") if failing == "text" else None, ocr=engine)
    faces = _Lane("faces", error=RuntimeError("boom") if failing == "faces" else None)
    pipe = ImagePipeline(lambda t: None, detectors=[faces, text], threads=2)
    with pytest.raises(ImageError, match=f"{failing} detector failed"):
        pipe.scrub(Image.new("RGB", (64, 64), "white"))
    assert text.thread is not None and faces.thread is not None  # both lanes were run and waited for
