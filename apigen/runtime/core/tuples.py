"""A list whose first items each have their own type (OpenAPI ``prefixItems``): a tuple.

A tuple of fixed length is pydantic's own ``tuple[A, B]``. One with more items after its
positions, each of one type, is written ``Annotated[tuple[A, B, Unpack[tuple[X, ...]]],
OpenTuple()]`` (how type checkers say it); pydantic cannot read ``Unpack`` itself, so
``OpenTuple`` builds the variadic tuple schema from the same arguments. Positions that may
be left out (``minItems`` below the prefix) are a union of the shorter tuples, which the
generated annotation lists.
"""

from __future__ import annotations

from typing import Any, get_args

from pydantic import GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

__all__ = ["OpenTuple"]


class OpenTuple:
    """Annotation metadata: ``tuple[A, B, Unpack[tuple[X, ...]]]`` validated as pydantic's
    variadic tuple (``A``, ``B``, then any number of ``X``)."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        *positions, rest = get_args(source)
        (unpacked,) = get_args(rest)  # Unpack[tuple[X, ...]] -> tuple[X, ...]
        item = get_args(unpacked)[0]
        schemas = [handler.generate_schema(t) for t in (*positions, item)]
        return core_schema.tuple_schema(schemas, variadic_item_index=len(positions))
