"""OpenAPI ``not``: a value the sub-schema accepts is refused, on every side.

``Not(...)`` is annotation metadata after the value's own type: the value is first read as
its schema says, then refused when it meets every condition given (the sub-schema's
keywords hold together, as in JSON Schema): one of the JSON ``types`` (``number`` takes
integers too), equal to one of the ``values`` (``true`` is not ``1``), every key of
``required`` present (a value that is no object meets it, as ``required`` only speaks of
objects), valid as the structure ``model`` (read as a server reads it).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import AfterValidator, BaseModel, ValidationError
from pydantic_core import PydanticCustomError, to_jsonable_python

from .model import AS_SERVER

__all__ = ["Not"]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _same(a: Any, b: Any) -> bool:
    return bool(a == b) and _json_type(a) == _json_type(b)


def Not(  # noqa: N802 - used as a type annotation
    *,
    types: tuple[str, ...] = (),
    values: tuple[Any, ...] = (),
    required: tuple[str, ...] = (),
    model: type[BaseModel] | None = None,
) -> AfterValidator:
    """Refuses a value that meets every condition given."""

    def meets(given: Any) -> bool:
        plain = (
            given.model_dump(mode="json", by_alias=True, exclude_unset=True)
            if isinstance(given, BaseModel)
            else to_jsonable_python(given, by_alias=True)
        )
        kind = _json_type(plain)
        if types and kind not in types and not (kind == "integer" and "number" in types):
            return False
        if values and not any(_same(plain, v) for v in values):
            return False
        if required and isinstance(plain, Mapping) and not all(k in plain for k in required):
            return False
        if model is not None:
            try:
                model.model_validate_json(json.dumps(plain), strict=True, context=AS_SERVER)
            except ValidationError:
                return False
        return True

    def check(given: Any) -> Any:
        if meets(given):
            raise PydanticCustomError("not", "Input should not be valid as the 'not' schema")
        return given

    return AfterValidator(check)
