"""awsJson1_0 / awsJson1_1 codec: both directions on a small hand-built service."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pydantic import AliasChoices, Field

from apigen.runtime.core.errors import (
    ParamValidationError,
    ResponseParseError,
    ServiceError,
    UnknownServiceError,
    UnsupportedMediaType,
)
from apigen.runtime.core.http import HttpRequest, HttpResponse
from apigen.runtime.core.model import ApigenModel, ApigenUnion, Empty
from apigen.runtime.core.scalars import DateTime, EpochSeconds, Float
from apigen.runtime.core.schema import ErrorSpec, MemberSpec, OperationSpec, ServiceSpec
from apigen.runtime.protocols.aws_json import AwsJsonCodec
from apigen.runtime.protocols.registry import codec_for

WHEN = datetime(2014, 4, 29, 18, 30, 38, tzinfo=UTC)


class Value(ApigenUnion):
    text: str | None = None
    number: int | None = None


class GetInput(ApigenModel):
    name: str = Field(validation_alias=AliasChoices("Name", "name"), serialization_alias="Name")
    since: EpochSeconds | None = Field(
        default=None, validation_alias=AliasChoices("Since", "since"), serialization_alias="Since"
    )
    data: bytes | None = Field(
        default=None, validation_alias=AliasChoices("Data", "data"), serialization_alias="Data"
    )
    ratio: Float | None = Field(
        default=None, validation_alias=AliasChoices("Ratio", "ratio"), serialization_alias="Ratio"
    )


class GetOutput(ApigenModel):
    created: DateTime | None = Field(
        default=None,
        validation_alias=AliasChoices("Created", "created"),
        serialization_alias="Created",
    )
    value: Value | None = Field(
        default=None, validation_alias=AliasChoices("Value", "value"), serialization_alias="Value"
    )


GET = OperationSpec(
    name="GetThing",
    input=GetInput,
    output=GetOutput,
    input_members=(
        MemberSpec("name", "Name", required=True),
        MemberSpec("since", "Since", kind="timestamp", timestamp_format="epoch-seconds"),
        MemberSpec("data", "Data", kind="blob"),
        MemberSpec("ratio", "Ratio", kind="double"),
    ),
    output_members=(
        MemberSpec("created", "Created", kind="timestamp"),
        MemberSpec("value", "Value", kind="union"),
    ),
)
PING = OperationSpec(name="Ping", input=Empty, output=Empty)


class Conflict(ApigenModel):
    message: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Message", "message"),
        serialization_alias="Message",
    )
    reason: str | None = Field(
        default=None,
        validation_alias=AliasChoices("Reason", "reason"),
        serialization_alias="Reason",
    )


class ThingsError(ServiceError):
    """The service's root error, as a generated errors module has it."""


class UnknownThingsError(ThingsError, UnknownServiceError):
    pass


class ConflictError(ThingsError):
    code = "ConflictException"
    shape: Conflict | None


def _service(protocol: str) -> ServiceSpec:
    return ServiceSpec(
        name="Things",
        protocol=protocol,
        version="2024-01-01",
        target_prefix="ThingsService_20240101",
        operations={"GetThing": GET, "Ping": PING},
        errors={
            "ConflictException": ErrorSpec(
                code="ConflictException", shape=Conflict, exception=ConflictError, status=409
            )
        },
        unknown_error=UnknownThingsError,
    )


SERVICE_11 = _service("awsJson1_1")
SERVICE_10 = _service("awsJson1_0")


@pytest.fixture
def codec() -> AwsJsonCodec:
    made = codec_for(SERVICE_11)
    assert isinstance(made, AwsJsonCodec)
    return made


def test_request_is_post_slash_with_target_and_json_version(codec: AwsJsonCodec) -> None:
    request = codec.serialize_request(
        GET, GetInput(name="n", since=WHEN, data=b"hi", ratio=float("-inf"))
    )
    assert (request.method, request.path, request.query) == ("POST", "/", "")
    assert request.headers == [
        ("X-Amz-Target", "ThingsService_20240101.GetThing"),
        ("Content-Type", "application/x-amz-json-1.1"),
    ]
    assert json.loads(request.body) == {
        "Name": "n",
        "Since": 1398796238,
        "Data": "aGk=",
        "Ratio": "-Infinity",
    }
    request_10 = codec_for(SERVICE_10).serialize_request(PING, Empty())
    assert request_10.body == b"{}"
    assert request_10.header("content-type") == "application/x-amz-json-1.0"


def test_response_parsing_ignores_unknown_members_and_union_tags(codec: AwsJsonCodec) -> None:
    body = b'{"Created": "2014-04-29T18:30:38Z", "Value": {"__type": "ns#Value", "number": 3}, "Other": 1}'
    output = codec.parse_response(GET, HttpResponse(200, [], body))
    assert output == GetOutput(created=WHEN, value=Value(number=3))
    assert codec.parse_response(PING, HttpResponse(200, [], b"")) == Empty()
    with pytest.raises(ResponseParseError):
        codec.parse_response(GET, HttpResponse(200, [], b"[1]"))


@pytest.mark.parametrize(
    "headers, body",
    [
        ([], b'{"__type": "com.example#ConflictException", "Message": "busy", "Reason": "r"}'),
        ([], b'{"code": "ConflictException:http://internal", "message": "busy", "Reason": "r"}'),
        ([("X-Amzn-ErrorType", "ConflictException")], b'{"Message": "busy", "Reason": "r"}'),
    ],
)
def test_modelled_errors(codec: AwsJsonCodec, headers: list[tuple[str, str]], body: bytes) -> None:
    with pytest.raises(ConflictError) as raised:
        codec.parse_response(GET, HttpResponse(409, headers, body))
    assert raised.value.message == "busy"
    assert raised.value.shape == Conflict(message="busy", reason="r")


def test_unknown_error(codec: AwsJsonCodec) -> None:
    with pytest.raises(UnknownThingsError) as raised:
        codec.parse_response(GET, HttpResponse(400, [], b'{"__type": "ns#Weird", "message": "m"}'))
    assert (raised.value.code, raised.value.message, raised.value.retryable) == (
        "Weird",
        "m",
        False,
    )


@pytest.mark.parametrize(
    "status, body, code",
    [
        (503, b"", "503"),
        (500, b"<html>", "500"),
        (400, b'{"__type": "ThrottlingException"}', "ThrottlingException"),
    ],
)
def test_an_unmodelled_error_is_under_the_service_root(
    codec: AwsJsonCodec, status: int, body: bytes, code: str
) -> None:
    with pytest.raises(ThingsError) as raised:  # `except <Service>Error` catches it
        codec.parse_response(GET, HttpResponse(status, [], body))
    error = raised.value
    assert type(error) is UnknownThingsError and isinstance(error, UnknownServiceError)
    assert error.code == code and error.retryable  # no code: the status as text, as botocore


def test_route_by_target(codec: AwsJsonCodec) -> None:
    target = [("X-Amz-Target", "ThingsService_20240101.Ping")]
    routed = codec.route(HttpRequest("POST", "/", "", target))
    assert routed is not None and routed[0].name == "Ping"
    assert codec.route(HttpRequest("GET", "/", "", target)) is None
    assert codec.route(HttpRequest("POST", "/x/y", "", target)) is None  # only POST /
    assert codec.route(HttpRequest("POST", "/", "", [("X-Amz-Target", "Other.Ping")])) is None
    assert (
        codec.route(HttpRequest("POST", "/", "", [("X-Amz-Target", "ThingsService_20240101.Nope")]))
        is None
    )


def test_server_round_trip(codec: AwsJsonCodec) -> None:
    params = GetInput(name="n", since=WHEN, data=b"\x00", ratio=float("nan"))
    request = codec.serialize_request(GET, params)
    parsed = codec.parse_request(GET, request, {})
    assert parsed.model_dump_json() == params.model_dump_json()
    with pytest.raises(ParamValidationError) as raised:
        codec.parse_request(GET, HttpRequest("POST", "/", "", JSON_11, b"{}"), {})
    assert raised.value.errors[0]["type"] == "missing"
    response = codec.serialize_response(GET, GetOutput(created=WHEN))
    assert (response.status, response.body) == (200, b'{"Created":"2014-04-29T18:30:38Z"}')


JSON_11 = [("Content-Type", "application/x-amz-json-1.1")]


@pytest.mark.parametrize(
    "content_type",
    [None, "application/json", "text/plain", "application/x-amz-json-1.0"],
)
def test_a_server_reads_only_its_own_content_type(
    codec: AwsJsonCodec, content_type: str | None
) -> None:
    headers = [] if content_type is None else [("Content-Type", content_type)]
    with pytest.raises(UnsupportedMediaType, match=r"application/x-amz-json-1\.1"):
        codec.parse_request(GET, HttpRequest("POST", "/", "", headers, b'{"Name": "n"}'), {})
    for given in ("application/x-amz-json-1.1", "Application/X-Amz-Json-1.1; charset=utf-8"):
        request = HttpRequest("POST", "/", "", [("Content-Type", given)], b'{"Name": "n"}')
        assert codec.parse_request(GET, request, {}) == GetInput(name="n")


def test_a_server_reads_json_types_strictly(codec: AwsJsonCodec) -> None:
    body = b'{"Name": 5, "Ratio": "1.5", "Since": true}'
    with pytest.raises(ParamValidationError) as raised:
        codec.parse_request(GET, HttpRequest("POST", "/", "", JSON_11, body), {})
    assert [(e["loc"], e["type"]) for e in raised.value.errors] == [
        (("Name",), "string_type"),
        (("Since",), "datetime_type"),
        (("Ratio",), "float_type"),
    ]


def test_server_errors_carry_type_first(codec: AwsJsonCodec) -> None:
    response = codec.serialize_error(GET, ConflictError("busy", shape=Conflict(reason="r")))
    assert response.status == 409
    assert response.header("X-Amzn-ErrorType") == "ConflictException"
    assert list(json.loads(response.body)) == ["__type", "Reason", "message"]
    with pytest.raises(ConflictError):
        codec.parse_response(GET, response)
    unmodelled = codec.serialize_error(None, UnknownServiceError("boom", code="InternalFailure"))
    assert unmodelled.status == 400
    assert json.loads(unmodelled.body) == {"__type": "InternalFailure", "message": "boom"}
