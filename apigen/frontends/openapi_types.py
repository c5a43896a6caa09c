"""Schemas of several JSON types → the variants of an untagged union, one per type.

OpenAPI 3.1 lets ``type`` be a list (``[string, integer]``) and an ``enum`` mix types
(``[1, "one"]``). Neither is a single IR shape, but each is exactly a choice of one schema
per JSON type: the keywords that apply to that type (JSON Schema applies ``minLength`` to
strings only, ``minimum`` to numbers only...) and, for an enum, the values of that type.
``openapi_schemas`` builds the variants as an untagged union (``Shape.untagged``), so they
validate and resolve like a ``oneOf`` without a discriminator (docs/openapi-shapes.md).

Decisions:
- Variants are in the order of ``TYPE_ORDER`` (a fixed order, not the document's, so the
  smart union tries ``bool`` before ``int`` and ``int`` before ``float``), each named by its
  type (``String``, ``Integer``...). ``null`` is no variant: the uses are nullable.
- ``integer`` beside ``number`` is kept: pydantic reads ``1`` as the ``int`` and ``1.5`` as
  the ``float``, as JSON Schema would accept either.
- An enum of one JSON type (``enum_kind``): strings an ``ENUM``, integers an ``INT_ENUM``
  (members ``VALUE_<n>``), booleans a ``BOOLEAN``: both values a plain boolean, one value
  a boolean with that one enum value (the runtime's ``OnlyBoolean``: a server refuses the
  other, a client takes it, as its enums are open). Floats, arrays, objects: no enum.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apigen import ir
from apigen.frontends.openapi_keywords import Flat
from apigen.runtime.core.json_values import json_type

TYPE_ORDER = ("boolean", "integer", "number", "string", "array", "object")
# The keywords JSON Schema applies to values of each type (the rest apply to any value).
_FOR_TYPE = {
    "string": {"minLength", "maxLength", "pattern", "format", "contentEncoding"},
    "integer": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "format"},
    "number": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "format"},
    "array": {"items", "minItems", "maxItems", "uniqueItems"},
    "object": {"additionalProperties", "minProperties", "maxProperties", "propertyNames"},
    "boolean": set(),
}


def declared_types(keywords: Mapping[str, Any]) -> list[str]:
    """The non-null types a ``type`` list names, in ``TYPE_ORDER``."""
    types = keywords.get("type")
    named = set(types) if isinstance(types, list) else {types} if isinstance(types, str) else set()
    return [t for t in TYPE_ORDER if t in named]


def enum_types(keywords: Mapping[str, Any]) -> list[str]:
    """The types of the non-null values of ``enum`` (or ``const``), in ``TYPE_ORDER``."""
    values = keywords["enum"] if "enum" in keywords else [keywords.get("const")]
    found = {json_type(v) for v in values if v is not None}
    return [t for t in TYPE_ORDER if t in found]


def is_multi_typed(flat: Flat) -> bool:
    """A ``type`` list of several non-null types, or an ``enum`` of values of several types."""
    kw = flat.keywords
    if "enum" in kw or "const" in kw:
        return len(enum_types(kw)) > 1
    return len(declared_types(kw)) > 1


def variants(flat: Flat) -> list[tuple[str, dict[str, Any]]]:
    """(type, schema) for each type ``flat`` allows, with the keywords that apply to it."""
    kw = flat.keywords
    enumerated = "enum" in kw or "const" in kw
    values = (kw["enum"] if "enum" in kw else [kw["const"]]) if enumerated else []
    types = enum_types(kw) if enumerated else declared_types(kw)
    out = []
    for kind in types:
        schema: dict[str, Any] = {
            **{k: v for k, v in kw.items() if k in _FOR_TYPE[kind]},
            "type": kind,
        }
        if enumerated:
            chosen = [v for v in values if v is not None and json_type(v) == kind]
            if kind == "boolean" and sorted(chosen) == [False, True]:
                chosen = []  # every boolean: a plain boolean
            if chosen:
                schema["enum"] = chosen
        if kind == "object" and (flat.properties or flat.required):
            schema["properties"] = {
                name: {"allOf": [p.schema for p in pieces]}
                for name, pieces in flat.properties.items()
            }
            schema["required"] = list(flat.required)
        out.append((kind, schema))
    return out


def enum_kind(values: list[Any]) -> tuple[ir.ShapeType, list[str], list[Any]] | None:
    """The shape type, member names and values of an enum of non-null ``values``."""
    if values and all(isinstance(v, str) for v in values):
        return ir.ShapeType.ENUM, [str(v) for v in values], values
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        names = [f"VALUE_{v}" if v >= 0 else f"VALUE_MINUS_{-v}" for v in values]
        return ir.ShapeType.INT_ENUM, names, values
    if values and all(isinstance(v, bool) for v in values):
        one = len(set(values)) == 1
        return (
            ir.ShapeType.BOOLEAN,
            [str(values[0]).upper()] if one else [],
            values[:1] if one else [],
        )
    return None
