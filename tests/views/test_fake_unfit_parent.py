"""A child whose create refuses every parent the fake makes (Lex V2's ``CreateBotLocale``
takes ``botVersion`` as ``^DRAFT$``, ``CreateBotVersion`` makes numbered versions), on a
small botocore model written here and imported as ``apigen import`` imports one: the
child's create is left unbound, saying so; a child whose create takes the parent's made
identifier stays bound. Which values fit is the model's patterns, never the plan's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_model, structure

from apigen.views.fake_plan import fake_plan

VERSIONS = "/things/{thingId}/versions"
PARTS = VERSIONS + "/{version}/parts"


def _model(draft: bool) -> dict[str, Any]:
    version = {"type": "string", "min": 1, "max": 5, "pattern": "^[0-9]+$"}
    shapes: dict[str, Any] = {
        "Id": {"type": "string", "min": 10, "max": 10, "pattern": "^[0-9a-zA-Z]+$"},
        "Name": {"type": "string", "min": 1, "max": 64},
        "Version": version,
        "PartVersion": {"type": "string", "min": 5, "max": 5, "pattern": "^DRAFT$"}
        if draft
        else version,
    }

    def uri(shape: str, name: str) -> dict[str, Any]:
        return {"shape": shape, "location": "uri", "locationName": name}

    thing, ver = uri("Id", "thingId"), uri("Version", "version")
    ops = {
        "CreateThing": ("POST", "/things", {"name": {"shape": "Name"}}, ["name"]),
        "DescribeThing": ("GET", "/things/{thingId}", {"thingId": thing}, ["thingId"]),
        "CreateVersion": ("POST", VERSIONS, {"thingId": thing}, ["thingId"]),
        "DescribeVersion": (
            "GET",
            VERSIONS + "/{version}",
            {"thingId": thing, "version": ver},
            ["thingId", "version"],
        ),
        "CreatePart": (
            "POST",
            PARTS,
            {
                "thingId": thing,
                "version": uri("PartVersion", "version"),
                "partName": {"shape": "Name"},
            },
            ["thingId", "version", "partName"],
        ),
        "DescribePart": (
            "GET",
            PARTS + "/{partName}",
            {"thingId": thing, "version": ver, "partName": uri("Name", "partName")},
            ["thingId", "version", "partName"],
        ),
    }
    outputs = {
        "Thing": structure(thingId="Id", name="Name"),
        "Version": structure(thingId="Id", version="Version"),
        "Part": structure(thingId="Id", version="Version", partName="Name"),
    }
    operations = {}
    for name, (method, path, members, required) in ops.items():
        shapes[f"{name}Request"] = {"type": "structure", "required": required, "members": members}
        shapes[f"{name}Response"] = outputs[name.removeprefix("Create").removeprefix("Describe")]
        operations[name] = operation(name, method, path)
    return {
        "version": "2.0",
        "metadata": metadata("hooks", "rest-json"),
        "operations": operations,
        "shapes": shapes,
    }


def test_a_create_refusing_every_made_parent_is_unbound(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "hooks", _model(draft=True))
    part = next(r for r in service.resources if r.create == "CreatePart")
    assert part.name in next(r for r in service.resources if r.create == "CreateVersion").resources
    plan = fake_plan(service)
    assert "CreateVersion" in plan.operations, plan.unbound
    assert "version" in plan.unbound.get("CreatePart", ""), plan.unbound


def test_a_create_taking_the_made_parent_stays_bound(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path / "plain", "hooks", _model(draft=False))
    plan = fake_plan(service)
    assert "CreatePart" in plan.operations, plan.unbound
