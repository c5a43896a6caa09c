"""OpenAPI REST/JSON codec: payload bodies, parameter styles, Failure documents, directions."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, ClassVar

import pytest
from pydantic import Tag

from apigen.runtime.core.errors import ParamValidationError, ServiceError, UnknownServiceError
from apigen.runtime.core.http import HttpRequest, HttpResponse
from apigen.runtime.core.model import ApigenModel, Discriminated, Empty, UnknownVariant
from apigen.runtime.core.scalars import DateTime
from apigen.runtime.core.schema import (
    ErrorSpec,
    MemberSpec,
    OperationSpec,
    ResponseSpec,
    ServiceSpec,
)
from apigen.runtime.protocols.openapi_json import OpenApiJsonCodec
from apigen.runtime.protocols.registry import codec_for

WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


class Key(ApigenModel):
    id: str | None = None
    created_at: DateTime | None = None


class KeyList(ApigenModel):
    data: list[Key] | None = None


class ListKeysInput(ApigenModel):
    page_size: int | None = None
    page_token: str | None = None
    ids: list[str] | None = None
    states: list[str] | None = None
    since: DateTime | None = None


class ListKeysOutput(ApigenModel):
    key_list: KeyList | None = None
    request_id: str | None = None


class CreateKeyInput(ApigenModel):
    key: Key | None = None


class GetKeyInput(ApigenModel):
    id: str


class ErrorSource(ApigenModel):
    pointer: str | None = None


class ErrorItem(ApigenModel):
    status: str | None = None
    code: str | None = None
    title: str | None = None
    detail: str | None = None
    source: ErrorSource | None = None


class Failure(ApigenModel):
    errors: list[ErrorItem]


class FailureError(ServiceError):
    code = "Failure"
    shape: Failure | None


LIST_KEYS = OperationSpec(
    name="ListKeys",
    input=ListKeysInput,
    output=ListKeysOutput,
    input_members=(
        MemberSpec("page_size", "page_size", location="query", kind="integer"),
        MemberSpec("page_token", "page_token", location="query"),
        MemberSpec("ids", "id", location="query", kind="list", item_kind="string"),
        MemberSpec(
            "states", "state", location="query", kind="list", item_kind="string", explode=False
        ),
        MemberSpec(
            "since", "since", location="query", kind="timestamp", timestamp_format="date-time"
        ),
    ),
    output_members=(
        MemberSpec("key_list", "KeyList", location="payload", kind="structure"),
        MemberSpec("request_id", "X-Request-Id", location="header"),
    ),
    method="GET",
    uri="/keys",
    errors=("Failure",),
    responses=(
        ResponseSpec(200),
        ResponseSpec(400, error="Failure"),
        ResponseSpec(500, error="Failure", status_range="5XX"),
    ),
)
CREATE_KEY = OperationSpec(
    name="CreateKey",
    input=CreateKeyInput,
    output=Key,
    input_members=(MemberSpec("key", "Key", location="payload", kind="structure"),),
    output_members=(
        MemberSpec("id", "id"),
        MemberSpec("created_at", "created_at", kind="timestamp"),
    ),
    method="POST",
    uri="/keys",
    code=201,
    errors=("Failure",),
    responses=(ResponseSpec(201), ResponseSpec(0, error="Failure", status_range="default")),
)
GET_KEY = OperationSpec(
    name="GetKey",
    input=GetKeyInput,
    output=Key,
    input_members=(MemberSpec("id", "id", location="label", required=True),),
    output_members=(
        MemberSpec("id", "id"),
        MemberSpec("created_at", "created_at", kind="timestamp"),
    ),
    method="GET",
    uri="/keys/{id}",
    responses=(ResponseSpec(200), ResponseSpec(404, error="Failure")),
)
DELETE_KEY = OperationSpec(
    name="DeleteKey",
    input=GetKeyInput,
    output=Empty,
    input_members=(MemberSpec("id", "id", location="label", required=True),),
    method="DELETE",
    uri="/keys/{id}",
    code=204,
)
SERVICE = ServiceSpec(
    name="Byok",
    protocol="openapi",
    version="v1",
    operations={op.name: op for op in (LIST_KEYS, CREATE_KEY, GET_KEY, DELETE_KEY)},
    errors={"Failure": ErrorSpec(code="Failure", shape=Failure, exception=FailureError)},
)
FAILURE = b'{"errors": [{"status": "404", "code": "not_found", "title": "Not Found", "detail": "no key k1"}]}'


@pytest.fixture
def codec() -> OpenApiJsonCodec:
    made = codec_for(SERVICE)
    assert isinstance(made, OpenApiJsonCodec)
    return made


def test_query_styles_and_no_body(codec: OpenApiJsonCodec) -> None:
    params = ListKeysInput(page_size=10, ids=["a", "b"], states=["x", "y"], since=WHEN)
    request = codec.serialize_request(LIST_KEYS, params)
    assert request.query == "page_size=10&id=a&id=b&state=x,y&since=2024-05-01T12%3A00%3A00Z"
    assert (request.body, request.headers) == (b"", [])
    parsed = codec.parse_request(LIST_KEYS, request, {})
    assert parsed == params


def test_payload_is_the_whole_body(codec: OpenApiJsonCodec) -> None:
    request = codec.serialize_request(CREATE_KEY, CreateKeyInput(key=Key(id="k", created_at=WHEN)))
    assert json.loads(request.body) == {"id": "k", "created_at": "2024-05-01T12:00:00Z"}
    assert request.headers == [("Content-Type", "application/json")]
    unset = codec.serialize_request(CREATE_KEY, CreateKeyInput())
    assert (unset.body, unset.headers) == (b"", [])
    response = codec.parse_response(
        LIST_KEYS, HttpResponse(200, [("x-request-id", "r")], b'{"data": [{"id": "k"}]}')
    )
    assert response == ListKeysOutput(key_list=KeyList(data=[Key(id="k")]), request_id="r")


@pytest.mark.parametrize(
    "operation, status", [(GET_KEY, 404), (LIST_KEYS, 400), (LIST_KEYS, 503), (CREATE_KEY, 409)]
)
def test_failure_documents_map_by_status(
    codec: OpenApiJsonCodec, operation: OperationSpec, status: int
) -> None:
    with pytest.raises(FailureError) as raised:
        codec.parse_response(operation, HttpResponse(status, [], FAILURE))
    error = raised.value
    # The API's own code, as the body states it (the default envelope: no document here)
    assert (error.code, error.message, error.status) == ("not_found", "no key k1", status)
    assert error.shape is not None and error.shape.errors[0].code == "not_found"


def test_undeclared_status_is_unknown(codec: OpenApiJsonCodec) -> None:
    with pytest.raises(UnknownServiceError) as raised:
        codec.parse_response(DELETE_KEY, HttpResponse(429, [], FAILURE))
    assert (raised.value.code, raised.value.message, raised.value.retryable) == (
        "not_found",
        "no key k1",
        True,
    )


def test_route_and_labels(codec: OpenApiJsonCodec) -> None:
    routed = codec.route(HttpRequest("GET", "/keys/k%201", "", []))
    assert routed is not None and routed[0].name == "GetKey" and routed[1] == {"id": "k 1"}
    routed = codec.route(HttpRequest("GET", "/keys", "", []))
    assert routed is not None and routed[0].name == "ListKeys"
    assert codec.route(HttpRequest("PATCH", "/keys", "", [])) is None


def test_server_response_and_failure(codec: OpenApiJsonCodec) -> None:
    created = codec.serialize_response(CREATE_KEY, Key(id="k"))
    assert (created.status, created.body) == (201, b'{"id":"k"}')
    deleted = codec.serialize_response(DELETE_KEY, Empty())
    assert (deleted.status, deleted.body, deleted.headers) == (204, b"", [])
    listed = codec.serialize_response(
        LIST_KEYS, ListKeysOutput(key_list=KeyList(data=[]), request_id="r")
    )
    assert listed.headers == [("X-Request-Id", "r"), ("Content-Type", "application/json")]

    failure = codec.serialize_error(GET_KEY, FailureError("no key k1"))
    assert failure.status == 404  # the first status the operation declares for Failure
    assert json.loads(failure.body) == {
        "errors": [{"status": "404", "code": "Failure", "title": "Failure", "detail": "no key k1"}]
    }
    with pytest.raises(FailureError) as raised:
        codec.parse_response(GET_KEY, failure)
    assert raised.value.message == "no key k1"
    shaped = codec.serialize_error(
        LIST_KEYS, FailureError("x", status=400, shape=Failure.model_validate_json(FAILURE))
    )
    assert shaped.status == 400 and json.loads(shaped.body) == json.loads(FAILURE)


# -- directions: readOnly, writeOnly, unknown union variants ---------------------------------------


class Cat(ApigenModel):
    kind: str
    lives: int | None = None


class Account(ApigenModel):
    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(["id"])
    __apigen_write_only__: ClassVar[frozenset[str]] = frozenset(["password"])

    id: str | None = None
    password: str | None = None
    name: str | None = None
    pet: Annotated[Annotated[Cat, Tag("cat")] | UnknownVariant, Discriminated("kind")] | None = None
    friends: list[Account] | None = None


class AccountBody(ApigenModel):
    account: Account | None = None


PUT_ACCOUNT = OperationSpec(
    name="PutAccount",
    input=AccountBody,
    output=AccountBody,
    input_members=(MemberSpec("account", "Account", location="payload", kind="structure"),),
    output_members=(MemberSpec("account", "Account", location="payload", kind="structure"),),
    method="PUT",
    uri="/account",
)
ACCOUNT = AccountBody(
    account=Account(
        id="a", password="p", name="Ann", friends=[Account(id="b", password="q", name="Bo")]
    )
)


def test_a_client_leaves_read_only_members_out_of_requests(codec: OpenApiJsonCodec) -> None:
    request = codec.serialize_request(PUT_ACCOUNT, ACCOUNT)
    assert json.loads(request.body) == {
        "password": "p",
        "name": "Ann",
        "friends": [{"password": "q", "name": "Bo"}],
    }


def test_a_server_leaves_write_only_members_out_of_responses(codec: OpenApiJsonCodec) -> None:
    response = codec.serialize_response(PUT_ACCOUNT, ACCOUNT)
    assert json.loads(response.body) == {
        "id": "a",
        "name": "Ann",
        "friends": [{"id": "b", "name": "Bo"}],
    }
    error = FailureError("x", status=400, shape=Account(id="a", password="p"))
    assert json.loads(codec.serialize_error(PUT_ACCOUNT, error).body) == {"id": "a"}


def test_a_client_keeps_an_unknown_variant_a_server_rejects_it(codec: OpenApiJsonCodec) -> None:
    body = b'{"name": "Ann", "pet": {"kind": "fish", "fins": 2}}'
    parsed = codec.parse_response(PUT_ACCOUNT, HttpResponse(200, [], body))
    assert parsed.account is not None and isinstance(parsed.account.pet, UnknownVariant)
    assert parsed.account.pet.data == {"kind": "fish", "fins": 2}
    request = HttpRequest("PUT", "/account", "", [], body)
    with pytest.raises(ParamValidationError) as raised:
        codec.parse_request(PUT_ACCOUNT, request, {})
    [error] = raised.value.errors
    assert (error["type"], error["loc"]) == ("union_tag_invalid", ("account", "pet"))
    known = codec.parse_request(
        PUT_ACCOUNT, HttpRequest("PUT", "/account", "", [], b'{"pet": {"kind": "cat"}}'), {}
    )
    assert known.account == Account(pet=Cat(kind="cat"))
