"""An item path whose label is another collection's item identifier, beside the collection's
own item path (Backup's ``POST /audit/report-jobs/{reportPlanName}`` beside
``GET /audit/report-jobs/{reportJobId}``, where ``/audit/report-plans/{reportPlanName}`` is a
report plan): the resource is the own item's (identifier ``JobId``, read ``DescribeJob``),
made by the other path's POST, never one identified by the other resource's label. On a
small rest-json model written here, imported as ``apigen import`` imports one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_model


def _label(name: str) -> dict[str, Any]:
    return {"shape": "String", "location": "uri", "locationName": name[0].lower() + name[1:]}


def _model() -> dict[str, Any]:
    ops = [
        operation("CreatePlan", "POST", "/plans"),
        operation("ListPlans", "GET", "/plans"),
        operation("DescribePlan", "GET", "/plans/{planName}"),
        operation("DeletePlan", "DELETE", "/plans/{planName}"),
        operation("ListJobs", "GET", "/jobs"),
        operation("DescribeJob", "GET", "/jobs/{jobId}"),
        operation("StartJob", "POST", "/jobs/{planName}"),
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
        "metadata": metadata("jobs", "rest-json", serviceFullName=None, signingName=None),
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
