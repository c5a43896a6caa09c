"""Optional members whose JSON ``null`` a server refuses (OpenAPI documents say where null is
a value: ``nullable``; any other optional member may be absent, but not null).

A mixin, not part of ``ApigenModel``: a model validator costs every instance a Python call,
so only the shapes that list such members carry it (the shapes view adds ``RefusesNull`` to
their bases). Servers only, as with closed enums: a client takes a peer's null as unset, and
Python's ``None`` is unset too.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from .model import is_server

__all__ = ["RefusesNull"]


class RefusesNull(BaseModel):
    """Mixed into a generated shape after ``ApigenModel`` (or its union/one-of bases)."""

    # Python names of the optional members whose JSON null is refused.
    __apigen_not_null__: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="after")
    def _apigen_refuse_null(self, info: ValidationInfo) -> Any:
        # After validation (see ApigenUnion on "before" validators).
        refused = type(self).__apigen_not_null__
        if refused and info.mode == "json" and is_server(info.context):
            given = self.__dict__
            nulls = sorted(n for n in self.model_fields_set & refused if given.get(n) is None)
            if nulls:
                fields = type(self).model_fields
                names = ", ".join(fields[n].serialization_alias or n for n in nulls)
                raise PydanticCustomError(
                    "null_not_allowed", "{names} may be left out but not null", {"names": names}
                )
        return self
