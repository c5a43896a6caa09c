"""Errors of Key Management API for BYOK: one exception per modelled error."""

from __future__ import annotations

from . import shapes
from .._runtime.errors import ServiceError

__all__ = [
    "ConfluentByokError",
    "Failure",
]


class ConfluentByokError(ServiceError):
    """Root of every error Key Management API for BYOK answers with."""


class Failure(ConfluentByokError):
    """Provides information about problems encountered while performing an operation."""

    code = "Failure"
    fault = "client"
    retryable = False
    throttling = False
    shape: shapes.Failure | None
