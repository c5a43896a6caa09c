"""One root for every exception the runtime raises, so callers can catch apigen as a whole."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import apigen.runtime
from apigen.runtime.core.errors import ApigenError


def test_every_runtime_exception_derives_from_apigen_error() -> None:
    strays = []
    for info in pkgutil.walk_packages(apigen.runtime.__path__, "apigen.runtime."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__ == module.__name__
                and not issubclass(value, ApigenError)
            ):
                strays.append(f"{module.__name__}.{name}")
    assert not strays, f"not under ApigenError: {strays}"
