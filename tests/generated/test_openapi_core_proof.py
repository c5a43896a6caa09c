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
import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
import yaml
from test_clients import Ctx, _expected_input, sent
from test_documents import DOCUMENTS, IDS, Documents, documents  # noqa: F401 - a fixture
from test_servers import Rig, _declared_errors, _error_shape

from apigen.views.client_methods import operation_method_name
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
    failed = [
        (op.name, r) for (op, _), r in zip(calls, results, strict=True) if isinstance(r, Exception)
    ]
    assert not failed, "\n".join(f"{n}: {r}" for n, r in failed)
    assert len(recorder.exchanges) == len(calls)

    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec = openapi_core.OpenAPI.from_dict(
        flatten_form_bodies(document),
        config=openapi_core.Config(extra_media_type_deserializers=json_suffixed(document)),
    )
    host = host_url(document)
    read_only_required = {
        m.name for s in service.shapes.values() for m in s.members if m.read_only and m.required
    }
    problems: list[str] = []
    for (op, _), exchange in zip(calls, recorder.exchanges, strict=True):
        request = CoreRequest(exchange, host)
        where = f"{op.name} ({exchange.method} {exchange.path}?{exchange.query})"
        try:
            spec.validate_request(request)
        except Exception as exc:  # noqa: BLE001 - openapi-core's errors, reported all at once
            if not only_read_only_required(exc, read_only_required):
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


@pytest.mark.parametrize("path", DOCUMENTS, ids=IDS)
def test_every_declared_error_validates_against_the_document(
    path: Path,
    documents: Documents,  # noqa: F811
) -> None:
    """Each error an operation documents, raised by the handler, is answered as the document
    says: openapi-core validates the status, headers and body against that response."""
    service, root, _ = documents.get(path)
    rig = Rig(Ctx(root, service, package_name(service)), root)
    ctx = rig.ctx
    documented = {
        op.name: {r.status for r in ctx.spec.operations[op.name].responses}
        for op in ctx.ir.operations
    }
    cases = [(op, c, s) for op, c, s in _declared_errors(rig) if s in documented[op.name]]
    assert cases, "the document declares no error response"
    errors = [
        ctx.spec.errors[code].exception("it failed", shape=_error_shape(ctx, code), status=status)
        for _, code, status in cases
    ]

    class Raising(rig.handler_class):  # type: ignore[name-defined, misc]
        pass

    for op in ctx.ir.operations:

        async def method(handler: Any, request: Any) -> Any:
            raise errors.pop(0)

        setattr(Raising, operation_method_name(op), method)
    recorder = Recorder(rig.app(Raising()))
    rig.outcomes(recorder, "async", [(op, rig.kwargs(op)) for op, _, _ in cases], retries=1)
    assert [e.status for e in recorder.exchanges] == [status for _, _, status in cases]
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec = openapi_core.OpenAPI.from_dict(flatten_form_bodies(document))
    host = host_url(document)
    problems = []
    for (op, code, status), exchange in zip(cases, recorder.exchanges, strict=True):
        try:
            spec.validate_response(CoreRequest(exchange, host), CoreResponse(exchange))
        except Exception as exc:  # noqa: BLE001 - every problem at once
            problems.append(f"{op.name} {code} {status}: {_explain(exc)}")
    assert not problems, "\n".join(problems)


def json_suffixed(document: Any) -> dict[str, Any]:
    """A JSON reader for each ``+json`` media type the document uses (openapi-core reads
    ``application/json`` only)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "content" and isinstance(value, dict):
                    found.update(k for k in value if str(k).split(";")[0].endswith("+json"))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document.get("paths") or {})
    return {media: (lambda body, **_: json.loads(body)) for media in sorted(found)}


def flatten_form_bodies(document: Any) -> Any:
    """The document with each form body's ``allOf`` folded into one object schema.

    openapi-core decodes ``application/x-www-form-urlencoded`` by the schema's own
    ``properties`` and does not look through ``allOf`` (sts-v1 writes ``allOf: [$ref,
    {required}]``); the folded schema says the same: the parts' properties and required.
    """
    document = copy.deepcopy(document)
    schemas = (document.get("components") or {}).get("schemas") or {}

    def resolve(schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def fold(schema: dict[str, Any]) -> dict[str, Any]:
        schema = resolve(schema)
        out: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in [*schema.get("allOf", ()), {k: v for k, v in schema.items() if k != "allOf"}]:
            part = fold(part) if "allOf" in resolve(part) else resolve(part)
            out["properties"].update(part.get("properties") or {})
            out["required"] += [r for r in part.get("required") or () if r not in out["required"]]
        return out

    for item in (document.get("paths") or {}).values():
        for operation in item.values():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            media = ((body or {}).get("content") or {}).get("application/x-www-form-urlencoded")
            if media and "schema" in media:
                media["schema"] = fold(media["schema"])
    return document


def only_read_only_required(exc: BaseException, names: set[str]) -> bool:
    """A request refused only for leaving out required ``readOnly`` properties.

    OpenAPI: a required readOnly property is required in responses only, and the client
    leaves readOnly members out of requests; openapi-core applies that only when the
    property itself says ``readOnly``, not when a ``$ref``'d schema does (``ObjectMeta``).
    """
    errors = [
        error for cause in _causes(exc) for error in getattr(cause, "schema_errors", ()) or ()
    ]
    wanted = {f"{name!r} is a required property" for name in names}
    return bool(errors) and all(error.message in wanted for error in errors)


def _causes(exc: BaseException) -> list[BaseException]:
    out = []
    cause: BaseException | None = exc
    while cause is not None:
        out.append(cause)
        cause = cause.__cause__
    return out


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


def test_the_check_refuses_what_the_document_does_not_allow(documents: Documents) -> None:  # noqa: F811
    """The same check on a tampered exchange: BYOK's key without one of the properties its
    response schema requires is refused (the proof can fail)."""
    service, root, _ = documents.get(DOCUMENTS[-1])
    rig = Rig(Ctx(root, service, package_name(service)), root)
    recorder = Recorder(rig.app())
    [op] = [
        o for o in rig.ctx.ir.operations if o.http and o.http.method == "GET" and "{" in o.http.uri
    ]
    rig.outcomes(recorder, "async", [(op, rig.kwargs(op))])
    [exchange] = recorder.exchanges
    spec = openapi_core.OpenAPI.from_file_path(str(DOCUMENTS[-1]))
    host = host_url(yaml.safe_load(DOCUMENTS[-1].read_text(encoding="utf-8")))
    spec.validate_response(CoreRequest(exchange, host), CoreResponse(exchange))
    body = json.loads(exchange.response_body)
    required = [k for k in body if k in ("id", "api_version", "kind")]
    assert required, body
    exchange.response_body = json.dumps(
        {k: v for k, v in body.items() if k != required[0]}
    ).encode()
    with pytest.raises(Exception, match=r"required|Invalid"):
        spec.validate_response(CoreRequest(exchange, host), CoreResponse(exchange))
