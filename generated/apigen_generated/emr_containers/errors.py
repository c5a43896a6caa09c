"""Errors of Amazon EMR Containers: one exception per modelled error."""

from __future__ import annotations

from . import shapes
from .._runtime.core.errors import ServiceError, UnknownServiceError

__all__ = [
    "AccessDeniedException",
    "EMRContainersError",
    "IncompleteSignature",
    "InternalFailure",
    "InternalServerException",
    "InvalidAction",
    "InvalidClientTokenId",
    "InvalidParameterCombination",
    "InvalidParameterValue",
    "InvalidQueryParameter",
    "MalformedQueryString",
    "MissingAction",
    "MissingAuthenticationToken",
    "MissingParameter",
    "NotAuthorized",
    "OptInRequired",
    "RequestExpired",
    "ResourceNotFoundException",
    "ServiceUnavailable",
    "ThrottlingException",
    "UnknownEMRContainersError",
    "ValidationError",
    "ValidationException",
]


class EMRContainersError(ServiceError):
    """Root of every error Amazon EMR Containers answers with."""


class UnknownEMRContainersError(EMRContainersError, UnknownServiceError):
    """
    An error Amazon EMR Containers answered with that no error shape models: throttling,
    a 5xx, a code added after this SDK was generated. Its code is the wire code, else
    the HTTP status as text (as botocore does).
    """


class AccessDeniedException(EMRContainersError):
    """You do not have sufficient access to perform this action."""

    code = "AccessDeniedException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.AccessDeniedException | None


class IncompleteSignature(EMRContainersError):
    """The request signature does not conform to AWS standards."""

    code = "IncompleteSignature"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.IncompleteSignature | None


class InternalFailure(EMRContainersError):
    """
    The request processing has failed because of an unknown error, exception or failure.
    """

    code = "InternalFailure"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.InternalFailure | None


class InternalServerException(EMRContainersError):
    """This is an internal server exception."""

    code = "InternalServerException"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.InternalServerException | None


class InvalidAction(EMRContainersError):
    """
    The action or operation requested is invalid. Verify that the action is typed
    correctly.
    """

    code = "InvalidAction"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidAction | None


class InvalidClientTokenId(EMRContainersError):
    """
    The X.509 certificate or AWS access key ID provided does not exist in our records.
    """

    code = "InvalidClientTokenId"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidClientTokenId | None


class InvalidParameterCombination(EMRContainersError):
    """Parameters that must not be used together were used together."""

    code = "InvalidParameterCombination"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidParameterCombination | None


class InvalidParameterValue(EMRContainersError):
    """An invalid or out-of-range value was supplied for the input parameter."""

    code = "InvalidParameterValue"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidParameterValue | None


class InvalidQueryParameter(EMRContainersError):
    """The AWS query string is malformed or does not adhere to AWS standards."""

    code = "InvalidQueryParameter"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidQueryParameter | None


class MalformedQueryString(EMRContainersError):
    """The query string contains a syntax error."""

    code = "MalformedQueryString"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.MalformedQueryString | None


class MissingAction(EMRContainersError):
    """The request is missing an action or a required parameter."""

    code = "MissingAction"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.MissingAction | None


class MissingAuthenticationToken(EMRContainersError):
    """
    The request must contain either a valid (registered) AWS access key ID or X.509
    certificate.
    """

    code = "MissingAuthenticationToken"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.MissingAuthenticationToken | None


class MissingParameter(EMRContainersError):
    """A required parameter for the specified action is not supplied."""

    code = "MissingParameter"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.MissingParameter | None


class NotAuthorized(EMRContainersError):
    """You do not have permission to perform this action."""

    code = "NotAuthorized"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.NotAuthorized | None


class OptInRequired(EMRContainersError):
    """The AWS access key ID needs a subscription for the service."""

    code = "OptInRequired"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.OptInRequired | None


class RequestExpired(EMRContainersError):
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


class ResourceNotFoundException(EMRContainersError):
    """The specified resource was not found."""

    code = "ResourceNotFoundException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ResourceNotFoundException | None


class ServiceUnavailable(EMRContainersError):
    """The request has failed due to a temporary failure of the server."""

    code = "ServiceUnavailable"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.ServiceUnavailable | None


class ThrottlingException(EMRContainersError):
    """The request was denied due to request throttling."""

    code = "ThrottlingException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ThrottlingException | None


class ValidationError(EMRContainersError):
    """The input fails to satisfy the constraints specified by an AWS service."""

    code = "ValidationError"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ValidationError | None


class ValidationException(EMRContainersError):
    """There are invalid parameters in the client request."""

    code = "ValidationException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ValidationException | None
