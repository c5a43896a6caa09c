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
import contextlib
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator, MutableMapping
from typing import Any, Self, TypeVar
from urllib.parse import unquote, urlsplit

from ..core.http import NO_BODY_METHODS, HttpRequest, HttpResponse
from ..core.streams import StreamingBody
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
        stream = request.stream
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in request.headers]
        if not any(name == b"host" for name, _ in headers):
            headers.append((b"host", (parts.netloc or "localhost").encode("latin-1")))
        if stream is not None:
            if stream.content_length is None:
                headers.append((b"transfer-encoding", b"chunked"))
            else:
                headers.append((b"content-length", str(stream.content_length).encode("ascii")))
        elif body or request.method.upper() not in NO_BODY_METHODS:
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
        exchange = _Exchange(request.stream_response)
        receive = exchange.receiver(body, stream)
        task = asyncio.ensure_future(self._run(scope, receive, exchange))
        started: asyncio.Future[Any] = asyncio.ensure_future(exchange.started.wait())
        first: set[asyncio.Future[Any]] = {task, started}
        try:
            await asyncio.wait(first, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # timed out or cancelled: the app goes with the exchange
            task.cancel()
            raise
        finally:
            if not started.done():
                started.cancel()
        if task.done():
            task.result()  # the app's failure, as a ReadError
        if exchange.status is None:
            raise ReadError("the ASGI app returned without starting a response")
        if exchange.streaming and 200 <= exchange.status < 300:
            return HttpResponse(exchange.status, exchange.headers, b"", exchange.body_stream(task))
        try:
            await task
        except BaseException:
            task.cancel()
            raise
        return HttpResponse(exchange.status, exchange.headers, b"".join(exchange.collected()))

    async def _run(self, scope: dict[str, Any], receive: Any, exchange: _Exchange) -> None:
        try:
            await self.app(scope, receive, exchange.send)
        except Exception as exc:
            raise ReadError(f"the ASGI app raised {type(exc).__name__}: {exc}") from exc
        finally:
            exchange.finish()

    async def aclose(self) -> None:
        """Nothing to release: the app is the caller's."""


class _Exchange:
    """One ASGI exchange's two halves: the request body handed to ``receive`` (a stream
    chunk by chunk) and the response the app sends (collected, or queued for a stream with
    room for a few chunks, so a fast app waits for a slow reader: memory stays flat)."""

    def __init__(self, streaming: bool) -> None:
        self.streaming = streaming
        self.status: int | None = None
        self.headers: list[tuple[str, str]] = []
        self.started = asyncio.Event()
        self.finished = asyncio.Event()
        self._chunks: list[bytes] = []
        self._queue: asyncio.Queue[bytes | None] = asyncio.Queue(maxsize=4)

    def receiver(
        self, body: bytes, stream: StreamingBody | None
    ) -> Callable[[], Awaitable[dict[str, Any]]]:
        chunks = stream.aiter_chunks() if stream is not None else None
        delivered = False

        async def receive() -> dict[str, Any]:
            nonlocal delivered
            if chunks is not None and not delivered:
                chunk = await anext(chunks, None)
                if chunk is not None:
                    return {"type": "http.request", "body": chunk, "more_body": True}
                delivered = True
                return {"type": "http.request", "body": b"", "more_body": False}
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            await self.finished.wait()
            return {"type": "http.disconnect"}

        return receive

    async def send(self, message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            self.headers.extend(
                (bytes(k).decode("latin-1"), bytes(v).decode("latin-1"))
                for k, v in message.get("headers", ())
            )
            self.started.set()
        elif message["type"] == "http.response.body":
            chunk = bytes(message.get("body", b""))
            if self.streaming and self.status is not None and 200 <= self.status < 300:
                if chunk:
                    await self._queue.put(chunk)
            else:
                self._chunks.append(chunk)
            if not message.get("more_body", False):
                self.finish()

    def finish(self) -> None:
        if not self.finished.is_set():
            self.finished.set()
            if self.streaming:
                with contextlib.suppress(asyncio.QueueFull):
                    self._queue.put_nowait(None)
        self.started.set()

    def collected(self) -> list[bytes]:
        return self._chunks

    def body_stream(self, task: asyncio.Future[None]) -> StreamingBody:
        queue = self._queue

        async def chunks() -> AsyncIterator[bytes]:
            while True:
                if task.done() and queue.empty():
                    task.result()
                    return
                getter: asyncio.Future[bytes | None] = asyncio.ensure_future(queue.get())
                waited: set[asyncio.Future[Any]] = {getter, task}
                await asyncio.wait(waited, return_when=asyncio.FIRST_COMPLETED)
                if not getter.done():
                    getter.cancel()
                    continue
                chunk = getter.result()
                if chunk is None:
                    await task
                    return
                yield chunk

        async def aclose() -> None:
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, ReadError):
                    await task

        length = next((v for k, v in self.headers if k.lower() == "content-length"), None)
        return StreamingBody(
            chunks(), length=int(length) if length and length.isdigit() else None, on_aclose=aclose
        )


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
        response = self._run(self.transport.send(request, url_base=url_base, timeout=timeout))
        stream = response.stream
        if stream is not None and stream.is_async:  # read from this (sync) side, on the loop
            response.stream = self._bridge(stream)
        return response

    def _bridge(self, stream: StreamingBody) -> StreamingBody:
        """A sync body over an async one: each chunk is awaited on the private loop."""
        source = stream.aiter_chunks()

        def chunks() -> Iterator[bytes]:
            while True:
                chunk = self._run(_next_chunk(source))
                if chunk is None:
                    return
                yield chunk

        return StreamingBody(
            chunks(),
            length=stream.content_length,
            on_close=lambda: self._run(stream.aclose()),
        )

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


async def _next_chunk(source: AsyncIterator[bytes]) -> bytes | None:
    return await anext(source, None)


class AsgiTransport(BlockingTransport):
    """Talks to an ASGI app in-process: ``KafkaConnectClient(transport=AsgiTransport(app))``."""

    transport: AsyncAsgiTransport

    def __init__(self, app: AsgiApp) -> None:
        super().__init__(AsyncAsgiTransport(app))
        self.app = app
