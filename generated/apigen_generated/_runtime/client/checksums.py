"""Flexible checksums on the client (AWS's ``httpChecksum``), as botocore's defaults
(``when_supported``) do them.

Requests: the algorithm is the one the caller named in the operation's algorithm member;
else, when the operation has such a member or requires a checksum, ``CRC32`` (the member's
header then says so). A body in memory gets its checksum in ``x-amz-checksum-<alg>``; a
streamed body that is not (a file, an iterator) is sent ``aws-chunked`` with the checksum
as its trailer and ``X-Amz-Content-SHA256: STREAMING-UNSIGNED-PAYLOAD-TRAILER``, computed
as it is sent (``auth/chunked.py``). A checksum header the caller set is left alone.
Decision (botocore reads a seekable file twice for a header over plain HTTP): a stream is
never read twice; it always gets the trailer. Such a body, read as it is sent, is not sent
again by a retry.

Responses: an operation listing ``responseAlgorithms`` asks for them (its validation
member's header set to ``ENABLED`` when the caller left it unset), and a 2xx response
carrying ``x-amz-checksum-<alg>`` is checked with the first of ``checksums.PRIORITY`` it
has (a multipart ``<value>-<parts>`` checksum is skipped): a body read whole before it is
parsed, a streamed body as the caller reads it to its end. A mismatch raises
``ChecksumError`` (not retried).
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Iterator

from ..auth.chunked import UNSIGNED_TRAILER, aws_chunked
from ..auth.payload import CONTENT_SHA256
from ..core.checksums import PRIORITY, Checksum, ChecksumError, checksum_header, new
from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel
from ..core.schema import OperationSpec
from ..core.streams import StreamingBody

__all__ = ["add_request_checksum", "checked_response"]

DEFAULT_ALGORITHM = "CRC32"


def _has(headers: list[tuple[str, str]], name: str) -> bool:
    lowered = name.lower()
    return any(k.lower() == lowered for k, _ in headers)


def add_request_checksum(
    request: HttpRequest, operation: OperationSpec, model: ApigenModel
) -> None:
    """Add the operation's request checksum (and response checksum request) to ``request``."""
    spec = operation.checksum
    if spec is None:
        return
    headers = request.headers
    if (
        spec.validation_member
        and spec.validation_header
        and spec.response_algorithms
        and getattr(model, spec.validation_member, None) is None
    ):
        headers.append((spec.validation_header, "ENABLED"))
    if any(k.lower().startswith("x-amz-checksum-") for k, _ in headers):
        return
    chosen = getattr(model, spec.algorithm_member, None) if spec.algorithm_member else None
    if chosen is None:
        if not (spec.required or spec.algorithm_member):
            return
        chosen = DEFAULT_ALGORITHM
        if spec.algorithm_header and not _has(headers, spec.algorithm_header):
            headers.append((spec.algorithm_header, DEFAULT_ALGORITHM))
    checksum = new(str(getattr(chosen, "value", chosen)))
    stream = request.stream
    data = request.body if stream is None else stream.in_memory
    if data is not None:
        checksum.update(data)
        headers.append((checksum_header(checksum.name), checksum.b64digest()))
        return
    assert stream is not None
    encoding = next((v for k, v in headers if k.lower() == "content-encoding"), None)
    headers[:] = [(k, v) for k, v in headers if k.lower() != "content-encoding"]
    headers.append(("Content-Encoding", f"{encoding},aws-chunked" if encoding else "aws-chunked"))
    headers.append(("X-Amz-Trailer", checksum_header(checksum.name)))
    if stream.content_length is not None:
        headers.append(("X-Amz-Decoded-Content-Length", str(stream.content_length)))
    headers.append((CONTENT_SHA256, UNSIGNED_TRAILER))
    request.stream = aws_chunked(stream, checksum=checksum)


def _mismatch(operation: OperationSpec, checksum: Checksum, expected: str) -> ChecksumError:
    return ChecksumError(
        f"{operation.name}: the response body's {checksum.name} checksum is "
        f"{checksum.b64digest()}, the response says {expected}"
    )


def checked_response(response: HttpResponse, operation: OperationSpec) -> HttpResponse:
    """``response``, its checksum verified (a streamed body: as it is read)."""
    spec = operation.checksum
    if spec is None or not spec.response_algorithms or not 200 <= response.status < 300:
        return response
    offered = {a.upper() for a in spec.response_algorithms}
    for name in PRIORITY:
        expected = response.header(checksum_header(name)) if name in offered else None
        if expected and "-" not in expected:
            break
    else:
        return response
    checksum = new(name)
    stream = response.stream
    if stream is None:
        checksum.update(response.body)
        if checksum.b64digest() != expected:
            raise _mismatch(operation, checksum, expected)
        return response

    def check() -> None:
        if base64.b64decode(checksum.b64digest()) != base64.b64decode(expected):
            raise _mismatch(operation, checksum, expected)

    if stream.is_async:

        async def achunks() -> AsyncIterator[bytes]:
            async for chunk in stream.aiter_chunks():
                checksum.update(chunk)
                yield chunk
            check()

        response.stream = StreamingBody(
            achunks(), length=stream.content_length, on_aclose=stream.aclose
        )
    else:

        def chunks() -> Iterator[bytes]:
            for chunk in stream.iter_chunks():
                checksum.update(chunk)
                yield chunk
            check()

        response.stream = StreamingBody(
            chunks(), length=stream.content_length, on_close=stream.close
        )
    return response
