"""Plain REST/JSON for OpenAPI services (protocol ``openapi``).

The request body is the payload member alone (JSON for objects and documents,
``application/octet-stream`` for blobs, ``text/plain`` for strings; nothing when unset);
path, query and header parameters are written and read by ``styles.py``: OpenAPI's
``style``/``explode`` for each parameter, else its location's default (``simple`` labels
and headers, ``form`` exploded query values). Timestamps default to RFC 3339 everywhere (resolved in the member specs).

Errors follow Confluent's ``Failure`` document,
``{"errors": [{"status", "code", "title", "detail", "source": {"pointer"}}]}``: a response's
status picks the error through ``OperationSpec.responses`` (exact status, then ``4XX``
ranges, then ``default``; an operation declaring a single error falls back to it); the
message is the first error's ``detail`` (else its ``title``). The server answers with the
exception's status (its own, else its spec's, else the first declared status using its
code, else 500/400 by fault) and its shape, or a one-error ``Failure`` when it has none.

Requests are written in the ``REQUEST`` direction, responses and errors in the ``RESPONSE``
one (``directions.direction``): the client leaves readOnly members out of what it sends, the
server writeOnly members out of what it answers.
"""

from __future__ import annotations

import json
from typing import Any

from ..core.directions import REQUEST, RESPONSE, direction
from ..core.errors import ServiceError
from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel
from ..core.schema import OperationSpec
from .faults import json_body, message_of, modelled_error, shape_dump, unknown_error
from .openapi_replies import OpenApiReplies, declared_response
from .rest import RestCodec


def _first_error(body: dict[str, Any]) -> dict[str, Any]:
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return errors[0]
    return {}


def failure_message(body: dict[str, Any]) -> str:
    first = _first_error(body)
    for key in ("detail", "title", "message"):
        value = first.get(key)
        if isinstance(value, str) and value:
            return value
    return message_of(body)


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

    def serialize_response(self, operation: OperationSpec, output: ApigenModel) -> HttpResponse:
        with direction(RESPONSE):
            return super().serialize_response(operation, output)

    def _parse_error(self, operation: OperationSpec | None, response: HttpResponse) -> ServiceError:
        body = json_body(response.body)
        declared = declared_response(operation, response.status)
        code = declared.error if declared is not None else None
        if code is None and operation is not None and len(operation.errors) == 1:
            code = operation.errors[0]
        spec = self.service.errors.get(code) if code else None
        message = failure_message(body)
        if spec is None:
            first = _first_error(body).get("code")
            return unknown_error(
                self.service, response, first if isinstance(first, str) else None, message
            )
        return modelled_error(spec, response, message, self._read_error_shape(spec, response))

    def serialize_error(self, operation: OperationSpec | None, error: ServiceError) -> HttpResponse:
        code = error.code or type(error).__name__
        spec = self.service.errors.get(code)
        status = error.status or (spec.status if spec is not None else None)
        if status is None and operation is not None:
            status = next(
                (
                    r.status
                    for r in operation.responses
                    if r.error == code and r.status_range is None
                ),
                None,
            )
        if status is None:
            fault = spec.fault if spec is not None else error.fault
            status = 500 if fault == "server" else 400
        with direction(RESPONSE):
            data = shape_dump(error)
        if not data:
            item: dict[str, Any] = {"status": str(status), "code": code, "title": code}
            if error.message:
                item["detail"] = error.message
            data = {"errors": [item]}
        body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return HttpResponse(status, [("Content-Type", "application/json")], body)
