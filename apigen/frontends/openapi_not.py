"""OpenAPI ``not`` → ``ir.Excluded``: what a value must not be, beside what it is.

The schema around ``not`` gives the shape; the sub-schema becomes a check that refuses
what it accepts (``runtime/core/excluded.py``). The sub-schemas read here are the ones
documents write: a ``type`` (or list of types), an ``enum`` or ``const``, a ``required``
list ("not all of these together"), any of them together, or a ``$ref`` alone to a
component that is an object. Any other keyword in a ``not`` is reported, with its place.
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

_READ = frozenset({"type", "enum", "const", "required"})
_JSON_TYPES = frozenset({"null", "boolean", "integer", "number", "string", "array", "object"})


def excluded(
    kw: Mapping[str, Any], path: Path_, structure: Callable[[str], str | None]
) -> ir.Excluded | None:
    """The ``not`` of schema keywords ``kw`` (None without one); ``structure`` gives the shape
    id of a ``$ref`` that names an object component, else None."""
    if "not" not in kw:
        return None
    where = (*path, "not")
    sub = kw["not"]
    if not isinstance(sub, Mapping):
        raise Unsupported(where, f"cannot represent 'not' of {sub!r} ({NOT_SUPPORTED})")
    keys = {k for k in sub if k not in ANNOTATIONS and not str(k).startswith("x-")}
    if "$ref" in sub:
        shape = structure(str(sub["$ref"])) if keys == {"$ref"} else None
        if shape is None:
            raise Unsupported(
                where, f"cannot represent 'not' of a $ref but alone to an object ({NOT_SUPPORTED})"
            )
        return ir.Excluded(shape=shape)
    if not keys or not keys <= _READ:
        listed = ", ".join(sorted(keys - _READ)) or "no keyword"
        raise Unsupported(
            where,
            f"cannot represent 'not' of {listed} (only type, enum, const, required or a $ref;"
            f" {NOT_SUPPORTED})",
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
    return ir.Excluded(
        types=tuple(sorted(types)),
        values=tuple(values),
        required=tuple(str(r) for r in sub.get("required") or ()),
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
