"""S3 Files' access points, on a small REST botocore model written here and imported as
``apigen import`` imports one, with the generated client against the fake:

- the access point's ARN nests it in its file system (``file-system/fs-.../access-point/
  fsap-...``), where the pattern's region and account are one part (``[0-9a-z-:]+``): the
  fake fills the file system's segment from the record's ``fileSystemId``, whose shape takes
  an id or an ARN (the id is what the ARN holds), so every made ARN fits the pattern and
  the list (whose items require it) lists them;
- the tagging operations name the resource by a ``resourceId`` taking its id or its ARN:
  the fake finds the resource by either, and answers not-found for neither.

Every check is against the model's own patterns or what the client sent.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from imported_models import fake_client, metadata, operation, spec_from_model
from story import Story
from test_stories import GeneratedCaller
from test_wrapped_shapes import _struct

from apigen.regex_translate import to_python

HEX = "[0-9a-f]{17,40}"
FS = f"arn:aws[-a-z]*:files:[0-9a-z-:]+:file-system/fs-{HEX}"
PATTERNS = {
    "FileSystemId": f"({FS}|fs-{HEX})",
    "AccessPointArn": f"{FS}/access-point/fsap-{HEX}",
    "AccessPointId": f"({FS}/access-point/fsap-{HEX}|fsap-{HEX})",
    "ResourceId": f"({FS}(/access-point/fsap-{HEX})?|fs(ap)?-{HEX})",
}
POINT_ID = {"shape": "AccessPointId", "location": "uri", "locationName": "accessPointId"}
RESOURCE = {"shape": "ResourceId", "location": "uri", "locationName": "resourceId"}
FILE_SYSTEM = {"shape": "FileSystemId", "location": "querystring", "locationName": "fileSystemId"}
KEYS = {"shape": "Keys", "location": "querystring", "locationName": "tagKeys"}


_op = partial(operation, errors=("ResourceNotFoundException", "ConflictException"), code=200)


POINT = {
    "accessPointArn": "AccessPointArn",
    "accessPointId": "AccessPointId",
    "fileSystemId": "FileSystemId",
    "name": "S",
}
MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": metadata("files", "rest-json"),
    "operations": {
        "CreateAccessPoint": _op("CreateAccessPoint", "PUT", "/access-points"),
        "GetAccessPoint": _op("GetAccessPoint", "GET", "/access-points/{accessPointId}"),
        "DeleteAccessPoint": _op("DeleteAccessPoint", "DELETE", "/access-points/{accessPointId}"),
        "ListAccessPoints": _op("ListAccessPoints", "GET", "/access-points"),
        "TagResource": _op("TagResource", "POST", "/resource-tags/{resourceId}"),
        "UntagResource": _op("UntagResource", "DELETE", "/resource-tags/{resourceId}"),
        "ListTagsForResource": _op("ListTagsForResource", "GET", "/resource-tags/{resourceId}"),
    },
    "shapes": {
        "S": {"type": "string"},
        **{name: {"type": "string", "pattern": p} for name, p in PATTERNS.items()},
        "Tag": _struct(["key", "value"], key="S", value="S"),
        "Tags": {"type": "list", "member": {"shape": "Tag"}},
        "Keys": {"type": "list", "member": {"shape": "S"}},
        "AccessPoint": _struct(["accessPointArn", "accessPointId", "fileSystemId"], **POINT),
        "AccessPoints": {"type": "list", "member": {"shape": "AccessPoint"}},
        "CreateAccessPointRequest": _struct(
            ["fileSystemId"], fileSystemId="FileSystemId", name="S", tags="Tags"
        ),
        "CreateAccessPointResponse": _struct(**POINT),
        "GetAccessPointRequest": _struct(["accessPointId"], accessPointId=POINT_ID),
        "GetAccessPointResponse": _struct(**POINT),
        "DeleteAccessPointRequest": _struct(["accessPointId"], accessPointId=POINT_ID),
        "DeleteAccessPointResponse": _struct(),
        "ListAccessPointsRequest": _struct(["fileSystemId"], fileSystemId=FILE_SYSTEM),
        "ListAccessPointsResponse": _struct(["accessPoints"], accessPoints="AccessPoints"),
        "TagResourceRequest": _struct(["resourceId", "tags"], resourceId=RESOURCE, tags="Tags"),
        "TagResourceResponse": _struct(),
        "UntagResourceRequest": _struct(
            ["resourceId", "tagKeys"], resourceId=RESOURCE, tagKeys=KEYS
        ),
        "UntagResourceResponse": _struct(),
        "ListTagsForResourceRequest": _struct(["resourceId"], resourceId=RESOURCE),
        "ListTagsForResourceResponse": _struct(tags="Tags"),
        "ResourceNotFoundException": {
            **_struct(message="S"),
            "error": {"httpStatusCode": 404},
            "exception": True,
        },
        "ConflictException": {
            **_struct(message="S"),
            "error": {"httpStatusCode": 409},
            "exception": True,
        },
    },
}
FILE_SYSTEM_ID = "fs-" + "0123456789abcdef0"  # an id the model's pattern takes
assert re.fullmatch(to_python(PATTERNS["FileSystemId"]), FILE_SYSTEM_ID)


def test_nested_arns_fit_and_tagging_takes_the_id_or_the_arn(
    tmp_path: Path, scratch_service: Any
) -> None:
    _, text = spec_from_model(tmp_path, "files", MODEL)
    with fake_client(scratch_service, text, "files") as (client, error):
        made = [client.create_access_point(file_system_id=FILE_SYSTEM_ID) for _ in range(3)]
        arns = [m.access_point_arn for m in made]
        assert all(re.fullmatch(to_python(PATTERNS["AccessPointArn"]), a) for a in arns), arns
        assert all(f"/{FILE_SYSTEM_ID}/" in a for a in arns), arns
        listed = client.list_access_points(file_system_id=FILE_SYSTEM_ID).access_points
        assert sorted(i.access_point_arn for i in listed) == sorted(arns)
        first = made[0]
        client.tag_resource(resource_id=first.access_point_id, tags=[{"key": "k", "value": "v"}])
        tags = client.list_tags_for_resource(resource_id=first.access_point_arn).tags
        assert [(t.key, t.value) for t in tags or ()] == [("k", "v")]
        by_id = client.list_tags_for_resource(resource_id=first.access_point_id).tags
        assert [(t.key, t.value) for t in by_id or ()] == [("k", "v")]
        assert not client.list_tags_for_resource(resource_id=made[1].access_point_id).tags
        client.delete_access_point(access_point_id=first.access_point_id)
        with pytest.raises(error) as gone:
            client.list_tags_for_resource(resource_id=first.access_point_id)
        assert "NotFound" in type(gone.value).__name__, gone.value


def test_the_story_runs_with_id_or_arn_tagging(tmp_path: Path, scratch_service: Any) -> None:
    service, text = spec_from_model(tmp_path, "files", MODEL)
    point = next(r for r in service.resources if r.name == "AccessPoint")
    with fake_client(scratch_service, text, "files") as (client, error):
        story = Story(service, point, GeneratedCaller(service, client, error))
        story.run({})
    assert "tags" in story.log and any(e.startswith("delete") for e in story.log), story.log
