"""A record whose ARN member takes more characters than the ARN made from the shortest own
identifier (Bedrock AgentCore's policy engine: a 12-character ``ResourceId`` made an ARN of
75, its ``PolicyEngineArn`` takes 76 at the least, and every create failed the output's
validation): the fake makes the identifier as much longer as the ARN needs, where the
identifier's shape takes that length. On the queues model of ``test_item_own_arn``, the
queue known by an id the server makes."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from imported_models import fake_client, spec_from_model
from story import Story
from test_item_own_arn import MODEL
from test_stories import GeneratedCaller
from test_wrapped_shapes import _struct

from apigen.regex_translate import to_python
from apigen.runtime.fake.ids import fresh_id, make_arn
from apigen.views.fake_plan import fake_plan

ID = {"type": "string", "min": 12, "max": 60, "pattern": "[a-z][a-z0-9]*-[a-z0-9]{10}"}
ARN_PATTERN = "arn:aws:queues:[a-z0-9-]+:[0-9]{12}:queue/[a-z][a-z0-9]*-[a-z0-9]{10}"
CONTEXT = {"partition": "aws", "region": "us-east-1", "account": "123456789012"}


def _model(least: int) -> dict[str, Any]:
    model = copy.deepcopy(MODEL)
    shapes = model["shapes"]
    shapes["QueueIdentifier"] = ID
    shapes["QueueArn"] = {"type": "string", "min": least, "max": 200, "pattern": ARN_PATTERN}
    shapes["Queue"] = _struct(["Id", "Arn", "Name"], Id="QueueIdentifier", Arn="QueueArn", Name="S")
    shapes["QueueSummary"] = _struct(["Id", "Arn"], Id="QueueIdentifier", Arn="QueueArn")
    return model


def _made_arns(service: Any) -> list[str]:
    fake = fake_plan(service).resources["Queue"]
    assert fake.arn is not None
    own = fake.identifiers[-1]
    return [make_arn(fake.arn, {**CONTEXT, own.name: fresh_id(own)}) for _ in range(20)]


def test_the_own_identifier_is_made_as_long_as_the_arn_needs(
    tmp_path: Path, scratch_service: Any
) -> None:
    shortest = min(len(a) for a in _made_arns(spec_from_model(tmp_path, "queues", _model(1))[0]))
    least = shortest + 3  # three characters more than the shortest identifier gives
    service, text = spec_from_model(tmp_path, "queues", _model(least))
    made = _made_arns(service)
    assert all(len(a) >= least and re.search(to_python(ARN_PATTERN), a) for a in made), made
    with fake_client(scratch_service, text, "queues") as (client, error):
        Story(
            service,
            next(r for r in service.resources if r.name == "Queue"),
            GeneratedCaller(service, client, error),
        ).run({})
