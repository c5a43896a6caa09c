"""A package whose names are imported from its modules on first access (PEP 562).

A generated ``shapes`` package of a big service maps every class name to the module that
defines it; ``lazy_exports`` gives the package's ``__getattr__`` and ``__dir__``. The first
``shapes.X`` (or ``from ...shapes import X``) imports X's module, which creates X and the
classes X names, and keeps X in the package, so later lookups are plain attribute reads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, where: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` of ``package``: ``where`` maps each name it exports to
    the module defining it, relative to the package (``._module``, ``..._runtime.core.x``)."""

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module hook's own name
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:  # noqa: N807 - what is defined so far and what may be
        return sorted({*vars(sys.modules[package]), *where})

    return __getattr__, __dir__
