"""Route 53 Profiles' tags, on the small REST model of ``test_tag_paths`` changed so: its
create takes tags as a list of pairs (``TagList``), its ``TagResource`` and
``ListTagsForResource`` as a map (``TagMap``). The fake reads either and answers each
operation in the form its output takes (the listing answered pairs where the model wants a
map: every ``ListTagsForResource`` was a 500)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from imported_models import fake_client, spec_from_model
from story import Story
from test_stories import GeneratedCaller
from test_tag_paths import MODEL
from test_wrapped_shapes import _struct


def _model() -> dict[str, Any]:
    model = copy.deepcopy(MODEL)
    shapes = model["shapes"]
    shapes["Tag"] = _struct(["Key", "Value"], Key="S", Value="S")
    shapes["TagList"] = {"type": "list", "member": {"shape": "Tag"}}
    shapes["CreateQueueRequest"] = _struct(["Name"], Name="Name", Tags="TagList")
    shapes["ListTagsForResourceResponse"] = _struct(["Tags"], Tags="TagMap")
    return model


def test_tags_given_as_pairs_are_listed_as_the_map_the_listing_takes(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "queues", _model())
    with fake_client(scratch_service, text, "queues") as (client, error):
        made = client.create_queue(name="q1", tags=[{"key": "team", "value": "a"}]).queue
        assert made is not None and made.arn
        assert client.list_tags_for_resource(arn=made.arn).tags == {"team": "a"}
        client.tag_resource(arn=made.arn, tags={"more": "b"})
        assert client.list_tags_for_resource(arn=made.arn).tags == {"team": "a", "more": "b"}
        queue = next(r for r in service.resources if r.name == "Queue")
        story = Story(service, queue, GeneratedCaller(service, client, error))
        story.run({})
    assert "tags" in story.log, story.log
