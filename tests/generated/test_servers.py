"""Every generated client against its generated server, in-process, sync and async.

Sync clients go through ``AsgiTransport(app)`` (the runtime's private-loop bridge), async ones
through ``httpx.ASGITransport(app)``. For every service: every operation round-trips its
input and output; every error an operation declares comes back as the same exception class
with the same shape; and the answers the server makes by itself (validation, 501, unknown
route, handler crash, SigV4) are the protocol's, parsed by our own client. Handlers are
subclasses of the generated ``<Service>Handler`` built with ``type()``, as a user's would be.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import defusedxml.ElementTree as SafeTree
import httpx
import pytest
from server_answers import documented_code, internal_error, validation_error
from test_clients import (
    ACCESS_KEY,
    PACKAGES,
    SECRET_KEY,
    Ctx,
    _expected_input,
    sent,
    stated_code,
    wire,
)

from apigen import ir, naming
from apigen.views.client_methods import operation_method_name

SECRET = "s3cr3t-in-a-stack-trace"
MODES = ["sync", "async"]


class Rig:
    """A service's server module, a recording handler subclass and a way to call the app."""

    def __init__(self, ctx: Ctx, generated: ModuleType) -> None:
        self.ctx = ctx
        self.package = ctx.module.__name__.rsplit(".", 1)[1]
        self.server = importlib.import_module(f"{ctx.module.__name__}.server")
        # docs/server.md: the handler is ``<Service>Handler``, the spec's service name in PascalCase
        self.handler_class: type = getattr(self.server, f"{naming.pascal(ctx.ir.name)}Handler")
        asgi = importlib.import_module(f"{generated.__name__}._runtime.transport.asgi")
        self.AsgiTransport = asgi.AsgiTransport
        self.errors = ctx.runtime["core.errors"]
        self.calls: list[tuple[str, Any]] = []
        self.error: BaseException | None = None
        methods = {operation_method_name(op): self._method(op.name) for op in ctx.ir.operations}
        recording = type(f"Recording{self.handler_class.__name__}", (self.handler_class,), methods)
        self.handler = recording()

    def _method(self, name: str) -> Callable[..., Any]:
        async def method(handler: Any, request: Any) -> Any:
            self.calls.append((name, request))
            if self.error is not None:
                raise self.error
            return self.ctx.output(self.ctx.spec.operations[name])

        return method

    def app(self, handler: object | None = None, **options: Any) -> Any:
        return self.server.create_app(self.handler if handler is None else handler, **options)

    def outcomes(
        self,
        app: Any,
        mode: str,
        calls: list[tuple[ir.Operation, dict[str, Any]]],
        **options: Any,
    ) -> list[Any]:
        """What each call returned or raised (an ``ApigenError``), through a real client."""
        ctx = self.ctx
        settings = ctx.options(**options)
        if mode == "sync":
            results: list[Any] = []
            with self.AsgiTransport(app) as transport:
                client = ctx.client_class(transport=transport, **settings)
                for op, kwargs in calls:
                    try:
                        results.append(ctx.method(client, op)(**kwargs))
                    except self.errors.ApigenError as exc:
                        results.append(exc)
            return results

        async def main() -> list[Any]:
            out: list[Any] = []
            async with ctx.async_class(
                transport=httpx.ASGITransport(app=app), **settings
            ) as client:
                for op, kwargs in calls:
                    try:
                        out.append(await ctx.method(client, op)(**kwargs))
                    except self.errors.ApigenError as exc:
                        out.append(exc)
            return out

        return asyncio.run(main())

    def kwargs(self, op: ir.Operation) -> dict[str, Any]:
        return self.ctx.kwargs(op, self.ctx.method(self.ctx.client_class, op))

    def raw(self, app: Any, method: str, path: str, **options: Any) -> httpx.Response:
        async def main() -> httpx.Response:
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://server"
            ) as client:
                return await client.request(method, path, **options)

        return asyncio.run(main())


@pytest.fixture(params=PACKAGES)
def rig(
    request: pytest.FixtureRequest, generated: ModuleType, services: dict[str, ir.Service]
) -> Rig:
    return Rig(Ctx(generated, services[request.param], request.param), generated)


# -- the generated module ---------------------------------------------------------------------


def test_handler_has_one_async_method_per_operation_named_as_the_client(rig: Rig) -> None:
    assert {rig.handler_class.__name__, "create_app"} <= set(rig.ctx.module.__all__)
    assert getattr(rig.ctx.module, rig.handler_class.__name__) is rig.handler_class
    public = {n for n in vars(rig.handler_class) if not n.startswith("_")}
    assert public == {operation_method_name(op) for op in rig.ctx.ir.operations}
    for op in rig.ctx.ir.operations:
        method = getattr(rig.handler_class, operation_method_name(op))
        assert method.__name__ == rig.ctx.method(rig.ctx.client_class, op).__name__
        assert inspect.iscoroutinefunction(method) and method.__doc__
        assert list(inspect.signature(method).parameters) == ["self", "request"]
    assert list(inspect.signature(rig.server.create_app).parameters) == [
        "handler",
        "verify_sigv4",
        "credentials",
        "max_body",
        "max_depth",
        "interceptors",
    ]


# -- every operation, every declared error ------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_every_operation_round_trips(rig: Rig, mode: str) -> None:
    ctx = rig.ctx
    calls = [(op, rig.kwargs(op)) for op in ctx.ir.operations]
    results = rig.outcomes(rig.app(), mode, calls)
    assert [name for name, _ in rig.calls] == [op.name for op in ctx.ir.operations]
    for (op, kwargs), result, (_, received) in zip(calls, results, rig.calls, strict=True):
        operation = ctx.spec.operations[op.name]
        assert isinstance(result, operation.output), (op.name, result)
        assert wire(result) == wire(ctx.output(operation)), op.name
        expected = _expected_input(ctx, operation, kwargs, received)
        assert wire(received) == sent(expected), op.name


def _declared_errors(rig: Rig) -> list[tuple[ir.Operation, str, int]]:
    """(operation, error code, status) for every error each operation declares, plus every
    other modelled error once (raised by the first operation)."""
    ctx = rig.ctx
    cases: list[tuple[ir.Operation, str, int]] = []
    for op in ctx.ir.operations:
        operation = ctx.spec.operations[op.name]
        for code in operation.errors:
            status = ctx.spec.errors[code].status
            if status is not None:
                cases.append((op, code, status))
            else:  # OpenAPI: every status the operation declares for the error
                cases += [
                    (op, code, r.status)
                    for r in operation.responses
                    if r.error == code and r.status_range is None
                ]
    declared = {code for _, code, _ in cases}
    first = ctx.ir.operations[0]
    for code, spec in sorted(ctx.spec.errors.items()):
        if code not in declared:
            cases.append((first, code, spec.status or 400))
    return cases


def _error_shape(ctx: Ctx, code: str) -> Any:
    spec = ctx.spec.errors[code]
    shape = next(
        s
        for s in ctx.ir.shapes.values()
        if s.error and naming.pascal(s.name) == spec.shape.__name__
    )
    return spec.shape.model_validate(ctx.samples.structure(shape))


@pytest.mark.parametrize("mode", MODES)
def test_every_declared_error_comes_back_as_its_exception(rig: Rig, mode: str) -> None:
    ctx = rig.ctx
    cases = _declared_errors(rig)
    errors: list[BaseException] = []
    for _, code, status in cases:
        spec = ctx.spec.errors[code]
        errors.append(spec.exception("it failed", shape=_error_shape(ctx, code), status=status))

    class Raising(rig.handler_class):  # type: ignore[name-defined, misc]
        pass

    for op in ctx.ir.operations:

        async def method(handler: Any, request: Any) -> Any:
            raise errors.pop(0)

        setattr(Raising, operation_method_name(op), method)
    calls = [(op, rig.kwargs(op)) for op, _, _ in cases]
    results = rig.outcomes(rig.app(Raising()), mode, calls, retries=1)
    for (op, code, status), error in zip(cases, results, strict=True):
        spec = ctx.spec.errors[code]
        assert type(error) is spec.exception, (op.name, code, error)
        expected = stated_code(ctx, code, _error_shape(ctx, code))
        assert (error.code, error.status) == (expected, status), (op.name, code)
        assert wire(error.shape) == wire(_error_shape(ctx, code)), (op.name, code)
        assert error.request_id, (op.name, code)


# -- what the server answers by itself ------------------------------------------------------------


def _exception(ctx: Ctx, code: str) -> type:
    """The class a client raises for ``code``: its modelled exception, else the unknown one."""
    spec = ctx.spec.errors.get(code)
    return spec.exception if spec is not None else ctx.spec.unknown_error


def _invalid_call(rig: Rig) -> tuple[ir.Operation, dict[str, Any], str]:
    """An operation, arguments breaking one constraint, and the offending wire name."""
    ctx = rig.ctx
    create = next((o for o in ctx.ir.operations if o.name == "CreateByokV1Key"), None)
    if not ctx.aws and create is not None:
        # Confluent: a create body without the key its allOf makes required
        op = create
        key_model = ctx.spec.operations[op.name].input.model_fields["key"].annotation
        key_class = next(a for a in key_model.__args__ if isinstance(a, type))
        return op, {"key": key_class.model_construct(display_name="a")}, "/key"
    for op in ctx.ir.operations:
        shape = ctx.ir.shapes[op.input] if op.input else None
        for member in shape.members if shape else ():
            length = member.constraints.length
            target = ctx.ir.shapes[member.target]
            if target.type is ir.ShapeType.STRING and length and length.max:
                # Valid arguments as models (validation is off: nested dicts would stay dicts)
                operation = ctx.spec.operations[op.name]
                fields = operation.input.model_fields
                model = _expected_input(ctx, operation, rig.kwargs(op), None)
                kwargs = {
                    k: getattr(model, k if k in fields else k.rstrip("_")) for k in rig.kwargs(op)
                }
                field = naming.snake(member.name)
                kwargs[field if field in kwargs else field + "_"] = "a" * (length.max + 1)
                return op, kwargs, member.name
    pytest.skip("no operation input has a length-constrained string member to break")


@pytest.mark.parametrize("mode", MODES)
def test_invalid_input_is_the_services_validation_error(rig: Rig, mode: str) -> None:
    op, kwargs, where = _invalid_call(rig)
    [error] = rig.outcomes(rig.app(), mode, [(op, kwargs)], validate=False, retries=1)
    code, status = validation_error(rig.ctx.ir, op)
    assert type(error) is _exception(rig.ctx, code) and error.status == status, error
    assert error.code == stated_code(rig.ctx, code, error.shape)
    assert not rig.calls  # the handler never saw it
    if rig.ctx.aws:
        assert error.message.startswith("1 validation error detected: ")
        assert f"'{where}'" in error.message
    else:
        [item] = error.shape.errors
        assert item.source.pointer == where and item.status == "422"


@pytest.mark.parametrize("mode", MODES)
def test_unimplemented_operations_answer_501_once(rig: Rig, mode: str) -> None:
    ctx = rig.ctx
    seen: list[str] = []
    app = rig.app(rig.handler_class())

    async def counting(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["path"])
        await app(scope, receive, send)

    calls = [(op, rig.kwargs(op)) for op in ctx.ir.operations]
    results = rig.outcomes(counting, mode, calls)
    assert len(seen) == len(calls)  # 501 is never retried
    for (op, _), error in zip(calls, results, strict=True):
        assert error.status == 501, (op.name, error)
        if ctx.aws:
            assert type(error) is ctx.spec.unknown_error and error.code == "NotImplemented"
            assert error.message == f"{op.name} is not implemented by this server"
        else:
            assert error.shape.errors[0].code == "not_implemented"


def raw_code(response: httpx.Response) -> str | None:
    """The error code a raw AWS reply states: ``X-Amzn-ErrorType``, a JSON ``__type`` or the
    ``Code`` of an XML ``Error`` (read here, apart from the codec under test)."""
    if "x-amzn-errortype" in response.headers:
        return response.headers["x-amzn-errortype"].split(":", 1)[0]
    if "xml" in response.headers.get("content-type", ""):
        code = SafeTree.fromstring(response.content).find(".//{*}Error/{*}Code")
        if code is None:
            code = SafeTree.fromstring(response.content).find(".//Error/Code")
        return None if code is None else code.text
    value = response.json().get("__type")
    return None if value is None else str(value).rpartition("#")[2]


def _no_such_operation(rig: Rig) -> Any:
    """The request the service's own codec makes for an operation the service does not have
    (a fresh codec, so the shared one plans nothing for it): each protocol names the
    operation its own way (a target header, an ``Action``, a path)."""
    root = rig.ctx.module.__name__.rsplit(".", 2)[0]
    schema = importlib.import_module(f"{root}._runtime.core.schema")
    empty = importlib.import_module(f"{root}._runtime.core.model").Empty
    module, name = rig.ctx.runtime["protocols.registry"].CODECS[rig.ctx.spec.protocol]
    codec = getattr(importlib.import_module(f"{root}._runtime.protocols.{module}"), name)
    missing = schema.OperationSpec(
        name="NoSuchOperation", input=empty, output=empty, method="GET", uri="/no/such/route"
    )
    assert missing.name not in rig.ctx.spec.operations
    return codec(rig.ctx.spec).serialize_request(missing, empty())


def test_unknown_route_is_the_protocols_error(rig: Rig) -> None:
    protocol = rig.ctx.spec.protocol
    request = _no_such_operation(rig)
    headers = [*request.headers, ("X-Request-Id", "r-1")]
    url = request.path + (f"?{request.query}" if request.query else "")
    response = rig.raw(rig.app(), request.method, url, headers=headers, content=request.body)
    # docs/server.md: an operation named at ``POST /`` (target, Action) is a 400, a path a 404
    assert response.status_code == (400 if (request.method, request.path) == ("POST", "/") else 404)
    if protocol != "openapi":
        assert raw_code(response) == documented_code("no operation matches", protocol)
    if protocol == "restJson1":
        assert response.headers["x-amzn-errortype"] == "UnknownOperationException"
    if protocol == "openapi":
        assert response.headers["x-request-id"] == "r-1"
        assert response.json()["errors"][0] | {"detail": ""} == {
            "id": "r-1",
            "status": "404",
            "code": "not_found",
            "title": "not found",
            "detail": "",
        }
    else:
        assert response.headers["x-amzn-requestid"]


@pytest.mark.parametrize("mode", MODES)
def test_a_handler_crash_is_a_500_without_the_secret(
    rig: Rig, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    rig.error = RuntimeError(SECRET)
    op = rig.ctx.ir.operations[0]
    [error] = rig.outcomes(rig.app(), mode, [(op, rig.kwargs(op))], retries=1)
    code = internal_error(rig.ctx.ir, op)
    assert type(error) is _exception(rig.ctx, code), error
    assert error.code == stated_code(rig.ctx, code, error.shape), error
    assert error.status == 500 and error.request_id
    body = wire(error.shape) if error.shape is not None else {}  # None: an unmodelled error
    assert SECRET not in str(error) and SECRET not in json.dumps(body)
    assert error.request_id in error.message
    assert SECRET in caplog.text  # the traceback stays in the server's log


@pytest.mark.parametrize("mode", MODES)
def test_sigv4_verification(rig: Rig, mode: str) -> None:
    if not rig.ctx.aws:
        pytest.skip("not an AWS service")
    op = next((o for o in rig.ctx.ir.operations if o.readonly), rig.ctx.ir.operations[0])
    call = [(op, rig.kwargs(op))]
    verified = rig.app(verify_sigv4=True, credentials={ACCESS_KEY: SECRET_KEY})
    [good] = rig.outcomes(verified, mode, call)
    assert isinstance(good, rig.ctx.spec.operations[op.name].output)
    [bad] = rig.outcomes(verified, mode, call, aws_secret_access_key="wrong", retries=1)
    assert type(bad) is rig.ctx.spec.unknown_error
    assert (bad.status, bad.code) == (403, "InvalidSignatureException")
    [stranger] = rig.outcomes(verified, mode, call, aws_access_key_id="AKIDOTHER", retries=1)
    assert stranger.code == "UnrecognizedClientException" and stranger.status == 403
    [unchecked] = rig.outcomes(rig.app(), mode, call, aws_secret_access_key="wrong")
    assert isinstance(unchecked, rig.ctx.spec.operations[op.name].output)
    unsigned = rig.raw(verified, "POST", "/", content=b"{}")
    assert unsigned.status_code == 403
    assert raw_code(unsigned) == "MissingAuthenticationTokenException"


# -- handlers written before a spec change -------------------------------------------------------


def test_methods_naming_no_operation_are_reported(rig: Rig) -> None:
    op = rig.ctx.ir.operations[0]
    name = operation_method_name(op)

    async def old(self: Any, request: Any) -> Any: ...

    stale = type("Stale", (rig.handler_class,), {name + "s": old, "retired_operation": old})
    with pytest.raises(rig.ctx.runtime["core.errors"].ApigenError) as info:
        rig.app(stale())
    assert info.value.problems == [
        f"Stale.{name}s matches no {rig.ctx.spec.name} operation (did you mean {name}?)",
        f"Stale.retired_operation matches no {rig.ctx.spec.name} operation",
    ]
    duck = type("Duck", (), {name: rig._method(op.name)})()
    [result] = rig.outcomes(rig.app(duck), "sync", [(op, rig.kwargs(op))])
    assert isinstance(result, rig.ctx.spec.operations[op.name].output)


# -- bodies built to hurt: deep nesting, huge size --------------------------------------------

DEEP_ARRAY = b"[" * 1000 + b"]" * 1000
DEEP_MEMBER = b'{"x": ' + b'{"a": ' * 5000 + b"1" + b"}" * 5001


def _request_of(rig: Rig, op: ir.Operation) -> Any:
    """The request our client would send for ``op`` with sample arguments."""
    ctx = rig.ctx
    operation = ctx.spec.operations[op.name]
    fields = operation.input.model_fields
    values = {k if k in fields else k.rstrip("_"): v for k, v in rig.kwargs(op).items()}
    if operation.idempotency_token:
        values[operation.idempotency_token] = "token-1"
    return ctx.codec.serialize_request(operation, operation.input.model_validate(values))


@pytest.mark.parametrize(
    "body", [DEEP_ARRAY, DEEP_MEMBER, b"{" * 100_000], ids=["array", "member", "open"]
)
def test_a_deeply_nested_body_is_the_services_400(rig: Rig, body: bytes) -> None:
    ctx = rig.ctx
    app = rig.app()
    for op in ctx.ir.operations:
        code, _ = validation_error(ctx.ir, op)
        request = _request_of(rig, op)
        url = request.path + (f"?{request.query}" if request.query else "")
        headers = [(k, v) for k, v in request.headers if k.lower() != "content-length"]
        response = rig.raw(app, request.method, url, headers=headers, content=body)
        assert 400 <= response.status_code < 500, (op.name, response.status_code, response.text)
        answer = ctx.HttpResponse(
            response.status_code, list(response.headers.items()), response.content
        )
        with pytest.raises(rig.errors.ServiceError) as caught:
            ctx.codec.parse_response(ctx.spec.operations[op.name], answer)
        codes = [code, "SerializationException", "BadRequestException"]
        sent = ctx.runtime["core.http"].HttpRequest(
            request.method, request.path, request.query, headers, body
        )
        if ctx.codec.route(sent) is None:  # the body names the operation: now it names none
            codes.append(documented_code("no operation matches", str(ctx.ir.protocol)))
        if ctx.aws:
            assert caught.value.code in codes, op.name
    assert not rig.calls  # no handler saw any of it


def test_a_body_over_the_configured_size_is_the_services_413(rig: Rig) -> None:
    ctx = rig.ctx
    app = rig.app(max_body=64)
    op = ctx.ir.operations[0]
    request = _request_of(rig, op)
    url = request.path + (f"?{request.query}" if request.query else "")
    headers = [(k, v) for k, v in request.headers if k.lower() != "content-length"]
    response = rig.raw(app, request.method, url, headers=headers, content=b" " * 65 + b"{}")
    assert response.status_code == 413
    answer = ctx.HttpResponse(413, list(response.headers.items()), response.content)
    with pytest.raises(rig.errors.ServiceError):
        ctx.codec.parse_response(ctx.spec.operations[op.name], answer)


@pytest.mark.parametrize("mode", MODES)
def test_a_client_refuses_a_deep_or_huge_response(rig: Rig, mode: str) -> None:
    ctx = rig.ctx
    op = next(o for o in ctx.ir.operations if o.output is not None)

    # A body in the media type the service answers in, nested past the default bound of 64.
    media_type = (
        ctx.codec.serialize_response(
            ctx.spec.operations[op.name], ctx.output(ctx.spec.operations[op.name])
        ).header("content-type")
        or "application/json"
    )
    body = b"<a>" * 5000 + b"</a>" * 5000 if "xml" in media_type else DEEP_MEMBER

    async def deep(scope: Any, receive: Any, send: Any) -> None:
        while (await receive()).get("more_body"):
            pass
        headers = [(b"content-type", media_type.encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    [error] = rig.outcomes(deep, mode, [(op, rig.kwargs(op))], retries=1)
    assert isinstance(error, rig.errors.ResponseParseError), error
    assert "nests deeper than 64 levels" in str(error)
    client_class = ctx.client_class if mode == "sync" else ctx.async_class
    client_class.max_response_body = 10  # configurable per class (or per client)
    try:
        [error] = rig.outcomes(deep, mode, [(op, rig.kwargs(op))], retries=1)
    finally:
        del client_class.max_response_body
    assert isinstance(error, rig.errors.ResponseParseError) and "larger than 10 bytes" in str(error)
