"""Proof with openapi-core: every operation of every real document, checked on the wire.

For BYOK and every document in ``../shared/upstream/confluent/``, the generated client calls
the generated server in-process once per operation (the rig of ``test_documents``: sample
input from the document's schemas, a handler that records the typed input it got and answers
a typed output drawn from the schemas). Between the two sits a recorder: each request the
client sent and each response the server gave are handed to openapi-core, built from the
document itself (``OpenAPI.from_file_path``), which validates them as the document says:
path, parameters, security, body against its schema, status, headers and response body.
A request or response the document does not allow fails the test with openapi-core's words.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
import yaml
from test_clients import Ctx, _expected_input, sent
from test_documents import DOCUMENTS, IDS, Documents, documents  # noqa: F401 - a fixture
from test_servers import Rig

from apigen.views.package import package_name

openapi_core = pytest.importorskip("openapi_core")
werkzeug = pytest.importorskip("werkzeug.datastructures")

from openapi_core.datatypes import RequestParameters  # noqa: E402


@dataclass
class Exchange:
    """One request as the server received it and the response it gave, raw bytes."""

    method: str
    path: str
    query: str
    headers: list[tuple[str, str]]
    body: bytes
    status: int = 0
    response_headers: list[tuple[str, str]] = field(default_factory=list)
    response_body: bytes = b""


class Recorder:
    """An ASGI app in front of another that keeps every exchange."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.exchanges: list[Exchange] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        exchange = Exchange(
            method=scope["method"],
            path=scope["path"],
            query=scope["query_string"].decode("latin-1"),
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]],
            body=b"".join(chunks),
        )
        self.exchanges.append(exchange)
        delivered = False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if delivered:
                await asyncio.Event().wait()  # the body was read: nothing more comes
            delivered = True
            return {"type": "http.request", "body": exchange.body, "more_body": False}

        async def record(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                exchange.status = message["status"]
                exchange.response_headers = [
                    (k.decode("latin-1"), v.decode("latin-1")) for k, v in message["headers"]
                ]
            elif message["type"] == "http.response.body":
                exchange.response_body += message.get("body", b"")
            await send(message)

        await self.app(scope, replay, record)


def _header(headers: list[tuple[str, str]], name: str, default: str = "") -> str:
    return next((v for k, v in headers if k.lower() == name), default)


class CoreRequest:
    """An exchange's request in openapi-core's ``Request`` protocol, at the document's host."""

    def __init__(self, exchange: Exchange, host_url: str) -> None:
        self.host_url = host_url
        self.path = exchange.path
        self.method = exchange.method.lower()
        self.body: bytes | None = exchange.body
        self.content_type = _header(exchange.headers, "content-type")
        cookies = [
            tuple(part.strip().split("=", 1))
            for value in (v for k, v in exchange.headers if k.lower() == "cookie")
            for part in value.split(";")
            if "=" in part
        ]
        self.parameters = RequestParameters(
            query=werkzeug.ImmutableMultiDict(parse_qsl(exchange.query, keep_blank_values=True)),
            header=werkzeug.Headers(exchange.headers),
            cookie=werkzeug.ImmutableMultiDict(cookies),
        )


class CoreResponse:
    """An exchange's response in openapi-core's ``Response`` protocol."""

    def __init__(self, exchange: Exchange) -> None:
        self.status_code = exchange.status
        self.data: bytes | None = exchange.response_body
        self.headers = werkzeug.Headers(exchange.response_headers)
        self.content_type = _header(exchange.response_headers, "content-type")


def host_url(document: Any) -> str:
    """The document's first server URL, each variable at its default."""
    server = (document.get("servers") or [{"url": "/"}])[0]
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable["default"]))
    return url.rstrip("/")


@pytest.mark.parametrize("path", DOCUMENTS, ids=IDS)
def test_every_exchange_validates_against_the_document(path: Path, documents: Documents) -> None:  # noqa: F811
    service, root, _ = documents.get(path)
    rig = Rig(Ctx(root, service, package_name(service)), root)
    ctx = rig.ctx
    recorder = Recorder(rig.app())
    calls = [(op, rig.kwargs(op)) for op in ctx.ir.operations]
    results = rig.outcomes(recorder, "async", calls)
    failed = [(op.name, r) for (op, _), r in zip(calls, results, strict=True) if isinstance(r, Exception)]
    assert not failed, "\n".join(f"{n}: {r}" for n, r in failed)
    assert len(recorder.exchanges) == len(calls)

    spec = openapi_core.OpenAPI.from_file_path(str(path))
    host = host_url(yaml.safe_load(path.read_text(encoding="utf-8")))
    problems: list[str] = []
    for (op, _), exchange in zip(calls, recorder.exchanges, strict=True):
        request = CoreRequest(exchange, host)
        where = f"{op.name} ({exchange.method} {exchange.path}?{exchange.query})"
        try:
            spec.validate_request(request)
        except Exception as exc:  # noqa: BLE001 - openapi-core's errors, reported all at once
            problems.append(f"{where} request: {_explain(exc)}")
        try:
            spec.validate_response(request, CoreResponse(exchange))
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{where} response {exchange.status}: {_explain(exc)}")
    assert not problems, "\n".join(problems)

    # The handler got typed input equal to what the client was given.
    for (op, kwargs), (name, received) in zip(calls, rig.calls, strict=True):
        operation = ctx.spec.operations[op.name]
        assert name == op.name and isinstance(received, operation.input)
        assert sent(received) == sent(_expected_input(ctx, operation, kwargs, received)), name


def _explain(exc: BaseException) -> str:
    """openapi-core's error with the schema errors it wraps (``__cause__``, ``schema_errors``)."""
    parts = [f"{type(exc).__name__}: {exc}"]
    cause = exc.__cause__
    while cause is not None:
        parts.append(f"{type(cause).__name__}: {cause}")
        for error in getattr(cause, "schema_errors", ()) or ():
            parts.append(f"  at {list(error.absolute_path)}: {error.message}")
        cause = cause.__cause__
    return "; ".join(parts)
