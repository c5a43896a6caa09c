"""The AWS event-stream framing (``application/vnd.amazon.eventstream``), both ways.

A message is: a 12-byte prelude (total length, headers length, both big-endian uint32, and
the CRC32 of those 8 bytes), the headers, the payload, and the CRC32 of everything before
it. A header is a 1-byte name length, the UTF-8 name, a type byte and the value: 0/1 bool
true/false (no bytes), 2 byte, 3 short, 4 integer, 5 long (signed, big-endian), 6 byte
array and 7 string (2-byte length first), 8 timestamp (int64 milliseconds since the epoch),
9 UUID (16 bytes).

``encode_message`` writes one message; ``FrameDecoder`` takes bytes as they arrive
(``feed``) and hands out the complete messages (``messages``), so a stream is never held
whole. Limits are botocore's (headers 128 KiB, payload 24 MiB). Every fault -- a CRC that
does not match, a truncated stream, an unknown header type, a duplicate header, a length
out of range -- raises ``EventStreamError`` naming what is wrong and at which message.

Header values on the way in: ``bool``, ``int`` (encoded as the smallest of byte/short/
integer/long unless the caller picks with ``HeaderValue``), ``bytes``, ``str``,
``datetime`` (timestamp) and ``uuid.UUID``.
"""

from __future__ import annotations

import struct
import uuid
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from ..core.events import EventStreamError

__all__ = [
    "CONTENT_TYPE",
    "FrameDecoder",
    "HeaderValue",
    "Message",
    "decode_messages",
    "encode_message",
]

CONTENT_TYPE = "application/vnd.amazon.eventstream"
MAX_HEADERS_LENGTH = 128 * 1024
MAX_PAYLOAD_LENGTH = 24 * 1024 * 1024
_PRELUDE = 12
_OVERHEAD = _PRELUDE + 4
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

BOOL_TRUE, BOOL_FALSE, BYTE, SHORT, INTEGER, LONG, BYTES, STRING, TIMESTAMP, UUID = range(10)
_INTS = {BYTE: ">b", SHORT: ">h", INTEGER: ">i", LONG: ">q"}

Header = bool | int | bytes | str | datetime | uuid.UUID


@dataclass(frozen=True, slots=True)
class HeaderValue:
    """A header value with its wire type named (an ``int`` as a ``long``, say)."""

    type: int
    value: Header


@dataclass(slots=True)
class Message:
    """One decoded message: headers by name (in wire order) and the payload."""

    headers: dict[str, Header] = field(default_factory=dict[str, Header])
    payload: bytes = b""


def _int_type(value: int) -> int:
    for kind, low, high in (
        (BYTE, -(2**7), 2**7),
        (SHORT, -(2**15), 2**15),
        (INTEGER, -(2**31), 2**31),
    ):
        if low <= value < high:
            return kind
    return LONG


def _header_bytes(name: str, value: object) -> bytes:
    # ``object``: callers outside the type checker's sight get the TypeError below.
    raw_name = name.encode("utf-8")
    if not 0 < len(raw_name) < 256:
        raise ValueError(f"event header name {name!r} must be 1 to 255 bytes")
    kind: int | None = None
    if isinstance(value, HeaderValue):
        kind, value = value.type, value.value
    out = bytearray([len(raw_name)])
    out += raw_name
    if isinstance(value, bool):
        out.append(BOOL_TRUE if value else BOOL_FALSE)
    elif isinstance(value, int):
        kind = kind if kind in _INTS else _int_type(value)
        if kind == TIMESTAMP:
            out.append(TIMESTAMP)
            out += struct.pack(">q", value)
        else:
            out.append(kind)
            out += struct.pack(_INTS[kind], value)
    elif isinstance(value, (bytes, bytearray)):
        if len(value) > 0xFFFF:
            raise ValueError(f"event header {name!r}: a byte array holds at most 65535 bytes")
        out.append(BYTES)
        out += struct.pack(">H", len(value)) + bytes(value)
    elif isinstance(value, str):
        text = value.encode("utf-8")
        if len(text) > 0xFFFF:
            raise ValueError(f"event header {name!r}: a string holds at most 65535 bytes")
        out.append(STRING)
        out += struct.pack(">H", len(text)) + text
    elif isinstance(value, datetime):
        stamp = value if value.tzinfo else value.replace(tzinfo=UTC)
        out.append(TIMESTAMP)
        out += struct.pack(">q", (stamp - _EPOCH) // timedelta(milliseconds=1))
    elif isinstance(value, uuid.UUID):
        out.append(UUID)
        out += value.bytes
    else:
        raise TypeError(f"event header {name!r}: no wire type for {type(value).__name__}")
    return bytes(out)


def encode_message(headers: Mapping[str, Header | HeaderValue], payload: bytes = b"") -> bytes:
    """One framed message with ``headers`` (in the mapping's order) and ``payload``."""
    head = b"".join(_header_bytes(name, value) for name, value in headers.items())
    if len(head) > MAX_HEADERS_LENGTH:
        raise ValueError(f"event headers take {len(head)} bytes, more than {MAX_HEADERS_LENGTH}")
    if len(payload) > MAX_PAYLOAD_LENGTH:
        raise ValueError(f"event payload of {len(payload)} bytes is over {MAX_PAYLOAD_LENGTH}")
    prelude = struct.pack(">II", _OVERHEAD + len(head) + len(payload), len(head))
    prelude += struct.pack(">I", zlib.crc32(prelude))
    body = prelude + head + payload
    return body + struct.pack(">I", zlib.crc32(body))


def _parse_headers(data: bytes, number: int) -> dict[str, Header]:
    headers: dict[str, Header] = {}
    at, end = 0, len(data)
    try:
        while at < end:
            size = data[at]
            name = data[at + 1 : at + 1 + size].decode("utf-8")
            at += 1 + size
            kind = data[at]
            at += 1
            value: Header
            if kind in (BOOL_TRUE, BOOL_FALSE):
                value = kind == BOOL_TRUE
            elif kind in _INTS:
                fmt = _INTS[kind]
                width = struct.calcsize(fmt)
                (value,) = struct.unpack_from(fmt, data, at)
                at += width
            elif kind in (BYTES, STRING):
                (length,) = struct.unpack_from(">H", data, at)
                raw = data[at + 2 : at + 2 + length]
                if len(raw) != length:
                    raise struct.error("short header value")
                value = raw.decode("utf-8") if kind == STRING else raw
                at += 2 + length
            elif kind == TIMESTAMP:
                (millis,) = struct.unpack_from(">q", data, at)
                value = _EPOCH + timedelta(milliseconds=millis)
                at += 8
            elif kind == UUID:
                raw = data[at : at + 16]
                if len(raw) != 16:
                    raise struct.error("short uuid")
                value = uuid.UUID(bytes=raw)
                at += 16
            else:
                raise EventStreamError(f"event message {number}: unknown header type {kind}")
            if name in headers:
                raise EventStreamError(f"event message {number}: duplicate header {name!r}")
            headers[name] = value
    except (IndexError, struct.error, UnicodeDecodeError) as exc:
        raise EventStreamError(f"event message {number}: malformed headers ({exc})") from None
    return headers


class FrameDecoder:
    """Messages from bytes fed in pieces; keeps at most one incomplete message."""

    __slots__ = ("_buffer", "_count")

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._count = 0

    def feed(self, data: bytes) -> None:
        self._buffer += data

    def messages(self) -> Iterator[Message]:
        """The complete messages fed so far (each handed out once)."""
        buffer = self._buffer
        while len(buffer) >= _PRELUDE:
            number = self._count + 1
            total, head_length, prelude_crc = struct.unpack_from(">III", buffer)
            if zlib.crc32(bytes(buffer[:8])) != prelude_crc:
                raise EventStreamError(f"event message {number}: prelude CRC32 does not match")
            if head_length > MAX_HEADERS_LENGTH:
                raise EventStreamError(
                    f"event message {number}: headers of {head_length} bytes exceed {MAX_HEADERS_LENGTH}"
                )
            payload_length = total - head_length - _OVERHEAD
            if payload_length < 0:
                raise EventStreamError(f"event message {number}: lengths do not add up")
            if payload_length > MAX_PAYLOAD_LENGTH:
                raise EventStreamError(
                    f"event message {number}: payload of {payload_length} bytes exceeds {MAX_PAYLOAD_LENGTH}"
                )
            if len(buffer) < total:
                return
            frame = bytes(buffer[:total])
            del buffer[:total]
            (message_crc,) = struct.unpack_from(">I", frame, total - 4)
            if zlib.crc32(frame[:-4]) != message_crc:
                raise EventStreamError(f"event message {number}: message CRC32 does not match")
            self._count = number
            headers = _parse_headers(frame[_PRELUDE : _PRELUDE + head_length], number)
            yield Message(headers, frame[_PRELUDE + head_length : -4])

    def finish(self) -> None:
        """The stream ended: an incomplete message left over is an error."""
        if self._buffer:
            raise EventStreamError(
                f"the event stream ended inside message {self._count + 1} "
                f"({len(self._buffer)} bytes of it arrived)"
            )


def decode_messages(data: bytes) -> list[Message]:
    """Every message of a complete stream held in memory."""
    decoder = FrameDecoder()
    decoder.feed(data)
    found = list(decoder.messages())
    decoder.finish()
    return found
