"""The default sync transport: ``http.client`` with a keep-alive pool per host.

Idle connections are checked for a server-side close before reuse, and one process-wide SSL
context is built on first HTTPS use (building it loads the CA bundle, which costs
milliseconds). Responses are ``http_response.Response``: ``http.client``'s, with the header
block split without the ``email`` parser when it is plain; a small body leaves in the same
``send`` as the header block (``_OneSend``).
"""

from __future__ import annotations

import http.client
import select
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from typing import Any, cast
from urllib.parse import urlsplit

from ..core.http import NO_BODY_METHODS, HttpRequest, HttpResponse
from .base import ConnectError, ConnectTimeout, ReadError, ReadTimeout
from .http_response import Response
from .timeouts import Timeouts, watchdog

__all__ = ["HttpClientTransport", "shared_ssl_context"]


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


#: Largest body sent in the same ``send`` as the header block (``_OneSend``).
JOINED_BODY_MAX = 64 * 1024


class _OneSend(http.client.HTTPConnection):
    """``http.client``'s connection, sending a body of bytes up to ``JOINED_BODY_MAX`` in one
    ``send`` with the header block: ``http.client`` sends them apart, two system calls and
    two TCP segments where one does. The bytes on the wire are the same. Responses are
    ``http_response.Response`` (headers read without the ``email`` parser)."""

    response_class = Response

    def _send_output(self, message_body: Any = None, encode_chunked: bool = False) -> None:
        if encode_chunked or type(message_body) is not bytes or len(message_body) > JOINED_BODY_MAX:
            super()._send_output(message_body, encode_chunked)  # type: ignore[misc]
            return
        block = cast("list[bytes]", self._buffer)  # type: ignore[attr-defined]
        block.extend((b"", message_body))  # the blank line, then the body
        message = b"\r\n".join(block)
        del block[:]
        self.send(message)


class _OneSendTls(_OneSend, http.client.HTTPSConnection):
    """``_OneSend`` over TLS."""


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


def _interrupter(conn: http.client.HTTPConnection) -> Callable[[], None]:
    """What the watchdog runs at a deadline: shut the socket down, so a blocked read ends."""

    def interrupt() -> None:
        sock = conn.sock
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)

    return interrupt


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
            conn = _OneSendTls(target.host, target.port, timeout=timeout, context=context)
        else:
            conn = _OneSend(target.host, target.port, timeout=timeout)
        try:
            conn.connect()
        except TimeoutError as exc:
            conn.close()
            raise ConnectTimeout(f"connecting to {target.host}:{target.port} timed out") from exc
        except OSError as exc:  # refused, DNS, TLS (ssl.SSLError is an OSError)
            conn.close()
            raise ConnectError(f"cannot connect to {target.host}:{target.port}: {exc}") from exc
        return conn

    def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | Timeouts | None
    ) -> HttpResponse:
        limits: Timeouts | None = None
        connect_timeout: float | None
        read_timeout: float | None
        if isinstance(timeout, Timeouts):
            limits = timeout
            connect_timeout = limits.bounded(limits.connect)
            read_timeout = limits.bounded(limits.read)
        else:
            connect_timeout = read_timeout = timeout
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
            if conn.timeout != read_timeout and conn.sock is not None:
                conn.timeout = read_timeout
                conn.sock.settimeout(read_timeout)
            break
        if conn is None:
            conn = self._connect(target, connect_timeout)
            if read_timeout != connect_timeout and conn.sock is not None:
                conn.timeout = read_timeout
                conn.sock.settimeout(read_timeout)
        alarm = None
        if limits is not None and limits.deadline is not None:
            alarm = watchdog().arm(limits.deadline, _interrupter(conn))
        url = target.prefix + request.path if target.prefix else request.path
        if request.query:
            url = f"{url}?{request.query}"
        body = request.body
        stream = request.stream
        try:
            has_host = False
            for name, _ in request.headers:
                if len(name) == 4 and name.lower() == "host":
                    has_host = True
                    break
            conn.putrequest(request.method, url, skip_host=has_host, skip_accept_encoding=True)
            for name, value in request.headers:
                conn.putheader(name, value)
            if stream is not None:
                length = stream.content_length
                if length is None:
                    conn.putheader("Transfer-Encoding", "chunked")
                else:
                    conn.putheader("Content-Length", str(length))
                conn.endheaders(stream.iter_chunks(), encode_chunked=length is None)
            else:
                if body or request.method not in NO_BODY_METHODS:
                    conn.putheader("Content-Length", str(len(body)))
                conn.endheaders(body or None)
            response = conn.getresponse()
            if request.stream_response and 200 <= response.status < 300:
                return self._streamed(conn, target, response, alarm)
            data = response.read()
        except TimeoutError as exc:
            conn.close()
            raise ReadTimeout(
                f"no response from {target.host}:{target.port} within {read_timeout}s"
            ) from exc
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            if alarm is not None and alarm.fired:
                raise ReadTimeout(
                    f"{target.host}:{target.port}: the call's deadline passed mid-response"
                ) from exc
            raise ReadError(f"connection to {target.host}:{target.port} failed: {exc!r}") from exc
        finally:
            if alarm is not None:
                alarm.cancel()
        if alarm is not None and alarm.fired:
            conn.close()
            raise ReadTimeout(f"{target.host}:{target.port}: the call's deadline passed")
        if response.will_close or len(idle) >= self._max_idle:
            conn.close()
        else:
            idle.append(conn)
        return HttpResponse(response.status, response.getheaders(), data)

    def _streamed(
        self,
        conn: http.client.HTTPConnection,
        target: _Target,
        response: http.client.HTTPResponse,
        alarm: Any,
    ) -> HttpResponse:
        """A response whose body is read as the caller reads its stream: the connection
        goes back to the pool when the body was read to its end, else it is closed."""
        from ..core.streams import CHUNK_SIZE, StreamingBody

        if alarm is not None:  # the deadline covers the call, not reading its stream
            alarm.cancel()

        def chunks() -> Iterator[bytes]:
            try:
                while chunk := response.read1(CHUNK_SIZE):
                    yield chunk
            except TimeoutError as exc:
                raise ReadTimeout(
                    f"{target.host}:{target.port}: reading the body timed out"
                ) from exc
            except (OSError, http.client.HTTPException) as exc:
                raise ReadError(
                    f"{target.host}:{target.port}: reading the body failed: {exc!r}"
                ) from exc

        def release() -> None:
            if (
                response.isclosed()
                and not response.will_close
                and len(target.idle) < self._max_idle
            ):
                target.idle.append(conn)
            else:
                conn.close()

        length = response.getheader("Content-Length")
        stream = StreamingBody(
            chunks(), length=int(length) if length and length.isdigit() else None, on_close=release
        )
        return HttpResponse(response.status, response.getheaders(), b"", stream)

    def close(self) -> None:
        """Close every idle connection (the transport stays usable)."""
        for target in list(self._targets.values()):
            while target.idle:
                try:
                    target.idle.pop().close()
                except IndexError:
                    break
