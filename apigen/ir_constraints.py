"""The IR's value constraints: lengths, ranges, patterns, unique items and OpenAPI ``not``.

Part of the intermediate model (``apigen.ir`` re-exports every name): frozen, keyword-only
and slotted like the rest of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"


@dataclass(frozen=True, kw_only=True, slots=True)
class Length:
    min: int | None = None
    max: int | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Range:
    min: int | float | None = None
    max: int | float | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class Constraints:
    length: Length | None = None
    range: Range | None = None
    pattern: str | None = None
    unique_items: bool = False
    excluded: Excluded | None = None  # OpenAPI ``not``

    def merged_over(self, base: Constraints) -> Constraints:
        """These constraints laid over ``base`` (a target shape's): ours win field by field."""
        return Constraints(
            length=self.length or base.length,
            range=self.range or base.range,
            pattern=self.pattern or base.pattern,
            unique_items=self.unique_items or base.unique_items,
            excluded=self.excluded or base.excluded,
        )


NO_CONSTRAINTS = Constraints()


@dataclass(frozen=True, kw_only=True, slots=True)
class Excluded:
    """Conditions a value meets when it meets every one given (a sub-schema's keywords hold
    together): one of the JSON ``types``, one of the ``values``, every key of ``required``
    present, valid as the structure ``shape`` (an id). OpenAPI ``not`` refuses a value that
    meets them; ``if``/``then``/``else`` (``Shape.conditional``) are three of them."""

    types: tuple[str, ...] = ()
    values: tuple[JsonValue, ...] = ()
    required: tuple[str, ...] = ()
    shape: str | None = None
    # Conditions on the values of these keys, each when the key is there (JSON Schema's
    # ``properties`` inside the sub-schema).
    properties: tuple[tuple[str, Excluded], ...] = ()
