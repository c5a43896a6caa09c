"""OpenAPI schema objects → IR shapes.

Component lookups and ``$ref`` resolution are in ``openapi_components``; opening and merging
``allOf`` pieces, and which ``required`` names narrow a component, in ``openapi_allof``. This
module decides which shape each schema becomes, names it and registers it.

Decisions:
- Every ``components/schemas`` entry is a shape named ``naming.pascal(name)``
  (``byok.v1.Key`` → ``ByokV1Key``; keys that collide are numbered: ``Components``), except a
  bare ``$ref`` (an alias: uses resolve to its
  target). Inline schemas become shapes named after where they sit: ``<Parent><Prop>`` for
  objects, unions and enums, plus ``List``/``Map`` for arrays and maps. Two schemas that
  would share a shape name are a ``SpecError`` naming both, unless they are identical.
- Inline scalars target the Smithy prelude (``smithy.api#String``...) with the constraints
  on the member, as a Smithy model would write them; named scalars are shapes of their own.
- At a *use* (a property, parameter, header or body) an ``allOf`` of one ``$ref`` plus parts
  that only annotate (description, readOnly, examples...) or constrain reuses the referenced
  shape: one class per resource whatever operation returns it. When those parts also make
  more of its properties ``required``, the use gets a structure that *narrows* it
  (``Shape.narrows``): the same members, those required, named like an inline shape at that
  place (``<Op>RequestBody``, ``<Op>ResponseBody``, ``<Parent><Prop>``...). Any other
  ``allOf`` is merged, in order (properties, ``required``, keywords; later parts win), into
  a new structure.
- ``oneOf``/``anyOf`` with a ``discriminator`` is a union of ``$ref`` variants; its members
  are named by the discriminator values (mapping keys, else schema names). ``oneOf`` with
  one variant and ``{type: "null"}`` is that variant, nullable. Without a discriminator it
  is an *untagged* union (``Shape.untagged``) of its variants, any schemas, in document
  order (resolution: docs/openapi-shapes.md). The keywords in ``UNSUPPORTED`` cannot be
  represented and are reported.
- A named schema's top-level ``readOnly``/``writeOnly``/``nullable`` carry over to every
  member that targets it. Member constraints, ``sensitive`` and timestamp formats are
  merged with their target's in ``finish`` (the IR invariant), once every shape exists, so
  recursive references need no special order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from apigen import ir, naming
from apigen.frontends.openapi_allof import (
    container_suffix,
    expand,
    merge,
    merged_with_target,
    narrowed_members,
    narrowing,
    strip_null,
    undeclared_member,
)
from apigen.frontends.openapi_components import Components
from apigen.frontends.openapi_keywords import (
    NOT_SUPPORTED,
    PRELUDE,
    PRELUDE_NAMES,
    UNSUPPORTED,
    Flat,
    Piece,
    Unsupported,
    Use,
    constraints,
    has_null_variant,
    is_modifier,
    kind_of,
    kw_list,
    member_notes,
    nullable_keywords,
    plain,
    python_unique,
    scalar,
    text,
)
from apigen.frontends.openapi_not import conditional, constrained
from apigen.frontends.openapi_types import enum_kind, is_multi_typed
from apigen.frontends.openapi_unions import typed_union, union
from apigen.frontends.openapi_validate import Path_, pointer
from apigen.frontends.smithy_yaml import PRELUDE_NAMESPACE


class Schemas(Components):
    """Builds shapes on demand; ``problems`` collects what cannot be represented."""

    def __init__(self, document: Mapping[str, Any], namespace: str) -> None:
        super().__init__(document)
        self.ns = namespace
        self.shapes: dict[str, ir.Shape] = {
            f"{PRELUDE_NAMESPACE}#{name}": ir.Shape(
                id=f"{PRELUDE_NAMESPACE}#{name}", name=name, type=kind
            )
            for name, kind in PRELUDE.items()
        }
        self.origins: dict[str, Path_] = {}
        self.started: set[str] = set()
        # Narrowing structures whose base was still being built: id → names made required.
        self.pending: dict[str, tuple[str, ...]] = {}
        # Pointers into schemas ($defs entries) being built: path → their shape's id.
        self.pointers: dict[Path_, str] = {}
        self.problems: list[tuple[Path_, str]] = []
        # Derived shape names already given out (name → the place that holds it).
        self.claims: dict[str, Path_] = {}
        self.component_classes = frozenset(self.class_names.values())

    # -- names and registration -----------------------------------------------------------

    def shape_id(self, name: str) -> str:
        return f"{self.ns}#{name}"

    def free_name(self, name: str, origin: Path_) -> str:
        """A derived shape name (inline schema, operation structure) that no one else holds.

        Component schemas own their names; a name derived from where a schema sits yields to
        them and to any other place that claimed it first (document order), taking the first
        free ``<Name>2``, ``<Name>3``... (docs/openapi-shapes.md, "Names that collide").
        The same place asking again gets the same name.
        """
        candidate, n = name, 1
        while True:
            held = self.claims.get(candidate)
            if held == origin:
                return candidate
            if held is None and candidate not in self.component_classes:
                self.claims[candidate] = origin
                return candidate
            n += 1
            candidate = f"{name}{n}"

    def register(self, shape: ir.Shape, origin: Path_) -> None:
        existing = self.shapes.get(shape.id)
        if existing is not None and existing != shape and self.origins.get(shape.id) != origin:
            raise Unsupported(
                origin,
                (
                    f"shape name {shape.name!r} is also given to {pointer(self.origins[shape.id])}; "
                    "rename one of them"
                ),
            )
        self.shapes[shape.id] = shape
        self.origins.setdefault(shape.id, origin)

    # -- named shapes ----------------------------------------------------------------------

    def structure_of(self, ref: str) -> str | None:
        """The shape id of a ``$ref`` to a component that is an object (``not`` of it)."""
        name = self.component_name(ref)
        sid = self.named(self.final_name(name, ())) if name is not None else None
        known = self.shapes.get(sid or "")
        return sid if known is None or known.type is ir.ShapeType.STRUCTURE else None

    def named(self, name: str) -> str:
        """The id of a component schema's shape, building it the first time (cycles welcome)."""
        cls = self.class_name(name)
        sid = self.shape_id(cls)
        if name in self.started:
            return sid
        self.started.add(name)
        path: Path_ = ("components", "schemas", name)
        try:
            flat = merge(self, expand(Piece(self.raw[name], path, cls)), path)
            shape, _ = self.build(flat, cls, named=True)
            if shape is not None:
                self.register(shape, path)
        except Unsupported as exc:
            self.problems.append((exc.path, exc.message))
        return sid

    def all_named(self) -> None:
        for name in self.raw:
            if self.alias_of(name) is None:
                self.named(name)

    # -- uses ------------------------------------------------------------------------------

    def use(self, pieces: list[Piece], path: Path_, hint: str) -> Use:
        """The target and member traits of a schema used by a member."""
        expanded, nullable = strip_null([q for p in pieces for q in expand(p)])
        core = [p for p in expanded if not is_modifier(p)]
        notes = member_notes(expanded)
        nullable = nullable or notes.pop("nullable")
        ref = self.deref(core[0]) if len(core) == 1 and "$ref" in core[0].schema else None
        if isinstance(ref, str):
            sid = self.named(ref)
            flags = self.flags(ref)
            known = self.shapes.get(sid)
            own = [p.schema for p in expanded if p is not core[0]]
            keywords = {k: v for s in own for k, v in s.items()}
            default = self.raw[ref].get("default")
            names = narrowing(self, ref, [n for s in own for n in s.get("required") or ()])
            return Use(
                target=self.narrow(sid, names, hint, path) if names else sid,
                constraints=constrained(
                    keywords, known.type if known else None, path, self.structure_of
                ),
                has_default=notes["has_default"] or default is not None,
                default=notes["default"] if notes["has_default"] else plain(default),
                read_only=notes["read_only"] or flags["read_only"],
                write_only=notes["write_only"] or flags["write_only"],
                nullable=nullable or flags["nullable"],
                documentation=notes["documentation"],
                deprecated=notes["deprecated"],
                schema_name=ref,
            )
        # A direction said at the top of a component an allOf merges still holds for the use.
        for flag in ("read_only", "write_only"):
            notes[flag] = notes[flag] or self.inherited(core, flag)
        if isinstance(ref, Piece):  # a pointer into a schema ($defs): one shape, named after it
            ref = Piece(ref.schema, ref.path, naming.pascal(str(ref.path[-1])))
            building = self.pointers.get(ref.path)
            if building is not None:  # a reference back into it: recursive, like components
                return Use(target=building, nullable=nullable, read_only=notes["read_only"])
            name = self.free_name(ref.hint, ref.path)
            flat = merge(self, expand(ref), ref.path)
            self.pointers[ref.path] = self.shape_id(name + container_suffix(flat))
            try:
                return self.use([*(p for p in expanded if p is not core[0]), ref], path, hint)
            finally:
                del self.pointers[ref.path]
        if len(core) == 1:
            path, hint = core[0].path, core[0].hint
        flat = merge(self, expanded, path)
        shape, scalar = self.build(flat, hint, named=False)
        if shape is not None:
            self.register(shape, path)
            target, own_constraints = shape.id, shape.constraints
            timestamp_format, sensitive = None, False
        else:
            assert scalar is not None
            target, timestamp_format, sensitive = scalar
            own_constraints = constrained(
                flat.keywords, self.shapes[target].type, path, self.structure_of
            )
        return Use(
            target=target,
            documentation=notes["documentation"],
            constraints=own_constraints,
            timestamp_format=timestamp_format,
            sensitive=sensitive,
            has_default=notes["has_default"],
            default=notes["default"],
            read_only=notes["read_only"],
            write_only=notes["write_only"],
            nullable=nullable
            or nullable_keywords(flat.keywords)
            or has_null_variant(flat.keywords),
            deprecated=notes["deprecated"],
        )

    # -- narrowing required -----------------------------------------------------------------

    def narrow(self, base: str, names: tuple[str, ...], name: str, path: Path_) -> str:
        """The id of a structure like ``base`` with ``names`` required, registered as ``name``."""
        name = self.free_name(name, path)
        sid = self.shape_id(name)
        built = self.shapes.get(base)
        self.register(
            ir.Shape(
                id=sid,
                name=name,
                type=ir.ShapeType.STRUCTURE,
                members=narrowed_members(built, sid, names) if built is not None else (),
                narrows=base,
            ),
            path,
        )
        if built is None:  # a reference back into a schema still being built: members later
            self.pending[sid] = names
        return sid

    # -- building --------------------------------------------------------------------------

    def build(
        self, flat: Flat, name: str, *, named: bool
    ) -> tuple[ir.Shape | None, tuple[str, ir.TimestampFormat | None, bool] | None]:
        """A shape for ``flat``, or (inline scalars) a prelude target with its traits."""
        kw = flat.keywords
        for key in sorted(UNSUPPORTED & kw.keys()):
            raise Unsupported((*flat.path, key), f"cannot represent {key!r} yet ({NOT_SUPPORTED})")
        if "if" in kw and (
            "oneOf" in kw or "anyOf" in kw or is_multi_typed(flat) or not flat.properties
        ):
            raise Unsupported((*flat.path, "if"), "cannot represent 'if' but beside properties")
        if not named:
            name = self.free_name(name, flat.path)
        sid = self.shape_id(name)
        doc = text(kw.get("description"))
        common: dict[str, Any] = {
            "id": sid,
            "name": name,
            "documentation": doc,
            "deprecated": kw.get("deprecated") is True,
        }
        if "oneOf" in kw or "anyOf" in kw or is_multi_typed(flat):  # type: [string, integer]
            shape = union(self, flat, common) if "oneOf" in kw or "anyOf" in kw else None
            shape = shape or typed_union(self, flat, common)
            cons = constrained(
                {"not": kw["not"]} if "not" in kw else {}, None, flat.path, self.structure_of
            )
            return replace(shape, constraints=cons), None
        kind = kind_of(flat)
        if "enum" in kw or "const" in kw:
            return self.enum(flat, common), None
        if kind == "object":
            shape = self.object(flat, common, named)
            if shape is None:
                return None, (f"{PRELUDE_NAMESPACE}#Document", None, False)
            return shape, None
        if kind == "array":
            return self.array(flat, common, named), None
        if kind is None:
            if not named:
                return None, (f"{PRELUDE_NAMESPACE}#Document", None, False)
            return ir.Shape(type=ir.ShapeType.DOCUMENT, **common), None
        shape_type, timestamp_format, sensitive = scalar(kind, kw)
        if not named:
            return None, (
                f"{PRELUDE_NAMESPACE}#{PRELUDE_NAMES[shape_type]}",
                timestamp_format,
                sensitive,
            )
        return ir.Shape(
            type=shape_type,
            constraints=constrained(kw, shape_type, flat.path, self.structure_of),
            timestamp_format=timestamp_format,
            sensitive=sensitive,
            **common,
        ), None

    def enum(self, flat: Flat, common: dict[str, Any]) -> ir.Shape:
        kw = flat.keywords
        values = [v for v in (kw["enum"] if "enum" in kw else [kw["const"]]) if v is not None]
        where = (*flat.path, "enum" if "enum" in kw else "const")
        found = enum_kind(values)
        if found is None:
            raise Unsupported(where, "cannot represent an enum of floats, arrays or objects")
        kind, names, values = found
        renamed = naming.deduplicated(names, naming.constant)
        names = [renamed.get(n, n) for n in names]
        return ir.Shape(
            type=kind,
            enum_values=tuple(
                ir.EnumValue(name=n, value=v) for n, v in zip(names, values, strict=True)
            ),
            constraints=constrained(kw, kind, flat.path, self.structure_of),
            **common,
        )

    def object(self, flat: Flat, common: dict[str, Any], named: bool) -> ir.Shape | None:
        """A structure, a map, or a free-form document (None: inline, the prelude Document)."""
        kw = flat.keywords
        extra = kw.get("additionalProperties")
        extra_schema = isinstance(extra, Mapping)
        cons = constrained(kw, ir.ShapeType.STRUCTURE, flat.path, self.structure_of)
        patterns = self.patterns(flat, common)
        if not flat.properties and extra_schema and extra and not patterns:
            name = common["name"] if named else common["name"] + "Map"
            sid = self.shape_id(name)
            key = Use(
                target=f"{PRELUDE_NAMESPACE}#String",
                constraints=constraints(
                    kw.get("propertyNames") or {}, ir.ShapeType.STRING, flat.path
                ),
            )
            value = self.use(
                [Piece(extra, (*flat.path, "additionalProperties"), common["name"] + "Value")],
                (*flat.path, "additionalProperties"),
                common["name"] + "Value",
            )
            return ir.Shape(
                **{**common, "id": sid, "name": name},
                type=ir.ShapeType.MAP,
                constraints=cons,
                members=(
                    key.member(container=sid, name="key"),
                    value.member(container=sid, name="value"),
                ),
            )
        if not flat.properties and extra is not False and not patterns:
            return (
                ir.Shape(type=ir.ShapeType.DOCUMENT, constraints=cons, **common) if named else None
            )
        members = []
        for prop, pieces in flat.properties.items():
            path = (*flat.path, "properties", prop)
            try:
                use = self.use(pieces, path, common["name"] + naming.pascal(prop))
            except Unsupported as exc:  # report it, and go on to find the other members' problems
                self.problems.append((exc.path, exc.message))
                continue
            members.append(
                use.member(container=common["id"], name=prop, required=prop in flat.required)
            )
        members.extend(
            undeclared_member(common["id"], prop)
            for prop in flat.required
            if prop not in flat.properties
        )
        members = python_unique(members)
        additional = None
        if extra_schema and extra:  # other keys beside the properties, each of this schema
            where, hint = (*flat.path, "additionalProperties"), common["name"] + "Value"
            value = self.use([Piece(extra, where, hint)], where, hint)
            additional = value.member(container=common["id"], name="additionalProperties")
        return ir.Shape(
            type=ir.ShapeType.STRUCTURE,
            members=tuple(members),
            constraints=cons,
            additional=additional,
            patterns=patterns,
            closed=extra is False,
            conditional=conditional(kw, flat.path),
            **common,
        )

    def patterns(self, flat: Flat, common: dict[str, Any]) -> tuple[tuple[str, ir.Member], ...]:
        """``patternProperties`` (3.1) as (pattern, member) pairs, in document order; the
        one-pattern map ``pattern_keyed`` already made a map is not seen here."""
        raw = flat.keywords.get("patternProperties")
        if raw is None:
            return ()
        if not isinstance(raw, Mapping):
            raise Unsupported((*flat.path, "patternProperties"), "must be an object")
        found = []
        for index, (pattern, schema) in enumerate(raw.items()):
            where = (*flat.path, "patternProperties", str(pattern))
            hint = f"{common['name']}Pattern{index + 1}"
            use = self.use([Piece(schema, where, hint)], where, hint)
            found.append(
                (str(pattern), use.member(container=common["id"], name=f"pattern{index + 1}"))
            )
        return tuple(found)

    def array(self, flat: Flat, common: dict[str, Any], named: bool) -> ir.Shape:
        kw = flat.keywords
        name = common["name"] if named else common["name"] + "List"
        sid = self.shape_id(name)
        items = kw.get("items", {})
        path = (*flat.path, "items")
        item_hint = common["name"] + "Item"
        use = self.use(
            [Piece(items if items is not False else {}, path, item_hint)], path, item_hint
        )
        prefix = []  # prefixItems: a tuple's positions, then the items after them
        for index, schema in enumerate(kw_list(kw.get("prefixItems"))):
            where, hint = (*flat.path, "prefixItems", index), f"{common['name']}{index + 1}"
            position = self.use([Piece(schema, where, hint)], where, hint)
            prefix.append(position.member(container=sid, name=f"item{index + 1}"))
        return ir.Shape(
            **{**common, "id": sid, "name": name},
            type=ir.ShapeType.LIST,
            members=(use.member(container=sid, name="member"), *prefix),
            constraints=constrained(kw, ir.ShapeType.LIST, flat.path, self.structure_of),
            closed=bool(prefix) and items is False,
        )

    def finish_member(self, member: ir.Member) -> ir.Member:
        """Merge the target's constraints, sensitivity and timestamp format in (IR invariant)."""
        return merged_with_target(self.shapes, member)

    def finish(self) -> dict[str, ir.Shape]:
        """Every shape, members merged with their targets, sorted by id."""
        for sid, names in self.pending.items():
            shape = self.shapes[sid]
            base = self.shapes.get(shape.narrows or "")
            if base is not None:  # else the base's own problem is reported
                self.shapes[sid] = replace(shape, members=narrowed_members(base, sid, names))
        done = {
            sid: replace(
                shape,
                members=tuple(self.finish_member(m) for m in shape.members),
                additional=shape.additional and self.finish_member(shape.additional),
            )
            for sid, shape in self.shapes.items()
        }
        return dict(sorted(done.items()))
