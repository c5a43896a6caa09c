"""What the recognised tagging operations (``apigen.tagging_operations``) answer beyond the
tags, on small REST botocore models (``test_tagging_operations``' forms), imported as
``apigen import`` imports one, with the generated client against the fake:

- CloudHSM-like: ``AddTagsToResource`` and ``RemoveTagsFromResource`` answer a required
  ``Status``, a value fitting its shape (the fake answered 500: nothing filled it);
- Direct Connect-like: ``DescribeTags`` of several resources answers ``ResourceTags``, an
  item each holding its ``Tags`` as pairs; the pairs are the item's (the fake read them off
  the output's ``ResourceTags``, whose items are no pairs, and answered none);
- SSM-like, a widget without an ARN created with tags: the create's tags and those a
  tagging operation adds are one set, listed and read back together (the fake kept the
  create's in the record and the others apart, so a later tag hid the first).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from imported_models import fake_client, spec_from_model, structure
from test_tagging_operations import ELB_LIKE, SSM_LIKE, _model, _op, _tags

STATUS = structure("Status", Status="S")
CLOUDHSM_LIKE = _model(
    "Widget",
    "WidgetId",
    {
        "AddTagsToResource": _op("AddTagsToResource", "POST", "/add-tags"),
        "RemoveTagsFromResource": _op("RemoveTagsFromResource", "POST", "/remove-tags"),
        "ListTagsForResource": _op("ListTagsForResource", "POST", "/list-tags"),
    },
    {
        "AddTagsToResourceRequest": structure(
            "ResourceId", "TagList", ResourceId="S", TagList="TagList"
        ),
        "AddTagsToResourceResponse": STATUS,
        "RemoveTagsFromResourceRequest": structure(
            "ResourceId", "TagKeyList", ResourceId="S", TagKeyList="Keys"
        ),
        "RemoveTagsFromResourceResponse": STATUS,
        "ListTagsForResourceRequest": structure("ResourceId", ResourceId="S"),
        "ListTagsForResourceResponse": structure("TagList", TagList="TagList"),
    },
)


def _direct_connect_like() -> dict[str, Any]:
    model = copy.deepcopy(ELB_LIKE)
    model["shapes"]["DescribeTagsResponse"] = structure(ResourceTags="DescribedList")
    return model


def test_a_required_answer_beside_the_tags_is_filled(tmp_path: Path, scratch_service: Any) -> None:
    _, text = spec_from_model(tmp_path, "hsmlike", CLOUDHSM_LIKE)
    with fake_client(scratch_service, text, "hsmlike") as (client, _):
        made = client.create_widget(name="w").widget.widget_id
        added = client.add_tags_to_resource(resource_id=made, tag_list=[{"key": "a", "value": "1"}])
        assert isinstance(added.status, str), added
        removed = client.remove_tags_from_resource(resource_id=made, tag_key_list=["a"])
        assert isinstance(removed.status, str), removed
        assert _tags(client.list_tags_for_resource(resource_id=made).tag_list) == {}


def test_each_items_tags_are_answered_as_its_pairs(tmp_path: Path, scratch_service: Any) -> None:
    _, text = spec_from_model(tmp_path, "dxlike", _direct_connect_like())
    with fake_client(scratch_service, text, "dxlike") as (client, _):
        one = client.create_balancer(name="one").balancer.balancer_id
        two = client.create_balancer(name="two").balancer.balancer_id
        client.add_tags(balancer_ids=[one], tags=[{"key": "a", "value": "1"}])
        client.add_tags(balancer_ids=[two], tags=[{"key": "b", "value": "2"}])
        described = client.describe_tags(balancer_ids=[one, two]).resource_tags or []
        got = {d.balancer_id: _tags(d.tags) for d in described}
        assert got == {one: {"a": "1"}, two: {"b": "2"}}, got


def _tagged_at_create() -> dict[str, Any]:
    model = copy.deepcopy(SSM_LIKE)
    shapes = model["shapes"]
    shapes["Widget"]["members"]["Tags"] = {"shape": "TagList"}
    shapes["CreateWidgetRequest"]["members"]["Tags"] = {"shape": "TagList"}
    return model


def test_a_create_and_a_tagging_operation_set_one_set_of_tags(
    tmp_path: Path, scratch_service: Any
) -> None:
    _, text = spec_from_model(tmp_path, "ssmtags", _tagged_at_create())
    with fake_client(scratch_service, text, "ssmtags") as (client, _):
        made = client.create_widget(name="w", tags=[{"key": "a", "value": "1"}]).widget
        ids = {"resource_type": "Widget", "resource_id": made.widget_id}
        assert _tags(client.list_tags_for_resource(**ids).tag_list) == {"a": "1"}
        client.add_tags_to_resource(**ids, tags=[{"key": "b", "value": "2"}])
        assert _tags(client.list_tags_for_resource(**ids).tag_list) == {"a": "1", "b": "2"}
        read = client.get_widget(widget_id=made.widget_id).widget
        assert _tags(read.tags) == {"a": "1", "b": "2"}, read
