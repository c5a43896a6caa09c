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

    def send(self, request: HttpRequest, *, url_base: str, timeout: float | None) -> HttpResponse:
        import httpx

        try:
            response = self._client.request(
                request.method,
                _url(request, url_base),
                headers=request.headers,
                content=request.body or None,
                timeout=timeout,
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
        self, request: HttpRequest, *, url_base: str, timeout: float | None
    ) -> HttpResponse:
        import httpx

        try:
            response = await self._client.request(
                request.method,
                _url(request, url_base),
                headers=request.headers,
                content=request.body or None,
                timeout=timeout,
            )
        except httpx.TransportError as exc:
            raise _map_httpx_error(exc, url_base) from exc
        return _response(response.status_code, response.headers.raw, response.content)

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()
