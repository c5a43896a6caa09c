"""Keyword arguments → input models: validation off, and wire paths of validation errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated

import pytest
from annotated_types import Len
from pydantic import ConfigDict, Tag

from generator.runtime.codec import codec_for
from generator.runtime.errors import ParamValidationError
from generator.runtime.model import ApigenModel, Discriminated, EpochSeconds, Int32
from generator.runtime.params import build_input
from generator.runtime.schema import OperationSpec, ServiceSpec


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
