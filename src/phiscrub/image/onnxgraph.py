"""Edit an ONNX model's graph inputs and outputs in its protobuf wire format, without the ``onnx`` package.

Rule: the model is read field by field (protobuf's wire format: a varint key, then a varint, a fixed
8 or 4 bytes, or a length and that many bytes); every field is kept byte for byte except the graph's
``input`` and ``output`` lists. An input whose name is also an initializer (a weight) is dropped; each
remaining input and every output gets the shape asked for (a whole number fixes a dimension, a string
names a free one), its element type kept. Importing ``onnx`` for this cost 0.5 s of every worker's
start (its ``ml_dtypes`` dependency); the bytes are the same as ``onnx``'s
``update_inputs_outputs_dims`` gives after the same input pruning (a test compares them).

Field numbers (onnx.proto3): ModelProto.graph 7; GraphProto.initializer 5, input 11, output 12;
TensorProto.name 8; ValueInfoProto.name 1, type 2; TypeProto.tensor_type 1; Tensor.elem_type 1,
shape 2; TensorShapeProto.dim 1; Dimension.dim_value 1, dim_param 2.
"""

from __future__ import annotations

from typing import Dict, Iterator, List, Sequence, Tuple, Union

Dim = Union[int, str]
_FIXED = {1: 8, 5: 4}  # wire type -> byte length


def _varint(data: bytes, pos: int) -> Tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data):
            raise ValueError("truncated protobuf varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def _encode_varint(value: int) -> bytes:
    value &= (1 << 64) - 1  # negative int64 values take ten bytes, as protobuf writes them
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def fields(data: bytes) -> Iterator[Tuple[int, int, Union[int, bytes], bytes]]:
    """``(number, wire type, value, raw bytes of the whole field)`` for each field of one message."""
    pos = 0
    while pos < len(data):
        start = pos
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(data, pos)
        elif wire == 2:
            length, pos = _varint(data, pos)
            value, pos = data[pos:pos + length], pos + length
        elif wire in _FIXED:
            value, pos = data[pos:pos + _FIXED[wire]], pos + _FIXED[wire]
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        if pos > len(data):
            raise ValueError("truncated protobuf field")
        yield number, wire, value, data[start:pos]


def _field(number: int, payload: Union[int, bytes, str]) -> bytes:
    if isinstance(payload, int):
        return _encode_varint(number << 3) + _encode_varint(payload)
    raw = payload.encode("utf-8") if isinstance(payload, str) else payload
    return _encode_varint(number << 3 | 2) + _encode_varint(len(raw)) + raw


def _first(data: bytes, number: int, default=b""):
    return next((value for n, _, value, _ in fields(data) if n == number), default)


def _value_info(old: bytes, dims: Sequence[Dim]) -> bytes:
    """The ValueInfoProto ``old`` with its tensor shape replaced by ``dims``."""
    out = bytearray()
    for number, _, value, raw in fields(old):
        if number != 2:
            out += raw
            continue
        elem_type = _first(_first(value, 1), 1, 0)
        shape = b"".join(_field(1, _field(1, d) if isinstance(d, int) else _field(2, d)) for d in dims)
        out += _field(2, _field(1, _field(1, elem_type) + _field(2, shape)))
    return bytes(out)


def reshape(model: bytes, inputs: Dict[str, Sequence[Dim]], outputs: Dict[str, Sequence[Dim]]) -> bytes:
    """``model`` with weight inputs dropped and the named inputs' and outputs' shapes set.

    Raises ``ValueError`` when the bytes are not a model with a graph, or a name is not in it."""
    out, seen, graph_found = bytearray(), set(), False
    for number, _, value, raw in fields(model):
        if number != 7:
            out += raw
            continue
        graph_found = True
        weights = {_first(v, 8).decode("utf-8") for n, _, v, _ in fields(value) if n == 5}
        graph: List[bytes] = []
        for g_number, _, g_value, g_raw in fields(value):
            if g_number not in (11, 12):
                graph.append(g_raw)
                continue
            name = _first(g_value, 1).decode("utf-8")
            if g_number == 11 and name in weights:
                continue
            shapes = inputs if g_number == 11 else outputs
            if name in shapes:
                seen.add(name)
                g_raw = _field(g_number, _value_info(g_value, shapes[name]))
            graph.append(g_raw)
        out += _field(7, b"".join(graph))
    missing = set(inputs) | set(outputs)
    if not graph_found or missing - seen:
        raise ValueError(f"not an ONNX model with {sorted(missing - seen) or 'a graph'}")
    return bytes(out)
