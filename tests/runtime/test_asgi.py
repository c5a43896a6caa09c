"""In-process ASGI transports: sync and async clients talk to a ``ServerApp`` without sockets."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from client_fakes import AsyncThingsClient, NotFoundError, ThingsClient
from test_server import app_for

from apigen.runtime.client.retries import RetryConfig
from apigen.runtime.core.http import HttpRequest
from apigen.runtime.transport.asgi import AsgiTransport, AsyncAsgiTransport, BlockingTransport
from apigen.runtime.transport.base import ReadError, ReadTimeout
from apigen.runtime.transport.choose import async_transport, sync_transport

OPTIONS: dict[str, Any] = {
    "region": "us-east-1",
    "aws_access_key_id": "AKID",
    "aws_secret_access_key": "SECRET",
    "retries": RetryConfig(max_attempts=1),
}


def _loops() -> set[threading.Thread]:
    """The blocking transports' event-loop threads alive now (another test's may be among
    them: each test compares with what it found when it started)."""
    return {t for t in threading.enumerate() if t.name == "apigen-blocking-transport"}


def test_sync_client_through_asgi_transport_and_close() -> None:
    app = app_for(verify_sigv4=True, credentials={"AKID": "SECRET"})
    before = _loops()
    with AsgiTransport(app) as transport:
        client = ThingsClient(transport=transport, **OPTIONS)
        assert client._call("GetThing", {"thing_id": "abc"}).thing.id.startswith("abc/")
        with pytest.raises(NotFoundError) as info:
            client._call("GetThing", {"thing_id": "gone"})
        assert info.value.status == 404 and info.value.request_id
        client.close()  # the transport is the caller's: still usable
        assert len(_loops() - before) == 1
        client._call("GetThing", {"thing_id": "again"})
    assert _loops() <= before
    transport.send(HttpRequest("GET", "/things/x", "", []), url_base="http://t", timeout=None)
    transport.close()  # a send after close started a new loop; close stops it again
    assert _loops() <= before


def test_sync_client_accepts_httpx_asgi_transport_and_owns_it() -> None:
    before = _loops()
    client = ThingsClient(transport=httpx.ASGITransport(app=app_for()), **OPTIONS)
    assert client._call("CreateThing", {"name": "ab"}).thing.id == "ab"
    assert len(_loops() - before) == 1
    client.close()
    assert _loops() <= before
    assert isinstance(sync_transport(httpx.AsyncClient()), BlockingTransport)


def test_sync_client_works_inside_a_running_event_loop() -> None:
    async def main() -> str:
        with AsgiTransport(app_for()) as transport:
            client = ThingsClient(transport=transport, **OPTIONS)
            return client._call("GetThing", {"thing_id": "in"}).thing.id

    assert asyncio.run(main()).startswith("in/")


def test_async_client_takes_either_transport() -> None:
    app = app_for()

    async def main() -> None:
        for transport in (AsgiTransport(app), httpx.ASGITransport(app=app)):
            async with AsyncThingsClient(transport=transport, **OPTIONS) as client:
                output = await client._call("GetThing", {"thing_id": "z"})
                assert output.thing.id.startswith("z/")

    asyncio.run(main())
    assert isinstance(async_transport(AsgiTransport(app)), AsyncAsgiTransport)
    with pytest.raises(TypeError):
        async_transport(object())


def test_broken_apps_and_timeouts_are_transport_errors() -> None:
    async def raises(scope: Any, receive: Any, send: Any) -> None:
        raise RuntimeError("app bug")

    async def silent(scope: Any, receive: Any, send: Any) -> None:
        await receive()

    async def slow(scope: Any, receive: Any, send: Any) -> None:
        await asyncio.sleep(5)

    request = HttpRequest("GET", "/", "", [])
    for app, error, timeout in (
        (raises, ReadError, None),
        (silent, ReadError, None),
        (slow, ReadTimeout, 0.01),
    ):
        with AsgiTransport(app) as transport, pytest.raises(error):
            transport.send(request, url_base="http://local", timeout=timeout)


def test_scope_carries_the_request_as_sent() -> None:
    seen: dict[str, Any] = {}

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.update(scope, body=(await receive())["body"])
        await send({"type": "http.response.start", "status": 204, "headers": [(b"x-a", b"1")]})
        await send({"type": "http.response.body", "body": b""})
        seen["after"] = await receive()

    request = HttpRequest("PUT", "/a%2Fb", "q=1", [("X-Thing", "v")], b"data")
    with AsgiTransport(app) as transport:
        response = transport.send(request, url_base="https://h.example:8443/base", timeout=None)
    assert (response.status, response.headers, response.body) == (204, [("x-a", "1")], b"")
    assert seen["raw_path"] == b"/base/a%2Fb" and seen["path"] == "/base/a/b"
    assert seen["query_string"] == b"q=1" and seen["scheme"] == "https"
    assert seen["server"] == ("h.example", 8443) and seen["body"] == b"data"
    assert (b"host", b"h.example:8443") in seen["headers"]
    assert (b"content-length", b"4") in seen["headers"] and (b"x-thing", b"v") in seen["headers"]
    assert seen["after"] == {"type": "http.disconnect"}
