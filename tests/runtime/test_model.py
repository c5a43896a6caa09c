"""The model bases on their own: dumping, open enums, unions, timestamps, patterns."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, ClassVar

import pydantic
import pytest
from pydantic import AliasChoices, Field

from generator.runtime.model import (
    ApigenModel,
    ApigenOneOf,
    ApigenUnion,
    DateTime,
    EpochSeconds,
    HttpDate,
    OpenEnum,
    OpenIntEnum,
    Pattern,
    UniqueItems,
)


class Meta(ApigenModel):
    __apigen_nullable__: ClassVar[frozenset[str]] = frozenset(["next", "nextPage", "next_page"])

    first: str | None = None
    next_page: str | None = Field(
        default=None,
        validation_alias=AliasChoices("next_page", "nextPage"),
        serialization_alias="nextPage",
    )


def test_unset_members_are_left_out_of_every_dump() -> None:
    assert Meta().model_dump(by_alias=True) == {}
    assert Meta(first="a").model_dump(by_alias=True, mode="json") == {"first": "a"}


def test_a_nullable_member_is_dumped_as_null_only_when_given() -> None:
    assert Meta.model_validate({"nextPage": None}).model_dump(by_alias=True) == {"nextPage": None}
    assert Meta(next_page=None).model_dump() == {"next_page": None}
    assert Meta(first=None).model_dump(by_alias=True) == {}
    assert Meta().model_dump_json(by_alias=True) == "{}"


class Color(OpenEnum):
    RED = "RED"


class Level(OpenIntEnum):
    ONE = 1


def test_open_enums_keep_unknown_values() -> None:
    assert Color("RED") is Color.RED
    assert Color("TEAL").value == "TEAL" and str(Color("TEAL")) == "TEAL"
    assert Level(7).value == 7
    with pytest.raises(ValueError):
        Color(3)
    with pytest.raises(ValueError):
        Level("7")


class Either(ApigenUnion):
    a: str | None = None
    b: int | None = None


class OneOf(ApigenOneOf):
    x: str | None = None
    y: str | None = None


def test_unions_want_exactly_one_variant_and_keep_unknown_ones() -> None:
    assert Either(a="1").unknown_variant is None
    kept = Either.model_validate({"c": {"deep": 1}, "__type": "T"})
    assert kept.unknown_variant == ("c", {"deep": 1})
    for bad in ({}, {"a": "1", "b": 2}):
        with pytest.raises(pydantic.ValidationError, match="exactly one of a, b"):
            Either.model_validate(bad)
    with pytest.raises(pydantic.ValidationError, match="got 2"):
        OneOf(x="1", y="2")


class Stamps(ApigenModel):
    epoch: EpochSeconds | None = None
    iso: DateTime | None = None
    http: HttpDate | None = None


def test_timestamps_parse_every_wire_form_and_dump_their_own() -> None:
    when = datetime(2014, 4, 29, 18, 30, 38, tzinfo=UTC)
    for raw in (1398796238, "1398796238", "2014-04-29T18:30:38Z", "Tue, 29 Apr 2014 18:30:38 GMT"):
        assert Stamps(epoch=raw).epoch == when  # type: ignore[arg-type]
    dumped = Stamps(epoch=when, iso=when.replace(microsecond=123000), http=when)
    assert dumped.model_dump(mode="json") == {
        "epoch": 1398796238,
        "iso": "2014-04-29T18:30:38.123Z",
        "http": "Tue, 29 Apr 2014 18:30:38 GMT",
    }


def test_pattern_is_searched_and_unique_items_enforced() -> None:
    class M(ApigenModel):
        name: Annotated[str, Pattern("[0-9]")] | None = None
        tags: Annotated[list[str], UniqueItems] | None = None

    assert M(name="ab1cd").name == "ab1cd"
    with pytest.raises(pydantic.ValidationError, match="should match pattern"):
        M(name="abc")
    with pytest.raises(pydantic.ValidationError, match="unique"):
        M(tags=["a", "a"])


def test_validation_errors_never_echo_the_input() -> None:
    class Secret(ApigenModel):
        count: int

    with pytest.raises(pydantic.ValidationError) as info:
        Secret.model_validate({"count": "hunter2-secret"})
    assert "hunter2" not in str(info.value)
