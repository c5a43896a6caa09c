"""Transports: http.client with keep-alive against a local server, httpx sync/async/ASGI."""

from __future__ import annotations

import asyncio
import http.client
import http.server
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from apigen.runtime.core.http import HttpRequest, HttpResponse
from apigen.runtime.transport import http_client as transport_module
from apigen.runtime.transport import httpx_transports
from apigen.runtime.transport.base import (
    AsyncTransport,
    ConnectError,
    ConnectTimeout,
    ReadError,
    ReadTimeout,
    Transport,
)
from apigen.runtime.transport.choose import async_transport, sync_transport
from apigen.runtime.transport.http_client import HttpClientTransport, shared_ssl_context
from apigen.runtime.transport.httpx_transports import HttpxAsyncTransport, HttpxTransport


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append(
            (self.command, self.path, list(self.headers.items()), body, self.client_address[1])
        )
        if self.path.startswith("/slow"):
            time.sleep(0.5)
        if self.path.startswith("/drop"):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        payload = b'{"echo":"' + self.command.encode() + b'"}'
        self.send_response(201 if self.command == "POST" else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Dup", "1")
        self.send_header("X-Dup", "2")
        self.send_header("Content-Length", str(len(payload)))
        if self.path.startswith("/close"):
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _answer


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    seen: list[tuple[str, str, list[tuple[str, str]], bytes, int]]


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    srv = _Server(("127.0.0.1", 0), _Handler)
    srv.seen = []
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def transport() -> Iterator[HttpClientTransport]:
    made = HttpClientTransport()
    yield made
    made.close()


def base(server: _Server, prefix: str = "") -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{prefix}"


def req(
    method: str = "GET",
    path: str = "/things",
    query: str = "",
    body: bytes = b"",
    headers: list[tuple[str, str]] | None = None,
) -> HttpRequest:
    return HttpRequest(method, path, query, headers or [("X-Test", "1")], body)


def test_get_post_query_body_and_headers(server: _Server, transport: HttpClientTransport) -> None:
    server.seen.clear()
    response = transport.send(req(query="a=1&b=%2F"), url_base=base(server), timeout=5)
    assert response.status == 200 and response.body == b'{"echo":"GET"}'
    assert [v for k, v in response.headers if k == "X-Dup"] == ["1", "2"]
    posted = transport.send(req("POST", body=b'{"x":1}'), url_base=base(server), timeout=5)
    assert posted.status == 201
    method, path, headers, _, _ = server.seen[0]
    assert (method, path) == ("GET", "/things?a=1&b=%2F")
    assert ("X-Test", "1") in headers and not any(k == "Content-Length" for k, _ in headers)
    assert not any(k == "Accept-Encoding" for k, _ in headers)
    assert server.seen[1][3] == b'{"x":1}'
    assert ("Content-Length", "7") in server.seen[1][2]


def test_host_header_is_not_duplicated(server: _Server, transport: HttpClientTransport) -> None:
    server.seen.clear()
    transport.send(req(headers=[("Host", "example.com")]), url_base=base(server), timeout=5)
    transport.send(req(headers=[]), url_base=base(server), timeout=5)
    assert [v for k, v in server.seen[0][2] if k.lower() == "host"] == ["example.com"]
    assert [v for k, v in server.seen[1][2] if k.lower() == "host"] == [
        f"127.0.0.1:{server.server_address[1]}"
    ]


def test_keep_alive_reuses_one_connection(server: _Server, transport: HttpClientTransport) -> None:
    server.seen.clear()
    for _ in range(5):
        transport.send(req(), url_base=base(server), timeout=5)
    assert len({port for *_, port in server.seen}) == 1


def test_server_closed_connections_are_not_reused(
    server: _Server, transport: HttpClientTransport
) -> None:
    server.seen.clear()
    transport.send(req(path="/close"), url_base=base(server), timeout=5)
    transport.send(req(), url_base=base(server), timeout=5)
    assert len({port for *_, port in server.seen}) == 2


def test_idle_connection_closed_by_the_server_is_detected(
    server: _Server, transport: HttpClientTransport
) -> None:
    transport.send(req(), url_base=base(server), timeout=5)
    target = transport._targets[base(server)]
    conn = target.idle[0]
    assert conn.sock is not None
    conn.sock.shutdown(socket.SHUT_RD)  # looks like the server closed it while idle
    assert transport_module._dropped(conn)
    assert transport.send(req(), url_base=base(server), timeout=5).status == 200


def _written(conn: http.client.HTTPConnection, body: Any) -> list[bytes]:
    """What ``conn`` hands its socket for one request with ``body``, ``send`` by ``send``."""
    sends: list[bytes] = []

    class Socket:
        def sendall(self, data: Any) -> None:
            sends.append(bytes(data))

    conn.sock = Socket()
    conn.putrequest("POST", "/things", skip_accept_encoding=True)
    conn.putheader("X-Test", "1")
    if isinstance(body, bytes):
        conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body or None)
    else:
        conn.putheader("Transfer-Encoding", "chunked")
        conn.endheaders(iter(body), encode_chunked=True)
    return sends


@pytest.mark.parametrize(
    ("body", "sends"),
    [
        (b"", 1),
        (b'{"Name":"warehouse"}', 1),
        (b"x" * transport_module.JOINED_BODY_MAX, 1),
        (b"x" * (transport_module.JOINED_BODY_MAX + 1), 2),
        ([b"ab", b"cd"], 4),  # chunked: the head, a send per chunk, the last chunk
    ],
)
def test_a_small_body_leaves_with_the_header_block(body: Any, sends: int) -> None:
    """The bytes are http.client's own; a body of bytes up to JOINED_BODY_MAX goes in the
    header block's send (http.client sends the two apart)."""
    pairs = [
        (transport_module._OneSend, http.client.HTTPConnection),
        (transport_module._OneSendTls, http.client.HTTPSConnection),
    ]
    for ours_class, their_class in pairs:
        theirs = _written(their_class("127.0.0.1", 8443), body)
        ours = _written(ours_class("127.0.0.1", 8443), body)
        assert b"".join(ours) == b"".join(theirs)
        assert len(ours) == sends
        assert len(theirs) == (2 if isinstance(body, bytes) and body else sends)


def test_url_base_path_prefix(server: _Server, transport: HttpClientTransport) -> None:
    server.seen.clear()
    transport.send(req(path="/x"), url_base=base(server, "/prefix/"), timeout=5)
    assert server.seen[0][1] == "/prefix/x"


def test_connection_refused_is_connect_error(transport: HttpClientTransport) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ConnectError):
        transport.send(req(), url_base=f"http://127.0.0.1:{port}", timeout=2)


def test_read_timeout_and_dropped_response(server: _Server, transport: HttpClientTransport) -> None:
    with pytest.raises(ReadTimeout):
        transport.send(req(path="/slow"), url_base=base(server), timeout=0.1)
    with pytest.raises(ReadError) as info:
        transport.send(req(path="/drop"), url_base=base(server), timeout=5)
    assert not isinstance(info.value, ReadTimeout)
    assert transport.send(req(), url_base=base(server), timeout=5).status == 200


def test_bad_url_base(transport: HttpClientTransport) -> None:
    with pytest.raises(ValueError):
        transport.send(req(), url_base="ftp://x", timeout=1)


def test_ssl_context_is_shared_and_lazy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport_module, "_ssl_context", None)
    HttpClientTransport()
    assert transport_module._ssl_context is None
    assert shared_ssl_context() is shared_ssl_context()


def test_threads_share_a_transport(server: _Server, transport: HttpClientTransport) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                assert transport.send(req(), url_base=base(server), timeout=5).status == 200
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(transport._targets[base(server)].idle) <= 4


# -- httpx ---------------------------------------------------------------------------------------


def echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        headers=[
            ("X-Path", request.url.raw_path.decode()),
            ("X-Host", request.headers["host"]),
            ("X-A", "1"),
            ("X-A", "2"),
        ],
        content=request.content or b"-",
    )


def test_httpx_transport_with_mock_transport() -> None:
    transport = HttpxTransport(httpx.MockTransport(echo))
    response = transport.send(
        req("POST", "/v1/a%3Ab", "x=1", b"body", [("Host", "h.example")]),
        url_base="https://api.example.com",
        timeout=3,
    )
    assert response.status == 200 and response.body == b"body"
    assert response.header("x-path") == "/v1/a%3Ab?x=1"
    assert response.header("X-Host") == "h.example"
    assert [v for k, v in response.headers if k.lower() == "x-a"] == ["1", "2"]
    transport.close()


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (httpx.ConnectError("no"), ConnectError),
        (httpx.ConnectTimeout("slow"), ConnectTimeout),
        (httpx.PoolTimeout("slow"), ConnectTimeout),
        (httpx.ReadTimeout("slow"), ReadTimeout),
        (httpx.WriteTimeout("slow"), ReadTimeout),
        (httpx.RemoteProtocolError("bad"), ReadError),
        (httpx.ReadError("reset"), ReadError),
    ],
)
def test_httpx_errors_are_mapped(raised: Exception, expected: type[Exception]) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise raised

    with pytest.raises(expected):
        HttpxTransport(httpx.MockTransport(fail)).send(req(), url_base="http://x", timeout=1)


def test_httpx_client_passed_in_stays_open() -> None:
    client = httpx.Client(transport=httpx.MockTransport(echo))
    transport = HttpxTransport(client)
    transport.send(req(), url_base="http://x", timeout=1)
    transport.close()
    assert not client.is_closed
    client.close()


async def asgi_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    assert scope["type"] == "http"
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    raw = scope["raw_path"] + (b"?" + scope["query_string"] if scope["query_string"] else b"")
    await send(
        {
            "type": "http.response.start",
            "status": 202,
            "headers": [(b"x-raw", raw), (b"x-request-id", b"r1")],
        }
    )
    await send({"type": "http.response.body", "body": body})


def test_async_httpx_transport_runs_an_asgi_app_in_process() -> None:
    async def main() -> None:
        transport = HttpxAsyncTransport(httpx.ASGITransport(app=asgi_app))
        response = await transport.send(
            req("PUT", "/a%2Fb", "q=1", b"data"), url_base="http://testserver", timeout=5
        )
        assert (response.status, response.body) == (202, b"data")
        assert response.header("X-Raw") == "/a%2Fb?q=1"
        assert response.header("x-request-id") == "r1"
        await transport.aclose()

    asyncio.run(main())


def test_async_httpx_error_mapping() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no")

    async def main() -> None:
        with pytest.raises(ConnectError):
            await HttpxAsyncTransport(httpx.MockTransport(fail)).send(
                req(), url_base="http://x", timeout=1
            )

    asyncio.run(main())


# -- what a client accepts -----------------------------------------------------------------------


class Mine:
    def send(self, request: HttpRequest, *, url_base: str, timeout: float | None) -> HttpResponse:
        return HttpResponse(200)

    def close(self) -> None:
        pass


class MineAsync:
    async def send(
        self, request: HttpRequest, *, url_base: str, timeout: float | None
    ) -> HttpResponse:
        return HttpResponse(200)

    async def aclose(self) -> None:
        pass


def test_coercion() -> None:
    assert isinstance(sync_transport(None), HttpClientTransport)
    assert isinstance(sync_transport(httpx.MockTransport(echo)), HttpxTransport)
    with httpx.Client() as client:
        assert isinstance(sync_transport(client), HttpxTransport)
    mine = Mine()
    assert sync_transport(mine) is mine and isinstance(mine, Transport)
    with pytest.raises(TypeError):
        sync_transport(object())
    assert isinstance(async_transport(None), HttpxAsyncTransport)
    assert isinstance(async_transport(httpx.ASGITransport(app=asgi_app)), HttpxAsyncTransport)
    mine_async = MineAsync()
    assert async_transport(mine_async) is mine_async and isinstance(mine_async, AsyncTransport)
    with pytest.raises(TypeError):
        async_transport(object())


def test_httpx_clients_made_here_share_the_ssl_context(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[object] = []
    real = transport_module.shared_ssl_context

    def counting() -> object:
        made.append(real())
        return made[-1]

    monkeypatch.setattr(httpx_transports, "shared_ssl_context", counting)
    HttpxTransport().close()
    asyncio.run(HttpxAsyncTransport().aclose())
    assert len(made) == 2 and made[0] is made[1]
