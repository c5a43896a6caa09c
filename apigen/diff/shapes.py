"""Shape-level rules: classes are paired by name (the generated class a caller imports).

Only enums, structures and unions are classes; lists, maps and simple shapes are inlined in
the annotations of the members that use them, so they are compared there
(``members.member_changes``). A class gone from the new spec is breaking
(``from ...shapes import Name`` fails), a new one is a feature. Paired shapes compare their type, members (by name, each with
``members.member_changes``), enum values (by name), error traits and documentation. Prelude
shapes (``smithy.api#``) are not the service's own and are left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from apigen import ir
from apigen.diff.changes import Kind
from apigen.diff.members import member_changes, target_shape

PRELUDE_NAMESPACE = "smithy.api#"
_CLASSES = (ir.ShapeType.STRUCTURE, ir.ShapeType.UNION, ir.ShapeType.ENUM, ir.ShapeType.INT_ENUM)


def own_shapes(service: ir.Service) -> dict[str, ir.Shape]:
    """The service's generated classes (enums, structures, unions) by name."""
    return {
        s.name: s
        for s in service.shapes.values()
        if s.type in _CLASSES and not s.id.startswith(PRELUDE_NAMESPACE)
    }


def received_shapes(service: ir.Service) -> set[str]:
    """Names of the shapes a caller receives: reached from outputs, errors and responses."""
    roots: list[str] = list(service.errors)
    for op in service.operations:
        roots += [s for s in (op.output,) if s is not None]
        roots += list(op.errors)
        roots += [r.shape for r in op.responses if r.shape is not None]
    seen: set[str] = set()
    stack = roots
    while stack:
        shape = target_shape(service, stack.pop())
        if shape is None or shape.name in seen:
            continue
        seen.add(shape.name)
        stack.extend(m.target for m in shape.members)
    return seen


def _members_noun(shape: ir.Shape) -> str:
    return "variant" if shape.type is ir.ShapeType.UNION else "member"


def _member_changess(
    old_service: ir.Service,
    new_service: ir.Service,
    old: ir.Shape,
    new: ir.Shape,
    received: bool,
) -> Iterator[tuple[str, Kind, str]]:
    """Member changes as (subject, kind, what): each member is its own subject."""
    noun = _members_noun(new)
    old_members = {m.name: m for m in old.members}
    new_members = {m.name: m for m in new.members}
    for name in old_members:
        if name not in new_members:
            yield f"{new.name}.{name}", Kind.BREAKING, f"{noun} removed"
    for name, member in new_members.items():
        subject = f"{new.name}.{name}"
        before = old_members.get(name)
        if before is None:
            if member.required:
                yield subject, Kind.BREAKING, f"required {noun} added"
            else:
                yield subject, Kind.FEATURE, f"{noun} added"
            continue
        for kind, what in member_changes(
            old_service, new_service, before, member, received=received
        ):
            yield subject, kind, what


def _compare_enum(old: ir.Shape, new: ir.Shape) -> Iterator[tuple[str, Kind, str]]:
    old_values = {v.name: v for v in old.enum_values}
    new_values = {v.name: v for v in new.enum_values}
    for name, value in old_values.items():
        if name not in new_values:
            yield new.name, Kind.BREAKING, f"enum value {value.value!r} removed"
    for name, value in new_values.items():
        before = old_values.get(name)
        if before is None:
            yield new.name, Kind.FEATURE, f"enum value {value.value!r} added"
        elif before.value != value.value:
            what = f"enum value {name} changed from {before.value!r} to {value.value!r}"
            yield new.name, Kind.BREAKING, what
        elif before.documentation != value.documentation:
            yield new.name, Kind.FIX, f"documentation of enum value {value.value!r} changed"


def _compare_traits(old: ir.Shape, new: ir.Shape) -> Iterator[tuple[Kind, str]]:
    if old.error != new.error:
        if old.error is None:  # an OpenAPI schema first used as an error response
            yield Kind.FEATURE, f"now an error ({new.error} fault): it has an exception class"
        elif new.error is None:
            yield Kind.BREAKING, "no longer an error: its exception class is gone"
        else:
            yield Kind.BREAKING, f"error kind changed from {old.error} to {new.error}"
    if old.http_error != new.http_error:
        yield Kind.BREAKING, f"HTTP status changed from {old.http_error} to {new.http_error}"
    if old.error_code != new.error_code:
        yield Kind.BREAKING, f"error code changed from {old.error_code} to {new.error_code}"
    if (old.retryable, old.throttling) != (new.retryable, new.throttling):
        yield Kind.FEATURE, "retry behaviour changed (retryable/throttling)"
    if old.exactly_one_of != new.exactly_one_of:
        if new.exactly_one_of:
            yield Kind.BREAKING, "now exactly one member must be set"
        else:
            yield Kind.FEATURE, "no longer exactly one member"
    if old.discriminator != new.discriminator:
        yield (
            Kind.BREAKING,
            f"discriminator changed from {old.discriminator} to {new.discriminator}",
        )
    if old.deprecated != new.deprecated:
        yield Kind.FEATURE, "deprecated" if new.deprecated else "no longer deprecated"
    if old.sensitive != new.sensitive:
        yield Kind.FEATURE, "now sensitive" if new.sensitive else "no longer sensitive"
    if old.documentation != new.documentation:
        yield Kind.FIX, "documentation changed"


def compare_shapes(
    old_service: ir.Service, new_service: ir.Service
) -> Iterator[tuple[str, Kind, str]]:
    """Every shape change as (subject, kind, what)."""
    old_shapes = own_shapes(old_service)
    new_shapes = own_shapes(new_service)
    received = received_shapes(old_service) | received_shapes(new_service)
    for name, shape in old_shapes.items():
        if name not in new_shapes:
            yield name, Kind.BREAKING, f"{shape.type.value} removed"
    for name, shape in new_shapes.items():
        before = old_shapes.get(name)
        if before is None:
            yield name, Kind.FEATURE, f"{shape.type.value} added"
            continue
        if before.type != shape.type:
            yield name, Kind.BREAKING, f"type changed from {before.type} to {shape.type}"
            continue
        for kind, what in _compare_traits(before, shape):
            yield name, kind, what
        if shape.type is ir.ShapeType.ENUM or shape.type is ir.ShapeType.INT_ENUM:
            yield from _compare_enum(before, shape)
        yield from _member_changess(old_service, new_service, before, shape, name in received)
