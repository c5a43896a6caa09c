"""
The Connection API describes AWS Glue connection data types, and the API for creating,
deleting, updating, and listing connections.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .async_client import AsyncGlueClient
    from .client import GlueClient
    from .errors import (
        AccessDeniedException,
        AlreadyExistsException,
        ConflictException,
        EntityNotFoundException,
        FederationSourceException,
        GlueEncryptionException,
        GlueError,
        InternalServiceException,
        InvalidInputException,
        OperationTimeoutException,
        ResourceNumberLimitExceededException,
        UnknownGlueError,
    )
    from .server import GlueHandler, create_app

__all__ = [
    "AccessDeniedException",
    "AlreadyExistsException",
    "AsyncGlueClient",
    "ConflictException",
    "EntityNotFoundException",
    "FederationSourceException",
    "GlueClient",
    "GlueEncryptionException",
    "GlueError",
    "GlueHandler",
    "InternalServiceException",
    "InvalidInputException",
    "OperationTimeoutException",
    "ResourceNumberLimitExceededException",
    "UnknownGlueError",
    "create_app",
]

_LAZY = {
    "AccessDeniedException": ".errors",
    "AlreadyExistsException": ".errors",
    "AsyncGlueClient": ".async_client",
    "ConflictException": ".errors",
    "EntityNotFoundException": ".errors",
    "FederationSourceException": ".errors",
    "GlueClient": ".client",
    "GlueEncryptionException": ".errors",
    "GlueError": ".errors",
    "GlueHandler": ".server",
    "InternalServiceException": ".errors",
    "InvalidInputException": ".errors",
    "OperationTimeoutException": ".errors",
    "ResourceNumberLimitExceededException": ".errors",
    "UnknownGlueError": ".errors",
    "create_app": ".server",
}


_SUBMODULES = frozenset(
    {
        "async_client",
        "client",
        "errors",
        "operations",
        "server",
        "shapes",
        "testing",
    }
)


def __getattr__(name: str) -> Any:
    """Import a re-exported name, or a submodule, on first use (PEP 562)."""
    if name in _SUBMODULES:
        return import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, *_SUBMODULES})
