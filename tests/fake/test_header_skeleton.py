"""An output's required header members are answered too: Route 53's ``CreateHealthCheck``
answers its ``HealthCheck`` and a required ``Location`` header, which no record holds; the
skeleton gave body members only and the create answered 500. The expectations come from
botocore's model: every bound operation (but a list's, whose output members all get
values) has a skeleton value for each required header member of its output."""

from __future__ import annotations

from pathlib import Path

import botocore.session
from imported_sample import imported_spec

from apigen import naming
from apigen.views.fake_plan import fake_plan


def test_required_headers_get_skeleton_values(tmp_path: Path) -> None:
    service = "route53"
    model = botocore.session.get_session().get_service_model(service)
    _, loaded = imported_spec(service, tmp_path)
    plan = fake_plan(loaded)
    checked = 0
    for name, planned in plan.operations.items():
        output = model.operation_model(name).output_shape
        if output is None or planned.role == "list":
            continue
        headers = {
            naming.snake(m)
            for m in output.required_members
            if output.members[m].serialization.get("location") == "header"
        }
        assert headers <= set(planned.skeleton), (name, headers, planned.skeleton)
        checked += len(headers)
    assert checked, "the model's bound operations answer a required header"
