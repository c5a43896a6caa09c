"""The model bases on their own: dumping, open enums, unions, timestamps, patterns, and the
OpenAPI parts: readOnly/writeOnly by direction, discriminated unions, narrowing structures."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar

import pydantic
import pytest
from pydantic import AliasChoices, Field, Tag

from apigen.runtime.core.directions import AS_REQUEST, AS_RESPONSE, REQUEST, RESPONSE, direction
from apigen.runtime.core.model import (
    AS_SERVER,
    ApigenModel,
    ApigenNarrowed,
    ApigenOneOf,
    ApigenUnion,
    Discriminated,
    OpenEnum,
    OpenIntEnum,
    UnknownVariant,
    read_json,
)
from apigen.runtime.core.redact import HIDDEN_INPUT, without_input
from apigen.runtime.core.scalars import DateTime, EpochSeconds, HttpDate, Pattern, UniqueItems


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


SECRET = "hunter2-very-secret"


class Login(ApigenModel):
    user: str
    password: Annotated[str, Field(max_length=64, repr=False)]


class Vault(ApigenModel):
    name: str
    login: Login


#: (model, input) pairs, each failing next to or on ``SECRET``.
FAILURES = {
    "missing member next to a secret": (Login, {"password": SECRET}),
    "too-long secret": (Login, {"user": "u", "password": SECRET * 5}),
    "wrongly typed secret": (Login, {"user": "u", "password": [SECRET]}),
    "nested model": (Vault, {"login": {"password": SECRET, "user": 7}}),
}


def _entry_points(model: type[ApigenModel], data: dict[str, Any]) -> list[Callable[[], Any]]:
    return [
        lambda: model(**data),
        lambda: model.model_validate(data),
        lambda: model.model_validate_json(json.dumps(data)),
        lambda: model.model_validate_strings(data),
    ]


@pytest.mark.parametrize("case", list(FAILURES))
def test_validation_errors_carry_no_input_values(case: str) -> None:
    model, data = FAILURES[case]
    for entry in _entry_points(model, data):
        with pytest.raises(pydantic.ValidationError) as info:
            entry()
        error = info.value
        texts = (str(error), repr(error), error.json(), repr(error.errors()), repr(error.args))
        assert not [t for t in texts if SECRET in t], case
        assert {e["input"] for e in error.errors()} == {HIDDEN_INPUT}
        assert error.__context__ is None and error.__cause__ is None


@pytest.mark.parametrize("case", list(FAILURES))
def test_validation_errors_keep_everything_but_the_input(case: str) -> None:
    model, data = FAILURES[case]
    validator = model.__pydantic_validator__
    for entry, original in [
        (lambda: model.model_validate(data), validator.validate_python),
        (lambda: model.model_validate_json(json.dumps(data)), _validate_json(model)),
        (lambda: model.model_validate_strings(data), validator.validate_strings),
    ]:
        with pytest.raises(pydantic.ValidationError) as ours:
            entry()
        with pytest.raises(pydantic.ValidationError) as pydantics:
            original(data)
        assert ours.value.title == pydantics.value.title
        assert ours.value.errors(include_input=False) == pydantics.value.errors(include_input=False)
        assert str(ours.value) == str(pydantics.value)


def _validate_json(model: type[ApigenModel]) -> Callable[[Any], Any]:
    return lambda data: model.__pydantic_validator__.validate_json(json.dumps(data))


def test_the_runtime_custom_errors_keep_their_messages_and_context() -> None:
    class M(ApigenModel):
        name: Annotated[str, Pattern("[0-9]")] | None = None

    with pytest.raises(pydantic.ValidationError) as info:
        OneOf(x=SECRET, y=SECRET)
    [error] = info.value.errors()
    assert error == {
        "type": "exactly_one",
        "loc": (),
        "msg": "exactly one of x, y must be set, got 2",
        "input": HIDDEN_INPUT,
        "ctx": {"names": "x, y", "count": 2},
    }
    with pytest.raises(pydantic.ValidationError) as info:
        M(name="no digits")
    [error] = info.value.errors()
    assert (error["type"], error["msg"], error["ctx"]) == (
        "string_pattern_mismatch",
        "String should match pattern '[0-9]'",
        {"pattern": "[0-9]"},
    )
    assert "url" not in error  # as pydantic reports a custom error


def test_an_unknown_union_tag_is_left_out_of_the_error() -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        ClosedOwner.model_validate({"pet": {"kind": SECRET}})
    [error] = info.value.errors()
    assert error["type"] == "union_tag_invalid" and SECRET not in info.value.json()
    with pytest.raises(pydantic.ValidationError) as pydantics:
        ClosedOwner.__pydantic_validator__.validate_python({"pet": {"kind": SECRET}})
    [original] = pydantics.value.errors()
    assert error["msg"] == original["msg"].replace(f"Input tag '{SECRET}' found", "Input tag found")
    assert error["ctx"] == {k: v for k, v in original["ctx"].items() if k != "tag"}


def test_a_message_the_input_type_changes_is_kept_as_given() -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        Vault.model_validate_json('{"name": "v", "login": 7}')
    python = without_input(info.value, "python")  # pydantic would say "a valid dictionary"
    assert python.errors(include_input=False) == [
        {
            "type": "model_type",
            "loc": ("login",),
            "msg": "Input should be an object",
            "ctx": {"class_name": "Login"},
        }
    ]
    assert [e["msg"] for e in without_input(info.value, "json").errors()] == [
        "Input should be an object"
    ]


def test_nested_models_are_validated_without_the_wrapping_init() -> None:
    assert not Vault.__pydantic_custom_init__ and not Login.__pydantic_custom_init__
    vault = Vault(name="v", login={"user": "u", "password": SECRET})  # type: ignore[arg-type]
    assert vault.login == Login(user="u", password=SECRET)


# -- OpenAPI: readOnly and writeOnly ------------------------------------------------------------


class Account(ApigenModel):
    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(["id", "created_at", "createdAt"])
    __apigen_write_only__: ClassVar[frozenset[str]] = frozenset(["password"])

    id: str | None = None
    created_at: str | None = Field(
        default=None,
        validation_alias=AliasChoices("created_at", "createdAt"),
        serialization_alias="createdAt",
    )
    password: str | None = None
    name: str | None = None


class Team(ApigenModel):
    __apigen_read_only__: ClassVar[frozenset[str]] = frozenset(["id"])

    id: str | None = None
    lead: Account | None = None
    members: list[Account] | None = None


TEAM = Team(
    id="t",
    lead=Account(id="a", created_at="2024", password="p", name="Ann"),
    members=[Account(id="b", password="q")],
)


def test_read_only_members_stay_out_of_requests_at_every_level() -> None:
    sent = {"lead": {"password": "p", "name": "Ann"}, "members": [{"password": "q"}]}
    assert TEAM.model_dump(by_alias=True, context=AS_REQUEST) == sent
    assert json.loads(TEAM.model_dump_json(by_alias=True, context=AS_REQUEST)) == sent
    assert TEAM.model_dump(context={"direction": REQUEST}) == sent  # Python names too


def test_write_only_members_stay_out_of_responses_at_every_level() -> None:
    answered = {
        "id": "t",
        "lead": {"id": "a", "createdAt": "2024", "name": "Ann"},
        "members": [{"id": "b"}],
    }
    assert TEAM.model_dump(by_alias=True, context=AS_RESPONSE) == answered
    assert json.loads(TEAM.model_dump_json(by_alias=True, context=AS_RESPONSE)) == answered


def test_without_a_direction_every_member_is_kept() -> None:
    assert TEAM.model_dump(by_alias=True) == {
        "id": "t",
        "lead": {"id": "a", "createdAt": "2024", "password": "p", "name": "Ann"},
        "members": [{"id": "b", "password": "q"}],
    }


def test_a_codec_sets_the_direction_for_dumps_without_a_context() -> None:
    with direction(REQUEST):
        assert json.loads(TEAM.model_dump_json(by_alias=True)) == {
            "lead": {"password": "p", "name": "Ann"},
            "members": [{"password": "q"}],
        }
        assert TEAM.model_dump(context=AS_RESPONSE)["lead"] == {  # a context wins
            "id": "a",
            "created_at": "2024",
            "name": "Ann",
        }
    with direction(RESPONSE):
        assert "password" not in TEAM.model_dump()["lead"]
    assert TEAM.model_dump()["lead"]["password"] == "p"  # reset on leaving


# -- OpenAPI: discriminated unions ----------------------------------------------------------------


class Cat(ApigenModel):
    kind: str
    lives: int | None = None


class Dog(ApigenModel):
    kind: str
    bark: str | None = None


Pet = Annotated[
    Annotated[Cat, Tag("cat")] | Annotated[Dog, Tag("dog")] | UnknownVariant,
    Discriminated("kind"),
]


class Owner(ApigenModel):
    pet: Pet | None = None
    pets: list[Pet] | None = None


class ClosedOwner(ApigenModel):
    pet: Annotated[Annotated[Cat, Tag("cat")] | Annotated[Dog, Tag("dog")], Discriminated("kind")]


def test_a_discriminated_union_keeps_a_variant_it_does_not_know() -> None:
    raw = {
        "pet": {"kind": "fish", "fins": 2, "tank": {"litres": None}},
        "pets": [{"kind": "cat", "lives": 9}, {"kind": "bird"}],
    }
    owner = Owner.model_validate(raw)
    assert isinstance(owner.pet, UnknownVariant)
    assert (owner.pet.tag, owner.pet.data) == ("fish", raw["pet"])
    assert owner.pets is not None and owner.pets[0] == Cat(kind="cat", lives=9)
    assert owner.pets[1] == UnknownVariant(tag="bird", data={"kind": "bird"})
    assert owner.model_dump(by_alias=True) == raw  # unchanged, nulls inside it too
    assert json.loads(owner.model_dump_json(by_alias=True)) == raw
    assert Owner.model_validate_json(json.dumps(raw)) == owner
    assert Owner(pet=UnknownVariant(tag="fish", data={"kind": "fish"})).model_dump() == {
        "pet": {"kind": "fish"}
    }


def test_a_missing_tag_is_still_an_error() -> None:
    for data in ({"pet": {"lives": 1}}, {"pet": {"kind": 7}}, {"pet": "cat"}):
        with pytest.raises(pydantic.ValidationError) as info:
            Owner.model_validate(data)
        assert [e["type"] for e in info.value.errors()] == ["union_tag_not_found"], data


def test_a_server_rejects_an_unknown_variant() -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        read_json(Owner, '{"pet": {"kind": "fish"}}', server=True)
    [error] = info.value.errors()
    assert (error["type"], error["loc"]) == ("union_tag_invalid", ("pet",))
    assert error["msg"].endswith("expected tags: 'cat', 'dog'")
    with pytest.raises(pydantic.ValidationError, match="union_tag_invalid"):
        Owner.model_validate({"pets": [{"kind": "dog"}, {"kind": "fish"}]}, context=AS_SERVER)
    known = read_json(Owner, '{"pet": {"kind": "dog"}}', server=True)
    assert known.pet == Dog(kind="dog")


def test_a_union_without_the_fallback_rejects_unknown_tags() -> None:
    with pytest.raises(pydantic.ValidationError, match="union_tag_invalid"):
        ClosedOwner.model_validate({"pet": {"kind": "fish"}})
    assert ClosedOwner.model_validate({"pet": {"kind": "cat"}}).pet == Cat(kind="cat")


# -- OpenAPI: narrowing structures ------------------------------------------------------------


class Key(ApigenModel):
    id: str | None = None
    name: str | None = None


class KeyWithId(Key, ApigenNarrowed):
    id: str = Field()


class KeyHolder(ApigenModel):
    key: KeyWithId | None = None


def test_a_narrowing_structure_requires_more_and_takes_its_base() -> None:
    with pytest.raises(pydantic.ValidationError, match="Field required"):
        KeyWithId(name="n")
    key = Key(id="k", name="n")
    held = KeyHolder(key=key)  # a base instance, validated again
    assert isinstance(held.key, KeyWithId) and held.key.model_fields_set == {"id", "name"}
    assert held.model_dump() == {"key": {"id": "k", "name": "n"}}
    with pytest.raises(pydantic.ValidationError, match="Field required"):
        KeyHolder.model_validate({"key": Key(name="n")})
    assert isinstance(KeyWithId(id="k"), Key)


class Tagged(ApigenModel):
    label: str | None = None


class Blobby(ApigenModel):
    data: bytes | None = None
    when: DateTime | None = None
    color: Color | None = None
    tagged: Tagged | None = None
    tags: list[Tagged] | None = None


class BlobbyWithData(Blobby, ApigenNarrowed):
    data: bytes = Field()


class BlobbyHolder(ApigenModel):
    item: BlobbyWithData | None = None


def test_a_narrowing_structure_reads_every_member_type_on_a_server() -> None:
    wire = {
        "data": "aGk=",
        "when": "2024-05-01T12:00:00Z",
        "color": "RED",
        "tagged": {"label": "a"},
        "tags": [{"label": "b"}],
    }
    expected = BlobbyWithData(
        data=b"hi",
        when=datetime(2024, 5, 1, 12, tzinfo=UTC),
        color=Color.RED,
        tagged=Tagged(label="a"),
        tags=[Tagged(label="b")],
    )
    assert read_json(BlobbyWithData, json.dumps(wire), server=True) == expected
    held = read_json(BlobbyHolder, json.dumps({"item": wire}), server=True)
    assert held.item == expected
    with pytest.raises(pydantic.ValidationError, match="Field required"):
        read_json(BlobbyWithData, json.dumps({"color": "RED"}), server=True)
    with pytest.raises(pydantic.ValidationError, match="enum"):
        read_json(BlobbyWithData, json.dumps({**wire, "color": "TEAL"}), server=True)
    # A base instance is still taken (the members it was given, validated again).
    base = Blobby.model_validate_json(json.dumps(wire))
    assert BlobbyHolder(item=base).item == expected  # type: ignore[arg-type]
