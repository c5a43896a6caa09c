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
import sys
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

from pydantic import AfterValidator, BaseModel, ValidationError, model_validator
from pydantic_core import PydanticCustomError, to_jsonable_python

from .json_values import json_type
from .model import AS_SERVER

__all__ = ["Conditional", "Excludes", "Not", "excluding"]


def _same(a: Any, b: Any) -> bool:
    return bool(a == b) and json_type(a) == json_type(b)


def _plain(given: Any) -> Any:
    if isinstance(given, BaseModel):
        return given.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return to_jsonable_python(given, by_alias=True)


def _meets(
    plain: Any,
    types: tuple[str, ...] = (),
    values: tuple[Any, ...] = (),
    required: tuple[str, ...] = (),
    model: type[BaseModel] | None = None,
    properties: Mapping[str, Mapping[str, Any]] | None = None,
) -> bool:
    """Whether a JSON value meets every condition given."""
    kind = json_type(plain)
    if types and kind not in types and not (kind == "integer" and "number" in types):
        return False
    if values and not any(_same(plain, v) for v in values):
        return False
    if isinstance(plain, Mapping):
        if required and not all(k in plain for k in required):
            return False
        for key, sub in (properties or {}).items():
            if key in plain and not _meets(plain[key], **sub):
                return False
    if model is not None:
        try:
            model.model_validate_json(json.dumps(plain), strict=True, context=AS_SERVER)
        except ValidationError:
            return False
    return True


def excluding(
    *,
    types: tuple[str, ...] = (),
    values: tuple[Any, ...] = (),
    required: tuple[str, ...] = (),
    model: type[BaseModel] | None = None,
    properties: Mapping[str, Mapping[str, Any]] | None = None,
) -> Callable[[Any], Any]:
    """A check that refuses a value meeting every condition given, else gives it back."""

    def meets(given: Any) -> bool:
        return _meets(_plain(given), types, values, required, model, properties)

    def check(given: Any) -> Any:
        if meets(given):
            raise PydanticCustomError("not", "Input should not be valid as the 'not' schema")
        return given

    return check


def Not(**conditions: Any) -> AfterValidator:  # noqa: N802 - used as a type annotation
    """Annotation metadata: ``excluding(**conditions)`` after the value's own validation."""
    return AfterValidator(excluding(**conditions))


class Excludes(BaseModel):
    """Mixed into a generated structure whose own schema has a ``not``: the conditions are
    ``__apigen_not__`` (``model`` the name of a class of the same module), checked after
    validation, so the class refuses them wherever it is read, a request body included."""

    __apigen_not__: ClassVar[Mapping[str, Any]] = MappingProxyType({})

    @model_validator(mode="after")
    def _apigen_excluded(self) -> Any:
        conditions = dict(type(self).__apigen_not__)
        name = conditions.pop("model", None)
        model = getattr(sys.modules[type(self).__module__], name) if name else None
        excluding(**conditions, model=model)(self)
        return self


class Conditional(BaseModel):
    """Mixed into a generated structure with ``if``/``then``/``else``: ``__apigen_if__``
    holds their conditions (as ``Not`` takes them); a value meeting ``if`` must meet
    ``then``, any other ``else``."""

    __apigen_if__: ClassVar[Mapping[str, Mapping[str, Any]]] = MappingProxyType({})

    @model_validator(mode="after")
    def _apigen_if_then_else(self) -> Any:
        parts = type(self).__apigen_if__
        plain = _plain(self)
        branch = "then" if _meets(plain, **parts["if"]) else "else"
        if branch in parts and not _meets(plain, **parts[branch]):
            raise PydanticCustomError(
                "if_then_else",
                "Input should meet the schema's {branch!r} as its 'if' says",
                {"branch": branch},
            )
        return self
