"""Amazon MSK Connect (version 2021-09-14)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .async_client import AsyncKafkaConnectClient
    from .client import KafkaConnectClient
    from .errors import (
        AccessDeniedException,
        BadRequestException,
        ConflictException,
        ExpiredTokenException,
        ForbiddenException,
        IncompleteSignature,
        InternalFailure,
        InternalServerErrorException,
        KafkaConnectError,
        MalformedHttpRequestException,
        NotAuthorized,
        NotFoundException,
        OptInRequired,
        RequestAbortedException,
        RequestEntityTooLargeException,
        RequestExpired,
        RequestTimeoutException,
        ServiceUnavailable,
        ServiceUnavailableException,
        ThrottlingException,
        TooManyRequestsException,
        UnauthorizedException,
        UnknownKafkaConnectError,
        UnknownOperationException,
        UnrecognizedClientException,
        ValidationError,
    )
    from .server import KafkaConnectHandler, create_app

__all__ = [
    "AccessDeniedException",
    "AsyncKafkaConnectClient",
    "BadRequestException",
    "ConflictException",
    "ExpiredTokenException",
    "ForbiddenException",
    "IncompleteSignature",
    "InternalFailure",
    "InternalServerErrorException",
    "KafkaConnectClient",
    "KafkaConnectError",
    "KafkaConnectHandler",
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
    "create_app",
]

_LAZY = {
    "AccessDeniedException": ".errors",
    "AsyncKafkaConnectClient": ".async_client",
    "BadRequestException": ".errors",
    "ConflictException": ".errors",
    "ExpiredTokenException": ".errors",
    "ForbiddenException": ".errors",
    "IncompleteSignature": ".errors",
    "InternalFailure": ".errors",
    "InternalServerErrorException": ".errors",
    "KafkaConnectClient": ".client",
    "KafkaConnectError": ".errors",
    "KafkaConnectHandler": ".server",
    "MalformedHttpRequestException": ".errors",
    "NotAuthorized": ".errors",
    "NotFoundException": ".errors",
    "OptInRequired": ".errors",
    "RequestAbortedException": ".errors",
    "RequestEntityTooLargeException": ".errors",
    "RequestExpired": ".errors",
    "RequestTimeoutException": ".errors",
    "ServiceUnavailable": ".errors",
    "ServiceUnavailableException": ".errors",
    "ThrottlingException": ".errors",
    "TooManyRequestsException": ".errors",
    "UnauthorizedException": ".errors",
    "UnknownKafkaConnectError": ".errors",
    "UnknownOperationException": ".errors",
    "UnrecognizedClientException": ".errors",
    "ValidationError": ".errors",
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
