"""The codec interface: one object per (service, protocol) that both sides share.

The client calls ``serialize_request`` and ``parse_response``; the server calls ``route``,
``parse_request``, ``serialize_response`` and ``serialize_error``. Sharing one codec for
both directions is what keeps a generated client and server wire-compatible.

``codec_for(service)`` gives the one codec of a service's protocol (``rest_json``,
``aws_json``, ``openapi_json``), shared by every caller: codecs keep per-operation plans, so
the first call of an operation pays for its plan and later calls only serialise.
"""

from __future__ import annotations

from typing import Protocol

from ..core.errors import ServiceError
from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel
from ..core.schema import OperationSpec, ServiceSpec


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

    def allowed_methods(self, request: HttpRequest) -> list[str]:
        """When ``route`` finds nothing: the methods the request's path takes (HTTP's 405
        and ``Allow``), sorted; empty when the path itself is unknown (404)."""
        ...

    def parse_request(
        self, operation: OperationSpec, request: HttpRequest, labels: dict[str, str]
    ) -> ApigenModel:
        """The input model (raises ``ParamValidationError`` on invalid input)."""
        ...

    def serialize_response(self, operation: OperationSpec, output: ApigenModel) -> HttpResponse: ...

    def serialize_error(
        self, operation: OperationSpec | None, error: ServiceError
    ) -> HttpResponse: ...


_CODECS: dict[int, tuple[ServiceSpec, Codec]] = {}


def codec_for(service: ServiceSpec) -> Codec:
    """The codec of ``service``'s protocol; one per service object, made on first use."""
    cached = _CODECS.get(id(service))
    if cached is not None and cached[0] is service:
        return cached[1]
    codec: Codec
    if service.protocol == "restJson1":
        from .rest_json import RestJsonCodec

        codec = RestJsonCodec(service)
    elif service.protocol in ("awsJson1_0", "awsJson1_1"):
        from .aws_json import AwsJsonCodec

        codec = AwsJsonCodec(service)
    elif service.protocol == "openapi":
        from .openapi_json import OpenApiJsonCodec

        codec = OpenApiJsonCodec(service)
    else:
        raise ValueError(f"no codec for protocol {service.protocol!r}")
    _CODECS[id(service)] = (service, codec)
    return codec
