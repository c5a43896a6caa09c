"""Interceptors and the attempt log: what a caller can see and change around each call.

An ``Interceptor`` (pass ``interceptors=[...]`` to a client) has one method per moment of a
call, each given the call's ``CallContext``; override the ones you need. The moments, in
order (Smithy's interceptors and botocore's events name the same points):

- ``before_serialize``: the input model, before it becomes a request;
- ``before_sign``: each attempt's request before signing (change headers or the body here:
  the signature covers them);
- ``before_send``: the signed request, as it leaves;
- ``after_receive``: the response, before it is parsed;
- ``after_attempt``: the attempt's output or error (``context.error``), before any retry;
- ``after_call``: once, with the final output or error.

An exception raised by an interceptor ends the call with that exception.

Logging: logger ``apigen.client`` at DEBUG writes one line per attempt — service, operation,
attempt, HTTP status (or the transport error's type), milliseconds, request id — and
nothing else: never a header, a body or a credential. A program that has not imported
``logging`` cannot have turned that logger on, so until it does the client does not import
``logging`` (and ``traceback`` with it) to ask.
"""

from __future__ import annotations

import sys
import time

from ..core.errors import ApigenError
from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel
from ..core.records import Record

__all__ = ["LOGGER", "CallContext", "Interceptor", "debug_enabled", "log_attempt"]

LOGGER = "apigen.client"


def debug_enabled() -> bool:
    """Whether the attempt log is on (``logging`` not imported yet: it cannot be)."""
    logging = sys.modules.get("logging")
    return logging is not None and logging.getLogger(LOGGER).isEnabledFor(logging.DEBUG)


class CallContext(Record, frozen=False):
    """One call as the interceptors see it; ``request``/``response`` are the current attempt's."""

    service: str
    operation: str
    input: ApigenModel
    attempt: int = 0
    request: HttpRequest | None = None
    response: HttpResponse | None = None
    output: ApigenModel | None = None
    error: ApigenError | None = None
    started: float = 0.0  # time.monotonic() when the attempt was sent


class Interceptor:
    """Base of interceptors: every hook does nothing (see the module docstring)."""

    def before_serialize(self, context: CallContext) -> None:
        """The input (``context.input``) before it is serialised."""

    def before_sign(self, context: CallContext) -> None:
        """An attempt's request (``context.request``) before it is signed; may change it."""

    def before_send(self, context: CallContext) -> None:
        """The signed request as it is sent."""

    def after_receive(self, context: CallContext) -> None:
        """The response (``context.response``) before it is parsed."""

    def after_attempt(self, context: CallContext) -> None:
        """The attempt's ``output`` or ``error``, before a retry is decided."""

    def after_call(self, context: CallContext) -> None:
        """The call's final ``output`` or ``error``."""


def log_attempt(context: CallContext) -> None:
    """The DEBUG line of one attempt (see the module docstring)."""
    millis = (time.monotonic() - context.started) * 1000
    error = context.error
    response = context.response
    if response is not None:
        outcome = str(response.status)
    elif error is not None:
        outcome = type(error).__name__
    else:
        outcome = "-"
    request_id = getattr(error, "request_id", None)
    if request_id is None and response is not None:
        from ..protocols.faults import request_id_of

        request_id = request_id_of(response)
    import logging

    logging.getLogger(LOGGER).debug(
        "%s.%s attempt %d: %s in %.1f ms (request id %s)",
        context.service,
        context.operation,
        context.attempt,
        outcome,
        millis,
        request_id or "-",
    )
