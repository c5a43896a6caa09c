"""Operation tables and error modules generated from the project's specs, imported and checked.

Every spec is generated (without black) into a throwaway package and imported: each
``OperationSpec``'s members must name fields of its models (so the codecs' plans build),
each error must subclass its service's root error and be registered by wire code, and
paginator paths must walk model fields.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from apigen.frontends import spec_files
from apigen.output.formatting import Unformatted
from apigen.pipeline import generate, load_services
from apigen.runtime.protocols.bindings import Plan

SPECS = Path(__file__).resolve().parents[2] / "specs"
ROOT = "apigen_optables"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    services = load_services(spec_files(SPECS))
    out = tmp_path_factory.mktemp("optables")
    for path, text in generate(services, Unformatted()).items():
        if path.startswith("apigen_generated/"):
            target = out / ROOT / path.split("/", 1)[1]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(out))
    try:
        packages = sorted(
            p.name for p in (out / ROOT).iterdir() if p.is_dir() and p.name != "_runtime"
        )
        yield {name: importlib.import_module(f"{ROOT}.{name}") for name in packages}
    finally:
        sys.path.remove(str(out))
        for module in [m for m in sys.modules if m.split(".")[0] == ROOT]:
            del sys.modules[module]


def _service(package: ModuleType) -> Any:
    return importlib.import_module(f"{package.__name__}.operations").SERVICE


def _walk(model: Any, path: str) -> None:
    for part in path.split("."):
        field = model.model_fields[part]
        model = field.annotation
        while getattr(model, "__args__", None):  # X | None, list[X]
            model = next(a for a in model.__args__ if a is not type(None))
        if not hasattr(model, "model_fields"):
            return


def test_every_table_matches_its_models(generated: dict[str, ModuleType]) -> None:
    assert {"emr_containers", "glue", "kafkaconnect", "opsworkscm"} <= set(generated)
    for package in generated.values():
        service = _service(package)
        for name, op in service.operations.items():
            assert op.name == name
            Plan(op.input, op.input_members)
            Plan(op.output, op.output_members)
            assert set(op.errors) <= set(service.errors), name
            if op.paginator is not None:
                for path in (op.paginator.input_token, op.paginator.page_size):
                    if path:
                        _walk(op.input, path)
                for path in (op.paginator.output_token, op.paginator.items):
                    if path:
                        _walk(op.output, path)
        for code, spec in service.errors.items():
            assert spec.code == code == spec.exception.code
            Plan(spec.shape, spec.members)
            assert getattr(package, spec.exception.__name__) is spec.exception
        roots = {spec.exception.__mro__[1] for spec in service.errors.values()}
        assert len(roots) == 1
        root = roots.pop()
        assert (
            root.__mro__[1].__name__ == "ServiceError" and getattr(package, root.__name__) is root
        )


def test_emr_containers_rest_bindings(generated: dict[str, ModuleType]) -> None:
    service = _service(generated["emr_containers"])
    assert (service.protocol, service.signing_name, service.auth) == (
        "restJson1",
        "emr-containers",
        ("sigv4",),
    )
    op = service.operations["ListVirtualClusters"]
    assert (op.method, op.uri, op.readonly) == ("GET", "/virtualclusters", True)
    members = {m.name: m for m in op.input_members}
    assert (members["created_after"].location, members["created_after"].timestamp_format) == (
        "query",
        "date-time",
    )
    assert (members["states"].wire, members["states"].kind, members["states"].item_kind) == (
        "states",
        "list",
        "enum",
    )
    assert op.paginator is not None and op.paginator.items == "virtual_clusters"
    start = service.operations["StartJobRun"]
    assert start.idempotency_token == "client_token"
    assert service.errors["ValidationException"].status == 400


def test_glue_aws_json_tables(generated: dict[str, ModuleType]) -> None:
    service = _service(generated["glue"])
    assert (service.protocol, service.target_prefix) == ("awsJson1_1", "AWSGlue")
    op = service.operations["GetConnection"]
    assert (op.method, op.uri) == ("POST", "/")
    assert [m.wire for m in op.input_members] == ["CatalogId", "Name", "HidePassword"]
    assert all(m.location == "body" for m in op.input_members)
    error = service.errors["EntityNotFoundException"]
    assert issubclass(error.exception, generated["glue"].GlueError)
    assert error.exception.fault == "client"


def test_empty_inputs_use_the_runtime_empty_model(generated: dict[str, ModuleType]) -> None:
    empty = importlib.import_module(f"{ROOT}._runtime.core.model").Empty
    for package in generated.values():
        for op in _service(package).operations.values():
            if not op.input_members:
                assert op.input is empty or not op.input.model_fields


def test_a_path_segment_names_a_member_by_name_or_by_json_key() -> None:
    """A member renamed where Python names collide (docs/openapi-shapes.md) keeps its JSON
    key, which paginator and waiter paths may use."""
    from apigen import ir
    from apigen.views.member_specs import member_named

    renamed = ir.Member(id="ns#T$foo_bar_2", name="foo_bar_2", target="x", json_name="fooBar")
    plain = ir.Member(id="ns#T$foo_bar", name="foo_bar", target="x")
    shape = ir.Shape(id="ns#T", name="T", type=ir.ShapeType.STRUCTURE, members=(renamed, plain))
    assert member_named(shape, "fooBar") is renamed
    assert member_named(shape, "foo_bar_2") is renamed
    assert member_named(shape, "foo_bar") is plain
    assert member_named(shape, "nope") is None
