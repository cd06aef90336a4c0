"""Which runtime runs RapidOCR's text detector: OpenVINO where it is installed, else onnxruntime.

Rule: the detector (PP-OCRv6 det, most of a photo's OCR time) runs on OpenVINO's CPU plugin at fp32,
one free-shape model for inputs up to 1 MP and one compiled for each larger shape (``OpenVinoSession``); the recogniser and the angle classifier stay on
onnxruntime, as RapidOCR builds them, and so does CenterFace (``phiscrub.image.centerface``).
Source: measured on one core (Intel Xeon with AVX-512, 2 December 2026). The detector alone took
0.88 s/MP on onnxruntime 1.32 and 0.30 s/MP on OpenVINO 2026.4 on the 55 dev photos; with a compile
per new shape, OCR over the dev photos and the rendered scenes (97 photos) took 45 s against 70 s,
reading the same lines on every photo. The recogniser and classifier gained nothing (0.07 s/MP either
way), and CenterFace was slower on OpenVINO (0.107 against 0.085 s for a 1024x768 input).
Avoids: OpenVINO's default precision on CPUs with AMX is bf16, which read different text on 15 of the
55 dev photos, so the precision is pinned to fp32 (onnxruntime's numbers to 1e-6); threads are not
pinned to cores, so two worker processes never crowd one core; OpenVINO's telemetry lives in its
model-conversion tools, which are never imported (the model is read with ``Core.read_model``).
A missing ``openvino`` package, or a detector session that does not say which file it loaded, leaves
the detector on onnxruntime: slower, the same regions. ``PHISCRUB_OCR_RUNTIME=onnxruntime`` (or
``OcrConfig(runtime=...)``) chooses onnxruntime anyway.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Optional, Tuple

import numpy as np

from phiscrub.errors import ConfigError

_LOG = logging.getLogger("phiscrub.image")
RUNTIMES = ("auto", "openvino", "onnxruntime")  # auto: OpenVINO when installed, else onnxruntime
DYNAMIC_PIXELS = 1_000_000  # inputs up to this many pixels share one dynamic-shape model (no compile per size)
CACHE_PIXELS = 3_200_000  # compiled shapes kept (OpenVinoSession): a 12 MP photo's 3 MP input alone


def openvino_installed() -> bool:
    """Whether the ``openvino`` package imports."""
    try:
        import openvino  # noqa: F401
    except ImportError:
        return False
    return True


class OpenVinoSession:
    """The detector compiled for OpenVINO's CPU plugin, called as RapidOCR calls its sessions: one array
    in, the first output out (a copy: the buffers are reused).

    Rule: an input of up to ``DYNAMIC_PIXELS`` goes to one model compiled with a free height and width
    (0.13 s, once); a larger one gets a model compiled for exactly its shape (0.16 s, once). The models of
    the last few shapes are kept, at most ``CACHE_PIXELS`` input pixels in all, oldest dropped first. The
    free-shape model and the fixed-shape ones never live together: a small input after a large one drops the
    fixed-shape models, a large one the free-shape model (each recompiled when needed again). Measured on the 55 dev photos, most of whose detector inputs are under 1 MP: 45 compiles took
    6.8 of the detector's 24 s; with the free-shape model for them, OCR of the 97 dev photos and scenes read
    the same text, boxes and scores (outputs within 2e-6), text 0.633 -> 0.545 s/MP.
    Avoids: the free-shape model keeps buffers for the largest input it has seen, about 0.3 GB per MP
    (0.6 GB at 3 MP: dev photos then a 12 MP one peaked at 1.9 GB against a 1.5 GB budget), hence the
    1 MP bound; kept beside the fixed-shape models it took a run over the dev photos and the scenes in one
    process to 1.72 GB (1.37 GB with fixed shapes only), and living alone 1.43 GB (12 MP alone 1.19 GB, as
    before; 2.1 MP free-shape inputs were 4% faster and peaked at 1.60-1.66 GB). A fixed shape gives its
    memory back when its model is dropped. Padding
    inputs to a few shapes instead changed the lines read on 31 of 97 photos, so shapes are exact.
    A batch of photos from one camera compiles once. If OpenVINO fails on an input (a CPU or a shape
    it cannot handle), that input and every later one go to ``fallback``, RapidOCR's onnxruntime
    session, with one warning: slower, never a photo left unread."""

    def __init__(self, path: Path, threads: int = 1, fallback=None):
        import openvino as ov

        self._core, self._threads, self.fallback = ov.Core(), max(1, int(threads)), fallback
        self._model = self._core.read_model(str(path))
        self._requests: "OrderedDict[Tuple[int, ...], object]" = OrderedDict()
        self._lock = threading.Lock()
        self._dynamic = None  # one model for every input up to DYNAMIC_PIXELS, compiled on first need
        self.failed = False

    def _request(self, shape: Tuple[int, ...]):
        if shape[-1] * shape[-2] <= DYNAMIC_PIXELS:
            if self._dynamic is None:  # its buffers grow to the largest input seen: it lives alone
                self._requests.clear()
                model = self._model.clone()
                model.reshape([shape[0], shape[1], -1, -1])
                self._dynamic = self._core.compile_model(model, "CPU", self._config()).create_infer_request()
            return self._dynamic
        self._dynamic = None  # a large photo: the small ones' buffers go first (recompiled in 0.13 s)
        if shape in self._requests:
            self._requests.move_to_end(shape)
            return self._requests[shape]
        self._evict(shape[-1] * shape[-2])
        model = self._model.clone()
        model.reshape(list(shape))
        self._requests[shape] = self._core.compile_model(model, "CPU", self._config()).create_infer_request()
        return self._requests[shape]

    def _evict(self, pixels: int) -> None:
        """Drop the least recently used shapes until ``pixels`` more fit in ``CACHE_PIXELS``."""
        while self._requests and sum(s[-1] * s[-2] for s in self._requests) + pixels > CACHE_PIXELS:
            self._requests.popitem(last=False)

    def _config(self) -> dict:
        return {"INFERENCE_NUM_THREADS": self._threads, "INFERENCE_PRECISION_HINT": "f32",
                "PERFORMANCE_HINT": "LATENCY", "NUM_STREAMS": 1, "ENABLE_CPU_PINNING": False}

    def __call__(self, x: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(x, dtype=np.float32)
        with self._lock:
            if not self.failed:
                try:
                    request = self._request(tuple(x.shape))
                    request.infer({0: x})
                    return request.get_output_tensor(0).data.copy()
                except Exception as exc:  # noqa: BLE001 - any OpenVINO error: onnxruntime reads the photo
                    if self.fallback is None:
                        raise
                    self.failed = True
                    self._requests.clear()
                    self._dynamic = None
                    _LOG.warning("OpenVINO failed on the text detector (%s); onnxruntime runs it from now on",
                                 exc.__class__.__name__)
        return self.fallback(x)


def detector_session(det_session, threads: int, runtime: str = "auto") -> Optional[OpenVinoSession]:
    """An OpenVINO session for the model of RapidOCR's detector ``det_session`` (onnxruntime), or None
    where it stays as it is: ``runtime`` "onnxruntime", or "auto" without OpenVINO, without the model's
    file or with a model OpenVINO cannot read. ``runtime`` "openvino" asked for and impossible is a
    ``ConfigError`` saying why (the pip command when the package is missing)."""
    if runtime not in RUNTIMES:
        raise ConfigError(f"unknown runtime {runtime!r}: use one of {', '.join(RUNTIMES)}")
    if runtime == "onnxruntime":
        return None
    if not openvino_installed():
        if runtime == "openvino":
            raise ConfigError("OpenVINO is not installed: pip install openvino (or use the onnxruntime runtime)")
        return None
    path = getattr(getattr(det_session, "session", None), "_model_path", None)
    if not path or not Path(path).is_file():
        if runtime == "openvino":
            raise ConfigError("OpenVINO cannot run the text detector: RapidOCR's session names no model file")
        return None
    try:
        return OpenVinoSession(Path(path), threads, fallback=det_session)
    except Exception as exc:  # noqa: BLE001 - OpenVINO cannot read the model here: stay on onnxruntime
        if runtime == "openvino":
            raise ConfigError(f"OpenVINO cannot load the text detector ({exc.__class__.__name__})") from None
        _LOG.warning("OpenVINO cannot load the text detector (%s); onnxruntime runs it", exc.__class__.__name__)
        return None


def prepare_detector(det, threads: int, runtime: str = "auto") -> None:
    """RapidOCR's detector ``det`` on the runtime chosen (``detector_session``) with the fast preprocessing."""
    det.session = detector_session(det.session, threads, runtime) or det.session
    fast_preprocess(det)


def fast_preprocess(det) -> None:
    """Give RapidOCR's detector ``det`` a preprocessing step with the same numbers in two passes.

    RapidOCR scales the resized photo in float64 ((x / 255 - mean) / std), then casts it to float32 in
    NCHW order: six passes over a 3 MP image. Every pixel is one of 256 values per channel, so the
    same formula is computed once per value (``lut``) and looked up with ``cv2.LUT``, then laid out
    NCHW: the same float32 bits (a test compares them), 28 -> 6 ms on a 2048 x 1536 photo. The resize
    (its size limits, which the contrast pass changes) stays RapidOCR's."""
    from rapidocr.ch_ppocr_det.utils import DetPreProcess

    class LutDetPreProcess(DetPreProcess):
        def __call__(self, img: np.ndarray) -> Optional[np.ndarray]:
            resized = self.resize(img)
            if resized is None:
                return None
            if resized.dtype != np.uint8 or resized.ndim != 3 or resized.shape[2] != 3:
                return super().__call__(img)  # RapidOCR's own path for anything else
            import cv2

            scaled = cv2.LUT(resized, lut(self.scale, self.mean, self.std))
            return np.ascontiguousarray(scaled.transpose(2, 0, 1)[None])

    det.get_preprocess = lambda: LutDetPreProcess(det.limit_side_len, det.limit_type, det.mean, det.std)


def lut(scale: float, mean, std) -> np.ndarray:
    """A 1 x 256 three-channel table: RapidOCR's scaling of each byte value, computed as it computes it."""
    values = np.arange(256, dtype=np.uint8).astype("float32")[:, None]  # one row per value, one column per channel
    table = ((values * scale - np.asarray(mean)) / np.asarray(std)).astype(np.float32)
    return np.ascontiguousarray(table[None])  # shape (1, 256, 3)
