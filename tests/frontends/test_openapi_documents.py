"""Real OpenAPI documents, as their vendors wrote them, generate a client that imports.

Every document in ``../shared/upstream/confluent/`` and the BYOK spec is read by the OpenAPI
front end and generated (views and templates, no formatting) into a temporary package that
is imported, every module of it; its client has one method per operation of the document
(its ``operationId`` in snake case, read from the document's ``paths``, not from the IR),
besides a ``paginate_`` method for paginated ones.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import naming
from generator.frontends import load_service
from generator.output.formatting import Unformatted
from generator.pipeline import generate
from generator.views.package import package_name

PROJECT = Path(__file__).resolve().parents[2]
UPSTREAM = PROJECT.parent / "shared" / "upstream" / "confluent"
BYOK = PROJECT / "specs" / "confluent-byok-v1.openapi.yaml"
DOCUMENTS = [*sorted(UPSTREAM.glob("*.openapi.yaml")), BYOK]
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


@pytest.fixture
def package_root(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for module in [m for m in sys.modules if m.split(".")[0] == "apigen_generated"]:
        del sys.modules[module]


def test_the_confluent_documents_are_there(shared_dir: Path) -> None:
    assert len(list((shared_dir / "upstream" / "confluent").glob("*.openapi.yaml"))) >= 11


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name.split(".")[0] for p in DOCUMENTS])
def test_a_real_document_generates_and_imports(
    path: Path, package_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = {
        m: sys.modules.pop(m) for m in list(sys.modules) if m.split(".")[0] == "apigen_generated"
    }
    try:
        service = load_service(path)
        files = generate([service], Unformatted())
        for relative, text in files.items():
            if relative.startswith("apigen_generated/"):
                target = package_root / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        importlib.invalidate_caches()
        pkg = f"apigen_generated.{package_name(service)}"
        modules = sorted(
            f"{pkg}.{Path(r).stem}"
            for r in files
            if r.startswith(pkg.replace(".", "/") + "/") and r.endswith(".py")
        )
        imported = {name: importlib.import_module(name) for name in modules}
        client_module = imported[f"{pkg}.client"]
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
    finally:
        for module in [m for m in sys.modules if m.split(".")[0] == "apigen_generated"]:
            del sys.modules[module]
        sys.modules.update(saved)
