"""An ARN whose pattern bounds the own identifier's length (API Portal's
``products/[a-z0-9]{10,30}``, and its children's ``products/<id>/apipages/<id>``): the default
ARN is chosen with the identifiers sampled as the fake makes them, so the ARN each create
makes matches the create output's own ARN member pattern (checked against the model)."""

from __future__ import annotations

import re
from pathlib import Path

import botocore.session
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


def test_fresh_arn_tails_fit_a_pattern_starting_with_a_letter(tmp_path: Path) -> None:
    """Observability Admin's enrichment ARN ends ``telemetry-enrichments/[a-z][a-z0-9]{9,63}``:
    every fresh tail the fake makes (whatever its first character) fits the model's pattern."""
    model = botocore.session.get_session().get_service_model("observabilityadmin")
    text = model.shape_for("ThirdPartyTelemetryEnrichmentArn").metadata["pattern"]
    _, service = imported_spec("observabilityadmin", tmp_path)
    made = fake_plan(service).resources["ThirdPartyTelemetryEnrichment"]
    assert made.arn is not None
    arns = [make_arn(made.arn, CONTEXT) for _ in range(200)]
    assert len(set(arns)) == len(arns)
    assert all(re.fullmatch(to_python(text), arn) for arn in arns), made.arn
