"""In-process transports to an ASGI application (a generated ``ServerApp`` or any other).

- ``AsyncAsgiTransport(app)``: an ``AsyncTransport`` that calls the app directly, one ASGI
  ``http`` exchange per request (no sockets, no httpx).
- ``BlockingTransport(transport)``: a sync ``Transport`` that drives any ``AsyncTransport`` on
  a private event loop in a daemon thread, started on the first ``send`` and stopped by
  ``close`` (the next ``send`` starts another). Sync code may call it from any thread,
  including one that runs an event loop of its own; the app always runs on the private loop,
  so its loop-bound state stays on one loop.
- ``AsgiTransport(app)``: ``BlockingTransport(AsyncAsgiTransport(app))``, what a sync client
  takes as ``transport=`` to talk to a server in-process. An async client given one uses the
  inner ``AsyncAsgiTransport`` (on its own loop), so one object serves both kinds.

The sync client also accepts an async httpx object (``httpx.ASGITransport(app)``,
``httpx.AsyncClient``): ``transport.sync_transport`` wraps it in a ``BlockingTransport``.

Errors: an app that raises, or returns without a response, is a ``ReadError`` (the request
may have been acted on); no response within the timeout is a ``ReadTimeout``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine, MutableMapping
from typing import Any, Self, TypeVar
from urllib.parse import unquote, urlsplit

from ..core.http import NO_BODY_METHODS, HttpRequest, HttpResponse
from .base import AsyncTransport, ReadError, ReadTimeout
from .timeouts import Timeouts, as_timeouts

__all__ = ["AsgiApp", "AsgiTransport", "AsyncAsgiTransport", "BlockingTransport"]

AsgiApp = Callable[
    [
        MutableMapping[str, Any],
        Callable[[], Awaitable[MutableMapping[str, Any]]],
        Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ],
    Awaitable[None],
]
_T = TypeVar("_T")


class AsyncAsgiTransport:
    """Sends each request to an ASGI app in-process (``client`` is the peer address it sees)."""

    def __init__(self, app: AsgiApp, *, client: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self.app = app
        self.client = client

    async def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | Timeouts | None
    ) -> HttpResponse:
        limits = as_timeouts(timeout)
        seconds = limits.bounded(limits.read)
        try:
            return await asyncio.wait_for(self._exchange(request, url_base), seconds)
        except TimeoutError as exc:
            raise ReadTimeout(f"the ASGI app did not answer within {seconds}s") from exc

    async def _exchange(self, request: HttpRequest, url_base: str) -> HttpResponse:
        parts = urlsplit(url_base)
        https = parts.scheme == "https"
        path = parts.path.rstrip("/") + request.path
        body = request.body
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in request.headers]
        if not any(name == b"host" for name, _ in headers):
            headers.append((b"host", (parts.netloc or "localhost").encode("latin-1")))
        if body or request.method.upper() not in NO_BODY_METHODS:
            headers.append((b"content-length", str(len(body)).encode("ascii")))
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "method": request.method.upper(),
            "scheme": "https" if https else "http",
            "path": unquote(path),
            "raw_path": path.encode("latin-1"),
            "query_string": request.query.encode("latin-1"),
            "root_path": "",
            "headers": headers,
            "client": self.client,
            "server": (parts.hostname or "localhost", parts.port or (443 if https else 80)),
        }
        finished = asyncio.Event()
        delivered = False
        status: int | None = None
        response_headers: list[tuple[str, str]] = []
        chunks: list[bytes] = []

        async def receive() -> MutableMapping[str, Any]:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            await finished.wait()
            return {"type": "http.disconnect"}

        async def send(message: MutableMapping[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                response_headers.extend(
                    (bytes(k).decode("latin-1"), bytes(v).decode("latin-1"))
                    for k, v in message.get("headers", ())
                )
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
                if not message.get("more_body", False):
                    finished.set()

        try:
            await self.app(scope, receive, send)
        except Exception as exc:
            raise ReadError(f"the ASGI app raised {type(exc).__name__}: {exc}") from exc
        finally:
            finished.set()
        if status is None:
            raise ReadError("the ASGI app returned without starting a response")
        return HttpResponse(status, response_headers, b"".join(chunks))

    async def aclose(self) -> None:
        """Nothing to release: the app is the caller's."""


class BlockingTransport:
    """A sync ``Transport`` over an ``AsyncTransport``, run on a private event loop thread."""

    def __init__(self, transport: AsyncTransport) -> None:
        self.transport = transport
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def _running(self) -> tuple[asyncio.AbstractEventLoop, threading.Thread]:
        with self._lock:
            if self._loop is None or self._thread is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="apigen-blocking-transport", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop, self._thread

    def _run(self, coroutine: Coroutine[Any, Any, _T]) -> _T:
        loop, thread = self._running()
        if threading.current_thread() is thread:
            coroutine.close()
            raise RuntimeError("a BlockingTransport cannot be used from its own event loop")
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result()

    def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | Timeouts | None
    ) -> HttpResponse:
        return self._run(self.transport.send(request, url_base=url_base, timeout=timeout))

    def close(self) -> None:
        """Close the inner transport and stop the loop thread."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self.transport.aclose(), loop).result()
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            loop.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsgiTransport(BlockingTransport):
    """Talks to an ASGI app in-process: ``KafkaConnectClient(transport=AsgiTransport(app))``."""

    transport: AsyncAsgiTransport

    def __init__(self, app: AsgiApp) -> None:
        super().__init__(AsyncAsgiTransport(app))
        self.app = app
