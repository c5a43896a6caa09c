"""CloudFront's shapes, on a small REST botocore model written here and imported as ``apigen
import`` imports one, through the story with the generated client:

- the list's items wrap the record (``PolicySummary.Policy`` beside its ``Type``) in a
  structure the output's payload holds (``PolicyList.Items``);
- the name is inside the record's config (``PolicyConfig.Name``), unique as a name is, and
  the config is the create's payload, kept whole;
- a collection GET not named ``List...`` answering the read's structure is a lookup
  (``GetGroupByName``, as CloudFront's ``GetConnectionGroupByRoutingEndpoint``), not a list;
- tagging names the resource by a member whose shape is an ARN (``Resource``, a
  ``ResourceARN``) whose pattern has no region, and wraps the tags and their keys in
  structures holding the list (``Tags.Items``, ``TagKeys.Items``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from imported_models import fake_client, metadata, operation, spec_from_model
from story import Story
from test_stories import GeneratedCaller

_op = partial(operation, errors=("NoSuchPolicy", "PolicyAlreadyExists"), code=200)


def _struct(required: list[str] | None = None, payload: str | None = None, **members: Any) -> Any:
    shape: dict[str, Any] = {
        "type": "structure",
        "members": {n: m if isinstance(m, dict) else {"shape": m} for n, m in members.items()},
    }
    if required:
        shape["required"] = required
    if payload:
        shape["payload"] = payload
    return shape


ID = {"shape": "S", "location": "uri", "locationName": "Id"}
ARN = {"shape": "ResourceARN", "location": "querystring", "locationName": "Resource"}
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("things", "rest-json"),
    "operations": {
        "CreatePolicy": _op("CreatePolicy", "POST", "/policies"),
        "GetPolicy": _op("GetPolicy", "GET", "/policies/{Id}"),
        "DeletePolicy": _op("DeletePolicy", "DELETE", "/policies/{Id}"),
        "ListPolicies": _op("ListPolicies", "GET", "/policies"),
        "CreateGroup": _op("CreateGroup", "POST", "/group"),
        "GetGroup": _op("GetGroup", "GET", "/group/{Id}"),
        "GetGroupByName": _op("GetGroupByName", "GET", "/group"),
        "TagResource": _op("TagResource", "POST", "/tagging?Operation=Tag"),
        "UntagResource": _op("UntagResource", "POST", "/tagging?Operation=Untag"),
        "ListTagsForResource": _op("ListTagsForResource", "GET", "/tagging"),
    },
    "shapes": {
        "S": {"type": "string"},
        "Name": {"type": "string", "min": 1, "max": 64, "pattern": "[a-zA-Z0-9]+"},
        "When": {"type": "timestamp"},
        "ResourceARN": {"type": "string", "pattern": "arn:aws(-cn)?:things::[0-9]+:.*"},
        "PolicyConfig": _struct(["Name"], Name="Name", Comment="S"),
        "Policy": _struct(
            ["Id", "LastModifiedTime", "PolicyConfig"],
            Id="S",
            Arn="S",
            LastModifiedTime="When",
            PolicyConfig="PolicyConfig",
        ),
        "PolicyType": {"type": "string", "enum": ["managed", "custom"]},
        "PolicySummary": _struct(["Type", "Policy"], Type="PolicyType", Policy="Policy"),
        "PolicySummaryList": {"type": "list", "member": {"shape": "PolicySummary"}},
        "PolicyList": _struct(["Quantity"], Quantity="Integer", Items="PolicySummaryList"),
        "Integer": {"type": "integer"},
        "CreatePolicyRequest": _struct(
            ["PolicyConfig"], "PolicyConfig", PolicyConfig="PolicyConfig"
        ),
        "CreatePolicyResponse": _struct(payload="Policy", Policy="Policy"),
        "GetPolicyRequest": _struct(["Id"], Id=ID),
        "GetPolicyResponse": _struct(payload="Policy", Policy="Policy"),
        "DeletePolicyRequest": _struct(["Id"], Id=ID),
        "DeletePolicyResponse": _struct(),
        "ListPoliciesRequest": _struct(),
        "ListPoliciesResponse": _struct(payload="PolicyList", PolicyList="PolicyList"),
        "Group": _struct(Id="S", Name="Name"),
        "CreateGroupRequest": _struct(["Name"], Name="Name"),
        "CreateGroupResponse": _struct(payload="Group", Group="Group"),
        "GetGroupRequest": _struct(["Id"], Id=ID),
        "GetGroupResponse": _struct(payload="Group", Group="Group"),
        "GetGroupByNameRequest": _struct(
            ["Name"], Name={"shape": "Name", "location": "querystring", "locationName": "Name"}
        ),
        "GetGroupByNameResponse": _struct(payload="Group", Group="Group"),
        "Tag": _struct(["Key"], Key="S", Value="S"),
        "TagList": {"type": "list", "member": {"shape": "Tag"}},
        "Tags": _struct(Items="TagList"),
        "TagKeyList": {"type": "list", "member": {"shape": "S"}},
        "TagKeys": _struct(Items="TagKeyList"),
        "TagResourceRequest": _struct(["Resource", "Tags"], "Tags", Resource=ARN, Tags="Tags"),
        "TagResourceResponse": _struct(),
        "UntagResourceRequest": _struct(
            ["Resource", "TagKeys"], "TagKeys", Resource=ARN, TagKeys="TagKeys"
        ),
        "UntagResourceResponse": _struct(),
        "ListTagsForResourceRequest": _struct(["Resource"], Resource=ARN),
        "ListTagsForResourceResponse": _struct(["Tags"], "Tags", Tags="Tags"),
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


def test_cloudfront_shapes_through_the_story(tmp_path: Path, scratch_service: Any) -> None:
    service, text = spec_from_model(tmp_path, "things", MODEL)
    resources = {r.name: r for r in service.resources}
    policy = resources["Policy"]
    assert policy.list == "ListPolicies", policy
    assert resources["Group"].list is None, resources["Group"]  # GetGroupByName: a lookup
    with fake_client(scratch_service, text, "things") as (client, error):
        story = Story(service, policy, GeneratedCaller(service, client, error))
        story.run({})
    assert "tags" in story.log and any(s.startswith("duplicate") for s in story.log), story.log
