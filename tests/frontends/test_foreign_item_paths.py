"""An item path whose label is another collection's item identifier, beside the collection's
own item path (Backup's ``POST /audit/report-jobs/{reportPlanName}`` beside
``GET /audit/report-jobs/{reportJobId}``, where ``/audit/report-plans/{reportPlanName}`` is a
report plan): the resource is the own item's (identifier ``JobId``, read ``DescribeJob``),
made by the other path's POST, never one identified by the other resource's label. On a
small rest-json model written here, imported as ``apigen import`` imports one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import spec_from_model


def _op(name: str, method: str, uri: str) -> dict[str, Any]:
    return {
        "name": name,
        "http": {"method": method, "requestUri": uri},
        "input": {"shape": f"{name}Request"},
        "output": {"shape": f"{name}Response"},
    }


def _label(name: str) -> dict[str, Any]:
    return {"shape": "String", "location": "uri", "locationName": name[0].lower() + name[1:]}


def _model() -> dict[str, Any]:
    ops = [
        _op("CreatePlan", "POST", "/plans"),
        _op("ListPlans", "GET", "/plans"),
        _op("DescribePlan", "GET", "/plans/{planName}"),
        _op("DeletePlan", "DELETE", "/plans/{planName}"),
        _op("ListJobs", "GET", "/jobs"),
        _op("DescribeJob", "GET", "/jobs/{jobId}"),
        _op("StartJob", "POST", "/jobs/{planName}"),
    ]
    plan = {"PlanName": {"shape": "String"}, "PlanArn": {"shape": "String"}}
    job = {"JobId": {"shape": "String"}, "PlanName": {"shape": "String"}}
    shapes: dict[str, Any] = {
        "String": {"type": "string"},
        "Plan": {"type": "structure", "members": plan},
        "Job": {"type": "structure", "members": job},
        "Plans": {"type": "list", "member": {"shape": "Plan"}},
        "Jobs": {"type": "list", "member": {"shape": "Job"}},
        "CreatePlanRequest": {"type": "structure", "required": ["PlanName"], "members": plan},
        "CreatePlanResponse": {"type": "structure", "members": plan},
        "ListPlansRequest": {"type": "structure", "members": {}},
        "ListPlansResponse": {"type": "structure", "members": {"Plans": {"shape": "Plans"}}},
        "ListJobsRequest": {"type": "structure", "members": {}},
        "ListJobsResponse": {"type": "structure", "members": {"Jobs": {"shape": "Jobs"}}},
        "StartJobResponse": {"type": "structure", "members": {"JobId": {"shape": "String"}}},
        "DescribePlanResponse": {"type": "structure", "members": {"Plan": {"shape": "Plan"}}},
        "DeletePlanResponse": {"type": "structure", "members": {}},
        "DescribeJobResponse": {"type": "structure", "members": {"Job": {"shape": "Job"}}},
    }
    for name, label in (
        ("DescribePlan", "PlanName"),
        ("DeletePlan", "PlanName"),
        ("StartJob", "PlanName"),
        ("DescribeJob", "JobId"),
    ):
        request = {"type": "structure", "required": [label], "members": {label: _label(label)}}
        shapes[f"{name}Request"] = request
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2026-01-01",
            "endpointPrefix": "jobs",
            "protocol": "rest-json",
            "serviceId": "Jobs",
            "signatureVersion": "v4",
            "uid": "jobs-2026-01-01",
        },
        "operations": {o["name"]: o for o in ops},
        "shapes": shapes,
    }


def test_a_label_of_another_collection_is_not_the_items(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "jobs", _model())
    resources = {r.name: r for r in service.resources}
    job = resources["Job"]
    assert [name for name, _ in job.identifiers] == ["JobId"], job.identifiers
    assert (job.create, job.read, job.list) == ("StartJob", "DescribeJob", "ListJobs")
    plan = resources["Plan"]
    assert [name for name, _ in plan.identifiers] == ["PlanName"]
    assert (plan.create, plan.read, plan.delete) == ("CreatePlan", "DescribePlan", "DeletePlan")
    assert all(r.create != "StartJob" for r in service.resources if r.name != "Job")
