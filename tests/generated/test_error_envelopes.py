"""Error bodies in the document's own envelope: what a client reads, what a server writes.

``documents/errors.openapi.yaml`` has one operation per error body vendors write (an
``error`` object, a flat ``{code, message}``, RFC 7807 ``application/problem+json``); the
Confluent documents have JSON:API's ``errors`` list. For each, a handler raising the
operation's error with an API code makes the client raise it with that ``code`` and
``detail``, and the body on the wire validates against the error schema the document
declares for that status (read from the document with jsonschema, not from the IR).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from test_clients import Ctx
from test_documents import DOCUMENTS, IDS, METHODS, Documents

from apigen import naming
from apigen.views.client_methods import operation_method_name
from apigen.views.package import package_name

ERRORS = Path(__file__).resolve().parent / "documents" / "errors.openapi.yaml"


def _document(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        found: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            found = found[part]
        node = found
    return node


def declared_error(document: dict[str, Any], route: str, method: str) -> tuple[str, str, Any]:
    """(status, media type, schema) of an operation's first declared 4xx response."""
    responses = document["paths"][route][method]["responses"]
    status = next(str(k) for k in responses if str(k).startswith("4"))
    response = _resolve(document, responses[status])
    [(media, content)] = response["content"].items()
    return status, media, content["schema"]


def check_body(document: dict[str, Any], schema: Any, body: Any) -> None:
    """``body`` validates against ``schema`` (its ``$ref``s resolved in ``document``)."""
    jsonschema.validate(body, {**schema, "components": document.get("components", {})})


class Wire(httpx.AsyncBaseTransport):
    """httpx's ASGI transport, keeping the last response as it travelled."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app)
        self.last: tuple[httpx.Response, bytes] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        self.last = (response, body)
        return httpx.Response(response.status_code, headers=response.headers, content=body)


def call_raising(
    ctx: Ctx,
    op_name: str,
    error: BaseException,
    kwargs: dict[str, Any] | None = None,
    **options: Any,
) -> tuple[Any, httpx.Response, bytes]:
    """Calls ``op_name`` (sample arguments unless given) against the generated server, whose
    handler raises ``error``; what the client raised and the response as it travelled."""
    server = importlib.import_module(f"{ctx.module.__name__}.server")
    op = ctx.operation(naming.pascal(op_name))
    handler_class = getattr(server, f"{naming.pascal(ctx.ir.name)}Handler")

    async def method(self: Any, request: Any) -> Any:
        raise error

    handler = type("Raising", (handler_class,), {operation_method_name(op): method})()
    wire = Wire(server.create_app(handler))
    if kwargs is None:
        kwargs = ctx.kwargs(op, ctx.method(ctx.async_class, op))

    async def main() -> Any:
        async with ctx.async_class(
            transport=httpx.AsyncClient(transport=wire), **ctx.options(**options)
        ) as client:
            try:
                await ctx.method(client, op)(**kwargs)
            except ctx.runtime["core.errors"].ApigenError as exc:
                return exc
        raise AssertionError("the call did not fail")

    raised = asyncio.run(main())
    assert wire.last is not None
    return raised, wire.last[0], wire.last[1]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Documents]:
    root = tmp_path_factory.mktemp("envelopes")
    sys.path.insert(0, str(root))
    yield Documents(root, prefix="apigen_envelopes_")
    sys.path.remove(str(root))
    for module in [m for m in sys.modules if m.startswith("apigen_envelopes_")]:
        del sys.modules[module]


def _ctx(documents: Documents, path: Path) -> Ctx:
    service, root, _ = documents.get(path)
    return Ctx(root, service, package_name(service))


def _exception(ctx: Ctx, schema: Any) -> Any:
    """The generated exception of an error schema (a ``$ref`` to a component)."""
    errors = importlib.import_module(f"{ctx.module.__name__}.errors")
    return getattr(errors, naming.pascal(schema["$ref"].rsplit("/", 1)[1]))


# Per operation of errors.openapi.yaml: the code raised, and where
# the document puts the code and the detail in that body (read off the document by hand).
CASES = [
    ("getWidget", "/widgets/{id}", "get", "widget_missing", ("error", "code")),
    ("listWidgets", "/widgets", "get", "40401", ("code",)),
    ("deleteWidget", "/widgets/{id}", "delete", "https://example.com/probs/locked", ("type",)),
]


@pytest.mark.parametrize(("op", "route", "method", "code", "where"), CASES)
def test_each_envelope_carries_the_apis_code(
    documents: Documents,
    op: str,
    route: str,
    method: str,
    code: str,
    where: tuple[str, ...],
) -> None:
    ctx = _ctx(documents, ERRORS)
    document = _document(ERRORS)
    status, media, schema = declared_error(document, route, method)
    exception = _exception(ctx, schema)
    raised, response, body = call_raising(
        ctx, op, exception("it broke", code=code, detail="it broke")
    )
    assert type(raised) is exception
    assert (raised.code, raised.detail, raised.status) == (code, "it broke", int(status))
    assert response.headers["content-type"] == media
    data = json.loads(body)
    check_body(document, schema, data)
    found: Any = data
    for key in where:
        found = found[key]
    assert str(found) == code


def test_the_servers_own_replies_use_the_declared_envelope(documents: Documents) -> None:
    """An invalid create is answered 422 in RFC 7807, as createWidget declares."""
    ctx = _ctx(documents, ERRORS)
    document = _document(ERRORS)
    status, media, schema = declared_error(document, "/widgets", "post")
    shapes = importlib.import_module(f"{ctx.module.__name__}.shapes")
    widget = shapes.Widget.model_construct(name="x" * 21)  # past its maxLength
    raised, response, body = call_raising(
        ctx, "createWidget", RuntimeError("unreached"), {"widget": widget}, validate=False
    )
    assert type(raised) is _exception(ctx, schema)
    assert (raised.status, response.headers["content-type"]) == (int(status), media)
    data = json.loads(body)
    check_body(document, schema, data)
    assert (raised.code, raised.detail) == (data["type"], data["detail"])


@pytest.mark.parametrize("path", DOCUMENTS, ids=IDS)
def test_a_vendor_error_has_the_apis_code(path: Path, documents: Documents) -> None:
    """Every vendor document: its first operation with a 4xx, its error raised with a code."""
    document = _document(path)
    route, method = next(
        (route, method)
        for route, item in document["paths"].items()
        for method, raw in item.items()
        if method in METHODS and any(str(k).startswith("4") for k in raw["responses"])
    )
    status, media, schema = declared_error(document, route, method)
    ctx = _ctx(documents, path)
    exception = _exception(ctx, schema)
    properties = _resolve(document, schema).get("properties", {})
    numeric = any(
        "code" in name and _resolve(document, prop).get("type") == "integer"
        for name, prop in properties.items()
    )
    code = "42901" if numeric else "quota_exceeded"  # kafkarest's error_code is an integer
    raised, response, body = call_raising(
        ctx,
        document["paths"][route][method]["operationId"],
        exception("quota", code=code, detail="too many keys"),
    )
    assert type(raised) is exception
    assert (raised.code, raised.detail, raised.status) == (
        code,
        "too many keys",
        int(status),
    )
    check_body(document, schema, json.loads(body))
    assert response.headers["content-type"] == media
