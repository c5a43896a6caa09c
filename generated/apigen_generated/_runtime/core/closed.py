"""What a server refuses and a client lets through: other keys, the other boolean.

Structures whose other keys a server refuses (OpenAPI ``additionalProperties: false``):
A mixin, not part of ``ApigenModel`` (see ``nulls.py``): only the shapes that close their
keys carry it, and the shapes view adds it to their bases with ``extra="allow"``, so the
keys no member declares are seen after validation. A server reading a request refuses
them; everyone else drops them, as ``ApigenModel`` ignores unknown keys (a client stays
lenient towards a server that has grown a member, and a model dump never carries them).

An enum of one boolean (``enum: [true]``, ``const: false``) is a ``bool`` that a server
refuses to read as the other value (``OnlyBoolean``); a client takes both, as its enums are
open.
"""

from __future__ import annotations

from typing import Any

from pydantic import AfterValidator, BaseModel, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from .model import is_server

__all__ = ["OnlyBoolean", "RefusesOtherKeys"]


class RefusesOtherKeys(BaseModel):
    """Mixed into a generated structure after ``ApigenModel``."""

    @model_validator(mode="after")
    def _apigen_refuse_other_keys(self, info: ValidationInfo) -> Any:
        # After validation (see ApigenUnion on "before" validators).
        extra = self.__pydantic_extra__
        if extra:
            if is_server(info.context):
                raise PydanticCustomError(
                    "extra_forbidden",
                    "keys {names} are not allowed here",
                    {"names": ", ".join(sorted(extra))},
                )
            extra.clear()
        return self


def OnlyBoolean(value: bool) -> AfterValidator:  # noqa: N802 - used as a type annotation
    """A boolean a server reads only as ``value``."""

    def check(given: bool, info: ValidationInfo) -> bool:
        if given is not value and is_server(info.context):
            raise PydanticCustomError(
                "literal_error",
                "Input should be {expected}",
                {"expected": "true" if value else "false"},
            )
        return given

    return AfterValidator(check)
