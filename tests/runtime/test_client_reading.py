"""A response read without the server-only checks (``client_reading``) is read as before.

What the generated services' response shapes are checked against is pydantic's own
validation of the same model (``model_validate_json``, no context: how a client read a
response before), on documents built from each shape's members: every member missing, and
each member in turn set to values of every JSON type (strings that match no pattern among
them). A callback marked ``client_response_noop`` must return what it is given when a client
reads a response: each one the services' shapes use is called so on the same values.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

import pydantic
import pytest

import apigen_generated
from apigen.runtime.core.client_reading import client_response_noop, read_response
from apigen.runtime.core.model import ApigenModel, OpenEnum, read_json
from apigen.runtime.core.scalars import Pattern
from apigen_generated._runtime.core import client_reading as generated_reading

# Values of every JSON type, and strings no identifier pattern takes.
_VALUES: list[Any] = [
    "",
    " \u0000\u00e9 ",
    "x" * 300,
    0,
    -1,
    1.5,
    True,
    None,
    [],
    {},
    ["a"],
    {"k": "v"},
]
_MARK = "__apigen_client_response_noop__"


def _response_models() -> Iterator[tuple[str, type[pydantic.BaseModel]]]:
    for info in pkgutil.iter_modules(apigen_generated.__path__):
        if info.name.startswith("_"):
            continue
        operations = importlib.import_module(f"{apigen_generated.__name__}.{info.name}.operations")
        service = operations.SERVICE
        seen: set[type[pydantic.BaseModel]] = set()
        for name, operation in sorted(service.operations.items()):
            errors = (service.errors[c].shape for c in operation.errors if c in service.errors)
            for model in (operation.output, *errors):
                if model not in seen:
                    seen.add(model)
                    yield f"{info.name}.{name}.{model.__name__}", model


def _documents(model: type[pydantic.BaseModel]) -> Iterator[bytes]:
    yield b"{}"
    for name, field in model.model_fields.items():
        wire = field.serialization_alias or name
        for value in _VALUES:
            yield json.dumps({wire: value}).encode()


def _outcome(read: Any, model: type[pydantic.BaseModel], document: bytes) -> Any:
    try:
        return ("ok", read(model, document).model_dump(mode="json"))
    except pydantic.ValidationError as exc:
        return ("error", exc.errors(include_url=False), exc.json(include_url=False))


def _callbacks(node: Any, found: dict[int, Any]) -> None:
    if isinstance(node, dict):
        function = node.get("function")
        if isinstance(function, dict) and callable(function.get("function")):
            found[id(function["function"])] = function["function"]
        for value in node.values():
            _callbacks(value, found)
    elif isinstance(node, list | tuple):
        for value in node:
            _callbacks(value, found)


MODELS = list(_response_models())


@pytest.mark.parametrize(("label", "model"), MODELS, ids=[label for label, _ in MODELS])
def test_a_response_shape_is_read_as_pydantic_reads_it(
    label: str, model: type[pydantic.BaseModel]
) -> None:
    for document in _documents(model):
        expected = _outcome(lambda m, d: m.model_validate_json(d), model, document)
        assert _outcome(generated_reading.read_response, model, document) == expected, (
            label,
            document,
        )


@dataclass
class _ClientReading:
    """What a validator callback is told when a client reads a response."""

    mode: str = "json"
    context: Any = None
    config: Any = None
    data: Any = None
    field_name: str | None = None


def test_every_marked_callback_returns_its_input_to_a_client() -> None:
    found: dict[int, Any] = {}
    for _, model in MODELS:
        model.model_rebuild()
        _callbacks(model.__pydantic_core_schema__, found)
    marked = [f for f in found.values() if getattr(f, _MARK, False)]
    assert marked  # the services use patterns and open enums
    for function in marked:
        for value in _VALUES:
            assert function(value, _ClientReading()) is value


class Color(OpenEnum):
    RED = "RED"


class Coded(ApigenModel):
    code: Annotated[str, Pattern("^[a-z]+$")] | None = None
    color: Color | None = None
    id: Annotated[str, pydantic.Field(min_length=2)] | None = None


def test_a_marked_check_still_runs_where_it_applies() -> None:
    # The pattern is checked on what a caller builds and on what a server reads.
    assert read_response(Coded, b'{"code": "NOT LOWER"}').code == "NOT LOWER"
    with pytest.raises(pydantic.ValidationError):
        Coded(code="NOT LOWER")
    with pytest.raises(pydantic.ValidationError):
        read_json(Coded, b'{"code": "NOT LOWER"}', server=True)
    # An open enum keeps an unknown value on a client; a server refuses it.
    assert read_response(Coded, b'{"color": "BLUE"}').color == "BLUE"
    with pytest.raises(pydantic.ValidationError):
        read_json(Coded, b'{"color": "BLUE"}', server=True)
    # A constraint that is not marked (a length) still fails a response, input hidden.
    with pytest.raises(pydantic.ValidationError) as caught:
        read_response(Coded, b'{"id": "x"}')
    assert [e["type"] for e in caught.value.errors()] == ["string_too_short"]
    assert caught.value.errors()[0]["input"] == "<hidden>"


def test_marking_leaves_the_callback_as_it_was() -> None:
    def callback(value: Any, info: Any) -> Any:
        return value

    assert client_response_noop(callback) is callback
    assert getattr(callback, _MARK) is True
