"""Plain REST/JSON for OpenAPI services (protocol ``openapi``).

The request body is the payload member alone (JSON for objects and documents,
``application/octet-stream`` for blobs, ``text/plain`` for strings; nothing when unset);
path, query and header parameters are written and read by ``styles.py``: OpenAPI's
``style``/``explode`` for each parameter, else its location's default (``simple`` labels
and headers, ``form`` exploded query values). Timestamps default to RFC 3339 everywhere (resolved in the member specs).

Errors are bodies in the document's own envelope (``core/envelope.py``): a response's
status picks the error through ``OperationSpec.responses`` (exact status, then ``4XX``
ranges, then ``default``; an operation declaring a single error falls back to it); its
envelope (else the service's) gives the raised error's ``code`` (the API's, else the
modelled error's), ``detail``, ``title`` and ``error_id``; the message is the detail, else
the title, else a ``message`` key. The server answers with the exception's status (its own,
else its spec's, else the first declared status using it, else 500/400 by fault) and its
shape, or the envelope's body stating its code and message when it has none, in the
envelope's media type.

Requests are written in the ``REQUEST`` direction, responses and errors in the ``RESPONSE``
one (``directions.direction``): the client leaves readOnly members out of what it sends, the
server writeOnly members out of what it answers.
"""

from __future__ import annotations

import json

from ..core.directions import REQUEST, RESPONSE, direction
from ..core.envelope import DEFAULT_ENVELOPE, ErrorEnvelope, ErrorFields
from ..core.errors import ServiceError
from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel
from ..core.schema import ErrorSpec, OperationSpec, ServiceSpec
from .faults import json_body, message_of, modelled_error, shape_dump, unknown_error
from .openapi_replies import OpenApiReplies, declared_response
from .rest import RestCodec


def envelope_of(service: ServiceSpec, spec: ErrorSpec | None) -> ErrorEnvelope:
    """The envelope an error's body is in: its own, else the service's, else the default."""
    return (
        (spec.envelope if spec is not None else None) or service.error_envelope or DEFAULT_ENVELOPE
    )


def error_spec(service: ServiceSpec, error: ServiceError) -> ErrorSpec | None:
    """The spec of a raised exception: by its class's wire code (its instance ``code`` is
    the API's), else by that code."""
    spec = service.errors.get(str(getattr(type(error), "code", "") or ""))
    return spec if spec is not None else service.errors.get(error.code)


class OpenApiJsonCodec(RestCodec):
    """The codec of one OpenAPI-described service."""

    empty_structure_payload = b""
    header_separator = ","
    quote_header_strings = False
    request_id_header = "X-Request-Id"
    echo_request_id = True
    scans_json_depth = True

    def replies(self) -> OpenApiReplies:
        return OpenApiReplies(self.service)

    def serialize_request(self, operation: OperationSpec, params: ApigenModel) -> HttpRequest:
        with direction(REQUEST):
            request = super().serialize_request(operation, params)
        if operation.accept:
            request.headers.append(("Accept", operation.accept))
        return request

    def serialize_response(
        self, operation: OperationSpec, output: ApigenModel, request_id: str | None = None
    ) -> HttpResponse:
        with direction(RESPONSE):
            return super().serialize_response(operation, output, request_id)

    def _parse_error(self, operation: OperationSpec | None, response: HttpResponse) -> ServiceError:
        body = json_body(response.body)
        declared = declared_response(operation, response.status)
        code = declared.error if declared is not None else None
        if code is None and operation is not None and len(operation.errors) == 1:
            code = operation.errors[0]
        spec = self.service.errors.get(code) if code else None
        fields = envelope_of(self.service, spec).read(body)
        message = fields.detail or fields.title or message_of(body)
        if spec is None:
            error = unknown_error(self.service, response, fields.code, message)
        else:
            shape = self._read_error_shape(spec, response)
            error = modelled_error(spec, response, message, shape, fields.code)
        error.detail, error.title, error.error_id = fields.detail, fields.title, fields.id
        return error

    def serialize_error(
        self, operation: OperationSpec | None, error: ServiceError, request_id: str | None = None
    ) -> HttpResponse:
        spec = error_spec(self.service, error)
        code = error.code or (spec.code if spec is not None else type(error).__name__)
        status = error.status or (spec.status if spec is not None else None)
        if status is None and operation is not None and spec is not None:
            status = next(
                (
                    r.status
                    for r in operation.responses
                    if r.error == spec.code and r.status_range is None
                ),
                None,
            )
        if status is None:
            fault = spec.fault if spec is not None else error.fault
            status = 500 if fault == "server" else 400
        envelope = envelope_of(self.service, spec)
        with direction(RESPONSE):
            data = shape_dump(error)
        if not data:
            fields = ErrorFields(
                code=code,
                status=str(status),
                title=error.title or code,
                detail=error.detail or error.message or None,
                id=error.error_id,
            )
            data = envelope.write([fields])
        body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return HttpResponse(status, [("Content-Type", envelope.media_type)], body)
