"""Tagging through operations not named ``TagResource``/``UntagResource``/
``ListTagsForResource`` (``apigen.tagging_operations``), on small REST botocore models
written here and imported as ``apigen import`` imports one, with the generated client
against the fake:

- SSM-like: ``AddTagsToResource``/``RemoveTagsFromResource``/``ListTagsForResource``
  naming the resource by ``ResourceType`` and ``ResourceId`` (a widget without an ARN);
- Route 53-like: ``ChangeTagsForResource`` adds ``AddTags`` and removes ``RemoveTagKeys``
  in one; ``ListTagsForResource`` answers a ``ResourceTagSet``, ``ListTagsForResources``
  one for each of several ids; on paths of their own, which no resource claims;
- SQS-like, per kind: ``TagQueue``/``UntagQueue``/``ListQueueTags`` by ``QueueUrl``;
- ELB-like, several at once: ``AddTags``/``RemoveTags`` (keys as ``Key``-only pairs)/
  ``DescribeTags`` by a list of ``BalancerIds``, answering an item each.

Every check is against what the client sent, the model's error shapes, or the story.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, spec_from_model, structure
from story import Story
from test_stories import GeneratedCaller

from apigen.tagging_operations import tag_operations
from apigen.views.fake_plan import fake_plan

URI = {"location": "uri"}


def _op(name: str, method: str, uri: str) -> dict[str, Any]:
    return {
        "name": name,
        "http": {"method": method, "requestUri": uri, "responseCode": 200},
        "input": {"shape": f"{name}Request"},
        "output": {"shape": f"{name}Response"},
        "errors": [{"shape": "WidgetNotFoundException"}],
    }


def _uri(shape: str, name: str) -> dict[str, Any]:
    return {"shape": shape, **URI, "locationName": name}


def _model(noun: str, own: str, operations: dict[str, Any], shapes: dict[str, Any]) -> Any:
    """A REST model of one ``noun`` resource (create, get, delete, list) whose own
    identifier is ``own``, beside ``operations`` and ``shapes``."""
    path = f"/{noun.lower()}s"
    item = f"{path}/{{{own}}}"
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2026-01-01",
            "endpointPrefix": "tagged",
            "protocol": "rest-json",
            "serviceFullName": "Tagged",
            "serviceId": "Tagged",
            "signatureVersion": "v4",
            "signingName": "tagged",
            "uid": "tagged-2026-01-01",
        },
        "operations": {
            f"Create{noun}": _op(f"Create{noun}", "POST", path),
            f"Get{noun}": _op(f"Get{noun}", "GET", item),
            f"Delete{noun}": _op(f"Delete{noun}", "DELETE", item),
            f"List{noun}s": _op(f"List{noun}s", "GET", path),
            **operations,
        },
        "shapes": {
            "S": {"type": "string"},
            "Keys": {"type": "list", "member": {"shape": "S"}},
            "Ids": {"type": "list", "member": {"shape": "S"}},
            "Tag": structure("Key", Key="S", Value="S"),
            "TagList": {"type": "list", "member": {"shape": "Tag"}},
            "TagMap": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "S"}},
            noun: structure(own, **{own: "S", "Name": "S"}),
            f"{noun}List": {"type": "list", "member": {"shape": noun}},
            f"Create{noun}Request": structure("Name", Name="S"),
            f"Create{noun}Response": structure(noun, **{noun: noun}),
            f"Get{noun}Request": {**structure(own), "members": {own: _uri("S", own)}},
            f"Get{noun}Response": structure(noun, **{noun: noun}),
            f"Delete{noun}Request": {**structure(own), "members": {own: _uri("S", own)}},
            f"Delete{noun}Response": structure(),
            f"List{noun}sRequest": structure(),
            f"List{noun}sResponse": structure(f"{noun}s", **{f"{noun}s": f"{noun}List"}),
            "WidgetNotFoundException": {
                **structure(message="S"),
                "error": {"httpStatusCode": 404},
                "exception": True,
            },
            **shapes,
        },
    }


SSM_LIKE = _model(
    "Widget",
    "WidgetId",
    {
        "AddTagsToResource": _op("AddTagsToResource", "POST", "/add-tags"),
        "RemoveTagsFromResource": _op("RemoveTagsFromResource", "POST", "/remove-tags"),
        "ListTagsForResource": _op("ListTagsForResource", "POST", "/list-tags"),
    },
    {
        "AddTagsToResourceRequest": structure(
            "ResourceType", "ResourceId", "Tags", ResourceType="S", ResourceId="S", Tags="TagList"
        ),
        "AddTagsToResourceResponse": structure(),
        "RemoveTagsFromResourceRequest": structure(
            "ResourceType",
            "ResourceId",
            "TagKeys",
            ResourceType="S",
            ResourceId="S",
            TagKeys="Keys",
        ),
        "RemoveTagsFromResourceResponse": structure(),
        "ListTagsForResourceRequest": structure(
            "ResourceType", "ResourceId", ResourceType="S", ResourceId="S"
        ),
        "ListTagsForResourceResponse": structure(TagList="TagList"),
    },
)
ROUTE53_LIKE = _model(
    "Widget",
    "WidgetId",
    {
        "ChangeTagsForResource": _op(
            "ChangeTagsForResource", "POST", "/tags/{ResourceType}/{ResourceId}"
        ),
        "ListTagsForResource": _op(
            "ListTagsForResource", "GET", "/tags/{ResourceType}/{ResourceId}"
        ),
        "ListTagsForResources": _op("ListTagsForResources", "POST", "/tags/{ResourceType}"),
    },
    {
        "ChangeTagsForResourceRequest": {
            **structure("ResourceType", "ResourceId", AddTags="TagList", RemoveTagKeys="Keys"),
            "members": {
                "ResourceType": _uri("S", "ResourceType"),
                "ResourceId": _uri("S", "ResourceId"),
                "AddTags": {"shape": "TagList"},
                "RemoveTagKeys": {"shape": "Keys"},
            },
        },
        "ChangeTagsForResourceResponse": structure(),
        "ListTagsForResourceRequest": {
            **structure("ResourceType", "ResourceId"),
            "members": {
                "ResourceType": _uri("S", "ResourceType"),
                "ResourceId": _uri("S", "ResourceId"),
            },
        },
        "ResourceTagSet": structure(ResourceType="S", ResourceId="S", Tags="TagList"),
        "ResourceTagSetList": {"type": "list", "member": {"shape": "ResourceTagSet"}},
        "ListTagsForResourceResponse": structure("ResourceTagSet", ResourceTagSet="ResourceTagSet"),
        "ListTagsForResourcesRequest": {
            **structure("ResourceType", "ResourceIds"),
            "members": {"ResourceType": _uri("S", "ResourceType"), "ResourceIds": {"shape": "Ids"}},
        },
        "ListTagsForResourcesResponse": structure(
            "ResourceTagSets", ResourceTagSets="ResourceTagSetList"
        ),
    },
)
SQS_LIKE = _model(
    "Queue",
    "QueueUrl",
    {
        "TagQueue": _op("TagQueue", "POST", "/tag-queue"),
        "UntagQueue": _op("UntagQueue", "POST", "/untag-queue"),
        "ListQueueTags": _op("ListQueueTags", "POST", "/list-queue-tags"),
    },
    {
        "TagQueueRequest": structure("QueueUrl", "Tags", QueueUrl="S", Tags="TagMap"),
        "TagQueueResponse": structure(),
        "UntagQueueRequest": structure("QueueUrl", "TagKeys", QueueUrl="S", TagKeys="Keys"),
        "UntagQueueResponse": structure(),
        "ListQueueTagsRequest": structure("QueueUrl", QueueUrl="S"),
        "ListQueueTagsResponse": structure(Tags="TagMap"),
    },
)

ELB_LIKE = _model(
    "Balancer",
    "BalancerId",
    {
        "AddTags": _op("AddTags", "POST", "/add-tags"),
        "RemoveTags": _op("RemoveTags", "POST", "/remove-tags"),
        "DescribeTags": _op("DescribeTags", "POST", "/describe-tags"),
    },
    {
        "KeyOnly": structure(Key="S"),
        "KeyOnlyList": {"type": "list", "member": {"shape": "KeyOnly"}},
        "AddTagsRequest": structure("BalancerIds", "Tags", BalancerIds="Ids", Tags="TagList"),
        "AddTagsResponse": structure(),
        "RemoveTagsRequest": structure(
            "BalancerIds", "Tags", BalancerIds="Ids", Tags="KeyOnlyList"
        ),
        "RemoveTagsResponse": structure(),
        "DescribeTagsRequest": structure("BalancerIds", BalancerIds="Ids"),
        "Described": structure(BalancerId="S", Tags="TagList"),
        "DescribedList": {"type": "list", "member": {"shape": "Described"}},
        "DescribeTagsResponse": structure(Descriptions="DescribedList"),
    },
)

S3_LIKE = _model(
    "Widget",
    "WidgetId",
    {
        "PutWidgetTagging": _op("PutWidgetTagging", "PUT", "/widgets/{WidgetId}/tagging"),
        "GetWidgetTagging": _op("GetWidgetTagging", "GET", "/widgets/{WidgetId}/tagging"),
        "DeleteWidgetTagging": _op("DeleteWidgetTagging", "DELETE", "/widgets/{WidgetId}/tagging"),
        "DeleteTagOption": _op("DeleteTagOption", "POST", "/delete-tag-option"),
    },
    {
        "Tagging": structure("TagSet", TagSet="TagList"),
        "PutWidgetTaggingRequest": {
            **structure("WidgetId", "Tagging"),
            "members": {"WidgetId": _uri("S", "WidgetId"), "Tagging": {"shape": "Tagging"}},
        },
        "PutWidgetTaggingResponse": structure(),
        "GetWidgetTaggingRequest": {
            **structure("WidgetId"),
            "members": {"WidgetId": _uri("S", "WidgetId")},
        },
        "GetWidgetTaggingResponse": structure("TagSet", TagSet="TagList"),
        "DeleteWidgetTaggingRequest": {
            **structure("WidgetId"),
            "members": {"WidgetId": _uri("S", "WidgetId")},
        },
        "DeleteWidgetTaggingResponse": structure(),
        "DeleteTagOptionRequest": structure("Id", Id="S"),  # an option's, no tag's
        "DeleteTagOptionResponse": structure(),
    },
)


def test_the_operations_are_recognised_by_names_and_shapes(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "ssmlike", SSM_LIKE)
    found = {n: (t.role, t.resource, t.tags, t.keys) for n, t in tag_operations(service).items()}
    assert found == {
        "AddTagsToResource": ("tag", "ResourceId", "Tags", None),
        "RemoveTagsFromResource": ("untag", "ResourceId", None, "TagKeys"),
        "ListTagsForResource": ("tags", "ResourceId", None, None),
    }
    service, _ = spec_from_model(tmp_path, "route53like", ROUTE53_LIKE)
    change = tag_operations(service)["ChangeTagsForResource"]
    assert (change.role, change.tags, change.keys) == ("tag", "AddTags", "RemoveTagKeys")
    assert tag_operations(service)["ListTagsForResources"].several
    service, _ = spec_from_model(tmp_path, "sqslike", SQS_LIKE)
    assert {t.kind for t in tag_operations(service).values()} == {"Queue"}


def test_no_resource_is_made_of_the_tagging_operations(tmp_path: Path) -> None:
    service, _ = spec_from_model(tmp_path, "route53like", ROUTE53_LIKE)
    assert [r.name for r in service.resources] == ["Widget"]
    plan = fake_plan(service)
    assert {"ChangeTagsForResource", "ListTagsForResource"} <= set(plan.operations)
    assert plan.operations["ListTagsForResources"].several


def test_a_put_replaces_the_set_and_a_delete_without_keys_clears_it(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, text = spec_from_model(tmp_path, "s3like", S3_LIKE)
    roles = {n: (t.role, t.replaces) for n, t in tag_operations(service).items()}
    assert roles == {
        "PutWidgetTagging": ("tag", True),
        "GetWidgetTagging": ("tags", False),
        "DeleteWidgetTagging": ("untag", False),
    }
    with fake_client(scratch_service, text, "s3like") as (client, _):
        made = client.create_widget(name="w").widget.widget_id
        client.put_widget_tagging(widget_id=made, tagging={"tag_set": [{"key": "a"}]})
        client.put_widget_tagging(widget_id=made, tagging={"tag_set": [{"key": "b"}]})
        assert _tags(client.get_widget_tagging(widget_id=made).tag_set) == {"b": ""}
        client.delete_widget_tagging(widget_id=made)
        assert _tags(client.get_widget_tagging(widget_id=made).tag_set) == {}


def _tags(listed: Any) -> dict[str, str]:
    return {t.key: t.value for t in listed or ()}


def test_tags_by_resource_type_and_id(tmp_path: Path, scratch_service: Any) -> None:
    _, text = spec_from_model(tmp_path, "ssmlike", SSM_LIKE)
    with fake_client(scratch_service, text, "ssmlike") as (client, error):
        made = client.create_widget(name="w").widget
        ids = {"resource_type": "Widget", "resource_id": made.widget_id}
        client.add_tags_to_resource(**ids, tags=[{"key": "a", "value": "1"}, {"key": "b"}])
        assert _tags(client.list_tags_for_resource(**ids).tag_list) == {"a": "1", "b": ""}
        client.remove_tags_from_resource(**ids, tag_keys=["a"])
        assert _tags(client.list_tags_for_resource(**ids).tag_list) == {"b": ""}
        with pytest.raises(error) as missing:
            client.list_tags_for_resource(resource_type="Widget", resource_id="no-such")
        assert type(missing.value).__name__ == "WidgetNotFoundException", missing.value


def test_one_operation_adds_and_removes(tmp_path: Path, scratch_service: Any) -> None:
    _, text = spec_from_model(tmp_path, "route53like", ROUTE53_LIKE)
    with fake_client(scratch_service, text, "route53like") as (client, error):
        made = client.create_widget(name="w").widget
        ids = {"resource_type": "widget", "resource_id": made.widget_id}
        client.change_tags_for_resource(**ids, add_tags=[{"key": "a", "value": "1"}])
        client.change_tags_for_resource(
            **ids, add_tags=[{"key": "b", "value": "2"}], remove_tag_keys=["a"]
        )
        listed = client.list_tags_for_resource(**ids).resource_tag_set
        assert _tags(listed.tags) == {"b": "2"}
        other = client.create_widget(name="v").widget.widget_id
        both = [made.widget_id, other]
        sets = client.list_tags_for_resources(resource_type="widget", resource_ids=both)
        got = {s.resource_id: _tags(s.tags) for s in sets.resource_tag_sets}
        assert got == {made.widget_id: {"b": "2"}, other: {}}
        with pytest.raises(error) as missing:
            client.list_tags_for_resources(resource_type="widget", resource_ids=["no-such"])
        assert type(missing.value).__name__ == "WidgetNotFoundException", missing.value


def test_a_per_kind_operation_tags_by_the_own_identifier(
    tmp_path: Path, scratch_service: Any
) -> None:
    _, text = spec_from_model(tmp_path, "sqslike", SQS_LIKE)
    with fake_client(scratch_service, text, "sqslike") as (client, _):
        url = client.create_queue(name="q").queue.queue_url
        client.tag_queue(queue_url=url, tags={"a": "1", "b": "2"})
        client.untag_queue(queue_url=url, tag_keys=["b"])
        assert client.list_queue_tags(queue_url=url).tags == {"a": "1"}


@pytest.mark.parametrize(
    ("name", "model"),
    [
        ("ssmlike", SSM_LIKE),
        ("route53like", ROUTE53_LIKE),
        ("sqslike", SQS_LIKE),
        ("elblike", ELB_LIKE),
    ],
)
def test_the_story_tags_through_them(
    tmp_path: Path, scratch_service: Any, name: str, model: Any
) -> None:
    service, text = spec_from_model(tmp_path, name, model)
    resource = service.resources[0]
    with fake_client(scratch_service, text, name) as (client, error):
        story = Story(service, resource, GeneratedCaller(service, client, error))
        story.run({})
    assert "tags" in story.log, story.log
