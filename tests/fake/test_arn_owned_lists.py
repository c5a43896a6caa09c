"""A resource named by its ARN, listed in Inspector's manner, on a small REST-JSON model
written here (imported as ``apigen import`` imports one; resources inferred):

- a listed item's required ``ownerAccountId`` (12 digits, as Inspector's ``OwnerId``) is no
  alias of the own identifier, the ARN: the ARN fails its pattern, so every item was
  dropped from the list and the list answered none;
- a list input's list of filter structures (``{comparison, value}``, as Inspector's
  ``connectorArns``) is no list of values: the fake does not filter by it as one, nor does
  the story send it values (the generated client refused the strings).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from imported_models import fake_client, metadata, operation, spec_from_model
from imported_models import structure as _struct
from story import Story
from test_stories import GeneratedCaller

from apigen.views.fake_plan import fake_plan

_op = partial(operation, errors=("ResourceNotFoundException", "ConflictException"), code=200)


def _error(name: str, code: int) -> dict[str, Any]:
    return {
        **_struct(message="String"),
        "exception": True,
        "error": {"httpStatusCode": code},
    }


ARN = "arn:aws:probes:[a-z0-9-]+:\\d{12}:probe/[a-f0-9]{36}"
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("probes", "rest-json"),
    "operations": {
        "CreateProbe": _op("CreateProbe", uri="/probe/create"),
        "GetProbe": _op("GetProbe", uri="/probe/get"),
        "ListProbes": _op("ListProbes", uri="/probe/list"),
        "DeleteProbe": _op("DeleteProbe", uri="/probe/delete"),
    },
    "shapes": {
        "String": {"type": "string"},
        "ProbeArn": {"type": "string", "pattern": ARN},
        "OwnerId": {"type": "string", "min": 12, "max": 34, "pattern": "^\\d{12}$"},
        "Comparison": {"type": "string", "enum": ["EQUALS"]},
        "ResourceNotFoundException": _error("ResourceNotFoundException", 404),
        "ConflictException": _error("ConflictException", 409),
        "ProbeArnFilter": _struct("comparison", "value", comparison="Comparison", value="ProbeArn"),
        "ProbeArnFilterList": {"type": "list", "member": {"shape": "ProbeArnFilter"}},
        "ProbeFilterCriteria": _struct(probeArns="ProbeArnFilterList"),
        "ProbeSummary": _struct(
            "probeArn", "ownerAccountId", probeArn="ProbeArn", ownerAccountId="OwnerId"
        ),
        "ProbeSummaries": {"type": "list", "member": {"shape": "ProbeSummary"}},
        "CreateProbeRequest": _struct("name", name="String", target="String"),
        "CreateProbeResponse": _struct(probeArn="ProbeArn"),
        "GetProbeRequest": _struct("probeArn", probeArn="ProbeArn"),
        "GetProbeResponse": _struct(probeArn="ProbeArn", name="String", target="String"),
        "ListProbesRequest": _struct(
            filterCriteria="ProbeFilterCriteria", nextToken="String", maxResults="Integer"
        ),
        "Integer": {"type": "integer", "min": 1, "max": 100},
        "ListProbesResponse": _struct(probes="ProbeSummaries", nextToken="String"),
        "DeleteProbeRequest": _struct("probeArn", probeArn="ProbeArn"),
        "DeleteProbeResponse": _struct(probeArn="ProbeArn"),
    },
}


def _planned(tmp_path: Path) -> tuple[Any, Any]:
    service, _ = spec_from_model(tmp_path, "probes", MODEL)
    probe = next(r for r in service.resources if r.name == "Probe")
    assert probe.identifiers[-1][0] == "probeArn" and probe.list == "ListProbes", probe
    return service, fake_plan(service)


def test_an_id_taking_no_arn_does_not_hold_the_arn(tmp_path: Path) -> None:
    _, plan = _planned(tmp_path)
    assert plan.resources["Probe"].identifiers[-1].made == "arn"
    listed = plan.operations["ListProbes"]
    assert listed.items == "probes"
    assert "owner_account_id" not in dict(listed.aliases), listed.aliases


def test_a_list_of_filter_structures_filters_nothing(tmp_path: Path) -> None:
    _, plan = _planned(tmp_path)
    filters = plan.operations["ListProbes"].filters
    assert not [f for f in filters if "probe_arns" in f.input], filters


def test_the_story_runs(tmp_path: Path, scratch_service: Any) -> None:
    service, text = spec_from_model(tmp_path, "probes", MODEL)
    resource = next(r for r in service.resources if r.name == "Probe")
    with fake_client(scratch_service, text, "probes") as (client, error):
        story = Story(service, resource, GeneratedCaller(service, client, error))
        story.run({})
    assert any("delete" in line for line in story.log), story.log
