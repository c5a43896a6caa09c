"""rpcv2Cbor codec: what the botocore suite does not exercise, on a small hand-built service.

Expectations are the Smithy RPC v2 CBOR specification's: the request path and headers,
no body without input, CBOR data items (decoded here with cbor2, never with the codec),
and a server that reads only its own media type and judges values as CBOR typed them.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import cbor2
import pytest
from pydantic import AliasChoices, Field

from apigen.runtime.core.errors import ParamValidationError, ServiceError, UnsupportedMediaType
from apigen.runtime.core.http import HttpRequest, HttpResponse
from apigen.runtime.core.limits import DEFAULT_MAX_DEPTH
from apigen.runtime.core.model import ApigenModel, Empty, OpenEnum
from apigen.runtime.core.scalars import EpochSeconds, Float, Int32
from apigen.runtime.core.schema import ErrorSpec, OperationSpec, ServiceSpec
from apigen.runtime.protocols.registry import codec_for
from apigen.runtime.protocols.rpc_v2_cbor import RpcV2CborCodec
from apigen.runtime.server.app import ServerApp

WHEN = datetime(2014, 4, 29, 18, 30, 38, 500000, tzinfo=UTC)


class Color(OpenEnum):
    RED = "red"


def _field(wire: str) -> object:
    return Field(default=None, validation_alias=AliasChoices(wire), serialization_alias=wire)


class PutInput(ApigenModel):
    name: str | None = _field("Name")
    count: Int32 | None = _field("Count")
    ratio: Float | None = _field("Ratio")
    data: bytes | None = _field("Data")
    at: EpochSeconds | None = _field("At")
    color: Color | None = _field("Color")


class NotFound(ApigenModel):
    message: str | None = _field("message")


class NotFoundError(ServiceError):
    code = "ResourceNotFound"


PUT = OperationSpec(name="Put", input=PutInput, output=PutInput)
PING = OperationSpec(name="Ping", input=Empty, output=Empty)
ERRORS = {
    "ResourceNotFound": ErrorSpec(
        code="ResourceNotFound",
        shape=NotFound,
        exception=NotFoundError,
        status=404,
        type_name="ThingNotFound",
    )
}


def _codec(query_compatible: bool = False) -> RpcV2CborCodec:
    service = ServiceSpec(
        name="Things",
        protocol="rpcv2Cbor",
        version="1",
        operations={"Put": PUT, "Ping": PING},
        errors=ERRORS,
        target_prefix="ThingsService",
        query_compatible=query_compatible,
    )
    codec = codec_for(service)
    assert isinstance(codec, RpcV2CborCodec)
    return codec


def _request(body: object, *, path: str = "/service/ThingsService/operation/Put") -> HttpRequest:
    headers = [("smithy-protocol", "rpc-v2-cbor"), ("Content-Type", "application/cbor")]
    return HttpRequest("POST", path, "", headers, cbor2.dumps(body))


def test_request_is_a_cbor_map_posted_to_the_operation_path() -> None:
    params = PutInput(name="a", count=3, ratio=float("inf"), data=b"\x00\xff", at=WHEN)
    request = _codec().serialize_request(PUT, params)
    assert (request.method, request.path) == ("POST", "/service/ThingsService/operation/Put")
    assert request.header("smithy-protocol") == "rpc-v2-cbor"
    assert request.header("accept") == request.header("content-type") == "application/cbor"
    assert request.header("x-amzn-query-mode") is None
    body = cbor2.loads(request.body)
    assert body == {"Name": "a", "Count": 3, "Ratio": float("inf"), "Data": b"\x00\xff", "At": WHEN}
    # Tag 1 (0xc1: epoch seconds) on a double (0xfb), for fractional seconds.
    assert b"\xc1\xfb" + cbor2.dumps(WHEN.timestamp())[1:] in request.body


def test_no_input_sends_no_body_and_query_mode_when_compatible() -> None:
    request = _codec(query_compatible=True).serialize_request(PING, Empty())
    assert request.body == b""
    assert request.header("content-type") is None
    assert request.header("x-amzn-query-mode") == "true"


def test_server_routes_only_its_path_with_the_protocol_header() -> None:
    codec = _codec()
    assert codec.route(_request({})) == (PUT, {})
    assert codec.route(_request({}, path="/mount/service/ThingsService/operation/Put")) == (PUT, {})
    assert codec.route(_request({}, path="/service/Other/operation/Put")) is None
    assert codec.route(_request({}, path="/service/ThingsService/operation/Nope")) is None
    bare = HttpRequest("POST", "/service/ThingsService/operation/Put", "", [], b"")
    assert codec.route(bare) is None
    assert codec.misrouted(bare)[0] == 400
    get = HttpRequest("GET", "/service/ThingsService/operation/Put", "", [], b"")
    assert codec.misrouted(get)[0] == 404


def test_server_reads_typed_values() -> None:
    body = {"Name": "a", "Count": 3, "Ratio": 1, "Data": b"x", "At": WHEN, "Color": "red"}
    parsed = _codec().parse_request(PUT, _request(body), {})
    assert parsed == PutInput(name="a", count=3, ratio=1.0, data=b"x", at=WHEN, color=Color.RED)


@pytest.mark.parametrize(
    "body",
    [
        {"Data": "x"},  # a text string is no blob
        {"Count": "3"},  # nor a number
        {"Count": 1.5},
        {"Count": True},
        {"Count": 2**40},  # outside Int32
        {"Name": b"a"},  # a byte string is no text
        {"Color": "blue"},  # enums are closed on a server
    ],
)
def test_server_is_strict(body: dict[str, object]) -> None:
    with pytest.raises(ParamValidationError):
        _codec().parse_request(PUT, _request(body), {})


def test_server_refuses_other_media_types_and_unreadable_bodies() -> None:
    codec = _codec()
    json_request = HttpRequest(
        "POST",
        "/service/ThingsService/operation/Put",
        "",
        [("smithy-protocol", "rpc-v2-cbor"), ("Content-Type", "application/json")],
        b"{}",
    )
    with pytest.raises(UnsupportedMediaType):
        codec.parse_request(PUT, json_request, {})
    unreadable = ((b"\xff\x00", "json_invalid"), (b"\x01\x02", "json_invalid"))
    for body, kind in (*unreadable, (cbor2.dumps([1]), "json_type")):
        request = _request({})
        request.body = body
        with pytest.raises(ParamValidationError) as raised:
            codec.parse_request(PUT, request, {})
        assert raised.value.errors[0]["type"] == kind


def test_error_reply_names_the_shape_and_the_query_code() -> None:
    codec = _codec(query_compatible=True)
    error = NotFoundError("no such thing", shape=NotFound(message="no such thing"))
    response = codec.serialize_error(PUT, error)
    assert response.status == 404
    assert response.header("x-amzn-query-error") == "ResourceNotFound;Sender"
    assert cbor2.loads(response.body) == {"__type": "ThingNotFound", "message": "no such thing"}
    with pytest.raises(NotFoundError) as raised:
        codec.parse_response(PUT, response)
    assert raised.value.shape == NotFound(message="no such thing")


def test_client_reads_the_type_without_the_header() -> None:
    body = cbor2.dumps({"__type": "ns#ResourceNotFound", "message": "gone"})
    response = HttpResponse(400, [("Content-Type", "application/cbor")], body)
    with pytest.raises(NotFoundError) as raised:
        _codec().parse_response(PUT, response)
    assert raised.value.message == "gone"


class Handler:
    async def put(self, request: PutInput) -> PutInput:
        return request


def _app() -> ServerApp:
    return ServerApp(_codec().service, Handler(), methods={"Put": "put", "Ping": "ping"})


def _answer(request: HttpRequest) -> tuple[int, dict[str, object]]:
    response = asyncio.run(_app().handle(request))
    return response.status, cbor2.loads(response.body) if response.body else {}


def test_served_round_trip_and_the_errors_the_server_answers_itself() -> None:
    status, data = _answer(_request({"Name": "a", "At": WHEN}))
    assert (status, data) == (200, {"Name": "a", "At": WHEN})
    bad = _request({})
    bad.body = b"\xa1"  # a map cut short
    assert _answer(bad)[0] == 400
    assert _answer(bad)[1]["__type"] == "SerializationException"
    status, data = _answer(_request({"Count": "3"}))
    assert (status, data["__type"]) == (400, "ValidationException")
    ping = HttpRequest(
        "POST",
        "/service/ThingsService/operation/Ping",
        "",
        [("smithy-protocol", "rpc-v2-cbor")],
        b"",
    )
    assert _answer(ping)[0] == 501
    wrong = HttpRequest("GET", "/service/ThingsService/operation/Put", "", [], b"")
    assert _answer(wrong)[0] == 404


def test_blob_bytes_are_no_nesting_but_deep_nesting_is_refused() -> None:
    """A blob full of JSON brackets is data (the JSON depth scan must not see CBOR bodies);
    nesting past the default depth limit is an unreadable body, answered 400."""
    blob = b"[{" * 5000
    status, data = _answer(_request({"Data": blob}))
    assert (status, data["Data"]) == (200, blob)
    deep: object = "x"
    for _ in range(DEFAULT_MAX_DEPTH + 1):
        deep = [deep]
    status, data = _answer(_request({"Name": deep}))
    assert (status, data["__type"]) == (400, "SerializationException")
    response = HttpResponse(
        200, [("Content-Type", "application/cbor")], cbor2.dumps({"Data": blob})
    )
    assert _codec().parse_response(PUT, response) == PutInput(data=blob)
