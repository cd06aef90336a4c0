"""Reading a draft from a file or standard input: encoding, binary refusal, blocks.

Encodings: a byte-order mark decides (UTF-8 with BOM, UTF-16 LE/BE and UTF-32,
as Notepad's "Unicode" setting writes); without one the text is UTF-8, and
bytes that are not valid UTF-8 become U+FFFD with a warning (a Latin-1 draft
still gets scrubbed). A file that is not text — a NUL byte with no UTF-16/32
BOM, or mostly undecodable bytes and control characters — is refused as binary
(``InputError``) before anything is printed. The text comes back as an iterator
of decoded blocks, so a large file is never held in one string.
"""

from __future__ import annotations

import codecs
from typing import BinaryIO, Iterator, List, Tuple

from phiscrub.errors import InputError

BLOCK_BYTES = 1 << 20
SNIFF_BYTES = 8192
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_CONTROLS = set("\t\n\r\f\v\x1b")
BINARY_SHARE = 0.10  # above this share of U+FFFD and control characters in the first block: not text


def sniff_encoding(head: bytes) -> Tuple[str, int]:
    """(encoding, length of its BOM) from the first bytes of a file."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    return "utf-8", 0


def looks_binary(sample: str) -> bool:
    """Mostly replacement characters and control characters: a photo, an archive, random bytes."""
    if not sample:
        return False
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in _TEXT_CONTROLS) or ch == "\x7f")
    return odd / len(sample) > BINARY_SHARE


class TextReader:
    """Decoded blocks of one input; ``replaced`` says whether undecodable bytes were replaced."""

    def __init__(self, stream: BinaryIO, name: str):
        self.name = name
        self._stream = stream
        self._raw_fffd = self._decoded_fffd = 0
        head = stream.read(SNIFF_BYTES)
        self.encoding, bom = sniff_encoding(head)
        if bom == 0 and b"\x00" in head:
            raise InputError(f"{name}: looks like a binary file, not text; phiscrub text takes UTF-8 or UTF-16 text")
        self._decoder = codecs.getincrementaldecoder(self.encoding)(errors="replace")
        first = self._decode(head[bom:], final=len(head) < SNIFF_BYTES)
        if looks_binary(first):
            raise InputError(f"{name}: looks like a binary file, not text; phiscrub text takes UTF-8 or UTF-16 text")
        self._first = first

    def _decode(self, data: bytes, final: bool) -> str:
        text = self._decoder.decode(data, final=final)
        self._raw_fffd += data.count("\ufffd".encode(self.encoding)) if data else 0
        self._decoded_fffd += text.count("\ufffd")
        return text

    @property
    def replaced(self) -> bool:
        """Whether undecodable bytes were replaced with U+FFFD (more of them than the file itself holds)."""
        return self._decoded_fffd > self._raw_fffd

    def blocks(self) -> Iterator[str]:
        if self._first:
            yield self._first
        while True:
            data = self._stream.read(BLOCK_BYTES)
            text = self._decode(data, final=not data)
            if text:
                yield text
            if not data:
                return

    def read_all(self) -> str:
        parts: List[str] = list(self.blocks())
        return "".join(parts)
