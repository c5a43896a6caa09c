"""Shapes are created per use (issue #12): a call creates exactly the classes its input and
output reach, an error response the classes its error reaches, and every class of the spec
is one object whichever way it is named.

Expectations come from the spec's IR alone: which shapes are classes (structures, unions,
enums) and what each one's members, list elements, map keys and values and narrowed base
lead to. Class creation is observed in a fresh interpreter (``ApigenModel`` and ``OpenEnum``
subclasses alive after the call), so other tests' imports do not count.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from canned_reply import SERVE

from apigen import ir, naming
from apigen.frontends import spec_files

_CLASSES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION, ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM)
SPECS = Path(__file__).resolve().parents[2] / "specs"
PACKAGES = sorted(naming.package(path.name) for path in spec_files(SPECS))


def _is_class(shape: ir.Shape) -> bool:
    """Whether a shape is a class: an OpenAPI union (with a discriminator, or untagged) is a
    type expression (``A | B``) instead, which leads on to its variants."""
    inline = shape.type is ir.ShapeType.UNION and (shape.discriminator or shape.untagged)
    return shape.type in _CLASSES and not inline


def reached(service: ir.Service, *roots: str | None) -> set[str]:
    """Class names the shapes ``roots`` lead to through members, elements, keys, values and
    narrowed bases (lists, maps and simple shapes are not classes, but lead on)."""
    seen: set[str] = set()
    stack = [r for r in roots if r is not None]
    while stack:
        shape = service.shapes[stack.pop()]
        if shape.id in seen:
            continue
        seen.add(shape.id)
        members = [*shape.members, shape.additional]  # a list's element, a map's key and value
        stack.extend(m.target for m in members if m is not None)
        if shape.narrows:
            stack.append(shape.narrows)
    return {naming.pascal(service.shapes[s].name) for s in seen if _is_class(service.shapes[s])}


def class_names(service: ir.Service) -> set[str]:
    return {naming.pascal(s.name) for s in service.shapes.values() if _is_class(s)}


def _split(generated: ModuleType, package: str) -> None:
    """Skip a service whose shapes are one module (nothing is created lazily there)."""
    import importlib

    shapes = importlib.import_module(f"{generated.__name__}.{package}.shapes")
    if not hasattr(shapes, "__path__"):
        pytest.skip(f"{package}: its shapes are one module")


# In a fresh interpreter: for each operation in turn, the classes building its record (what
# a call does first) creates; the service's modules are forgotten between operations, so
# each one starts from nothing.
_PER_OPERATION = """
import gc, importlib, json, sys
from {package}._runtime.core.model import ApigenModel, OpenEnum, OpenIntEnum

def alive():
    found, stack = set(), [ApigenModel, OpenEnum, OpenIntEnum]
    while stack:
        for sub in type.__subclasses__(stack.pop()):
            stack.append(sub)
            if sub.__module__.startswith("{package}.{service}.shapes"):
                found.add(sub)
    return found

out = {{}}
for name in json.loads(sys.argv[1]):
    for module in [m for m in sys.modules if m.split(".")[:2] == ["{package}", "{service}"]]:
        del sys.modules[module]
    gc.collect()
    before = alive()
    spec = importlib.import_module("{package}.{service}.operations").SERVICE.operations[name]
    out[name] = sorted(c.__name__ for c in alive() - before)
print(json.dumps(out))
"""


def _env(generated: ModuleType) -> dict[str, str]:
    root = str(Path(generated.__path__[0]).parent)
    return {**os.environ, "PYTHONPATH": os.pathsep.join([root, *sys.path])}


def _run(generated: ModuleType, code: str, *args: str) -> Any:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=_env(generated),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("package", PACKAGES)
def test_an_operation_creates_exactly_the_classes_its_input_and_output_reach(
    generated: ModuleType, services: dict[str, ir.Service], package: str
) -> None:
    _split(generated, package)
    service = services[package]
    names = sorted(op.name for op in service.operations)
    code = _PER_OPERATION.format(package=generated.__name__, service=package)
    created = _run(generated, code, json.dumps(names))
    for op in service.operations:
        expected = reached(service, op.input, op.output)
        assert set(created[op.name]) == expected, op.name
    everything = class_names(service)
    assert all(len(created[n]) < len(everything) for n in names)


# A real call in a fresh interpreter, answered by a canned reply on 127.0.0.1: the classes
# alive afterwards.
_CALL = (
    """
import json, sys
body = sys.argv[2].encode()
status = sys.argv[3]
REPLY = (f"HTTP/1.1 {{status}}\\r\\nContent-Type: application/json\\r\\n"
         f"Content-Length: {{len(body)}}\\r\\n\\r\\n").encode() + body
"""
    + SERVE
    + """
from {package}._runtime.core.model import ApigenModel, OpenEnum
from {package}.{service} import {client} as Client
client = Client(region="us-east-1", endpoint_url=f"http://127.0.0.1:{{listener.getsockname()[1]}}",
                aws_access_key_id="k", aws_secret_access_key="s")
try:
    getattr(client, sys.argv[1])()
except Exception as exc:
    error = type(exc).__name__
else:
    error = None
found, stack = set(), [ApigenModel, OpenEnum]
while stack:
    for sub in type.__subclasses__(stack.pop()):
        stack.append(sub)
        if sub.__module__.startswith("{package}.{service}.shapes"):
            found.add(sub.__name__)
listener.close()
print(json.dumps({{"error": error, "classes": sorted(found)}}))
"""
)


def _call(generated: ModuleType, client: str, method: str, body: str, status: str) -> Any:
    code = _CALL.format(package=generated.__name__, service="emr_containers", client=client)
    return _run(generated, code, method, body, status)


def test_a_call_and_an_error_create_only_what_they_reach(
    generated: ModuleType, services: dict[str, ir.Service]
) -> None:
    service = services["emr_containers"]
    op = next(o for o in service.operations if o.name == "ListVirtualClusters")
    clusters = '{"virtualClusters": [{"id": "vc1", "name": "a", "state": "RUNNING"}]}'
    ok = _call(generated, "EMRContainersClient", "list_virtual_clusters", clusters, "200 OK")
    assert ok["error"] is None
    assert set(ok["classes"]) == reached(service, op.input, op.output)
    denied = next(s for s in service.shapes.values() if s.name == "ValidationException")
    body = '{"__type": "ValidationException", "message": "no"}'
    failed = _call(generated, "EMRContainersClient", "list_virtual_clusters", body, "400 Bad")
    assert failed["error"] == "ValidationException"
    assert set(failed["classes"]) == reached(service, op.input, op.output, denied.id)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_class_is_one_object_however_it_is_named(
    generated: ModuleType, services: dict[str, ir.Service], package: str
) -> None:
    import importlib

    _split(generated, package)
    shapes = importlib.import_module(f"{generated.__name__}.{package}.shapes")
    names = class_names(services[package])
    assert names <= set(shapes.__all__) <= names | {"UnknownVariant"}
    assert names <= set(dir(shapes))
    for name in sorted(names):
        imported: dict[str, Any] = {}
        exec(f"from {shapes.__name__} import {name} as found", imported)
        assert imported["found"] is getattr(shapes, name)
        cls = getattr(shapes, name)
        assert pickle.loads(pickle.dumps(cls)) is cls
        defined = sys.modules[cls.__module__]
        assert getattr(defined, name) is cls
    with pytest.raises(AttributeError, match="NoSuchShape"):
        shapes.NoSuchShape  # noqa: B018


def test_a_model_pickles_into_a_fresh_interpreter(generated: ModuleType) -> None:
    import importlib

    shapes = importlib.import_module(f"{generated.__name__}.emr_containers.shapes")
    cluster = shapes.VirtualCluster.model_validate({"id": "vc1", "state": "RUNNING"})
    assert pickle.loads(pickle.dumps(cluster)) == cluster
    code = textwrap.dedent(
        """
        import pickle, sys
        print(pickle.loads(sys.stdin.buffer.read()).id_)
        """
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code],
        input=pickle.dumps(cluster),
        env=_env(generated),
        capture_output=True,
        timeout=60,
    )
    assert fresh.stdout.decode().strip() == "vc1", fresh.stderr.decode()
