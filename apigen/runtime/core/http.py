"""Transport-neutral HTTP messages: what codecs produce and consume, what transports carry.

Headers are an ordered list of ``(name, value)`` pairs (duplicates allowed, names as given);
``header()`` looks one up case-insensitively. Paths and query strings are already
percent-encoded exactly as they travel.

A streamed body (``streams.StreamingBody``) travels in ``stream`` and ``body`` stays empty;
a request whose response is to be streamed says so with ``stream_response``: a transport
then leaves a 2xx response's body unread in the response's ``stream`` (other statuses are
read whole, for their error). Transports that know nothing of streams still work: they send
``body`` and return ``body``, which the codecs read as a stream of its bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Record, field

if TYPE_CHECKING:
    from .streams import StreamingBody


class HttpRequest(Record, frozen=False):
    method: str
    path: str  # percent-encoded path exactly as sent, e.g. "/v1/connectors/arn%3Aaws"
    query: str  # encoded query string without "?", "" when none
    headers: list[tuple[str, str]]  # in order; duplicates allowed
    body: bytes = b""
    stream: StreamingBody | None = None
    stream_response: bool = False

    def header(self, name: str) -> str | None:
        return _find(self.headers, name)


class HttpResponse(Record, frozen=False):
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    body: bytes = b""
    stream: StreamingBody | None = None

    def header(self, name: str) -> str | None:
        return _find(self.headers, name)


def _find(headers: list[tuple[str, str]], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers:
        if key.lower() == lowered:
            return value
    return None


# Methods whose request carries no Content-Length when it has no body (as http.client does).
NO_BODY_METHODS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})


def join_path(prefix: str, path: str, carried_labels: tuple[str, ...] = ()) -> str:
    """An endpoint's path (``/custom``, "" for none) put before a request's path, as the
    client sends it: the request path is kept whole (``/custom`` + ``/`` is ``/custom/``, as
    Smithy's protocol tests want), except a bare ``/`` left once the endpoint carries the
    URI's labels (``carried_labels``, ``OperationSpec.endpoint_labels``: S3's bucket), which
    adds nothing to the endpoint's path (``/bucket``, as botocore joins them)."""
    if not prefix:
        return path
    return prefix + ("" if path == "/" and carried_labels else path)
