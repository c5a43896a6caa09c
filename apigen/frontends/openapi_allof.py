"""Opening and folding schema pieces: ``$ref``, ``allOf``, ``oneOf`` with null, narrowing.

A schema as written is a list of *pieces* (``Piece``): a ``$ref``, the parts of an
``allOf``, and its own keywords. These functions open and fold them; they build no shapes,
so ``openapi_schemas`` can ask what a schema means before deciding which shape it becomes.

Decisions:
- ``expand`` opens one level: ``[ref, allOf parts..., own keywords]``, nested ``allOf``s
  flattened in order.
- ``oneOf``/``anyOf`` of exactly one schema and ``{type: "null"}`` is that schema, nullable
  (``strip_null``); every other ``oneOf``/``anyOf`` is left for the union builder.
- ``merge`` folds pieces, ``$ref``s opened (a cycle of ``allOf`` through components is
  reported), into one ``Flat`` in order: properties, ``required``, keywords; later parts win.
- ``patternProperties`` of one pattern that every key must match is a map (``pattern_keyed``).
- A use that adds ``required`` names to a component *narrows* it when the component leaves
  them optional or does not declare them at all (``narrowing``); the narrowing structure copies the component's members,
  those required (``narrowed_members``). Enums and unions are never narrowed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from apigen import ir, naming
from apigen.frontends.openapi_components import Components
from apigen.frontends.openapi_keywords import Flat, Piece, Unsupported, fold
from apigen.frontends.openapi_validate import Path_
from apigen.frontends.smithy_yaml import PRELUDE_NAMESPACE


def expand(piece: Piece) -> list[Piece]:
    """``$ref`` and ``allOf`` opened one level: [ref, allOf parts..., own keywords]."""
    schema = piece.schema
    if not isinstance(schema, Mapping):
        raise Unsupported(piece.path, "a schema must be an object here")
    out: list[Piece] = []
    if "$ref" in schema:
        out.append(Piece({"$ref": schema["$ref"]}, piece.path, piece.hint))
    for index, part in enumerate(schema.get("allOf") or ()):
        out.extend(expand(Piece(part, (*piece.path, "allOf", index), piece.hint)))
    own = {k: v for k, v in schema.items() if k not in ("$ref", "allOf")}
    if own or not out:
        out.append(Piece(own, piece.path, piece.hint))
    return out


def strip_null(pieces: list[Piece]) -> tuple[list[Piece], bool]:
    """``oneOf``/``anyOf`` of one schema and ``{type: "null"}`` → that schema, nullable."""
    out: list[Piece] = []
    nullable = False
    for piece in pieces:
        key = "oneOf" if "oneOf" in piece.schema else "anyOf" if "anyOf" in piece.schema else None
        options = piece.schema.get(key) if key else None
        if key and isinstance(options, list) and len(options) == 2:
            nulls = [
                i
                for i, o in enumerate(options)
                if isinstance(o, Mapping) and o.get("type") == "null"
            ]
            if len(nulls) == 1:
                keep = 1 - nulls[0]
                rest = {k: v for k, v in piece.schema.items() if k not in (key, "discriminator")}
                if rest:
                    out.append(Piece(rest, piece.path, piece.hint))
                out.extend(expand(Piece(options[keep], (*piece.path, key, keep), piece.hint)))
                nullable = True
                continue
        out.append(piece)
    return out, nullable


def merge(
    components: Components, pieces: list[Piece], path: Path_, stack: tuple[str, ...] = ()
) -> Flat:
    """Pieces (``$ref``s opened, their ``allOf``s too) folded into one flat schema."""
    flat = Flat(path=path)
    for piece in pieces:
        if "$ref" in piece.schema:
            target = components.deref(piece)
            if isinstance(target, str):
                if target in stack:
                    raise Unsupported(piece.path, f"allOf cycle through {target!r}")
                sub_path: Path_ = ("components", "schemas", target)
                sub = expand(Piece(components.raw[target], sub_path, components.class_name(target)))
                fold(flat, merge(components, sub, sub_path, (*stack, target)), piece.path)
            else:
                fold(flat, merge(components, expand(target), target.path, stack), piece.path)
            continue
        part = Flat(path=piece.path)
        for key, value in piece.schema.items():
            if key == "properties":
                for prop, sub_schema in (value or {}).items():
                    part.properties[prop] = [
                        Piece(
                            sub_schema,
                            (*piece.path, "properties", prop),
                            piece.hint + naming.pascal(prop),
                        )
                    ]
            elif key == "required":
                part.required = list(value)
            else:
                part.keywords[key] = value
        fold(flat, part, piece.path)
    return pattern_keyed(flat)


def pattern_keyed(flat: Flat) -> Flat:
    """One ``patternProperties`` entry, no properties, ``additionalProperties: false``: every
    key matches the pattern and every value the schema, exactly a map (its keys' pattern as
    ``propertyNames``). Any other ``patternProperties`` is left to be reported."""
    kw = flat.keywords
    patterns = kw.get("patternProperties")
    if (
        not isinstance(patterns, Mapping)
        or len(patterns) != 1
        or flat.properties
        or kw.get("additionalProperties") is not False
        or "propertyNames" in kw
    ):
        return flat
    [(pattern, schema)] = patterns.items()
    rest = {k: v for k, v in kw.items() if k != "patternProperties"}
    rest.update(additionalProperties=schema, propertyNames={"pattern": pattern})
    return replace(flat, keywords=rest)


def narrowing(components: Components, name: str, required: list[str]) -> tuple[str, ...]:
    """Which of ``required`` are properties of component ``name`` it leaves optional."""
    if not required:
        return ()
    path: Path_ = ("components", "schemas", name)
    try:
        flat = merge(
            components, expand(Piece(components.raw[name], path, components.class_name(name))), path
        )
    except Unsupported:  # reported where the component itself is built
        return ()
    if {"oneOf", "anyOf", "enum", "const"} & flat.keywords.keys() or not flat.properties:
        return ()  # only a structure narrows (a map or free-form object keeps its shape)
    return tuple(dict.fromkeys(n for n in required if n not in flat.required))


def undeclared_member(container: str, name: str) -> ir.Member:
    """A name ``required`` lists but no ``properties`` declares: any JSON value, required.

    JSON Schema still demands the key (vendors list ``environment_id`` without declaring
    it), so the class gets a required member of any value rather than dropping the rule.
    """
    return ir.Member(
        id=f"{container}${name}", name=name, target=f"{PRELUDE_NAMESPACE}#Document", required=True
    )


def narrowed_members(base: ir.Shape, sid: str, names: tuple[str, ...]) -> tuple[ir.Member, ...]:
    """``base``'s members as members of ``sid``, those in ``names`` required (and added,
    as ``undeclared_member``s, when ``base`` has no such member)."""
    own = {m.name for m in base.members}
    return (
        *(
            replace(m, id=f"{sid}${m.name}", required=m.required or m.name in names)
            for m in base.members
        ),
        *(undeclared_member(sid, n) for n in names if n not in own),
    )


def container_suffix(flat: Flat) -> str:
    """What an inline shape's name gets for its kind: ``List``, ``Map`` or nothing."""
    kw = flat.keywords
    if kw.get("type") == "array" or ("items" in kw and "type" not in kw):
        return "List"
    extra = kw.get("additionalProperties")
    if not flat.properties and isinstance(extra, Mapping) and extra:
        return "Map"
    return ""


def merged_with_target(shapes: Mapping[str, ir.Shape], member: ir.Member) -> ir.Member:
    """``member`` with its target's constraints, sensitivity and timestamp format merged in
    (the IR invariant), once every shape exists."""
    target = shapes.get(member.target)
    if target is None:
        return member
    return replace(
        member,
        constraints=member.constraints.merged_over(target.constraints),
        sensitive=member.sensitive or target.sensitive,
        timestamp_format=member.timestamp_format or target.timestamp_format,
    )
