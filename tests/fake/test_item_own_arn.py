"""A listed item naming its resource by no member but its ARN, beside another resource's ARN
listed first (Clean Rooms' configured audience model association summaries: ``membershipArn``
before ``arn``; the identifier ``...Identifier`` is carried by no member): the story finds
each item by its own ``Arn``, not the parent's (every item read as one). A small REST model
imported as ``apigen import`` imports one, through the story with the generated client."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from imported_models import fake_client, metadata, spec_from_model
from story import Story
from test_stories import GeneratedCaller
from test_wrapped_shapes import _op, _struct

from apigen import naming

TAKEN = {"shape": "QueueIdentifier", "location": "uri", "locationName": "queueIdentifier"}
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("queues", "rest-json"),
    "operations": {
        "CreateQueue": _op("CreateQueue", "POST", "/queues"),
        "GetQueue": _op("GetQueue", "GET", "/queues/{queueIdentifier}"),
        "DeleteQueue": _op("DeleteQueue", "DELETE", "/queues/{queueIdentifier}"),
        "ListQueues": _op("ListQueues", "GET", "/queues"),
    },
    "shapes": {
        "S": {"type": "string"},
        "QueueIdentifier": {"type": "string", "min": 1, "max": 200},
        "Queue": _struct(["OwnerArn", "Arn", "Name"], OwnerArn="S", Arn="S", Name="S"),
        "QueueSummary": _struct(["OwnerArn", "Arn"], OwnerArn="S", Arn="S"),
        "Queues": {"type": "list", "member": {"shape": "QueueSummary"}},
        "CreateQueueRequest": _struct(["Name"], Name="S"),
        "CreateQueueResponse": _struct(["Queue"], Queue="Queue"),
        "GetQueueRequest": _struct(["QueueIdentifier"], QueueIdentifier=TAKEN),
        "GetQueueResponse": _struct(["Queue"], Queue="Queue"),
        "DeleteQueueRequest": _struct(["QueueIdentifier"], QueueIdentifier=TAKEN),
        "DeleteQueueResponse": _struct(),
        "ListQueuesRequest": _struct(),
        "ListQueuesResponse": _struct(["Queues"], Queues="Queues"),
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


def test_an_item_is_named_by_its_own_arn_before_another(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "queues", MODEL)
    queue = next(r for r in service.resources if r.name == "Queue")
    item = next(s for s in service.shapes.values() if s.name == "QueueSummary")
    summary = [naming.snake(m.name) for m in item.members]
    arns = [m for m in summary if m.endswith("arn")]
    assert len(arns) == 2 and arns[0] != "arn", summary  # another's ARN listed first
    with fake_client(scratch_service, text, "queues") as (client, error):
        Story(service, queue, GeneratedCaller(service, client, error)).run({})
