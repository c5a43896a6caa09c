"""View of a service's shapes module: one class per enum, structure and union.

Lists, maps and simple shapes are not classes: their (constrained) types are inlined in
member annotations. Classes come out enums first, then models in dependency order with the
class name as tie-breaker, so output is stable whatever order the spec lists shapes in.

A structure that narrows another is a subclass of it (and of ``ApigenNarrowed``) that
redeclares only the members it makes required. A required member is optional in a class that
may travel in a request when it is readOnly, in a response when it is writeOnly (OpenAPI:
such a member is required only in the other direction, and the codec leaves it out of this
one).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from apigen import ir, naming, regex_translate
from apigen.views.docs import docstring
from apigen.views.imports import ImportSet
from apigen.views.layout import Bracket, assignment, bracketed
from apigen.views.literals import literal
from apigen.views.shape_graph import (
    REQUEST,
    RESPONSE,
    directions,
    model_order,
    needs_postponed_annotations,
)
from apigen.views.types import (
    Import,
    TypeExpr,
    TypeMapper,
    imports_of,
    runtime,
    untagged_note,
)
from apigen.views.types import named as named_in
from apigen.views.types import (
    optional as or_none,
)

_BOTH = frozenset({REQUEST, RESPONSE})


@dataclass(frozen=True, kw_only=True, slots=True)
class FieldView:
    name: str
    annotation: str
    field_args: str
    line: str  # ``name: annotation = Field(field_args)`` laid out as black does
    doc: str
    imports: frozenset[Import] = frozenset()  # what the annotation and arguments name


@dataclass(frozen=True, kw_only=True, slots=True)
class EnumMemberView:
    name: str
    value: str
    doc: str
    spaced: bool = True
    """A blank line before it: the first member, and members next to a documented one."""


def _spaced(members: Iterable[EnumMemberView]) -> tuple[EnumMemberView, ...]:
    """Undocumented members sit on consecutive lines; a docstring gets blank lines around it."""
    out: list[EnumMemberView] = []
    for member in members:
        spaced = not out or bool(member.doc) or bool(out[-1].doc)
        out.append(dataclasses.replace(member, spaced=spaced))
    return tuple(out)


@dataclass(frozen=True, kw_only=True, slots=True)
class ClassView:
    name: str
    base: str
    doc: str
    fields: tuple[FieldView, ...] = ()
    enum_members: tuple[EnumMemberView, ...] = ()
    class_vars: tuple[str, ...] = ()
    imports: frozenset[Import] = frozenset()  # what the class line and class vars name


@dataclass(frozen=True, kw_only=True, slots=True)
class ShapesView:
    doc: str
    imports: tuple[str, ...]
    classes: tuple[ClassView, ...]
    exports: tuple[str, ...]
    pragmas: tuple[str, ...] = ()
    """Type-checker comments for the whole module, each after the reason it is there."""


def _frozenset_var(var: str, names: list[str]) -> str:
    """``var: ClassVar[frozenset[str]] = frozenset([names])`` laid out as black does."""
    listed = Bracket("[", [literal(n) for n in names], "]")
    return bracketed(f"{var}: ClassVar[frozenset[str]] = frozenset(", [listed], ")", 1)


def is_optional(member: ir.Member, ways: frozenset[str]) -> bool:
    """Whether a structure's member is optional where the structure travels ``ways``."""
    return (
        not member.required
        or (member.read_only and REQUEST in ways)
        or (member.write_only and RESPONSE in ways)
    )


def carries_sensitive(service: ir.Service, member: ir.Member) -> bool:
    """Whether a member's value can hold a sensitive value outside a structure of its own.

    A sensitive member, or one whose list elements, map keys or map values are sensitive at
    any depth of lists and maps, is left out of ``repr``/``str`` as a whole. A structure is
    not looked into: its own fields decide its own ``repr`` (and so a nested one's).
    """
    seen: set[str] = set()
    pending = [member]
    while pending:
        current = pending.pop()
        if current.sensitive or service.shapes[current.target].sensitive:
            return True
        shape = service.shapes[current.target]
        if shape.id in seen:
            continue
        seen.add(shape.id)
        if shape.type is ir.ShapeType.LIST and shape.member is not None:
            pending.append(shape.member)
        elif shape.type is ir.ShapeType.MAP:
            pending.extend(m for m in (shape.key, shape.value) if m is not None)
    return False


def _runtime(name: str) -> frozenset[Import]:
    return runtime(name).imports


def field_view(mapper: TypeMapper, member: ir.Member, in_union: bool, optional: bool) -> FieldView:
    name = naming.snake(member.name)
    wire = member.wire_name
    annotation = mapper.member_type(member)
    named: list[TypeExpr] = [named_in("Field", "pydantic")]
    args: list[str] = []
    aliases: Bracket | None = None
    optional = in_union or optional
    streaming = mapper.service.shapes[member.target].streaming
    if streaming and not in_union:  # never None: an empty stream when absent (Smithy)
        factory = mapper.stream_factory(member)
        named.append(factory)
        args.append(f"default_factory={factory}")
    elif member.has_default and not in_union and member.default is not None:
        args.append(f"default={literal(member.default)}")
    elif optional:
        annotation = or_none(annotation)
        args.append("default=None")
    elif member.nullable:  # required, and null is a value the document allows
        annotation = or_none(annotation)
    if wire != name:
        named.append(named_in("AliasChoices", "pydantic"))
        aliases = Bracket("validation_alias=AliasChoices(", [literal(wire), literal(name)], ")")
        args.append(aliases.flat())
        args.append(f"serialization_alias={literal(wire)}")
    if carries_sensitive(mapper.service, member):
        args.append("repr=False")
    if member.deprecated:
        args.append("deprecated=True")
    return FieldView(
        name=name,
        annotation=annotation.text,
        imports=imports_of([annotation, *named]),
        field_args=", ".join(args),
        line=assignment(
            name,
            annotation.text,
            "Field(",
            [aliases if aliases and arg == aliases.flat() else arg for arg in args],
            1,
        ),
        doc=docstring(
            "\n\n".join(
                t for t in (member.documentation, untagged_note(mapper.service, member)) if t
            ),
            indent=4,
        ),
    )


def class_view(
    mapper: TypeMapper, shape: ir.Shape, ways: Mapping[str, frozenset[str]]
) -> ClassView:
    name = mapper.class_name(shape)
    if shape.narrows is not None:
        return narrowing_view(mapper, shape, ways)
    fallback = f"The {shape.name} {shape.type.value}."
    doc = docstring(shape.documentation, indent=4, fallback=fallback)
    if shape.type is ir.ShapeType.ENUM:
        members = _spaced(
            EnumMemberView(
                name=naming.constant(v.name),
                value=literal(v.value),
                doc=docstring(v.documentation, indent=4),
            )
            for v in shape.enum_values
        )
        return ClassView(
            name=name, base="OpenEnum", doc=doc, enum_members=members, imports=_runtime("OpenEnum")
        )
    if shape.type is ir.ShapeType.INT_ENUM:
        members = _spaced(
            EnumMemberView(
                name=naming.constant(v.name),
                value=literal(v.value),
                doc=docstring(v.documentation, indent=4),
            )
            for v in shape.enum_values
        )
        return ClassView(
            name=name,
            base="OpenIntEnum",
            doc=doc,
            enum_members=members,
            imports=_runtime("OpenIntEnum"),
        )
    in_union = shape.type is ir.ShapeType.UNION
    base = "ApigenUnion" if in_union else "ApigenOneOf" if shape.exactly_one_of else "ApigenModel"
    imports = set(_runtime(base))
    travels = ways.get(shape.id, _BOTH)
    fields = tuple(field_view(mapper, m, in_union, is_optional(m, travels)) for m in shape.members)
    class_vars = []
    for var, flag in (
        ("__apigen_nullable__", "nullable"),
        ("__apigen_read_only__", "read_only"),
        ("__apigen_write_only__", "write_only"),
    ):
        names = sorted(
            {
                n
                for m in shape.members
                if getattr(m, flag)
                for n in (naming.snake(m.name), m.wire_name)
            }
        )
        if names:
            imports.add(("typing", "ClassVar"))
            class_vars.append(_frozenset_var(var, names))
    if shape.patterns:  # patternProperties: the class checks its other keys itself
        base = f"{base}, PatternKeyed"
        imports.update(
            (("typing", "ClassVar"), ("pydantic", "ConfigDict"), *_runtime("PatternKeyed"))
        )
        imports.add(("collections.abc", "Callable"))
        class_vars.append('model_config = ConfigDict(extra="allow")')
        keyed: list[str] = []
        for pattern, member in shape.patterns:
            value = mapper.member_type(member)
            value = or_none(value) if member.nullable else value
            imports.update(value.imports)
            keyed.append(f"({literal(regex_translate.to_python(pattern))}, lambda: {value.text})")
        class_vars.append(
            "__apigen_patterns__: ClassVar[tuple[tuple[str, Callable[[], object]], ...]] = ("
            + "".join(f"{c}, " for c in keyed)
            + ")"
        )
        if shape.additional is not None:
            other = mapper.member_type(shape.additional)
            other = or_none(other) if shape.additional.nullable else other
            imports.update(other.imports)
            class_vars.append(f"__apigen_other__: ClassVar[object] = lambda: {other.text}")
        elif shape.closed:
            class_vars.append("__apigen_other__: ClassVar[object] = False")
    elif shape.additional is not None:  # other keys, each value of one type (pydantic's extras)
        extra = mapper.member_type(shape.additional)
        extra = or_none(extra) if shape.additional.nullable else extra
        imports.update((*extra.imports, ("pydantic", "ConfigDict")))
        class_vars.append('model_config = ConfigDict(extra="allow")')
        class_vars.append(f"__pydantic_extra__: dict[str, {extra.text}] = Field(init=False)")
    if shape.type is ir.ShapeType.STRUCTURE and shape.constraints.excluded is not None:
        conditions = mapper.excluded_conditions(shape.constraints.excluded)  # its own not
        imports.update((("typing", "ClassVar"), *_runtime("Excludes")))
        base = f"{base}, Excludes"
        class_vars.append(f"__apigen_not__: ClassVar[dict[str, object]] = {literal(conditions)}")
    if shape.conditional is not None:  # if/then/else: the class checks them
        parts = dict(zip(("if", "then", "else"), shape.conditional, strict=True))
        checks = {k: mapper.excluded_conditions(v) for k, v in parts.items() if v is not None}
        imports.update((("typing", "ClassVar"), *_runtime("Conditional")))
        base = f"{base}, Conditional"
        class_vars.append(
            f"__apigen_if__: ClassVar[dict[str, dict[str, object]]] = {literal(checks)}"
        )
    if shape.closed and shape.additional is None and not shape.patterns:  # refused on a server
        imports.update((("pydantic", "ConfigDict"), *_runtime("RefusesOtherKeys")))
        base = f"{base}, RefusesOtherKeys"
        class_vars.append('model_config = ConfigDict(extra="allow")')
    if mapper.service.explicit_nullability:
        # An optional member the document does not make nullable: absent is fine, null is not.
        refused = sorted(
            naming.snake(m.name)
            for m in shape.members
            if not m.nullable and is_optional(m, travels) and not in_union
        )
        if refused:
            imports.update((("typing", "ClassVar"), *_runtime("RefusesNull")))
            base = f"{base}, RefusesNull"
            class_vars.append(_frozenset_var("__apigen_not_null__", refused))
    return ClassView(
        name=name,
        base=base,
        doc=doc,
        fields=fields,
        class_vars=tuple(class_vars),
        imports=frozenset(imports),
    )


def narrowing_view(
    mapper: TypeMapper, shape: ir.Shape, ways: Mapping[str, frozenset[str]]
) -> ClassView:
    """A subclass of the narrowed structure redeclaring the members it makes required."""
    base = mapper.service.shapes[shape.narrows or ""]
    base_class = mapper.class_name(base)
    travels, base_travels = ways.get(shape.id, _BOTH), ways.get(base.id, _BOTH)
    kept = len(base.members)  # members past the base's: required keys it does not declare
    narrowed = [
        m
        for m, b in zip(shape.members[:kept], base.members, strict=True)
        if is_optional(b, base_travels) and not is_optional(m, travels)
    ] + list(shape.members[kept:])
    names = [m.wire_name for m in narrowed]
    listed = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    fallback = f"A {base_class} with {listed} required." if names else f"A {base_class}."
    return ClassView(
        name=mapper.class_name(shape),
        base=f"{base_class}, ApigenNarrowed",
        doc=docstring(shape.documentation, indent=4, fallback=fallback),
        fields=tuple(field_view(mapper, m, False, False) for m in narrowed),
        imports=_runtime("ApigenNarrowed"),
    )


# A narrowing subclass redeclares a member ``T | None`` as ``T``: sound for reading (every
# value it holds is one the base allows) and what the document says, but pyright's strict
# mode holds mutable attributes invariant. mypy accepts the override as it is.
_NARROWING_PRAGMA = (
    "# Narrowed shapes redeclare optional members as required (a subclass's stricter type).",
    "# pyright: reportIncompatibleVariableOverride=false",
    "",
)


def service_classes(service: ir.Service) -> tuple[list[ir.Shape], tuple[ClassView, ...]]:
    """Every class of the service in module order (enums by name, then models dependencies
    first) and the models alone in that order."""
    mapper = TypeMapper(service)
    enums = sorted(
        (
            s
            for s in service.shapes.values()
            if s.type in (ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM)
        ),
        key=lambda s: naming.pascal(s.name),
    )
    ways = directions(service)
    models = model_order(service)
    return models, tuple(class_view(mapper, s, ways) for s in [*enums, *models])


def module_view(
    service: ir.Service,
    classes: tuple[ClassView, ...],
    *,
    postponed: bool,
    doc: str,
    local: Iterable[Import] = (),
    up: str = "",
) -> ShapesView:
    """A module of ``classes``: their imports (runtime modules one level further ``up`` in
    a shapes package, classes of sibling modules as ``local`` imports), postponed
    annotations when one names a class defined after it."""
    imports = ImportSet()
    if postponed:
        imports.add("__future__", "annotations")
    if any(c.fields or any("Field(" in v for v in c.class_vars) for c in classes):
        imports.add("pydantic", "Field")
    needed = {i for c in classes for i in (*c.imports, *(i for f in c.fields for i in f.imports))}
    for module, name in needed:
        imports.add(up + module if module.startswith("..") else module, name)
    for module, name in local:
        imports.add(module, name)
    # Users check for this one (``isinstance``), so the shapes module exports it.
    reexported = {name for _, name in needed} & {"UnknownVariant"}
    narrowing = any(", ApigenNarrowed" in c.base for c in classes)
    return ShapesView(
        pragmas=_NARROWING_PRAGMA if narrowing else (),
        doc=docstring(doc, indent=0),
        imports=imports.lines(),
        classes=classes,
        exports=tuple(sorted([*(c.name for c in classes), *reexported])),
    )


def shapes_view(service: ir.Service) -> ShapesView:
    """The one shapes module of a service (``shapes_package``: the package of a big one)."""
    models, classes = service_classes(service)
    return module_view(
        service,
        classes,
        postponed=needs_postponed_annotations(service, models),
        doc=f"Shapes of {service.title} (version {service.version}).",
    )
