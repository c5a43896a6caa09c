"""What ``apigen serve SERVICE --fake`` runs: the service's generated fake (docs/fake.md).

``--list`` prints what the fake derives: each resource with its operations, then the
operations it cannot derive (answered 501). ``--state FILE`` keeps state in SQLite across
restarts; ``--fast`` makes lifecycle moves immediate (``--delay`` sets the seconds between
states otherwise, 1 by default).
"""

from __future__ import annotations

import importlib
import sqlite3
from typing import Any

from apigen import naming
from apigen.serve import Served, ServeError, server_module
from apigen.views.package import PACKAGE


def fake_module(service: str) -> Any:
    server_module(service)  # a clear error for an unknown service
    module = f"{PACKAGE}.{naming.package(service)}.fake"
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ServeError(f"{module} is missing: regenerate with `apigen generate`") from None


def listing(service: str) -> str:
    """What ``--list`` prints."""
    plan = fake_module(service).PLAN
    lines = []
    for name in plan.resources:
        ops = [f"{op} ({p.role})" for op, p in plan.operations.items() if p.resource == name]
        lines.append(f"{name}: {', '.join(ops)}")
    tagging = [f"{op} ({p.role})" for op, p in plan.operations.items() if not p.resource]
    if tagging:
        lines.append(f"tags: {', '.join(tagging)}")
    lines.append(f"not derived (501): {', '.join(plan.unbound) or 'none'}")
    return "\n".join(lines)


def build_fake(service: str, state: str | None, delay: float, verify_sigv4: bool) -> Served:
    module = fake_module(service)
    runtime = importlib.import_module(f"{PACKAGE}._runtime.fake.store")
    fake_class = getattr(module, module.__all__[0])
    try:
        store = runtime.SqliteStore(state) if state else None
    except (sqlite3.Error, OSError) as exc:  # the user's file
        raise ServeError(f"--state {state}: {type(exc).__name__}: {exc}") from None
    handler = fake_class(store=store, delay=delay)
    server = server_module(service)
    credentials = None
    if verify_sigv4:
        found = importlib.import_module(f"{PACKAGE}._runtime.auth.credentials")
        try:
            pair = found.resolve_credentials()
        except found.NoCredentialsError as exc:
            raise ServeError(f"--verify-sigv4 needs the key pair to accept: {exc}") from None
        credentials = {pair.access_key: pair.secret_key}
    app = server.create_app(handler, verify_sigv4=verify_sigv4, credentials=credentials)
    return Served(app, server.__name__.rsplit(".", 2)[1], fake_class.__name__)
