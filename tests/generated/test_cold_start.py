"""What a fresh process pays before and during its first call (issue #11's cold start).

Each check runs in a child process, so nothing this test process imported counts: importing a
service and building a client has no side effects and builds no shapes; a client's first
call imports what the call uses and nothing that only another kind of call needs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from canned_reply import SERVE

from apigen import ir, naming
from apigen.frontends import spec_files
from apigen.views.client import client_class_name

SPECS = Path(__file__).resolve().parents[2] / "specs"
PACKAGES = sorted(naming.package(path.name) for path in spec_files(SPECS))

# Modules only some calls need: running a credential_process command (subprocess, shlex),
# reading an AWS config file (configparser), reading a multipart body (email.policy and its
# header registry), compressing a request body (gzip), writing the attempt log (logging:
# imported by the program that turns it on). Event streams are checked below. (uuid is not
# here: pydantic imports it.)
ONLY_WHEN_USED = (
    "subprocess",
    "shlex",
    "configparser",
    "email.policy",
    "email.headerregistry",
    "gzip",
    "logging",
)

# A child process: a canned reply on a thread (canned_reply.SERVE), one call with no
# arguments, then the modules it has loaded.
FIRST_CALL = (
    """
import json, sys
REPLY = (b"HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\n"
         b"x-amzn-RequestId: r-1\\r\\nContent-Length: 2\\r\\nConnection: close\\r\\n\\r\\n{{}}")
"""
    + SERVE
    + """
before = set(sys.modules)
from {package} import {client} as Client
client = Client(endpoint_url=f"http://127.0.0.1:{{listener.getsockname()[1]}}", {options})
try:
    client.{method}()
except Exception as exc:  # the canned {{}} need not fit the output: the imports are made
    print(type(exc).__name__, exc, file=sys.stderr)
print(json.dumps(sorted(set(sys.modules) - before)))
"""
)


def _child(root: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "HOME": str(root)},  # no AWS files, no credentials
    )


def _root(generated: ModuleType) -> Path:
    return Path(generated.__file__ or "").resolve().parent.parent


def _options(service: ir.Service, *, keys: bool = False) -> str:
    """A client's constructor arguments: a region (and, with ``keys``, static AWS keys) for
    an AWS service, an API key and secret for the others."""
    if service.sigv4_name is None:
        return "api_key='k', api_secret='s'"
    return "region='us-east-1'" + (
        ", aws_access_key_id='k', aws_secret_access_key='s'" if keys else ""
    )


def _argumentless(service: ir.Service) -> ir.Operation | None:
    """The first operation a client can call with no arguments and no idempotency token."""
    for op in sorted(service.operations, key=lambda op: op.name):
        shape = service.shapes[op.input] if op.input else None
        members = shape.members if shape is not None else []
        if not any(
            m.required or m.idempotency_token or service.shapes[m.target].streaming
            for m in members
            if m.target in service.shapes
        ):
            return op
    return None


@pytest.mark.parametrize("package", PACKAGES)
def test_first_call_imports_only_what_it_uses(
    package: str, generated: ModuleType, services: dict[str, ir.Service]
) -> None:
    service = services[package]
    op = _argumentless(service)
    if op is None:
        pytest.skip(f"{service.name}: no operation takes no arguments")
    options = _options(service, keys=True)
    method = naming.function_name(op.name)
    code = FIRST_CALL.format(
        package=f"{generated.__name__}.{package}",
        client=client_class_name(service),
        options=options,
        method=method + "_" if method == "close" else method,
    )
    loaded = set(json.loads(_child(_root(generated), code).stdout))
    assert f"{generated.__name__}.{package}.operations" in loaded, "the call was not made"
    needless = sorted(loaded & set(ONLY_WHEN_USED))
    assert not needless, f"{op.name}'s first call imported {needless}"
    events = sorted(
        m for m in loaded if m.rsplit(".", 1)[-1] in {"event_stream", "event_frames", "events"}
    )
    assert not events or _has_event_stream(service), events


def _has_event_stream(service: ir.Service) -> bool:
    return any(
        shape.streaming and shape.type == ir.ShapeType.UNION for shape in service.shapes.values()
    )


@pytest.mark.parametrize("package", PACKAGES)
def test_import_has_no_side_effects(
    package: str, generated: ModuleType, services: dict[str, ir.Service]
) -> None:
    """Importing a service and building both clients loads no transport and no peer."""
    service = services[package]
    options = _options(service)
    module = f"{generated.__name__}.{package}"
    code = (
        f"import sys; import {module} as m; "
        f"m.{client_class_name(service)}({options}); "
        f"m.{client_class_name(service, is_async=True)}({options}); "
        "bad = [m for m in ('httpx', 'asyncio', 'boto3') if m in sys.modules]; assert not bad, bad"
    )
    _child(_root(generated), code)


@pytest.mark.parametrize("package", PACKAGES)
def test_package_exports_are_lazy(
    package: str, generated: ModuleType, services: dict[str, ir.Service]
) -> None:
    """Importing a service and making a client builds no shapes or errors (cold start)."""
    service = services[package]
    options = _options(service)
    module = f"{generated.__name__}.{package}"
    error = next(s for s in sorted(service.shapes.values(), key=lambda s: s.name) if s.error)
    shape = next(
        s
        for s in sorted(service.shapes.values(), key=lambda s: s.name)
        if not s.error and s.type == ir.ShapeType.STRUCTURE
    )
    code = (
        f"import sys; import {module} as k; "
        f"k.{client_class_name(service)}({options}); "
        f"built = [m for m in sys.modules if m.startswith('{module}.') "
        "and m.endswith(('.shapes', '.errors', '.operations'))]; "
        "assert not built, built; "
        f"assert k.{naming.pascal(error.name)}.__module__ == '{module}.errors'; "
        f"assert k.shapes.{naming.pascal(shape.name)}.__name__ == {naming.pascal(shape.name)!r}; "
        f"from {module} import *; assert {naming.pascal(error.name)!r} in globals(); "
        "assert 'shapes' in dir(k) and 'server' in dir(k); "
        f"assert {client_class_name(service, is_async=True)!r} in dir(k)\n"
        "try:\n    k.NoSuchName\nexcept AttributeError as e:\n    assert 'NoSuchName' in str(e)\n"
        "else:\n    raise SystemExit('no AttributeError')"
    )
    _child(_root(generated), code)
