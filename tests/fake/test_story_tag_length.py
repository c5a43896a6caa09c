"""A resource whose ARN is longer than ``TagResource``'s ARN member takes (Clean Rooms'
``CleanroomsArn``: at most 100 characters; an analysis template's ARN holds two UUIDs, 143):
the model gives no way to tag it, so the story does not (the client refused the call). On
the queues model of ``test_tag_paths`` with ``TagResource``'s ``Arn`` so bounded."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from imported_models import fake_client, spec_from_model
from story import Story
from test_stories import GeneratedCaller
from test_tag_paths import MODEL
from test_wrapped_shapes import _struct

LONGEST = 30


def test_an_arn_longer_than_tagging_takes_is_not_tagged(
    tmp_path: Path, scratch_service: Any
) -> None:
    model = copy.deepcopy(MODEL)
    model["shapes"]["ShortArn"] = {"type": "string", "max": LONGEST}
    model["shapes"]["TagResourceRequest"] = _struct(["Arn", "Tags"], Arn="ShortArn", Tags="TagMap")
    service, text = spec_from_model(tmp_path, "queues", model)
    queue = next(r for r in service.resources if r.name == "Queue")
    with fake_client(scratch_service, text, "queues") as (client, error):
        made = client.create_queue(name="q1").queue
        assert made is not None and made.arn and len(made.arn) > LONGEST
        story = Story(service, queue, GeneratedCaller(service, client, error))
        story.run({})
    assert "tags" not in story.log, story.log
