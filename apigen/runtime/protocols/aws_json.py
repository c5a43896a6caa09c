"""AWS awsJson1_0 and awsJson1_1: every call is ``POST /`` with the whole input as JSON.

Requests carry ``X-Amz-Target: <targetPrefix>.<Operation>`` and ``Content-Type:
application/x-amz-json-1.0`` (or ``1.1``); the body is the input model's by-alias JSON dump,
``{}`` for an empty input. Responses are the output's JSON (an empty body reads as ``{}``;
unknown members are ignored).

Errors: the code comes from ``X-Amzn-ErrorType``, else the body's ``code``, else ``__type``
(``namespace#`` and ``:uri`` dropped). The server answers with the error's status, the
``__type`` code first in the body (and in ``X-Amzn-ErrorType``), then the shape's members.
A query-compatible service (``query_compat.py``) keeps its awsQuery codes: clients send
``x-amzn-query-mode: true`` and take the code of ``x-amzn-query-error`` first; its server
sends that header, with the shape's name as ``__type``.

Servers route only ``POST /`` with an ``X-Amz-Target`` of this service (any other method or
path is no operation, as Smithy's servers answer it) and read only the protocol's
Content-Type (``UnsupportedMediaType`` otherwise, answered 415).
"""

from __future__ import annotations

import json

from ..core.client_reading import read_response
from ..core.errors import (
    ParamValidationError,
    ServiceError,
    UnsupportedMediaType,
)
from ..core.http import HttpRequest, HttpResponse
from ..core.model import ApigenModel, read_json
from ..core.schema import ErrorSpec, MemberSpec, OperationSpec, ServiceSpec
from .aws_replies import AWS_REQUEST_ID_HEADER, AwsReplies
from .faults import (
    aws_error,
    error_status,
    shape_dump,
    unfit_response,
    validation_errors,
    with_message,
)
from .query_compat import QUERY_MODE_HEADER, error_header, type_name, wire_code
from .rpc_events import RpcEvents, stream_member

_EMPTY = b"{}"


class AwsJsonCodec:
    """The awsJson codec of one service (the JSON version comes from its protocol)."""

    request_id_header = AWS_REQUEST_ID_HEADER
    echo_request_id = False
    scans_json_depth = True

    def __init__(self, service: ServiceSpec) -> None:
        self.service = service
        version = "1.0" if service.protocol == "awsJson1_0" else "1.1"
        self.content_type = f"application/x-amz-json-{version}"
        self.target_prefix = service.target_prefix or service.name
        self._targets: dict[str, str] = {}
        self._output_streams: dict[str, MemberSpec | None] = {}  # per operation name
        self._events: RpcEvents | None = None

    @property
    def events(self) -> RpcEvents:
        """The service's event streams, built (and the event modules imported) on first use."""
        if self._events is None:
            from .event_stream import json_dump, json_load

            self._events = RpcEvents(
                self.service,
                dump=json_dump,
                load=json_load,
                read=lambda model, body: read_json(model, body if body.strip() else _EMPTY),
                body_type="application/json",
            )
        return self._events

    def _target(self, operation: OperationSpec) -> str:
        target = self._targets.get(operation.name)
        if target is None:
            target = self._targets[operation.name] = f"{self.target_prefix}.{operation.name}"
        return target

    def _output_stream(self, operation: OperationSpec) -> MemberSpec | None:
        """The output's event-stream member (looked up once per operation: every call asks)."""
        try:
            return self._output_streams[operation.name]
        except KeyError:
            found = self._output_streams[operation.name] = stream_member(operation.output_members)
            return found

    # -- client --

    def serialize_request(self, operation: OperationSpec, params: ApigenModel) -> HttpRequest:
        headers = [("X-Amz-Target", self._target(operation)), ("Content-Type", self.content_type)]
        if self.service.query_compatible:
            headers.append((QUERY_MODE_HEADER, "true"))
        body = params.model_dump_json(by_alias=True, warnings=False).encode("utf-8")
        request = HttpRequest("POST", "/", "", headers, body)
        request.stream_response = self._output_stream(operation) is not None
        return request

    def parse_response(self, operation: OperationSpec, response: HttpResponse) -> ApigenModel:
        if not 200 <= response.status < 300:
            raise self._parse_error(response)
        streamed = self._output_stream(operation)
        if streamed is not None:
            return self.events.read_output(operation, streamed, response)
        body = response.body
        try:
            return read_response(operation.output, body if body.strip() else _EMPTY)
        except ValueError as exc:
            raise unfit_response(operation, exc, response) from None

    def _parse_error(self, response: HttpResponse) -> ServiceError:
        def read_shape(spec: ErrorSpec) -> ApigenModel | None:
            try:
                return spec.shape.model_validate_json(
                    response.body if response.body.strip() else _EMPTY
                )
            except ValueError:
                return None

        return aws_error(self.service, response, read_shape, wire_code(response))

    # -- server --

    def route(self, request: HttpRequest) -> tuple[OperationSpec, dict[str, str]] | None:
        if request.method.upper() != "POST" or request.path != "/":
            return None
        target = request.header("x-amz-target")
        if not target:
            return None
        prefix, _, name = target.rpartition(".")
        if prefix != self.target_prefix:
            return None
        operation = self.service.operations.get(name)
        return None if operation is None else (operation, {})

    def allowed_methods(self, request: HttpRequest) -> list[str]:
        """Never a 405: as AWS answers, anything but ``POST /`` is a 404 (``misrouted``)."""
        return []

    def replies(self) -> AwsReplies:
        return AwsReplies(self.service, self.misrouted)

    def misrouted(self, request: HttpRequest) -> tuple[int, str]:
        """What AWS answers a request ``route`` found no operation for: 404 for anything but
        ``POST /``, else 400 (no or an unknown X-Amz-Target)."""
        prefix = self.target_prefix
        if request.method.upper() != "POST" or request.path != "/":
            return 404, (
                f"{prefix} operations are called as POST / with X-Amz-Target: "
                f"{prefix}.<Operation> (got {request.method} {request.path})"
            )
        target = request.header("x-amz-target")
        if target:
            return 400, f"No operation matches {target}"
        return 400, f"No X-Amz-Target header: it names the operation ({prefix}.<Operation>)"

    def parse_request(
        self, operation: OperationSpec, request: HttpRequest, labels: dict[str, str]
    ) -> ApigenModel:
        media_type = (request.header("content-type") or "").split(";", 1)[0].strip().lower()
        if media_type != self.content_type:
            raise UnsupportedMediaType(
                f"{self.target_prefix} requests must carry Content-Type: {self.content_type}"
            )
        body = request.body
        try:
            return read_json(operation.input, body if body.strip() else _EMPTY, server=True)
        except ValueError as exc:
            raise ParamValidationError(
                f"{operation.name}: invalid request", validation_errors(exc)
            ) from None

    def serialize_response(
        self, operation: OperationSpec, output: ApigenModel, request_id: str | None = None
    ) -> HttpResponse:
        streamed = stream_member(operation.output_members)
        if streamed is not None:
            return self.events.write_output(operation, streamed, output)
        body = output.model_dump_json(by_alias=True, warnings=False).encode("utf-8")
        return HttpResponse(200, [("Content-Type", self.content_type)], body)

    def serialize_error(
        self, operation: OperationSpec | None, error: ServiceError, request_id: str | None = None
    ) -> HttpResponse:
        code, status, spec = error_status(self.service, error)
        kind = type_name(spec, error, code) if self.service.query_compatible else code
        data = {"__type": kind, **shape_dump(error)}
        body = json.dumps(
            with_message(data, error.message), separators=(",", ":"), ensure_ascii=False
        )
        headers = [("Content-Type", self.content_type), ("X-Amzn-ErrorType", kind)]
        if self.service.query_compatible:
            headers.append(error_header(spec, error, code))
        return HttpResponse(status, headers, body.encode("utf-8"))
