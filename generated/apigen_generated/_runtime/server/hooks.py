"""Server interceptors: what an application can see and change around each request.

A ``ServerInterceptor`` (``create_app(handler, interceptors=[...])``) has one method per
moment, each given the request's ``ServerContext``; override the ones you need:

- ``on_request``: the request as it arrived (request id assigned), before routing;
- ``before_handle``: the routed operation and its parsed, validated input, before the handler;
- ``on_response``: the response about to be sent (its headers may be changed).

Raising a ``ServiceError`` from ``on_request`` or ``before_handle`` answers it in the
protocol's error format (an authorisation check, say); any other exception is the 500 a
crashing handler gets. ``on_response`` sees every response, errors included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..core.http import HttpRequest, HttpResponse

__all__ = ["ServerContext", "ServerInterceptor"]


@dataclass(slots=True)
class ServerContext:
    request: HttpRequest
    request_id: str
    operation: str | None = None
    input: Any = None
    response: HttpResponse | None = None


class ServerInterceptor:
    """Base of server interceptors: every hook does nothing (see the module docstring)."""

    def on_request(self, context: ServerContext) -> None:
        """The request before routing (``context.request``)."""

    def before_handle(self, context: ServerContext) -> None:
        """The operation and its input (``context.operation``, ``context.input``)."""

    def on_response(self, context: ServerContext) -> None:
        """The response about to be sent (``context.response``)."""
