"""Tags in two forms in one service, on the small REST model of ``test_tag_paths`` changed
so: Route 53 Profiles' create takes tags as a list of pairs (``TagList``), its
``TagResource`` and ``ListTagsForResource`` a map (``TagMap``); Kinesis' create and
``TagResource`` take a map, its ``ListTagsForResource`` answers pairs. The fake reads either
and answers each operation in the form its output takes (the listing answered the other
form: every ``ListTagsForResource`` of Route 53 Profiles was a 500, Kinesis' listed none).
Pinpoint's tags sit in a ``TagsModel`` payload holding the map (``tags``): the fake finds
them there."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from imported_models import fake_client, spec_from_model
from story import Story
from test_stories import GeneratedCaller
from test_tag_paths import MODEL
from test_wrapped_shapes import _struct


def _model(pairs_in: bool = True) -> dict[str, Any]:
    """Pairs in the create and a map listed, or (``pairs_in=False``) the other way round."""
    model = copy.deepcopy(MODEL)
    shapes = model["shapes"]
    shapes["Tag"] = _struct(["Key", "Value"], Key="S", Value="S")
    shapes["TagList"] = {"type": "list", "member": {"shape": "Tag"}}
    given, listed = ("TagList", "TagMap") if pairs_in else ("TagMap", "TagList")
    shapes["CreateQueueRequest"] = _struct(["Name"], Name="Name", Tags=given)
    shapes["ListTagsForResourceResponse"] = _struct(["Tags"], Tags=listed)
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


def test_tags_given_as_a_map_are_listed_as_the_pairs_the_listing_takes(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "queues", _model(pairs_in=False))
    with fake_client(scratch_service, text, "queues") as (client, error):
        made = client.create_queue(name="q1", tags={"team": "a"}).queue
        assert made is not None and made.arn
        listed = client.list_tags_for_resource(arn=made.arn).tags or []
        assert [(t.key, t.value) for t in listed] == [("team", "a")], listed
        queue = next(r for r in service.resources if r.name == "Queue")
        story = Story(service, queue, GeneratedCaller(service, client, error))
        story.run({})
    assert "tags" in story.log, story.log


def test_tags_in_a_payload_structure_named_tags_model(tmp_path: Path, scratch_service: Any) -> None:
    model = copy.deepcopy(MODEL)
    shapes = model["shapes"]
    arn = {"shape": "S", "location": "uri", "locationName": "arn"}
    shapes["TagsModel"] = _struct(["tags"], tags="TagMap")
    shapes["TagResourceRequest"] = _struct(
        ["Arn", "TagsModel"], "TagsModel", Arn=arn, TagsModel="TagsModel"
    )
    shapes["ListTagsForResourceResponse"] = _struct(
        ["TagsModel"], "TagsModel", TagsModel="TagsModel"
    )
    model["operations"]["TagResource"]["http"]["requestUri"] = "/tags/{arn}"
    service, text = spec_from_model(tmp_path, "queues", model)
    with fake_client(scratch_service, text, "queues") as (client, error):
        made = client.create_queue(name="q1").queue
        assert made is not None and made.arn
        client.tag_resource(arn=made.arn, tags_model={"tags": {"team": "a"}})
        listed = client.list_tags_for_resource(arn=made.arn).tags_model
        assert listed is not None and listed.tags == {"team": "a"}, listed
        queue = next(r for r in service.resources if r.name == "Queue")
        story = Story(service, queue, GeneratedCaller(service, client, error))
        story.run({})
    assert "tags" in story.log, story.log
