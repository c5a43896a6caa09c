"""Error responses ↔ exceptions: what the codecs share about errors.

Client side, an error response becomes the modelled exception of its wire code (its shape
parsed into ``.shape``) or the service's ``unknown_error`` (an ``UnknownServiceError`` under
the service's root error). AWS codes are read as the SDKs read them: the ``X-Amzn-ErrorType``
header, else the body's ``code``, else its ``__type``; a ``namespace#`` prefix and a ``:uri``
suffix are dropped. An error without a code is given its HTTP status as text (``"503"``), as
botocore does. Server side, an exception's status
is its ``ErrorSpec``'s, else the one it carries, else 500 for a server fault, 400 otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from ..core.errors import ResponseParseError, ServiceError
from ..core.http import HttpResponse
from ..core.narrow import is_dict
from ..core.params import error_details
from ..core.schema import ErrorSpec, OperationSpec, ServiceSpec

THROTTLING_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    }
)


def clean_code(code: str) -> str:
    """``aws.protocoltests#FooError:http://internal...`` → ``FooError``."""
    return code.split(":", 1)[0].rsplit("#", 1)[-1].strip()


def json_body(body: bytes) -> dict[str, Any]:
    """An error body as a dict: {} when empty, ``{"message": text}`` when not JSON."""
    if not body.strip():
        return {}
    try:
        parsed = json.loads(body)
    except ValueError:
        return {"message": body.decode("utf-8", "replace")}
    return parsed if is_dict(parsed) else {}


def aws_error_code(response: HttpResponse, body: dict[str, Any]) -> str | None:
    header = response.header("x-amzn-errortype")
    if header:
        return clean_code(header)
    for key in ("code", "Code", "__type"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return clean_code(value)
    return None


def message_of(body: dict[str, Any]) -> str:
    for key in ("message", "Message", "errorMessage", "ErrorMessage"):
        value = body.get(key)
        if isinstance(value, str):
            return value
    return ""


def request_id_of(response: HttpResponse) -> str | None:
    """The request id AWS (``x-amzn-RequestId``, ``x-amz-request-id``) or OpenAPI services
    (``X-Request-Id``) answer with."""
    return (
        response.header("x-amzn-requestid")
        or response.header("x-amz-request-id")
        or response.header("x-request-id")
    )


def modelled_error(
    spec: ErrorSpec, response: HttpResponse, message: str, shape: Any, code: str | None = None
) -> ServiceError:
    return spec.exception(
        message,
        code=code or spec.code,
        status=response.status,
        request_id=request_id_of(response),
        shape=shape,
        headers=list(response.headers),
    )


def unknown_error(
    service: ServiceSpec, response: HttpResponse, code: str | None, message: str
) -> ServiceError:
    """The service's ``unknown_error``, retryable when 5xx (but 501 Not Implemented), 429 or a
    throttling code."""
    status = response.status
    error = service.unknown_error(
        message,
        code=code or str(status),
        status=status,
        request_id=request_id_of(response),
        headers=list(response.headers),
    )
    error.throttling = status == 429 or (code or "") in THROTTLING_CODES
    error.retryable = (status >= 500 and status != 501) or error.throttling
    return error


def aws_error(
    service: ServiceSpec,
    response: HttpResponse,
    read_shape: Callable[[ErrorSpec], Any],
    code: str | None = None,
) -> ServiceError:
    """An AWS JSON error response (awsJson and restJson1): its code's modelled exception, with
    the shape ``read_shape`` reads (``None`` when it cannot), else the service's unknown error.
    ``code``, when given, is the ``x-amzn-query-error`` code of a query-compatible reply
    (``query_compat.py``): it wins over the one the body states."""
    from .query_compat import error_spec

    body = json_body(response.body)
    own = aws_error_code(response, body)
    spec = error_spec(service, code, own)
    code = code or own
    if spec is None:
        return unknown_error(service, response, code, message_of(body))
    return modelled_error(spec, response, message_of(body), read_shape(spec), code)


def error_status(service: ServiceSpec, error: ServiceError) -> tuple[str, int, ErrorSpec | None]:
    """The wire code, HTTP status and spec (when modelled) an exception is answered with."""
    code = error.code or type(error).__name__
    spec = service.errors.get(code)
    if spec is not None and spec.status is not None:
        return code, spec.status, spec
    if error.status is not None:
        return code, error.status, spec
    fault = spec.fault if spec is not None else error.fault
    return code, 500 if fault == "server" else 400, spec


def shape_dump(error: ServiceError, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The error's shape as wire JSON data ({} without a shape)."""
    shape = error.shape
    if shape is None or not hasattr(shape, "model_dump_json"):
        return {}
    text = (
        shape.model_dump_json(by_alias=True, exclude=set(exclude), warnings=False)
        if exclude
        else shape.model_dump_json(by_alias=True, warnings=False)
    )
    data = json.loads(text)
    return data if is_dict(data) else {}


def with_message(data: dict[str, Any], message: str) -> dict[str, Any]:
    """Adds ``message`` unless the body already carries one."""
    if message and "message" not in data and "Message" not in data:
        data["message"] = message
    return data


def validation_errors(exc: ValueError) -> list[dict[str, Any]]:
    """pydantic's error records without input values (or one record for bad JSON)."""
    if isinstance(exc, ValidationError):
        return error_details(exc)
    return [{"type": "json_invalid", "loc": ("body",), "msg": str(exc)}]


def unfit_response(
    operation: OperationSpec, exc: ValueError, response: HttpResponse
) -> ResponseParseError:
    """The error a client raises for a 2xx body that does not read as the operation's output."""
    return ResponseParseError(
        f"{operation.name}: the response does not fit {operation.output.__name__}",
        validation_errors(exc),
        status=response.status,
    )
