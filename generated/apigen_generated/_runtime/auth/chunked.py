"""``aws-chunked`` bodies: a streamed upload framed in chunks, with a checksum trailer and,
optionally, S3's chunk signatures (``STREAMING-AWS4-HMAC-SHA256-PAYLOAD``).

Unsigned (``STREAMING-UNSIGNED-PAYLOAD-TRAILER``, what botocore sends for streamed uploads
with a flexible checksum over TLS): ``<hex size>\\r\\n<data>\\r\\n`` per chunk, then
``0\\r\\n<trailer>:<value>\\r\\n\\r\\n`` -- byte for byte botocore's ``AwsChunkedWrapper``.

Signed (AWS's "Transferring Payload in Multiple Chunks"): the request's own signature
(computed over the payload hash ``STREAMING-AWS4-HMAC-SHA256-PAYLOAD``) seeds a chain; each
chunk is ``<hex size>;chunk-signature=<sig>\\r\\n<data>\\r\\n`` where ``sig`` is the
HMAC-SHA256, with the request's signing key, of ``AWS4-HMAC-SHA256-PAYLOAD``, the request's
``X-Amz-Date``, its scope, the previous signature, the SHA-256 of nothing and the SHA-256
of the chunk, one per line; a zero-length chunk ends the body.

The checksum is computed as the data passes; the body is read once, as it is sent. Chunks
have ``chunk_size`` bytes (the last fewer), so the encoded length is known whenever the
source's length is (``encoded_length``).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncIterator, Iterator

from ..core.checksums import Checksum, checksum_header
from ..core.streams import StreamingBody

__all__ = [
    "CHUNK_SIZE",
    "SIGNED",
    "UNSIGNED_TRAILER",
    "ChunkSigner",
    "aws_chunked",
    "encoded_length",
]

CHUNK_SIZE = 64 * 1024
UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


class ChunkSigner:
    """The chain of chunk signatures that follows a request's seed signature."""

    def __init__(self, key: bytes, amz_date: str, scope: str, seed: str) -> None:
        self._key = key
        self._amz_date = amz_date
        self._scope = scope
        self.previous = seed

    def sign(self, chunk: bytes) -> str:
        text = "\n".join(
            (
                "AWS4-HMAC-SHA256-PAYLOAD",
                self._amz_date,
                self._scope,
                self.previous,
                _EMPTY_SHA256,
                hashlib.sha256(chunk).hexdigest(),
            )
        )
        self.previous = hmac.new(self._key, text.encode(), hashlib.sha256).hexdigest()
        return self.previous


def _frame(chunk: bytes, signer: ChunkSigner | None) -> bytes:
    size = f"{len(chunk):x}"
    if signer is not None:
        size += f";chunk-signature={signer.sign(chunk)}"
    return b"%s\r\n%s\r\n" % (size.encode("ascii"), chunk)


def _last(checksum: Checksum | None, signer: ChunkSigner | None) -> bytes:
    if signer is not None:
        end = _frame(b"", signer)
        return end if checksum is None else end[:-2] + _trailer(checksum)
    return b"0\r\n" + (_trailer(checksum) if checksum is not None else b"\r\n")


def _trailer(checksum: Checksum) -> bytes:
    return f"{checksum_header(checksum.name)}:{checksum.b64digest()}\r\n\r\n".encode("ascii")


def _sized(chunks: Iterator[bytes], size: int) -> Iterator[bytes]:
    """Re-cut chunks to exactly ``size`` bytes (the last one fewer)."""
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    if buffer:
        yield bytes(buffer)


def encoded_length(
    length: int, *, checksum: Checksum | None, signed: bool, chunk_size: int = CHUNK_SIZE
) -> int:
    """The length of the ``aws-chunked`` form of ``length`` bytes."""
    full, rest = divmod(length, chunk_size)
    signature = len(";chunk-signature=") + 64 if signed else 0
    total = 0
    for size, count in ((chunk_size, full), (rest, 1 if rest else 0)):
        total += count * (len(f"{size:x}") + signature + 4 + size)
    total += 1 + signature + 2  # the zero chunk's line
    total += len(_trailer(checksum)) if checksum is not None else 2
    return total


def aws_chunked(
    body: StreamingBody,
    *,
    checksum: Checksum | None = None,
    signer: ChunkSigner | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> StreamingBody:
    """``body`` framed as ``aws-chunked``, with ``checksum`` as its trailer when given."""
    length = body.content_length
    encoded = (
        None
        if length is None
        else encoded_length(
            length, checksum=checksum, signed=signer is not None, chunk_size=chunk_size
        )
    )

    def frames(chunks: Iterator[bytes]) -> Iterator[bytes]:
        for chunk in _sized(chunks, chunk_size):
            if checksum is not None:
                checksum.update(chunk)
            yield _frame(chunk, signer)
        yield _last(checksum, signer)

    if body.is_async:

        async def aframes() -> AsyncIterator[bytes]:
            buffer = bytearray()
            async for chunk in body.aiter_chunks():
                buffer += chunk
                while len(buffer) >= chunk_size:
                    piece = bytes(buffer[:chunk_size])
                    del buffer[:chunk_size]
                    if checksum is not None:
                        checksum.update(piece)
                    yield _frame(piece, signer)
            for framed in frames(iter([bytes(buffer)] if buffer else [])):
                yield framed

        return StreamingBody(aframes(), length=encoded)
    return StreamingBody(frames(body.iter_chunks()), length=encoded)
