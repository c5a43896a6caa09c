"""A tagging operation whose output requires a member of its input (Partner Central
Marketing's ``ListTagsForResource`` answers the ``ResourceArn`` it was asked for): the answer
repeats the input's value (``FakeOperation.echo``), not a 500 for the missing member. The
members come from botocore's own model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import botocore.session
from imported_models import fake_client
from imported_sample import imported_spec

from apigen import naming
from apigen.views.fake_plan import fake_plan

SERVICE, OPERATION = "partnercentral-marketing", "ListTagsForResource"


def _echoed() -> set[str]:
    model = botocore.session.get_session().get_service_model(SERVICE).operation_model(OPERATION)
    given = model.input_shape.members
    return {
        naming.snake(name)
        for name in model.output_shape.required_members
        if name in given and given[name].name == model.output_shape.members[name].name
    }


def test_tags_listing_echoes_what_its_output_requires(tmp_path: Path, scratch_service: Any) -> None:
    text, service = imported_spec(SERVICE, tmp_path)
    echoed = _echoed()
    assert echoed  # the model's output requires a member of the input
    assert set(fake_plan(service).operations[OPERATION].echo) == echoed
    with fake_client(scratch_service, text, SERVICE) as (client, _):
        made = client.create_campaign(
            catalog="AWS", name="tagged", campaign_template_id="tmpl-aaaaaaaaaaaaa"
        )
        arn = made.arn
        answer = client.list_tags_for_resource(resource_arn=arn)
    assert answer.resource_arn == arn
