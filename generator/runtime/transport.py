"""Transports: carry an ``HttpRequest`` to a server and bring back its ``HttpResponse``.

A transport knows nothing about services, signing or retries; the client hands it a request
that is complete but for ``Content-Length`` and the base URL (``https://host[:port][/prefix]``)
it goes to.

- ``Transport`` / ``AsyncTransport`` are the interfaces; anything with a matching ``send``
  (and ``close``/``aclose``) can be given to a client.
- ``HttpClientTransport`` is the default sync transport: ``http.client`` with a keep-alive
  pool per host, idle connections checked for a server-side close before reuse, and one
  process-wide SSL context built on first HTTPS use (building it loads the CA bundle, which
  costs milliseconds).
- ``HttpxTransport`` / ``HttpxAsyncTransport`` wrap an ``httpx.Client`` / ``httpx.AsyncClient``
  or an httpx transport object (``httpx.MockTransport``, ``httpx.ASGITransport`` for
  in-process tests); httpx is imported only when one is built.
- ``asgi.AsgiTransport(app)`` calls an ASGI app in-process from sync code (and async code);
  a sync client given an async httpx object drives it the same way (``asgi.BlockingTransport``).

Errors: every failure without a response is a ``TransportError``. ``ConnectError`` (and
``ConnectTimeout``) mean the request never left, so any operation may be retried;
``ReadError`` (and ``ReadTimeout``) mean it may have reached the server.
"""

from __future__ import annotations

import http.client
import select
import ssl
import threading
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from .errors import TransportError
from .http import NO_BODY_METHODS, HttpRequest, HttpResponse

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AsyncTransport",
    "ConnectError",
    "ConnectTimeout",
    "HttpClientTransport",
    "HttpxAsyncTransport",
    "HttpxTransport",
    "ReadError",
    "ReadTimeout",
    "Transport",
    "async_transport",
    "shared_ssl_context",
    "sync_transport",
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
    def send(self, request: HttpRequest, *, url_base: str, timeout: float | None) -> HttpResponse:
        """Send ``request`` to ``url_base`` + its path; raise ``TransportError`` without a response."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncTransport(Protocol):
    async def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | None
    ) -> HttpResponse:
        """Send ``request`` to ``url_base`` + its path; raise ``TransportError`` without a response."""
        ...

    async def aclose(self) -> None: ...


# -- http.client ------------------------------------------------------------------------------

_ssl_context: ssl.SSLContext | None = None
_ssl_lock = threading.Lock()


def shared_ssl_context() -> ssl.SSLContext:
    """The process-wide default SSL context, created on first use."""
    global _ssl_context
    if _ssl_context is None:
        with _ssl_lock:
            if _ssl_context is None:
                _ssl_context = ssl.create_default_context()
    return _ssl_context


class _Target:
    """A parsed ``url_base`` and its pool of idle connections."""

    __slots__ = ("https", "host", "port", "prefix", "idle")

    def __init__(self, url_base: str) -> None:
        parts = urlsplit(url_base)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) base URL: {url_base!r}")
        self.https = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.https else 80)
        self.prefix = parts.path.rstrip("/")
        self.idle: list[http.client.HTTPConnection] = []


def _dropped(conn: http.client.HTTPConnection) -> bool:
    """True when an idle connection was closed by the server (readable means EOF or junk)."""
    sock = conn.sock
    if sock is None:
        return True
    try:
        poller = select.poll()
    except AttributeError:  # pragma: no cover - Windows has no poll
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable)
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))


class HttpClientTransport:
    """The default sync transport: ``http.client`` connections kept alive per host.

    Thread-safe: a connection is taken out of its pool for the length of one exchange.
    ``max_idle`` bounds the idle connections kept per host.
    """

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None, max_idle: int = 10) -> None:
        self._ssl_context = ssl_context
        self._max_idle = max_idle
        self._targets: dict[str, _Target] = {}

    def _target(self, url_base: str) -> _Target:
        target = self._targets.get(url_base)
        if target is None:
            target = self._targets[url_base] = _Target(url_base)
        return target

    def _connect(self, target: _Target, timeout: float | None) -> http.client.HTTPConnection:
        conn: http.client.HTTPConnection
        if target.https:
            context = self._ssl_context or shared_ssl_context()
            conn = http.client.HTTPSConnection(
                target.host, target.port, timeout=timeout, context=context
            )
        else:
            conn = http.client.HTTPConnection(target.host, target.port, timeout=timeout)
        try:
            conn.connect()
        except TimeoutError as exc:
            conn.close()
            raise ConnectTimeout(f"connecting to {target.host}:{target.port} timed out") from exc
        except OSError as exc:  # refused, DNS, TLS (ssl.SSLError is an OSError)
            conn.close()
            raise ConnectError(f"cannot connect to {target.host}:{target.port}: {exc}") from exc
        return conn

    def send(self, request: HttpRequest, *, url_base: str, timeout: float | None) -> HttpResponse:
        target = self._target(url_base)
        idle = target.idle
        conn: http.client.HTTPConnection | None = None
        while idle:
            try:
                candidate = idle.pop()
            except IndexError:  # another thread took the last one
                break
            if _dropped(candidate):
                candidate.close()
                continue
            conn = candidate
            if conn.timeout != timeout and conn.sock is not None:
                conn.timeout = timeout
                conn.sock.settimeout(timeout)
            break
        if conn is None:
            conn = self._connect(target, timeout)
        url = target.prefix + request.path if target.prefix else request.path
        if request.query:
            url = f"{url}?{request.query}"
        body = request.body
        try:
            has_host = False
            for name, _ in request.headers:
                if len(name) == 4 and name.lower() == "host":
                    has_host = True
                    break
            conn.putrequest(request.method, url, skip_host=has_host, skip_accept_encoding=True)
            for name, value in request.headers:
                conn.putheader(name, value)
            if body or request.method not in NO_BODY_METHODS:
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body or None)
            response = conn.getresponse()
            data = response.read()
        except TimeoutError as exc:
            conn.close()
            raise ReadTimeout(
                f"no response from {target.host}:{target.port} within {timeout}s"
            ) from exc
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            raise ReadError(f"connection to {target.host}:{target.port} failed: {exc!r}") from exc
        if response.will_close or len(idle) >= self._max_idle:
            conn.close()
        else:
            idle.append(conn)
        return HttpResponse(response.status, response.getheaders(), data)

    def close(self) -> None:
        """Close every idle connection (the transport stays usable)."""
        for target in list(self._targets.values()):
            while target.idle:
                try:
                    target.idle.pop().close()
                except IndexError:
                    break


# -- httpx ------------------------------------------------------------------------------------


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


def _from_httpx(value: object) -> bool:
    return type(value).__module__.split(".", 1)[0] == "httpx"


def sync_transport(value: Any) -> Transport:
    """A ``Transport`` for what a user passed: None (the default), an httpx object or a
    ``Transport`` (such as ``asgi.AsgiTransport(app)``). An async httpx object
    (``httpx.ASGITransport(app)``, ``httpx.AsyncClient``) is driven from a private event loop
    (``asgi.BlockingTransport``)."""
    if value is None:
        return HttpClientTransport()
    if _from_httpx(value):
        import httpx

        if not isinstance(value, (httpx.Client, httpx.BaseTransport)):
            from .asgi import BlockingTransport

            return BlockingTransport(HttpxAsyncTransport(value))
        return HttpxTransport(value)
    if isinstance(value, Transport):
        return value
    raise TypeError(f"not a transport: {type(value).__name__}")


def async_transport(value: Any) -> AsyncTransport:
    """An ``AsyncTransport`` for what a user passed: None (httpx), an httpx object (an
    ``httpx.AsyncClient`` or an async transport such as ``httpx.ASGITransport``), an
    ``AsyncTransport``, or an ``asgi.BlockingTransport`` (``AsgiTransport(app)``), whose
    inner async transport is used."""
    if value is None or _from_httpx(value):
        return HttpxAsyncTransport(value)
    if isinstance(value, AsyncTransport):
        return value
    from .asgi import BlockingTransport

    if isinstance(value, BlockingTransport):
        return value.transport
    raise TypeError(f"not an async transport: {type(value).__name__}")
