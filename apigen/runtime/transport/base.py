"""The transport interfaces and their errors: what a client needs to know of any transport.

A transport knows nothing about services, signing or retries; the client hands it a request
that is complete but for ``Content-Length`` and the base URL (``https://host[:port][/prefix]``)
it goes to, and how long it may take (``timeouts.Timeouts``, or seconds for connecting and
each read). Anything with a matching ``send`` (and ``close``/``aclose``) can be given to a
client.

Errors: every failure without a response is a ``TransportError``. ``ConnectError`` (and
``ConnectTimeout``) mean the request never left, so any operation may be retried;
``ReadError`` (and ``ReadTimeout``) mean it may have reached the server.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..core.errors import TransportError
from ..core.http import HttpRequest, HttpResponse
from .timeouts import Timeouts

__all__ = [
    "AsyncTransport",
    "ConnectError",
    "ConnectTimeout",
    "ReadError",
    "ReadTimeout",
    "Transport",
    "TransportError",
]


class ConnectError(TransportError):
    """No connection could be made (refused, DNS, TLS handshake): nothing was sent."""


class ConnectTimeout(ConnectError):
    """Connecting took longer than the timeout: nothing was sent."""


class ReadError(TransportError):
    """The connection failed after the request was (perhaps partly) sent."""


class ReadTimeout(ReadError):
    """No (complete) response within the timeout; the server may have acted on the request."""


@runtime_checkable
class Transport(Protocol):
    def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | Timeouts | None
    ) -> HttpResponse:
        """Send ``request`` to ``url_base`` + its path; raise ``TransportError`` without a response."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncTransport(Protocol):
    async def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | Timeouts | None
    ) -> HttpResponse:
        """Send ``request`` to ``url_base`` + its path; raise ``TransportError`` without a response."""
        ...

    async def aclose(self) -> None: ...
