"""restJson1 codec: both directions on a small hand-built service."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest
from pydantic import AliasChoices, Field

from apigen.runtime.core.errors import (
    ParamValidationError,
    ResponseParseError,
    ServiceError,
    UnknownServiceError,
)
from apigen.runtime.core.http import HttpRequest, HttpResponse
from apigen.runtime.core.model import ApigenModel, Empty, OpenEnum
from apigen.runtime.core.scalars import DateTime, EpochSeconds, Float, HttpDate
from apigen.runtime.core.schema import ErrorSpec, MemberSpec, OperationSpec, ServiceSpec
from apigen.runtime.protocols.registry import codec_for
from apigen.runtime.protocols.rest_json import RestJsonCodec

WHEN = datetime(2019, 12, 16, 23, 48, 18, tzinfo=UTC)


class Color(OpenEnum):
    RED = "red"
    BLUE = "blue"


class Nested(ApigenModel):
    name: str | None = None
    when: EpochSeconds | None = None


class GetThingInput(ApigenModel):
    thing_id: str
    path: str
    tags: list[str] | None = None
    colors: list[Color] | None = None
    since: DateTime | None = None
    labels: list[str] | None = Field(
        default=None,
        validation_alias=AliasChoices("Labels", "labels"),
        serialization_alias="Labels",
    )
    modified: HttpDate | None = None
    meta: dict[str, str] | None = None
    extra: dict[str, list[str]] | None = None
    doc: object | None = None
    count: int | None = None
    ratio: Float | None = None
    flag: bool | None = None
    nested: Nested | None = None
    blob: bytes | None = None


class GetThingOutput(ApigenModel):
    status: int | None = None
    etag: str | None = None
    items: list[int] | None = None
    nested: Nested | None = None


GET_THING = OperationSpec(
    name="GetThing",
    input=GetThingInput,
    output=GetThingOutput,
    input_members=(
        MemberSpec("thing_id", "id", location="label", required=True),
        MemberSpec("path", "path", location="label", greedy=True, required=True),
        MemberSpec("tags", "tag", location="query", kind="list", item_kind="string"),
        MemberSpec("colors", "color", location="query", kind="list", item_kind="enum"),
        MemberSpec(
            "since", "since", location="query", kind="timestamp", timestamp_format="date-time"
        ),
        MemberSpec("labels", "X-Labels", location="header", kind="list", item_kind="string"),
        MemberSpec(
            "modified",
            "If-Modified-Since",
            location="header",
            kind="timestamp",
            timestamp_format="http-date",
        ),
        MemberSpec("meta", "x-meta-", location="prefix_headers", kind="map", item_kind="string"),
        MemberSpec("extra", "", location="query_params", kind="map", item_kind="list"),
        MemberSpec("doc", "X-Doc", location="header", kind="document"),
        MemberSpec("count", "count", kind="integer"),
        MemberSpec("ratio", "ratio", kind="double"),
        MemberSpec("flag", "flag", kind="boolean"),
        MemberSpec("nested", "nested", kind="structure"),
        MemberSpec("blob", "blob", kind="blob"),
    ),
    output_members=(
        MemberSpec("status", "", location="status", kind="integer"),
        MemberSpec("etag", "ETag", location="header"),
        MemberSpec("items", "X-Items", location="header", kind="list", item_kind="integer"),
        MemberSpec("nested", "nested", kind="structure"),
    ),
    method="POST",
    uri="/things/{id}/files/{path+}?mode=full",
    code=201,
)


class ListInput(ApigenModel):
    max_results: int | None = None


LIST_THINGS = OperationSpec(
    name="ListThings",
    input=ListInput,
    output=Empty,
    input_members=(MemberSpec("max_results", "maxResults", location="query", kind="integer"),),
    method="GET",
    uri="/things",
)


class PutPayloadInput(ApigenModel):
    thing_id: str
    body: Nested | None = None


PUT_PAYLOAD = OperationSpec(
    name="PutPayload",
    input=PutPayloadInput,
    output=Empty,
    input_members=(
        MemberSpec("thing_id", "id", location="label", required=True),
        MemberSpec("body", "body", location="payload", kind="structure"),
    ),
    method="PUT",
    uri="/things/{id}/payload",
)


class UploadInput(ApigenModel):
    data: bytes | None = None
    content_type: str | None = None


UPLOAD = OperationSpec(
    name="Upload",
    input=UploadInput,
    output=UploadInput,
    input_members=(
        MemberSpec("data", "data", location="payload", kind="blob"),
        MemberSpec("content_type", "Content-Type", location="header"),
    ),
    output_members=(
        MemberSpec("data", "data", location="payload", kind="blob"),
        MemberSpec("content_type", "Content-Type", location="header"),
    ),
    method="POST",
    uri="/things/upload",
)


class NotFound(ApigenModel):
    message: str | None = None
    resource: str | None = None


class ServiceBaseError(ServiceError):
    pass


class NotFoundError(ServiceBaseError):
    code = "NotFound"
    shape: NotFound | None


SERVICE = ServiceSpec(
    name="Things",
    protocol="restJson1",
    version="2024-01-01",
    operations={op.name: op for op in (GET_THING, LIST_THINGS, PUT_PAYLOAD, UPLOAD)},
    errors={
        "NotFound": ErrorSpec(
            code="NotFound",
            shape=NotFound,
            exception=NotFoundError,
            status=404,
            members=(
                MemberSpec("message", "message"),
                MemberSpec("resource", "X-Resource", location="header"),
            ),
        )
    },
)


@pytest.fixture
def codec() -> RestJsonCodec:
    made = codec_for(SERVICE)
    assert isinstance(made, RestJsonCodec)
    return made


def test_codec_for_is_shared_per_service() -> None:
    assert codec_for(SERVICE) is codec_for(SERVICE)


def test_request_binds_every_location(codec: RestJsonCodec) -> None:
    params = GetThingInput(
        thing_id="a b/c",
        path="dir/file name.txt",
        tags=["x", "y&z"],
        colors=[Color.RED, Color("green")],
        since=WHEN,
        labels=["plain", "has,comma", 'has"quote'],
        modified=WHEN,
        meta={"owner": "me"},
        extra={"tag": ["ignored"], "free": ["1", "2"]},
        doc={"k": [1, 2]},
        count=3,
        ratio=float("nan"),
        nested=Nested(name="n", when=WHEN),
        blob=b"\x00\x01",
    )
    request = codec.serialize_request(GET_THING, params)
    assert request.method == "POST"
    assert request.path == "/things/a%20b%2Fc/files/dir/file%20name.txt"
    assert request.query == (
        "mode=full&tag=x&tag=y%26z&color=red&color=green&since=2019-12-16T23%3A48%3A18Z&free=1&free=2"
    )
    headers = dict(request.headers)
    assert headers["X-Labels"] == 'plain, "has,comma", "has\\"quote"'
    assert headers["If-Modified-Since"] == "Mon, 16 Dec 2019 23:48:18 GMT"
    assert headers["x-meta-owner"] == "me"
    assert base64.b64decode(headers["X-Doc"]) == b'{"k":[1,2]}'
    assert headers["Content-Type"] == "application/json"
    assert json.loads(request.body) == {
        "count": 3,
        "ratio": "NaN",
        "nested": {"name": "n", "when": 1576540098},
        "blob": "AAE=",
    }


def test_no_body_members_means_no_body_and_no_content_type(codec: RestJsonCodec) -> None:
    request = codec.serialize_request(LIST_THINGS, ListInput(max_results=0))
    assert (request.method, request.path, request.query, request.headers, request.body) == (
        "GET",
        "/things",
        "maxResults=0",
        [],
        b"",
    )


def test_body_members_unset_send_an_empty_object(codec: RestJsonCodec) -> None:
    request = codec.serialize_request(GET_THING, GetThingInput(thing_id="t", path="p"))
    assert request.body == b"{}"
    assert request.query == "mode=full"
    assert ("Content-Type", "application/json") in request.headers


def test_empty_label_is_a_validation_error(codec: RestJsonCodec) -> None:
    with pytest.raises(ParamValidationError):
        codec.serialize_request(GET_THING, GetThingInput(thing_id="", path="p"))


def test_structure_payload_is_the_body(codec: RestJsonCodec) -> None:
    request = codec.serialize_request(
        PUT_PAYLOAD, PutPayloadInput(thing_id="t", body=Nested(name="n"))
    )
    assert request.body == b'{"name":"n"}'
    unset = codec.serialize_request(PUT_PAYLOAD, PutPayloadInput(thing_id="t"))
    assert unset.body == b"{}"  # as botocore sends an unset structure payload


def test_blob_payload_keeps_an_explicit_content_type(codec: RestJsonCodec) -> None:
    request = codec.serialize_request(
        UPLOAD, UploadInput(data=b"\xff\x00", content_type="image/png")
    )
    assert request.body == b"\xff\x00"
    assert request.headers == [("Content-Type", "image/png")]
    bare = codec.serialize_request(UPLOAD, UploadInput(data=b"raw"))
    assert bare.headers == [("Content-Type", "application/octet-stream")]
    empty = codec.serialize_request(UPLOAD, UploadInput())
    assert (empty.body, empty.headers) == (b"", [])


def test_response_reads_status_headers_and_body(codec: RestJsonCodec) -> None:
    response = HttpResponse(
        201,
        [("etag", '"abc"'), ("X-Items", "1, 2,3")],
        b'{"nested": {"name": "n", "when": "2019-12-16T23:48:18Z"}, "unknown": 1}',
    )
    output = codec.parse_response(GET_THING, response)
    assert output == GetThingOutput(
        status=201, etag='"abc"', items=[1, 2, 3], nested=Nested(name="n", when=WHEN)
    )


def test_blob_payload_response(codec: RestJsonCodec) -> None:
    output = codec.parse_response(UPLOAD, HttpResponse(200, [("Content-Type", "a/b")], b"\x00raw"))
    assert output == UploadInput(data=b"\x00raw", content_type="a/b")


def test_invalid_response_raises_response_parse_error(codec: RestJsonCodec) -> None:
    with pytest.raises(ResponseParseError):
        codec.parse_response(GET_THING, HttpResponse(200, [("X-Items", "one")], b"{}"))


@pytest.mark.parametrize(
    "headers, body",
    [
        ([("X-Amzn-ErrorType", "NotFound:http://internal/")], b'{"message": "gone"}'),
        ([], b'{"code": "com.example#NotFound", "message": "gone"}'),
        ([], b'{"__type": "com.example#NotFound:uri", "Message": "gone"}'),
    ],
)
def test_modelled_error(codec: RestJsonCodec, headers: list[tuple[str, str]], body: bytes) -> None:
    response = HttpResponse(
        404, [*headers, ("X-Resource", "r1"), ("x-amzn-requestid", "rid")], body
    )
    with pytest.raises(NotFoundError) as raised:
        codec.parse_response(GET_THING, response)
    error = raised.value
    assert (error.code, error.message, error.status, error.request_id) == (
        "NotFound",
        "gone",
        404,
        "rid",
    )
    assert error.shape is not None and error.shape.resource == "r1"


def test_unknown_error_is_retryable_when_5xx(codec: RestJsonCodec) -> None:
    with pytest.raises(UnknownServiceError) as raised:
        codec.parse_response(LIST_THINGS, HttpResponse(503, [], b"<html>down</html>"))
    assert raised.value.retryable and raised.value.code == "503"
    assert raised.value.message == "<html>down</html>"
    with pytest.raises(UnknownServiceError) as throttled:
        codec.parse_response(
            LIST_THINGS, HttpResponse(400, [("X-Amzn-ErrorType", "ThrottlingException")])
        )
    assert throttled.value.throttling and throttled.value.retryable
    with pytest.raises(UnknownServiceError) as unimplemented:
        codec.parse_response(
            LIST_THINGS, HttpResponse(501, [("X-Amzn-ErrorType", "NotImplemented")])
        )
    assert not unimplemented.value.retryable  # 501 is not transient


def test_route_prefers_literal_segments_and_checks_query_literals(codec: RestJsonCodec) -> None:
    routed = codec.route(HttpRequest("POST", "/things/upload", "", []))
    assert routed is not None and routed[0].name == "Upload"
    routed = codec.route(HttpRequest("POST", "/things/a%2Fb/files/x/y%20z", "mode=full&tag=1", []))
    assert routed is not None
    assert routed[0].name == "GetThing" and routed[1] == {"id": "a/b", "path": "x/y z"}
    assert (
        codec.route(HttpRequest("POST", "/things/a/files/x", "", [])) is None
    )  # mode=full missing
    assert codec.route(HttpRequest("DELETE", "/things", "", [])) is None


def test_request_round_trip_through_the_server_side(codec: RestJsonCodec) -> None:
    params = GetThingInput(
        thing_id="a/b",
        path="x/y",
        tags=["1"],
        since=WHEN,
        labels=["p", "q,r"],
        modified=WHEN,
        meta={"owner": "me"},
        doc=[1, "two"],
        count=7,
        ratio=float("inf"),
        flag=False,
        blob=b"\x00",
    )
    request = codec.serialize_request(GET_THING, params)
    routed = codec.route(request)
    assert routed is not None
    parsed = codec.parse_request(routed[0], request, routed[1])
    expected = params.model_copy(
        update={"extra": {"mode": ["full"], "tag": ["1"], "since": ["2019-12-16T23:48:18Z"]}}
    )
    assert parsed.model_dump_json() == expected.model_dump_json()


def test_invalid_request_is_a_param_validation_error(codec: RestJsonCodec) -> None:
    request = HttpRequest("POST", "/things/a/files/b", "mode=full", [], b'{"count": "many"}')
    with pytest.raises(ParamValidationError) as raised:
        codec.parse_request(GET_THING, request, {"id": "a", "path": "b"})
    assert raised.value.errors[0]["loc"] == ("count",)
    with pytest.raises(ParamValidationError):
        codec.parse_request(
            GET_THING, HttpRequest("POST", "/", "", [], b"{not json"), {"id": "a", "path": "b"}
        )


def test_server_response_and_error(codec: RestJsonCodec) -> None:
    response = codec.serialize_response(
        GET_THING, GetThingOutput(etag="e", items=[1, 2], nested=Nested(name="n"))
    )
    assert response.status == 201
    assert response.headers == [
        ("ETag", "e"),
        ("X-Items", "1, 2"),
        ("Content-Type", "application/json"),
    ]
    assert json.loads(response.body) == {"nested": {"name": "n"}}
    with_status = codec.serialize_response(GET_THING, GetThingOutput(status=202))
    assert with_status.status == 202 and with_status.body == b"{}"

    error = codec.serialize_error(GET_THING, NotFoundError("gone", shape=NotFound(resource="r1")))
    assert error.status == 404
    assert error.header("X-Amzn-ErrorType") == "NotFound"
    assert error.header("X-Resource") == "r1"
    assert json.loads(error.body) == {"message": "gone"}
    with pytest.raises(NotFoundError) as raised:
        codec.parse_response(GET_THING, error)
    assert raised.value.shape is not None and raised.value.shape.resource == "r1"

    unknown = codec.serialize_error(None, UnknownServiceError("boom", code="Internal", status=503))
    assert (unknown.status, unknown.header("x-amzn-errortype"), json.loads(unknown.body)) == (
        503,
        "Internal",
        {"message": "boom"},
    )
