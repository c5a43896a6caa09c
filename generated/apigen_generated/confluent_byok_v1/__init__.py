"""Upload and retrieve self-managed keys on dedicated Confluent Cloud clusters."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .async_client import AsyncConfluentByokClient
    from .client import ConfluentByokClient
    from .errors import ConfluentByokError, Failure

__all__ = [
    "AsyncConfluentByokClient",
    "ConfluentByokClient",
    "ConfluentByokError",
    "Failure",
]

_LAZY = {
    "AsyncConfluentByokClient": ".async_client",
    "ConfluentByokClient": ".client",
    "ConfluentByokError": ".errors",
    "Failure": ".errors",
}


def __getattr__(name: str) -> Any:
    """Import a re-exported name from its module on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
