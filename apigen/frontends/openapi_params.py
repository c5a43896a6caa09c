"""OpenAPI parameter serialisation: which ``style``/``explode`` a parameter's value allows.

The runtime (``runtime/styles.py``) writes and reads every combination of OpenAPI's style
table; what the table leaves undefined, and values no style can spell, are reported here at
generation time instead of failing on the wire:
- a style outside its location's list (path: simple, label, matrix; query: form,
  spaceDelimited, pipeDelimited, deepObject; header: simple; cookie: form);
- deepObject on anything but an object; spaceDelimited and pipeDelimited on a primitive or
  with explode true;
- arrays of anything but primitives, objects with a property that is not a primitive, and
  oneOf/anyOf parameters;
- a free-form object (no properties, no typed additionalProperties) with a style or explode
  of its own: it travels as compact JSON text, so styles cannot apply (declare its
  properties, or ``additionalProperties`` with a schema, to use one);
- in one operation, an exploded form object whose property is also another query
  parameter, or two exploded form maps (each would take every other query key).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from apigen import ir
from apigen.frontends.openapi_keywords import Unsupported
from apigen.frontends.openapi_validate import Path_

STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
DEFAULT_STYLES = {location: styles[0] for location, styles in STYLES.items()}
_NOT_PRIMITIVE = frozenset(
    {
        ir.ShapeType.STRUCTURE,
        ir.ShapeType.UNION,
        ir.ShapeType.LIST,
        ir.ShapeType.MAP,
        ir.ShapeType.DOCUMENT,
    }
)
_WHAT = {
    ir.ShapeType.STRUCTURE: "an object",
    ir.ShapeType.UNION: "a oneOf/anyOf",
    ir.ShapeType.LIST: "an array",
    ir.ShapeType.MAP: "an object",
    ir.ShapeType.DOCUMENT: "a free-form value",
}


def _what(kind: ir.ShapeType) -> str:
    return _WHAT.get(kind, "a primitive")


def value_kind(shapes: Mapping[str, ir.Shape], target: str, path: Path_) -> str:
    """primitive, array, object or free-form; reports what no style can spell."""
    shape = shapes.get(target)
    if shape is None:  # its schema could not be read, which is reported already
        return "primitive"
    kind = shape.type
    if kind is ir.ShapeType.UNION:
        raise Unsupported(path, "cannot represent a oneOf/anyOf parameter")
    if kind is ir.ShapeType.DOCUMENT:
        return "free-form"
    if kind not in _NOT_PRIMITIVE:
        return "primitive"
    inner = [shape.member] if kind is ir.ShapeType.LIST else []
    if kind is ir.ShapeType.MAP:
        inner = [shape.value]
    elif kind is ir.ShapeType.STRUCTURE:
        inner = list(shape.members)
    for member in inner:
        inner_shape = shapes.get(member.target)
        found = inner_shape.type if inner_shape is not None else ir.ShapeType.STRING
        if found in _NOT_PRIMITIVE:
            if kind is ir.ShapeType.LIST:
                raise Unsupported(
                    path, f"an array parameter's items must be primitives, not {_what(found)}"
                )
            name = f"property {member.name!r}" if kind is ir.ShapeType.STRUCTURE else "value"
            raise Unsupported(
                path, f"an object parameter's {name} must be a primitive, not {_what(found)}"
            )
    return "array" if kind is ir.ShapeType.LIST else "object"


def check_style(
    location: str,
    style: str | None,
    explode: bool | None,
    value: str,
    path: Path_,
) -> None:
    """Report a style the location does not have or the value's kind leaves undefined."""
    if style is not None and style not in STYLES[location]:
        allowed = ", ".join(STYLES[location])
        raise Unsupported(
            (*path, "style"), f"style {style!r} is not for {location} parameters ({allowed})"
        )
    if value == "free-form":
        if style is not None or explode is not None:
            raise Unsupported(
                (*path, "style" if style is not None else "explode"),
                "a free-form object parameter travels as JSON text, so no style applies; "
                "declare its properties (or additionalProperties with a schema)",
            )
        return
    if style == "deepObject" and value != "object":
        raise Unsupported((*path, "style"), f"style 'deepObject' is for objects, not {value}s")
    if style in ("spaceDelimited", "pipeDelimited"):
        if value == "primitive":
            raise Unsupported(
                (*path, "style"), f"style {style!r} is for arrays and objects, not primitives"
            )
        if explode is True:
            raise Unsupported(
                (*path, "explode"),
                f"style {style!r} with explode true is not defined by OpenAPI "
                "(use style form for repeated keys)",
            )


def check_exploded_objects(
    shapes: Mapping[str, ir.Shape], query: Sequence[tuple[ir.Member, Path_]]
) -> None:
    """Exploded form objects spread their properties over the query: they must not clash."""
    names = {member.http.name for member, _ in query if member.http is not None}
    maps = 0
    for member, path in query:
        http = member.http
        if http is None or http.style not in (None, "form") or http.explode is False:
            continue
        shape = shapes.get(member.target)
        if shape is None:
            continue
        if shape.type is ir.ShapeType.MAP:
            maps += 1
            if maps > 1:
                raise Unsupported(
                    path, "two exploded form maps in one operation would share every query key"
                )
        elif shape.type is ir.ShapeType.STRUCTURE:
            for prop in shape.members:
                if prop.wire_name in names:
                    raise Unsupported(
                        path,
                        f"the exploded object's property {prop.wire_name!r} is also "
                        "a query parameter",
                    )
