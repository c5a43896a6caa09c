"""Standard-mode retries: what is retried, how long to wait, the quota, and the safety rule."""

from __future__ import annotations

import random

import pytest
from client_fakes import (
    AWS_KEYS,
    CREATE_THING,
    GET_THING,
    THINGS,
    FakeServer,
    GetThingOutput,
    Thing,
    ThingsClient,
)

from apigen.runtime.client import config
from apigen.runtime.client.retries import (
    INITIAL_QUOTA,
    RetryConfig,
    RetryPolicy,
    RetryQuota,
    backoff,
    is_safe_to_repeat,
    retry_hint,
)
from apigen.runtime.core.errors import ServiceError, TransportError, UnknownServiceError
from apigen.runtime.core.http import HttpResponse
from apigen.runtime.core.model import ApigenModel, Empty
from apigen.runtime.core.schema import OperationSpec
from apigen.runtime.transport.base import ConnectError, ConnectTimeout, ReadError, ReadTimeout

UNSAFE = THINGS.operations["DeleteThing"]  # POST, not idempotent, no token


class _Always(random.Random):
    def __init__(self, value: float) -> None:
        super().__init__()
        self.value = value

    def random(self) -> float:
        return self.value


def policy(max_attempts: int = 3, rand: float = 1.0, **config: float) -> RetryPolicy:
    return RetryPolicy(RetryConfig(max_attempts=max_attempts, **config), rand=_Always(rand))  # type: ignore[arg-type]


def error(
    status: int, code: str = "", headers: list[tuple[str, str]] | None = None, **flags: bool
) -> ServiceError:
    exc = UnknownServiceError("x", code=code or str(status), status=status, headers=headers)
    for name, value in flags.items():
        setattr(exc, name, value)
    return exc


@pytest.fixture(autouse=True)
def _clean() -> None:
    config.clear_cache()


def test_backoff_is_full_jitter_doubling_from_one_second_capped_at_twenty() -> None:
    assert [backoff(i, 20.0, 1.0) for i in range(1, 8)] == [1, 2, 4, 8, 16, 20, 20]
    assert backoff(3, 20.0, 0.25) == 1.0
    assert backoff(1, 20.0, 0.0) == 0.0


def test_defaults_are_standard_mode() -> None:
    config = RetryConfig()
    assert (config.max_attempts, config.max_backoff) == (3, 20.0)
    assert RetryQuota().available == INITIAL_QUOTA == 500
    with pytest.raises(ValueError):
        RetryConfig(max_attempts=0)


@pytest.mark.parametrize(
    "exc",
    [
        error(400, "ThrottlingException"),
        error(400, "Throttling"),
        error(400, "TooManyRequestsException"),
        error(400, "RequestLimitExceeded"),
        error(429),
        error(400, "Custom", throttling=True),
        error(409, "Conflict", retryable=True),
        ConnectError("refused"),
        ConnectTimeout("slow"),
    ],
)
def test_refusals_are_retried_for_every_operation(exc: Exception) -> None:
    assert policy().delay(1, exc, UNSAFE) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "exc",
    [
        error(500),
        error(502),
        error(503),
        error(504),
        error(400, "RequestTimeout"),
        ReadError("reset"),
        ReadTimeout("slow"),
    ],
)
def test_maybe_processed_failures_are_retried_only_when_safe(exc: Exception) -> None:
    assert policy().delay(1, exc, UNSAFE) is None  # type: ignore[arg-type]
    assert policy().delay(1, exc, GET_THING) is not None  # type: ignore[arg-type]  # readonly
    assert policy().delay(1, exc, CREATE_THING) is not None  # type: ignore[arg-type]  # idempotency token


def test_safety() -> None:
    assert is_safe_to_repeat(GET_THING) and is_safe_to_repeat(CREATE_THING)
    assert not is_safe_to_repeat(UNSAFE)
    idempotent = OperationSpec(name="Put", input=Empty, output=Empty, idempotent=True)
    assert is_safe_to_repeat(idempotent)


@pytest.mark.parametrize(
    "exc", [error(400, "ValidationException"), error(404, "NotFound"), error(501)]
)
def test_other_errors_are_not_retried(exc: ServiceError) -> None:
    assert policy().delay(1, exc, GET_THING) is None


def test_max_attempts_counts_the_first() -> None:
    p = policy(max_attempts=3)
    assert p.delay(1, error(503), GET_THING) is not None
    assert p.delay(2, error(503), GET_THING) is not None
    assert p.delay(3, error(503), GET_THING) is None
    assert policy(max_attempts=1).delay(1, error(503), GET_THING) is None


def test_quota_costs_five_ten_after_timeouts_and_refills_on_success() -> None:
    p = policy()
    assert p.delay(1, error(503), GET_THING) == (1.0, 5)
    assert p.delay(1, ReadTimeout("slow"), GET_THING) == (1.0, 10)
    assert p.quota.available == 485
    p.succeeded(10)
    assert p.quota.available == 495
    p.succeeded(0)
    assert p.quota.available == 496
    for _ in range(10):
        p.succeeded(0)
    assert p.quota.available == 500


def test_empty_quota_stops_retries() -> None:
    p = policy()
    p.quota.available = 4
    assert p.delay(1, error(503), GET_THING) is None
    assert p.delay(1, ReadTimeout("t"), GET_THING) is None


def test_retry_after_and_ratelimit_reset_are_honoured() -> None:
    p = policy(rand=0.5)
    assert p.delay(1, error(429, headers=[("Retry-After", "3")]), UNSAFE) == (3.0, 5)
    reset = error(429, headers=[("X-RateLimit-Reset", "7")])
    assert p.delay(1, reset, UNSAFE, ("X-RateLimit-Reset",)) == (7.0, 5)
    assert p.delay(2, error(503, headers=[("Retry-After", "0")]), GET_THING) == (
        1.0,
        5,
    )  # backoff is longer
    assert (
        p.delay(1, error(429, headers=[("Retry-After", "120")]), UNSAFE) is None
    )  # over max_retry_after


def test_retry_hint_parses_seconds_and_http_dates() -> None:
    assert retry_hint([("retry-after", "2.5")]) == 2.5
    assert retry_hint([("Retry-After", "Wed, 21 Oct 2015 07:28:10 GMT")], now=1445412480.0) == 10.0
    assert retry_hint([("Retry-After", "soon")]) is None
    assert retry_hint([("Retry-After", "-1")]) is None
    assert (
        retry_hint([("Retry-After", "1"), ("X-RateLimit-Reset", "4")], ("X-RateLimit-Reset",))
        == 4.0
    )


def test_reset_headers_count_only_when_the_service_names_them() -> None:
    assert retry_hint([("Retry-After", "1"), ("X-RateLimit-Reset", "4")]) == 1.0
    assert retry_hint([("x-ratelimit-reset", "4")], ("X-RateLimit-Reset",)) == 4.0


def test_a_reset_given_as_a_unix_time_is_seconds_from_now() -> None:
    now = 1_700_000_000.0
    assert retry_hint([("RateLimit-Reset", str(now + 7))], ("RateLimit-Reset",), now=now) == 7.0
    assert retry_hint([("RateLimit-Reset", str(now - 7))], ("RateLimit-Reset",), now=now) is None
    assert retry_hint([]) is None


# -- through a client ------------------------------------------------------------------------


def _client(handler, **options: object) -> tuple[ThingsClient, FakeServer]:  # type: ignore[no-untyped-def]
    server = FakeServer(THINGS, handler)
    options.setdefault("retries", RetryConfig(max_backoff=0.0))
    return ThingsClient(transport=server, **{**AWS_KEYS, **options}), server  # type: ignore[arg-type]


def _script(*responses: HttpResponse | Exception):  # type: ignore[no-untyped-def]
    pending = list(responses)

    def handler(operation: OperationSpec, model: ApigenModel) -> ApigenModel | HttpResponse:
        if pending:
            item = pending.pop(0)
            if isinstance(item, Exception):
                raise item
            return item
        return GetThingOutput(thing=Thing(id="t"))

    return handler


def test_a_503_is_retried_and_each_attempt_signed_afresh() -> None:
    client, server = _client(_script(HttpResponse(503, [], b""), HttpResponse(503, [], b"")))
    assert client._call(GET_THING, {"thing_id": "a"}).thing == Thing(id="t")
    assert len(server.requests) == 3
    for request in server.requests:
        assert [name for name, _ in request.headers].count("Authorization") == 1


def test_attempts_run_out_and_the_last_error_is_raised() -> None:
    client, server = _client(
        _script(*[HttpResponse(503, [("x-amzn-RequestId", f"r{i}")], b"") for i in range(5)])
    )
    with pytest.raises(ServiceError) as info:
        client._call(GET_THING, {"thing_id": "a"})
    assert info.value.status == 503 and info.value.request_id == "r2"
    assert len(server.requests) == 3


def test_non_idempotent_operation_is_not_retried_after_a_5xx() -> None:
    client, server = _client(_script(HttpResponse(503, [], b"")))
    with pytest.raises(ServiceError):
        client._call(UNSAFE, {"thing_id": "a"})
    assert len(server.requests) == 1


def test_non_idempotent_operation_is_retried_when_throttled() -> None:
    throttled = HttpResponse(400, [("X-Amzn-ErrorType", "ThrottlingException")], b"{}")
    client, server = _client(_script(throttled))
    client._call(UNSAFE, {"thing_id": "a"})
    assert len(server.requests) == 2


def test_transport_errors_follow_the_safety_rule() -> None:
    client, server = _client(_script(ConnectError("refused")))
    client._call(UNSAFE, {"thing_id": "a"})
    assert len(server.requests) == 2
    client, server = _client(_script(ReadError("reset")))
    with pytest.raises(TransportError):
        client._call(UNSAFE, {"thing_id": "a"})
    assert len(server.requests) == 1
    client, server = _client(_script(ReadTimeout("slow")))
    client._call(GET_THING, {"thing_id": "a"})
    assert len(server.requests) == 2


def test_retries_int_sets_max_attempts() -> None:
    client, server = _client(_script(*[HttpResponse(500, [], b"")] * 9), retries=5)
    assert client._retry.config == RetryConfig(max_attempts=5)
    client._retry = RetryPolicy(RetryConfig(max_attempts=5, max_backoff=0.0))
    with pytest.raises(ServiceError):
        client._call(GET_THING, {"thing_id": "a"})
    assert len(server.requests) == 5
