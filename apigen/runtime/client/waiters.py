"""Waiters: poll an operation until a Smithy ``WaiterSpec`` acceptor says success or failure.

One mechanism for every waiter (sync ``wait``, async ``async_wait``):

- Each attempt calls the operation; acceptors are tried in order and the first that matches
  decides: ``success`` returns, ``failure`` raises ``WaiterError``, ``retry`` waits. When
  none matches, an error response fails the waiter and an output retries (Smithy's rules).
- Matchers: ``output`` / ``inputOutput`` evaluate ``path`` on the output's wire-form dict
  (``{"input": ..., "output": ...}`` for inputOutput) and compare with ``expected``
  (``stringEquals``, ``booleanEquals``, ``allStringEquals``, ``anyStringEquals``);
  ``success`` matches a success (``expected`` true) or any error (false); ``errorType``
  matches an error by wire code (or exception class name).
- Paths are JMESPath, evaluated by the ``jmespath`` library as boto3 does.
- ``status`` (botocore's matcher) compares an error's HTTP status with ``expected``; a
  success matches a 2xx ``expected`` (the client keeps no success status, and AWS waiters
  test only 200 for one).
- ``max_attempts`` (botocore's waiters) ends the wait after that many attempts.
- Delays follow Smithy: attempt *n* > 1 waits ``uniform(minDelay, min(maxDelay,
  minDelay * 2 ** (n - 2)))``, shortened so one more attempt fits before ``max_wait``; when
  the remaining time is at most ``minDelay`` the waiter gives up with ``WaiterError``.
"""

from __future__ import annotations

import functools
import math
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, cast

import jmespath
from jmespath.exceptions import JMESPathTypeError
from jmespath.parser import ParsedResult

from ..core.errors import ApigenError, ParamValidationError, WaiterError
from ..core.model import ApigenModel
from ..core.schema import AcceptorSpec, WaiterSpec

__all__ = ["Delays", "async_wait", "matches", "search", "wait", "wire_form"]

SUCCESS, FAILURE, RETRY = "success", "failure", "retry"


# -- JMESPath --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _compiled(expression: str) -> ParsedResult:
    return jmespath.compile(expression)


def search(expression: str, data: Any) -> Any:
    """Evaluate a JMESPath expression on wire-form ``data`` with the ``jmespath`` library
    (the one boto3's waiters use), compiled once per expression. A function given a value
    of the wrong type (``length`` of a number, say, when a response lacks a field) yields
    None, which matches no acceptor, rather than ending the wait with a traceback."""
    try:
        return _compiled(expression).search(data)
    except JMESPathTypeError:
        return None


# -- acceptors ------------------------------------------------------------------------------------


def wire_form(model: ApigenModel | None) -> Any:
    """A model as the JSON data it travels as (wire names, JSON scalars)."""
    return None if model is None else model.model_dump(mode="json", by_alias=True)


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _compare_expected(comparator: str | None, actual: Any, expected: Any) -> bool:
    if comparator == "stringEquals":
        return _string(actual) is not None and actual == str(expected)
    if comparator == "booleanEquals":
        want = expected if isinstance(expected, bool) else str(expected).lower() == "true"
        return isinstance(actual, bool) and actual is want
    values = cast("list[object]", actual) if isinstance(actual, list) else None
    if comparator == "allStringEquals":
        return values is not None and bool(values) and all(v == str(expected) for v in values)
    if comparator == "anyStringEquals":
        return values is not None and any(v == str(expected) for v in values)
    raise ValueError(f"unknown waiter comparator {comparator!r}")


def matches(
    acceptor: AcceptorSpec,
    request: ApigenModel,
    output: ApigenModel | None,
    error: ApigenError | None,
    cache: dict[str, Any],
) -> bool:
    """Whether ``acceptor`` matches one attempt's result; ``cache`` memoises wire forms."""
    kind = acceptor.matcher
    if kind == "success":
        return (error is None) is (acceptor.expected in (True, "true"))
    if kind == "errorType":
        if error is None:
            return False
        expected = str(acceptor.expected)
        return getattr(error, "code", None) == expected or type(error).__name__ == expected
    if kind == "status":
        if error is None:
            return isinstance(acceptor.expected, int) and 200 <= acceptor.expected < 300
        return getattr(error, "status", None) == acceptor.expected
    if error is not None or acceptor.path is None:
        return False
    if kind == "output":
        if "output" not in cache:
            cache["output"] = wire_form(output)
        data = cache["output"]
    elif kind == "inputOutput":
        if "inputOutput" not in cache:
            cache["inputOutput"] = {"input": wire_form(request), "output": wire_form(output)}
        data = cache["inputOutput"]
    else:
        raise ValueError(f"unknown waiter matcher {kind!r}")
    return _compare_expected(acceptor.comparator, search(acceptor.path, data), acceptor.expected)


def _state(
    spec: WaiterSpec, request: ApigenModel, output: ApigenModel | None, error: ApigenError | None
) -> tuple[str, bool]:
    """The state an attempt leads to, and whether an acceptor (rather than the default) chose it."""
    cache: dict[str, Any] = {}
    for acceptor in spec.acceptors:
        if matches(acceptor, request, output, error, cache):
            return acceptor.state, True
    return (FAILURE if error is not None else RETRY), False


# -- delays ---------------------------------------------------------------------------------------


class Delays:
    """Smithy's waiter retry schedule for one wait."""

    def __init__(
        self,
        min_delay: float,
        max_delay: float,
        max_wait: float,
        rand: Callable[[], float] = random.random,
    ) -> None:
        if min_delay <= 0 or max_delay < min_delay:
            raise ValueError("waiter delays need 0 < min_delay <= max_delay")
        if max_wait <= 0:
            raise ValueError("max_wait must be positive")
        self.min_delay = min_delay
        self.max_delay = max_delay
        self.max_wait = max_wait
        self._rand = rand
        self._ceiling = math.log(max_delay / min_delay) / math.log(2) + 1

    def next(self, attempt: int, elapsed: float) -> float | None:
        """The delay after failed attempt ``attempt`` (1-based), or None: out of time."""
        remaining = self.max_wait - elapsed
        if remaining <= self.min_delay:
            return None
        if attempt > self._ceiling:
            cap = self.max_delay
        else:
            cap = min(self.max_delay, self.min_delay * 2 ** (attempt - 1))
        delay = self.min_delay + (cap - self.min_delay) * self._rand()
        if remaining - delay <= self.min_delay:
            delay = remaining - self.min_delay
        return delay


def _delays(
    spec: WaiterSpec, max_wait: float, min_delay: float | None, max_delay: float | None
) -> Delays:
    low = spec.min_delay if min_delay is None else min_delay
    high = spec.max_delay if max_delay is None else max_delay
    return Delays(low, max(high, low), max_wait)


def _outcome(
    spec: WaiterSpec, request: ApigenModel, output: ApigenModel | None, error: ApigenError | None
) -> bool:
    """True on success, False to retry; raises ``WaiterError`` on failure."""
    state, matched = _state(spec, request, output, error)
    if state == SUCCESS:
        return True
    if state == RETRY:
        return False
    if error is not None and not matched:
        raise WaiterError(f"{spec.name}: {spec.operation} failed: {error}", last=error) from error
    raise WaiterError(
        f"{spec.name}: reached a failure state", last=error if error is not None else output
    )


class _Polling:
    """One wait's state, without I/O: the sync and async shells call, then ask ``after``."""

    __slots__ = ("spec", "request", "max_wait", "delays", "clock", "started", "attempt")

    def __init__(
        self,
        spec: WaiterSpec,
        request: ApigenModel,
        max_wait: float,
        min_delay: float | None,
        max_delay: float | None,
        clock: Callable[[], float],
    ) -> None:
        self.spec = spec
        self.request = request
        self.max_wait = max_wait
        self.delays = _delays(spec, max_wait, min_delay, max_delay)
        self.clock = clock
        self.started = clock()
        self.attempt = 0

    def after(self, output: ApigenModel | None, error: ApigenError | None) -> float | None:
        """After one attempt: None when it succeeded, else the delay before the next one;
        raises ``WaiterError`` on a failure state or when out of time or attempts."""
        self.attempt += 1
        if _outcome(self.spec, self.request, output, error):
            return None
        delay = self.delays.next(self.attempt, self.clock() - self.started)
        if delay is None or self.attempt == self.spec.max_attempts:
            raise WaiterError(
                f"{self.spec.name}: not done after {self.attempt} attempt(s) in {self.max_wait}s",
                last=output if error is None else error,
            )
        return delay


def wait(
    spec: WaiterSpec,
    call: Callable[[ApigenModel], ApigenModel],
    request: ApigenModel,
    *,
    max_wait: float,
    min_delay: float | None = None,
    max_delay: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> ApigenModel | None:
    """Poll until success: the last output (None when an error meant success)."""
    polling = _Polling(spec, request, max_wait, min_delay, max_delay, clock)
    while True:
        output: ApigenModel | None = None
        error: ApigenError | None = None
        try:
            output = call(request)
        except ParamValidationError:
            raise
        except ApigenError as exc:
            error = exc
        delay = polling.after(output, error)
        if delay is None:
            return output
        sleep(delay)


async def async_wait(
    spec: WaiterSpec,
    call: Callable[[ApigenModel], Awaitable[ApigenModel]],
    request: ApigenModel,
    *,
    max_wait: float,
    min_delay: float | None = None,
    max_delay: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ApigenModel | None:
    """``wait`` for async clients (sleeps with ``asyncio.sleep``)."""
    import asyncio  # not at module level: importing asyncio costs sync users milliseconds

    polling = _Polling(spec, request, max_wait, min_delay, max_delay, clock)
    while True:
        output: ApigenModel | None = None
        error: ApigenError | None = None
        try:
            output = await call(request)
        except ParamValidationError:
            raise
        except ApigenError as exc:
            error = exc
        delay = polling.after(output, error)
        if delay is None:
            return output
        await asyncio.sleep(delay)
