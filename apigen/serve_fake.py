"""What ``apigen serve SERVICE --fake`` runs: the service's generated fake (docs/fake.md).

``--list`` prints, per operation, what the fake does with it (its role and resource) or
why it answers 501. ``--state FILE`` keeps state in SQLite across
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


_TAGGING = {"tag": "tag", "untag": "untag", "tags": "list the tags of"}


def _served(plan: Any) -> str:
    if not plan.resource:  # a tagging operation: any resource, by its ARN
        return f"{_TAGGING.get(plan.role, plan.role)} any resource, by its ARN"
    moves = " -> ".join("gone" if s is None else str(s) for s in plan.states)
    return f"{plan.role} {plan.resource}" + (f" (then {moves})" if moves else "")


def listing(service: str) -> str:
    """What ``--list`` prints: each operation (by name) with what the fake does with it,
    the role and resource it serves, or ``501:`` and why the fake cannot derive it."""
    plan = fake_module(service).PLAN
    rows = {name: _served(op) for name, op in plan.operations.items()}
    rows |= {name: f"501: {why}" for name, why in plan.unbound.items()}
    width = max((len(name) for name in rows), default=0)
    lines = [f"{name.ljust(width)}  {rows[name]}" for name in sorted(rows)]
    lines.append(f"{len(plan.operations)} served, {len(plan.unbound)} answer 501")
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
