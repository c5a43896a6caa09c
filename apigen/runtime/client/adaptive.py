"""The AWS SDKs' *adaptive* retry mode: a client-side rate limiter that backs off on throttling.

Standard retries decide whether and when to retry; adaptive mode also paces every attempt.
A token bucket, off until the service first throttles, is refilled at a rate that follows
TCP CUBIC: cut to ``BETA`` of the measured sending rate on each throttle, then grown back
along a cubic curve towards (and past) the rate where throttling began. The constants and
the shape are the SDKs' (botocore ``retries/adaptive.py``, the Java and Go SDKs alike).

Sans-I/O, like the call loop: ``acquire()`` says how long to wait before the next send
(the shell sleeps), ``update(throttled=...)`` is told each outcome. Thread-safe.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

__all__ = ["RateLimiter"]

BETA = 0.7
SCALE = 0.4
MIN_FILL_RATE = 0.5
MIN_CAPACITY = 1.0
SMOOTH = 0.8
BUCKET_SECONDS = 0.5


class RateLimiter:
    """One client's sending rate (see the module docstring)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        now = clock()
        self.enabled = False
        self.fill_rate = MIN_FILL_RATE
        self.max_capacity = MIN_CAPACITY
        self.capacity = 0.0
        self._last_refill = now
        self._last_max_rate = 0.0
        self._last_throttle = now
        self._window = 0.0
        self.measured_rate = 0.0
        self._count = 0
        self._bucket = math.floor(now / BUCKET_SECONDS) * BUCKET_SECONDS

    def acquire(self, amount: float = 1.0) -> float:
        """Take ``amount`` tokens; the seconds to wait before sending (0 when disabled)."""
        if not self.enabled:
            return 0.0
        with self._lock:
            self._refill()
            wait = 0.0
            if amount > self.capacity:
                wait = (amount - self.capacity) / self.fill_rate
            self.capacity -= amount  # owed tokens come back with the time waited
            return wait

    def update(self, *, throttled: bool) -> None:
        """Record one response: a throttle cuts the rate, anything else grows it."""
        with self._lock:
            now = self._clock()
            self._measure(now)
            if throttled:
                rate = (
                    self.measured_rate
                    if not self.enabled
                    else min(self.measured_rate, self.fill_rate)
                )
                self._last_max_rate = rate
                self._window = self._time_window()
                self._last_throttle = now
                calculated = rate * BETA
                self.enabled = True
            else:
                self._window = self._time_window()
                elapsed = now - self._last_throttle - self._window
                calculated = SCALE * elapsed**3 + self._last_max_rate
            self._set_rate(min(calculated, 2 * self.measured_rate))

    def _time_window(self) -> float:
        return float((self._last_max_rate * (1 - BETA) / SCALE) ** (1 / 3))

    def _refill(self) -> None:
        now = self._clock()
        self.capacity = min(
            self.max_capacity, self.capacity + (now - self._last_refill) * self.fill_rate
        )
        self._last_refill = now

    def _set_rate(self, rate: float) -> None:
        self._refill()
        self.fill_rate = max(rate, MIN_FILL_RATE)
        self.max_capacity = max(rate, MIN_CAPACITY)
        self.capacity = min(self.capacity, self.max_capacity)

    def _measure(self, now: float) -> None:
        bucket = math.floor(now / BUCKET_SECONDS) * BUCKET_SECONDS
        self._count += 1
        if bucket > self._bucket:
            current = self._count / (bucket - self._bucket)
            self.measured_rate = current * SMOOTH + self.measured_rate * (1 - SMOOTH)
            self._count = 0
            self._bucket = bucket
