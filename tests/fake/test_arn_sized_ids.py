"""An ARN whose pattern bounds the own identifier's length (API Portal's
``products/[a-z0-9]{10,30}``, and its children's ``products/<id>/apipages/<id>``): the default
ARN is chosen with the identifiers sampled as the fake makes them, so the ARN each create
makes matches the create output's own ARN member pattern (checked against the model)."""

from __future__ import annotations

import re
from pathlib import Path

from imported_sample import imported_spec

from apigen.regex_translate import to_python
from apigen.runtime.fake.ids import fresh_id, make_arn
from apigen.views.fake_plan import fake_plan

CONTEXT = {"partition": "aws", "region": "us-east-1", "account": "123456789012"}


def test_made_arns_fit_the_create_outputs_pattern(tmp_path: Path) -> None:
    _, service = imported_spec("apiportal", tmp_path)
    plan = fake_plan(service)
    checked = []
    for res in service.resources:
        made = plan.resources.get(res.name)
        create = next((o for o in service.operations if o.name == res.create), None)
        if made is None or made.arn is None or create is None or create.output is None:
            continue
        output = service.shape(create.output)
        member = next(
            (m for m in output.members if m.name.lower() == f"{res.name.lower()}arn"), None
        )
        text = member.constraints.pattern if member is not None else None
        if not text:
            continue
        values = {i.name: fresh_id(i) for i in made.identifiers}
        arn = make_arn(made.arn, {**CONTEXT, **values})
        assert re.fullmatch(to_python(text), arn), (res.name, arn, text)
        checked.append(res.name)
    assert {"Product", "ProductPage", "ProductApiPage"} <= set(checked), checked
