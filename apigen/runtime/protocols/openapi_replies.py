"""The errors an OpenAPI service's server answers by itself, in the document's error format.

Every reply is a body in the envelope of the error the operation declares for that status
(``core/envelope.py``; else the service's), each error with its ``id`` (the request id),
``status``, ``code``, ``title``, ``detail`` and ``source`` (``{"pointer"}`` into the body or
``{"parameter"}``) as far as the envelope carries them, and given as that error's shape
when it fits. Invalid input is 422 (400 where only that is documented); the rest as
``replies`` lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..core.envelope import DEFAULT_ENVELOPE, ErrorFields
from ..core.errors import ParamValidationError, ServiceError
from ..core.http import HttpRequest
from ..core.schema import BODY, PAYLOAD, OperationSpec, ResponseSpec, ServiceSpec
from .replies import (
    INTERNAL_MESSAGE,
    documented,
    pointer,
    unreadable,
    unreadable_message,
    violations,
)

__all__ = ["OpenApiReplies", "declared_response"]


def declared_response(operation: OperationSpec | None, status: int) -> ResponseSpec | None:
    """The response an operation declares for ``status``: exact, then range, then default."""
    if operation is None:
        return None
    ranged = default = None
    for response in operation.responses:
        if response.status_range is None:
            if response.status == status:
                return response
        elif response.status_range == "default":
            default = response
        elif ranged is None and response.status_range[:1] == str(status)[:1]:
            ranged = response
    return ranged or default


class OpenApiReplies:
    """``replies.Replies`` as error documents."""

    def __init__(self, service: ServiceSpec) -> None:
        self.service = service

    def unknown_operation(
        self, request: HttpRequest, request_id: str, allowed: Sequence[str] = ()
    ) -> ServiceError:
        if allowed:
            message = (
                f"{request.method} is not allowed on {request.path}; it takes {', '.join(allowed)}"
            )
            item = self._item(405, "method_not_allowed", message)
            return self._failure(None, 405, request_id, [item])
        message = f"No operation matches {request.method} {request.path}"
        return self._failure(None, 404, request_id, [self._item(404, "not_found", message)])

    def unsupported_media_type(
        self, operation: OperationSpec, message: str, request_id: str
    ) -> ServiceError:
        item = self._item(415, "unsupported_media_type", message)
        return self._failure(operation, 415, request_id, [item])

    def malformed(
        self, operation: OperationSpec, request_id: str, message: str | None = None
    ) -> ServiceError:
        message = message or unreadable_message(operation)
        return self._failure(operation, 400, request_id, [self._item(400, "bad_request", message)])

    def invalid(
        self,
        operation: OperationSpec,
        error: ParamValidationError,
        request: HttpRequest,
        request_id: str,
    ) -> ServiceError:
        if unreadable(error):
            return self.malformed(operation, request_id)
        status = documented(operation, (422, 400), 422)
        items = [
            self._violation(operation, path, text, status)
            for path, text in violations(operation, error, request)
        ]
        return self._failure(operation, status, request_id, items)

    def too_large(self, limit: int, request_id: str) -> ServiceError:
        message = f"The request body is larger than {limit} bytes"
        return self._failure(None, 413, request_id, [self._item(413, "too_large", message)])

    def not_implemented(self, operation: OperationSpec, request_id: str) -> ServiceError:
        message = f"{operation.name} is not implemented by this server"
        item = self._item(501, "not_implemented", message)
        return self._failure(operation, 501, request_id, [item])

    def internal(self, operation: OperationSpec | None, request_id: str) -> ServiceError:
        message = f"{INTERNAL_MESSAGE} (request id {request_id})"
        item = self._item(500, "internal_error", message)
        return self._failure(operation, 500, request_id, [item])

    def unauthenticated(
        self, operation: OperationSpec, message: str, request_id: str
    ) -> ServiceError:
        item = self._item(401, "unauthenticated", message)
        return self._failure(operation, 401, request_id, [item])

    def auth(self, kind: str, message: str) -> ServiceError:
        return self._failure(None, 403, "", [self._item(403, "forbidden", message)])

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
            item["source"] = {"pointer": pointer(path)}
        elif member.location == PAYLOAD:
            item["source"] = {"pointer": pointer(path[len(head) :])}
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
        errors = [ErrorFields(id=request_id or None, **item) for item in items]
        first = errors[0]
        message = first.detail or ""
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
            document = (spec.envelope or self.service.error_envelope or DEFAULT_ENVELOPE).write(
                errors
            )
            try:
                shape = spec.shape.model_validate(document)
            except ValueError:
                continue
            return spec.exception(
                message, code=first.code, status=status, shape=shape, detail=first.detail
            )
        return ServiceError(
            message,
            code=first.code,
            status=status,
            title=first.title,
            detail=first.detail,
            error_id=first.id,
        )
