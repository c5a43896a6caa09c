"""Shapes modules postpone annotations only when a class names one defined after it.

Without a cycle every annotation is a real object when its class is created, so pydantic
compiles no string when it collects the fields (issue #11 item 8, the first call's cost);
with one (a tree node that holds its children) the module keeps
``from __future__ import annotations``. Either way the models validate what the document
describes.
"""

from __future__ import annotations

import importlib
import shutil
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

from apigen.frontends.openapi import load_openapi
from apigen.render import environment, render
from apigen.views.shapes import shapes_view

ROOT = Path(__file__).resolve().parents[2]
HEAD = "openapi: 3.0.3\ninfo:\n  title: Scratch\n  version: '1.0'\n  x-apigen-namespace: test.scratch\npaths: {}\n"

ACYCLIC = """\
components:
  schemas:
    Order:
      type: object
      required: [id]
      properties:
        id: {type: string}
        lines: {type: array, items: {$ref: '#/components/schemas/Line'}}
    Line:
      type: object
      properties:
        sku: {type: string}
        count: {type: integer}
"""

CYCLIC = """\
components:
  schemas:
    Node:
      type: object
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
"""


def _shapes(tmp_path: Path, body: str) -> tuple[str, ModuleType]:
    """The rendered shapes module's text, and the module imported beside a runtime copy."""
    spec = tmp_path / "scratch.openapi.yaml"
    spec.write_text(HEAD + textwrap.dedent(body), encoding="utf-8")
    text = render(
        environment(), "{package}/{service}/shapes.py.jinja", shapes_view(load_openapi(spec))
    )
    name = "apigen_scratch_" + "".join(c if c.isalnum() else "_" for c in tmp_path.name)
    package = tmp_path / "gen" / name
    (package / "svc").mkdir(parents=True)
    shutil.copytree(ROOT / "apigen" / "runtime", package / "_runtime")
    (package / "__init__.py").write_text("")
    (package / "svc" / "__init__.py").write_text("")
    (package / "svc" / "shapes.py").write_text(text)
    sys.path.insert(0, str(tmp_path / "gen"))
    try:
        return text, importlib.import_module(f"{name}.svc.shapes")
    finally:
        sys.path.remove(str(tmp_path / "gen"))


def test_without_a_cycle_annotations_are_objects(tmp_path: Path) -> None:
    text, shapes = _shapes(tmp_path, ACYCLIC)
    assert "from __future__ import annotations" not in text
    order: Any = shapes.Order
    assert not any(isinstance(a, str) for a in order.__annotations__.values())
    value = order.model_validate({"id": "o-1", "lines": [{"sku": "s", "count": 2}]})
    assert value.lines[0].count == 2
    assert type(value.lines[0]) is shapes.Line


def test_a_cycle_keeps_annotations_postponed(tmp_path: Path) -> None:
    text, shapes = _shapes(tmp_path, CYCLIC)
    assert "from __future__ import annotations" in text
    node: Any = shapes.Node
    value = node.model_validate({"name": "a", "children": [{"name": "b", "children": []}]})
    assert value.children[0].name == "b"
    assert type(value.children[0]) is node
