"""Resources: declared in the seed specs, inferred from paths and names, written by import.

The seed specs' declarations are the reference: what inference finds for a seed (its
declaration taken out) must agree with it on every lifecycle role both name.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from imported_models import metadata, operation

from apigen import ir
from apigen.cli import main
from apigen.frontends.openapi import load_openapi
from apigen.frontends.resource_infer import infer_resources
from apigen.frontends.smithy_yaml import load_smithy_yaml
from apigen.importers import import_botocore_path, yaml_writer
from apigen.pipeline import load_services

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "specs").glob("*.yaml"))


def _roles(resources: tuple[ir.Resource, ...]) -> dict[str, str]:
    """operation -> role, over every resource."""
    return {op: role for r in resources for role, op in r.lifecycle_operations}


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_declared_resources_agree_with_inference(path: Path) -> None:
    (service,) = load_services([path])
    if not service.resources:  # a stateless service (STS): inference must find none either
        assert not infer_resources(replace(service, resources=())), path.name
        return
    assert not any(r.inferred for r in service.resources)
    declared = _roles(service.resources)
    inferred = _roles(infer_resources(replace(service, resources=())))
    both = declared.keys() & inferred.keys()
    assert both, f"{path.name}: inference found none of the declared lifecycle operations"
    assert {op: declared[op] for op in both} == {op: inferred[op] for op in both}
    operations = {o.name for o in service.operations}
    for resource in service.resources:
        bound = {op for _, op in resource.lifecycle_operations} | set(resource.operations)
        assert bound <= operations


def test_openapi_infers_from_paths_unless_the_document_declares(tmp_path: Path) -> None:
    seed = ROOT / "specs" / "confluent-byok-v1.openapi.yaml"
    document = yaml.safe_load(seed.read_text(encoding="utf-8"))
    declared = load_openapi(seed).resources
    assert [r.inferred for r in declared] == [False]
    del document["x-apigen-resources"]
    bare = tmp_path / "byok.openapi.yaml"
    bare.write_text(yaml.safe_dump(document), encoding="utf-8")
    inferred = load_openapi(bare).resources
    assert [r.inferred for r in inferred] == [True]
    assert _roles(inferred) == _roles(declared)
    assert inferred[0].identifiers[0][0] == declared[0].identifiers[0][0]


def test_openapi_declaration_naming_no_operation_is_an_error(tmp_path: Path) -> None:
    seed = ROOT / "specs" / "confluent-byok-v1.openapi.yaml"
    document = yaml.safe_load(seed.read_text(encoding="utf-8"))
    document["x-apigen-resources"]["Key"]["read"] = "FetchKey"
    bad = tmp_path / "byok.openapi.yaml"
    bad.write_text(yaml.safe_dump(document), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 2
    assert "#/x-apigen-resources/Key/read: 'FetchKey' is not an operation" in result.output


@pytest.mark.parametrize("service", ["emr-containers", "kafkaconnect"])
def test_import_writes_inferred_resources_that_match_the_seed(service: str, tmp_path: Path) -> None:
    import botocore

    out = tmp_path / f"{service}.yaml"
    folder = next((Path(botocore.__file__).parent / "data" / service).iterdir())
    result = CliRunner().invoke(main, ["import", "botocore", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = yaml.safe_load(out.read_text(encoding="utf-8"))["resources"]
    (imported,) = load_services([out])
    (seed,) = load_services([ROOT / "specs" / f"{service}.yaml"])
    assert set(written) == {r.name for r in imported.resources}
    mine, reference = _roles(imported.resources), _roles(seed.resources)
    assert set(mine) & set(reference)
    assert {op: mine[op] for op in set(mine) & set(reference)} == {
        op: reference[op] for op in set(mine) & set(reference)
    }


def test_path_inference_keeps_numbered_versions_out_and_nests_under_the_nearest_item(
    tmp_path: Path,
) -> None:
    """An item path whose label is a number (``.../versions/{version}``, as Amazon Connect's
    ``ViewVersion``) names no resource: identifiers are strings. A child takes the identifiers of
    the nearest enclosing item, which is also the resource it is nested under (so it validates)."""
    seed = ROOT / "specs" / "confluent-byok-v1.openapi.yaml"
    document = yaml.safe_load(seed.read_text(encoding="utf-8"))
    del document["x-apigen-resources"]

    def item(name: str, labels: list[tuple[str, str]]) -> dict[str, Any]:
        parameters = [
            {"name": n, "in": "path", "required": True, "schema": {"type": t}} for n, t in labels
        ]
        answer = {"200": {"description": "ok"}}
        return {
            "get": {"operationId": f"get{name}", "parameters": parameters, "responses": answer},
            "delete": {
                "operationId": f"delete{name}",
                "parameters": parameters,
                "responses": answer,
            },
        }

    def collection(name: str, labels: list[tuple[str, str]]) -> dict[str, Any]:
        parameters = [
            {"name": n, "in": "path", "required": True, "schema": {"type": t}} for n, t in labels
        ]
        answer = {"200": {"description": "ok"}}
        return {
            "post": {"operationId": f"create{name}", "parameters": parameters, "responses": answer},
            "get": {"operationId": f"list{name}s", "parameters": parameters, "responses": answer},
        }

    key = [("id", "string")]
    document["paths"]["/byok/v1/keys/{id}/versions"] = collection("Version", key)
    document["paths"]["/byok/v1/keys/{id}/versions/{version}"] = item(
        "Version", [*key, ("version", "integer")]
    )
    grants = [*key, ("grant", "string")]
    document["paths"]["/byok/v1/keys/{id}/grants"] = collection("Grant", key)
    document["paths"]["/byok/v1/keys/{id}/grants/{grant}"] = item("Grant", grants)
    document["paths"]["/byok/v1/keys/{id}/grants/{grant}/uses"] = collection("Use", grants)
    document["paths"]["/byok/v1/keys/{id}/grants/{grant}/uses/{use}"] = item(
        "Use", [*grants, ("use", "string")]
    )
    path = tmp_path / "byok.openapi.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    resources = {r.name: r for r in load_openapi(path).resources}
    assert "Version" not in resources
    assert [i for i, _ in resources["Use"].identifiers] == ["id", "grant", "use"]
    assert resources["Grant"].resources == ("Use",)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output


def _botocore(
    tmp_path: Path,
    operations: dict[str, tuple[str, str]],
    queries: dict[str, tuple[str, ...]] | None = None,
) -> ir.Service:
    """A rest-json botocore model of ``operations`` (name: (method, URI)), each taking the
    URI's labels (strings) and the required query strings ``queries`` names for it, and
    answering an empty structure, as ``apigen import`` reads it."""
    shapes: dict[str, Any] = {"S": {"type": "string"}}
    ops = {}
    for name, (method, uri) in operations.items():
        labels = re.findall(r"\{([^}]+)\}", uri)
        asked = (queries or {}).get(name, ())
        shapes[f"{name}Request"] = {
            "type": "structure",
            "required": [*labels, *asked],
            "members": {
                **{n: {"shape": "S", "location": "uri", "locationName": n} for n in labels},
                **{q: {"shape": "S", "location": "querystring", "locationName": q} for q in asked},
            },
        }
        shapes[f"{name}Response"] = {"type": "structure", "members": {"Id": {"shape": "S"}}}
        ops[name] = operation(name, method, uri)
    model = {
        "version": "2.0",
        "metadata": metadata("widgets", "rest-json"),
        "operations": ops,
        "shapes": shapes,
    }
    folder = tmp_path / "widgets" / "2026-01-01"
    folder.mkdir(parents=True)
    (folder / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    imported = import_botocore_path(folder)
    path = tmp_path / "widgets.yaml"
    path.write_text(yaml_writer.dump(imported.spec, imported.header), encoding="utf-8")
    return load_smithy_yaml(path)


def test_a_literal_query_is_another_route_than_the_plain_path(tmp_path: Path) -> None:
    """``POST /channels?operation=search`` and ``GET /channels/{arn}?scope=...`` (Chime SDK
    Messaging's) are routes of their own on the path: the plain ``POST /channels`` creates
    and the plain ``GET /channels/{arn}`` reads, whichever the model lists last."""
    routes = {
        "CreateChannel": ("POST", "/channels"),
        "ListChannels": ("GET", "/channels"),
        "SearchChannels": ("POST", "/channels?operation=search"),
        "DescribeChannel": ("GET", "/channels/{channelArn}"),
        "DescribeChannelForUser": ("GET", "/channels/{channelArn}?scope=user"),
        "DeleteChannel": ("DELETE", "/channels/{channelArn}"),
    }
    for n, order in enumerate((list(routes), list(reversed(routes)))):
        service = _botocore(tmp_path / str(n), {k: routes[k] for k in order})
        (channel,) = [r for r in infer_resources(service) if r.identifiers[-1][0] == "channelArn"]
        assert channel.create == "CreateChannel" and channel.read == "DescribeChannel", channel
        assert channel.list == "ListChannels" and channel.delete == "DeleteChannel", channel


def test_a_create_named_so_creates_whatever_its_method_and_a_post_named_update_updates(
    tmp_path: Path,
) -> None:
    """Connect's workspace pages: ``PUT .../pages`` is ``CreateWorkspacePage`` and
    ``POST .../pages/{Page}`` is ``UpdateWorkspacePage``; by method alone the update
    would be taken as the create (the caller naming the new item)."""
    service = _botocore(
        tmp_path,
        {
            "CreateWorkspacePage": ("PUT", "/workspaces/{WorkspaceId}/pages"),
            "ListWorkspacePages": ("GET", "/workspaces/{WorkspaceId}/pages"),
            "UpdateWorkspacePage": ("POST", "/workspaces/{WorkspaceId}/pages/{Page}"),
            "DeleteWorkspacePage": ("DELETE", "/workspaces/{WorkspaceId}/pages/{Page}"),
        },
    )
    (page,) = [r for r in infer_resources(service) if r.identifiers[-1][0] == "Page"]
    assert page.create == "CreateWorkspacePage" and page.update == "UpdateWorkspacePage", page
    assert page.list == "ListWorkspacePages" and page.delete == "DeleteWorkspacePage", page


def test_a_resource_with_two_item_paths_is_not_its_own_child(tmp_path: Path) -> None:
    """S3 Tables' ``Table``: its item path and one below it (``.../{name}/metadata-location``)
    both name the table; the one below is no child resource of the table, and the spec
    written for it validates (a resource its own child is refused)."""
    service = _botocore(
        tmp_path,
        {
            "CreateTable": ("PUT", "/tables/{tableBucketARN}/{namespace}"),
            "ListTables": ("GET", "/tables/{tableBucketARN}"),
            "DeleteTable": ("DELETE", "/tables/{tableBucketARN}/{namespace}/{name}"),
            "GetTableMetadataLocation": (
                "GET",
                "/tables/{tableBucketARN}/{namespace}/{name}/metadata-location",
            ),
            "UpdateTableMetadataLocation": (
                "PUT",
                "/tables/{tableBucketARN}/{namespace}/{name}/metadata-location",
            ),
            "RenameTable": ("PUT", "/tables/{tableBucketARN}/{namespace}/{name}/rename"),
        },
    )
    inferred = infer_resources(service)
    assert inferred
    for resource in inferred:
        assert resource.name not in resource.resources, resource
        assert len(set(resource.resources)) == len(resource.resources), resource


def test_a_collection_get_requiring_the_items_identifier_lists_inside_one_item(
    tmp_path: Path,
) -> None:
    """IoT Wireless' import tasks: ``GET /wireless_device_import_task?Id=`` lists the devices
    of one task (its input requires the task's ``Id``), and the tasks are listed by
    ``GET /wireless_device_import_tasks``, the plural path."""
    service = _botocore(
        tmp_path,
        {
            "StartImportTask": ("POST", "/import_task"),
            "ListDevicesForImportTask": ("GET", "/import_task"),
            "ListImportTasks": ("GET", "/import_tasks"),
            "GetImportTask": ("GET", "/import_task/{Id}"),
            "DeleteImportTask": ("DELETE", "/import_task/{Id}"),
        },
        {"ListDevicesForImportTask": ("Id",)},
    )
    (task,) = [r for r in infer_resources(service) if r.identifiers[-1][0] == "Id"]
    assert task.list == "ListImportTasks", task
    assert "ListDevicesForImportTask" in task.operations, task
