"""Reading an ``aws-chunked`` request body on a server: the inverse of ``chunked.py``.

The body is ``<hex size>[;chunk-signature=<sig>]\\r\\n<data>\\r\\n`` per chunk, a zero-size
chunk, then optional trailer lines (``x-amz-checksum-crc32:<base64>``) and an empty line.
``decode_aws_chunked`` yields the data as it arrives (never the whole body), checks the
trailer's checksum against the data when the request declares one (``x-amz-trailer``) and,
given a ``ChunkSigner`` seeded with the request's verified signature, every chunk's
signature. A malformed frame, a wrong signature or a wrong checksum raises
``ChunkedBodyError`` naming what failed.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator

from ..core.checksums import Checksum, checksum_header, new
from ..core.errors import ApigenError
from .chunked import ChunkSigner

__all__ = ["ChunkedBodyError", "decode_aws_chunked"]

_MAX_LINE = 4096
_CHECKSUM_PREFIX = "x-amz-checksum-"


class ChunkedBodyError(ApigenError, ValueError):
    """An aws-chunked body that breaks its framing, signatures or checksum."""


class _Reader:
    def __init__(self, source: AsyncIterator[bytes]) -> None:
        self._source = source
        self._buffer = bytearray()

    async def _more(self) -> bool:
        try:
            chunk = await anext(self._source)
        except StopAsyncIteration:
            return False
        self._buffer += chunk
        return True

    async def line(self) -> bytes:
        while True:
            end = self._buffer.find(b"\r\n")
            if end >= 0:
                line = bytes(self._buffer[:end])
                del self._buffer[: end + 2]
                return line
            if len(self._buffer) > _MAX_LINE:
                raise ChunkedBodyError("aws-chunked: a chunk header line is too long")
            if not await self._more():
                raise ChunkedBodyError("aws-chunked: the body ends inside a chunk header")

    async def exactly(self, size: int) -> bytes:
        while len(self._buffer) < size:
            if not await self._more():
                raise ChunkedBodyError("aws-chunked: the body ends inside a chunk")
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data


def _header(line: bytes) -> tuple[int, str | None]:
    text = line.decode("ascii", "replace")
    size_text, _, extension = text.partition(";")
    try:
        size = int(size_text.strip(), 16)
    except ValueError:
        raise ChunkedBodyError(f"aws-chunked: {size_text[:20]!r} is not a chunk size") from None
    signature = None
    if extension:
        name, _, value = extension.partition("=")
        if name.strip() == "chunk-signature":
            signature = value.strip()
    return size, signature


def _checksum_for(trailer: str | None) -> Checksum | None:
    name = (trailer or "").strip().lower()
    if not name.startswith(_CHECKSUM_PREFIX):
        return None
    return new(name[len(_CHECKSUM_PREFIX) :].upper())


def _check(signer: ChunkSigner | None, signature: str | None, data: bytes) -> None:
    if signer is None:
        return
    expected = signer.sign(data)
    if signature is None or not hmac.compare_digest(expected, signature.lower()):
        raise ChunkedBodyError("aws-chunked: a chunk signature does not match")


async def decode_aws_chunked(
    source: AsyncIterator[bytes], trailer: str | None = None, signer: ChunkSigner | None = None
) -> AsyncIterator[bytes]:
    """The data of an aws-chunked body (see the module docstring)."""
    reader = _Reader(source)
    checksum = _checksum_for(trailer)
    while True:
        size, signature = _header(await reader.line())
        if size == 0:
            _check(signer, signature, b"")
            break
        data = await reader.exactly(size)
        if await reader.exactly(2) != b"\r\n":
            raise ChunkedBodyError("aws-chunked: a chunk does not end with CRLF")
        _check(signer, signature, data)
        if checksum is not None:
            checksum.update(data)
        yield data
    trailers: dict[str, str] = {}
    while line := await reader.line():
        name, _, value = line.decode("ascii", "replace").partition(":")
        trailers[name.strip().lower()] = value.strip()
    if checksum is not None:
        name = checksum_header(checksum.name).lower()
        sent = trailers.get(name)
        if sent is None:
            raise ChunkedBodyError(f"aws-chunked: the declared trailer {name} is missing")
        if not hmac.compare_digest(sent, checksum.b64digest()):
            raise ChunkedBodyError(f"aws-chunked: {name} does not match the data")
