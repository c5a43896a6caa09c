"""Errors of Amazon MSK Connect: one exception per modelled error."""

from __future__ import annotations

from . import shapes
from .._runtime.core.errors import ServiceError, UnknownServiceError

__all__ = [
    "AccessDeniedException",
    "BadRequestException",
    "ConflictException",
    "ExpiredTokenException",
    "ForbiddenException",
    "IncompleteSignature",
    "InternalFailure",
    "InternalServerErrorException",
    "KafkaConnectError",
    "MalformedHttpRequestException",
    "NotAuthorized",
    "NotFoundException",
    "OptInRequired",
    "RequestAbortedException",
    "RequestEntityTooLargeException",
    "RequestExpired",
    "RequestTimeoutException",
    "ServiceUnavailable",
    "ServiceUnavailableException",
    "ThrottlingException",
    "TooManyRequestsException",
    "UnauthorizedException",
    "UnknownKafkaConnectError",
    "UnknownOperationException",
    "UnrecognizedClientException",
    "ValidationError",
]


class KafkaConnectError(ServiceError):
    """Root of every error Amazon MSK Connect answers with."""


class UnknownKafkaConnectError(KafkaConnectError, UnknownServiceError):
    """
    An error Amazon MSK Connect answered with that no error shape models: throttling, a
    5xx, a code added after this SDK was generated. Its code is the wire code, else the
    HTTP status as text (as botocore does).
    """


class AccessDeniedException(KafkaConnectError):
    """You do not have sufficient access to perform this action."""

    code = "AccessDeniedException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.AccessDeniedException | None


class BadRequestException(KafkaConnectError):
    """
    HTTP Status Code 400: Bad request due to incorrect input. Correct your request and
    then retry it.
    """

    code = "BadRequestException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.BadRequestException | None


class ConflictException(KafkaConnectError):
    """
    HTTP Status Code 409: Conflict. A resource with this name already exists. Retry your
    request with another name.
    """

    code = "ConflictException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ConflictException | None


class ExpiredTokenException(KafkaConnectError):
    """The security token included in the request is expired"""

    code = "ExpiredTokenException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ExpiredTokenException | None


class ForbiddenException(KafkaConnectError):
    """
    HTTP Status Code 403: Access forbidden. Correct your credentials and then retry your
    request.
    """

    code = "ForbiddenException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ForbiddenException | None


class IncompleteSignature(KafkaConnectError):
    """The request signature does not conform to AWS standards."""

    code = "IncompleteSignature"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.IncompleteSignature | None


class InternalFailure(KafkaConnectError):
    """
    The request processing has failed because of an unknown error, exception or failure.
    """

    code = "InternalFailure"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.InternalFailure | None


class InternalServerErrorException(KafkaConnectError):
    """
    HTTP Status Code 500: Unexpected internal server error. Retrying your request might
    resolve the issue.
    """

    code = "InternalServerErrorException"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.InternalServerErrorException | None


class MalformedHttpRequestException(KafkaConnectError):
    """
    Problems with the request at the HTTP level, e.g. we can't decompress the body
    according to the decompression algorithm specified by the content-encoding.
    """

    code = "MalformedHttpRequestException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.MalformedHttpRequestException | None


class NotAuthorized(KafkaConnectError):
    """You do not have permission to perform this action."""

    code = "NotAuthorized"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.NotAuthorized | None


class NotFoundException(KafkaConnectError):
    """
    HTTP Status Code 404: Resource not found due to incorrect input. Correct your
    request and then retry it.
    """

    code = "NotFoundException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.NotFoundException | None


class OptInRequired(KafkaConnectError):
    """The AWS access key ID needs a subscription for the service."""

    code = "OptInRequired"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.OptInRequired | None


class RequestAbortedException(KafkaConnectError):
    """
    Convenient exception that can be used when a request is aborted before a reply is
    sent back (e.g. client closed connection).
    """

    code = "RequestAbortedException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.RequestAbortedException | None


class RequestEntityTooLargeException(KafkaConnectError):
    """Problems with the request at the HTTP level. The request entity is too large."""

    code = "RequestEntityTooLargeException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.RequestEntityTooLargeException | None


class RequestExpired(KafkaConnectError):
    """
    The request reached the service more than 15 minutes after the date stamp on the
    request or more than 15 minutes after the request expiration date (such as for
    pre-signed URLs), or the date stamp on the request is more than 15 minutes in the
    future.
    """

    code = "RequestExpired"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.RequestExpired | None


class RequestTimeoutException(KafkaConnectError):
    """Problems with the request at the HTTP level. Reading the Request timed out."""

    code = "RequestTimeoutException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.RequestTimeoutException | None


class ServiceUnavailable(KafkaConnectError):
    """The request has failed due to a temporary failure of the server."""

    code = "ServiceUnavailable"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.ServiceUnavailable | None


class ServiceUnavailableException(KafkaConnectError):
    """
    HTTP Status Code 503: Service Unavailable. Retrying your request in some time might
    resolve the issue.
    """

    code = "ServiceUnavailableException"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.ServiceUnavailableException | None


class ThrottlingException(KafkaConnectError):
    """The request was denied due to request throttling."""

    code = "ThrottlingException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ThrottlingException | None


class TooManyRequestsException(KafkaConnectError):
    """HTTP Status Code 429: Limit exceeded. Resource limit reached."""

    code = "TooManyRequestsException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.TooManyRequestsException | None


class UnauthorizedException(KafkaConnectError):
    """
    HTTP Status Code 401: Unauthorized request. The provided credentials couldn't be
    validated.
    """

    code = "UnauthorizedException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.UnauthorizedException | None


class UnknownOperationException(KafkaConnectError):
    """
    The action or operation requested is invalid. Verify that the action is typed
    correctly.
    """

    code = "UnknownOperationException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.UnknownOperationException | None


class UnrecognizedClientException(KafkaConnectError):
    """
    The X.509 certificate or AWS access key ID provided does not exist in our records.
    """

    code = "UnrecognizedClientException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.UnrecognizedClientException | None


class ValidationError(KafkaConnectError):
    """The input fails to satisfy the constraints specified by an AWS service."""

    code = "ValidationError"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ValidationError | None
