"""Retries in the AWS SDKs' *standard* mode, plus the one rule that keeps them safe.

Standard mode (as botocore, the AWS SDKs reference guide and smithy-python define it):

- at most ``max_attempts`` attempts (3), the first included;
- before retry *i* (1-based) wait ``min(random() * 2 ** (i - 1), max_backoff)`` seconds
  ("full jitter", base 1 s, growth 2, cap 20 s);
- retry throttling errors (the SDKs' throttling codes, HTTP 429, errors modelled
  ``@retryable(throttling: true)``), transient errors (``RequestTimeout``-style codes, HTTP
  500/502/503/504), errors modelled ``@retryable`` and transport failures;
- a per-client retry quota (a token bucket of 500): a retry takes 5 tokens, 10 after a
  timeout; no tokens, no retry. A success gives back what its retry took, or 1 token when it
  needed none.

On top of that, a server's hint is honoured: ``Retry-After`` (seconds or an HTTP date) and
the rate-limit reset headers the spec names (``ServiceSpec.retry_after_headers``) replace the
backoff when longer; a hint
longer than ``max_retry_after`` ends the retries instead of blocking the caller.

Safety: a request that may have reached the server (a read failure or timeout after sending,
or a 5xx/408 answer) is retried only when the operation is safe to repeat: ``readonly``,
``idempotent``, or carrying an idempotency token (the same token is sent on every attempt).
Throttling answers and connection failures are refusals, so every operation retries on them.
"""

from __future__ import annotations

import random
import threading
import time
from typing import TYPE_CHECKING

from ..core.errors import ApigenError, ServiceError, TransportError
from ..core.records import Record
from ..core.schema import OperationSpec
from ..protocols.faults import THROTTLING_CODES
from ..transport.base import ConnectError, ConnectTimeout, ReadTimeout

if TYPE_CHECKING:
    from .adaptive import RateLimiter

__all__ = [
    "RETRY_MODES",
    "THROTTLING_CODES",
    "TRANSIENT_CODES",
    "RetryConfig",
    "RetryPolicy",
    "RetryQuota",
    "backoff",
    "is_safe_to_repeat",
    "retry_hint",
]

TRANSIENT_CODES = frozenset(
    {"RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"}
)
TRANSIENT_STATUS = frozenset({500, 502, 503, 504})

INITIAL_QUOTA = 500
RETRY_COST = 5
TIMEOUT_RETRY_COST = 10
NO_RETRY_INCREMENT = 1


RETRY_MODES = ("standard", "adaptive", "legacy")


class RetryConfig(Record):
    """How a client retries. ``max_attempts=1`` turns retries off.

    ``mode`` as the AWS SDKs name it: ``standard``; ``adaptive`` (standard plus client-side
    rate limiting that slows down after throttling, ``adaptive.RateLimiter``); ``legacy``
    is read as ``standard`` (apigen has no older behaviour to keep).
    """

    max_attempts: int = 3
    max_backoff: float = 20.0
    max_retry_after: float = 60.0
    mode: str = "standard"

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.mode not in RETRY_MODES:
            raise ValueError(f"retry mode {self.mode!r}: expected one of {', '.join(RETRY_MODES)}")
        if self.max_backoff < 0 or self.max_retry_after < 0:
            raise ValueError("max_backoff and max_retry_after must not be negative")


_DEFAULT_CONFIG = RetryConfig()


class RetryQuota:
    """The standard-mode token bucket; thread-safe."""

    def __init__(self, capacity: int = INITIAL_QUOTA) -> None:
        self.capacity = capacity
        self.available = capacity
        self._lock = threading.Lock()

    def acquire(self, amount: int) -> bool:
        with self._lock:
            if amount > self.available:
                return False
            self.available -= amount
            return True

    def release(self, amount: int) -> None:
        if self.available >= self.capacity:  # the common case: nothing to give back
            return
        with self._lock:
            self.available = min(self.capacity, self.available + amount)


def backoff(attempt: int, max_backoff: float, rand: float) -> float:
    """Delay before retry ``attempt`` (1-based): full jitter over ``2 ** (attempt - 1)`` s."""
    growth: float = 2.0 ** (attempt - 1)
    return min(rand * growth, max_backoff)


def is_safe_to_repeat(operation: OperationSpec) -> bool:
    """Whether a request that may have reached the server can be sent again."""
    return operation.readonly or operation.idempotent or operation.idempotency_token is not None


def retry_hint(
    headers: list[tuple[str, str]], reset_headers: tuple[str, ...] = (), now: float | None = None
) -> float | None:
    """Seconds a server asked us to wait, or None: HTTP's ``Retry-After`` (seconds or an HTTP
    date) and the service's ``reset_headers`` (``ServiceSpec.retry_after_headers``: seconds,
    or a Unix time when the value is past 10**9, as some APIs send it); the longest wins."""
    resets = {name.lower() for name in reset_headers}
    hint: float | None = None
    for name, value in headers:
        lowered = name.lower()
        if lowered == "retry-after":
            seconds = _seconds(value, now)
        elif lowered in resets:
            seconds = _number(value)
            if seconds is not None and seconds > _UNIX_TIME:
                seconds = seconds - (time.time() if now is None else now)
                seconds = seconds if seconds >= 0 else None
        else:
            continue
        if seconds is not None and (hint is None or seconds > hint):
            hint = seconds
    return hint


_UNIX_TIME = 1e9


def _number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if value >= 0 and value == value and value != float("inf") else None


def _seconds(text: str, now: float | None) -> float | None:
    value = _number(text)
    if value is not None:
        return value
    from email.utils import parsedate_to_datetime  # rare: most servers send seconds

    try:
        when = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryPolicy:
    """One client's retry state: its config and its quota.

    ``delay(...)`` answers "retry after how long?" (None: give up) and takes the quota;
    ``succeeded(...)`` gives quota back. The client owns the loop and the sleeping, so sync
    and async clients share this.
    """

    def __init__(
        self, config: RetryConfig | None = None, *, rand: random.Random | None = None
    ) -> None:
        self.config = config or _DEFAULT_CONFIG
        self.quota = RetryQuota()
        self.limiter: RateLimiter | None = None
        if self.config.mode == "adaptive":
            from .adaptive import RateLimiter

            self.limiter = RateLimiter()
        self._random = (
            rand.random if rand is not None else random.random
        )  # a new Random costs ~15 us

    def delay(
        self,
        attempt: int,
        error: ApigenError,
        operation: OperationSpec,
        reset_headers: tuple[str, ...] = (),
    ) -> tuple[float, int] | None:
        """``(seconds, tokens taken)`` before attempt ``attempt + 1``, or None to give up.

        ``attempt`` is the 1-based number of the attempt that just failed with ``error``.
        """
        if attempt >= self.config.max_attempts:
            return None
        hint: float | None = None
        timeout = False
        if isinstance(error, ServiceError):
            status = error.status or 0
            code = error.code
            if self.is_throttle(error):
                hint = retry_hint(error.headers, reset_headers)
            else:
                transient = status in TRANSIENT_STATUS or code in TRANSIENT_CODES
                if not (transient or error.retryable):
                    return None
                reached = status >= 500 or status == 408 or code in TRANSIENT_CODES
                if reached and not is_safe_to_repeat(operation):
                    return None
                if status in (429, 503):
                    hint = retry_hint(error.headers, reset_headers)
        elif isinstance(error, ConnectError):
            timeout = isinstance(error, ConnectTimeout)
        elif isinstance(error, TransportError):
            if not is_safe_to_repeat(operation):
                return None
            timeout = isinstance(error, ReadTimeout)
        else:
            return None
        if hint is not None and hint > self.config.max_retry_after:
            return None
        cost = TIMEOUT_RETRY_COST if timeout else RETRY_COST
        if not self.quota.acquire(cost):
            return None
        seconds = backoff(attempt, self.config.max_backoff, self._random())
        if hint is not None and hint > seconds:
            seconds = hint
        return seconds, cost

    @staticmethod
    def is_throttle(error: ApigenError) -> bool:
        """Whether ``error`` says the service is throttling this client."""
        if not isinstance(error, ServiceError):
            return False
        return error.throttling or error.status == 429 or error.code in THROTTLING_CODES

    def succeeded(self, tokens_taken: int) -> None:
        """A call succeeded; ``tokens_taken`` is what its last retry took (0 when none)."""
        self.quota.release(tokens_taken or NO_RETRY_INCREMENT)
