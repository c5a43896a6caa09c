"""What ``apigen serve`` runs: a generated service's ASGI app around a handler, on uvicorn.

- SERVICE is the generated package (``emr_containers``) or the spec's name
  (``emr-containers``), looked up in the installed ``apigen_generated``.
- ``--impl module:Class`` names the user's handler: a class (built with no arguments) or an
  instance, imported with the current folder first on ``sys.path`` (as uvicorn does). Without
  it the generated handler itself is served: every operation answers 501.
- ``--verify-sigv4`` accepts the one key pair the AWS SDKs would find (the environment, else
  the shared files): ``AWS_ACCESS_KEY_ID`` and ``AWS_SECRET_ACCESS_KEY`` for a local server.

Every problem is a ``ServeError`` with a one-paragraph message and no traceback (the CLI
prints it and exits with 2). uvicorn is imported only to run.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from dataclasses import dataclass
from types import BuiltinFunctionType, FunctionType, ModuleType
from typing import Any

from apigen import naming
from apigen.views.package import PACKAGE


class ServeError(Exception):
    """A reason ``apigen serve`` cannot start; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Served:
    """An app ready to run and what to say about it."""

    app: Any
    service: str
    handler: str


def known_services() -> list[str]:
    try:
        root = importlib.import_module(PACKAGE)
    except ImportError:
        return []
    return sorted(m.name for m in pkgutil.iter_modules(root.__path__) if not m.name.startswith("_"))


def server_module(service: str) -> ModuleType:
    """``apigen_generated.<package>.server`` for a package or spec name."""
    package = naming.package(service)
    if package not in known_services():
        known = ", ".join(known_services()) or f"none: is {PACKAGE} installed?"
        raise ServeError(f"no generated service {service!r} (known: {known})")
    return importlib.import_module(f"{PACKAGE}.{package}.server")


def _handler_class(module: ModuleType) -> type:
    """The generated ``<Service>Handler`` of a server module."""
    for name in module.__all__:
        value = getattr(module, name)
        if isinstance(value, type):
            return value
    raise ServeError(f"{module.__name__} has no handler class: regenerate it")


def load_handler(impl: str | None, module: ModuleType) -> object:
    """The handler ``impl`` (``module:Class``) names, or the bare generated one."""
    base = _handler_class(module)
    if impl is None:
        return base()
    module_name, colon, attribute = impl.partition(":")
    if not colon or not module_name or not attribute:
        raise ServeError(f"--impl {impl!r}: expected module:Class (for example handlers:MyHandler)")
    cwd = os.getcwd()
    if cwd not in sys.path:
        sys.path.insert(0, cwd)
    try:
        user_module = importlib.import_module(module_name)
    except Exception as exc:  # any failure of the user's import is reported, not raised
        raise ServeError(
            f"--impl {impl!r}: cannot import {module_name!r}: {type(exc).__name__}: {exc}"
        ) from exc
    target: object = user_module
    for part in attribute.split("."):
        if not hasattr(target, part):
            raise ServeError(f"--impl {impl!r}: {module_name!r} has no attribute {attribute!r}")
        target = getattr(target, part)
    if isinstance(target, type):
        try:
            return target()
        except Exception as exc:  # the user's constructor
            raise ServeError(
                f"--impl {impl!r}: {attribute}() failed: {type(exc).__name__}: {exc}"
            ) from exc
    names = [name for name in vars(base) if not name.startswith("_")]
    if isinstance(target, (ModuleType, FunctionType, BuiltinFunctionType)) or not any(
        hasattr(target, name) for name in names
    ):
        raise ServeError(
            f"--impl {impl!r}: {attribute} is not a handler: expected a class (a subclass of "
            f"{base.__name__}) or an instance with its methods"
        )
    return target


def build(service: str, impl: str | None, verify_sigv4: bool) -> Served:
    """The app ``apigen serve`` runs; raises ``ServeError``."""
    module = server_module(service)
    handler = load_handler(impl, module)
    runtime = f"{PACKAGE}._runtime"
    server = importlib.import_module(f"{runtime}.server.app")
    credentials: dict[str, str] | None = None
    if verify_sigv4:
        spec = importlib.import_module(module.__name__.rsplit(".", 1)[0] + ".operations").SERVICE
        if not spec.signing_name:
            raise ServeError(f"--verify-sigv4: {service} does not use SigV4")
        found = importlib.import_module(f"{runtime}.auth.credentials")
        try:
            pair = found.resolve_credentials()
        except found.NoCredentialsError as exc:
            raise ServeError(f"--verify-sigv4 needs the key pair to accept: {exc}") from None
        credentials = {pair.access_key: pair.secret_key}
    try:
        app = module.create_app(handler, verify_sigv4=verify_sigv4, credentials=credentials)
    except server.HandlerError as exc:
        raise ServeError(f"--impl {impl!r}: {exc}") from None
    return Served(app, module.__name__.rsplit(".", 2)[1], type(handler).__name__)


def run(served: Served, host: str, port: int) -> None:
    """Serve until interrupted (uvicorn's own logging and signal handling)."""
    try:
        import uvicorn
    except ImportError:
        raise ServeError("apigen serve needs uvicorn: pip install uvicorn") from None
    uvicorn.run(served.app, host=host, port=port, lifespan="on")
