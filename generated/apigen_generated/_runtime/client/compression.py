"""Request compression (``requestCompression``, botocore's ``requestcompression``).

An operation listing ``gzip`` among its encodings has its request body gzipped by the client
when the body is at least the minimum size, as botocore's ``RequestCompressor`` does:

- The minimum is ``request_min_compression_size_bytes`` (client argument, else
  ``AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES``, else the profile's setting; default 10240, an
  integer from 1 to 1048576, as botocore allows). ``disable_request_compression`` (argument, else
  ``AWS_DISABLE_REQUEST_COMPRESSION``, else the profile's setting) turns it off.
- The encoding is appended to a ``Content-Encoding`` the request already has
  (``custom`` → ``custom, gzip``; ``gzip`` → ``gzip, gzip``: the body is then coded twice).
- A streaming body is never compressed (its size is unknown before it is sent, and the
  transport sends it as given).
- It runs after serialisation and before checksums and signing, so both cover the bytes sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from ..core.http import HttpRequest

__all__ = [
    "DEFAULT_MIN_SIZE",
    "MAX_MIN_SIZE",
    "MIN_MIN_SIZE",
    "Compression",
    "compress_request",
    "compression_settings",
]

DEFAULT_MIN_SIZE = 10240
MIN_MIN_SIZE = 1
MAX_MIN_SIZE = 1024 * 1024
# The encodings this client can apply, by their Content-Encoding token (gzip is imported when
# a body is first compressed, not with every client).
_ENCODERS = frozenset({"gzip"})
ENVIRONMENT = ("AWS_DISABLE_REQUEST_COMPRESSION", "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES")


class Compression(NamedTuple):
    """A client's request compression settings."""

    disabled: bool = False
    min_size: int = DEFAULT_MIN_SIZE


def compression_settings(
    disable: bool | None,
    min_size: int | None,
    profile: str | None,
    environ: Mapping[str, str],
) -> Compression:
    """The settings from the client's arguments, else the environment, else the profile.

    A minimum size that is not an integer from 1 to 1048576 raises ``ValueError`` naming
    where it came from (``config`` makes it a ``ClientConfigError``).
    """
    from ..auth.credentials import profile_setting
    from .endpoint_resolution import is_true

    if disable is None:
        raw = environ.get("AWS_DISABLE_REQUEST_COMPRESSION")
        if raw is None:
            raw = profile_setting("disable_request_compression", profile, environ)
        disable = is_true(raw)
    value: str | None
    if min_size is not None:
        source, value = "request_min_compression_size_bytes", str(min_size)
    else:
        value = environ.get("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES")
        source = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES"
        if value is None:
            value = profile_setting("request_min_compression_size_bytes", profile, environ)
            source = "request_min_compression_size_bytes (config file)"
    if value is None:
        return Compression(disable, DEFAULT_MIN_SIZE)
    try:
        size = int(value)
    except ValueError:
        size = -1
    if not MIN_MIN_SIZE <= size <= MAX_MIN_SIZE:
        raise ValueError(
            f"{source}: {value!r} is not an integer from {MIN_MIN_SIZE} to {MAX_MIN_SIZE}"
        ) from None
    return Compression(disable, size)


def compress_request(
    request: HttpRequest, encodings: tuple[str, ...], settings: Compression
) -> None:
    """Compress ``request``'s body in place with the first of ``encodings`` this client knows,
    when ``settings`` allow it and the body is large enough."""
    if settings.disabled or request.stream is not None:
        return
    if len(request.body) < settings.min_size:
        return
    encoding = next((e for e in encodings if e in _ENCODERS), None)
    if encoding is None:
        return
    import gzip

    request.body = gzip.compress(request.body)
    index = next(
        (i for i, (k, _) in enumerate(request.headers) if k.lower() == "content-encoding"), None
    )
    if index is None:
        request.headers.append(("Content-Encoding", encoding))
    else:
        name, current = request.headers[index]
        tokens = [t.strip() for t in current.split(",") if t.strip()]
        request.headers[index] = (name, ", ".join([*tokens, encoding]))
    for i, (name, _) in enumerate(request.headers):
        if name.lower() == "content-length":
            request.headers[i] = (name, str(len(request.body)))
