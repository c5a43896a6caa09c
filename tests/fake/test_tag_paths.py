"""MediaConvert's tagging, on a small REST botocore model written here and imported as
``apigen import`` imports one, through the story with the generated client:

- the tagging operations have paths of their own that read as a collection and its item
  (``POST /tags``, ``GET``/``PUT /tags/{arn}``): they are no resource (a ``TagsForResource``
  whose create is ``TagResource``), they tag the queue's ARN;
- ``ListTagsForResource`` answers the tags as a map inside a structure beside the ARN
  (``ResourceTags.Tags``), not a list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import fake_client, metadata, spec_from_model
from story import Story
from test_stories import GeneratedCaller
from test_wrapped_shapes import _op, _struct

NAME = {"shape": "S", "location": "uri", "locationName": "name"}
ARN = {"shape": "S", "location": "uri", "locationName": "arn"}
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("queues", "rest-json"),
    "operations": {
        "CreateQueue": _op("CreateQueue", "POST", "/queues"),
        "GetQueue": _op("GetQueue", "GET", "/queues/{name}"),
        "DeleteQueue": _op("DeleteQueue", "DELETE", "/queues/{name}"),
        "ListQueues": _op("ListQueues", "GET", "/queues"),
        "TagResource": _op("TagResource", "POST", "/tags"),
        "UntagResource": _op("UntagResource", "PUT", "/tags/{arn}"),
        "ListTagsForResource": _op("ListTagsForResource", "GET", "/tags/{arn}"),
    },
    "shapes": {
        "S": {"type": "string"},
        "Name": {"type": "string", "min": 1, "max": 64, "pattern": "[a-zA-Z0-9]+"},
        "TagMap": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "S"}},
        "Keys": {"type": "list", "member": {"shape": "S"}},
        "Queue": _struct(["Name"], Name="Name", Arn="S", Description="S"),
        "Queues": {"type": "list", "member": {"shape": "Queue"}},
        "CreateQueueRequest": _struct(["Name"], Name="Name", Description="S", Tags="TagMap"),
        "CreateQueueResponse": _struct(Queue="Queue"),
        "GetQueueRequest": _struct(["Name"], Name=NAME),
        "GetQueueResponse": _struct(Queue="Queue"),
        "DeleteQueueRequest": _struct(["Name"], Name=NAME),
        "DeleteQueueResponse": _struct(),
        "ListQueuesRequest": _struct(),
        "ListQueuesResponse": _struct(Queues="Queues"),
        "ResourceTags": _struct(Arn="S", Tags="TagMap"),
        "TagResourceRequest": _struct(["Arn", "Tags"], Arn="S", Tags="TagMap"),
        "TagResourceResponse": _struct(),
        "UntagResourceRequest": _struct(["Arn"], Arn=ARN, TagKeys="Keys"),
        "UntagResourceResponse": _struct(),
        "ListTagsForResourceRequest": _struct(["Arn"], Arn=ARN),
        "ListTagsForResourceResponse": _struct(ResourceTags="ResourceTags"),
        "NoSuchPolicy": {
            **_struct(Message="S"),
            "error": {"httpStatusCode": 404},
            "exception": True,
        },
        "PolicyAlreadyExists": {
            **_struct(Message="S"),
            "error": {"httpStatusCode": 409},
            "exception": True,
        },
    },
}
TAGGING = {"TagResource", "UntagResource", "ListTagsForResource"}


def test_tag_paths_are_no_resource_and_tag_the_queue(tmp_path: Path, scratch_service: Any) -> None:
    service, text = spec_from_model(tmp_path, "queues", MODEL)
    claimed = {name for r in service.resources for _, name in r.lifecycle_operations}
    assert claimed and not claimed & TAGGING, service.resources
    queue = next(r for r in service.resources if r.name == "Queue")
    with fake_client(scratch_service, text, "queues") as (client, error):
        story = Story(service, queue, GeneratedCaller(service, client, error))
        story.run({})
    assert "tags" in story.log, story.log
