"""The errors a server answers by itself, in its protocol's own terms.

The codec serialises every error response; this module decides *which* error the server
answers with when no handler chose one. AWS protocols prefer an error the service models, so
a generated client raises its modelled exception: first one the operation declares, then one
the service declares, in the order listed below; otherwise the generic AWS code.

Situations: no operation matches (UnknownOperationException: restJson1 404, or 405 with
``Allow`` when the path takes other methods; awsJson 404 for anything but ``POST /``, 400
for a missing or unknown X-Amz-Target), a Content-Type the
protocol does not read (UnsupportedMediaTypeException, 415), a body that is not JSON (SerializationException, else the bad-request error), invalid input
(ValidationException, BadRequestException, ... 400; OpenAPI 422, or 400 where only that is
documented), a body over the limit (413), an unimplemented operation (501 NotImplemented), a
handler crash (the operation's internal error, else InternalFailure, 500, with a fixed
message) and SigV4 failures (403). docs/server.md has the table.

OpenAPI errors are Confluent ``Failure`` documents (``{"errors": [{"id", "status", "code",
"title", "detail", "source": {"pointer" | "parameter"}}]}``), given as the shape of the error
the operation declares for that status when the document fits it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .errors import ParamValidationError, ServiceError
from .http import HttpRequest
from .model import ApigenModel
from .openapi_json import declared_response
from .schema import BODY, PAYLOAD, ErrorSpec, OperationSpec, ServiceSpec

__all__ = ["ServerErrors"]

BAD_REQUEST_CODES = (
    "ValidationException",
    "BadRequestException",
    "InvalidRequestException",
    "InvalidInputException",
    "InvalidParameterValueException",
    "InvalidParameterException",
    "InvalidArgumentException",
    "ValidationError",
)
MALFORMED_CODES = ("SerializationException", *BAD_REQUEST_CODES)
INTERNAL_CODES = (
    "InternalFailure",
    "InternalServerException",
    "InternalServiceException",
    "InternalServerErrorException",
    "InternalServerError",
    "InternalErrorException",
    "InternalError",
)
# SigV4 failures (sigv4_verify.SignatureFailure.kind) → AWS code.
AUTH_CODES = {
    "missing": "MissingAuthenticationTokenException",
    "incomplete": "IncompleteSignatureException",
    "unknown_key": "UnrecognizedClientException",
    "mismatch": "InvalidSignatureException",
    "expired": "InvalidSignatureException",
}
INTERNAL_MESSAGE = "The server could not handle the request"


def _message_field(model: type[ApigenModel]) -> str | None:
    for name, field in model.model_fields.items():
        if (field.serialization_alias or name).lower() in ("message", "errormessage"):
            return name
    return None


def _path(loc: tuple[Any, ...]) -> str:
    out = ""
    for item in loc:
        if isinstance(item, int):
            out += f"[{item}]"
        else:
            out = f"{out}.{item}" if out else str(item)
    return out


class ServerErrors:
    """The errors one service's server answers by itself (see the module docstring)."""

    def __init__(self, service: ServiceSpec) -> None:
        self.service = service
        self.openapi = service.protocol == "openapi"

    # -- the situations --

    def unknown_operation(
        self, request: HttpRequest, request_id: str, allowed: Sequence[str] = ()
    ) -> ServiceError:
        """No route: REST protocols 404, or 405 when the path takes other methods
        (``allowed``, which the server also sends as ``Allow``); awsJson 404 unless
        ``POST /``, else 400 (as AWS)."""
        if allowed:
            message = (
                f"{request.method} is not allowed on {request.path}; it takes {', '.join(allowed)}"
            )
            if self.openapi:
                item = self._item(405, "method_not_allowed", message)
                return self._failure(None, 405, request_id, [item])
            return self._aws(None, ("UnknownOperationException",), 405, message)
        message = f"No operation matches {request.method} {request.path}"
        if self.openapi:
            return self._failure(None, 404, request_id, [self._item(404, "not_found", message)])
        status = 404
        if self.service.protocol != "restJson1":
            prefix = self.service.target_prefix or self.service.name
            target = request.header("x-amz-target")
            if request.method.upper() != "POST" or request.path != "/":
                message = (
                    f"{prefix} operations are called as POST / with X-Amz-Target: "
                    f"{prefix}.<Operation> (got {request.method} {request.path})"
                )
            else:
                status = 400
                message = (
                    f"No operation matches {target}"
                    if target
                    else f"No X-Amz-Target header: it names the operation ({prefix}.<Operation>)"
                )
        return self._aws(None, ("UnknownOperationException",), status, message)

    def unsupported_media_type(
        self, operation: OperationSpec, message: str, request_id: str
    ) -> ServiceError:
        if self.openapi:
            item = self._item(415, "unsupported_media_type", message)
            return self._failure(operation, 415, request_id, [item])
        return self._aws(operation, ("UnsupportedMediaTypeException",), 415, message)

    def malformed(
        self, operation: OperationSpec, request_id: str, message: str | None = None
    ) -> ServiceError:
        message = (
            message or f"{operation.name}: the request body could not be read (not valid JSON?)"
        )
        if self.openapi:
            return self._failure(
                operation, 400, request_id, [self._item(400, "bad_request", message)]
            )
        return self._aws(operation, MALFORMED_CODES, 400, message)

    def invalid(
        self,
        operation: OperationSpec,
        error: ParamValidationError,
        request: HttpRequest,
        request_id: str,
    ) -> ServiceError:
        """Invalid input; a body that is not JSON at all is ``malformed`` instead."""
        records = error.errors
        if any(r.get("type") in ("json_invalid", "json_type") for r in records):
            return self.malformed(operation, request_id)
        violations = [
            (self._wire_path(operation, request, r), str(r.get("msg", ""))) for r in records
        ]
        if self.openapi:
            status = _documented(operation, (422, 400), 422)
            items = [self._violation(operation, path, text, status) for path, text in violations]
            return self._failure(operation, status, request_id, items)
        count = len(violations)
        details = "; ".join(
            f"Value at '{path or '(input)'}' failed to satisfy constraint: {text}"
            for path, text in violations
        )
        message = f"{count} validation error{'s' if count != 1 else ''} detected: {details}"
        return self._aws(operation, BAD_REQUEST_CODES, 400, message)

    def too_large(self, limit: int, request_id: str) -> ServiceError:
        message = f"The request body is larger than {limit} bytes"
        if self.openapi:
            return self._failure(None, 413, request_id, [self._item(413, "too_large", message)])
        return self._aws(None, ("RequestEntityTooLargeException",), 413, message)

    def not_implemented(self, operation: OperationSpec, request_id: str) -> ServiceError:
        message = f"{operation.name} is not implemented by this server"
        if self.openapi:
            return self._failure(
                operation, 501, request_id, [self._item(501, "not_implemented", message)]
            )
        return self._aws(operation, ("NotImplemented",), 501, message)

    def internal(self, operation: OperationSpec | None, request_id: str) -> ServiceError:
        message = f"{INTERNAL_MESSAGE} (request id {request_id})"
        if self.openapi:
            return self._failure(
                operation, 500, request_id, [self._item(500, "internal_error", message)]
            )
        return self._aws(operation, INTERNAL_CODES, 500, message)

    def auth(self, kind: str, message: str) -> ServiceError:
        """A SigV4 failure (``sigv4_verify.SignatureFailure.kind``): always 403, never modelled
        under another name, as AWS answers it."""
        code = AUTH_CODES[kind]
        spec = self.service.errors.get(code)
        return self._make(spec, code, 403, message)

    # -- AWS --

    def _aws(
        self, operation: OperationSpec | None, codes: tuple[str, ...], status: int, message: str
    ) -> ServiceError:
        errors = self.service.errors
        pools = (operation.errors if operation is not None else (), tuple(errors))
        for pool in pools:
            for code in codes:
                if code in pool and code in errors:
                    return self._make(errors[code], code, status, message)
        return self._make(None, codes[0], status, message)

    @staticmethod
    def _make(spec: ErrorSpec | None, code: str, status: int, message: str) -> ServiceError:
        if spec is None:
            return ServiceError(message, code=code, status=status)
        shape = None
        field = _message_field(spec.shape)
        try:
            shape = spec.shape.model_validate({field: message} if field else {})
        except ValueError:
            shape = None  # the shape needs more than a message: the body carries the message
        return spec.exception(message, code=code, status=spec.status or status, shape=shape)

    # -- OpenAPI --

    @staticmethod
    def _item(status: int, code: str, detail: str) -> dict[str, Any]:
        return {
            "status": str(status),
            "code": code,
            "title": code.replace("_", " "),
            "detail": detail,
        }

    def _violation(
        self, operation: OperationSpec, path: str, text: str, status: int
    ) -> dict[str, Any]:
        """One error: ``source.pointer`` into the body, or ``source.parameter``."""
        item = self._item(status, "invalid_value", f"{path or '(input)'}: {text}")
        head = path.split(".", 1)[0].split("[", 1)[0]
        member = next(
            (m for m in operation.input_members if self._key(operation, m.name) == head), None
        )
        if member is None or member.location == BODY:
            item["source"] = {"pointer": _pointer(path)}
        elif member.location == PAYLOAD:
            item["source"] = {"pointer": _pointer(path[len(head) :])}
        else:
            item["source"] = {"parameter": member.wire}
        return item

    @staticmethod
    def _key(operation: OperationSpec, name: str) -> str:
        field = operation.input.model_fields.get(name)
        return (field.serialization_alias if field is not None else None) or name

    def _failure(
        self,
        operation: OperationSpec | None,
        status: int,
        request_id: str,
        items: list[dict[str, Any]],
    ) -> ServiceError:
        document = {"errors": [{"id": request_id, **item} for item in items]}
        message = str(items[0].get("detail", "")) if items else ""
        code = None
        declared = declared_response(operation, status)
        if declared is not None:
            code = declared.error
        if code is None and operation is not None and len(operation.errors) == 1:
            code = operation.errors[0]
        candidates = [code] if code else list(self.service.errors)
        for candidate in candidates:
            spec = self.service.errors.get(candidate)
            if spec is None:
                continue
            try:
                shape = spec.shape.model_validate(document)
            except ValueError:
                continue
            return spec.exception(message, code=spec.code, status=status, shape=shape)
        return ServiceError(message, code=str(items[0]["code"]) if items else "", status=status)

    # -- paths --

    def _wire_path(
        self, operation: OperationSpec, request: HttpRequest, record: dict[str, Any]
    ) -> str:
        loc = tuple(record.get("loc", ()))
        if loc and loc[0] == "body":
            loc = loc[1:]
        from .params import wire_path

        return wire_path(operation.input, _wire_data(operation, request), loc) or _path(loc)


def _documented(operation: OperationSpec, preferred: tuple[int, ...], default: int) -> int:
    """The first of ``preferred`` the operation documents a response for, else ``default``."""
    declared = {r.status for r in operation.responses if r.status_range is None}
    return next((status for status in preferred if status in declared), default)


def _pointer(path: str) -> str:
    """``spec.tags[2].key`` → ``/spec/tags/2/key`` (RFC 6901)."""
    if not path:
        return ""
    parts = path.replace("[", ".").replace("]", "").split(".")
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts if p)


def _wire_data(operation: OperationSpec, request: HttpRequest) -> Any:
    """The request's JSON body as the input's wire data (for map positions in paths)."""
    try:
        body = json.loads(request.body) if request.body.strip() else {}
    except (ValueError, RecursionError):
        return None
    payload = next((m for m in operation.input_members if m.location == PAYLOAD), None)
    if payload is not None:
        field = operation.input.model_fields.get(payload.name)
        return {(field.serialization_alias if field else None) or payload.name: body}
    return body
