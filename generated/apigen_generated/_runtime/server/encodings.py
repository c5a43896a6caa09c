"""A request body a client compressed (``Content-Encoding: gzip``, AWS's request
compression) read as its data before it is parsed.

Only an outermost ``gzip`` (the last coding listed) is undone; it then leaves
``Content-Encoding`` (``custom, gzip`` → ``custom``, which the operation may bind to a
member) and ``Content-Length`` becomes the decoded length. The decoded body is bounded by the
server's ``max_body``, so a small compressed body cannot expand without limit. Streamed
bodies are left alone (clients never compress them).
"""

from __future__ import annotations

import zlib

from ..core.errors import ApigenError
from ..core.http import HttpRequest

__all__ = ["BodyDecodeError", "decode_body", "decoded_headers"]


def decoded_headers(
    headers: list[tuple[str, str]], left: str, length: str | None
) -> list[tuple[str, str]]:
    """A request's headers once a content coding is undone: ``Content-Encoding`` keeps the
    codings ``left`` (gone when none), ``Content-Length`` becomes ``length`` (gone: None)."""
    out: list[tuple[str, str]] = []
    for name, value in headers:
        lowered = name.lower()
        if lowered == "content-encoding":
            if left:
                out.append((name, left))
        elif lowered == "content-length":
            if length is not None:
                out.append((name, length))
        else:
            out.append((name, value))
    return out


class BodyDecodeError(ApigenError, ValueError):
    """A compressed body that does not decode (``too_large``: it expands past the limit)."""

    def __init__(self, message: str, too_large: bool = False) -> None:
        super().__init__(message)
        self.too_large = too_large


def decode_body(request: HttpRequest, limit: int) -> None:
    """Undo an outermost gzip coding of ``request``'s body in place."""
    encoding = request.header("content-encoding")
    if encoding is None or request.stream is not None:
        return
    codings = [c.strip() for c in encoding.split(",") if c.strip()]
    if not codings or codings[-1].lower() != "gzip":
        return
    decoder = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = decoder.decompress(request.body, limit + 1)
    except zlib.error as exc:
        raise BodyDecodeError(f"the gzip request body does not decode: {exc}") from None
    if len(data) > limit or decoder.unconsumed_tail:
        raise BodyDecodeError(f"the decoded request body is larger than {limit} bytes", True)
    if not decoder.eof:
        raise BodyDecodeError("the gzip request body is truncated")
    request.body = data
    request.headers = decoded_headers(request.headers, ", ".join(codings[:-1]), str(len(data)))
