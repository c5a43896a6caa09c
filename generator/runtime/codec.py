"""The codec interface: one object per (service, protocol) that both sides share.

The client calls ``serialize_request`` and ``parse_response``; the server calls ``route``,
``parse_request``, ``serialize_response`` and ``serialize_error``. Sharing one codec for
both directions is what keeps a generated client and server wire-compatible.
"""

from __future__ import annotations

from typing import Protocol

from .errors import ServiceError
from .http import HttpRequest, HttpResponse
from .model import ApigenModel
from .schema import OperationSpec


class Codec(Protocol):
    def serialize_request(self, operation: OperationSpec, params: ApigenModel) -> HttpRequest:
        """The request for ``params`` (path, query, headers, body; no host, no auth)."""
        ...

    def parse_response(self, operation: OperationSpec, response: HttpResponse) -> ApigenModel:
        """The output model; raises the modelled ``ServiceError`` for an error response."""
        ...

    def route(self, request: HttpRequest) -> tuple[OperationSpec, dict[str, str]] | None:
        """The operation a request is for and its decoded URI labels; None when none."""
        ...

    def parse_request(
        self, operation: OperationSpec, request: HttpRequest, labels: dict[str, str]
    ) -> ApigenModel:
        """The input model (raises ``ParamValidationError`` on invalid input)."""
        ...

    def serialize_response(self, operation: OperationSpec, output: ApigenModel) -> HttpResponse: ...

    def serialize_error(self, operation: OperationSpec | None, error: ServiceError) -> HttpResponse: ...
