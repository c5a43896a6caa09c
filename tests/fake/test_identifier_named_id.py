"""An own identifier spelled ``...Identifier`` by its name only, its shape a plain ``UUID``
(Clean Rooms' ``idMappingTableIdentifier``), that no member carries and no ARN fits, is the
record's ``id``, as one whose shape is so named is: the fake keeps it there and the story
reads it from there (it sent the ARN, which the client refused), also in a listed item
holding nothing else naming it. A small REST model
imported as ``apigen import`` imports one, through the story with the generated client."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from imported_models import fake_client, spec_from_model
from story import Story
from test_item_own_arn import MODEL
from test_stories import GeneratedCaller
from test_wrapped_shapes import _struct

from apigen import naming
from apigen.views.fake_plan import fake_plan

UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def _model(summary: dict[str, Any]) -> dict[str, Any]:
    model = copy.deepcopy(MODEL)
    shapes = model["shapes"]
    shapes["UUID"] = {"type": "string", "min": 36, "max": 36, "pattern": UUID}
    for request in ("GetQueueRequest", "DeleteQueueRequest"):
        shapes[request]["members"]["QueueIdentifier"]["shape"] = "UUID"
    shapes["Queue"] = _struct(["Id", "Arn", "Name"], Id="UUID", Arn="S", Name="S")
    shapes["QueueSummary"] = summary
    return model


def test_an_identifier_named_so_is_the_records_id(tmp_path: Path, scratch_service: Any) -> None:
    model = _model(_struct(["Id", "Arn"], Id="UUID", Arn="S"))
    service, text = spec_from_model(tmp_path, "queues", model)
    queue = next(r for r in service.resources if r.name == "Queue")
    own, target = queue.identifiers[-1]
    assert own.endswith("Identifier") and not target.endswith("Identifier"), queue.identifiers
    fake = fake_plan(service).resources["Queue"]
    assert fake.identifiers[-1].field == naming.snake("Id")
    with fake_client(scratch_service, text, "queues") as (client, error):
        Story(service, queue, GeneratedCaller(service, client, error)).run({})


def test_a_listed_item_holding_only_its_id_is_found_by_it(
    tmp_path: Path, scratch_service: Any
) -> None:
    """Clean Rooms' change request summaries: an ``id``, no ARN, no name (each item was
    found as no resource)."""
    model = _model(_struct(["Id"], Id="UUID", Status="S"))
    service, text = spec_from_model(tmp_path, "queues", model)
    queue = next(r for r in service.resources if r.name == "Queue")
    item = next(s for s in service.shapes.values() if s.name == "QueueSummary")
    assert [m.name for m in item.members if m.name.lower().endswith(("arn", "name"))] == []
    with fake_client(scratch_service, text, "queues") as (client, error):
        Story(service, queue, GeneratedCaller(service, client, error)).run({})
