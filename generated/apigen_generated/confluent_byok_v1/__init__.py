"""Upload and retrieve self-managed keys on dedicated Confluent Cloud clusters."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .async_client import AsyncConfluentByokClient
    from .client import ConfluentByokClient
    from .errors import ConfluentByokError, Failure, UnknownConfluentByokError
    from .server import ConfluentByokHandler, create_app

__all__ = [
    "AsyncConfluentByokClient",
    "ConfluentByokClient",
    "ConfluentByokError",
    "ConfluentByokHandler",
    "Failure",
    "UnknownConfluentByokError",
    "create_app",
]

_LAZY = {
    "AsyncConfluentByokClient": ".async_client",
    "ConfluentByokClient": ".client",
    "ConfluentByokError": ".errors",
    "ConfluentByokHandler": ".server",
    "Failure": ".errors",
    "UnknownConfluentByokError": ".errors",
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
