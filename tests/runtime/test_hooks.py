"""Interceptors see (and may change) each step of a call; the DEBUG log shows each attempt
and never a secret."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from client_fakes import (
    AWS_KEYS,
    GET_THING,
    THINGS,
    AsyncFakeServer,
    AsyncThingsClient,
    FakeServer,
    GetThingOutput,
    Thing,
    ThingsClient,
)

from apigen.runtime.client import config
from apigen.runtime.client.hooks import CallContext, Interceptor
from apigen.runtime.client.retries import RetryConfig
from apigen.runtime.core.errors import ServiceError
from apigen.runtime.core.http import HttpResponse
from apigen.runtime.core.model import ApigenModel
from apigen.runtime.core.schema import OperationSpec


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in config._ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    config.clear_cache()


class Recorder(Interceptor):
    def __init__(self) -> None:
        self.seen: list[str] = []

    def before_serialize(self, context: CallContext) -> None:
        self.seen.append("before_serialize")

    def before_sign(self, context: CallContext) -> None:
        self.seen.append(f"before_sign {context.attempt}")
        assert context.request is not None
        context.request.headers.append(("X-Trace", f"attempt-{context.attempt}"))

    def before_send(self, context: CallContext) -> None:
        assert context.request is not None
        self.seen.append(f"before_send {context.request.header('Authorization') is not None}")

    def after_receive(self, context: CallContext) -> None:
        assert context.response is not None
        self.seen.append(f"after_receive {context.response.status}")

    def after_attempt(self, context: CallContext) -> None:
        self.seen.append(f"after_attempt {type(context.error).__name__}")

    def after_call(self, context: CallContext) -> None:
        self.seen.append(f"after_call {context.output is not None}")


def _flaky() -> tuple[FakeServer, list[int]]:
    calls: list[int] = []

    def handler(operation: OperationSpec, model: ApigenModel) -> ApigenModel | HttpResponse:
        calls.append(1)
        if len(calls) == 1:
            return HttpResponse(503, [("x-amzn-RequestId", "req-503")], b"")
        return GetThingOutput(thing=Thing(id="t", state="READY"))

    return FakeServer(THINGS, handler, headers=[("x-amzn-RequestId", "req-ok")]), calls


def test_every_hook_runs_in_order_across_a_retry() -> None:
    server, _ = _flaky()
    recorder = Recorder()
    client = ThingsClient(
        transport=server,
        retries=RetryConfig(max_backoff=0.0),
        interceptors=[recorder],
        **AWS_KEYS,  # type: ignore[arg-type]
    )
    client._call(GET_THING, {"thing_id": "a"})
    assert recorder.seen == [
        "before_serialize",
        "before_sign 1",
        "before_send True",
        "after_receive 503",
        "after_attempt UnknownServiceError",
        "before_sign 2",
        "before_send True",
        "after_receive 200",
        "after_attempt NoneType",
        "after_call True",
    ]


def test_a_header_added_before_signing_is_sent_and_signed() -> None:
    server, _ = _flaky()
    client = ThingsClient(
        transport=server,
        retries=RetryConfig(max_backoff=0.0),
        interceptors=[Recorder()],
        **AWS_KEYS,  # type: ignore[arg-type]
    )
    client._call(GET_THING, {"thing_id": "a"})
    last = server.requests[-1]
    assert "attempt-2" in [v for k, v in last.headers if k == "X-Trace"]
    assert "x-trace" in (last.header("Authorization") or "")


def test_an_interceptor_that_raises_ends_the_call() -> None:
    class Refuse(Interceptor):
        def before_send(self, context: CallContext) -> None:
            raise RuntimeError("not today")

    server, calls = _flaky()
    client = ThingsClient(transport=server, interceptors=[Refuse()], **AWS_KEYS)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="not today"):
        client._call(GET_THING, {"thing_id": "a"})
    assert not calls


def test_async_clients_run_the_same_hooks() -> None:
    recorder = Recorder()

    def ready(operation: OperationSpec, model: ApigenModel) -> ApigenModel:
        return GetThingOutput(thing=Thing(id="t", state="READY"))

    async def main() -> None:
        async with AsyncThingsClient(
            transport=AsyncFakeServer(THINGS, ready),
            interceptors=[recorder],
            **AWS_KEYS,  # type: ignore[arg-type]
        ) as client:
            await client._call(GET_THING, {"thing_id": "a"})

    asyncio.run(main())
    assert recorder.seen[0] == "before_serialize" and recorder.seen[-1] == "after_call True"


def test_the_debug_log_has_one_line_per_attempt_and_no_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server, _ = _flaky()
    client = ThingsClient(transport=server, retries=RetryConfig(max_backoff=0.0), **AWS_KEYS)  # type: ignore[arg-type]
    with caplog.at_level(logging.DEBUG, logger="apigen.client"):
        client._call(GET_THING, {"thing_id": "a"})
    lines = [r.getMessage() for r in caplog.records if r.name == "apigen.client"]
    assert len(lines) == 2
    assert "GetThing attempt 1: 503" in lines[0] and "req-503" in lines[0]
    assert "GetThing attempt 2: 200" in lines[1] and "req-ok" in lines[1]
    signature = (server.requests[-1].header("Authorization") or "").rsplit("=", 1)[-1]
    for line in lines:
        for secret in (AWS_KEYS["aws_access_key_id"], AWS_KEYS["aws_secret_access_key"], signature):
            assert str(secret) not in line


def test_the_last_error_reaches_after_call() -> None:
    seen: list[CallContext] = []

    class Last(Interceptor):
        def after_call(self, context: CallContext) -> None:
            seen.append(context)

    def busy(*_: object) -> HttpResponse:
        return HttpResponse(503, [], b"")

    client = ThingsClient(
        transport=FakeServer(THINGS, busy),
        retries=RetryConfig(max_attempts=2, max_backoff=0.0),
        interceptors=[Last()],
        **AWS_KEYS,  # type: ignore[arg-type]
    )
    with pytest.raises(ServiceError):
        client._call(GET_THING, {"thing_id": "a"})
    assert len(seen) == 1 and seen[0].attempt == 2 and isinstance(seen[0].error, ServiceError)
