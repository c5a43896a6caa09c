"""The story's create sends values the record holds under the same name as the record's
shape takes them (``story_fitting``): PCS's ``CreateComputeNodeGroup`` takes ``subnetIds`` as
plain strings, its ``ComputeNodeGroup`` holds ``subnet-\\w{8,17}`` ones (botocore's model);
a sample of the input's shape alone the fake, as the service, can not hold."""

from __future__ import annotations

import re
from pathlib import Path

import botocore.session
from imported_sample import imported_spec
from story import Story

from apigen.regex_translate import to_python


def test_create_values_fit_the_record(tmp_path: Path) -> None:
    model = botocore.session.get_session().get_service_model("pcs")
    create = model.operation_model("CreateComputeNodeGroup").input_shape.members["subnetIds"]
    held = model.shape_for("ComputeNodeGroup").members["subnetIds"]
    assert "pattern" not in create.member.metadata  # the input's strings are plain
    subnet = to_python(held.member.metadata["pattern"])
    _, service = imported_spec("pcs", tmp_path)
    group = next(r for r in service.resources if r.name == "ComputeNodeGroup")
    story = Story(service, group, lambda op, params: {})
    op = story.facts.op("create")
    assert op is not None
    for n in range(3):
        sent = story.input(op, {}, n)["subnet_ids"]
        assert sent and all(re.search(subnet, s) for s in sent), sent
