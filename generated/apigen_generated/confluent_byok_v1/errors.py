"""Errors of Key Management API for BYOK: one exception per modelled error."""

from __future__ import annotations

from . import shapes
from .._runtime.core.errors import ServiceError, UnknownServiceError

__all__ = [
    "ConfluentByokError",
    "Failure",
    "UnknownConfluentByokError",
]


class ConfluentByokError(ServiceError):
    """Root of every error Key Management API for BYOK answers with."""


class UnknownConfluentByokError(ConfluentByokError, UnknownServiceError):
    """
    An error Key Management API for BYOK answered with that no error shape models:
    throttling, a 5xx, a code added after this SDK was generated. Its code is the wire
    code, else the HTTP status as text (as botocore does).
    """


class Failure(ConfluentByokError):
    """Provides information about problems encountered while performing an operation."""

    code = "Failure"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.Failure | None
