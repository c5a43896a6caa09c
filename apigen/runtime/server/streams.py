"""Streamed bodies on the server side of ASGI: a request read as it arrives, a response
sent as it is produced.

A request for an operation whose input payload streams is not read before the handler runs:
its payload member is a ``StreamingBody`` over ASGI ``receive`` (async), so the handler
reads it chunk by chunk (``async for chunk in request.body``) and nothing holds it whole.
A response whose payload streams is sent one ASGI message per chunk, with
``Content-Length`` when the body's length is known (else the server chunks it). A failure
while the body is produced cannot change the status already sent: it is logged and the
response ends there (the client sees a short body or a broken event stream).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from ..core.http import HttpRequest, HttpResponse
from ..core.streams import StreamingBody
from .encodings import decoded_headers

if TYPE_CHECKING:
    from ..auth.sigv4_verify import SecretLookup

__all__ = ["request_stream", "send_streamed", "unchunk"]

Message = MutableMapping[str, Any]


def request_stream(receive: Callable[[], Awaitable[Message]]) -> StreamingBody:
    """The request body as an async stream over ``receive``."""

    async def chunks() -> AsyncIterator[bytes]:
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # http.disconnect: the body ends where the client stopped
            chunk = message.get("body", b"")
            if chunk:
                yield bytes(chunk)
            if not message.get("more_body", False):
                return

    return StreamingBody(chunks())


def unchunk(request: HttpRequest, credentials: SecretLookup | None = None) -> None:
    """An ``aws-chunked`` streamed request (``Content-Encoding: aws-chunked``, what AWS SDKs
    send for uploads of unknown length) read as its data: the framing is decoded as the body
    arrives and its trailer checksum checked (``auth/chunked_decode.py``), ``aws-chunked``
    leaves ``Content-Encoding`` and ``x-amz-decoded-content-length`` becomes the length.
    With ``credentials`` (SigV4 verification on), S3's signed chunks
    (``STREAMING-AWS4-HMAC-SHA256-PAYLOAD``) are checked one by one against the chain the
    request's verified signature seeds."""
    encoding = request.header("content-encoding") or ""
    codings = [c.strip() for c in encoding.split(",") if c.strip()]
    if "aws-chunked" not in [c.lower() for c in codings] or request.stream is None:
        return
    from ..auth.chunked_decode import decode_aws_chunked

    left = ", ".join(c for c in codings if c.lower() != "aws-chunked")
    decoded = request.header("x-amz-decoded-content-length")
    request.headers = decoded_headers(request.headers, left, decoded)
    source = request.stream
    length = int(decoded) if decoded is not None and decoded.isdigit() else None
    signer = None
    if credentials is not None:
        from ..auth.sigv4_verify import chunk_signer

        signer = chunk_signer(request, credentials)
    chunks = decode_aws_chunked(source.aiter_chunks(), request.header("x-amz-trailer"), signer)
    request.stream = StreamingBody(chunks, length=length)


async def send_streamed(
    response: HttpResponse, stream: StreamingBody, send: Callable[[Message], Awaitable[None]]
) -> None:
    """Send ``response`` with ``stream`` as its body, chunk by chunk."""
    out = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
    length = stream.content_length
    if length is not None and response.header("content-length") is None:
        out.append((b"content-length", str(length).encode("ascii")))
    await send({"type": "http.response.start", "status": response.status, "headers": out})
    try:
        async for chunk in stream.aiter_chunks():
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
    except Exception:
        logging.getLogger("apigen.server").error(
            "a streamed response body failed after its status was sent", exc_info=True
        )
    finally:
        await stream.aclose()
    await send({"type": "http.response.body", "body": b"", "more_body": False})
