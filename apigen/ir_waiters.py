"""IR of an operation's paginator and waiters (part of ``apigen.ir``, which re-exports it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True, slots=True)
class Paginated:
    input_token: str | None = None
    output_token: str | None = None
    page_size: str | None = None
    items: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Matcher:
    """A Smithy waiter matcher: ``kind`` is output, inputOutput, success, errorType or
    status (botocore's HTTP status matcher; ``expected`` is the status)."""

    kind: str
    path: str | None = None
    expected: str | bool | int | None = None
    comparator: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Acceptor:
    state: str
    matcher: Matcher


@dataclass(frozen=True, kw_only=True, slots=True)
class Waiter:
    name: str
    documentation: str = ""
    min_delay: int = 2
    max_delay: int = 120
    max_attempts: int | None = None  # botocore's waiters give up after this many attempts
    acceptors: tuple[Acceptor, ...] = ()
