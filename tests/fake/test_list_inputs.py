"""A list's inputs, on the queues model of ``test_tag_paths`` changed so, through the story
with the generated client:

- CodeGuru Reviewer's ``ListCodeReviews`` requires a ``Type`` (an enum, as the record holds
  it) the create takes as a structure of another shape (``CodeReviewType``): the story sends
  the list's own kind of value, and the fake does not filter the record's ``Type`` by it
  (the create never sets that field as the list names it);
- Control Tower's ``ListLandingZones`` pages at most one item a page (``maxResults`` in
  ``[1, 1]``): the story's page sizes stay in the member's range.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from imported_models import fake_client, spec_from_folder
from story import Story
from test_stories import GeneratedCaller
from test_tag_paths import MODEL
from test_wrapped_shapes import _struct

from apigen import ir, naming
from apigen.views.fake_plan import fake_plan

QUERY = {"location": "querystring"}


def _spec(tmp_path: Path, model: dict[str, Any], pages: dict[str, Any]) -> tuple[ir.Service, str]:
    folder = tmp_path / "queues" / "2026-01-01"
    folder.mkdir(parents=True)
    (folder / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    (folder / "paginators-1.json").write_text(json.dumps({"pagination": pages}), "utf-8")
    return spec_from_folder(tmp_path, "queues", folder)


def _story(scratch_service: Any, service: ir.Service, text: str) -> Story:
    queue = next(r for r in service.resources if r.name == "Queue")
    with fake_client(scratch_service, text, "queues") as (client, error):
        story = Story(service, queue, GeneratedCaller(service, client, error))
        story.run({})
    return story


def test_a_required_list_member_of_another_shape_than_the_creates(
    tmp_path: Path, scratch_service: Any
) -> None:
    model = copy.deepcopy(MODEL)
    shapes = model["shapes"]
    shapes["Kind"] = {"type": "string", "enum": ["Fast", "Slow"]}
    shapes["KindSpec"] = _struct(["Slow"], Slow="S")
    shapes["Queue"]["members"]["Kind"] = {"shape": "Kind"}
    shapes["CreateQueueRequest"]["members"]["Kind"] = {"shape": "KindSpec"}
    shapes["CreateQueueRequest"]["required"].append("Kind")
    kind = {"shape": "Kind", **QUERY, "locationName": "kind"}
    shapes["ListQueuesRequest"] = _struct(["Kind"], Kind=kind)
    service, text = _spec(tmp_path, model, {})
    listed = next(o for o in service.operations if o.name == "ListQueues")
    create = next(o for o in service.operations if o.name == "CreateQueue")
    given = {m.name: service.shape(m.target).type for m in service.shape(create.input).members}
    asked = {m.name: service.shape(m.target).type for m in service.shape(listed.input).members}
    assert given["Kind"] is ir.ShapeType.STRUCTURE and asked["Kind"] is not given["Kind"]
    filters = fake_plan(service).operations["ListQueues"].filters
    assert naming.snake("Kind") not in {f.field for f in filters}, filters
    _story(scratch_service, service, text)  # lists every queue whatever Kind it asks


def test_page_sizes_stay_within_the_members_range(tmp_path: Path, scratch_service: Any) -> None:
    model = copy.deepcopy(MODEL)
    shapes = model["shapes"]
    shapes["One"] = {"type": "integer", "min": 1, "max": 1}
    page = {"shape": "One", **QUERY, "locationName": "maxResults"}
    token = {"shape": "S", **QUERY, "locationName": "nextToken"}
    shapes["ListQueuesRequest"] = _struct(MaxResults=page, NextToken=token)
    shapes["ListQueuesResponse"] = _struct(Queues="Queues", NextToken="S")
    pages = {
        "ListQueues": {
            "input_token": "NextToken",
            "output_token": "NextToken",
            "limit_key": "MaxResults",
            "result_key": "Queues",
        }
    }
    service, text = _spec(tmp_path, model, pages)
    listed = next(o for o in service.operations if o.name == "ListQueues")
    assert listed.paginated is not None and listed.paginated.page_size == "MaxResults"
    queue = next(r for r in service.resources if r.name == "Queue")
    assert queue.list == "ListQueues"
    _story(scratch_service, service, text)  # three queues listed a page at a time
