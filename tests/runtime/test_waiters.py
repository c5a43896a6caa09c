"""Waiters: the JMESPath subset, matchers, Smithy's delays, and the wait loop."""

from __future__ import annotations

import asyncio
import math

import pytest
from client_fakes import THINGS, GetThingInput, GetThingOutput, NotFoundError, Thing

from apigen.runtime.client.waiters import Delays, async_wait, matches, search, wait
from apigen.runtime.core.errors import (
    ApigenError,
    ParamValidationError,
    TransportError,
    WaiterError,
)
from apigen.runtime.core.model import ApigenModel
from apigen.runtime.core.schema import AcceptorSpec, WaiterSpec

DATA = {
    "a": {"b": "x", "n": 3, "flag": True},
    "list": [
        {"state": "READY", "tags": ["t1", "t2"]},
        {"state": "PENDING", "tags": ["t3"]},
        {"other": 1},
    ],
    "nested": [[1, 2], [3]],
    "empty": [],
}


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("a.b", "x"),
        ("a.missing", None),
        ("missing.b", None),
        ("list[].state", ["READY", "PENDING"]),
        ("list[*].state", ["READY", "PENDING"]),
        ("list[].tags[]", ["t1", "t2", "t3"]),
        ("list[].tags", [["t1", "t2"], ["t3"]]),
        ("nested[]", [1, 2, 3]),
        ("list[0].state", "READY"),
        ("list[-1].other", 1),
        ("list[5]", None),
        ("length(list)", 3),
        ("length(list[].state)", 2),
        ("length(empty)", 0),
        ("length(a.n)", None),
        ("length(list) > `2`", True),
        ("length(empty) > `0`", False),
        ("a.b == 'x'", True),
        ("a.flag == `true`", True),
        ("a.b[]", None),
    ],
)
def test_search(expression: str, expected: object) -> None:
    assert search(expression, DATA) == expected


REQUEST = GetThingInput(thing_id="t")


def output(state: str | None) -> GetThingOutput:
    return GetThingOutput(thing=Thing(id="t", state=state) if state else None)


def acceptor(comparator: str, path: str, expected: str | bool) -> AcceptorSpec:
    return AcceptorSpec("success", "output", path=path, expected=expected, comparator=comparator)


def test_comparators() -> None:
    class Many(ApigenModel):
        states: list[str] | None = None
        ok: bool | None = None

    many = Many(states=["A", "A"], ok=True)
    mixed = Many(states=["A", "B"], ok=False)
    cache: dict[str, object] = {}
    assert matches(acceptor("allStringEquals", "states", "A"), REQUEST, many, None, cache)
    assert not matches(acceptor("allStringEquals", "states", "A"), REQUEST, mixed, None, {})
    assert not matches(
        acceptor("allStringEquals", "states", "A"), REQUEST, Many(states=[]), None, {}
    )
    assert matches(acceptor("anyStringEquals", "states", "B"), REQUEST, mixed, None, {})
    assert not matches(acceptor("anyStringEquals", "states", "C"), REQUEST, mixed, None, {})
    assert matches(acceptor("booleanEquals", "ok", True), REQUEST, many, None, {})
    assert matches(acceptor("booleanEquals", "ok", "false"), REQUEST, mixed, None, {})
    assert not matches(acceptor("booleanEquals", "ok", True), REQUEST, Many(), None, {})
    assert matches(
        acceptor("stringEquals", "thing.state", "READY"), REQUEST, output("READY"), None, {}
    )
    assert not matches(
        acceptor("stringEquals", "thing.state", "READY"), REQUEST, output(None), None, {}
    )
    with pytest.raises(ValueError):
        matches(acceptor("sortOfEquals", "ok", True), REQUEST, many, None, {})


def test_success_error_type_and_input_output_matchers() -> None:
    missing = NotFoundError("gone", code="NotFound")
    assert matches(
        AcceptorSpec("success", "success", expected=True), REQUEST, output("X"), None, {}
    )
    assert not matches(
        AcceptorSpec("success", "success", expected=True), REQUEST, None, missing, {}
    )
    assert matches(AcceptorSpec("success", "success", expected=False), REQUEST, None, missing, {})
    assert matches(
        AcceptorSpec("retry", "errorType", expected="NotFound"), REQUEST, None, missing, {}
    )
    assert matches(
        AcceptorSpec("retry", "errorType", expected="NotFoundError"), REQUEST, None, missing, {}
    )
    assert not matches(
        AcceptorSpec("retry", "errorType", expected="Other"), REQUEST, None, missing, {}
    )
    assert not matches(
        AcceptorSpec("retry", "errorType", expected="NotFound"), REQUEST, output("X"), None, {}
    )
    both = AcceptorSpec(
        "success", "inputOutput", path="input.thingId", expected="t", comparator="stringEquals"
    )
    assert matches(both, REQUEST, output("X"), None, {})
    # output matchers never match an error
    assert not matches(acceptor("stringEquals", "thing.state", "READY"), REQUEST, None, missing, {})


# -- delays ----------------------------------------------------------------------------------------


def test_delays_follow_smithy() -> None:
    high = Delays(2, 120, 10_000, rand=lambda: 1.0)
    assert [high.next(n, 0) for n in range(1, 9)] == [2, 4, 8, 16, 32, 64, 120, 120]
    low = Delays(2, 120, 10_000, rand=lambda: 0.0)
    assert {low.next(n, 0) for n in range(1, 9)} == {2}
    # the attempt ceiling: log2(max/min) + 1
    assert Delays(10, 120, 1000)._ceiling == pytest.approx(math.log2(12) + 1)


def test_delays_fit_the_remaining_time_then_give_up() -> None:
    delays = Delays(2, 120, 30, rand=lambda: 1.0)
    assert delays.next(5, 0) == 28 - 0  # 32 would overshoot: remaining - min_delay
    assert delays.next(1, 27) == 1  # 3s left: wait 1s, leaving min_delay for one more attempt
    assert delays.next(1, 28) is None  # 2s left: not even min_delay
    with pytest.raises(ValueError):
        Delays(0, 1, 10)
    with pytest.raises(ValueError):
        Delays(2, 1, 10)
    with pytest.raises(ValueError):
        Delays(1, 2, 0)


# -- the loop ----------------------------------------------------------------------------------------

WAITER = THINGS.waiters["ThingReady"]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def scripted(*results: GetThingOutput | ApigenError):  # type: ignore[no-untyped-def]
    pending = list(results)
    calls: list[ApigenModel] = []

    def call(request: ApigenModel) -> ApigenModel:
        calls.append(request)
        item = pending.pop(0) if len(pending) > 1 else pending[0]
        if isinstance(item, Exception):
            raise item
        return item

    return call, calls


def test_wait_retries_until_success() -> None:
    clock = Clock()
    call, calls = scripted(NotFoundError("x", code="NotFound"), output("PENDING"), output("READY"))
    result = wait(WAITER, call, REQUEST, max_wait=60, sleep=clock.sleep, clock=clock)
    assert result == output("READY")
    assert len(calls) == 3 and len(clock.sleeps) == 2
    assert all(1.0 <= s <= 4.0 for s in clock.sleeps)


def test_wait_failure_state() -> None:
    clock = Clock()
    call, _ = scripted(output("PENDING"), output("FAILED"))
    with pytest.raises(WaiterError, match="failure state") as info:
        wait(WAITER, call, REQUEST, max_wait=60, sleep=clock.sleep, clock=clock)
    assert info.value.last == output("FAILED")


def test_wait_unexpected_error_fails() -> None:
    clock = Clock()
    boom = TransportError("down")
    call, _ = scripted(boom)
    with pytest.raises(WaiterError) as info:
        wait(WAITER, call, REQUEST, max_wait=60, sleep=clock.sleep, clock=clock)
    assert info.value.last is boom and info.value.__cause__ is boom


def test_wait_times_out() -> None:
    clock = Clock()
    call, calls = scripted(output("PENDING"))
    with pytest.raises(WaiterError, match="not done") as info:
        wait(WAITER, call, REQUEST, max_wait=20, sleep=clock.sleep, clock=clock)
    assert info.value.last == output("PENDING")
    assert clock.now <= 20 - WAITER.min_delay + 1e-9
    assert len(calls) == len(clock.sleeps) + 1


def test_wait_delay_overrides_and_parameter_errors() -> None:
    clock = Clock()
    call, _ = scripted(output("PENDING"), output("PENDING"), output("READY"))
    wait(
        WAITER,
        call,
        REQUEST,
        max_wait=1,
        min_delay=0.01,
        max_delay=0.02,
        sleep=clock.sleep,
        clock=clock,
    )
    assert all(0.01 <= s <= 0.02 for s in clock.sleeps)

    def invalid(request: ApigenModel) -> ApigenModel:
        raise ParamValidationError("bad")

    with pytest.raises(ParamValidationError):
        wait(WAITER, invalid, REQUEST, max_wait=1)


def test_success_on_error_returns_none() -> None:
    gone = WaiterSpec(
        "Gone", "GetThing", acceptors=(AcceptorSpec("success", "errorType", expected="NotFound"),)
    )
    call, _ = scripted(NotFoundError("x", code="NotFound"))
    assert wait(gone, call, REQUEST, max_wait=10) is None


def test_async_wait() -> None:
    call, calls = scripted(output("PENDING"), output("READY"))

    async def acall(request: ApigenModel) -> ApigenModel:
        return call(request)

    async def main() -> None:
        result = await async_wait(
            WAITER, acall, REQUEST, max_wait=1, min_delay=0.001, max_delay=0.002
        )
        assert result == output("READY")
        with pytest.raises(WaiterError, match="not done"):
            stuck, _ = scripted(output("PENDING"))

            async def astuck(request: ApigenModel) -> ApigenModel:
                return stuck(request)

            await async_wait(WAITER, astuck, REQUEST, max_wait=0.05, min_delay=0.01, max_delay=0.01)

    asyncio.run(main())
    assert len(calls) == 2


def test_status_matcher_compares_an_errors_http_status() -> None:
    gone = WaiterSpec(
        "Gone", "GetThing", acceptors=(AcceptorSpec("success", "status", expected=404),)
    )
    call, _ = scripted(NotFoundError("x", code="NotFound", status=404))
    assert wait(gone, call, REQUEST, max_wait=10) is None
    teapot = NotFoundError("x", code="NotFound", status=418)
    call, _ = scripted(teapot)
    with pytest.raises(WaiterError) as info:
        wait(gone, call, REQUEST, max_wait=10)
    assert info.value.last is teapot


def test_max_attempts_ends_the_wait() -> None:
    clock = Clock()
    capped = WaiterSpec(
        "Capped",
        "GetThing",
        min_delay=5.0,
        max_delay=5.0,
        acceptors=WAITER.acceptors,
        max_attempts=3,
    )
    call, calls = scripted(output("PENDING"))
    with pytest.raises(WaiterError, match="not done after 3 attempt"):
        wait(capped, call, REQUEST, max_wait=3600, sleep=clock.sleep, clock=clock)
    assert len(calls) == 3 and clock.sleeps == [5.0, 5.0]
