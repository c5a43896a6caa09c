"""What a client imports on its first call rather than up front.

Importing a generated client (and building one) imports neither the service's models nor
its operation tables: ``LazyService`` names the ``operations`` module and imports it on
first use. ``call_path`` binds, once, the helpers every call uses. (pydantic itself is
imported with the client: ``client.base`` reaches it through ``retries`` and
``protocols.faults``; bench/README.md has what that costs at cold start.)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.schema import ServiceSpec

__all__ = ["LazyService", "call_path"]


class _CallPath:
    """What every call uses from modules this one does not import up front (they import
    pydantic, or are only needed once a call is made): bound once, on the first call. A
    relative import inside a function costs ~2 µs each time it runs, several per call."""

    __slots__ = ("build_input", "direction", "hooks", "prepare_payload", "request", "sign")

    def __init__(self) -> None:
        from ..auth.payload import prepare_payload
        from ..auth.sigv4 import sign
        from ..core.directions import REQUEST, direction
        from ..core.params import build_input
        from . import hooks

        self.build_input = build_input
        self.direction = direction
        self.request = REQUEST
        self.hooks = hooks
        self.prepare_payload = prepare_payload
        self.sign = sign


_late: list[_CallPath] = []  # the one _CallPath, made by call_path() on the first call


def call_path() -> _CallPath:
    """The call path's late imports, bound on the first call."""
    if not _late:
        _late.append(_CallPath())
    return _late[0]


class LazyService:
    """A client class's ``ServiceSpec``, imported from ``module`` (its ``SERVICE``) on first use.

    Generated clients name their ``operations`` module instead of importing it, so importing
    a client (and building one) does not import the service's models: the first call does.
    """

    def __init__(self, module: str, package: str | None = None) -> None:
        self._module = module
        self._package = package
        self._spec: ServiceSpec | None = None

    def __get__(self, obj: object, owner: type[Any]) -> ServiceSpec:
        spec = self._spec
        if spec is None:
            spec = self._spec = import_module(self._module, self._package).SERVICE
        return spec
