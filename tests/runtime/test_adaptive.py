"""The adaptive retry mode's rate limiter, on a fake clock (the AWS SDKs' CUBIC rules)."""

from __future__ import annotations

import pytest

from apigen.runtime.client.adaptive import BETA, MIN_FILL_RATE, RateLimiter
from apigen.runtime.client.retries import RetryConfig, RetryPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _sending(limiter: RateLimiter, clock: Clock, per_second: int, seconds: float) -> None:
    for _ in range(int(per_second * seconds)):
        clock.now += 1 / per_second
        limiter.update(throttled=False)


def test_off_until_the_first_throttle() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    _sending(limiter, clock, 20, 2)
    assert not limiter.enabled and limiter.acquire() == 0.0


def test_a_throttle_cuts_the_rate_to_beta_of_what_was_measured() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    _sending(limiter, clock, 20, 3)
    measured = limiter.measured_rate
    assert measured > 10
    clock.now += 0.01
    limiter.update(throttled=True)
    assert limiter.enabled
    assert limiter.fill_rate == pytest.approx(max(limiter.measured_rate * BETA, MIN_FILL_RATE))
    assert limiter.fill_rate < measured


def test_sending_faster_than_the_fill_rate_waits() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    _sending(limiter, clock, 20, 3)
    limiter.update(throttled=True)
    waits = [limiter.acquire() for _ in range(10)]
    assert waits[-1] > 0
    assert waits == sorted(waits)  # each token owed waits longer


def test_the_rate_grows_back_after_throttling_stops() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    _sending(limiter, clock, 20, 3)
    limiter.update(throttled=True)
    cut = limiter.fill_rate
    _sending(limiter, clock, 20, 5)
    assert limiter.fill_rate > cut


def test_adaptive_mode_gives_the_policy_a_limiter() -> None:
    assert RetryPolicy(RetryConfig(mode="adaptive")).limiter is not None
    assert RetryPolicy(RetryConfig(mode="standard")).limiter is None
    with pytest.raises(ValueError, match="retry mode"):
        RetryConfig(mode="eager")
