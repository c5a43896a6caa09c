"""Bodies in media types other than JSON, on the wire, through a generated client and server.

``documents/media.openapi.yaml`` has one operation per kind (docs/openapi-shapes.md, "Media
types"); each is generated like the vendors' documents in ``test_documents`` and called
through the generated client against the generated server. The wire is read by httpx's own
transport hook, so ``Content-Type`` and the body are checked as they travel.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from test_documents import Documents

from apigen.views.package import package_name

MEDIA = Path(__file__).resolve().parent / "documents" / "media.openapi.yaml"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("media")
    sys.path.insert(0, str(root))
    service, package, _ = Documents(root, prefix="apigen_media_").get(MEDIA)
    yield importlib.import_module(f"{package.__name__}.{package_name(service)}")
    sys.path.remove(str(root))
    for module in [m for m in sys.modules if m.startswith("apigen_media_")]:
        del sys.modules[module]


class Handler:
    """Answers from ``replies`` and keeps what each operation received."""

    def __init__(self, generated: Any, replies: dict[str, Any]) -> None:
        self.received: dict[str, Any] = {}
        outer = self
        methods = {}
        for name, reply in replies.items():

            async def method(self: Any, request: Any, _n: str = name, _r: Any = reply) -> Any:
                outer.received[_n] = request
                if isinstance(_r, BaseException):
                    raise _r
                return _r

            methods[name] = method
        self.handler = type("Media", (generated.MediaTypesHandler,), methods)()


class Recording(httpx.AsyncBaseTransport):
    """httpx's ASGI transport, keeping every (request, response) pair as it travelled."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app)
        self.seen: list[tuple[httpx.Request, httpx.Response]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        self.seen.append((request, response))
        return httpx.Response(response.status_code, headers=response.headers, content=body)


def call(
    generated: Any, handler: Handler, method: str, **kwargs: Any
) -> tuple[Any, httpx.Request, httpx.Response]:
    """The call's result (or raised error) and its last request and response on the wire."""
    transport = Recording(generated.create_app(handler.handler))

    async def main() -> Any:
        async with generated.AsyncMediaTypesClient(
            transport=httpx.AsyncClient(transport=transport), api_key="K", api_secret="S", retries=1
        ) as client:
            try:
                return await getattr(client, method)(**kwargs)
            except Exception as exc:  # noqa: BLE001 - the error is the result under test
                return exc

    result = asyncio.run(main())
    assert transport.seen, result
    request, response = transport.seen[-1]
    return result, request, response


def test_a_text_html_body_is_a_str(generated: Any) -> None:
    page = "<html><body>hi</body></html>"
    handler = Handler(generated, {"get_page": generated.shapes.GetPageResponse(body=page)})
    result, request, response = call(generated, handler, "get_page")
    assert request.headers["accept"] == "text/html"  # the 200's and the 429's type, once
    assert response.headers["content-type"] == "text/html"
    assert response.content == page.encode()
    assert result.body == page


def test_a_non_json_error_body_is_the_raised_errors_message(generated: Any) -> None:
    page = "<html><h2>HTTP ERROR 429 Too Many Requests</h2></html>"

    class Proxy:
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            await send(
                {
                    "type": "http.response.start",
                    "status": 429,
                    "headers": [(b"content-type", b"text/html")],
                }
            )
            await send({"type": "http.response.body", "body": page.encode()})

    async def main() -> Any:
        transport = httpx.ASGITransport(app=Proxy(None))
        async with generated.AsyncMediaTypesClient(
            transport=transport, api_key="K", api_secret="S", retries=1
        ) as client:
            try:
                await client.get_page()
            except Exception as exc:  # noqa: BLE001 - the error is the result under test
                return exc
        return None

    error = asyncio.run(main())
    assert error is not None and error.status == 429
    assert page in str(error)


def test_an_image_request_and_a_wildcard_response_are_bytes(generated: Any) -> None:
    png = bytes(range(256))
    handler = Handler(generated, {"put_logo": generated.shapes.PutLogoResponse(body=png[::-1])})
    result, request, response = call(generated, handler, "put_logo", body=png)
    assert request.headers["content-type"] == "image/png" and request.content == png
    assert request.headers["accept"] == "*/*"
    assert handler.received["put_logo"].body == png
    assert response.headers["content-type"] == "application/octet-stream"
    assert result.body == png[::-1]


def test_a_form_body_travels_as_form_fields(generated: Any) -> None:
    handler = Handler(generated, {"get_token": generated.shapes.GetTokenResponse()})
    body = {"grant_type": "client credentials", "scope": ["a", "b c"], "ttl": 60, "debug": True}
    _, request, _ = call(generated, handler, "get_token", body=body)
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode()) == {
        "grant_type": ["client credentials"],
        "scope": ["a", "b c"],
        "ttl": ["60"],
        "debug": ["true"],
    }
    received = handler.received["get_token"].body
    assert received.model_dump(mode="json") == body


def test_a_json_suffix_type_is_json_and_is_sent_as_written(generated: Any) -> None:
    reply = generated.shapes.PatchThingResponse(body={"name": "new"})
    handler = Handler(generated, {"patch_thing": reply})
    result, request, response = call(
        generated, handler, "patch_thing", id_="t1", body={"name": "n"}
    )
    assert request.headers["content-type"] == "application/merge-patch+json"  # JSON first
    assert request.content == b'{"name":"n"}'
    assert request.headers["accept"] == "application/problem+json"
    assert response.headers["content-type"] == "application/problem+json"
    assert result.body.name == "new"
