"""One error root for everything the runtime raises.

``ApigenError``
├── ``ParamValidationError``: input failed client-side validation (every violation listed)
├── ``TransportError``: no HTTP response (connection refused, timeout, TLS)
│   └── ``ConnectError`` → ``ConnectTimeout``, ``ReadError`` → ``ReadTimeout`` (transport.py)
├── ``ResponseParseError``: a success response that does not fit the output model
├── ``ServiceError``: the service answered with an error
│   ├── each service's root (generated, e.g. ``KafkaConnectError``) → its modelled errors,
│   │   and ``Unknown<Service>Error`` (also an ``UnknownServiceError``)
│   └── ``UnknownServiceError``: an error code no model names (mapped by status)
├── ``WaiterError``: a waiter reached a failure state or ran out of time
├── ``PaginationError`` (paginate.py): the service sent the same page token twice
├── ``ClientConfigError`` → ``NoRegionError`` (config.py): a client that cannot be set up
├── ``NoCredentialsError`` → ``PartialCredentialsError`` (credentials.py)
├── ``OperationNotImplemented`` (server.py): a handler method left as generated (→ 501)
├── ``UnsupportedMediaType``: a request whose Content-Type its protocol does not read (→ 415)
├── ``HandlerError`` (server.py): a handler whose methods match no operation
└── ``SignatureFailure`` (sigv4_verify.py): a request the server refuses to trust (→ 403)

The modules that define the leaves import this one, never the other way round, so
importing ``errors`` stays cheap; ``tests/runtime/test_errors.py`` checks every exception
the runtime defines is under ``ApigenError``.

Messages never include member values, so sensitive values cannot leak through them.
"""

from __future__ import annotations

from typing import Any


class ApigenError(Exception):
    """Root of every error apigen's runtime raises.

    ``attempts``: how many requests the call sent before giving up with this error (retries
    included); 1 for errors raised before or without retrying.
    """

    attempts: int = 1


class ParamValidationError(ApigenError, ValueError):
    """Input failed validation before anything was sent.

    ``errors`` lists every violation as ``{"path", "type", "message"}``: ``path`` the
    member's wire path (``containerProvider.info.eksInfo.namespace``, ``tags[#2].key``: map
    entries by position; ``"(input)"`` for the input as a whole), ``type`` pydantic's error
    type or the runtime's own (``missing`` for an empty URI label, ``unsendable`` for a value
    with no text form), ``message`` the reason. Never a value.

    Server side, a codec's ``parse_request`` raises it for a request it cannot read, with
    pydantic's records instead (``type``, ``loc``, ``msg``, ``ctx``; no ``input``): the
    server maps them to its error response (``protocols/replies.py``) and they never reach a
    client as this exception.
    """

    def __init__(self, message: str, errors: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


class TransportError(ApigenError):
    """No HTTP response was received."""


class ResponseParseError(ApigenError, ValueError):
    """A response (or request, server side) whose body is not valid for its model.

    ``errors`` holds pydantic's error records (without input values); ``status`` the
    response's HTTP status.
    """

    def __init__(
        self, message: str, errors: list[dict[str, Any]] | None = None, *, status: int | None = None
    ) -> None:
        super().__init__(message)
        self.errors = errors or []
        self.status = status


class ServiceError(ApigenError):
    """An error response. ``shape`` holds the parsed error structure when it is modelled.

    ``code`` is the API's error code: the one the body states where the service's document
    says where it is (``ErrorEnvelope``), else the modelled error's wire code. ``detail``,
    ``title`` and ``error_id`` are the body's own fields of that kind (None when absent).
    """

    code: str = ""
    fault: str = "client"
    retryable: bool = False
    throttling: bool = False

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        status: int | None = None,
        request_id: str | None = None,
        shape: Any = None,
        headers: list[tuple[str, str]] | None = None,
        detail: str | None = None,
        title: str | None = None,
        error_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.title = title
        self.error_id = error_id
        if code is not None:
            self.code = code
        self.status = status
        self.request_id = request_id
        self.shape = shape
        self.headers = headers or []

    def __str__(self) -> str:
        parts = [self.code or type(self).__name__]
        if self.status is not None:
            parts.append(f"(HTTP {self.status})")
        text = " ".join(parts)
        if self.message:
            text += f": {self.message}"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text


class UnknownServiceError(ServiceError):
    """An error response whose code is not modelled; retryable when 5xx (not 501), 429 or throttling."""


class UnsupportedMediaType(ApigenError, ValueError):
    """Server side: a request whose Content-Type its protocol does not read (answered 415)."""


class WaiterError(ApigenError):
    """A waiter reached a failure state, or its maximum wait time passed."""

    def __init__(self, message: str, *, last: Any = None) -> None:
        super().__init__(message)
        self.last = last
