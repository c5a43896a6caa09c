"""Errors of AWS OpsWorks CM: one exception per modelled error."""

from __future__ import annotations

from . import shapes
from .._runtime.core.errors import ServiceError, UnknownServiceError

__all__ = [
    "AccessDeniedException",
    "IncompleteSignature",
    "InternalFailure",
    "InvalidAction",
    "InvalidClientTokenId",
    "InvalidNextTokenException",
    "InvalidParameterCombination",
    "InvalidParameterValue",
    "InvalidQueryParameter",
    "InvalidStateException",
    "LimitExceededException",
    "MalformedQueryString",
    "MissingAction",
    "MissingAuthenticationToken",
    "MissingParameter",
    "OpsWorksCMError",
    "OptInRequired",
    "RequestExpired",
    "ResourceAlreadyExistsException",
    "ResourceNotFoundException",
    "ServiceUnavailable",
    "ThrottlingException",
    "UnknownOpsWorksCMError",
    "ValidationError",
    "ValidationException",
]


class OpsWorksCMError(ServiceError):
    """Root of every error AWS OpsWorks CM answers with."""


class UnknownOpsWorksCMError(OpsWorksCMError, UnknownServiceError):
    """
    An error AWS OpsWorks CM answered with that no error shape models: throttling, a
    5xx, a code added after this SDK was generated. Its code is the wire code, else the
    HTTP status as text (as botocore does).
    """


class AccessDeniedException(OpsWorksCMError):
    """You do not have sufficient access to perform this action."""

    code = "AccessDeniedException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.AccessDeniedException | None


class IncompleteSignature(OpsWorksCMError):
    """The request signature does not conform to AWS standards."""

    code = "IncompleteSignature"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.IncompleteSignature | None


class InternalFailure(OpsWorksCMError):
    """
    The request processing has failed because of an unknown error, exception or failure.
    """

    code = "InternalFailure"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.InternalFailure | None


class InvalidAction(OpsWorksCMError):
    """
    The action or operation requested is invalid. Verify that the action is typed
    correctly.
    """

    code = "InvalidAction"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidAction | None


class InvalidClientTokenId(OpsWorksCMError):
    """
    The X.509 certificate or AWS access key ID provided does not exist in our records.
    """

    code = "InvalidClientTokenId"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidClientTokenId | None


class InvalidNextTokenException(OpsWorksCMError):
    """This occurs when the provided nextToken is not valid."""

    code = "InvalidNextTokenException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidNextTokenException | None


class InvalidParameterCombination(OpsWorksCMError):
    """Parameters that must not be used together were used together."""

    code = "InvalidParameterCombination"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidParameterCombination | None


class InvalidParameterValue(OpsWorksCMError):
    """An invalid or out-of-range value was supplied for the input parameter."""

    code = "InvalidParameterValue"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidParameterValue | None


class InvalidQueryParameter(OpsWorksCMError):
    """The AWS query string is malformed or does not adhere to AWS standards."""

    code = "InvalidQueryParameter"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidQueryParameter | None


class InvalidStateException(OpsWorksCMError):
    """
    The resource is in a state that does not allow you to perform a specified action.
    """

    code = "InvalidStateException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidStateException | None


class LimitExceededException(OpsWorksCMError):
    """The limit of servers or backups has been reached."""

    code = "LimitExceededException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.LimitExceededException | None


class MalformedQueryString(OpsWorksCMError):
    """The query string contains a syntax error."""

    code = "MalformedQueryString"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.MalformedQueryString | None


class MissingAction(OpsWorksCMError):
    """The request is missing an action or a required parameter."""

    code = "MissingAction"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.MissingAction | None


class MissingAuthenticationToken(OpsWorksCMError):
    """
    The request must contain either a valid (registered) AWS access key ID or X.509
    certificate.
    """

    code = "MissingAuthenticationToken"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.MissingAuthenticationToken | None


class MissingParameter(OpsWorksCMError):
    """A required parameter for the specified action is not supplied."""

    code = "MissingParameter"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.MissingParameter | None


class OptInRequired(OpsWorksCMError):
    """The AWS access key ID needs a subscription for the service."""

    code = "OptInRequired"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.OptInRequired | None


class RequestExpired(OpsWorksCMError):
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


class ResourceAlreadyExistsException(OpsWorksCMError):
    """The requested resource cannot be created because it already exists."""

    code = "ResourceAlreadyExistsException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ResourceAlreadyExistsException | None


class ResourceNotFoundException(OpsWorksCMError):
    """The requested resource does not exist, or access was denied."""

    code = "ResourceNotFoundException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ResourceNotFoundException | None


class ServiceUnavailable(OpsWorksCMError):
    """The request has failed due to a temporary failure of the server."""

    code = "ServiceUnavailable"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.ServiceUnavailable | None


class ThrottlingException(OpsWorksCMError):
    """The request was denied due to request throttling."""

    code = "ThrottlingException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ThrottlingException | None


class ValidationError(OpsWorksCMError):
    """The input fails to satisfy the constraints specified by an AWS service."""

    code = "ValidationError"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ValidationError | None


class ValidationException(OpsWorksCMError):
    """One or more of the provided request parameters are not valid."""

    code = "ValidationException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ValidationException | None
