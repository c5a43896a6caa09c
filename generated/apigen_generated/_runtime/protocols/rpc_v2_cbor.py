"""Smithy RPC v2 CBOR (``rpcv2Cbor``): every call is a POST of the input as one CBOR map.

Requests go to ``POST /service/<ServiceName>/operation/<OperationName>`` (the service name is
botocore's ``targetPrefix``, else the service's name) with ``smithy-protocol: rpc-v2-cbor``
and ``Accept: application/cbor``; an input is a CBOR map under ``Content-Type:
application/cbor``, and an operation without input sends no body and no Content-Type.
Responses are the output's CBOR map (an empty body reads as an empty output; unknown keys
are ignored; a null reads as absent, in a map too, as the protocol asks of clients).

Values are CBOR's own (``cbor2``, a well-kept codec): the models are dumped in pydantic's
Python mode, so timestamps are ``datetime`` (CBOR tag 1, epoch seconds, an integer unless
there are fractions; ``timestampFormat`` means nothing here, as Smithy specifies), blobs are
byte strings, NaN and the infinities are native floats and documents are CBOR data.

Errors: the body's ``__type`` (``namespace#`` and ``:uri`` dropped) is the code, else the
status as text; a query-compatible service's ``x-amzn-query-error: <Code>;<Fault>`` header
wins (as botocore reads it). Servers answer the error's status with ``__type`` (the shape's
name), the message and the shape's members, plus that header when the service is
query-compatible; clients of one send ``x-amzn-query-mode: true``.

Servers route ``POST .../service/<ServiceName>/operation/<Operation>`` carrying the
``smithy-protocol`` header (anything else is no operation: 404 for another method or path,
400 without the header), read a body only under ``application/cbor`` (415 otherwise) and
validate it strictly: pydantic's strict mode on the decoded data, so a text string is no
blob, a float no integer, and enums and unions are closed.
"""

from __future__ import annotations

import io
from datetime import UTC
from typing import Any

import cbor2

from ..core.errors import (
    ParamValidationError,
    ServiceError,
    UnsupportedMediaType,
)
from ..core.http import HttpRequest, HttpResponse
from ..core.limits import DEFAULT_MAX_DEPTH
from ..core.model import AS_SERVER, ApigenModel, Empty
from ..core.narrow import is_dict, is_list
from ..core.schema import OperationSpec, ServiceSpec
from .aws_replies import AWS_REQUEST_ID_HEADER, AwsReplies
from .faults import (
    clean_code,
    error_status,
    message_of,
    modelled_error,
    unfit_response,
    unknown_error,
    validation_errors,
)
from .query_compat import QUERY_MODE_HEADER, error_header, error_spec, type_name, wire_code

__all__ = ["RpcV2CborCodec", "decode", "encode"]

MEDIA_TYPE = "application/cbor"
PROTOCOL_HEADER = "smithy-protocol"
PROTOCOL_ID = "rpc-v2-cbor"


def encode(data: Any) -> bytes:
    """CBOR of model data: datetimes as tag 1 epoch seconds (naive ones taken as UTC)."""
    return cbor2.dumps(data, datetime_as_timestamp=True, timezone=UTC)


def decode(body: bytes) -> Any:
    """The data item of a body; an empty body is an empty map. Raises ``ValueError`` when
    the bytes are not exactly one well-formed CBOR data item (trailing bytes included) or
    nest deeper than ``limits.DEFAULT_MAX_DEPTH`` (the configured ``max_depth`` bounds JSON)."""
    if not body:
        return {}
    stream = io.BytesIO(body)
    try:
        item = cbor2.CBORDecoder(stream).decode()
    except (cbor2.CBORError, ValueError, RecursionError) as exc:
        raise ValueError(f"not a CBOR data item: {exc}") from None
    if stream.tell() != len(body):
        raise ValueError(f"{len(body) - stream.tell()} bytes after the CBOR data item")
    if _too_deep(item, DEFAULT_MAX_DEPTH):
        raise ValueError(f"the CBOR data item nests deeper than {DEFAULT_MAX_DEPTH} levels")
    return item


def _too_deep(item: Any, limit: int) -> bool:
    """Whether maps and arrays nest deeper than ``limit`` (a body's top map is level 1).

    Bytes are no JSON, so ``limits.too_deep``'s bracket count cannot bound a CBOR body
    (a blob's bytes would count); the decoded item is measured instead, without recursion.
    """
    stack: list[tuple[Any, int]] = [(item, 1)]
    while stack:
        value, depth = stack.pop()
        if is_dict(value):
            children: list[Any] = list(value.values())
        elif is_list(value):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((c, depth + 1) for c in children if is_dict(c) or is_list(c))
    return False


def _without_nulls(value: Any) -> Any:
    """A client's reading: a null member is an absent one, a null map value is dropped."""
    if is_dict(value):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if is_list(value):
        return [_without_nulls(v) for v in value]
    return value


def _dump(model: ApigenModel) -> Any:
    return model.model_dump(by_alias=True, warnings=False)


class RpcV2CborCodec:
    """The rpcv2Cbor codec of one service."""

    request_id_header = AWS_REQUEST_ID_HEADER
    echo_request_id = False
    scans_json_depth = False  # bytes are no JSON: ``decode`` bounds the nesting itself

    def __init__(self, service: ServiceSpec) -> None:
        self.service = service
        self.service_name = service.target_prefix or service.name
        self.prefix = f"/service/{self.service_name}/operation/"
        self._paths: dict[str, str] = {}

    def _path(self, operation: OperationSpec) -> str:
        path = self._paths.get(operation.name)
        if path is None:
            path = self._paths[operation.name] = self.prefix + operation.name
        return path

    # -- client --

    def serialize_request(self, operation: OperationSpec, params: ApigenModel) -> HttpRequest:
        headers = [(PROTOCOL_HEADER, PROTOCOL_ID), ("Accept", MEDIA_TYPE)]
        if self.service.query_compatible:
            headers.append((QUERY_MODE_HEADER, "true"))
        body = b""
        if operation.input is not Empty:
            headers.append(("Content-Type", MEDIA_TYPE))
            body = encode(_dump(params))
        return HttpRequest("POST", self._path(operation), "", headers, body)

    def parse_response(self, operation: OperationSpec, response: HttpResponse) -> ApigenModel:
        if not 200 <= response.status < 300:
            raise self._parse_error(response)
        try:
            data = _without_nulls(decode(response.body))
            return operation.output.model_validate(data)
        except ValueError as exc:
            raise unfit_response(operation, exc, response) from None

    def _parse_error(self, response: HttpResponse) -> ServiceError:
        try:
            decoded = _without_nulls(decode(response.body))
        except ValueError:
            decoded = None
        body: dict[str, Any] = decoded if is_dict(decoded) else {}
        query_code, own = wire_code(response), self._own_code(response, body)
        code = query_code or own
        message = message_of(body)
        spec = error_spec(self.service, query_code, own)
        if spec is None:
            return unknown_error(self.service, response, code, message)
        try:
            shape = spec.shape.model_validate(body)
        except ValueError:
            shape = None
        return modelled_error(spec, response, message, shape, code)

    @staticmethod
    def _own_code(response: HttpResponse, body: dict[str, Any]) -> str:
        kind = body.get("__type")
        if isinstance(kind, str) and kind:
            return clean_code(kind)
        return str(response.status)

    # -- server --

    def _operation_name(self, request: HttpRequest) -> str | None:
        """The operation a POST to this service's path names (any mount prefix before it)."""
        head, sep, name = request.path.rpartition(self.prefix)
        if not sep or not name or "/" in name or (head and not head.startswith("/")):
            return None
        return name

    def route(self, request: HttpRequest) -> tuple[OperationSpec, dict[str, str]] | None:
        if request.method.upper() != "POST" or request.header(PROTOCOL_HEADER) != PROTOCOL_ID:
            return None
        name = self._operation_name(request)
        operation = self.service.operations.get(name) if name else None
        return None if operation is None else (operation, {})

    def allowed_methods(self, request: HttpRequest) -> list[str]:
        """Never a 405: anything but a POST to an operation's path is a 404 (``misrouted``)."""
        return []

    def replies(self) -> AwsReplies:
        return AwsReplies(self.service, self.misrouted)

    def misrouted(self, request: HttpRequest) -> tuple[int, str]:
        """What a request ``route`` found no operation for is answered: 404 for another
        method or path, 400 for an operation's path without the protocol header."""
        name = self._operation_name(request)
        if request.method.upper() != "POST" or name not in self.service.operations:
            return 404, (
                f"{self.service_name} operations are called as POST "
                f"{self.prefix}<Operation> (got {request.method} {request.path})"
            )
        return 400, f"Requests must carry the header {PROTOCOL_HEADER}: {PROTOCOL_ID}"

    def parse_request(
        self, operation: OperationSpec, request: HttpRequest, labels: dict[str, str]
    ) -> ApigenModel:
        body = request.body
        if body:
            media_type = (request.header("content-type") or "").split(";", 1)[0].strip().lower()
            if media_type != MEDIA_TYPE:
                raise UnsupportedMediaType(
                    f"{self.service_name} requests must carry Content-Type: {MEDIA_TYPE}"
                )
        try:
            data = decode(body)
        except ValueError as exc:
            raise ParamValidationError(
                f"{operation.name}: the request body is not CBOR",
                [{"type": "json_invalid", "loc": ("body",), "msg": str(exc)}],
            ) from None
        if not is_dict(data):
            raise ParamValidationError(
                f"{operation.name}: the request body is not a CBOR map",
                [{"type": "json_type", "loc": ("body",), "msg": "Input should be a map"}],
            )
        # Null members are absent (AWS protocols); strict mode judges the rest as CBOR typed it.
        data = {k: v for k, v in data.items() if v is not None}
        try:
            return operation.input.model_validate(data, strict=True, context=AS_SERVER)
        except ValueError as exc:
            raise ParamValidationError(
                f"{operation.name}: invalid request", validation_errors(exc)
            ) from None

    def _headers(self, body: bytes) -> list[tuple[str, str]]:
        headers = [(PROTOCOL_HEADER, PROTOCOL_ID)]
        if body:
            headers.append(("Content-Type", MEDIA_TYPE))
        return headers

    def serialize_response(
        self, operation: OperationSpec, output: ApigenModel, request_id: str | None = None
    ) -> HttpResponse:
        body = b"" if operation.output is Empty else encode(_dump(output))
        return HttpResponse(200, self._headers(body), body)

    def serialize_error(
        self, operation: OperationSpec | None, error: ServiceError, request_id: str | None = None
    ) -> HttpResponse:
        code, status, spec = error_status(self.service, error)
        shape = error.shape
        data: dict[str, Any] = {"__type": type_name(spec, error, code)}
        if isinstance(shape, ApigenModel):
            dumped = _dump(shape)
            if is_dict(dumped):
                data.update(dumped)
        if error.message and "message" not in data and "Message" not in data:
            data["message"] = error.message
        body = encode(data)
        headers = self._headers(body)
        if self.service.query_compatible:
            headers.append(error_header(spec, error, code))
        return HttpResponse(status, headers, body)
