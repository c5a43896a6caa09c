"""A client drops a null map value of a response (Smithy's dense-map rule), and only that."""

from __future__ import annotations

import pytest
from pydantic import Field, ValidationError

from apigen.runtime.core.model import ApigenModel, read_json


class Greeting(ApigenModel):
    hi: str


class Maps(ApigenModel):
    dense_set_map: dict[str, list[str]] | None = Field(default=None, alias="denseSetMap")
    structs: dict[str, Greeting] | None = None
    items: list[str] | None = None
    required: Greeting | None = None


def test_null_map_values_are_dropped_on_client_reads() -> None:
    body = b'{"denseSetMap": {"x": [], "y": ["a", "b"], "z": null}, "structs": {"a": null}}'
    model = read_json(Maps, body)
    assert model.dense_set_map == {"x": [], "y": ["a", "b"]}
    assert model.structs == {}


def test_a_valid_document_is_read_as_it_is() -> None:
    model = read_json(Maps, b'{"denseSetMap": {"x": ["a"]}}')
    assert model.dense_set_map == {"x": ["a"]}


@pytest.mark.parametrize(
    "body",
    [
        b'{"items": ["a", null]}',  # a null list item is not a map value
        b'{"required": {"hi": null}}',  # nor is a structure's member
        b'{"denseSetMap": {"z": null}, "items": 3}',  # the rest still fails: the first error
    ],
)
def test_other_nulls_still_fail(body: bytes) -> None:
    with pytest.raises(ValidationError) as raised:
        read_json(Maps, body)
    first = read_json_errors(body)
    assert [e["loc"] for e in raised.value.errors()] == first


def read_json_errors(body: bytes) -> list[tuple[int | str, ...]]:
    """The error locations pydantic itself gives for ``body`` (no nulls dropped)."""
    try:
        Maps.model_validate_json(body)
    except ValidationError as exc:
        return [e["loc"] for e in exc.errors()]
    raise AssertionError("the document validates")


def test_servers_refuse_null_map_values() -> None:
    with pytest.raises(ValidationError):
        read_json(Maps, b'{"denseSetMap": {"z": null}}', server=True)
