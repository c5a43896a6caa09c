"""The errors a server answers by itself: the interface every protocol's replies implement.

The codec serialises every error response; a protocol's ``Replies`` decides *which* error
the server answers with when no handler chose one, in the protocol's own terms (AWS codes
and modelled errors: ``aws_replies``; an OpenAPI document's error envelope:
``openapi_replies``). ``Codec.replies()`` gives a service's.

Situations: no operation matches (404, or 405 with ``Allow`` when the path takes other
methods), a Content-Type the protocol does not read (415), a body that cannot be read (400),
invalid input (400/422), a body over the limit (413), an unimplemented operation (501), a
handler crash (500, with a fixed message) and SigV4 failures (403). docs/server.md has the
table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from ..core.errors import ParamValidationError, ServiceError
from ..core.http import HttpRequest
from ..core.model import ApigenModel
from ..core.schema import PAYLOAD, OperationSpec

__all__ = ["INTERNAL_MESSAGE", "Replies", "unreadable_message", "violations"]

INTERNAL_MESSAGE = "The server could not handle the request"


class Replies(Protocol):
    """The errors one service's server answers by itself."""

    def unknown_operation(
        self, request: HttpRequest, request_id: str, allowed: Sequence[str] = ()
    ) -> ServiceError:
        """No route: 404, or 405 when the path takes other methods (``allowed``, which the
        server also sends as ``Allow``)."""
        ...

    def unsupported_media_type(
        self, operation: OperationSpec, message: str, request_id: str
    ) -> ServiceError: ...

    def malformed(
        self, operation: OperationSpec, request_id: str, message: str | None = None
    ) -> ServiceError:
        """A body that cannot be read (``message`` says why, when the server knows)."""
        ...

    def invalid(
        self,
        operation: OperationSpec,
        error: ParamValidationError,
        request: HttpRequest,
        request_id: str,
    ) -> ServiceError:
        """Invalid input; a body that cannot be read at all is ``malformed`` instead."""
        ...

    def too_large(self, limit: int, request_id: str) -> ServiceError: ...

    def not_implemented(self, operation: OperationSpec, request_id: str) -> ServiceError: ...

    def internal(self, operation: OperationSpec | None, request_id: str) -> ServiceError: ...

    def unauthenticated(
        self, operation: OperationSpec, message: str, request_id: str
    ) -> ServiceError:
        """No credentials the operation's security accepts (``server/credentials.py``): 401."""
        ...

    def auth(self, kind: str, message: str) -> ServiceError:
        """A SigV4 failure (``auth.sigv4_verify.SignatureFailure.kind``): always 403."""
        ...


def unreadable_message(operation: OperationSpec) -> str:
    """What a server says of a body it cannot read, when it knows no better reason."""
    return f"{operation.name}: the request body could not be read (not valid JSON?)"


def unreadable(error: ParamValidationError) -> bool:
    """Whether the records say the body could not be read at all (not JSON, wrong type)."""
    return any(r.get("type") in ("json_invalid", "json_type") for r in error.errors)


def violations(
    operation: OperationSpec, error: ParamValidationError, request: HttpRequest
) -> list[tuple[str, str]]:
    """(wire path, message) of each validation record."""
    return [(_wire_path(operation, request, r), str(r.get("msg", ""))) for r in error.errors]


def message_field(model: type[ApigenModel]) -> str | None:
    """The attribute of an error shape that holds its message."""
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


def _wire_path(operation: OperationSpec, request: HttpRequest, record: dict[str, Any]) -> str:
    loc = tuple(record.get("loc", ()))
    if loc and loc[0] == "body":
        loc = loc[1:]
    from ..core.params import wire_path

    return wire_path(operation.input, _wire_data(operation, request), loc) or _path(loc)


def documented(operation: OperationSpec, preferred: tuple[int, ...], default: int) -> int:
    """The first of ``preferred`` the operation documents a response for, else ``default``."""
    declared = {r.status for r in operation.responses if r.status_range is None}
    return next((status for status in preferred if status in declared), default)


def pointer(path: str) -> str:
    """``spec.tags[2].key`` → ``/spec/tags/2/key`` (RFC 6901)."""
    if not path:
        return ""
    parts = path.replace("[", ".").replace("]", "").split(".")
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts if p)


def _wire_data(operation: OperationSpec, request: HttpRequest) -> Any:
    """The request's JSON body as the input's wire data (for map positions in paths)."""
    try:
        body: Any = json.loads(request.body) if request.body.strip() else {}
    except (ValueError, RecursionError):
        return None
    payload = next((m for m in operation.input_members if m.location == PAYLOAD), None)
    if payload is not None:
        field = operation.input.model_fields.get(payload.name)
        return {(field.serialization_alias if field else None) or payload.name: body}
    return body
