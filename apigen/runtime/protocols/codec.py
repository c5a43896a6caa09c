"""The protocol interface: one codec object per (service, protocol) that both sides share.

The client calls ``serialize_request`` and ``parse_response``; the server calls ``route``,
``parse_request``, ``serialize_response`` and ``serialize_error``, answers its own errors
with ``replies()`` and its request id in ``request_id_header``. Sharing one codec for both
directions is what keeps a generated client and server wire-compatible.

``registry.codec_for(service)`` gives the one codec of a service's protocol; a protocol is
one module here implementing ``Codec`` plus its line in ``registry.CODECS``
(docs/wire-protocols.md, "Adding a protocol").
"""

from __future__ import annotations

from typing import Protocol

from ..core.errors import ServiceError
from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel
from ..core.schema import OperationSpec
from .replies import Replies


class Codec(Protocol):
    #: The response header a server puts its request id in.
    request_id_header: str
    #: Whether a server takes the id a request carries in that header (when it is safe).
    echo_request_id: bool
    #: Whether bodies are JSON text, whose nesting ``limits.too_deep`` counts before parsing
    #: (server requests, client responses); a binary codec bounds depth while decoding.
    scans_json_depth: bool

    def replies(self) -> Replies:
        """The errors a server of this protocol answers by itself (``replies.Replies``)."""
        ...

    def serialize_request(self, operation: OperationSpec, params: ApigenModel) -> HttpRequest:
        """The request for ``params`` (path, query, headers, body; no host, no auth)."""
        ...

    def parse_response(self, operation: OperationSpec, response: HttpResponse) -> ApigenModel:
        """The output model; raises the modelled ``ServiceError`` for an error response."""
        ...

    def route(self, request: HttpRequest) -> tuple[OperationSpec, dict[str, str]] | None:
        """The operation a request is for and its decoded URI labels; None when none."""
        ...

    def allowed_methods(self, request: HttpRequest) -> list[str]:
        """When ``route`` finds nothing: the methods the request's path takes (HTTP's 405
        and ``Allow``), sorted; empty when the path itself is unknown (404)."""
        ...

    def parse_request(
        self, operation: OperationSpec, request: HttpRequest, labels: dict[str, str]
    ) -> ApigenModel:
        """The input model (raises ``ParamValidationError`` on invalid input)."""
        ...

    def serialize_response(
        self, operation: OperationSpec, output: ApigenModel, request_id: str | None = None
    ) -> HttpResponse:
        """The success reply (``request_id`` as for ``serialize_error``)."""
        ...

    def serialize_error(
        self, operation: OperationSpec | None, error: ServiceError, request_id: str | None = None
    ) -> HttpResponse:
        """The error reply; ``request_id`` is the server's id of the request, for protocols
        that carry it in the body too (else the server sends it in ``request_id_header``)."""
        ...
