"""OpenAPI ``oneOf``/``anyOf`` and multi-typed schemas → IR unions (for ``openapi_schemas``).

A discriminated union's variants are ``$ref``s named by their tags; an untagged one's are
any schemas, in document order; several JSON types are one variant per type
(``openapi_types``). Resolution: docs/openapi-shapes.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from apigen import ir, naming
from apigen.frontends.openapi_keywords import (
    Flat,
    Piece,
    Unsupported,
    is_null_schema,
    kw_list,
)
from apigen.frontends.openapi_types import variants

if TYPE_CHECKING:
    from apigen.frontends.openapi_schemas import Schemas


def union(schemas: Schemas, flat: Flat, common: dict[str, Any]) -> ir.Shape:
    kw = flat.keywords
    key = "oneOf" if "oneOf" in kw else "anyOf"
    discriminator = kw.get("discriminator")
    if flat.properties:
        raise Unsupported((*flat.path, key), f"cannot represent properties beside {key}")
    if not isinstance(discriminator, Mapping):
        return untagged_union(schemas, flat, key, common)
    mapping: Mapping[str, str] = discriminator.get("mapping") or {}
    members: list[ir.Member] = []
    for index, variant in enumerate(kw[key]):
        ref = variant.get("$ref") if isinstance(variant, Mapping) else None
        vname = schemas.component_name(ref) if isinstance(ref, str) else None
        if vname is None:
            raise Unsupported(
                (*flat.path, key, index),
                "a discriminated union variant must be a $ref to components/schemas",
            )
        vname = schemas.final_name(vname, (*flat.path, key, index))
        target = schemas.named(vname)
        tags = [tag for tag, to in mapping.items() if schemas.mapped_name(to) == vname] or [vname]
        members.extend(
            ir.Member(id=f"{common['id']}${tag}", name=tag, target=target) for tag in tags
        )
    return ir.Shape(
        type=ir.ShapeType.UNION,
        members=tuple(members),
        discriminator=str(discriminator["propertyName"]),
        **common,
    )


def untagged_union(schemas: Schemas, flat: Flat, key: str, common: dict[str, Any]) -> ir.Shape:
    """``oneOf``/``anyOf`` without a discriminator: one member per variant, in order.


    A ``$ref`` variant is named after its component, an inline one ``Variant<n>``
    (1-based, its shape ``<Union>Variant<n>``); a name met twice gets its position too.
    A ``{type: "null"}`` variant is no member: the union's uses are nullable.
    """
    members: list[ir.Member] = []
    seen: set[str] = set()
    for index, variant in enumerate(kw_list(flat.keywords[key])):
        if is_null_schema(variant):  # the union's uses are nullable instead
            continue
        vpath = (*flat.path, key, index)
        hint = f"{common['name']}Variant{index + 1}"
        use = schemas.use([Piece(variant, vpath, hint)], vpath, hint)
        vname = schemas.class_name(use.schema_name) if use.schema_name else f"Variant{index + 1}"
        if vname in seen:
            vname = f"{vname}{index + 1}"
        seen.add(vname)
        members.append(use.member(container=common["id"], name=vname))
    return ir.Shape(type=ir.ShapeType.UNION, members=tuple(members), untagged=True, **common)


def typed_union(schemas: Schemas, flat: Flat, common: dict[str, Any]) -> ir.Shape:
    """Several JSON types: an untagged union of one variant per type (``openapi_types``)."""
    where = (*flat.path, "enum" if "enum" in flat.keywords else "type")
    members = []
    for kind, schema in variants(flat):
        hint = f"{common['name']}{naming.pascal(kind)}"
        use = schemas.use([Piece(schema, where, hint)], where, hint)
        members.append(use.member(container=common["id"], name=naming.pascal(kind)))
    return ir.Shape(type=ir.ShapeType.UNION, members=tuple(members), untagged=True, **common)
