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

from ..core.errors import ServiceError
from ..core.http import HttpResponse
from ..core.schema import OperationSpec
from .aws_replies import AWS_REQUEST_ID_HEADER, AwsReplies
from .faults import (
    aws_error,
    error_status,
    shape_dump,
    with_message,
)
from .rest import RestCodec


class RestJsonCodec(RestCodec):
    """The restJson1 codec of one service."""

    request_id_header = AWS_REQUEST_ID_HEADER
    echo_request_id = False
    scans_json_depth = True

    def replies(self) -> AwsReplies:
        return AwsReplies(self.service)

    def _parse_error(self, operation: OperationSpec | None, response: HttpResponse) -> ServiceError:
        return aws_error(
            self.service, response, lambda spec: self._read_error_shape(spec, response)
        )

    def serialize_error(
        self, operation: OperationSpec | None, error: ServiceError, request_id: str | None = None
    ) -> HttpResponse:
        code, status, spec = error_status(self.service, error)
        headers: list[tuple[str, str]] = [("X-Amzn-ErrorType", code)]
        bound = self._error_headers(spec, error, headers)
        data = with_message(shape_dump(error, bound), error.message)
        headers.append(("Content-Type", "application/json"))
        body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return HttpResponse(status, headers, body)
