"""How long a transport may take: to connect, between reads, and in all (a deadline).

``Transport.send`` takes ``timeout`` as seconds (connect and each read, as before) or a
``Timeouts``: separate ``connect`` and ``read`` limits (botocore's ``connect_timeout`` and
``read_timeout``) and an absolute ``deadline`` on ``time.monotonic()``'s clock by which the
exchange must be over, however the server drips its bytes. The client sets the deadline
once per call, so it also bounds retries and their backoff.

``Watchdog`` enforces deadlines on blocking sockets: one daemon thread, started on first use,
that runs a callback (shutting the socket down) when a deadline passes, which turns the
blocked read into an error the transport reports as ``ReadTimeout``.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import threading
import time
from collections.abc import Callable

from ..core.records import Record

__all__ = ["Timeouts", "Watchdog", "as_timeouts", "watchdog"]


class Timeouts(Record):
    connect: float | None = None
    read: float | None = None
    deadline: float | None = None

    def remaining(self) -> float | None:
        """Seconds left before the deadline (never negative), or None without one."""
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.monotonic())

    def bounded(self, limit: float | None) -> float | None:
        """``limit`` shortened to what is left before the deadline."""
        left = self.remaining()
        if left is None:
            return limit
        return left if limit is None else min(limit, left)


def as_timeouts(value: float | Timeouts | None) -> Timeouts:
    """What a transport was given, as ``Timeouts`` (a number limits connect and each read)."""
    if isinstance(value, Timeouts):
        return value
    return Timeouts(connect=value, read=value)


class _Alarm:
    __slots__ = ("callback", "fired", "cancelled")

    def __init__(self, callback: Callable[[], object]) -> None:
        self.callback = callback
        self.fired = False
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class Watchdog:
    """Runs callbacks at deadlines, from one daemon thread (see the module docstring)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Alarm]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def arm(self, deadline: float, callback: Callable[[], object]) -> _Alarm:
        """Run ``callback`` at ``deadline`` (monotonic) unless the returned alarm is cancelled;
        ``alarm.fired`` says afterwards whether it ran."""
        alarm = _Alarm(callback)
        with self._wake:
            heapq.heappush(self._heap, (deadline, next(self._order), alarm))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="apigen-deadlines", daemon=True
                )
                self._thread.start()
            self._wake.notify()
        return alarm

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._heap and self._heap[0][2].cancelled:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._wake.wait()
                    continue
                deadline, _, alarm = self._heap[0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self._wake.wait(wait)
                    continue
                heapq.heappop(self._heap)
            if not alarm.cancelled:
                alarm.fired = True
                # OSError: the socket was already closed, there is nothing to interrupt
                with contextlib.suppress(OSError):
                    alarm.callback()


_watchdog: Watchdog | None = None
_LOCK = threading.Lock()


def watchdog() -> Watchdog:
    """The process's watchdog (made on first use)."""
    global _watchdog
    if _watchdog is None:
        with _LOCK:
            if _watchdog is None:
                _watchdog = Watchdog()
    return _watchdog
