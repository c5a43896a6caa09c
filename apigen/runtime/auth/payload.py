"""What SigV4 signs for a request's payload: its hash, or ``UNSIGNED-PAYLOAD``.

- An operation with AWS's ``unsignedPayload`` (botocore's ``v4-unsigned-body``) signs
  ``UNSIGNED-PAYLOAD`` and says so in ``X-Amz-Content-SHA256``, as botocore does.
- A streamed body (``HttpRequest.stream``) is never read to be hashed: one held in memory is
  hashed as it is, any other (a file, an iterator) signs ``UNSIGNED-PAYLOAD``. Either way
  the ``X-Amz-Content-SHA256`` header carries what was signed, so a server can check the
  signature without reading the stream first.
- An ``aws-chunked`` body (a checksum trailer) signs what its header declares.
- Anything else: ``None`` (``sigv4.sign`` hashes the body, as before).
"""

from __future__ import annotations

import hashlib

from ..core.http import HttpRequest
from ..core.schema import OperationSpec

__all__ = ["CONTENT_SHA256", "UNSIGNED_PAYLOAD", "prepare_payload"]

UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
CONTENT_SHA256 = "X-Amz-Content-SHA256"


def _set(request: HttpRequest, name: str, value: str) -> None:
    lowered = name.lower()
    request.headers[:] = [(k, v) for k, v in request.headers if k.lower() != lowered]
    request.headers.append((name, value))


def prepare_payload(request: HttpRequest, operation: OperationSpec) -> str | None:
    """The payload hash to sign (header set to match), or None to hash ``request.body``."""
    stream = request.stream
    if stream is None and not operation.unsigned_payload:
        # The common case, answered without looking through the headers: a declared
        # X-Amz-Content-SHA256 (aws-chunked's STREAMING-...) is what sigv4.sign signs anyway.
        return None
    declared = request.header(CONTENT_SHA256)
    if declared is not None and declared.startswith("STREAMING-"):
        return declared  # an aws-chunked body says what it signs (client/checksums.py)
    if operation.unsigned_payload:
        digest = UNSIGNED_PAYLOAD
    elif stream is not None:
        data = stream.in_memory
        digest = UNSIGNED_PAYLOAD if data is None else hashlib.sha256(data).hexdigest()
    else:
        return None
    _set(request, CONTENT_SHA256, digest)
    return digest
