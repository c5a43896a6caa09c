"""The errors an AWS protocol's server answers by itself (restJson1, awsJson1_0/1_1, the
query and XML protocols, rpcv2Cbor).

AWS protocols prefer an error the service models, so a generated client raises its modelled
exception: first one the operation declares, then one the service declares, in the order of
the code lists below; otherwise the generic AWS code. Codes: UnknownOperationException
(404/405; awsJson: 404 for anything but ``POST /``, 400 for a missing or unknown
X-Amz-Target, said by the codec's ``misrouted``), UnsupportedMediaTypeException (415),
SerializationException or the bad-request error (a body that cannot be read),
ValidationException and kin (400), RequestEntityTooLargeException (413), NotImplemented
(501), InternalFailure and kin (500) and the SigV4 codes (403).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.errors import ParamValidationError, ServiceError
from ..core.http import HttpRequest
from ..core.schema import ErrorSpec, OperationSpec, ServiceSpec
from .replies import INTERNAL_MESSAGE, message_field, unreadable, unreadable_message, violations

__all__ = ["AWS_REQUEST_ID_HEADER", "AwsReplies"]

AWS_REQUEST_ID_HEADER = "x-amzn-RequestId"

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


class AwsReplies:
    """``replies.Replies`` in AWS terms. ``misrouted(request)`` is the protocol's say on a
    request no route matched: (status, message) to answer instead of a plain 404.
    ``bad_request_codes`` are the codes invalid or unreadable input is answered with, in
    order of preference (a protocol whose services say ``ValidationError`` puts it first);
    ``unknown_operation_code`` is the code of a request that names no operation (the query
    protocols' services answer ``InvalidAction``)."""

    def __init__(
        self,
        service: ServiceSpec,
        misrouted: Callable[[HttpRequest], tuple[int, str]] | None = None,
        bad_request_codes: tuple[str, ...] | None = None,
        unknown_operation_code: str = "UnknownOperationException",
    ) -> None:
        self.service = service
        self._unknown = (unknown_operation_code,)
        self._misrouted = misrouted
        self._bad_request = bad_request_codes or BAD_REQUEST_CODES
        self._malformed = bad_request_codes or MALFORMED_CODES

    def unknown_operation(
        self, request: HttpRequest, request_id: str, allowed: Sequence[str] = ()
    ) -> ServiceError:
        if allowed:
            message = (
                f"{request.method} is not allowed on {request.path}; it takes {', '.join(allowed)}"
            )
            return self._aws(None, self._unknown, 405, message)
        status, message = 404, f"No operation matches {request.method} {request.path}"
        if self._misrouted is not None:
            status, message = self._misrouted(request)
        return self._aws(None, self._unknown, status, message)

    def unsupported_media_type(
        self, operation: OperationSpec, message: str, request_id: str
    ) -> ServiceError:
        return self._aws(operation, ("UnsupportedMediaTypeException",), 415, message)

    def malformed(
        self, operation: OperationSpec, request_id: str, message: str | None = None
    ) -> ServiceError:
        message = message or unreadable_message(operation)
        return self._aws(operation, self._malformed, 400, message)

    def invalid(
        self,
        operation: OperationSpec,
        error: ParamValidationError,
        request: HttpRequest,
        request_id: str,
    ) -> ServiceError:
        if unreadable(error):
            return self.malformed(operation, request_id)
        found = violations(operation, error, request)
        count = len(found)
        details = "; ".join(
            f"Value at '{path or '(input)'}' failed to satisfy constraint: {text}"
            for path, text in found
        )
        message = f"{count} validation error{'s' if count != 1 else ''} detected: {details}"
        return self._aws(operation, self._bad_request, 400, message)

    def too_large(self, limit: int, request_id: str) -> ServiceError:
        message = f"The request body is larger than {limit} bytes"
        return self._aws(None, ("RequestEntityTooLargeException",), 413, message)

    def not_implemented(self, operation: OperationSpec, request_id: str) -> ServiceError:
        message = f"{operation.name} is not implemented by this server"
        return self._aws(operation, ("NotImplemented",), 501, message)

    def internal(self, operation: OperationSpec | None, request_id: str) -> ServiceError:
        message = f"{INTERNAL_MESSAGE} (request id {request_id})"
        return self._aws(operation, INTERNAL_CODES, 500, message)

    def unauthenticated(
        self, operation: OperationSpec, message: str, request_id: str
    ) -> ServiceError:
        """A Smithy ``httpBearerAuth``/``httpApiKeyAuth``... credential that is missing."""
        return self._aws(operation, ("UnauthorizedException", "Unauthorized"), 401, message)

    def auth(self, kind: str, message: str) -> ServiceError:
        """Always 403, never modelled under another name, as AWS answers it."""
        code = AUTH_CODES[kind]
        spec = self.service.errors.get(code)
        return self._make(spec, code, 403, message)

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
        field = message_field(spec.shape)
        try:
            shape = spec.shape.model_validate({field: message} if field else {})
        except ValueError:
            shape = None  # the shape needs more than a message: the body carries the message
        return spec.exception(message, code=code, status=spec.status or status, shape=shape)
