"""OpenAPI ``not`` and ``if``/``then``/``else`` → ``ir.Excluded`` conditions on a value.

The schema around ``not`` gives the shape; the sub-schema becomes a check that refuses
what it accepts (``runtime/core/excluded.py``). The sub-schemas read here are the ones
documents write: a ``type`` (or list of types), an ``enum`` or ``const``, a ``required``
list ("not all of these together"), ``properties`` of those (each checked when the key is
there), any of them together, or (in a ``not``) a ``$ref`` alone to a component that is an
object. ``if``/``then``/``else`` of an object schema are the same conditions, checked by
the class (``Shape.conditional``). Any other keyword in them is reported, with its place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from apigen import ir
from apigen.frontends.openapi_keywords import (
    ANNOTATIONS,
    NOT_SUPPORTED,
    Unsupported,
    constraints,
    plain,
)
from apigen.frontends.openapi_validate import Path_

_READ = frozenset({"type", "enum", "const", "required", "properties"})
_JSON_TYPES = frozenset({"null", "boolean", "integer", "number", "string", "array", "object"})


def excluded(
    kw: Mapping[str, Any], path: Path_, structure: Callable[[str], str | None]
) -> ir.Excluded | None:
    """The ``not`` of schema keywords ``kw`` (None without one); ``structure`` gives the shape
    id of a ``$ref`` that names an object component, else None."""
    if "not" not in kw:
        return None
    return condition(kw["not"], (*path, "not"), structure, "not")


def conditional(
    kw: Mapping[str, Any], path: Path_
) -> tuple[ir.Excluded, ir.Excluded | None, ir.Excluded | None] | None:
    """``if``/``then``/``else`` of an object schema's keywords (None without ``if``)."""
    if "if" not in kw:
        return None
    parts = [
        condition(kw[key], (*path, key), _no_structure, key) if key in kw else None
        for key in ("if", "then", "else")
    ]
    if parts[0] is None:
        raise Unsupported((*path, "if"), "cannot represent an 'if' that no value can meet")
    return parts[0], parts[1], parts[2]


def _no_structure(ref: str) -> str | None:
    return None


def condition(
    sub: Any, where: Path_, structure: Callable[[str], str | None], keyword: str
) -> ir.Excluded | None:
    """A sub-schema as conditions on a value (None: no value meets it)."""
    if not isinstance(sub, Mapping):
        raise Unsupported(where, f"cannot represent {keyword!r} of {sub!r} ({NOT_SUPPORTED})")
    keys = {k for k in sub if k not in ANNOTATIONS and not str(k).startswith("x-")}
    if "$ref" in sub:
        shape = structure(str(sub["$ref"])) if keys == {"$ref"} else None
        if shape is None:
            raise Unsupported(
                where,
                f"cannot represent {keyword!r} of a $ref but alone to an object"
                f" (in 'not' only; {NOT_SUPPORTED})",
            )
        return ir.Excluded(shape=shape)
    if not keys or not keys <= _READ:
        listed = ", ".join(sorted(keys - _READ)) or "no keyword"
        raise Unsupported(
            where,
            f"cannot represent {keyword!r} of {listed} (only type, enum, const, required,"
            f" properties of those, or in 'not' a $ref; {NOT_SUPPORTED})",
        )
    types = sub.get("type", [])
    types = [types] if isinstance(types, str) else list(types)
    if not set(types) <= _JSON_TYPES:
        raise Unsupported((*where, "type"), f"unknown JSON type in {types!r}")
    values = [plain(v) for v in sub["enum"]] if "enum" in sub else []
    if "const" in sub:
        values = [plain(sub["const"])] if "enum" not in sub or sub["const"] in values else []
        if not values:  # const and enum disagree: the sub-schema accepts nothing
            return None
    properties = []
    for name, schema in (sub.get("properties") or {}).items():
        found = condition(schema, (*where, "properties", name), _no_structure, keyword)
        if found is None:
            raise Unsupported((*where, "properties", name), "a property no value can meet")
        properties.append((str(name), found))
    return ir.Excluded(
        types=tuple(sorted(types)),
        values=tuple(values),
        required=tuple(str(r) for r in sub.get("required") or ()),
        properties=tuple(properties),
    )


def constrained(
    kw: Mapping[str, Any],
    kind: ir.ShapeType | None,
    path: Path_,
    structure: Callable[[str], str | None],
) -> ir.Constraints:
    """``constraints`` of ``kw`` with its ``not`` (``excluded``) too."""
    found = excluded(kw, path, structure)
    own = constraints(kw, kind, path)
    return replace(own, excluded=found) if found is not None else own
