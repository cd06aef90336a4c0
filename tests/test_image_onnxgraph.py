"""onnxgraph.reshape: the same bytes as the onnx package's edit, weight inputs dropped, shapes set, every
other field kept, bad input refused; and a worker builds CenterFace without importing onnx."""

import subprocess
import sys

import pytest

from phiscrub.image.centerface import _DYNAMIC, _INPUT, model_path
from phiscrub.image.onnxgraph import _encode_varint, _varint, fields, reshape

onnx = pytest.importorskip("onnx")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402
from onnx.tools.update_model_dims import update_inputs_outputs_dims  # noqa: E402


def onnx_edit(model, inputs, outputs):
    """What centerface did with the onnx package: prune weight inputs, then update_inputs_outputs_dims."""
    weights = {t.name for t in model.graph.initializer}
    kept = [n for n in model.graph.input if n.name not in weights]
    del model.graph.input[:]
    model.graph.input.extend(kept)
    dims = {n.name: [d.dim_value for d in n.type.tensor_type.shape.dim] for n in model.graph.input}
    out_dims = {n.name: [d.dim_value for d in n.type.tensor_type.shape.dim] for n in model.graph.output}
    return update_inputs_outputs_dims(model, {**dims, **inputs}, {**out_dims, **outputs}).SerializeToString()


def tiny():
    """Conv with its weight listed as a graph input too (as old PyTorch exports do), fixed 1x1x8x8 shapes."""
    import numpy as np

    weight = numpy_helper.from_array(np.ones((2, 1, 3, 3), np.float32), "w")
    node = helper.make_node("Conv", ["x", "w"], ["y"], pads=[1, 1, 1, 1])
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1, 8, 8]),
                                            helper.make_tensor_value_info("w", TensorProto.FLOAT, [2, 1, 3, 3])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2, 8, 8])], [weight])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], doc_string="kept")
    model.ir_version = 8
    return model


def test_centerface_bytes_equal_the_onnx_packages_edit():
    new = reshape(model_path().read_bytes(), {_INPUT: ["B", 3, "H", "W"]}, _DYNAMIC)
    assert new == onnx_edit(onnx.load(str(model_path())), {_INPUT: ["B", 3, "H", "W"]}, _DYNAMIC)


def test_weight_inputs_are_dropped_shapes_set_and_the_rest_kept():
    model = tiny()
    new = onnx.load_from_string(reshape(model.SerializeToString(), {"x": ["N", 1, "H", "W"]}, {"y": ["N", 2, "H", 8]}))
    assert [i.name for i in new.graph.input] == ["x"]
    dims = [(d.dim_param or d.dim_value) for d in new.graph.input[0].type.tensor_type.shape.dim]
    assert dims == ["N", 1, "H", "W"]
    assert [(d.dim_param or d.dim_value) for d in new.graph.output[0].type.tensor_type.shape.dim] == ["N", 2, "H", 8]
    assert new.graph.input[0].type.tensor_type.elem_type == TensorProto.FLOAT
    assert new.doc_string == "kept" and new.graph.node == model.graph.node
    assert new.graph.initializer == model.graph.initializer and new.opset_import == model.opset_import
    onnx.checker.check_model(new)
    assert reshape(model.SerializeToString(), {"x": ["N", 1, "H", "W"]}, {"y": ["N", 2, "H", 8]}) == onnx_edit(
        tiny(), {"x": ["N", 1, "H", "W"]}, {"y": ["N", 2, "H", 8]})


def test_the_edited_model_runs_at_another_size():
    import numpy as np
    import onnxruntime as ort

    data = reshape(tiny().SerializeToString(), {"x": ["N", 1, "H", "W"]}, {"y": ["N", 2, "H", "W"]})
    session = ort.InferenceSession(data, providers=["CPUExecutionProvider"])
    (y,) = session.run(None, {"x": np.ones((2, 1, 5, 7), np.float32)})
    assert y.shape == (2, 2, 5, 7) and y[0, 0, 2, 3] == 9.0


@pytest.mark.parametrize("data, inputs", [
    (b"", {"x": [1]}),  # no graph
    (b"\x3a\x05abc", {"x": [1]}),  # graph field cut short
    (b"\x0b", {}),  # wire type 3 (groups) is not ONNX
    (None, {"nope": [1]}),  # a name not in the graph
])
def test_what_is_not_an_onnx_model_with_those_names_is_refused(data, inputs):
    with pytest.raises(ValueError):
        reshape(tiny().SerializeToString() if data is None else data, inputs, {})


@pytest.mark.parametrize("value", [0, 1, 127, 128, 300, 2**35, -1, -(2**40)])
def test_varints_round_trip(value):
    decoded, end = _varint(_encode_varint(value), 0)
    assert decoded == value % 2**64 and end == len(_encode_varint(value))
    assert len(_encode_varint(-1)) == 10


def test_fields_keep_every_byte():
    data = tiny().SerializeToString()
    assert b"".join(raw for *_, raw in fields(data)) == data


def test_a_worker_builds_centerface_without_importing_onnx():
    code = ("import sys; from phiscrub.image.centerface import CenterFaceModel; "
            "CenterFaceModel(threads=1).session(); print('onnx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
