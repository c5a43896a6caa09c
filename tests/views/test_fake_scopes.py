"""Fake plan rules WAFV2's IP sets exercise, on a small botocore model written here and
imported as ``apigen import`` imports one (resources inferred, nothing declared):

- the create answers a summary of the record (``Summary``: the record's ``Name``, ``Id``
  and ``ARN`` beside a ``LockToken`` the record lacks): the record goes there;
- the name is an identifier of a scope the create takes (``Name`` and ``Scope`` beside the
  made ``Id``): a second set with one name in one scope is a conflict;
- ``ListTagsForResource`` answers the tags in a structure holding the list TagResource takes
  (``TagInfoForResource.TagList``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from imported_models import metadata, operation, structure

from apigen import ir, naming
from apigen.frontends.smithy_yaml import load_smithy_yaml
from apigen.importers import import_botocore_path, yaml_writer
from apigen.importers.resources import spec_resources
from apigen.views.fake_plan import fake_plan

ERRORS = ("NonexistentItemException", "DuplicateItemException")
KEYS = {"Name": "Name", "Scope": "Scope", "Id": "Id"}
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("sets", targetPrefix="Sets_20260101"),
    "operations": {
        n: operation(n, errors=ERRORS)
        for n in (
            "CreateIPSet",
            "GetIPSet",
            "ListIPSets",
            "DeleteIPSet",
            "TagResource",
            "ListTagsForResource",
        )
    },
    "shapes": {
        "S": {"type": "string"},
        "Name": {"type": "string", "min": 1, "max": 128, "pattern": "^[\\w\\-]+$"},
        "Id": {"type": "string", "min": 1, "max": 36, "pattern": "^[0-9a-f\\-]+$"},
        "Scope": {"type": "string", "enum": ["CLOUDFRONT", "REGIONAL"]},
        "Arn": {"type": "string", "min": 20, "max": 2048, "pattern": ".*\\S.*"},
        "IPSet": structure("Name", "Id", "ARN", Name="Name", Id="Id", ARN="Arn", Description="S"),
        "IPSetSummary": structure(Name="Name", Id="Id", ARN="Arn", LockToken="S"),
        "IPSetSummaries": {"type": "list", "member": {"shape": "IPSetSummary"}},
        "CreateIPSetRequest": structure(
            "Name", "Scope", Name="Name", Scope="Scope", Description="S"
        ),
        "CreateIPSetResponse": structure(Summary="IPSetSummary"),
        "GetIPSetRequest": structure("Name", "Scope", "Id", **KEYS),
        "GetIPSetResponse": structure(IPSet="IPSet", LockToken="S"),
        "ListIPSetsRequest": structure("Scope", Scope="Scope"),
        "ListIPSetsResponse": structure(IPSets="IPSetSummaries"),
        "DeleteIPSetRequest": structure("Name", "Scope", "Id", **KEYS),
        "DeleteIPSetResponse": structure(),
        "Tag": structure("Key", "Value", Key="S", Value="S"),
        "TagList": {"type": "list", "member": {"shape": "Tag"}},
        "TagInfoForResource": structure(ResourceARN="Arn", TagList="TagList"),
        "TagResourceRequest": structure("ResourceARN", "Tags", ResourceARN="Arn", Tags="TagList"),
        "TagResourceResponse": structure(),
        "ListTagsForResourceRequest": structure("ResourceARN", ResourceARN="Arn"),
        "ListTagsForResourceResponse": structure(TagInfoForResource="TagInfoForResource"),
        "NonexistentItemException": {
            **structure(Message="S"),
            "error": {"httpStatusCode": 400},
            "exception": True,
        },
        "DuplicateItemException": {
            **structure(Message="S"),
            "error": {"httpStatusCode": 400},
            "exception": True,
        },
    },
}


def _service(tmp_path: Path) -> ir.Service:
    folder = tmp_path / "sets" / "2026-01-01"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "service-2.json").write_text(json.dumps(MODEL), encoding="utf-8")
    imported = import_botocore_path(folder)
    path = tmp_path / "sets.yaml"
    path.write_text(yaml_writer.dump(imported.spec, imported.header), encoding="utf-8")
    imported.spec["resources"] = spec_resources(load_smithy_yaml(path))
    path.write_text(yaml_writer.dump(imported.spec, imported.header), encoding="utf-8")
    return load_smithy_yaml(path)


def _members(service: ir.Service, shape_id: str | None) -> list[ir.Member]:
    return list(service.shape(shape_id or "").members)


def test_a_create_answering_a_summary_answers_the_record_there(tmp_path: Path) -> None:
    service = _service(tmp_path)
    (resource,) = service.resources
    create = next(o for o in service.operations if o.name == resource.create)
    read = next(o for o in service.operations if o.name == resource.read)
    record = next(m for m in _members(service, read.output) if m.name == "IPSet").target
    (summary,) = _members(service, create.output)
    held = {m.name for m in _members(service, summary.target)}
    assert resource.identifiers[-1][0] in held and held - {
        m.name for m in _members(service, record)
    }
    assert fake_plan(service).operations[create.name].record == naming.snake(summary.name)


def test_a_name_a_scope_carries_is_checked(tmp_path: Path) -> None:
    service = _service(tmp_path)
    (resource,) = service.resources
    names = [n for n, _ in resource.identifiers[:-1]]
    assert "Name" in names and "Scope" in names, resource.identifiers
    assert fake_plan(service).resources[resource.name].name_field == naming.snake("Name")


def test_tags_held_in_a_structure_are_answered_there(tmp_path: Path) -> None:
    service = _service(tmp_path)
    ops = {o.name: o for o in service.operations}
    sent = next(m for m in _members(service, ops["TagResource"].input) if m.name == "Tags")
    (holder,) = _members(service, ops["ListTagsForResource"].output)
    (inner,) = [m for m in _members(service, holder.target) if m.target == sent.target]
    path = f"{naming.snake(holder.name)}.{naming.snake(inner.name)}"
    assert fake_plan(service).operations["ListTagsForResource"].record == path
