"""The parity contract: one set of shapes in both spec formats gives one IR and one module.

``service.yaml`` (Smithy-like) and ``service.openapi.yaml`` describe the same structures,
members, required flags, constraints, enums, lists, maps, nested and recursive structures
and date-time timestamps. Operations and the protocol differ by nature and are left out:
only ``Service.shapes`` and the shapes module generated from it are compared.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator import ir
from generator.frontends.openapi import load_openapi
from generator.frontends.smithy_yaml import load_smithy_yaml
from generator.output.formatting import Formatter
from generator.render import environment, render
from generator.views.shapes import shapes_view

HERE = Path(__file__).resolve().parent


def ir_dump(shapes: Mapping[str, ir.Shape]) -> str:
    """Shapes as sorted, indented JSON: a diff of two dumps reads as a diff of two models."""

    def plain(value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if isinstance(value, Mapping):
            return {k: plain(v) for k, v in value.items()}
        return value

    return json.dumps(plain(dict(shapes)), indent=1, sort_keys=True)


def _services() -> tuple[ir.Service, ir.Service]:
    return load_smithy_yaml(HERE / "service.yaml"), load_openapi(HERE / "service.openapi.yaml")


def _diff(a: str, b: str) -> str:
    return "\n".join(
        difflib.unified_diff(a.splitlines(), b.splitlines(), "smithy", "openapi", lineterm="")
    )


def test_same_ir_shapes() -> None:
    smithy, openapi = _services()
    assert (smithy.namespace, smithy.version, smithy.title) == (
        openapi.namespace,
        openapi.version,
        openapi.title,
    )
    left, right = ir_dump(smithy.shapes), ir_dump(openapi.shapes)
    assert left == right, _diff(left, right)


def test_shapes_cover_the_contract() -> None:
    smithy, _ = _services()
    kinds = {s.type for s in smithy.shapes.values() if not s.id.startswith("smithy.api#")}
    assert {
        ir.ShapeType.STRUCTURE,
        ir.ShapeType.ENUM,
        ir.ShapeType.LIST,
        ir.ShapeType.MAP,
        ir.ShapeType.TIMESTAMP,
        ir.ShapeType.STRING,
        ir.ShapeType.INTEGER,
    } <= kinds
    pet = smithy.shapes["test.parity#Pet"]
    assert any(m.required for m in pet.members)
    assert any(m.constraints != ir.NO_CONSTRAINTS for m in pet.members)


def test_same_shapes_module() -> None:
    env = environment()
    formatter = Formatter(None)
    left, right = (
        formatter.format(render(env, "{package}/{service}/shapes.py.jinja", shapes_view(s)))
        for s in _services()
    )
    assert left == right, _diff(left, right)
    assert "class Pet(ApigenModel):" in left
