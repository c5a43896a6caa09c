"""Fake plan rules an imported model exercises, on a small botocore model written here and
imported as ``apigen import`` imports one (resources inferred, nothing declared):

- a record's required union that the create input names otherwise (``association`` in,
  ``associationData`` out, as Q Connect's associations) gets a value: without it every
  output holding the record is invalid and the record is dropped;
- an own identifier whose shape is an ``...Identifier`` is the record's ``id`` (a fresh
  value fitting its pattern and length), not the ARN (Timestream for InfluxDB);
- an own identifier whose shape takes no ARN (Mail Manager's ``ai-...`` ``AddonInstanceId``)
  is made in its own format even when the read's record carries only the ARN;
- a list whose items sit in the output's payload structure (CloudFront's
  ``AnycastIpLists.Items``) lists them there, the structure's required members filled;
- a child whose parent the fake cannot create (no create: Cognito Sync's identity pools
  are made in Cognito Identity) is made under any parent identifier, not refused as
  not found;
- a list input member carrying the own identifier lists that one (Lightsail's
  ``bucketName`` for the record's ``name``); a timestamp named as a record member is a
  window's bound (IoT's ``startTime``), never an equality filter; nor is a member naming
  a record field no write sets (Chime SDK Voice's ``VoiceProfileDomainId``);
- tags listed in a member named ``TagList`` (Network Manager's ``ListTagsForResource``)
  are answered there;
- a create input structure is unwrapped into the record when it holds a record member of
  that name and shape (``Paint.Colour``), not one of another shape (``Spec.Colour``, as
  Bedrock's ``policyDefinition.version`` is a format's version, not the policy's).
"""

from __future__ import annotations

import importlib
import re
from functools import partial
from pathlib import Path
from typing import Any

from imported_models import metadata, operation, spec_from_model

from apigen import ir, naming
from apigen.regex_translate import to_python
from apigen.runtime.fake import plan as fp
from apigen.runtime.fake.ids import fresh_id
from apigen.views.fake_plan import fake_plan

_op = partial(operation, errors=("ResourceNotFoundException",), code=200)


def _s(**members: str) -> dict[str, Any]:
    return {"shape": "S", **members}


MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("widgets", "rest-json"),
    "operations": {
        "CreateWidget": _op("CreateWidget", "POST", "/widgets"),
        "GetWidget": _op("GetWidget", "GET", "/widgets/{identifier}"),
        "ListWidgets": _op("ListWidgets", "GET", "/widgets"),
        "DeleteWidget": _op("DeleteWidget", "DELETE", "/widgets/{identifier}"),
        "CreateBucket": _op("CreateBucket", "POST", "/buckets"),
        "GetBuckets": _op("GetBuckets", "GET", "/buckets"),
        "DeleteBucket": _op("DeleteBucket", "DELETE", "/buckets/{bucketName}"),
        "CreateAddon": _op("CreateAddon", "POST", "/addons"),
        "GetAddon": _op("GetAddon", "GET", "/addons/{AddonId}"),
        "ListAddons": _op("ListAddons", "GET", "/addons"),
        "DeleteAddon": _op("DeleteAddon", "DELETE", "/addons/{AddonId}"),
        "DescribePool": _op("DescribePool", "GET", "/pools/{PoolId}"),
        "ListPools": _op("ListPools", "GET", "/pools"),
        "CreatePart": _op("CreatePart", "POST", "/pools/{PoolId}/parts"),
        "DescribePart": _op("DescribePart", "GET", "/pools/{PoolId}/parts/{PartName}"),
        "ListParts": _op("ListParts", "GET", "/pools/{PoolId}/parts"),
        "DeletePart": _op("DeletePart", "DELETE", "/pools/{PoolId}/parts/{PartName}"),
        "TagResource": _op("TagResource", "POST", "/tags/{ResourceArn}"),
        "ListTagsForResource": _op("ListTagsForResource", "GET", "/tags/{ResourceArn}"),
    },
    "shapes": {
        "S": {"type": "string"},
        "WidgetId": {"type": "string", "min": 3, "max": 64, "pattern": "[a-zA-Z0-9]+"},
        "WidgetIdentifier": {"type": "string", "min": 3, "max": 64, "pattern": "[a-zA-Z0-9]+"},
        "WidgetName": {"type": "string", "min": 1, "max": 40},
        "Arn": {"type": "string", "min": 1, "max": 1011},
        "AssociationIn": {"type": "structure", "union": True, "members": {"knowledgeBaseId": _s()}},
        "KnowledgeBaseData": {
            "type": "structure",
            "members": {"knowledgeBaseId": _s(), "knowledgeBaseArn": _s()},
        },
        "AssociationOut": {
            "type": "structure",
            "union": True,
            "members": {"knowledgeBaseAssociation": {"shape": "KnowledgeBaseData"}},
        },
        "Widget": {
            "type": "structure",
            "required": ["id", "arn", "name", "associationData"],
            "members": {
                "id": {"shape": "WidgetId"},
                "arn": {"shape": "Arn"},
                "name": {"shape": "WidgetName"},
                "associationData": {"shape": "AssociationOut"},
                "startTime": {"shape": "Time"},
                "domainId": {"shape": "S"},
            },
        },
        "Time": {"type": "timestamp"},
        "WidgetList": {"type": "list", "member": {"shape": "Widget"}},
        "CreateWidgetRequest": {
            "type": "structure",
            "required": ["name", "association"],
            "members": {"name": {"shape": "WidgetName"}, "association": {"shape": "AssociationIn"}},
        },
        "CreateWidgetResponse": {"type": "structure", "members": {"widget": {"shape": "Widget"}}},
        "GetWidgetRequest": {
            "type": "structure",
            "required": ["identifier"],
            "members": {
                "identifier": {
                    "shape": "WidgetIdentifier",
                    "location": "uri",
                    "locationName": "identifier",
                }
            },
        },
        "GetWidgetResponse": {"type": "structure", "members": {"widget": {"shape": "Widget"}}},
        "DeleteWidgetRequest": {
            "type": "structure",
            "required": ["identifier"],
            "members": {
                "identifier": {
                    "shape": "WidgetIdentifier",
                    "location": "uri",
                    "locationName": "identifier",
                }
            },
        },
        "DeleteWidgetResponse": {"type": "structure", "members": {}},
        "ListWidgetsRequest": {
            "type": "structure",
            "members": {
                "startTime": {
                    "shape": "Time",
                    "location": "querystring",
                    "locationName": "startTime",
                },
                "domainId": {"shape": "S", "location": "querystring", "locationName": "domainId"},
                "namePrefix": {"shape": "S", "location": "querystring", "locationName": "prefix"},
                "widgetName": {
                    "shape": "WidgetName",
                    "location": "querystring",
                    "locationName": "widgetName",
                },
            },
        },
        "ListWidgetsResponse": {
            "type": "structure",
            "members": {"widgets": {"shape": "WidgetList"}},
        },
        "Bucket": {"type": "structure", "members": {"name": _s(), "arn": {"shape": "Arn"}}},
        "BucketList": {"type": "list", "member": {"shape": "Bucket"}},
        "CreateBucketRequest": {
            "type": "structure",
            "required": ["bucketName"],
            "members": {"bucketName": _s()},
        },
        "CreateBucketResponse": {"type": "structure", "members": {"bucket": {"shape": "Bucket"}}},
        "GetBucketsRequest": {
            "type": "structure",
            "members": {
                "bucketName": _s(location="querystring", locationName="bucketName"),
            },
        },
        "GetBucketsResponse": {
            "type": "structure",
            "members": {"buckets": {"shape": "BucketList"}},
        },
        "DeleteBucketRequest": {
            "type": "structure",
            "required": ["bucketName"],
            "members": {"bucketName": _s(location="uri", locationName="bucketName")},
        },
        "DeleteBucketResponse": {"type": "structure", "members": {}},
        "AddonId": {"type": "string", "min": 4, "max": 67, "pattern": "ai-[a-zA-Z0-9]{1,64}"},
        "AddonIdPath": {
            "type": "structure",
            "required": ["AddonId"],
            "members": {
                "AddonId": {"shape": "AddonId", "location": "uri", "locationName": "AddonId"}
            },
        },
        "CreateAddonRequest": {"type": "structure", "members": {"AddonName": _s()}},
        "CreateAddonResponse": {
            "type": "structure",
            "required": ["AddonId"],
            "members": {"AddonId": {"shape": "AddonId"}},
        },
        "GetAddonRequest": {"$ref": "AddonIdPath"},
        "DeleteAddonRequest": {"$ref": "AddonIdPath"},
        "GetAddonResponse": {
            "type": "structure",
            "members": {"AddonName": _s(), "AddonArn": {"shape": "Arn"}},
        },
        "DeleteAddonResponse": {"type": "structure", "members": {}},
        "AddonSummary": {
            "type": "structure",
            "members": {"AddonId": {"shape": "AddonId"}, "AddonArn": {"shape": "Arn"}},
        },
        "AddonList": {"type": "list", "member": {"shape": "AddonSummary"}},
        "ListAddonsRequest": {"type": "structure", "members": {}},
        "AddonPage": {
            "type": "structure",
            "required": ["Quantity"],
            "members": {"Items": {"shape": "AddonList"}, "Quantity": {"shape": "Count"}},
        },
        "Count": {"type": "integer"},
        "ListAddonsResponse": {
            "type": "structure",
            "members": {"AddonPage": {"shape": "AddonPage"}},
            "payload": "AddonPage",
        },
        "PoolId": {"type": "string", "min": 1, "max": 55, "pattern": "[a-z]+-[a-z0-9]+"},
        "PoolIdPath": {
            "type": "structure",
            "required": ["PoolId"],
            "members": {"PoolId": {"shape": "PoolId", "location": "uri", "locationName": "PoolId"}},
        },
        "PartPath": {
            "type": "structure",
            "required": ["PoolId", "PartName"],
            "members": {
                "PoolId": {"shape": "PoolId", "location": "uri", "locationName": "PoolId"},
                "PartName": _s(location="uri", locationName="PartName"),
            },
        },
        "Pool": {
            "type": "structure",
            "members": {"PoolId": {"shape": "PoolId"}, "Size": {"shape": "Count"}},
        },
        "PoolList": {"type": "list", "member": {"shape": "Pool"}},
        "DescribePoolRequest": {"$ref": "PoolIdPath"},
        "DescribePoolResponse": {"type": "structure", "members": {"Pool": {"shape": "Pool"}}},
        "ListPoolsRequest": {"type": "structure", "members": {}},
        "ListPoolsResponse": {"type": "structure", "members": {"Pools": {"shape": "PoolList"}}},
        "Part": {
            "type": "structure",
            "members": {"PoolId": {"shape": "PoolId"}, "PartName": _s(), "Colour": _s()},
        },
        "PartList": {"type": "list", "member": {"shape": "Part"}},
        "CreatePartRequest": {
            "type": "structure",
            "required": ["PoolId", "PartName"],
            "members": {
                "PoolId": {"shape": "PoolId", "location": "uri", "locationName": "PoolId"},
                "PartName": _s(),
                "Colour": _s(),
                "Paint": {"shape": "PartPaint"},
                "Spec": {"shape": "PartSpec"},
            },
        },
        "PartPaint": {"type": "structure", "members": {"Colour": _s()}},
        "ColourFormat": {"type": "string"},
        "PartSpec": {"type": "structure", "members": {"Colour": {"shape": "ColourFormat"}}},
        "CreatePartResponse": {"type": "structure", "members": {"Part": {"shape": "Part"}}},
        "DescribePartRequest": {"$ref": "PartPath"},
        "DescribePartResponse": {"type": "structure", "members": {"Part": {"shape": "Part"}}},
        "DeletePartRequest": {"$ref": "PartPath"},
        "DeletePartResponse": {"type": "structure", "members": {}},
        "ListPartsRequest": {"$ref": "PoolIdPath"},
        "ListPartsResponse": {"type": "structure", "members": {"Parts": {"shape": "PartList"}}},
        "Tag": {"type": "structure", "members": {"Key": _s(), "Value": _s()}},
        "TagList": {"type": "list", "member": {"shape": "Tag"}},
        "TagResourceRequest": {
            "type": "structure",
            "required": ["ResourceArn", "Tags"],
            "members": {
                "ResourceArn": {"shape": "Arn", "location": "uri", "locationName": "ResourceArn"},
                "Tags": {"shape": "TagList"},
            },
        },
        "TagResourceResponse": {"type": "structure", "members": {}},
        "ListTagsForResourceRequest": {
            "type": "structure",
            "required": ["ResourceArn"],
            "members": {
                "ResourceArn": {"shape": "Arn", "location": "uri", "locationName": "ResourceArn"},
            },
        },
        "ListTagsForResourceResponse": {
            "type": "structure",
            "members": {"TagList": {"shape": "TagList"}},
        },
        "ResourceNotFoundException": {
            "type": "structure",
            "members": {"message": _s()},
            "error": {"httpStatusCode": 404},
            "exception": True,
        },
    },
}


for _name, _shape in MODEL["shapes"].items():  # the input shapes alike (one written here)
    if "$ref" in _shape:
        MODEL["shapes"][_name] = MODEL["shapes"][_shape["$ref"]]


def _service(tmp_path: Path) -> ir.Service:
    return spec_from_model(tmp_path, "widgets", MODEL)[0]


def _text(tmp_path: Path) -> str:
    return spec_from_model(tmp_path, "widgets", MODEL)[1]


def _planned(tmp_path: Path, create: str) -> tuple[ir.Service, ir.Resource, fp.FakePlan]:
    service = _service(tmp_path)
    (resource,) = [r for r in service.resources if r.create == create]
    return service, resource, fake_plan(service)


def _shape(service: ir.Service, name: str) -> ir.Shape:
    return next(s for s in service.shapes.values() if s.name == name)


def test_a_required_union_the_create_names_otherwise_gets_a_value(tmp_path: Path) -> None:
    service, resource, plan = _planned(tmp_path, "CreateWidget")
    record = _shape(service, "Widget")
    unions = [
        m
        for m in record.members
        if m.required and service.shape(m.target).type is ir.ShapeType.UNION
    ]
    assert unions
    skeleton = plan.resources[resource.name].skeleton
    for member in unions:
        value = skeleton.get(naming.snake(member.name))
        variants = {naming.snake(v.name) for v in service.shape(member.target).members}
        assert isinstance(value, dict) and len(value) == 1 and set(value) <= variants, skeleton


def test_an_identifier_shape_is_carried_by_the_records_id(tmp_path: Path) -> None:
    service, resource, plan = _planned(tmp_path, "CreateWidget")
    _, target = resource.identifiers[-1]
    (own,) = plan.resources[resource.name].identifiers
    assert own.field == "id_" and own.made != fp.MADE_ARN, own
    shape = service.shape(target)
    made = fresh_id(own)
    assert shape.constraints.length is not None and shape.constraints.length.max is not None
    assert len(made) <= shape.constraints.length.max
    assert shape.constraints.pattern
    assert re.fullmatch(to_python(shape.constraints.pattern), made), made


def test_a_list_member_carrying_the_own_identifier_filters_by_it(tmp_path: Path) -> None:
    service, resource, plan = _planned(tmp_path, "CreateBucket")
    own_name, _ = resource.identifiers[-1]
    own = plan.resources[resource.name].identifiers[-1]
    listed = next(o for o in service.operations if o.name == resource.list)
    carrier = next(m for m in service.shape(listed.input or "").members if m.name == own_name)
    assert own.field != naming.snake(carrier.name)  # the record names it otherwise
    filters = plan.operations[listed.name].filters
    assert fp.FakeFilter(naming.snake(carrier.name), own.field) in filters, filters


def test_a_timestamp_of_a_list_is_no_equality_filter(tmp_path: Path) -> None:
    service, resource, plan = _planned(tmp_path, "CreateWidget")
    listed = next(o for o in service.operations if o.name == resource.list)
    record = {naming.snake(m.name): m.target for m in _shape(service, "Widget").members}
    times = [
        naming.snake(m.name)
        for m in service.shape(listed.input or "").members
        if service.shape(m.target).type is ir.ShapeType.TIMESTAMP and naming.snake(m.name) in record
    ]
    assert times  # the model has one: the rule is exercised
    filters = plan.operations[listed.name].filters
    assert not [f for f in filters if f.input in times and f.how == "eq"], filters


def test_a_list_filters_only_by_fields_a_write_sets(tmp_path: Path) -> None:
    service, resource, plan = _planned(tmp_path, "CreateWidget")
    listed = next(o for o in service.operations if o.name == resource.list)
    record = {naming.snake(m.name) for m in _shape(service, "Widget").members}
    written = {
        naming.snake(m.name)
        for o in service.operations
        if o.name in (resource.create, resource.update, resource.put) and o.input
        for m in service.shape(o.input).members
    }
    asked = {naming.snake(m.name) for m in service.shape(listed.input or "").members}
    unset = (asked & record) - written - {"start_time"}
    assert unset  # the model has one: the rule is exercised
    filters = plan.operations[listed.name].filters
    assert not [f for f in filters if f.field in unset], filters
    assert [f for f in filters if f.field in written], filters  # the others still filter


def test_an_identifier_whose_shape_takes_no_arn_is_made_in_its_format(tmp_path: Path) -> None:
    service, resource, plan = _planned(tmp_path, "CreateAddon")
    _, target = resource.identifiers[-1]
    (own,) = plan.resources[resource.name].identifiers
    assert own.made != fp.MADE_ARN, own
    shape = service.shape(target)
    assert shape.constraints.pattern
    assert re.search(to_python(shape.constraints.pattern), fresh_id(own)), fresh_id(own)
    arn = plan.resources[resource.name].arn or ""
    assert f"{{{resource.identifiers[-1][0]}}}" in arn, arn  # the ARN carries the id


def test_a_list_inside_the_payload_is_listed_there(tmp_path: Path) -> None:
    service, resource, plan = _planned(tmp_path, "CreateAddon")
    listed = next(o for o in service.operations if o.name == resource.list)
    output = service.shape(listed.output or "")
    (payload,) = [m for m in output.members if m.http and m.http.location is ir.Location.PAYLOAD]
    page = service.shape(payload.target)
    (inner,) = [m for m in page.members if service.shape(m.target).type is ir.ShapeType.LIST]
    planned = plan.operations[listed.name]
    assert planned.items == f"{naming.snake(payload.name)}.{naming.snake(inner.name)}"
    wrapper = planned.skeleton.get(naming.snake(payload.name))
    assert isinstance(wrapper, dict), planned.skeleton
    assert {naming.snake(m.name) for m in page.members if m.required} <= set(wrapper)


def test_a_child_of_a_parent_made_elsewhere_is_made_under_any_parent(
    tmp_path: Path, scratch_service: Any
) -> None:
    service, resource, _ = _planned(tmp_path, "CreatePart")
    parent = next(r for r in service.resources if resource.name in r.resources)
    assert parent.create is None and parent.put is None
    package = scratch_service(_text(tmp_path), "widgets")
    root = package.__name__.split(".")[0]
    fake = importlib.import_module(f"{package.__name__}.fake")
    asgi = importlib.import_module(f"{root}._runtime.transport.asgi")
    client_class = importlib.import_module(f"{package.__name__}.client").WidgetsClient
    handler = getattr(fake, fake.__all__[0])(delay=0)
    with asgi.AsgiTransport(fake.create_fake_app(handler)) as transport:
        client = client_class(
            transport=transport,
            region="us-east-1",
            aws_access_key_id="AKID",
            aws_secret_access_key="secret",
        )
        client.create_part(pool_id="eu-pool1", part_name="left", colour="red")
        got = client.describe_part(pool_id="eu-pool1", part_name="left")
        assert got.part is not None and got.part.colour == "red", got
        listed = client.list_parts(pool_id="eu-pool1").parts or []
        assert [p.part_name for p in listed] == ["left"]
        assert not client.list_parts(pool_id="eu-pool2").parts


def test_tags_listed_in_a_tag_list_member_are_answered_there(tmp_path: Path) -> None:
    service = _service(tmp_path)
    listing = next(o for o in service.operations if o.name == "ListTagsForResource")
    tag = next(o for o in service.operations if o.name == "TagResource")
    sent = next(m for m in service.shape(tag.input or "").members if m.name == "Tags")
    # the listing's tags: its member of the shape TagResource takes them in
    (answered,) = [
        m for m in service.shape(listing.output or "").members if m.target == sent.target
    ]
    assert not answered.name.lower().endswith("tags")
    assert fake_plan(service).operations[listing.name].record == naming.snake(answered.name)


def test_an_input_structure_unwraps_only_the_records_own_members(tmp_path: Path) -> None:
    service, _, plan = _planned(tmp_path, "CreatePart")
    record = _shape(service, "Part")
    colour = record.get_member("Colour")
    assert colour is not None
    paint, spec = _shape(service, "PartPaint"), _shape(service, "PartSpec")
    assert [m.target for m in paint.members] == [colour.target]
    assert [m.name for m in spec.members] == ["Colour"] and spec.members[0].target != colour.target
    assert plan.operations["CreatePart"].unwrap == ("paint",), plan.operations["CreatePart"]
