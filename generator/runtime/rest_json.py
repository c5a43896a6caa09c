"""AWS restJson1: HTTP bindings plus a JSON body, as botocore and the Smithy tests define it.

Requests: labels percent-encoded (``/`` kept only in greedy labels), query lists repeated,
``httpQueryParams`` maps after named members (which win on a clash), headers with
``http-date`` timestamps by default, JSON-valued (document) headers base64, a JSON body only
when the input has body members (``{}`` when none is set), ``Content-Type:
application/json`` only with a body; an unset structure payload sends ``{}`` as botocore does.

Errors: the code comes from ``X-Amzn-ErrorType``, else the body's ``code``, else ``__type``
(namespace and ``:`` suffix dropped); the server answers with ``X-Amzn-ErrorType``, the
error's status and its shape as the JSON body (plus ``message`` when the shape has none).
"""

from __future__ import annotations

import json

from .errors import ServiceError
from .faults import (
    aws_error_code,
    error_status,
    json_body,
    message_of,
    modelled_error,
    shape_dump,
    unknown_error,
    with_message,
)
from .http import HttpResponse
from .rest import RestCodec
from .schema import OperationSpec


class RestJsonCodec(RestCodec):
    """The restJson1 codec of one service."""

    def _parse_error(self, operation: OperationSpec | None, response: HttpResponse) -> ServiceError:
        body = json_body(response.body)
        code = aws_error_code(response, body)
        spec = self.service.errors.get(code) if code else None
        if spec is None:
            return unknown_error(self.service, response, code, message_of(body))
        shape = self._read_error_shape(spec, response)
        return modelled_error(spec, response, message_of(body), shape, code)

    def serialize_error(self, operation: OperationSpec | None, error: ServiceError) -> HttpResponse:
        code, status, spec = error_status(self.service, error)
        headers: list[tuple[str, str]] = [("X-Amzn-ErrorType", code)]
        bound = self._error_headers(spec, error, headers)
        data = with_message(shape_dump(error, bound), error.message)
        headers.append(("Content-Type", "application/json"))
        body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return HttpResponse(status, headers, body)
