"""Objects whose other keys are checked by pattern (OpenAPI 3.1 ``patternProperties``).

A mixin after ``ApigenModel`` (``extra="allow"``), as ``closed.py``'s: the shapes view gives
the class ``__apigen_patterns__``, each (Python pattern, a function giving the value's
type, late so a class defined further down the module can be named), and
``__apigen_other__``, what a key matching no pattern holds: a function giving its type
(``additionalProperties`` schema), ``False`` (``additionalProperties: false``) or absent
(anything). After the members are read, each other key is checked as JSON Schema says:

- a key matching one or more patterns (``re.search``: patterns are not anchored) must
  hold a value valid as each matching type; the value kept is the first one's reading;
- a key matching none holds an ``__apigen_other__`` value; with ``False`` a server
  refuses it (``extra_forbidden``) and anyone else drops it, like ``RefusesOtherKeys``.

A bad value is a ``pattern_property`` error naming the key, on every side; a server reads
values strictly, as it reads members.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

from pydantic import BaseModel, TypeAdapter, ValidationError, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from .model import is_server

__all__ = ["PatternKeyed"]


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _adapter(kind: Callable[[], object]) -> TypeAdapter[Any]:
    made: Any = kind()  # a type expression
    return TypeAdapter(made)


def _read(adapter: TypeAdapter[Any], value: Any, context: Any) -> Any:
    """A server reads the value as the JSON it came as, strictly (as its members are read:
    no ``"1"`` for 1, but a date-time string is a date-time); a client leniently."""
    if is_server(context):
        return adapter.validate_json(json.dumps(value), strict=True, context=context)
    return adapter.validate_python(value, context=context)


class PatternKeyed(BaseModel):
    """Mixed into a generated structure after ``ApigenModel``."""

    __apigen_patterns__: ClassVar[tuple[tuple[str, Callable[[], object]], ...]] = ()

    @model_validator(mode="after")
    def _apigen_check_patterns(self, info: ValidationInfo) -> Any:
        extra = self.__pydantic_extra__
        if not extra:
            return self
        other = getattr(type(self), "__apigen_other__", None)
        refused: list[str] = []
        for key in list(extra):
            kinds = [k for p, k in self.__apigen_patterns__ if _compiled(p).search(key)]
            if not kinds:
                if other is False:
                    refused.append(key)
                    del extra[key]
                    continue
                kinds = [other] if callable(other) else []
            read: list[Any] = []
            for kind in kinds:
                try:
                    read.append(_read(_adapter(kind), extra[key], info.context))
                except ValidationError as exc:
                    raise PydanticCustomError(
                        "pattern_property",
                        "key {key}: {reason}",
                        {"key": key, "reason": exc.errors()[0].get("msg", "invalid")},
                    ) from None
            if read:
                extra[key] = read[0]
        if refused and is_server(info.context):
            raise PydanticCustomError(
                "extra_forbidden",
                "keys {names} are not allowed here",
                {"names": ", ".join(sorted(refused))},
            )
        return self
