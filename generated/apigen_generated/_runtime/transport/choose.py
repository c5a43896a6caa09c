"""The transport for what a user passed as ``transport=``: the default, httpx, ASGI or theirs.

- None: ``http_client.HttpClientTransport`` (sync) or ``httpx`` (async).
- An httpx client or transport object: wrapped (``httpx_transports``); a sync client given an
  async httpx object drives it from a private event loop (``asgi.BlockingTransport``).
- ``asgi.AsgiTransport(app)`` calls an ASGI app in-process from sync code and async code.
- Anything implementing ``base.Transport`` / ``base.AsyncTransport``.
"""

from __future__ import annotations

from typing import Any

from .base import AsyncTransport, Transport
from .http_client import HttpClientTransport
from .httpx_transports import HttpxAsyncTransport, HttpxTransport

__all__ = ["async_transport", "sync_transport"]


def _from_httpx(value: object) -> bool:
    return type(value).__module__.split(".", 1)[0] == "httpx"


def sync_transport(value: Any) -> Transport:
    """A ``Transport`` for what a user passed: None (the default), an httpx object or a
    ``Transport`` (such as ``asgi.AsgiTransport(app)``). An async httpx object
    (``httpx.ASGITransport(app)``, ``httpx.AsyncClient``) is driven from a private event loop
    (``asgi.BlockingTransport``)."""
    if value is None:
        return HttpClientTransport()
    if _from_httpx(value):
        import httpx

        if not isinstance(value, (httpx.Client, httpx.BaseTransport)):
            from .asgi import BlockingTransport  # asyncio: only for async objects

            return BlockingTransport(HttpxAsyncTransport(value))
        return HttpxTransport(value)
    if isinstance(value, Transport):
        return value
    raise TypeError(f"not a transport: {type(value).__name__}")


def async_transport(value: Any) -> AsyncTransport:
    """An ``AsyncTransport`` for what a user passed: None (httpx), an httpx object (an
    ``httpx.AsyncClient`` or an async transport such as ``httpx.ASGITransport``), an
    ``AsyncTransport``, or an ``asgi.BlockingTransport`` (``AsgiTransport(app)``), whose
    inner async transport is used."""
    if value is None or _from_httpx(value):
        return HttpxAsyncTransport(value)
    if isinstance(value, AsyncTransport):
        return value
    from .asgi import BlockingTransport

    if isinstance(value, BlockingTransport):
        return value.transport
    raise TypeError(f"not an async transport: {type(value).__name__}")
