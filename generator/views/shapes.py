"""View of a service's shapes module: one class per enum, structure and union.

Lists, maps and simple shapes are not classes: their (constrained) types are inlined in
member annotations. Classes come out enums first, then models in dependency order with the
class name as tie-breaker, so output is stable whatever order the spec lists shapes in.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import ir, naming
from generator.views.docs import docstring
from generator.views.imports import ImportSet
from generator.views.types import TypeMapper, is_tagged_union

_MODEL_TYPES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION)


@dataclass(frozen=True, kw_only=True, slots=True)
class FieldView:
    name: str
    annotation: str
    field_args: str
    doc: str


@dataclass(frozen=True, kw_only=True, slots=True)
class EnumMemberView:
    name: str
    value: str
    doc: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ClassView:
    name: str
    base: str
    doc: str
    fields: tuple[FieldView, ...] = ()
    enum_members: tuple[EnumMemberView, ...] = ()
    class_vars: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True, slots=True)
class ShapesView:
    doc: str
    imports: tuple[str, ...]
    classes: tuple[ClassView, ...]
    exports: tuple[str, ...]


def model_order(service: ir.Service) -> list[ir.Shape]:
    """Structures and unions, dependencies first (depth-first, sorted by class name).

    Discriminated (OpenAPI) unions are left out: they are inline type expressions.
    """
    models = {
        s.id: s
        for s in service.shapes.values()
        if s.type in _MODEL_TYPES and not is_tagged_union(s)
    }
    ordered: list[ir.Shape] = []
    seen: set[str] = set()

    def references(shape: ir.Shape) -> list[str]:
        found: list[str] = []
        stack = [m.target for m in shape.members]
        visited: set[str] = set()
        while stack:
            target = stack.pop()
            if target in visited:
                continue
            visited.add(target)
            t = service.shapes[target]
            if t.type in _MODEL_TYPES and not is_tagged_union(t):
                found.append(target)
            elif t.type in (ir.ShapeType.LIST, ir.ShapeType.MAP) or is_tagged_union(t):
                stack.extend(m.target for m in t.members)
        return sorted(found, key=lambda sid: naming.pascal(models[sid].name))

    def visit(sid: str) -> None:
        if sid in seen:
            return
        seen.add(sid)
        for dep in references(models[sid]):
            visit(dep)
        ordered.append(models[sid])

    for sid in sorted(models, key=lambda s: naming.pascal(models[s].name)):
        visit(sid)
    return ordered


def field_view(mapper: TypeMapper, member: ir.Member, in_union: bool, protocol: str) -> FieldView:
    name = naming.snake(member.name)
    wire = (
        member.json_name
        if (member.json_name and protocol in ("restJson1", "openapi"))
        else member.name
    )
    annotation = mapper.member_type(member)
    args: list[str] = []
    optional = in_union or not (member.required and not member.read_only)
    if member.has_default and not in_union and member.default is not None:
        args.append(f"default={member.default!r}")
    elif optional:
        annotation = f"{annotation} | None"
        args.append("default=None")
    if wire != name:
        mapper.pydantic_names.add("AliasChoices")
        args.append(f"validation_alias=AliasChoices({wire!r}, {name!r})")
        args.append(f"serialization_alias={wire!r}")
    if member.sensitive:
        args.append("repr=False")
    if member.deprecated:
        args.append("deprecated=True")
    return FieldView(
        name=name,
        annotation=annotation,
        field_args=", ".join(args),
        doc=docstring(member.documentation, indent=4),
    )


def class_view(mapper: TypeMapper, shape: ir.Shape, protocol: str) -> ClassView:
    name = mapper.class_name(shape)
    fallback = f"The {shape.name} {shape.type.value}."
    doc = docstring(shape.documentation, indent=4, fallback=fallback)
    if shape.type is ir.ShapeType.ENUM:
        mapper.runtime_names.add("OpenEnum")
        members = tuple(
            EnumMemberView(
                name=naming.constant(v.name),
                value=repr(v.value),
                doc=docstring(v.documentation, indent=4),
            )
            for v in shape.enum_values
        )
        return ClassView(name=name, base="OpenEnum", doc=doc, enum_members=members)
    if shape.type is ir.ShapeType.INT_ENUM:
        mapper.runtime_names.add("OpenIntEnum")
        members = tuple(
            EnumMemberView(
                name=naming.constant(v.name),
                value=repr(v.value),
                doc=docstring(v.documentation, indent=4),
            )
            for v in shape.enum_values
        )
        return ClassView(name=name, base="OpenIntEnum", doc=doc, enum_members=members)
    in_union = shape.type is ir.ShapeType.UNION
    base = "ApigenUnion" if in_union else "ApigenOneOf" if shape.exactly_one_of else "ApigenModel"
    mapper.runtime_names.add(base)
    fields = tuple(field_view(mapper, m, in_union, protocol) for m in shape.members)
    nullable = sorted(
        {n for m in shape.members if m.nullable for n in (naming.snake(m.name), m.wire_name)}
    )
    class_vars: tuple[str, ...] = ()
    if nullable:
        mapper.typing_names.add("ClassVar")
        class_vars = (f"__apigen_nullable__: ClassVar[frozenset[str]] = frozenset({nullable!r})",)
    return ClassView(name=name, base=base, doc=doc, fields=fields, class_vars=class_vars)


def shapes_view(service: ir.Service) -> ShapesView:
    mapper = TypeMapper(service)
    enums = sorted(
        (
            s
            for s in service.shapes.values()
            if s.type in (ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM)
        ),
        key=lambda s: naming.pascal(s.name),
    )
    classes = tuple(
        class_view(mapper, s, service.protocol) for s in [*enums, *model_order(service)]
    )
    imports = ImportSet()
    imports.add("__future__", "annotations")
    for name in mapper.typing_names:
        imports.add("typing", name)
    for name in mapper.annotated_types:
        imports.add("annotated_types", name)
    for name in mapper.pydantic_names | {"Field"}:
        imports.add("pydantic", name)
    for name in mapper.runtime_names:
        imports.add(".._runtime.model", name)
    return ShapesView(
        doc=docstring(f"Shapes of {service.title} (version {service.version}).", indent=0),
        imports=imports.lines(),
        classes=classes,
        exports=tuple(sorted(c.name for c in classes)),
    )
