"""A paginated ``List...`` GET on an item path lists what the item holds (Route 53's
``GET /cidrcollection/{CollectionId}``, ``ListCidrLocations``): it is no read of the item,
so the resource is not named after it nor read by it; it stays an instance operation. On a
small rest-json model written here (with its paginators), imported as ``apigen import``
imports one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_folder


def _struct(members: dict[str, str], required: tuple[str, ...] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "structure",
        "members": {n: {"shape": s} for n, s in members.items()},
    }
    if required:
        out["required"] = list(required)
    return out


def _model(paginated: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    ops = [
        operation("CreateCollection", "POST", "/collections"),
        operation("ListCollections", "GET", "/collections"),
        operation("ListLocations", "GET", "/collections/{CollectionId}"),
    ]
    label = {"shape": "String", "location": "uri", "locationName": "CollectionId"}
    shapes: dict[str, Any] = {
        "String": {"type": "string"},
        "Collection": _struct({"Id": "String", "Name": "String"}),
        "Collections": {"type": "list", "member": {"shape": "Collection"}},
        "Locations": {"type": "list", "member": {"shape": "String"}},
        "CreateCollectionRequest": _struct({"Name": "String"}, ("Name",)),
        "CreateCollectionResponse": _struct({"Collection": "Collection"}),
        "ListCollectionsRequest": _struct({"NextToken": "String"}),
        "ListCollectionsResponse": _struct({"Collections": "Collections", "NextToken": "String"}),
        "ListLocationsRequest": {
            "type": "structure",
            "required": ["CollectionId"],
            "members": {"CollectionId": label, "NextToken": {"shape": "String"}},
        },
        "ListLocationsResponse": _struct({"Locations": "Locations", "NextToken": "String"}),
    }
    model = {
        "version": "2.0",
        "metadata": metadata("places", "rest-json", serviceFullName=None, signingName=None),
        "operations": {o["name"]: o for o in ops},
        "shapes": shapes,
    }
    pages = {
        name: {"input_token": "NextToken", "output_token": "NextToken", "result_key": key}
        for name, key in (("ListCollections", "Collections"), ("ListLocations", "Locations"))
        if paginated or name == "ListCollections"
    }
    return model, {"pagination": pages}


def _resources(tmp_path: Path, paginated: bool) -> Any:
    folder = tmp_path / "places" / "2026-01-01"
    folder.mkdir(parents=True)
    model, pages = _model(paginated)
    (folder / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    (folder / "paginators-1.json").write_text(json.dumps(pages), encoding="utf-8")
    service, _ = spec_from_folder(tmp_path, "places", folder)
    return service.resources


def test_a_paginated_list_on_the_item_path_is_no_read(tmp_path: Path) -> None:
    (resource,) = _resources(tmp_path, paginated=True)
    assert resource.name == "Collection", resource
    assert resource.read is None and resource.create == "CreateCollection", resource
    assert resource.list == "ListCollections" and "ListLocations" in resource.operations


def test_an_unpaginated_get_on_the_item_path_reads_it(tmp_path: Path) -> None:
    (resource,) = _resources(tmp_path, paginated=False)
    assert resource.read == "ListLocations", resource  # as before: the item's GET
