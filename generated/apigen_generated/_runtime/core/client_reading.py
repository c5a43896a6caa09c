"""A response a client reads, validated without the checks only a server makes.

Some validator callbacks of the generated shapes only ever act on one side: a Smithy
``pattern`` (``scalars.Pattern``) is checked on what a caller builds and on what a server
reads, never on a response a client reads; an open enum closes (``enums._known_on_server``,
``no_boolean``) and a discriminated union refuses an unknown tag (``unions``) only on a
server. Reading a response, each of them is a Python call that returns its input
unchanged: ~40 per ``ListVirtualClusters`` page, most of a client's validation time.

Such a callback is marked ``client_response_noop``; ``read_response`` validates with a copy
of the model's core schema without the marked callbacks (one more ``SchemaValidator`` per
response model, built on the first response it reads). What it accepts and rejects is what
``model_validate_json`` without a context accepts and rejects, by construction: only
callbacks that return their input when ``info.mode == "json"`` and ``info.context is None``
may be marked (``tests/runtime/test_client_reading.py`` checks both on every response
shape of the generated services). Errors carry no input, as ``model_validate_json``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationError
from pydantic_core import SchemaValidator

from .redact import without_input

__all__ = ["client_response_noop", "read_response", "response_schema"]

F = TypeVar("F", bound=Callable[..., Any])
M = TypeVar("M", bound=BaseModel)

_MARK = "__apigen_client_response_noop__"
_FUNCTION_SCHEMAS = frozenset({"function-after", "function-before"})


def client_response_noop(function: F) -> F:
    """Mark a validator callback that returns its input unchanged when a client reads a
    response (JSON, no validation context): ``read_response`` leaves it out."""
    setattr(function, _MARK, True)
    return function


def _marked(schema: dict[str, Any]) -> bool:
    if schema.get("type") not in _FUNCTION_SCHEMAS:
        return False
    function: Any = schema.get("function")
    return isinstance(function, dict) and bool(
        getattr(cast("dict[str, Any]", function).get("function"), _MARK, False)
    )


def _without_noops(node: Any, copies: dict[int, Any]) -> Any:
    """``node`` (a core schema or part of one) without marked callbacks; never mutated."""
    if isinstance(node, dict):
        node = cast("dict[str, Any]", node)
        done = copies.get(id(node))
        if done is not None:
            return done
        if _marked(node):
            inner: Any = _without_noops(node["schema"], copies)
            ref = node.get("ref")
            if ref is None or "ref" not in inner:
                if ref is not None:
                    inner = {**inner, "ref": ref}
                copies[id(node)] = inner
                return inner
        copy: dict[str, Any] = {}
        copies[id(node)] = copy
        for key, value in node.items():
            # Serialisation is not validation: kept as it is.
            copy[key] = value if key == "serialization" else _without_noops(value, copies)
        return copy
    if isinstance(node, list):
        return [_without_noops(item, copies) for item in node]  # pyright: ignore[reportUnknownVariableType]
    if isinstance(node, tuple):
        return tuple(_without_noops(item, copies) for item in node)  # pyright: ignore[reportUnknownVariableType]
    return node


def response_schema(model: type[BaseModel]) -> Any:
    """``model``'s core schema without the callbacks marked ``client_response_noop``."""
    model.model_rebuild()  # a deferred model builds its schema now (once)
    return _without_noops(model.__pydantic_core_schema__, {})


_VALIDATORS: dict[type[BaseModel], SchemaValidator] = {}


def read_response(model: type[M], data: str | bytes) -> M:
    """``model.model_validate_json(data)`` as a client reads a response, without the no-ops."""
    validator = _VALIDATORS.get(model)
    if validator is None:
        # Not the nested models' own (prebuilt) validators: those run the no-ops.
        validator = _VALIDATORS[model] = SchemaValidator(
            response_schema(model), _use_prebuilt=False
        )
    try:
        result: M = validator.validate_json(data)
        return result
    except ValidationError as exc:
        error = without_input(exc, "json")
    raise error  # outside ``except``: the original error is not its ``__context__``
