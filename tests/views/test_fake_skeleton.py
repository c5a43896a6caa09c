"""Values the fake draws for what no request sets are valid as their schema: a required
tuple (``prefixItems``) holds one valid item per position, and no value is one a ``not``
refuses (enum, const, beside a pattern or range). Each value is checked with jsonschema
against the small OpenAPI 3.1 document it was drawn from; the operations the fake cannot
derive say why."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from apigen.pipeline import load_services
from apigen.views.fake_plan import NO_BINDING, fake_plan


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


WIDGET: dict[str, Any] = {
    "type": "object",
    "required": ["id", "name", "position", "code", "level", "colour"],
    "properties": {
        "id": {"type": "string", "readOnly": True},
        "name": {"type": "string"},
        "position": {  # a tuple of several types, made by the server
            "type": "array",
            "readOnly": True,
            "prefixItems": [
                {"type": "integer", "minimum": 5, "not": {"const": 5}},
                {"type": "string", "enum": ["red", "blue"], "not": {"enum": ["red"]}},
                {"type": "boolean", "not": {"const": False}},
                {"type": "string", "pattern": "^[a-f0-9]+$", "minLength": 4},
                {"type": "array", "prefixItems": [{"type": "number", "minimum": 1.5}]},
            ],
            "items": False,
        },
        "code": {"type": "string", "readOnly": True, "minLength": 3},
        "level": {"type": "integer", "readOnly": True, "minimum": 2, "not": {"enum": [2, 3]}},
        "colour": {"type": "string", "readOnly": True, "enum": ["red", "green"]},
    },
}


def document(widget: dict[str, Any]) -> dict[str, Any]:
    item = {"parameters": [{"name": "id", "in": "path", "required": True, "schema": {}}]}
    item["parameters"][0]["schema"] = {"type": "string"}
    receipt = {
        "type": "object",
        "required": ["receipt"],
        "properties": {"receipt": {"type": "string", "enum": ["a"], "not": {"const": "a"}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1"},
        "paths": {
            "/widgets": {
                "post": {
                    "operationId": "createWidget",
                    "requestBody": {"required": True, "content": _json(_ref("WidgetInput"))},
                    "responses": {"201": {"description": "made", "content": _json(_ref("Widget"))}},
                },
            },
            "/widgets/{id}": {
                **item,
                "get": {
                    "operationId": "getWidget",
                    "responses": {"200": {"description": "it", "content": _json(_ref("Widget"))}},
                },
                "delete": {  # answers a receipt no string fits (only "" is that short; the not refuses it)
                    "operationId": "deleteWidget",
                    "responses": {"200": {"description": "gone", "content": _json(receipt)}},
                },
            },
            "/health": {
                "get": {"operationId": "health", "responses": {"204": {"description": "up"}}}
            },
        },
        "components": {
            "schemas": {
                "Widget": widget,
                "WidgetInput": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}},
                },
            }
        },
    }


def plan_of(tmp_path: Path, widget: dict[str, Any]) -> Any:
    path = tmp_path / "widgets.openapi.yaml"
    path.write_text(yaml.safe_dump(document(widget)), encoding="utf-8")
    (service,) = load_services([path])
    return service, fake_plan(service)


def drawn(tmp_path: Path, widget: dict[str, Any]) -> dict[str, Any]:
    """The record skeleton of the document's one resource, checked against ``widget``."""
    _, plan = plan_of(tmp_path, widget)
    (resource,) = plan.resources.values()
    values: dict[str, Any] = resource.skeleton
    server_made = {k for k, s in widget["properties"].items() if s.get("readOnly")} - {"id"}
    assert server_made <= set(values)
    for key, value in values.items():
        jsonschema.Draft202012Validator(widget["properties"][key]).validate(value)
    return values


def test_a_required_tuple_holds_one_valid_item_per_position(tmp_path: Path) -> None:
    values = drawn(tmp_path, WIDGET)
    positions = WIDGET["properties"]["position"]["prefixItems"]
    assert len(values["position"]) == len(positions)


@pytest.mark.parametrize("keyword", ["enum", "const"])
@pytest.mark.parametrize("pattern", [None, "^[a-z0-9]+$"])
def test_a_string_is_never_one_its_not_refuses(
    tmp_path: Path, keyword: str, pattern: str | None
) -> None:
    """Refuse each value the fake drew before, three times over: it draws another valid one."""
    widget = copy.deepcopy(WIDGET)
    code = widget["properties"]["code"]
    if pattern:
        code["pattern"] = pattern
    refused: list[str] = []
    for _ in range(3):
        value = drawn(tmp_path, widget)["code"]
        assert value not in refused
        refused.append(value)
        code["not"] = {"enum": list(refused)} if keyword == "enum" else {"const": value}
        if keyword == "const":  # the earlier ones stay refused through an enum of the rest
            code["enum"] = [f"{v}x" for v in refused] + ["zzz9"]
    drawn(tmp_path, widget)


def test_operations_it_cannot_derive_say_why(tmp_path: Path) -> None:
    service, plan = plan_of(tmp_path, WIDGET)
    name = {o.name.lower(): o.name for o in service.operations}  # operationId, as named
    served = set(plan.operations)
    assert {name["createwidget"], name["getwidget"]} <= served
    assert plan.unbound[name["health"]] == NO_BINDING
    deleted = plan.unbound[name["deletewidget"]]
    assert deleted.startswith("delete of ") and "output shape cannot be filled" in deleted
    assert "receipt" in deleted
    assert set(plan.unbound) | served == set(name.values())
    # a read whose input carries no identifier: the fake cannot tell which record
    without = replace(
        service,
        operations=tuple(
            replace(o, input=None) if o.name == name["getwidget"] else o for o in service.operations
        ),
    )
    reason = fake_plan(without).unbound[name["getwidget"]]
    assert "input lacks the identifier" in reason
