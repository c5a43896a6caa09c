"""An own ``...Id`` of the resource's last words answered as ``<Resource>Id``, on a small
JSON model written here in Glue's manner: ``StartJobRun`` answers ``JobRunId`` for the run
``GetJobRun`` reads by ``RunId`` (the fake answered it; the story found no ``RunId`` in it).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from glue_model import MODEL as SORTERS
from glue_model import _op, _struct
from imported_models import fake_client, spec_from_model
from story import Story
from test_stories import GeneratedCaller, in_order

MODEL: dict[str, Any] = copy.deepcopy(SORTERS)
MODEL["operations"] = {
    name: _op(name)
    for name in (
        "CreateJob",
        "GetJob",
        "GetJobs",
        "DeleteJob",
        "StartJobRun",
        "GetJobRun",
        "GetJobRuns",
    )
}
MODEL["shapes"].update(
    {
        "Job": _struct(Name="NameString", Role="String"),
        "JobList": {"type": "list", "member": {"shape": "Job"}},
        "CreateJobRequest": _struct("Name", "Role", Name="NameString", Role="String"),
        "CreateJobResponse": _struct(Name="NameString"),
        "GetJobRequest": _struct("JobName", JobName="NameString"),
        "GetJobResponse": _struct(Job="Job"),
        "GetJobsRequest": _struct(NextToken="String"),
        "GetJobsResponse": _struct(Jobs="JobList", NextToken="String"),
        "DeleteJobRequest": _struct("JobName", JobName="NameString"),
        "DeleteJobResponse": _struct(JobName="NameString"),
        "IdString": {"type": "string", "min": 1, "max": 255},
        "JobRun": _struct(Id="IdString", JobName="NameString", Timeout="Integer"),
        "Integer": {"type": "integer", "min": 1, "max": 100},
        "JobRunList": {"type": "list", "member": {"shape": "JobRun"}},
        "StartJobRunRequest": _struct("JobName", JobName="NameString", Timeout="Integer"),
        "StartJobRunResponse": _struct(JobRunId="IdString"),
        "GetJobRunRequest": _struct("JobName", "RunId", JobName="NameString", RunId="IdString"),
        "GetJobRunResponse": _struct(JobRun="JobRun"),
        "GetJobRunsRequest": _struct("JobName", JobName="NameString", NextToken="String"),
        "GetJobRunsResponse": _struct(JobRuns="JobRunList", NextToken="String"),
    }
)


def test_the_run_story_finds_its_run_id(tmp_path: Path, scratch_service: Any) -> None:
    service, text = spec_from_model(tmp_path, "jobs", MODEL)
    run = next(r for r in service.resources if r.name == "JobRun")
    assert [i for i, _ in run.identifiers] == ["JobName", "RunId"], run.identifiers
    assert run.create == "StartJobRun", run
    live: dict[str, Any] = {}
    with fake_client(scratch_service, text, "jobs") as (client, error):
        for resource, parent in in_order(service):
            if resource.name in ("Job", "JobRun"):
                story = Story(service, resource, GeneratedCaller(service, client, error))
                live[resource.name] = story.run(live[parent.name] if parent else {})
    assert live["JobRun"]["RunId"], live
