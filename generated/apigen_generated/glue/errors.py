"""Errors of AWS Glue: one exception per modelled error."""

from __future__ import annotations

from . import shapes
from .._runtime.core.errors import ServiceError, UnknownServiceError

__all__ = [
    "AccessDeniedException",
    "AlreadyExistsException",
    "ConflictException",
    "EntityNotFoundException",
    "FederationSourceException",
    "GlueEncryptionException",
    "GlueError",
    "InternalServiceException",
    "InvalidInputException",
    "OperationTimeoutException",
    "ResourceNumberLimitExceededException",
    "UnknownGlueError",
]


class GlueError(ServiceError):
    """Root of every error AWS Glue answers with."""


class UnknownGlueError(GlueError, UnknownServiceError):
    """
    An error AWS Glue answered with that no error shape models: throttling, a 5xx, a
    code added after this SDK was generated. Its code is the wire code, else the HTTP
    status as text (as botocore does).
    """


class AccessDeniedException(GlueError):
    """Access to a resource was denied."""

    code = "AccessDeniedException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.AccessDeniedException | None


class AlreadyExistsException(GlueError):
    """A resource to be created or added already exists."""

    code = "AlreadyExistsException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.AlreadyExistsException | None


class ConflictException(GlueError):
    """The request conflicts with the current state of the resource."""

    code = "ConflictException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ConflictException | None


class EntityNotFoundException(GlueError):
    """A specified entity does not exist."""

    code = "EntityNotFoundException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.EntityNotFoundException | None


class FederationSourceException(GlueError):
    """A federation source failed."""

    code = "FederationSourceException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.FederationSourceException | None


class GlueEncryptionException(GlueError):
    """An encryption operation failed."""

    code = "GlueEncryptionException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.GlueEncryptionException | None


class InternalServiceException(GlueError):
    """An internal service error occurred."""

    code = "InternalServiceException"
    fault = "server"
    retryable = False
    throttling = False
    shape: shapes.InternalServiceException | None


class InvalidInputException(GlueError):
    """The input provided was not valid."""

    code = "InvalidInputException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.InvalidInputException | None


class OperationTimeoutException(GlueError):
    """The operation timed out."""

    code = "OperationTimeoutException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.OperationTimeoutException | None


class ResourceNumberLimitExceededException(GlueError):
    """A resource numerical limit was exceeded."""

    code = "ResourceNumberLimitExceededException"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.ResourceNumberLimitExceededException | None
