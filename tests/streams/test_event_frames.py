"""The event-stream framing against botocore's own decoder (``botocore.eventstream``).

Messages with headers of every type and arbitrary payloads are encoded by our encoder and
decoded by botocore's ``EventStreamBuffer`` and by ours, fed in arbitrary pieces: both see
the same headers and payload. Corrupting any byte makes both refuse the stream (botocore
with a ``ParserError``, ours with an ``EventStreamError`` naming the message).
"""

from __future__ import annotations

import struct
import uuid
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from botocore.eventstream import EventStreamBuffer, ParserError
from hypothesis import given, settings
from hypothesis import strategies as st

from apigen.runtime.core.events import EventStreamError
from apigen.runtime.protocols.event_frames import (
    BYTE,
    INTEGER,
    LONG,
    SHORT,
    FrameDecoder,
    HeaderValue,
    decode_messages,
    encode_message,
)

_NAMES = st.text(st.characters(codec="utf-8"), min_size=1, max_size=20).filter(
    lambda n: len(n.encode()) < 256
)
_VALUES = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.builds(HeaderValue, st.just(BYTE), st.integers(-128, 127)),
    st.builds(HeaderValue, st.just(SHORT), st.integers(-(2**15), 2**15 - 1)),
    st.builds(HeaderValue, st.just(INTEGER), st.integers(-(2**31), 2**31 - 1)),
    st.builds(HeaderValue, st.just(LONG), st.integers(-(2**31), 2**31 - 1)),
    st.binary(max_size=300),
    st.text(max_size=100),
    st.datetimes(
        min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)
    ).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000)),
    st.uuids(),
)
_MESSAGES = st.lists(
    st.tuples(st.dictionaries(_NAMES, _VALUES, max_size=6), st.binary(max_size=2000)),
    min_size=1,
    max_size=4,
)


def _as_botocore(value: Any) -> Any:
    """What botocore's decoder gives for a header value we encoded."""
    if isinstance(value, HeaderValue):
        value = value.value
    if isinstance(value, datetime):
        return (value - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(milliseconds=1)
    if isinstance(value, uuid.UUID):
        return value.bytes
    return value


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, HeaderValue) else value


def _botocore_decode(data: bytes, pieces: list[int]) -> list[Any]:
    buffer = EventStreamBuffer()
    found = []
    at = 0
    for size in [*pieces, len(data)]:
        buffer.add_data(data[at : at + size])
        at += size
        found.extend(buffer)
    return found


@settings(max_examples=150, deadline=None, database=None)
@given(_MESSAGES, st.lists(st.integers(1, 64), max_size=40))
def test_our_frames_decode_the_same_in_botocore_and_in_ours(
    messages: list[tuple[dict[str, Any], bytes]], pieces: list[int]
) -> None:
    data = b"".join(encode_message(headers, payload) for headers, payload in messages)
    theirs = _botocore_decode(data, pieces)
    assert [(m.headers, m.payload) for m in theirs] == [
        ({k: _as_botocore(v) for k, v in headers.items()}, payload) for headers, payload in messages
    ]
    ours = FrameDecoder()
    decoded = []
    at = 0
    for size in [*pieces, len(data)]:
        ours.feed(data[at : at + size])
        at += size
        decoded.extend(ours.messages())
    ours.finish()
    assert [(m.headers, m.payload) for m in decoded] == [
        ({k: _plain(v) for k, v in headers.items()}, payload) for headers, payload in messages
    ]
    # botocore's view of the same bytes, from our decoder: equal
    assert [({k: _as_botocore(v) for k, v in m.headers.items()}, m.payload) for m in decoded] == [
        (m.headers, m.payload) for m in theirs
    ]


@settings(max_examples=100, deadline=None, database=None)
@given(st.dictionaries(_NAMES, _VALUES, max_size=4), st.binary(max_size=200), st.data())
def test_a_corrupt_byte_is_refused_by_both_decoders(
    headers: dict[str, Any], payload: bytes, data: st.DataObject
) -> None:
    frame = bytearray(encode_message(headers, payload))
    where = data.draw(st.integers(0, len(frame) - 1))
    frame[where] ^= data.draw(st.integers(1, 255))
    with pytest.raises(ParserError):
        buffer = EventStreamBuffer()
        buffer.add_data(bytes(frame))
        messages = list(buffer)
        if not messages:  # a length made larger: botocore waits for more bytes that never come
            raise ParserError("incomplete")
    with pytest.raises(EventStreamError, match=r"event message 1|the event stream ended"):
        decode_messages(bytes(frame))


def test_errors_name_what_is_wrong() -> None:
    good = encode_message({":event-type": "x"}, b"payload")
    with pytest.raises(EventStreamError, match="ended inside message 2"):
        decode_messages(good + good[:20])
    bad_crc = good[:-1] + bytes([good[-1] ^ 1])
    with pytest.raises(EventStreamError, match="event message 1: message CRC32"):
        decode_messages(bad_crc)
    with pytest.raises(EventStreamError, match="message 2: prelude CRC32"):
        decode_messages(good + b"\x00" * 16)
    # a well-framed message whose header has an unknown type (10)
    head = bytes([1]) + b"a" + bytes([10])
    prelude = struct.pack(">II", 16 + len(head), len(head))
    prelude += struct.pack(">I", zlib.crc32(prelude))
    body = prelude + head
    frame = body + struct.pack(">I", zlib.crc32(body))
    with pytest.raises(EventStreamError, match="unknown header type 10"):
        decode_messages(frame)
