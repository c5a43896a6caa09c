"""Transports over httpx: an ``httpx.Client``/``AsyncClient`` or an httpx transport object.

``httpx.MockTransport`` and ``httpx.ASGITransport`` (in-process tests) fit here too; httpx is
imported only when one is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.errors import TransportError
from ..core.http import HttpRequest, HttpResponse
from .base import ConnectError, ConnectTimeout, ReadError, ReadTimeout
from .http_client import shared_ssl_context
from .timeouts import Timeouts

if TYPE_CHECKING:
    import httpx

__all__ = ["HttpxAsyncTransport", "HttpxTransport"]


def _url(request: HttpRequest, url_base: str) -> str:
    url = url_base.rstrip("/") + request.path
    return f"{url}?{request.query}" if request.query else url


def _map_httpx_error(exc: Exception, url_base: str) -> TransportError:
    import httpx

    text = f"{type(exc).__name__} for {url_base}: {exc}"
    if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
        return ConnectTimeout(text)
    if isinstance(exc, httpx.ConnectError):
        return ConnectError(text)
    if isinstance(exc, httpx.TimeoutException):
        return ReadTimeout(text)
    return ReadError(text)


def _limits(timeout: float | Timeouts | None) -> float | httpx.Timeout | None:
    """httpx's form of ``timeout``: per-phase limits, each cut to what the deadline leaves."""
    if not isinstance(timeout, Timeouts):
        return timeout
    import httpx

    connect = timeout.bounded(timeout.connect)
    read = timeout.bounded(timeout.read)
    return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)


def _response(status: int, raw: list[tuple[bytes, bytes]], body: bytes) -> HttpResponse:
    return HttpResponse(status, [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw], body)


class HttpxTransport:
    """A sync transport over an ``httpx.Client`` (or an httpx transport object).

    A client passed in stays the caller's (``close`` leaves it open); a transport object passed
    in is wrapped in a client this transport owns and closes.
    """

    def __init__(self, client: httpx.Client | httpx.BaseTransport | None = None) -> None:
        import httpx

        self._owned = not isinstance(client, httpx.Client)
        if isinstance(client, httpx.Client):
            self._client = client
        else:
            # Sharing one SSL context saves ~25-40 ms per client (httpx builds one per client).
            self._client = httpx.Client(transport=client, verify=shared_ssl_context())

    def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | Timeouts | None
    ) -> HttpResponse:
        """A deadline here cuts each phase's limit (httpx offers no way to stop a sync
        request from outside), so a server dripping bytes may hold a call past it."""
        import httpx

        try:
            response = self._client.request(
                request.method,
                _url(request, url_base),
                headers=request.headers,
                content=request.body or None,
                timeout=_limits(timeout),
            )
        except httpx.TransportError as exc:
            raise _map_httpx_error(exc, url_base) from exc
        return _response(response.status_code, response.headers.raw, response.content)

    def close(self) -> None:
        if self._owned:
            self._client.close()


class HttpxAsyncTransport:
    """The default async transport: an ``httpx.AsyncClient`` or an async httpx transport
    (``httpx.ASGITransport(app)`` runs an ASGI app in-process). Ownership as ``HttpxTransport``.
    """

    def __init__(self, client: httpx.AsyncClient | httpx.AsyncBaseTransport | None = None) -> None:
        import httpx

        self._owned = not isinstance(client, httpx.AsyncClient)
        if isinstance(client, httpx.AsyncClient):
            self._client = client
        else:
            self._client = httpx.AsyncClient(transport=client, verify=shared_ssl_context())

    async def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | Timeouts | None
    ) -> HttpResponse:
        import httpx

        exchange = self._client.request(
            request.method,
            _url(request, url_base),
            headers=request.headers,
            content=request.body or None,
            timeout=_limits(timeout),
        )
        left = timeout.remaining() if isinstance(timeout, Timeouts) else None
        try:
            if left is None:
                response = await exchange
            else:
                import asyncio

                response = await asyncio.wait_for(exchange, left)
        except httpx.TransportError as exc:
            raise _map_httpx_error(exc, url_base) from exc
        except TimeoutError as exc:
            raise ReadTimeout(f"{url_base}: the call's deadline passed") from exc
        return _response(response.status_code, response.headers.raw, response.content)

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()
