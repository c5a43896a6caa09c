"""Real OpenAPI documents, as their vendors wrote them, generate a client that imports.

Every document in ``../shared/upstream/confluent/`` and the BYOK spec is read by the OpenAPI
front end and generated (views and templates, no formatting) into a temporary package that
is imported, every module of it; its client has one method per operation of the document
(its ``operationId`` in snake case, read from the document's ``paths``, not from the IR),
besides a ``paginate_`` method for paginated ones. Then, like the committed specs in
``test_servers``, every operation's client call reaches the generated server in-process.

``DOCUMENTS`` (which every document-driven test takes) holds, by default, the documents
under 256 KiB, BYOK among them; ``APIGEN_DOCUMENTS=all`` holds every one. ``nox -s
documents`` (which CI runs) sets it: the three big documents add minutes to each test.
"""

from __future__ import annotations

import importlib
import inspect
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from test_clients import Ctx, _expected_input, sent, wire
from test_servers import MODES, Rig

from apigen import ir, naming
from apigen.frontends import load_service
from apigen.output.formatting import Unformatted
from apigen.pipeline import generate
from apigen.views.package import PACKAGE, package_name

PROJECT = Path(__file__).resolve().parents[2]
UPSTREAM = PROJECT.parent / "shared" / "upstream" / "confluent"
BYOK = PROJECT / "specs" / "confluent-byok-v1.openapi.yaml"
EVERY_DOCUMENT = [*sorted(UPSTREAM.glob("*.openapi.yaml")), BYOK]
DOCUMENTS = [
    p
    for p in EVERY_DOCUMENT
    if os.environ.get("APIGEN_DOCUMENTS") == "all" or p.stat().st_size < 256 * 1024
]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def document_operations(path: Path) -> list[str]:
    """The operationIds of a document, read straight from its ``paths``."""
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        str(operation.get("operationId", f"{method} {route}"))
        for route, item in (document.get("paths") or {}).items()
        for method, operation in item.items()
        if method in METHODS
    ]


class Documents:
    """Each document generated once (unformatted) under its own root package, imported."""

    def __init__(self, root: Path, prefix: str = "apigen_documents_") -> None:
        self.root = root
        self.prefix = prefix
        self.made: dict[Path, tuple[ir.Service, ModuleType, dict[str, str]]] = {}

    def get(self, path: Path) -> tuple[ir.Service, ModuleType, dict[str, str]]:
        if path not in self.made:
            service = load_service(path)
            files = generate([service], Unformatted())
            package = f"{self.prefix}{len(self.made)}"
            for relative, text in files.items():
                if relative.startswith(f"{PACKAGE}/"):
                    target = self.root / package / relative.split("/", 1)[1]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text("" if relative == f"{PACKAGE}/__init__.py" else text)
            importlib.invalidate_caches()
            self.made[path] = (service, importlib.import_module(package), files)
        return self.made[path]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Documents]:
    root = tmp_path_factory.mktemp("documents")
    sys.path.insert(0, str(root))
    yield Documents(root)
    sys.path.remove(str(root))
    for module in [m for m in sys.modules if m.startswith("apigen_documents_")]:
        del sys.modules[module]


def test_the_confluent_documents_are_there(shared_dir: Path) -> None:
    assert len(list((shared_dir / "upstream" / "confluent").glob("*.openapi.yaml"))) >= 11


IDS = [p.name.split(".")[0] for p in DOCUMENTS]


@pytest.mark.parametrize("path", DOCUMENTS, ids=IDS)
def test_a_real_document_generates_and_imports(path: Path, documents: Documents) -> None:
    service, root, files = documents.get(path)
    pkg = package_name(service)
    modules = sorted(  # every module, those of a shapes package too
        f"{root.__name__}.{pkg}."
        + r[len(f"{PACKAGE}/{pkg}/") : -3].replace("/", ".").removesuffix(".__init__")
        for r in files
        if r.startswith(f"{PACKAGE}/{pkg}/") and r.endswith(".py")
    )
    imported = {name: importlib.import_module(name) for name in modules}
    client_module = imported[f"{root.__name__}.{pkg}.client"]
    [client] = [
        c
        for c in vars(client_module).values()
        if inspect.isclass(c)
        and c.__module__ == client_module.__name__
        and c.__name__.endswith("Client")
    ]
    own = [
        name
        for name, value in vars(client).items()
        if not name.startswith("_") and inspect.isfunction(value)
    ]
    expected = sorted(naming.snake(op) for op in document_operations(path))
    assert sorted(n for n in own if not n.startswith("paginate_")) == expected
    assert {n.removeprefix("paginate_") for n in own} == set(expected)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", DOCUMENTS, ids=IDS)
def test_every_operation_of_a_real_document_round_trips(
    path: Path, mode: str, documents: Documents
) -> None:
    """The generated client calls the generated server once per operation (samples from the
    IR); the handler gets the input the client was given and its output comes back."""
    service, root, _ = documents.get(path)
    rig = Rig(Ctx(root, service, package_name(service)), root)
    ctx = rig.ctx
    calls = [(op, rig.kwargs(op)) for op in ctx.ir.operations]
    results = rig.outcomes(rig.app(), mode, calls)
    failed = [
        (op.name, r) for (op, _), r in zip(calls, results, strict=True) if isinstance(r, Exception)
    ]
    assert not failed, "\n".join(f"{n}: {r}" for n, r in failed)
    assert [name for name, _ in rig.calls] == [op.name for op in ctx.ir.operations]
    for (op, kwargs), result, (_, received) in zip(calls, results, rig.calls, strict=True):
        operation = ctx.spec.operations[op.name]
        assert isinstance(result, operation.output), (op.name, result)
        assert wire(result) == wire(ctx.output(operation)), op.name
        expected = _expected_input(ctx, operation, kwargs, received)
        # Both as sent: the server fills in defaults the client leaves unsent (nested ones too)
        assert sent(received) == sent(expected), op.name
