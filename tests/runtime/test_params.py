"""Keyword arguments → input models: validation off, and wire paths of validation errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated

import pytest
from annotated_types import Len
from pydantic import ConfigDict, Tag

from apigen.runtime.core.errors import ParamValidationError
from apigen.runtime.core.http import HttpRequest
from apigen.runtime.core.model import ApigenModel, Discriminated
from apigen.runtime.core.params import build_input
from apigen.runtime.core.scalars import EpochSeconds, HttpDate, Int32
from apigen.runtime.core.schema import MemberSpec, OperationSpec, ServiceSpec
from apigen.runtime.protocols.registry import codec_for


class Wire(ApigenModel):
    """Wire names are the Python names in PascalCase (``by_name`` → ``ByName``)."""

    model_config = ConfigDict(alias_generator=lambda name: name.title().replace("_", ""))


class Property(Wire):
    key: Annotated[str, Len(1, 3)]
    value: str | None = None


class Connection(Wire):
    name: Annotated[str, Len(1, 5)]
    port: Int32 | None = None
    created: EpochSeconds | None = None
    properties: list[Property] | None = None
    by_name: dict[str, Property] | None = None


class CreateInput(Wire):
    connection: Connection
    catalog: Annotated[str, Len(1, 3)] | None = None


CREATE = OperationSpec(name="Create", input=CreateInput, output=ApigenModel)
SERVICE = ServiceSpec(
    name="Glueish",
    protocol="awsJson1_1",
    version="1",
    operations={"Create": CREATE},
    target_prefix="Glueish",
)


def _sent(params: dict[str, object]) -> object:
    model = build_input(CREATE, params, validate=False)
    return json.loads(codec_for(SERVICE).serialize_request(CREATE, model).body)


def test_validation_off_sends_nested_dicts_as_their_structures() -> None:
    connection = {
        "Name": "far-too-long",  # wire names
        "port": 80,  # Python names
        "created": "2014-04-29T18:30:38Z",  # valid: sent in the wire format
        "Properties": [{"Key": "long-key", "Value": "v"}, {"key": "ok", "value": None}],
        "by_name": {"a": {"Key": "k"}},
        "NotAMember": 1,
    }
    assert _sent({"connection": connection, "catalog": "x" * 10}) == {
        "Connection": {
            "Name": "far-too-long",
            "Port": 80,
            "Created": 1398796238,
            "Properties": [{"Key": "long-key", "Value": "v"}, {"Key": "ok"}],
            "ByName": {"a": {"Key": "k"}},
        },
        "Catalog": "xxxxxxxxxx",
    }


def test_validation_off_sends_values_of_the_wrong_type_as_given() -> None:
    connection = {"name": 123, "port": "eighty", "created": "not a time", "properties": "x"}
    assert _sent({"connection": connection}) == {
        "Connection": {"Name": 123, "Port": "eighty", "Created": "not a time", "Properties": "x"}
    }


def test_validation_off_keeps_valid_input_validated() -> None:
    model = build_input(CREATE, {"connection": {"name": "n", "created": 0}}, validate=False)
    assert isinstance(model.connection, Connection)  # type: ignore[attr-defined]
    assert model.connection.created == datetime(1970, 1, 1, tzinfo=UTC)  # type: ignore[attr-defined]


def test_validation_on_lists_every_violation() -> None:
    with pytest.raises(ParamValidationError) as info:
        build_input(CREATE, {"connection": {"Name": "far-too-long", "Port": 2**40}})
    assert [e["path"] for e in info.value.errors] == ["Connection.Name", "Connection.Port"]


# -- wire paths and messages ------------------------------------------------------------------


class Cat(Wire):
    kind: str
    lives: Int32


class Dog(Wire):
    kind: str
    names: list[str]


Pet = Annotated[
    Annotated[Cat, Tag("cat")] | Annotated[Dog, Tag("dog")], Discriminated("Kind", "kind")
]


class Owner(Wire):
    pet: Pet
    pets: list[Pet] | None = None


OWN = OperationSpec(name="Own", input=Owner, output=ApigenModel)


def test_paths_go_inside_discriminated_unions() -> None:
    params = {
        "pet": {"Kind": "dog", "Names": "rex"},
        "pets": [{"Kind": "cat", "Lives": "x"}, {"Kind": "dog"}],
    }
    with pytest.raises(ParamValidationError) as info:
        build_input(OWN, params)
    assert [e["path"] for e in info.value.errors] == [
        "Pet.Names",
        "Pets[0].Lives",
        "Pets[1].Names",
    ]


def test_an_unknown_tag_is_never_in_a_message() -> None:
    with pytest.raises(ParamValidationError) as info:
        build_input(OWN, {"pet": {"Kind": "TOPSECRET"}})
    [error] = info.value.errors
    assert error == {
        "path": "Pet",
        "type": "union_tag_invalid",
        "message": "Input tag does not match any of the expected tags: 'cat', 'dog'",
    }
    assert "TOPSECRET" not in str(info.value)


# -- validation off: members bound outside the body -------------------------------------------


class Bound(ApigenModel):
    thing: str | None = None
    since: HttpDate | None = None
    count: Int32 | None = None
    ids: list[Int32] | None = None


BOUND = OperationSpec(
    name="Bind",
    input=Bound,
    output=ApigenModel,
    input_members=(
        MemberSpec("thing", "thing", location="label", required=True),
        MemberSpec(
            "since", "X-Since", location="header", kind="timestamp", timestamp_format="http-date"
        ),
        MemberSpec("count", "count", location="query", kind="integer"),
    ),
    method="GET",
    uri="/things/{thing}",
)
LISTED = OperationSpec(
    name="Listed",
    input=Bound,
    output=ApigenModel,
    input_members=(
        MemberSpec("ids", "ids", location="label", kind="list", item_kind="integer"),
        MemberSpec("count", "count", location="query", kind="integer"),
    ),
    method="GET",
    uri="/things/{ids}",
)


def _request(protocol: str, operation: OperationSpec, params: dict[str, object]) -> HttpRequest:
    service = ServiceSpec(
        name="Binder", protocol=protocol, version="1", operations={operation.name: operation}
    )
    model = build_input(operation, params, validate=False)
    return codec_for(service).serialize_request(operation, model)


def test_validation_off_sends_wrongly_typed_scalars_as_given() -> None:
    params = {"thing": 7, "since": "yesterday", "count": "eighty"}
    request = _request("restJson1", BOUND, params)
    assert request.path == "/things/7"
    assert request.query == "count=eighty"
    assert ("X-Since", "yesterday") in request.headers
    listed = _request("openapi", LISTED, {"ids": [1, "two", 3.5], "count": 2.5})
    assert (listed.path, listed.query) == ("/things/1,two,3.5", "count=2.5")


@pytest.mark.parametrize(
    ("operation", "member", "params"),
    [
        (BOUND, "since", {"thing": "t", "since": {"day": "SECRET"}}),
        (BOUND, "count", {"thing": "t", "count": ["SECRET", 1]}),
        (LISTED, "ids", {"ids": "SECRET"}),
        (LISTED, "ids", {"ids": 12345}),
        (LISTED, "ids", {"ids": [1, {"x": "SECRET"}]}),
    ],
)
def test_validation_off_refuses_values_with_no_text_form(
    operation: OperationSpec, member: str, params: dict[str, object]
) -> None:
    protocol = "openapi" if operation is LISTED else "restJson1"
    with pytest.raises(ParamValidationError) as info:
        _request(protocol, operation, params)
    [error] = info.value.errors
    assert error == {"path": member, "type": "unsendable", "message": str(info.value)}
    assert member in str(info.value)
    assert "SECRET" not in str(info.value) and "12345" not in str(info.value)


class Aliased(Wire):
    thing_id: str | None = None
    since_when: HttpDate | None = None


ALIASED = OperationSpec(
    name="Aliased",
    input=Aliased,
    output=ApigenModel,
    input_members=(
        MemberSpec("thing_id", "ThingId", location="label", required=True),
        MemberSpec(
            "since_when",
            "X-Since",
            location="header",
            kind="timestamp",
            timestamp_format="http-date",
        ),
    ),
    method="GET",
    uri="/things/{ThingId}",
)


@pytest.mark.parametrize(
    ("params", "record"),
    [
        (
            {"thing_id": ""},
            {"path": "ThingId", "type": "missing", "message": "URI labels must be non-empty"},
        ),
        ({"thing_id": "t", "since_when": ["SECRET"]}, {"path": "SinceWhen", "type": "unsendable"}),
    ],
)
def test_bound_members_fail_with_the_same_records_as_validation(
    params: dict[str, object], record: dict[str, str]
) -> None:
    with pytest.raises(ParamValidationError) as info:
        _request("restJson1", ALIASED, params)
    [error] = info.value.errors
    assert error == {"message": str(info.value), **record}  # the member's wire path
    with pytest.raises(ParamValidationError) as validated:
        build_input(ALIASED, {"since_when": ["SECRET"]})
    assert validated.value.errors[0].keys() == error.keys()
