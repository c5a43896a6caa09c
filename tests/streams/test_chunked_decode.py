"""Servers read aws-chunked bodies: botocore's own encoder (``AwsChunkedWrapper``) is the
peer; the decoder gives back the data and checks the trailer's checksum."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator

import pytest
from botocore import httpchecksum

from apigen.runtime.auth.chunked_decode import ChunkedBodyError, decode_aws_chunked

DATA = bytes(range(256)) * 1000


def _botocore_body(data: bytes, chunk_size: int = 64 * 1024) -> bytes:
    wrapper = httpchecksum.AwsChunkedWrapper(
        io.BytesIO(data),
        checksum_cls=httpchecksum.Crc32Checksum,
        checksum_name="x-amz-checksum-crc32",
        chunk_size=chunk_size,
    )
    return wrapper.read()


async def _pieces(body: bytes, size: int) -> AsyncIterator[bytes]:
    for at in range(0, len(body), size):
        yield body[at : at + size]


def _decode(body: bytes, piece: int = 1000, trailer: str | None = "x-amz-checksum-crc32") -> bytes:
    async def run() -> bytes:
        out = bytearray()
        async for chunk in decode_aws_chunked(_pieces(body, piece), trailer):
            out += chunk
        return bytes(out)

    return asyncio.run(run())


@pytest.mark.parametrize("piece", [1, 7, 1000, 70000])
def test_botocores_aws_chunked_body_decodes_to_its_data(piece: int) -> None:
    assert _decode(_botocore_body(DATA, 4096), piece) == DATA
    assert _decode(_botocore_body(b""), piece) == b""


def test_a_wrong_trailer_checksum_is_refused() -> None:
    body = bytearray(_botocore_body(DATA))
    body[10] ^= 1  # one bit of the first chunk's data
    with pytest.raises(ChunkedBodyError, match="does not match"):
        _decode(bytes(body))


def test_a_truncated_body_is_refused() -> None:
    with pytest.raises(ChunkedBodyError, match="ends inside"):
        _decode(_botocore_body(DATA)[:5000])
