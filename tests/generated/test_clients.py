"""Every generated client, sync and async, against an in-memory server built on its codec.

Both kinds of client reach the fake through ``httpx.MockTransport`` (the sync client's
default ``http.client`` transport is tested against real sockets in tests/runtime).

The fake server routes each request with the service's own codec (server side), validates it
into the input model and answers with a wire-correct response for a sample output, so every
operation of every client makes a full round trip. On top: pagination over three pages,
waiters that succeed and time out, a retried 503, every modelled error, idempotency tokens,
client-side validation, SigV4 checked against botocore, Confluent basic and bearer auth.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import inspect
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotoCredentials
from samples import Samples

from apigen import ir, naming
from apigen.frontends import spec_files
from apigen.views.client import client_class_name

PACKAGES = sorted(
    naming.package(path.name) for path in spec_files(Path(__file__).resolve().parents[2] / "specs")
)
ACCESS_KEY, SECRET_KEY = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
OPENAPI_BASE = "https://api.confluent.cloud"


class Ctx:
    """One generated service: its modules, client classes, samples and credentials."""

    def __init__(self, generated: ModuleType, service: ir.Service, package: str) -> None:
        root = generated.__name__
        self.ir = service
        self.module = importlib.import_module(f"{root}.{package}")
        self.spec = importlib.import_module(f"{root}.{package}.operations").SERVICE
        self.runtime = {
            name: importlib.import_module(f"{root}._runtime.{name}")
            for name in (
                "protocols.registry",
                "core.errors",
                "core.http",
                "client.retries",
                "client.paginate",
            )
        }
        self.codec = self.runtime["protocols.registry"].codec_for(self.spec)
        self.client_class = getattr(self.module, client_class_name(service))
        self.async_class = getattr(self.module, client_class_name(service, is_async=True))
        self.samples = Samples(service)
        self.aws = self.spec.signing_name is not None
        self.request_id_header = "x-amzn-RequestId" if self.aws else "X-Request-Id"

    @property
    def HttpResponse(self) -> Any:  # noqa: N802 - a class
        return self.runtime["core.http"].HttpResponse

    def options(self, **extra: Any) -> dict[str, Any]:
        base: dict[str, Any]
        if self.aws:
            base = {
                "region": "us-east-1",
                "aws_access_key_id": ACCESS_KEY,
                "aws_secret_access_key": SECRET_KEY,
            }
        else:
            base = {"api_key": "KEY", "api_secret": "SECRET"}
        base.setdefault("retries", self.runtime["client.retries"].RetryConfig(max_backoff=0.0))
        return {**base, **extra}

    def operation(self, name: str) -> ir.Operation:
        return next(op for op in self.ir.operations if op.name == name)

    def method(self, client: Any, op: ir.Operation, prefix: str = "") -> Callable[..., Any]:
        name = naming.function_name(op.name)
        return getattr(client, prefix + (name + "_" if not prefix and name == "close" else name))

    def kwargs(
        self, op: ir.Operation, method: Callable[..., Any], *, token: bool = False
    ) -> dict[str, Any]:
        """Sample arguments for every input member (idempotency tokens left unset)."""
        if op.input is None:
            return {}
        shape = self.ir.shapes[op.input]
        values = self.samples.structure(shape, everything=True)
        params = inspect.signature(method).parameters
        out = {}
        for member in shape.members:
            field = naming.snake(member.name)
            if field not in values or (member.idempotency_token and not token):
                continue
            out[field if field in params else field + "_"] = values[field]
        return out

    def output(self, operation: Any) -> Any:
        op = self.operation(operation.name)
        shape = self.samples.shape(op.output)
        return operation.output.model_validate(self.samples.structure(shape) if shape else {})


class Server:
    """In-memory server: a sync ``Transport`` and an ``httpx.MockTransport`` handler."""

    def __init__(self, ctx: Ctx, handler: Callable[[Any, Any], Any] | None = None) -> None:
        self.ctx = ctx
        self.handler = handler or (lambda operation, model: ctx.output(operation))
        self.requests: list[Any] = []
        self.inputs: list[tuple[str, Any]] = []

    def answer(self, request: Any) -> Any:
        ctx = self.ctx
        self.requests.append(request)
        routed = ctx.codec.route(request)
        assert routed is not None, f"{ctx.ir.name}: no route for {request.method} {request.path}"
        operation, labels = routed
        model = ctx.codec.parse_request(operation, request, labels)
        self.inputs.append((operation.name, model))
        request_id = f"req-{len(self.requests)}"
        try:
            result = self.handler(operation, model)
        except ctx.runtime["core.errors"].ServiceError as exc:
            response = ctx.codec.serialize_error(operation, exc, request_id)
        else:
            if isinstance(result, ctx.HttpResponse):
                response = result
            else:
                response = ctx.codec.serialize_response(operation, result, request_id)
        if response.header(ctx.request_id_header) is None:
            response.headers.append((ctx.request_id_header, request_id))
        return response

    def send(self, request: Any, *, url_base: str, timeout: float | None) -> Any:
        return self.answer(request)

    def close(self) -> None:
        pass

    async def asgi(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """The server as an ASGI app, for ``httpx.ASGITransport``."""
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        query = scope["query_string"].decode("ascii")
        request = self.ctx.runtime["core.http"].HttpRequest(
            scope["method"], scope["raw_path"].decode("ascii"), query, headers, body
        )
        answer = self.answer(request)
        raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers]
        await send({"type": "http.response.start", "status": answer.status, "headers": raw})
        await send({"type": "http.response.body", "body": answer.body})

    def httpx(self, request: httpx.Request) -> httpx.Response:
        path, _, query = request.url.raw_path.decode("ascii").partition("?")
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        answer = self.answer(
            self.ctx.runtime["core.http"].HttpRequest(
                request.method, path, query, headers, request.content
            )
        )
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body)


@pytest.fixture(params=PACKAGES)
def ctx(
    request: pytest.FixtureRequest, generated: ModuleType, services: dict[str, ir.Service]
) -> Ctx:
    return Ctx(generated, services[request.param], request.param)


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def wire(model: Any) -> Any:
    return model.model_dump(mode="json", by_alias=True)


def sent(model: Any) -> Any:
    """The wire form of an input as a client sends it: OpenAPI readOnly members left out."""
    return model.model_dump(mode="json", by_alias=True, context={"direction": "request"})


def _expected_input(ctx: Ctx, operation: Any, kwargs: dict[str, Any], received: Any) -> Any:
    values = {
        k.rstrip("_") if k.rstrip("_") in operation.input.model_fields else k: v
        for k, v in kwargs.items()
    }
    if operation.idempotency_token:
        values[operation.idempotency_token] = getattr(received, operation.idempotency_token)
    return operation.input.model_validate(values)


# -- the generated package ----------------------------------------------------------------------


def test_client_classes_are_named_and_reexported(ctx: Ctx) -> None:
    name = f"{naming.pascal(ctx.ir.name)}Client"  # README: the spec's service name + Client
    assert ctx.client_class.__name__ == name and ctx.async_class.__name__ == "Async" + name
    assert {name, "Async" + name} <= set(ctx.module.__all__)


def test_one_keyword_only_method_per_operation(ctx: Ctx) -> None:
    for op in ctx.ir.operations:
        for cls in (ctx.client_class, ctx.async_class):
            method = ctx.method(cls, op)
            assert method.__doc__
            assert inspect.iscoroutinefunction(method) is (cls is ctx.async_class)
            params = list(inspect.signature(method).parameters.values())[1:]
            assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)
            shape = ctx.ir.shapes[op.input] if op.input else None
            required = {
                naming.snake(m.name)
                for m in (shape.members if shape else ())
                if m.required
                and not m.read_only
                and not m.idempotency_token
                and not (m.has_default and m.default is not None)
            }
            assert {p.name.rstrip("_") for p in params if p.default is inspect.Parameter.empty} == {
                r.rstrip("_") for r in required
            }
        if op.paginated:
            assert callable(ctx.method(ctx.client_class, op, "paginate_"))
        for waiter in op.waiters:
            assert callable(
                getattr(ctx.client_class, f"wait_until_{naming.function_name(waiter.name)}")
            )


def test_every_operation_sync(ctx: Ctx) -> None:
    server = Server(ctx)
    with ctx.client_class(transport=httpx.MockTransport(server.httpx), **ctx.options()) as client:
        for op in ctx.ir.operations:
            method = ctx.method(client, op)
            kwargs = ctx.kwargs(op, method)
            result = method(**kwargs)
            operation = ctx.spec.operations[op.name]
            assert isinstance(result, operation.output), op.name
            name, received = server.inputs[-1]
            assert name == op.name
            assert wire(received) == sent(_expected_input(ctx, operation, kwargs, received)), (
                op.name
            )
            assert wire(result) == wire(ctx.output(operation)), op.name
    assert len(server.requests) == len(ctx.ir.operations)


@pytest.mark.parametrize("kind", ["mock", "asgi"])
def test_every_operation_async(ctx: Ctx, kind: str) -> None:
    server = Server(ctx)
    transport = (
        httpx.MockTransport(server.httpx)
        if kind == "mock"
        else httpx.ASGITransport(app=server.asgi)
    )

    async def main() -> None:
        async with ctx.async_class(transport=transport, **ctx.options()) as client:
            for op in ctx.ir.operations:
                method = ctx.method(client, op)
                result = await method(**ctx.kwargs(op, method))
                assert isinstance(result, ctx.spec.operations[op.name].output), op.name
                assert server.inputs[-1][0] == op.name

    run(main())
    assert len(server.requests) == len(ctx.ir.operations)


# -- pagination ---------------------------------------------------------------------------------------


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for name in parents:
        data = data.setdefault(name, {})
    data[last] = value


def paged_handler(ctx: Ctx, op_name: str) -> Callable[[Any, Any], Any]:
    operation = ctx.spec.operations[op_name]
    paginator = operation.paginator
    following = {None: "p2", "p2": "p3", "p3": None}

    def handler(op: Any, model: Any) -> Any:
        assert op.name == op_name
        token = getattr(model, paginator.input_token)
        shape = ctx.samples.shape(ctx.operation(op_name).output)
        assert shape is not None
        data = ctx.samples.structure(shape, everything=True)
        item = ctx.samples.value(_items_member(ctx, op_name))
        _set(data, paginator.items, [item])
        nxt = following[token]
        if nxt is not None and ctx.spec.protocol == "openapi":
            nxt = f"{OPENAPI_BASE}/list?page_size=1&{_token_wire(operation)}={nxt}"
        _set(data, paginator.output_token, nxt)
        return operation.output.model_validate(data)

    return handler


def _token_wire(operation: Any) -> str:
    return next(
        m.wire for m in operation.input_members if m.name == operation.paginator.input_token
    )


def _items_member(ctx: Ctx, op_name: str) -> ir.Member:
    """The element member of the items list (walking Python names of the output)."""
    operation = ctx.spec.operations[op_name]
    shape = ctx.ir.shapes[ctx.operation(op_name).output or ""]
    member: ir.Member | None = None
    for part in operation.paginator.items.split("."):
        member = next(m for m in shape.members if naming.snake(m.name) == part)
        shape = ctx.ir.shapes[member.target]
    return shape.member


def first_page(ctx: Ctx, op: ir.Operation, method: Callable[..., Any]) -> dict[str, Any]:
    kwargs = ctx.kwargs(op, method)
    paginator = ctx.spec.operations[op.name].paginator
    kwargs.pop(paginator.input_token, None)
    if paginator.page_size:
        kwargs[paginator.page_size] = 1
    return kwargs


def paginated(ctx: Ctx) -> list[ir.Operation]:
    """The paginated operations; a service without any skips."""
    found = [op for op in ctx.ir.operations if op.paginated]
    if not found:
        pytest.skip(f"{ctx.ir.name} has no paginated operation")
    return found


def test_pagination_over_three_pages(ctx: Ctx) -> None:
    for op in paginated(ctx):
        server = Server(ctx, paged_handler(ctx, op.name))
        client = ctx.client_class(transport=httpx.MockTransport(server.httpx), **ctx.options())
        method = ctx.method(client, op, "paginate_")
        paginator = method(**first_page(ctx, op, method))
        assert server.requests == []  # lazy
        pages = list(paginator)
        assert len(pages) == 3 and all(
            isinstance(p, ctx.spec.operations[op.name].output) for p in pages
        )
        assert len(list(paginator.items())) == 3
        token = ctx.spec.operations[op.name].paginator.input_token
        assert [getattr(m, token) for _, m in server.inputs[:3]] == [None, "p2", "p3"]


def test_pagination_async(ctx: Ctx) -> None:
    async def main() -> None:
        for op in paginated(ctx):
            server = Server(ctx, paged_handler(ctx, op.name))
            async with ctx.async_class(
                transport=httpx.MockTransport(server.httpx), **ctx.options()
            ) as client:
                method = ctx.method(client, op, "paginate_")
                items = [item async for item in method(**first_page(ctx, op, method)).items()]
                assert len(items) == 3 and len(server.requests) == 3

    run(main())


# -- waiters -------------------------------------------------------------------------------------


def _set_wire(data: Any, path: str, value: Any) -> None:
    head, _, rest = path.partition(".")
    if head.endswith("[]"):
        items = data.get(head[:-2]) or [{}]
        data[head[:-2]] = items
        for item in items:
            _set_wire(item, rest, value)
    elif rest:
        child = data.get(head)
        if not isinstance(child, dict):
            child = data[head] = {}
        _set_wire(child, rest, value)
    else:
        data[head] = value


def waiter_handler(ctx: Ctx, waiter: Any, outcomes: list[str]) -> Callable[[Any, Any], Any]:
    """Answers ``outcomes`` in turn ("pending", "success"); the last one repeats."""
    success = next(a for a in waiter.acceptors if a.state == "success")
    operation = ctx.spec.operations[waiter.operation]
    output_path = next((a.path for a in waiter.acceptors if a.matcher == "output"), None)

    def handler(op: Any, model: Any) -> Any:
        outcome = outcomes.pop(0) if len(outcomes) > 1 else outcomes[0]
        if outcome == "success" and success.matcher == "errorType":
            spec = ctx.spec.errors[success.expected]
            raise spec.exception("gone", shape=None, status=spec.status)
        data = wire(ctx.output(operation))
        value = success.expected if outcome == "success" else "STILL_GOING"
        path = success.path if success.matcher == "output" else output_path
        if path is not None:
            _set_wire(data, path, value)
        return operation.output.model_validate(data)

    return handler


def waiters(ctx: Ctx) -> list[Any]:
    """The service's waiters; a service without any skips (it has nothing to wait for)."""
    found = list(ctx.spec.waiters.values())
    if not found:
        pytest.skip(f"{ctx.ir.name} declares no waiters")
    return found


def test_waiters_succeed_and_time_out(ctx: Ctx) -> None:
    for waiter in waiters(ctx):
        op = ctx.operation(waiter.operation)
        method_name = f"wait_until_{naming.function_name(waiter.name)}"
        server = Server(ctx, waiter_handler(ctx, waiter, ["pending", "pending", "success"]))
        client = ctx.client_class(transport=httpx.MockTransport(server.httpx), **ctx.options())
        method = getattr(client, method_name)
        kwargs = ctx.kwargs(op, method)
        result = method(**kwargs, max_wait=5, min_delay=0.001, max_delay=0.002)
        assert len(server.requests) == 3, waiter.name
        if result is not None:
            assert isinstance(result, ctx.spec.operations[waiter.operation].output)
        stuck = Server(ctx, waiter_handler(ctx, waiter, ["pending"]))
        client = ctx.client_class(transport=stuck, **ctx.options())
        # max_wait leaves room for a slow first attempt on a loaded machine (at 0.05 s, one
        # attempt over 45 ms left no time for a second), and still ends in well under a second.
        with pytest.raises(ctx.runtime["core.errors"].WaiterError, match="not done"):
            getattr(client, method_name)(**kwargs, max_wait=0.5, min_delay=0.005, max_delay=0.01)
        assert len(stuck.requests) >= 2


def test_waiters_async(ctx: Ctx) -> None:
    async def main() -> None:
        for waiter in waiters(ctx):
            op = ctx.operation(waiter.operation)
            server = Server(ctx, waiter_handler(ctx, waiter, ["pending", "success"]))
            async with ctx.async_class(
                transport=httpx.MockTransport(server.httpx), **ctx.options()
            ) as client:
                method = getattr(client, f"wait_until_{naming.function_name(waiter.name)}")
                await method(**ctx.kwargs(op, method), max_wait=5, min_delay=0.001, max_delay=0.002)
                assert len(server.requests) == 2
                stuck = Server(ctx, waiter_handler(ctx, waiter, ["pending"]))
            async with ctx.async_class(
                transport=httpx.MockTransport(stuck.httpx), **ctx.options()
            ) as client:
                method = getattr(client, f"wait_until_{naming.function_name(waiter.name)}")
                with pytest.raises(ctx.runtime["core.errors"].WaiterError):
                    await method(
                        **ctx.kwargs(op, method), max_wait=0.05, min_delay=0.005, max_delay=0.01
                    )

    run(main())


# -- retries and errors --------------------------------------------------------------------------


def _safe_to_repeat(ctx: Ctx, op: ir.Operation) -> bool:
    """docs/clients.md: a 5xx is retried only for readonly or idempotent operations and those
    carrying an idempotency token."""
    members = ctx.ir.shapes[op.input].members if op.input else ()
    return op.readonly or op.idempotent or any(m.idempotency_token for m in members)


def test_a_503_is_retried(ctx: Ctx) -> None:
    op = next((o for o in ctx.ir.operations if _safe_to_repeat(ctx, o)), None)
    if op is None:
        pytest.skip("no operation is safe to repeat (readonly, idempotent or token-carrying)")
    answers = [ctx.HttpResponse(503, [], b"")]

    def handler(operation: Any, model: Any) -> Any:
        return answers.pop() if answers else ctx.output(operation)

    server = Server(ctx, handler)
    client = ctx.client_class(transport=httpx.MockTransport(server.httpx), **ctx.options())
    method = ctx.method(client, op)
    assert isinstance(method(**ctx.kwargs(op, method)), ctx.spec.operations[op.name].output)
    assert len(server.requests) == 2
    answers.append(ctx.HttpResponse(503, [], b""))
    server.requests.clear()

    async def main() -> None:
        async with ctx.async_class(
            transport=httpx.MockTransport(server.httpx), **ctx.options()
        ) as aclient:
            amethod = ctx.method(aclient, op)
            await amethod(**ctx.kwargs(op, amethod))

    run(main())
    assert len(server.requests) == 2


def _error_cases(ctx: Ctx) -> list[tuple[str, ir.Operation, int]]:
    """(code, an operation that may raise it, the status it travels with)."""
    cases = []
    for code, spec in sorted(ctx.spec.errors.items()):
        op = next(
            (o for o in ctx.ir.operations if code in ctx.spec.operations[o.name].errors),
            ctx.ir.operations[0],
        )
        status = spec.status
        if status is None:
            declared = [
                r.status
                for r in ctx.spec.operations[op.name].responses
                if r.error == code and r.status_range is None
            ]
            status = declared[0] if declared else (500 if spec.fault == "server" else 400)
        cases.append((code, op, status))
    return cases


def stated_code(ctx: Ctx, code: str, shape: Any) -> str:
    """The code a client's error carries: an OpenAPI body's own error code (found where the
    spec's envelope, read from the document, says), else the modelled error's wire code."""
    spec = ctx.spec.errors.get(code)
    envelope = (spec.envelope if spec is not None else None) or ctx.spec.error_envelope
    if envelope is None or envelope.code is None or shape is None:
        return code
    data = wire(shape)
    item = data.get(envelope.container) if envelope.container else data
    if envelope.many:
        item = item[0] if item else None
    value = item.get(envelope.code) if isinstance(item, dict) else None
    return code if value is None else str(value)


def test_every_modelled_error(ctx: Ctx) -> None:
    for code, op, status in _error_cases(ctx):
        spec = ctx.spec.errors[code]
        error_shape = next(
            s
            for s in ctx.ir.shapes.values()
            if s.error and naming.pascal(s.name) == spec.shape.__name__
        )
        shape = spec.shape.model_validate(ctx.samples.structure(error_shape))

        def handler(
            operation: Any, model: Any, spec: Any = spec, shape: Any = shape, status: int = status
        ) -> Any:
            raise spec.exception("it failed", shape=shape, status=status)

        for make in ("sync", "async"):
            server = Server(ctx, handler)
            if make == "sync":
                client = ctx.client_class(
                    transport=httpx.MockTransport(server.httpx), **ctx.options(retries=1)
                )
                method = ctx.method(client, op)
                with pytest.raises(spec.exception) as info:
                    method(**ctx.kwargs(op, method))
            else:

                async def main(
                    server: Server = server, op: ir.Operation = op, spec: Any = spec
                ) -> Any:
                    async with ctx.async_class(
                        transport=httpx.MockTransport(server.httpx), **ctx.options(retries=1)
                    ) as c:
                        amethod = ctx.method(c, op)
                        with pytest.raises(spec.exception) as ainfo:
                            await amethod(**ctx.kwargs(op, amethod))
                        return ainfo

                info = run(main())
            error = info.value
            assert type(error) is spec.exception, (code, make)
            assert isinstance(error.shape, spec.shape), (code, make)
            assert error.status == status and error.request_id == "req-1", (code, make)
            # An OpenAPI body states its own code (test_servers.stated_code); AWS's is the wire code
            expected = stated_code(ctx, code, shape)
            assert error.code == expected
            assert str(error).startswith(f"{expected} (HTTP {status})")
            assert error.retryable is spec.exception.retryable


# -- input handling ------------------------------------------------------------------------------


def test_idempotency_tokens_are_filled(ctx: Ctx) -> None:
    ops = [op for op in ctx.ir.operations if ctx.spec.operations[op.name].idempotency_token]
    server = Server(ctx)
    client = ctx.client_class(transport=httpx.MockTransport(server.httpx), **ctx.options())
    for op in ops:
        token = ctx.spec.operations[op.name].idempotency_token
        method = ctx.method(client, op)
        method(**ctx.kwargs(op, method))
        method(**ctx.kwargs(op, method))
        first, second = (getattr(m, token) for _, m in server.inputs[-2:])
        assert uuid.UUID(first).version == 4 and first != second
        method(**ctx.kwargs(op, method), **{token: "given-token"})
        assert getattr(server.inputs[-1][1], token) == "given-token"


def test_validation_reports_every_violation_at_once(ctx: Ctx) -> None:
    server = Server(ctx)
    client = ctx.client_class(transport=httpx.MockTransport(server.httpx), **ctx.options())
    checked = 0
    for op in ctx.ir.operations:
        if op.input is None:
            continue
        shape = ctx.ir.shapes[op.input]
        strings = [
            m
            for m in shape.members
            if ctx.ir.shapes[m.target].type is ir.ShapeType.STRING and not m.idempotency_token
        ]
        if len(strings) < 2:
            continue
        method = ctx.method(client, op)
        kwargs = ctx.kwargs(op, method)
        bad = {naming.snake(m.name) for m in strings}
        for name in list(kwargs):
            if name.rstrip("_") in bad or name in bad:
                kwargs[name] = 987654321
        with pytest.raises(ctx.runtime["core.errors"].ParamValidationError) as info:
            method(**kwargs)
        fields = ctx.spec.operations[op.name].input.model_fields
        expected = {fields[n].serialization_alias or n for n in bad}
        assert {e["path"] for e in info.value.errors} == expected, op.name
        assert "987654321" not in str(info.value)
        checked += 1
    assert server.requests == []
    if not checked:
        pytest.skip("no operation input has two string members to break at once")


# -- auth -----------------------------------------------------------------------------------------


def _botocore_signature(request: Any, url_base: str, region: str, service: str) -> str:
    url = url_base + request.path + (f"?{request.query}" if request.query else "")
    authorization = request.header("Authorization")
    signed = authorization.split("SignedHeaders=")[1].split(",")[0].split(";")
    headers = {name: value for name, value in request.headers if name.lower() in signed}
    aws_request = AWSRequest(method=request.method, url=url, data=request.body, headers=headers)
    aws_request.context["timestamp"] = request.header("X-Amz-Date")
    signer = SigV4Auth(BotoCredentials(ACCESS_KEY, SECRET_KEY), service, region)
    return str(
        signer.signature(
            signer.string_to_sign(aws_request, signer.canonical_request(aws_request)), aws_request
        )
    )


def test_sigv4_on_every_aws_request(ctx: Ctx) -> None:
    if not ctx.aws:
        pytest.skip("not an AWS service")
    server = Server(ctx)
    client = ctx.client_class(transport=server, **ctx.options(region="eu-central-1"))
    for op in ctx.ir.operations:
        method = ctx.method(client, op)
        method(**ctx.kwargs(op, method))
    # docs/clients.md: the host is the endpoint prefix, else the SigV4 name, else the name
    prefix = ctx.ir.endpoint_prefix or ctx.ir.sigv4_name or ctx.ir.name.lower()
    base = f"https://{prefix}.eu-central-1.amazonaws.com"
    for request in server.requests:
        authorization = request.header("Authorization")
        assert authorization.startswith(f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/")
        assert f"/eu-central-1/{ctx.spec.signing_name}/aws4_request" in authorization
        assert authorization.endswith(
            "Signature=" + _botocore_signature(request, base, "eu-central-1", ctx.spec.signing_name)
        )
        assert request.header("Host") == base.split("//")[1]


def test_confluent_basic_and_bearer_auth(ctx: Ctx) -> None:
    if ctx.aws:
        pytest.skip("an AWS service")
    basic = Server(ctx)
    client = ctx.client_class(transport=basic, api_key="KEY", api_secret="SECRET")
    bearer = Server(ctx)
    token_client = ctx.client_class(transport=bearer, token="TOKEN")
    for op in ctx.ir.operations:
        for c in (client, token_client):
            method = ctx.method(c, op)
            method(**ctx.kwargs(op, method))
    assert {r.header("Authorization") for r in basic.requests} == {
        "Basic " + base64.b64encode(b"KEY:SECRET").decode()
    }
    assert {r.header("Authorization") for r in bearer.requests} == {"Bearer TOKEN"}
    assert {r.header("Host") for r in basic.requests} == {"api.confluent.cloud"}

    async def main() -> None:
        server = Server(ctx)
        async with ctx.async_class(
            transport=httpx.MockTransport(server.httpx), token="T2"
        ) as aclient:
            op = ctx.ir.operations[0]
            method = ctx.method(aclient, op)
            await method(**ctx.kwargs(op, method))
        assert server.requests[0].header("Authorization") == "Bearer T2"

    run(main())


# -- defaults are the server's, never sent unless the caller set them ---------------------------


def _without_defaults(ctx: Ctx, shape: ir.Shape, value: Any, dropped: list[str]) -> Any:
    """``value`` (samples, Python names) with every member the spec gives a default removed."""
    if shape.type is ir.ShapeType.LIST and isinstance(value, list):
        member = ctx.ir.shapes[shape.member.target] if shape.member else None
        return [_without_defaults(ctx, member, v, dropped) for v in value] if member else value
    if shape.type is ir.ShapeType.MAP and isinstance(value, dict) and shape.value:
        inner = ctx.ir.shapes[shape.value.target]
        return {k: _without_defaults(ctx, inner, v, dropped) for k, v in value.items()}
    if shape.type not in (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION) or not isinstance(
        value, dict
    ):
        return value
    out = dict(value)  # keys that are no member (a oneOf's tag) are kept
    for member in shape.members:
        name = naming.snake(member.name)
        if name not in value:
            name += "_"  # a method argument named like a keyword or builtin
        if name not in value:
            continue
        if member.has_default and not member.required:
            dropped.append(member.id)
            del out[name]
            continue
        out[name] = _without_defaults(ctx, ctx.ir.shapes[member.target], value[name], dropped)
    return out


def _wire_keys(ctx: Ctx, shape: ir.Shape, data: Any, found: set[str]) -> None:
    """The ids of the members present in a request body (``data``: parsed JSON)."""
    if shape.type is ir.ShapeType.LIST and isinstance(data, list) and shape.member:
        for item in data:
            _wire_keys(ctx, ctx.ir.shapes[shape.member.target], item, found)
    elif shape.type is ir.ShapeType.MAP and isinstance(data, dict) and shape.value:
        for item in data.values():
            _wire_keys(ctx, ctx.ir.shapes[shape.value.target], item, found)
    elif isinstance(data, dict):
        for member in shape.members:
            if member.wire_name in data:
                found.add(member.id)
                _wire_keys(ctx, ctx.ir.shapes[member.target], data[member.wire_name], found)


def _set_keys(ctx: Ctx, shape: ir.Shape, value: Any, found: set[str]) -> None:
    """The ids of the members set in ``value`` (an input model as a server read it)."""
    if shape.type is ir.ShapeType.LIST and isinstance(value, list) and shape.member:
        for item in value:
            _set_keys(ctx, ctx.ir.shapes[shape.member.target], item, found)
    elif shape.type is ir.ShapeType.MAP and isinstance(value, dict) and shape.value:
        for item in value.values():
            _set_keys(ctx, ctx.ir.shapes[shape.value.target], item, found)
    elif hasattr(value, "model_fields_set"):
        for member in shape.members:
            field = naming.snake(member.name)
            field = field if field in type(value).model_fields else field + "_"
            if field in value.model_fields_set and getattr(value, field) is not None:
                found.add(member.id)
                _set_keys(ctx, ctx.ir.shapes[member.target], getattr(value, field), found)


def _sent_members(ctx: Ctx, shape: ir.Shape, request: Any) -> set[str]:
    """The ids of the input members a request carries (body at any depth, query, headers).
    A JSON body is read as JSON; any other body (a query form) as the server's codec reads it."""
    present: set[str] = set()
    if request.body and "json" in (request.header("content-type") or ""):
        _wire_keys(ctx, shape, json.loads(request.body), present)
    elif request.body:
        operation, labels = ctx.codec.route(request)
        _set_keys(ctx, shape, ctx.codec.parse_request(operation, request, labels), present)
    query_keys = set(httpx.QueryParams(request.query).keys())
    header_keys = {k.lower() for k, _ in request.headers}
    for member in shape.members:
        http = member.http
        if http is not None and http.name:
            if http.location is ir.Location.QUERY and http.name in query_keys:
                present.add(member.id)
            if http.location is ir.Location.HEADER and http.name.lower() in header_keys:
                present.add(member.id)
    return present


def test_defaults_the_caller_did_not_set_are_not_sent(ctx: Ctx) -> None:
    """As botocore and the Smithy clients: a default is the server's promise, not a value to
    send. The spec's defaulted members are left out of each call's arguments at every depth;
    none of them may appear in the request (body, query or headers). Set, they are sent."""
    server = Server(ctx)
    seen: set[str] = set()
    with ctx.client_class(transport=httpx.MockTransport(server.httpx), **ctx.options()) as client:
        for op in ctx.ir.operations:
            if op.input is None:
                continue
            method = ctx.method(client, op)
            full = ctx.kwargs(op, method)
            shape = ctx.ir.shapes[op.input]
            dropped: list[str] = []
            method(**_without_defaults(ctx, shape, full, dropped))
            sent_members = _sent_members(ctx, shape, server.requests[-1])
            assert not sent_members & set(dropped), (op.name, sorted(sent_members & set(dropped)))
            if dropped:  # the caller's own value, even the default's, is sent
                method(**full)
                assert set(dropped) <= _sent_members(ctx, shape, server.requests[-1]), op.name
            seen.update(dropped)
    expected = {m.id for s in ctx.ir.shapes.values() for m in s.members if m.has_default}
    if not expected:
        pytest.skip(f"{ctx.ir.name} has no member with a default")
    assert seen, f"no call of {ctx.ir.name} reached a member with a default"
